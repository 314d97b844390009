"""Topics and tags now live in the `taxonomy` app (see taxonomy/migrations/0001): the links
point there, and `news` forgets the models. No table changes here."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('news', '0009_term_slug_from_name'),
        ('partners', '0002_search_index_off_for_heading_levels'),
        ('publications', '0002_topics_from_taxonomy_and_partner_links'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='newspagetaglink',
                    name='tag',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='taxonomy.tag', verbose_name='tag'),
                ),
                migrations.AlterField(
                    model_name='newspagetopic',
                    name='topic',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='taxonomy.topic', verbose_name='topic'),
                ),
                migrations.DeleteModel(name='Tag'),
                migrations.DeleteModel(name='Topic'),
            ],
        ),
        migrations.AlterField(
            model_name='newspagerelatedpartner',
            name='partner',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='named_by_%(app_label)s', to='partners.partnerpage', verbose_name='partner'),
        ),
    ]
