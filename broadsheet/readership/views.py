"""The read beacon: each article page posts its id here once per view."""

import re
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from broadsheet.articles.models import ArticlePage

from .limits import should_count
from .stores import get_store, hour_of

# Crawlers, link previewers, monitors and scripted clients: their reads are not readers' reads.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|scrape|fetch|preview|monitor|headless|phantom|lighthouse|"
    r"curl|wget|python|httpx|aiohttp|go-http|java/|okhttp|libwww|facebookexternalhit|"
    r"embedly|whatsapp|telegram|discord|slack",
    re.IGNORECASE,
)
MAX_BODY = 32
ARTICLE_ID = re.compile(r"[1-9][0-9]{0,9}")
MAX_ARTICLE_ID = 2**31 - 1  # the largest id any supported database's page table can hold


def is_bot(user_agent):
    """Tell whether a User-Agent belongs to a robot (an empty one counts as a robot)."""
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))


def same_origin(request):
    """Tell whether the request came from one of this site's own pages."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    parts = urlsplit(origin)
    return parts.scheme == request.scheme and parts.netloc == request.get_host()


@csrf_exempt  # no cookie is read or set: the same-origin check below stands in for the token
@never_cache
@require_POST
def beacon(request):
    """Count one read of a live article; answer 204 whether or not it was counted."""
    if not same_origin(request):
        return HttpResponse("Cross-site beacons are not accepted.", status=403)
    body = request.body[: MAX_BODY + 1]
    text = body.decode("ascii", "replace").strip()
    if len(body) > MAX_BODY or not ARTICLE_ID.fullmatch(text) or int(text) > MAX_ARTICLE_ID:
        return HttpResponse("Send the article id as the request body.", status=400)
    user_agent = request.headers.get("User-Agent", "")
    if is_bot(user_agent):
        return HttpResponse(status=204)
    article_id = int(text)
    now = timezone.now()
    address = request.META.get("REMOTE_ADDR", "")
    if ArticlePage.objects.published().filter(pk=article_id).exists() and should_count(
        address, user_agent, article_id, hour_of(now)
    ):
        get_store().record(article_id, now=now)
    return HttpResponse(status=204)
