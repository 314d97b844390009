"""Documents are filed under `taxonomy` topics (the same rows, see taxonomy/migrations/0001);
a publication's authoring partners use the partner link's one name, `…RelatedPartner`."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0002_search_index_off_for_heading_levels'),
        ('publications', '0001_initial'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='resourcedocument',
                    name='topics',
                    field=models.ManyToManyField(blank=True, limit_choices_to={'locale__language_code': 'en'}, related_name='+', to='taxonomy.topic', verbose_name='topics'),
                ),
            ],
        ),
        migrations.RenameModel('PublicationPageAuthor', 'PublicationPageRelatedPartner'),
        migrations.AlterField(
            model_name='publicationpagerelatedpartner',
            name='partner',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='named_by_%(app_label)s', to='partners.partnerpage', verbose_name='partner'),
        ),
    ]
