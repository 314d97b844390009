"""One pagination helper for every listing: bad page numbers give a sensible page, never a 500."""

from django.core.paginator import Paginator


def paginate(request, items, per_page, parameter="page"):
    """The requested page of items; `?page=abc` or `0` gives the first, `9999` the last.

    The page's items are read at once, so that templates run no query. The returned page
    carries `elided_range`, the page numbers to show with ellipses.
    """
    paginator = Paginator(items, per_page)
    try:
        number = int(request.GET.get(parameter, 1))
    except (TypeError, ValueError):
        number = 1
    number = min(max(number, 1), paginator.num_pages)
    page = paginator.page(number)
    page.object_list = list(page.object_list)  # read here, not while the template renders
    page.elided_range = list(paginator.get_elided_page_range(number, on_each_side=2, on_ends=1))
    page.parameter = parameter
    return page


def page_query(request, parameter="page"):
    """The request's `?page=N`, to carry to another address of the same listing (another
    language, a moved archive): "" for the first page or a number that is not one."""
    number = request.GET.get(parameter, "")
    if number.isascii() and number.isdigit() and number != "1":
        return f"?{parameter}={number}"
    return ""
