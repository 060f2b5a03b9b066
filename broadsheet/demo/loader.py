"""Turn the generated demo paper into live Wagtail pages, people and photos."""

import secrets
from datetime import timedelta
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.log_actions import log
from wagtail.models import PageLogEntry, Revision, Site

from broadsheet.articles.models import (
    ArticleAuthor,
    ArticleChange,
    ArticlePage,
    ChangeKind,
    SectionPage,
)
from broadsheet.articles.rendering import build_render
from broadsheet.home.setup import ensure_home_page
from broadsheet.newsroom.roles import EDITORS, PHOTO_EDITORS, REPORTERS, set_up_roles
from broadsheet.paper.models import PaperSettings
from broadsheet.people.models import Person
from broadsheet.photos.models import Photo

from .live_blog import make_live_blog
from .models import DemoPaper
from .pictures import render_photo, render_portrait
from .writer import write_paper

ADMIN_USERNAME = "admin"
CREDENTIALS_FILE = "demo-login.txt"


def is_loaded():
    """Tell whether this database holds the demo paper (older loads are known by their logins file)."""
    if DemoPaper.objects.exists():
        return True
    legacy = holds_a_paper() and (settings.DATA_DIR / CREDENTIALS_FILE).exists()
    if legacy:
        DemoPaper.objects.create(seed=0, stories=ArticlePage.objects.count())
    return legacy


def holds_a_paper():
    """Tell whether the database already holds sections or articles of some paper."""
    return ArticlePage.objects.exists() or SectionPage.objects.exists()


def load_demo(seed=2026, story_count=300, progress=None, now=None):
    """Build the demo paper and its logins; return the paper and the login lines.

    `progress(done, total)` is called after each story.
    """
    now = now or timezone.now()
    paper = write_paper(seed=seed, story_count=story_count)
    with transaction.atomic():
        home = ensure_home_page(title=paper.name)
        site = Site.objects.get(is_default_site=True)
        PaperSettings.objects.update_or_create(
            site=site,
            defaults={
                "name": paper.name,
                "tagline": paper.tagline,
                "about_text": f"{paper.name} is an independent daily, published with Broadsheet.",
                "contact_email": "newsdesk@example.org",
                "app_store_url": "https://apps.apple.com/app/id0000000000",
                "play_store_url": "https://play.google.com/store/apps/details?id=org.example.broadsheet",
                "x_handle": "broadsheetdemo",
                "facebook_url": "https://www.facebook.com/broadsheetdemo",
            },
        )
        sections = {
            spec.slug: home.add_child(
                instance=SectionPage(
                    title=spec.title,
                    slug=spec.slug,
                    intro=spec.intro,
                    show_in_menus=True,
                    live=True,
                )
            )
            for spec in paper.sections
        }
        people = {spec.slug: make_person(spec) for spec in paper.people}
        # The demo's logins exist before the stories, so their earlier versions can name them.
        set_up_roles(home)
        logins = create_demo_users()
        desk = demo_desk()
        for done, story in enumerate(paper.stories, start=1):
            article = make_article(story, sections[story.section_slug], people, now)
            if story.history:
                write_history(article, story, desk)
            if progress:
                progress(done, len(paper.stories))
        make_live_blog(sections["news"], people, now, make_photo)
        DemoPaper.objects.create(seed=seed, stories=len(paper.stories))
    # Readers never wait for a rendition or a render: every story's are made now.
    for article_id in ArticlePage.objects.published().values_list("pk", flat=True):
        build_render(article_id)
    return paper, logins


def make_photo(spec, title):
    data = render_photo(spec)
    photo = Photo(
        title=title[:255], description=spec.alt_text, caption=spec.caption, credit=spec.credit
    )
    photo.file = ImageFile(BytesIO(data), name=f"demo-{spec.seed}.jpg")
    photo.save()
    return photo


def make_person(spec):
    if not spec.on_staff:
        # A guest contributor: a name, a line and a short page, no portrait or address.
        return Person.objects.create(
            name=spec.name, slug=spec.slug, role=spec.role, bio=spec.bio, on_staff=False
        )
    portrait = Photo(
        title=f"Portrait of {spec.name}",
        description=f"Portrait of {spec.name}",
        credit="Staff photo",
    )
    portrait.file = ImageFile(
        BytesIO(render_portrait(spec.portrait_seed, spec.name)), name=f"portrait-{spec.slug}.jpg"
    )
    portrait.save()
    return Person.objects.create(
        name=spec.name,
        slug=spec.slug,
        role=spec.role,
        bio=spec.bio,
        is_columnist=spec.is_columnist,
        photo=portrait,
        email=f"{spec.slug}@example.org",
    )


def article_body(story, body_photo):
    """Lay the story out as blocks: paragraphs, with a pull quote, a photo and a fact box between."""
    blocks = [("paragraph", f"<p>{escape(text)}</p>") for text in story.paragraphs]
    inserts = []
    if story.pull_quote:
        quote, attribution = story.pull_quote
        inserts.append((3, ("pull_quote", {"quote": quote, "attribution": attribution})))
    if body_photo:
        inserts.append((5, ("photo", {"image": body_photo.pk, "caption": "", "credit": ""})))
    if story.fact_box:
        title, items = story.fact_box
        bullets = "".join(f"<li>{escape(item)}</li>" for item in items)
        inserts.append((7, ("fact_box", {"title": title, "body": f"<ul>{bullets}</ul>"})))
    for position, block in reversed(inserts):
        blocks.insert(min(position, len(blocks)), block)
    return [{"type": kind, "value": value} for kind, value in blocks]


