"""Translators in the browser: from the dashboard to a published translation, in Spanish and in
Basque, and the sync after an English change. Each walk-through counts a person's steps."""

import json

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from news.models import NewsIndexPage, NewsPage
from tests.browser.conftest import ARTIFACTS
from workflow.roles import translators_group_name

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.demo_apps("news"),
]

SPANISH = {
    "Apprentices from Bizkaia visit Medellín": "Aprendices de Bizkaia visitan Medellín",
    "apprentices-bizkaia-medellin": "aprendices-bizkaia-medellin",
    "Six apprentices spent two weeks in a Colombian training centre.": (
        "Seis aprendices pasaron dos semanas en un centro de formación colombiano."
    ),
    "They worked alongside local students on renewable energy installations.": (
        "Trabajaron junto a estudiantes locales en instalaciones de energías renovables."
    ),
    "The exchange will be repeated next year in the other direction.": (
        "El intercambio se repetirá el año que viene en la dirección contraria."
    ),
}


@pytest.fixture
def article_awaiting_spanish(demo):
    """An English article just published: no translation exists yet."""
    index = NewsIndexPage.objects.get(locale__language_code="en")
    english = NewsPage(
        title="Apprentices from Bizkaia visit Medellín",
        slug="apprentices-bizkaia-medellin",
        standfirst="Six apprentices spent two weeks in a Colombian training centre.",
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in list(SPANISH)[3:]],
    )
    index.add_child(instance=english)
    english.save_revision().publish()
    return english


@pytest.fixture
def spanish_translator(demo, django_user_model):
    """A Spanish translator whose admin speaks Spanish."""
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_user("ane", "ane@example.org", "aurrera-2026")
    user.groups.add(Group.objects.get(name=translators_group_name("es")))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save()
    return user


class Steps:
    """A person's actions, counted: each click, each text typed, each key pressed."""

    def __init__(self):
        self.count = 0

    def click(self, locator):
        self.count += 1
        locator.click()

    def fill(self, locator, text):
        self.count += 1
        locator.fill(text)


