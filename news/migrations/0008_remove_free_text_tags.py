from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0007_tags_and_slugs_in_every_language'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='newspage',
            name='tags',
        ),
        migrations.DeleteModel(
            name='NewsPageTag',
        ),
    ]
