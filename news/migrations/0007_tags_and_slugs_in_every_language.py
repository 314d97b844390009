"""Data: free-text tags become English Tag snippets, every article (in every language) keeps
its tags as child rows, in revisions too; translated topics get a slug of their own; English
articles get their image's credit as their own, translatable text."""

import uuid

from django.conf import settings
from django.db import migrations
from django.utils.text import slugify


def _unique(base, taken):
    base = (base or "tag")[:90].strip("-") or "tag"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def _newspage_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="news", model="newspage").first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=content_type)


def tags_forwards(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    TaggitTag = apps.get_model("taggit", "Tag")
    Tagged = apps.get_model("news", "NewsPageTag")
    Tag = apps.get_model("news", "Tag")
    Link = apps.get_model("news", "NewsPageTagLink")

    rows = list(Tagged.objects.order_by("content_object_id", "pk"))
    revisions = [r for r in _newspage_revisions(apps) if r.content.get("tagged_items")]
    used = {row.tag_id for row in rows} | {
        item["tag"] for r in revisions for item in r.content["tagged_items"] if item.get("tag")
    }
    if not used:
        return
    english, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    taken = set(Tag.objects.filter(locale=english).values_list("slug", flat=True))
    new = {}
    for old in TaggitTag.objects.filter(pk__in=used).order_by("pk"):
        new[old.pk] = Tag.objects.create(
            name=old.name[:100],
            slug=_unique(slugify(old.slug) or slugify(old.name), taken),
            locale=english,
            translation_key=uuid.uuid4(),
            live=True,
        )
    order = {}
    links = []
    for row in rows:
        number = order.get(row.content_object_id, 0)
        order[row.content_object_id] = number + 1
        links.append(
            Link(page_id=row.content_object_id, tag=new[row.tag_id], sort_order=number)
        )
    Link.objects.bulk_create(links)
    # The editor opens an article's latest revision: it must show the same tags.
    for revision in revisions:
        content = revision.content
        content["tag_links"] = [
            {"pk": None, "page": int(revision.object_id), "tag": new[item["tag"]].pk, "sort_order": n}
            for n, item in enumerate(content.pop("tagged_items"))
            if item.get("tag") in new
        ]
        content.pop("tags", None)
        revision.save(update_fields=["content"])


def tags_backwards(apps, schema_editor):
    TaggitTag = apps.get_model("taggit", "Tag")
    Tagged = apps.get_model("news", "NewsPageTag")
    Link = apps.get_model("news", "NewsPageTagLink")
    Tag = apps.get_model("news", "Tag")
    old_by_tag = {}

    def old_tag(tag):
        if tag.pk not in old_by_tag:
            english = Tag.objects.filter(
                translation_key=tag.translation_key, locale__language_code=settings.LANGUAGE_CODE
            ).first() or tag
            old_by_tag[tag.pk], _created = TaggitTag.objects.get_or_create(
                slug=english.slug, defaults={"name": english.name}
            )
        return old_by_tag[tag.pk]

    for link in Link.objects.select_related("tag").order_by("page_id", "sort_order"):
        Tagged.objects.get_or_create(content_object_id=link.page_id, tag=old_tag(link.tag))
    for revision in _newspage_revisions(apps):
        rows = revision.content.pop("tag_links", None)
        if rows is None:
            continue
        tags = Tag.objects.in_bulk([row["tag"] for row in rows if row.get("tag")])
        revision.content["tagged_items"] = [
            {"pk": None, "tag": old_tag(tags[row["tag"]]).pk, "content_object": int(revision.object_id)}
            for row in rows
            if row.get("tag") in tags
        ]
        revision.save(update_fields=["content"])


def topic_slugs_forwards(apps, schema_editor):
    """A translation still has its English slug (slugs were shared): give it its name's."""
    Topic = apps.get_model("news", "Topic")
    sources = {
        topic.translation_key: topic.slug
        for topic in Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    taken = {}
    for topic in Topic.objects.all():
        taken.setdefault(topic.locale_id, set()).add(topic.slug)
    for topic in Topic.objects.exclude(locale__language_code=settings.LANGUAGE_CODE):
        if topic.slug != sources.get(topic.translation_key) or not slugify(topic.name):
            continue
        in_locale = taken[topic.locale_id]
        in_locale.discard(topic.slug)
        topic.slug = _unique(slugify(topic.name), in_locale)
        topic.save(update_fields=["slug"])


def topic_slugs_backwards(apps, schema_editor):
    Topic = apps.get_model("news", "Topic")
    sources = {
        topic.translation_key: topic.slug
        for topic in Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    for topic in Topic.objects.exclude(locale__language_code=settings.LANGUAGE_CODE):
        if topic.translation_key in sources:
            topic.slug = sources[topic.translation_key]
            topic.save(update_fields=["slug"])


def credits_forwards(apps, schema_editor):
    """English articles showed their image's credit: it becomes their own (translatable)
    text, in the row and in the latest revision the editor opens."""
    NewsPage = apps.get_model("news", "NewsPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    articles = NewsPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, image_credit="", main_image__isnull=False
    ).exclude(main_image__credit="").select_related("main_image")
    for article in articles:
        article.image_credit = article.main_image.credit[:255]
        article.save(update_fields=["image_credit"])
        if article.latest_revision_id:
            revision = Revision.objects.get(pk=article.latest_revision_id)
            if not revision.content.get("image_credit"):
                revision.content["image_credit"] = article.image_credit
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0006_translated_tags"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(tags_forwards, tags_backwards),
        migrations.RunPython(topic_slugs_forwards, topic_slugs_backwards),
        migrations.RunPython(credits_forwards, migrations.RunPython.noop),
    ]
