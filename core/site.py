from django.conf import settings
from wagtail.models import Site


def site_name(request):
    """The name staff gave the site in Settings → Sites, else the project's default."""
    site = Site.find_for_request(request)
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME
