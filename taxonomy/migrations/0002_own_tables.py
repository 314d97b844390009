"""Topics and tags take this app's tables and content types: `news_topic` becomes
`taxonomy_topic`, and the content types (which revisions, permissions and translation sources
point to) are renamed rather than created anew, so they keep every reference."""

from django.db import migrations

MODELS = ("topic", "tag")


def rename_content_types(old_label, new_label):
    def rename(apps, schema_editor):
        content_types = apps.get_model("contenttypes", "ContentType").objects.using(
            schema_editor.connection.alias
        )
        for model in MODELS:
            if not content_types.filter(app_label=new_label, model=model).exists():
                content_types.filter(app_label=old_label, model=model).update(app_label=new_label)

    return rename


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('news', '0010_topics_and_tags_move_to_taxonomy'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        migrations.RunPython(
            rename_content_types("news", "taxonomy"), rename_content_types("taxonomy", "news")
        ),
        migrations.AlterModelTable(name='topic', table=None),
        migrations.AlterModelTable(name='tag', table=None),
    ]
