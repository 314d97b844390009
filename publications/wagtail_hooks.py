from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from publications.views import can_see_downloads_report, downloads_report


class DownloadsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_downloads_report(request.user)


@hooks.register("register_admin_urls")
def register_downloads_report_url():
    return [path("reports/downloads/", downloads_report, name="downloads_report")]


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return DownloadsMenuItem(
        _("Downloads"), reverse("downloads_report"), icon_name="download", order=700
    )
