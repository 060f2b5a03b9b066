"""The e-paper viewer: the day's edition page by page, and the archive of earlier ones."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from wagtail.models import Site

from .models import Edition, EditionPage, EditionRegion

ARCHIVE_LIMIT = 120


def site_for(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site is configured.")
    return site


def latest(request):
    """Show today's edition, or the latest one built."""
    edition = Edition.objects.for_site(site_for(request)).ready().order_by("-date").first()
    if edition is None:
        return render(request, "editions/none.html", status=404)
    return show(request, edition, 1, canonical=True)


def edition(request, day, number=1):
    edition = Edition.objects.for_site(site_for(request)).ready().filter(date=day).first()
    if edition is None:
        raise Http404("There is no edition of that date.")
    return show(request, edition, number)


def show(request, edition, number, canonical=False):
    pages = list(
        edition.pages.only(
            "edition_id", "number", "section", "thumbnail", "thumbnail_width", "thumbnail_height"
        )
    )
    page = next((p for p in pages if p.number == number), None)
    if page is None:
        raise Http404("The edition has no such page.")
    page = (
        EditionPage.objects.filter(pk=page.pk)
        .prefetch_related(
            Prefetch(
                "regions",
                # A story unpublished since the edition was built no longer links anywhere.
                queryset=EditionRegion.objects.filter(article__live=True).order_by("top", "left"),
            )
        )
        .get()
    )
    regions = list(page.regions.all())
    return render(
        request,
        "editions/edition.html",
        {
            "edition": edition,
            "pages": pages,
            "current": page,
            "regions": regions,
            "previous_page": number - 1 if number > 1 else None,
            "next_page": number + 1 if number < len(pages) else None,
            "is_latest": canonical,
        },
    )


def archive(request):
    editions = list(
        Edition.objects.for_site(site_for(request))
        .ready()
        .order_by("-date")
        .prefetch_related(
            Prefetch("pages", queryset=EditionPage.objects.filter(number=1), to_attr="covers")
        )[:ARCHIVE_LIMIT]
    )
    return render(request, "editions/archive.html", {"editions": editions})