def make_article(story, section, people, now):
    published = now - timedelta(minutes=story.minutes_ago)
    lead = make_photo(story.photo, story.headline)
    body_photo = make_photo(story.body_photo, story.headline) if story.body_photo else None
    updated = (
        published + timedelta(minutes=story.updated_minutes_after)
        if story.updated_minutes_after is not None
        else None
    )
    article = ArticlePage(
        title=story.headline,
        slug=story.slug,
        standfirst=story.standfirst,
        kind=story.kind,
        dateline=story.dateline,
        agency=story.agency,
        weight=story.weight,
        lead_photo=lead,
        body=article_body(story, body_photo),
        first_published_at=published,
        last_published_at=updated or published,
        updated_at=updated if updated and updated < now else None,
        live=True,
        search_description=story.standfirst[:300],
    )
    credits = [(slug, "reporting") for slug in story.author_slugs] + list(story.credits)
    for order, (slug, role) in enumerate(credits):
        article.article_authors.add(ArticleAuthor(person=people[slug], role=role, sort_order=order))
    section.add_child(instance=article)
    article.tags.add(*story.tags)
    article.save()
    changes = [
        ArticleChange(
            article=article,
            kind=ChangeKind.CORRECTION,
            note=correction.text,
            published_at=min(now, published + timedelta(hours=correction.hours_after)),
        )
        for correction in story.corrections
    ]
    if article.updated_at and story.update_note:
        changes.append(
            ArticleChange(
                article=article,
                kind=ChangeKind.UPDATE,
                note=story.update_note,
                published_at=article.updated_at,
            )
        )
    ArticleChange.objects.bulk_create(changes)
    if changes:
        # The Updated time is the last update or correction published, as the publish flow sets it.
        latest = max(change.published_at for change in changes)
        ArticlePage.objects.filter(pk=article.pk).update(updated_at=latest)
        article.updated_at = latest
    return article


def demo_desk():
    """The demo's reporter and editor logins, who saved the stories' earlier versions."""
    User = get_user_model()
    return {username: User.objects.get(username=username) for username in ("reporter", "editor")}


def dated(revision, when):
    """Put a revision, and the history entry that records it, at the time it was made."""
    Revision.objects.filter(pk=revision.pk).update(created_at=when)
    PageLogEntry.objects.filter(revision=revision).update(timestamp=when)


def write_history(article, story, desk):
    """Save the versions the story went through, then its published text as the live revision."""
    published = article.first_published_at
    final = (article.title, article.standfirst, article.body.raw_data)
    body_extras = [block for block in final[2] if block["type"] != "paragraph"]
    for version in story.history:
        article.title = article.draft_title = version.headline
        article.standfirst = version.standfirst
        paragraphs = [
            {"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in version.paragraphs
        ]
        article.body = paragraphs[:3] + body_extras + paragraphs[3:]
        revision = article.save_revision(user=desk[version.by], log_action=True, clean=False)
        dated(revision, published - timedelta(minutes=version.minutes_before))
    article.title = article.draft_title = final[0]
    article.standfirst = final[1]
    article.body = final[2]
    revision = article.save_revision(user=desk["editor"], log_action=True, clean=False)
    log(instance=article, action="wagtail.publish", user=desk["editor"], revision=revision)
    dated(revision, published)
    ArticlePage.objects.filter(pk=article.pk).update(
        live_revision=revision,
        has_unpublished_changes=False,
        latest_revision_created_at=published,
    )


def create_demo_users():
    """Create the admin, an editor, a reporter and a photo editor that don't exist yet.

    Return the login lines. An account that exists already, whoever made it, is left as it is.
    """
    from django.contrib.auth.models import Group

    User = get_user_model()
    password = secrets.token_urlsafe(12)
    accounts = [
        (ADMIN_USERNAME, "Administrator (everything)", None),
        ("editor", "Editor (approves and publishes)", EDITORS),
        ("reporter", "Reporter (writes, submits for review)", REPORTERS),
        ("photos", "Photo editor (uploads and edits photos)", PHOTO_EDITORS),
    ]
    lines = []
    for username, label, group in accounts:
        if User.objects.filter(username=username).exists():
            lines.append(f"  {username:<9} (exists already: left unchanged)")
            continue
        user = User(
            username=username,
            email=f"{username}@example.org",
            is_staff=group is None,
            is_superuser=group is None,
        )
        user.set_password(password)
        user.save()
        if group:
            user.groups.set([Group.objects.get(name=group)])
        lines.append(f"  {username:<9} {password}   {label}")
    credentials = settings.DATA_DIR / CREDENTIALS_FILE
    credentials.parent.mkdir(parents=True, exist_ok=True)
    credentials.write_text("\n".join(lines) + "\n")
    credentials.chmod(0o600)
    return lines
