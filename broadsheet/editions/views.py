"""The e-paper viewer: the day's edition page by page, and the archive of earlier ones."""

import base64
import hashlib

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.csp import CSP
from django.utils.safestring import mark_safe
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
    page_style = render_to_string(
        "editions/includes/page_style.css", {"current": page, "regions": regions}
    )
    response = render(
        request,
        "editions/edition.html",
        {
            "edition": edition,
            "pages": pages,
            "current": page,
            "regions": regions,
            "page_style": mark_safe(page_style),  # numbers only, from the edition's layout
            "previous_page": number - 1 if number > 1 else None,
            "next_page": number + 1 if number < len(pages) else None,
            "is_latest": canonical,
            # Search engines take a canonical link as a full URL only.
            "canonical_url": request.build_absolute_uri(
                reverse("editions:page", args=[edition.date, number])
            ),
        },
    )
    return allow_inline_style(response, page_style)


def allow_inline_style(response, style):
    """Allow the page's one inline stylesheet by its hash, which stays valid when cached."""
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    policy = dict(settings.SECURE_CSP)
    policy["style-src"] = [*policy.get("style-src", [CSP.SELF]), f"'sha256-{digest}'"]
    response._csp_config = policy  # what django.views.decorators.csp.csp_override sets
    return response


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
