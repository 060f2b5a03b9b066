"""Build an issue: pick the stories (the front page's, or the week's opinion) and snapshot them."""

from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Site

from broadsheet.articles.models import ArticlePage
from broadsheet.home.models import HomePage
from broadsheet.paper.links import absolute_url

from .models import Issue, IssueStatus, Newsletter, NewsletterKind, NewsletterSettings

# Wide enough for a 600 px email column on a high-density screen would be 1200; 600 keeps
# messages light, and the image is shown at most 600 px wide.
IMAGE_SPEC = "fill-600x338|format-jpeg|jpegquality-70"
THUMB_WIDTH, THUMB_HEIGHT = 600, 338


def newsletter_settings():
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return NewsletterSettings()
    return NewsletterSettings.for_site(site)


def daily_briefing():
    return Newsletter.objects.filter(kind=NewsletterKind.DAILY, automatic=True).first()


def front_page_stories(count):
    """The home page's lead and top stories, then its latest news, up to `count`."""
    home = HomePage.objects.live().first()
    if home is None:
        return []
    front = home.front()
    picks = [front["lead"], *front["top_stories"], *front["latest"]]
    chosen = []
    for article in picks:
        if article is not None and article not in chosen:
            chosen.append(article)
    return chosen[:count]


def opinion_stories(count, day):
    """The week's opinion pieces up to `day`, newest first."""
    end = timezone.make_aware(datetime.combine(day + timedelta(days=1), datetime.min.time()))
    return list(
        ArticlePage.objects.published()
        .opinion()
        .filter(first_published_at__gte=end - timedelta(days=7), first_published_at__lt=end)
        .newest_first()
        .for_listing()
        .with_renditions()[:count]
    )


def snapshot(article):
    """What an issue shows of an article, frozen at build time, with absolute URLs."""
    _site_id, _root, path = article.get_url_parts()
    story = {
        "id": article.pk,
        "headline": article.title,
        "standfirst": article.standfirst,
        "url": absolute_url(path),
        "section": getattr(article, "section_title", "") or "",
        "byline": article.byline.text,
        "image": None,
    }
    photo = article.lead_photo
    if photo is not None:
        rendition = photo.get_rendition(IMAGE_SPEC)
        story["image"] = {
            "url": absolute_url(rendition.url),
            "alt": photo.description or "",
            "width": rendition.width,
            "height": rendition.height,
        }
    return story


def subject_for(newsletter, day, stories):
    lead = f": {stories[0]['headline']}" if stories else ""
    return f"{newsletter.name}, {day:%-d %B}{lead}"[:200]


def build_issue(newsletter, day, *, send_at=None):
    """Create the newsletter's issue for `day` (or return the existing one) with its stories."""
    existing = Issue.objects.filter(newsletter=newsletter, day=day).first()
    if existing:
        return existing, False
    count = newsletter_settings().story_count
    if newsletter.kind == NewsletterKind.OPINION:
        articles = opinion_stories(count, day)
    else:
        articles = front_page_stories(count)
    stories = [snapshot(article) for article in articles]
    try:
        with transaction.atomic():
            issue = Issue.objects.create(
                newsletter=newsletter,
                day=day,
                subject=subject_for(newsletter, day, stories),
                stories=stories,
                send_at=send_at,
                status=IssueStatus.DRAFT,
            )
    except IntegrityError:
        return Issue.objects.get(newsletter=newsletter, day=day), False
    return issue, True


def schedule_issue(issue, when=None):
    """Enqueue the sending task for the issue at `when` (now if None)."""
    from .tasks import can_defer, send_issue

    if when is not None and when > timezone.now():
        if not can_defer():
            return None  # A backend that cannot wait: the issue goes when sent by hand.
        return send_issue.using(run_after=when).enqueue(issue.pk)
    return send_issue.enqueue(issue.pk)
