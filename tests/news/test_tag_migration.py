"""The migrations that turn free-text tags into translatable Tag snippets keep every article's
tags, in every language and in the revision an editor opens, and give translated topics their
own slug. Run both ways on the demo content, as a live database would be migrated."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.demo_apps("home", "news"),
]

BEFORE = ("news", "0005_topic_draft_state")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    targets = [target] if target else executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def test_tags_survive_the_migration_both_ways(demo):
    from news.models import NewsPage
    from taxonomy.models import Tag, Topic

    english = {
        page.url_path: {tag.name for tag in page.tag_list}
        for page in NewsPage.objects.filter(locale__language_code="en")
    }
    spanish_slugs = set(
        Topic.objects.filter(locale__language_code="es").values_list("slug", flat=True)
    )
    links_before = {
        (page.pk, link.tag.translation_key)
        for page in NewsPage.objects.all()
        for link in page.tag_links.select_related("tag")
    }
    assert english and links_before

    # Back to free-text tags: each article (in each language) has its English tag names.
    old = migrate(BEFORE)
    Tagged = old.get_model("news", "NewsPageTag")
    NewsPageOld = old.get_model("news", "NewsPage")
    by_page = {}
    for row in Tagged.objects.select_related("tag"):
        by_page.setdefault(row.content_object_id, set()).add(row.tag.name)
    for page in NewsPageOld.objects.filter(locale__language_code="en"):
        assert by_page.get(page.pk, set()) == english[page.url_path], page.url_path
    assert len({pk for pk, _key in links_before}) == len(by_page)
    TopicOld = old.get_model("news", "Topic")
    assert (
        not set(TopicOld.objects.filter(locale__language_code="es").values_list("slug", flat=True))
        & spanish_slugs
    )  # shared (English) slugs again

    # Forward again: the same tags, as English snippets, on every language's article and in
    # the latest revision; translated topics get their name's slug.
    migrate(None)
    assert Tag.objects.filter(locale__language_code="en").count() == len(
        {name for names in english.values() for name in names}
    )
    for page in NewsPage.objects.filter(locale__language_code="en"):
        names = {link.tag.name for link in page.tag_links.select_related("tag")}
        assert names == english[page.url_path], page.url_path
        revision = page.get_latest_revision()
        assert {row["tag"] for row in revision.content["tag_links"]} == {
            link.tag_id for link in page.tag_links.all()
        }
        assert "tagged_items" not in revision.content
        for translation in page.get_translations():
            translated = NewsPage.objects.get(pk=translation.pk)
            assert {link.tag_id for link in translated.tag_links.all()} == {
                link.tag_id for link in page.tag_links.all()
            }
    assert set(Topic.objects.filter(locale__language_code="es").values_list("slug", flat=True)) == (
        spanish_slugs
    )
