"""Staff report of downloads per document and per month, exportable as CSV for Erasmus+
reporting."""

import csv
import datetime

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from publications.documents import DocumentDownloadMonth, ResourceDocument

REPORT_MONTHS = 12


def can_see_downloads_report(user):
    """Whoever may change documents (in any collection) sees their download figures."""
    policy = policy_registry.get_by_type(get_document_model())
    return policy.user_has_permission(user, "change")


def last_months(count, today=None):
    """The first day of this month and the count-1 before it, newest first."""
    month = (today or timezone.localdate()).replace(day=1)
    months = []
    for _index in range(count):
        months.append(month)
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    return months


def report_rows(months):
    counts = {}
    for row in DocumentDownloadMonth.objects.filter(month__gte=months[-1]):
        counts[(row.document_id, row.month)] = row.count
    for document in ResourceDocument.objects.order_by("-download_count", "title"):
        yield document, [counts.get((document.pk, month), 0) for month in months]


def downloads_report(request):
    if not can_see_downloads_report(request.user):
        raise PermissionDenied
    months = last_months(REPORT_MONTHS)
    rows = list(report_rows(months))
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"downloads-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        writer = csv.writer(response)
        writer.writerow(
            [_("Document"), _("File"), _("Language"), _("Type"), _("Total downloads")]
            + [f"{month:%Y-%m}" for month in months]
        )
        for document, counts in rows:
            writer.writerow(
                [
                    document.title,
                    document.filename,
                    document.language,
                    document.resource_type,
                    document.download_count,
                    *counts,
                ]
            )
        return response
    return render(
        request,
        "publications/admin/downloads_report.html",
        {"rows": rows, "months": months, "total": sum(d.download_count for d, _c in rows)},
    )
