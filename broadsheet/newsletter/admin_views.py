"""Newsroom pages in the Wagtail admin: build, preview, test send, send now, hold, progress."""

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.csp import CSP
from django.views.decorators.cache import never_cache
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_GET, require_POST

from .digest import build_issue, schedule_issue
from .emails import test_message
from .models import Issue, IssueStatus, Newsletter, Subscriber
from .signup import clean_address

# The preview shows the email as sent: inline styles, and images from the public site.
PREVIEW_CSP = {
    "default-src": [CSP.NONE],
    "style-src": [CSP.UNSAFE_INLINE],
    "img-src": ["*", "data:"],
    "frame-ancestors": [CSP.SELF],
}


def require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


@csp_override(PREVIEW_CSP)
def preview_issue(request, pk):
    """The issue's HTML exactly as subscribers get it, with inert personal links."""
    require(request, "newsletter.view_issue")
    issue = get_object_or_404(Issue.objects.select_related("newsletter"), pk=pk)
    message = test_message(issue, "preview@example.org")
    html = message.alternatives[0].content
    response = HttpResponse(html)
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response


def issue_progress_data(issue):
    """What the issue page shows of a send: its state and the ledger's counts."""
    counts = issue.counts()
    return {
        "status": issue.status,
        "status_label": issue.get_status_display(),
        **counts,
        "total": sum(counts.values()),
        "finished": issue.status == IssueStatus.SENT,
    }


@never_cache
@require_GET
def issue_progress(request, pk):
    """The issue's state and counts as JSON, polled by the issue page while it is sent."""
    require(request, "newsletter.view_issue")
    issue = get_object_or_404(Issue, pk=pk)
    return JsonResponse(issue_progress_data(issue))


def build(request):
    """Build a newsletter's issue for a day (today unless told) from the stories of that moment."""
    require(request, "newsletter.change_issue")
    newsletters = Newsletter.objects.order_by("name")
    if request.method == "POST":
        newsletter = newsletters.filter(pk=request.POST.get("newsletter") or None).first()
        try:
            day = date.fromisoformat(request.POST.get("day", ""))
        except ValueError:
            day = None
        if newsletter is None or day is None:
            messages.error(request, "Choose a newsletter and give the day as YYYY-MM-DD.")
        else:
            issue, created = build_issue(newsletter, day)
            if created:
                messages.success(
                    request,
                    f"“{issue}” is built with {len(issue.stories)} stories. "
                    "Check the preview, then send it.",
                )
            else:
                messages.warning(request, f"“{issue}” was already built: here it is.")
            return redirect("newsletter_admin:issue", issue.pk)
    context = {
        "newsletters": newsletters,
        "today": timezone.localdate(),
        "header_title": "Build an issue",
        "page_title": "Build an issue",
        "header_icon": "mail",
    }
    return TemplateResponse(request, "newsletter/admin/build.html", context)


def issue_detail(request, pk):
    """The issue's counts, its preview, and what editors can do with it."""
    require(request, "newsletter.view_issue")
    issue = get_object_or_404(Issue.objects.select_related("newsletter"), pk=pk)
    context = {
        "issue": issue,
        "progress": issue_progress_data(issue),
        "recipients": Subscriber.objects.receiving(issue.newsletter).count(),
        "progress_url": reverse("newsletter_admin:progress", args=[issue.pk]),
        "preview_url": reverse("newsletter_admin:preview", args=[issue.pk]),
        "text": test_message(issue, "preview@example.org").body,
        "header_title": str(issue),
        "page_title": str(issue),
        "header_icon": "mail",
    }
    return TemplateResponse(request, "newsletter/admin/issue_detail.html", context)


def test_send(request, pk):
    """Send the issue to one address, marked as a test, outside the ledger."""
    require(request, "newsletter.change_issue")
    issue = get_object_or_404(Issue.objects.select_related("newsletter"), pk=pk)
    if request.method == "POST":
        try:
            address = clean_address(request.POST.get("email", ""))
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            test_message(issue, address).send()
            messages.success(request, f"A test copy of “{issue}” went to {address}.")
    return redirect("newsletter_admin:issue", issue.pk)


@require_POST
def send_now(request, pk):
    """Let the issue go now rather than at its scheduled time."""
    require(request, "newsletter.change_issue")
    issue = get_object_or_404(Issue, pk=pk)
    if issue.status in (IssueStatus.DRAFT, IssueStatus.HELD):
        Issue.objects.filter(pk=issue.pk).update(status=IssueStatus.DRAFT)
        schedule_issue(issue)
        messages.success(request, f"“{issue}” is being sent.")
    else:
        messages.warning(request, f"“{issue}” is already {issue.get_status_display().lower()}.")
    return redirect("newsletter_admin:issue", issue.pk)


@require_POST
def hold(request, pk):
    """Stop an issue that has not started from going by itself."""
    require(request, "newsletter.change_issue")
    issue = get_object_or_404(Issue, pk=pk)
    if Issue.objects.filter(pk=pk, status=IssueStatus.DRAFT).update(status=IssueStatus.HELD):
        messages.success(request, f"“{issue}” is held: it will not go until sent by hand.")
    else:
        messages.warning(request, f"“{issue}” has already started and cannot be held.")
    return redirect("newsletter_admin:issue", issue.pk)


def erase_subscriber(request, pk):
    """Erase everything held about one subscriber (on their request), after a confirmation."""
    require(request, "newsletter.delete_subscriber")
    subscriber = get_object_or_404(Subscriber, pk=pk)
    if request.method == "POST":
        email = subscriber.email
        subscriber.delete()  # Subscriptions, consent records and ledger rows go with it.
        messages.success(request, f"Everything held about {email} has been erased.")
        return redirect("newsletter_subscribers:index")
    context = {
        "subscriber": subscriber,
        "counts": {
            "subscriptions": subscriber.subscriptions.count(),
            "consents": subscriber.consents.count(),
            "deliveries": subscriber.deliveries.count(),
        },
        "header_title": f"Erase {subscriber.email}",
        "page_title": f"Erase {subscriber.email}",
        "header_icon": "bin",
    }
    return TemplateResponse(request, "newsletter/admin/erase_subscriber.html", context)
