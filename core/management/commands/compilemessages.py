"""Django's compilemessages, plus the project's Basque for Wagtail's admin.

Wagtail and wagtail-localize ship almost no Basque. The project translates the admin screens
a translator uses in `locale/<lang>/LC_MESSAGES/wagtail.po` (server strings) and
`wagtailjs.po` (the admin's JavaScript). `makemessages` would discard those entries from
django.po as "obsolete" (they are not in the project's code), so they live in files of their
own and are folded into django.mo and djangojs.mo here, after Django has compiled the rest.
The project's own strings win where both translate the same text; where django.po has the
text untranslated or fuzzy (makemessages found it in the project's code), the admin's stands.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.commands import compilemessages

EXTRA_CATALOGUES = {"django": "wagtail", "djangojs": "wagtailjs"}


def fold_catalogue(folder, domain, extra):
    """Write <domain>.mo from <domain>.po (if any) plus <extra>.po; True if written."""
    extra_po = folder / f"{extra}.po"
    if not extra_po.exists():
        return False
    own_po = folder / f"{domain}.po"
    catalogue = polib.pofile(str(own_po)) if own_po.exists() else polib.pofile(str(extra_po))
    if own_po.exists():
        own = {(entry.msgctxt, entry.msgid): entry for entry in catalogue}
        for entry in polib.pofile(str(extra_po)):
            mine = own.get((entry.msgctxt, entry.msgid))
            if mine is None:
                catalogue.append(entry)
            elif not mine.translated() and entry.translated():
                # makemessages found the text in the project's code too, untranslated or
                # with a fuzzy guess: the admin's translation stands.
                catalogue.remove(mine)
                catalogue.append(entry)
    catalogue.save_as_mofile(str(folder / f"{domain}.mo"))
    return True


class Command(compilemessages.Command):
    help = (
        f"{compilemessages.Command.help} Then folds locale/<lang>/LC_MESSAGES/wagtail.po "
        "and wagtailjs.po (the project's Basque for Wagtail's admin) into django.mo and "
        "djangojs.mo."
    )

    def handle(self, **options):
        super().handle(**options)
        for locale_path in map(Path, settings.LOCALE_PATHS):
            for folder in sorted(locale_path.glob("*/LC_MESSAGES")):
                for domain, extra in EXTRA_CATALOGUES.items():
                    if fold_catalogue(folder, domain, extra) and options["verbosity"] > 0:
                        self.stdout.write(f"folded {folder / extra}.po into {domain}.mo")
