"""The templates stay readable: no line over 120 characters. A long line is split between tags,
inside an HTML tag's attributes, or through `{% with %}`, a small include in `components/`, or
the page's `get_context`."""

from pathlib import Path

from django.apps import apps
from django.conf import settings

MAX_LINE_LENGTH = 120


def template_files():
    """The project's templates: the templates folder and any of the project's apps' own."""
    project = Path(settings.BASE_DIR).resolve()
    folders = [Path(folder) for folder in settings.TEMPLATES[0]["DIRS"]]
    folders += [
        Path(app.path) / "templates"
        for app in apps.get_app_configs()
        if Path(app.path).resolve().is_relative_to(project) and ".venv" not in Path(app.path).parts
    ]
    for folder in folders:
        yield from (path for path in folder.rglob("*") if path.is_file())


def test_there_are_templates_to_check():
    assert any(path.suffix == ".html" for path in template_files())


def test_no_template_line_is_longer_than_120_characters():
    too_long = [
        f"{path}:{number}: {len(line)} characters"
        for path in template_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if len(line) > MAX_LINE_LENGTH
    ]
    assert not too_long, "\n".join(too_long)
