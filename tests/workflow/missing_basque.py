"""List the admin strings a Basque translator would still see in English.

After `make run` (the demo Basque translator must exist):
    DJANGO_SETTINGS_MODULE=config.settings.test .venv/bin/python -m tests.workflow.missing_basque
Add what it prints to locale/eu/LC_MESSAGES/wagtail.po (or wagtailjs.po), then
`make compilemessages`.
"""

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402

from tests.workflow.admin_screens import missing_messages  # noqa: E402

translator = get_user_model().objects.get(username="translator-eu")
for (context, msgid, _plural), screen in sorted(
    missing_messages(Client(), translator, "eu").items(), key=lambda item: item[1]
):
    print(f"{screen}: {msgid!r}" + (f" (context {context!r})" if context else ""))
