"""What every list in the content API shares: paging by ?page=&page_size=, unknown parameters refused."""

from urllib.parse import urlencode

from ninja.errors import HttpError

from .schemas import MAX_PAGE_SIZE

DEFAULT_PAGE_SIZE = 20
PAGING = {"page", "page_size"}


def refuse_unknown(request, allowed):
    unknown = sorted(set(request.GET) - allowed - PAGING)
    if unknown:
        raise HttpError(
            400,
            f"Unknown or non-public parameter(s): {', '.join(unknown)}. "
            f"Allowed: {', '.join(sorted(allowed | PAGING))}.",
        )


def page_of(request, items, serialize):
    """Slice `items` by ?page=&page_size= and wrap it with counts and neighbour links."""
    try:
        page = int(request.GET.get("page", "1"))
        size = int(request.GET.get("page_size", str(DEFAULT_PAGE_SIZE)))
    except ValueError:
        raise HttpError(400, "page and page_size must be whole numbers.") from None
    if page < 1 or not 1 <= size <= MAX_PAGE_SIZE:
        raise HttpError(400, f"page must be 1 or more and page_size 1 to {MAX_PAGE_SIZE}.")
    count = items.count()
    start = (page - 1) * size
    results = [serialize(item) for item in items[start : start + size]]

    def link(number):
        query = request.GET.copy()
        query["page"] = str(number)
        return request.build_absolute_uri(f"{request.path}?{urlencode(query)}")

    return {
        "count": count,
        "page": page,
        "page_size": size,
        "next": link(page + 1) if start + size < count else None,
        "previous": link(page - 1) if page > 1 and start - size < count else None,
        "results": results,
    }