def record_steps(name, count):
    """The step counts of the walk-throughs, for the notes: test-artifacts/steps.json."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "steps.json"
    counts = json.loads(path.read_text()) if path.exists() else {}
    counts[name] = count
    path.write_text(json.dumps(counts, indent=2, sort_keys=True))


def log_in(page, live_server, username, password, steps=None):
    steps = steps or Steps()
    page.goto(f"{live_server.url}/admin/login/")
    steps.fill(page.locator("#id_username"), username)
    steps.fill(page.locator("#id_password"), password)
    steps.click(page.locator("form button[type=submit]"))
    expect(page).to_have_url(f"{live_server.url}/admin/")


def translate_segments(page, steps, translations, save_label):
    """Every segment of every tab of the translation editor, one by one."""
    editor = page.locator(".js-translation-editor")
    done = 0
    for tab in editor.get_by_role("tab").all():
        steps.click(tab)
        todo = editor.locator("li.incomplete:visible")
        while todo.count():
            segment = todo.first
            source = segment.inner_text()
            english = next(text for text in translations if text in source)
            steps.click(segment.get_by_role("button").first)  # "Translate"
            steps.fill(segment.locator("textarea"), translations[english])
            steps.click(segment.get_by_role("button", name=save_label))
            done += 1
            expect(editor.locator("li.complete", has_text=translations[english])).to_have_count(1)
    expect(editor.locator("li.incomplete")).to_have_count(0)
    return done


def test_spanish_translator_translates_and_publishes_a_news_article(
    article_awaiting_spanish, spanish_translator, live_server, browser_page, docs_screenshot
):
    page = browser_page
    steps = Steps()
    log_in(page, live_server, "ane", "aurrera-2026", steps)

    # The dashboard names the new article first, with the next step.
    panel = page.locator("#translation-tasks-section")
    row = panel.locator("tr", has_text="Apprentices from Bizkaia visit Medellín")
    expect(row).to_contain_text("Sin empezar")
    expect(panel.locator("tr[data-language=eu]")).to_have_count(0)
    docs_screenshot(page, "translators/1-dashboard")
    steps.click(row.get_by_role("link", name="Empezar la traducción"))

    # Confirming the language opens the translation editor of the new Spanish draft.
    expect(page.locator("input[name=locales]:checked")).to_have_count(1)
    steps.click(page.locator("input[type=submit]"))
    expect(page.locator(".js-translation-editor li.incomplete").first).to_be_visible()
    spanish = NewsPage.objects.get(
        translation_key=article_awaiting_spanish.translation_key, locale__language_code="es"
    )
    assert not spanish.live
    assert page.request.get(f"{live_server.url}{spanish.get_url()}").status == 404
    docs_screenshot(page, "translators/3-translation-editor")

    assert translate_segments(page, steps, SPANISH, "Guardar") == len(SPANISH)
    page.locator(".js-translation-editor").get_by_role("tab").first.click()
    docs_screenshot(page, "translators/4-translated")
    steps.click(page.get_by_role("button", name="Publicar en español"))
    expect(page.locator(".messages")).to_contain_text("español")
    record_steps("Spanish translator: new article, 5 segments", steps.count)

    # The public Spanish page.
    spanish.refresh_from_db()
    assert spanish.live and spanish.slug == "aprendices-bizkaia-medellin"
    page.goto(f"{live_server.url}{spanish.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Aprendices de Bizkaia visitan Medellín"
    )
    expect(page.locator("main")).to_contain_text("dirección contraria")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    docs_screenshot(page, "translators/5-published-es")

    # The status report: up to date now; counts link to each state.
    page.goto(f"{live_server.url}/admin/reports/translation-status/?q=Apprentices")
    expect(page.locator("tbody tr", has_text="Apprentices")).to_contain_text("Al día")
    docs_screenshot(page, "translators/2-status-report")


def test_the_translator_cannot_open_the_english_article(
    article_awaiting_spanish, spanish_translator, live_server, browser_page
):
    page = browser_page
    log_in(page, live_server, "ane", "aurrera-2026")
    page.goto(f"{live_server.url}/admin/pages/{article_awaiting_spanish.pk}/edit/")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.locator(".messages")).to_contain_text("permiso")  # in her admin language, Spanish


BASQUE = {
    "Apprentices from Bizkaia visit Medellín": "Bizkaiko ikastunak Medellinen",
    "apprentices-bizkaia-medellin": "bizkaiko-ikastunak-medellinen",
    "Six apprentices spent two weeks in a Colombian training centre.": (
        "Sei ikastunek bi aste eman zituzten Kolonbiako prestakuntza-zentro batean."
    ),
    "They worked alongside local students on renewable energy installations.": (
        "Tokiko ikasleekin batera aritu ziren energia berriztagarrien instalazioetan."
    ),
    "The exchange will be repeated next year in the other direction.": (
        "Datorren urtean trukea errepikatuko da, kontrako norabidean."
    ),
}
CHANGED = "The exchange will be repeated next year, this time in Medellín's direction."
CHANGED_BASQUE = "Datorren urtean trukea errepikatuko da, oraingoan Medellindik."


def test_a_basque_translator_works_in_euskara_and_syncs_an_english_change(
    article_awaiting_spanish, demo, django_user_model, live_server, browser_page, docs_screenshot
):
    from django.core import mail
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_user("miren", "miren@example.org", "aurrera-2026")
    user.groups.add(Group.objects.get(name=translators_group_name("eu")))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "eu"
    profile.save()

    page = browser_page
    steps = Steps()
    log_in(page, live_server, "miren", "aurrera-2026", steps)
    expect(page.locator("html")).to_have_attribute("lang", "eu")
    panel = page.locator("#translation-tasks-section")
    row = panel.locator("tr", has_text="Apprentices from Bizkaia visit Medellín")
    expect(row).to_contain_text("Hasi gabe")
    steps.click(row.get_by_role("link", name="Hasi itzulpena"))
    steps.click(page.locator("input[type=submit]"))
    expect(page.locator(".js-translation-editor li.incomplete").first).to_be_visible()
    docs_screenshot(page, "translators/7-translation-editor-eu")
    assert translate_segments(page, steps, BASQUE, "Gorde") == len(BASQUE)
    publish = page.locator("button[name=action-publish], button", has_text="Euskara").first
    steps.click(publish)
    expect(page.locator(".messages")).to_be_visible()
    record_steps("Basque translator: new article, 5 segments", steps.count)
    basque = NewsPage.objects.get(
        translation_key=article_awaiting_spanish.translation_key, locale__language_code="eu"
    )
    assert basque.live and basque.title == BASQUE["Apprentices from Bizkaia visit Medellín"]

    # An editor changes a paragraph in English; the translator hears of it by e-mail.
    english = NewsPage.objects.get(pk=article_awaiting_spanish.pk)
    blocks = list(english.body.raw_data)
    blocks[-1] = {**blocks[-1], "value": f"<p>{CHANGED}</p>"}
    english.body = blocks
    english.save_revision().publish()
    link = next(
        line for message in mail.outbox for line in message.body.splitlines() if "http" in line
    )
    assert "language=eu" in link

    steps = Steps()
    steps.count += 1  # following the e-mail's link
    page.goto(link.replace("http://testserver", live_server.url))
    row = page.locator("tbody tr", has_text="Apprentices from Bizkaia visit Medellín")
    expect(row).to_have_attribute("data-state", "out-of-date")
    docs_screenshot(page, "translators/6-status-report-eu")
    steps.click(row.get_by_role("link"))  # "Sync with the source"
    steps.click(page.locator("input[type=submit], button[type=submit]").last)
    expect(page.locator(".js-translation-editor li.incomplete")).to_have_count(1)
    assert translate_segments(page, steps, {CHANGED: CHANGED_BASQUE}, "Gorde") == 1
    steps.click(page.locator("button", has_text="Euskara").first)
    expect(page.locator(".messages")).to_be_visible()
    record_steps("Basque translator: sync after one English paragraph changed", steps.count)
    basque.refresh_from_db()
    page.goto(f"{live_server.url}{basque.url}")
    expect(page.locator("main")).to_contain_text("oraingoan Medellindik")


def test_an_editor_publishes_an_article_and_its_translators_hear_of_it(
    demo, django_user_model, live_server, browser_page, docs_screenshot
):
    from django.core import mail
    from wagtail.users.models import UserProfile

    from workflow.roles import EDITORS

    editor = django_user_model.objects.create_user("eider", "eider@example.org", "aurrera-2026")
    editor.groups.add(Group.objects.get(name=EDITORS))
    for code in ("es", "eu"):
        translator = django_user_model.objects.create_user(
            f"translator-{code}", f"{code}@example.org", "aurrera-2026"
        )
        translator.groups.add(Group.objects.get(name=translators_group_name(code)))

    page = browser_page
    steps = Steps()
    log_in(page, live_server, "eider", "aurrera-2026", steps)
    # Pages → Home's child pages → News, in the explorer menu: the News listing.
    steps.click(page.get_by_role("button", name="Pages"))
    steps.click(page.locator("text=View child pages of 'Home'"))
    news = NewsIndexPage.objects.get(locale__language_code="en")
    steps.click(page.locator(f".c-page-explorer a[href='/admin/pages/{news.pk}/']").first)
    expect(page).to_have_url(f"{live_server.url}/admin/pages/{news.pk}/")
    steps.click(page.locator("a[href*=add_subpage]").first)  # the "+" beside "News"
    title = "Basque centres welcome partners from Colombia"
    steps.fill(page.locator("#id_title"), title)
    steps.fill(page.locator("#id_standfirst"), "Three Colombian centres visited Basque colleges.")
    docs_screenshot(page, "editors/1-new-article")
    steps.click(page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last)
    steps.click(page.locator("button[name=action-publish]"))
    expect(page.locator(".messages")).to_contain_text(title)
    record_steps("Editor: new article (title, standfirst), published", steps.count)

    english = NewsPage.objects.get(title=title)
    assert english.live
    assert not NewsPage.objects.filter(translation_key=english.translation_key).exclude(
        pk=english.pk
    )
    assert sorted(message.to[0] for message in mail.outbox) == ["es@example.org", "eu@example.org"]

    # The editor's dashboard counts the work, here with the admin in Spanish, then in Basque.
    profile = UserProfile.get_for_user(editor)
    for code in ("es", "eu"):
        profile.preferred_language = code
        profile.save()
        page.goto(f"{live_server.url}/admin/")
        panel = page.locator("#translation-tasks-section")
        expect(panel.locator("tr", has_text=title)).to_have_count(2)
        docs_screenshot(page, f"editors/2-dashboard-{code}")
