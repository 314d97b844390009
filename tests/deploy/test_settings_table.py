"""docs/deploy.md lists every environment variable the site reads, in one table, and
deploy/consortium.env.example names every one a server sets: a variable added to the code
without a line in both fails here.

The variables are found in the code's syntax tree: `os.environ.get("X")`, `os.environ["X"]`,
`environ.get("X")` and the settings helpers that take the environment and a name
(`required(environ, "X", …)`, `_value(environ, "X")`, gunicorn.conf.py's `_int("X", …)`).
"""

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = [REPO / "gunicorn.conf.py", REPO / "manage.py"] + [
    path
    for folder in ("config", "core", "home", "news", "events", "partners", "publications")
    + ("workflow", "search", "taxonomy", "demo")
    for path in (REPO / folder).rglob("*.py")
    if "migrations" not in path.parts
]
# Read by the development settings or `make serve` only, or set by the unit itself.
NOT_ON_A_SERVER = {"DJANGO_DEBUG", "DJANGO_LOCAL_TRIAL", "HOST", "PORT"}


def is_environ(node):
    return (isinstance(node, ast.Name) and node.id == "environ") or (
        isinstance(node, ast.Attribute) and node.attr == "environ"
    )


def variable_name(node):
    is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
    return node.value if is_text and re.fullmatch(r"[A-Z][A-Z0-9_]+", node.value) else None


def names_read(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and is_environ(node.value):
            yield variable_name(node.slice)
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "get" and is_environ(func.value):
            yield variable_name(node.args[0])
        elif len(node.args) > 1 and is_environ(node.args[0]):
            yield variable_name(node.args[1])
        elif isinstance(func, ast.Name) and func.id == "_int":
            yield variable_name(node.args[0])


def variables_in_code():
    found = set()
    for path in SOURCES:
        found.update(names_read(ast.parse(path.read_text(), str(path))))
    found.discard(None)
    return found


def test_the_code_reads_its_settings_in_ways_this_test_finds():
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "WEB_CONCURRENCY"} <= variables_in_code()


def test_every_variable_is_in_the_one_table_of_docs_deploy():
    doc = (REPO / "docs" / "deploy.md").read_text()
    table = doc.split("## Every setting", 1)[1].split("\n## ", 1)[0]
    rows = {
        name
        for line in table.splitlines()
        if line.startswith("| `")
        for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", line.split(" | ", 1)[0])
    }
    assert variables_in_code() - rows == set()


def test_every_server_variable_is_in_the_environment_file_example():
    example = (REPO / "deploy" / "consortium.env.example").read_text()
    listed = set(re.findall(r"^#?([A-Z][A-Z0-9_]+)=", example, re.MULTILINE))
    assert variables_in_code() - NOT_ON_A_SERVER - listed == set()
