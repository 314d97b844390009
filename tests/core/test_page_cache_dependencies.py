"""What else a cached page depends on, beyond pages and snippets (issue 14): addresses with
non-ASCII slugs, the documents and collections the library lists, search promotions, HEAD
requests, and a cache whose disk fails."""

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from news.models import NewsIndexPage, NewsPage
from publications.models import ResourceIndexPage

pytestmark = pytest.mark.django_db


def cached(response):
    return response.get("X-Page-Cache") == "hit"


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_a_publish_purges_pages_under_a_non_ascii_slug(demo, client):
    index = NewsIndexPage.objects.get(locale__language_code="es")
    publish(index, slug="noticías")
    article = NewsPage.objects.child_of(index).live().first()
    url = article.get_url()
    assert "%C3%AD" in url  # the address as Wagtail writes it
    client.get(url)
    assert cached(client.get(url))
    publish(article, title="Un titular nuevo")
    response = client.get(url)
    assert not cached(response)
    assert "Un titular nuevo" in response.content.decode()


def library(client):
    url = ResourceIndexPage.objects.get(locale__language_code="en").url
    client.get(url)
    assert cached(client.get(url))
    return url


def test_a_new_document_appears_in_the_library_at_once(demo, client):
    url = library(client)
    get_document_model().objects.create(
        title="Newly added annual report", file=ContentFile(b"%PDF-1.4\n", name="annual.pdf")
    )
    assert "Newly added annual report" in client.get(url).content.decode()


def test_restricting_a_collection_takes_its_documents_off_the_library(demo, client):
    url = library(client)
    document = get_document_model().objects.filter(collection__depth__gt=1).first() or (
        get_document_model().objects.first()
    )
    assert document.title in client.get(url).content.decode()
    CollectionViewRestriction.objects.create(
        collection=Collection.get_first_root_node(), restriction_type="login"
    )
    assert document.title not in client.get(url).content.decode()


def test_a_search_promotion_purges_search_results(demo, client):
    url = "/en/search/?q=training"
    client.get(url)
    assert cached(client.get(url))
    page = NewsPage.objects.filter(locale__language_code="en").live().last()
    SearchPromotion.objects.create(query=Query.get("training"), page=page, sort_order=0)
    assert not cached(client.get(url))


def test_head_answers_carry_the_headers_of_get(demo, client):
    head = client.head("/en/news/")  # a miss
    get = client.get("/en/news/")
    for name in ("Cache-Control", "ETag", "Last-Modified"):
        assert head[name] == get[name], name


def test_a_cache_on_a_failing_disk_serves_pages_uncached(demo, client, tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    broken = {
        "BACKEND": "core.cache_backends.TolerantFileBasedCache",
        "LOCATION": str(not_a_folder / "cache"),  # every read and write fails
    }
    with override_settings(CACHES={"default": broken}):
        for url in ("/en/", "/en/news/", "/es/"):
            assert client.get(url).status_code == 200, url
