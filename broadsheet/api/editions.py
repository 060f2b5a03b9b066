"""Editions in the content API, present only when broadsheet.editions is installed."""

from datetime import date

from django.http import Http404
from ninja import Router

from . import schemas
from .paging import DEFAULT_PAGE_SIZE, page_of, refuse_unknown
from .schemas import Page, PageSize
from .serializers import absolute

router = Router(tags=["editions"])


def ready_editions():
    from broadsheet.editions.models import Edition

    return Edition.objects.ready().order_by("-date")


def edition_data(edition):
    return {
        "date": edition.date,
        "number": edition.number,
        "pages": edition.page_count,
        "url": absolute(edition.get_absolute_url()),
    }


@router.get("", response={200: schemas.EditionPage, 400: schemas.Error})
def list_editions(request, page: Page = 1, page_size: PageSize = DEFAULT_PAGE_SIZE):
    """Finished printed editions, newest first."""
    refuse_unknown(request, set())
    return page_of(request, ready_editions(), edition_data)


@router.get("/{day}", response={200: schemas.Edition, 400: schemas.Error, 404: schemas.Error})
def get_edition(request, day: date):
    refuse_unknown(request, set())
    edition = ready_editions().filter(date=day).first()
    if edition is None:
        raise Http404("No finished edition for that day.")
    return edition_data(edition)
