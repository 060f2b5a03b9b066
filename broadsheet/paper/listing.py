"""Paginated lists of stories, shared by section fronts, author pages and tag pages."""

from django.core.paginator import Paginator
from django.http import Http404

PAGE_SIZE = 20


def paginate(request, queryset, page_size=PAGE_SIZE):
    """Return the asked page of `queryset`; a page past the end or not a number is a 404."""
    paginator = Paginator(queryset, page_size)
    number = request.GET.get("page", "1")
    if not number.isdigit() or not 1 <= int(number) <= max(paginator.num_pages, 1):
        raise Http404("No such page.")
    return paginator.page(int(number))
