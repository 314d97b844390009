"""The resource library and the 2-WAY Cooperation Model, with a generated PDF per document
(publications.yaml)."""

import datetime

from django.core.files.base import ContentFile

from demo import content_models as models
from demo.loader import read_data
from demo.media import pdf


def load(demo):
    demo.log("Publications")
    data = read_data("publications")
    index, _created = demo.index_page(models.ResourceIndexPage, data["index"])
    for resource in data["resources"]:
        _resource_document(resource)
    publication = _cooperation_model(demo, index, data)
    _feature_on_home(demo, publication)
    return index


def _cooperation_model(demo, index, data):
    model = data["cooperation_model"]
    documents = [
        _document(
            title=f"{model['title'][language]} ({name})",
            language=language,
            resource_type="publication",
            description=model["subtitle"][language],
            licence=model["licence"],
            pages=[
                model["summary"][language],
                *(
                    f"{chapter['title'][language]}. "
                    + " ".join(p[language] for p in chapter["body"])
                    for chapter in model["chapters"]
                ),
            ],
            topics=model["topics"],
            partners=model["authors"],
            filename=model["filename"].format(language=language),
        )
        for language, name in data["language_names"].items()
    ]

    def prepare(page):
        page.related_partner_links = demo.partner_links(
            models.PublicationPageRelatedPartner, model["authors"], page.locale
        )
        page.downloads = [models.PublicationDownload(document=document) for document in documents]

    page, _created = demo.get_or_create_page(
        index,
        models.PublicationPage,
        prepare=prepare,
        **demo.fields({name: model[name] for name in ("slug", "title", "subtitle", "summary")}),
        date=datetime.date.fromisoformat(model["date"]),
        cover_image=demo.image(model["cover_image"]),
        key_points=[("point", demo.text(point)) for point in model["key_points"]],
        chapters=demo.stream({"type": "chapter", **chapter} for chapter in model["chapters"]),
        how_to_cite=demo.text(model["how_to_cite"]),
        licence=model["licence"],
    )
    demo.translate(page)
    return page


def _feature_on_home(demo, publication):
    """Point the home page's flagship teaser at the publication, in every language."""
    home = models.HomePage.objects.get(pk=demo.home().pk)
    if home.flagship_page_id == publication.pk:
        return
    home.flagship_page = publication
    home.save_revision().publish()
    demo.sync_translations(home)


def _resource_document(resource):
    language = resource["language"]
    return _document(
        title=resource["title"][language],
        language=language,
        resource_type=resource["resource_type"],
        description=resource["description"][language],
        licence=resource["licence"],
        pages=[page[language] for page in resource["pages"]],
        topics=resource["topics"],
        partners=resource["partners"],
        filename=f"{resource['title']['en'][:40].lower().replace(' ', '-')}.pdf",
    )


def _document(
    title, language, resource_type, description, licence, pages, topics, partners, filename
):
    existing = models.ResourceDocument.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = models.ResourceDocument(
        title=title,
        language=language,
        resource_type=resource_type,
        description=description,
        licence=licence,
    )
    document.file.save(filename, ContentFile(pdf(title, pages)), save=False)
    document._set_document_file_metadata()  # size, hash and content type, as an upload sets
    document.save()
    english = {"locale__language_code": "en"}
    document.authors.set(models.PartnerPage.objects.filter(title__in=partners, **english))
    document.topics.set(models.Topic.objects.filter(slug__in=topics, **english))
    return document
