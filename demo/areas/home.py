"""The site's frame: home page, About, Privacy, Accessibility and the footer (home.yaml)."""

from wagtail.models import Page, Site

from demo import content_models as models
from demo.loader import read_data


def load(demo):
    demo.log("Home and site pages")
    data = read_data("home")
    home = _home_page(demo, data)
    pages = {}
    for page_data in data["pages"]:
        fields = demo.fields(page_data)
        page, _created = demo.get_or_create_page(home, models.StandardPage, **fields)
        pages[page_data["slug"]["en"]] = page
    if not home.flagship_page_id:
        home.flagship_page = pages[data["flagship"]]
        home.save_revision().publish()
    for page in (home, *pages.values()):
        demo.translate(page)
    _footer(demo, data["footer"], links=[pages[slug] for slug in data["footer"]["links"]])
    return home


def _home_page(demo, data):
    root = Page.get_first_root_node()
    fields = demo.fields({key: value for key, value in data["home"].items() if key != "hero_image"})
    home = models.HomePage.objects.filter(depth=2, locale=demo.locales["en"]).first()
    if home is not None:
        demo.log(f"  = HomePage “{home.title}” exists")
    else:
        placeholder = _wagtail_placeholder(root)
        if placeholder is not None:  # frees the slug "home"; deleted below
            placeholder.slug = "wagtail-welcome-placeholder"
            placeholder.save(update_fields=["slug"])
        fields["hero_image"] = demo.image(data["home"]["hero_image"])
        home, _created = demo.get_or_create_page(root, models.HomePage, **fields)

    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.site_name = data["site_name"]
    site.save()
    placeholder = _wagtail_placeholder(root)
    if placeholder is not None:
        placeholder.delete()
    return home


def _wagtail_placeholder(root):
    """Wagtail's "Welcome to your new Wagtail site!" page, while nothing hangs from it."""
    for page in root.get_children().filter(content_type__model="page"):
        if page.specific_class is Page and not page.get_children().exists():
            return page
    return None


def _footer(demo, data, links):
    english = demo.locales["en"]
    fields = demo.fields({key: value for key, value in data.items() if key != "links"})
    footer = models.SiteFooter.objects.filter(locale=english).first()
    if footer is None:
        footer = models.SiteFooter.objects.create(
            locale=english, links=[("page", page) for page in links], **fields
        )
        demo.log("  + site footer")
    demo.translate(footer)
