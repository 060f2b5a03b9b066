"""Readers' newsletter pages: sign-up, confirmation, preferences and one-click unsubscribe.

None of these sets a cookie: the sign-up is protected by a same-origin check, a honeypot and
rate limits; the other pages by the unguessable token in their link.
"""

import hmac
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from . import signup
from .bounces import NotAReport, process_report
from .models import Newsletter, Subscriber, SubscriberState
from .tasks import send_signup_mail

HONEYPOT_FIELD = "website"


def wants_json(request):
    return (
        "application/json" in request.headers.get("Accept", "")
        or request.headers.get("X-Requested-With") == "XMLHttpRequest"
    )


def private(response):
    """Keep token pages out of shared caches and their URLs out of Referer headers."""
    patch_cache_control(response, private=True, no_store=True)
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def origin_of(url):
    parts = urlsplit(url or "")
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def allowed_origins(request):
    origins = {f"{request.scheme}://{request.get_host()}".lower()}
    origins.add(origin_of(settings.BROADSHEET_BASE_URL))
    origins.update(origin_of(o) for o in settings.CSRF_TRUSTED_ORIGINS)
    origins.discard(None)
    return origins


def same_origin(request):
    """Tell whether the POST came from one of our pages, by its Origin (or else Referer) header."""
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        origin = origin_of(request.headers.get("Referer"))
    return origin is not None and origin.lower() in allowed_origins(request)


def answer(request, message, status=200):
    """The same message as JSON for the page script, or as a page without JavaScript."""
    if wants_json(request):
        response = JsonResponse({"message": message}, status=status)
    else:
        response = render(
            request,
            "newsletter/signup_result.html",
            {"message": message, "ok": status == 200},
            status=status,
        )
    patch_cache_control(response, private=True, no_store=True)
    return response


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """Take a sign-up from the footer form (JSON for the page script, a page without it)."""
    if request.method == "GET":
        response = render(request, "newsletter/signup_page.html")
        return response
    if not same_origin(request):
        return answer(request, signup.REFUSED, status=403)
    if request.POST.get(HONEYPOT_FIELD):
        return answer(request, signup.ACCEPTED)  # A bot: say the usual thing, do nothing.
    try:
        address = signup.clean_address(request.POST.get("email", ""))
    except ValidationError:
        return answer(request, signup.INVALID, status=400)
    if signup.over_ip_limit(request):
        return answer(request, signup.TOO_MANY, status=429)
    newsletters = signup.default_newsletters()
    source = request.headers.get("Referer", "")[:500]
    subscriber, mail = signup.request_subscription(address, newsletters, source=source)
    if mail:
        send_signup_mail.enqueue(subscriber.pk, mail)  # request_subscription has committed
    return answer(request, signup.ACCEPTED)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """Show a button to confirm; only the POST confirms, so link scanners subscribe nobody."""
    subscriber = signup.subscriber_for_token(token)
    if subscriber is None:
        return private(render(request, "newsletter/confirm_invalid.html", status=410))
    if request.method == "POST":
        subscriber = signup.confirm(token, source="confirmation email")
        if subscriber is None:
            return private(render(request, "newsletter/confirm_invalid.html", status=410))
        return private(render(request, "newsletter/confirm_done.html", {"subscriber": subscriber}))
    return private(render(request, "newsletter/confirm.html", {"subscriber": subscriber}))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token, slug):
    """RFC 8058: a POST (one click, no cookie) unsubscribes; a GET only shows a button."""
    subscriber = get_object_or_404(Subscriber, token=token)
    newsletter = get_object_or_404(Newsletter, slug=slug)
    if request.method == "POST":
        signup.unsubscribe(subscriber, [newsletter], source="unsubscribe link")
        return private(
            render(
                request,
                "newsletter/unsubscribed.html",
                {"subscriber": subscriber, "newsletter": newsletter},
            )
        )
    return private(
        render(
            request,
            "newsletter/unsubscribe.html",
            {"subscriber": subscriber, "newsletter": newsletter},
        )
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    """Choose which newsletters to receive, from the link in every email."""
    subscriber = get_object_or_404(Subscriber, token=token)
    newsletters = list(Newsletter.objects.all())
    saved = False
    if request.method == "POST":
        if request.POST.get("all") == "stop":
            chosen = []
        else:
            wanted = set(request.POST.getlist("newsletter"))
            chosen = [n for n in newsletters if n.slug in wanted]
        signup.set_preferences(subscriber, chosen, source="preferences page")
        subscriber.refresh_from_db()
        saved = True
    active = {s.newsletter_id for s in subscriber.subscriptions.filter(active=True)}
    context = {
        "subscriber": subscriber,
        "choices": [(n, n.pk in active) for n in newsletters],
        "saved": saved,
        "suppressed": subscriber.state == SubscriberState.SUPPRESSED,
    }
    return private(render(request, "newsletter/preferences.html", context))


@csrf_exempt
@require_POST
def reports(request):
    """Take a bounce (DSN) or complaint (ARF) message, posted raw with the shared secret."""
    secret = settings.BROADSHEET_NEWSLETTER_REPORT_SECRET
    if not secret:
        raise Http404("Reports are not taken over HTTP here.")
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), secret.encode()):
        return JsonResponse({"message": "Send the shared secret as a Bearer token."}, status=403)
    try:
        counts = process_report(request.body, source="report endpoint")
    except NotAReport as error:
        return JsonResponse({"message": f"Ignored: {error}"}, status=400)
    return JsonResponse(counts)
