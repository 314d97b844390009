"""The WSGI application (gunicorn config.wsgi; runserver through WSGI_APPLICATION).

The settings come from DJANGO_SETTINGS_MODULE and default to the production ones, never the
development ones: production settings refuse to start without their secrets (SECRET_KEY,
ALLOWED_HOSTS, DATABASE_URL, WAGTAILADMIN_BASE_URL, EMAIL_URL), so a server started without
its environment stops with a message naming the missing variable instead of serving DEBUG
pages under a published key.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()
