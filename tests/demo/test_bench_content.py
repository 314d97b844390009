"""`manage.py load_bench_content` (make bench's database) keeps working: a few articles on top of
the demo, in every language, with an image, topics, tags and partners, served and searchable."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from news.models import NewsPage


@pytest.fixture
def bench_articles(demo):
    call_command("load_bench_content", "--articles", "5", stdout=io.StringIO())
    return NewsPage.objects.filter(translation_key__in=_bench_keys()).select_related("locale")


def _bench_keys():
    english = NewsPage.objects.filter(
        locale__language_code="en", slug__startswith="benchmark-article-"
    )
    return english.values("translation_key")


def test_five_articles_in_each_language(bench_articles):
    languages = [page.locale.language_code for page in bench_articles]
    assert sorted(languages) == sorted(["en", "es", "eu"] * 5)
    for page in bench_articles:
        assert page.main_image is not None
        assert page.topic_links.count() >= 1
        assert page.tag_links.count() >= 1
        assert page.related_partner_links.count() >= 1
        assert len(page.get_translations()) == 2
    assert Page.find_problems() == ([], [], [], [], [])


def test_the_articles_are_served_and_found(client, bench_articles):
    for page in bench_articles:
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.text
        assert page.get_topics(), page
    results = client.get("/en/search/", {"q": "Benchmark"}).text
    for page in bench_articles.filter(locale__language_code="en"):
        assert f'href="{page.url}"' in results


def test_running_again_adds_only_what_is_missing(bench_articles):
    before = NewsPage.objects.count()
    call_command("load_bench_content", "--no-demo", "--articles", "6", stdout=io.StringIO())
    assert NewsPage.objects.count() == before + 3
