"""Plain `make_*` helpers that build the content tests need, with real Wagtail pages and images."""

from datetime import timedelta
from io import BytesIO
from itertools import count

from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image

from broadsheet.articles.models import (
    ArticleAuthor,
    ArticleChange,
    ArticlePage,
    ChangeKind,
    SectionPage,
)
from broadsheet.home.models import HomePage
from broadsheet.home.setup import ensure_home_page
from broadsheet.paper.caching import bump_content_generation
from broadsheet.people.models import Person
from broadsheet.photos.models import Photo

_serial = count(1)


def make_photo(
    title="A photo", credit="Staff photo", caption="A caption.", size=(800, 500), color=None
):
    """Save a real JPEG as a Photo."""
    n = next(_serial)
    buffer = BytesIO()
    Image.new("RGB", size, color or (40 + n * 7 % 200, 90, 140)).save(buffer, "JPEG")
    photo = Photo(title=title, description=f"Alt text for {title}", caption=caption, credit=credit)
    photo.file = ImageFile(BytesIO(buffer.getvalue()), name=f"test-{n}.jpg")
    photo.save()
    return photo


def make_home():
    """Return the home page, creating it and pointing the default site at it."""
    return HomePage.objects.first() or ensure_home_page(title="The Test Gazette")


def make_section(title="News", slug=None, home=None):
    home = home or make_home()
    slug = slug or slugify(title)
    existing = SectionPage.objects.child_of(home).filter(slug=slug).first()
    if existing:
        return existing
    section = home.add_child(
        instance=SectionPage(title=title, slug=slug, show_in_menus=True, live=True)
    )
    # Created live without Wagtail's publish signal, so the masthead's cache is told here.
    bump_content_generation()
    return section


def make_person(name=None, is_columnist=False, photo=True, on_staff=True, role=None):
    n = next(_serial)
    name = name or f"Reporter {n}"
    return Person.objects.create(
        name=name,
        slug=f"{slugify(name)}-{n}",
        role=role if role is not None else ("Columnist" if is_columnist else "Reporter"),
        on_staff=on_staff,
        bio=f"{name} writes for the paper.",
        is_columnist=is_columnist,
        photo=make_photo(f"Portrait of {name}", size=(400, 400)) if photo else None,
    )


def make_article(
    section=None,
    title=None,
    *,
    standfirst="What happened, in one sentence.",
    paragraphs=("The first paragraph.", "The second paragraph."),
    authors=(),  # people, or (person, role) pairs
    tags=(),
    kind="news",
    dateline="",
    agency="",
    photo=True,
    published=None,
    live=True,
    corrections=(),
    weight=3,
):
    """Create an article; live ones are published through Wagtail's own revision workflow."""
    section = section or make_section()
    n = next(_serial)
    title = title or f"Test article number {n}"
    article = ArticlePage(
        title=title,
        slug=f"{slugify(title)[:60]}-{n}",
        standfirst=standfirst,
        kind=kind,
        dateline=dateline,
        agency=agency,
        weight=weight,
        lead_photo=make_photo(title) if photo is True else (photo or None),
        body=[{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs],
        live=False,
    )
    for order, credit in enumerate(authors):
        person, role = credit if isinstance(credit, tuple) else (credit, "reporting")
        article.article_authors.add(ArticleAuthor(person=person, role=role, sort_order=order))
    section.add_child(instance=article)
    if tags:
        article.tags.add(*tags)
        article.save()
    if live:
        article.first_published_at = published or timezone.now() - timedelta(minutes=n)
        article.save_revision().publish()
        article.refresh_from_db()
    if corrections:
        ArticleChange.objects.bulk_create(
            ArticleChange(article=article, kind=ChangeKind.CORRECTION, note=text)
            for text in corrections
        )
    return article


def make_live_blog(
    section=None,
    title=None,
    *,
    standfirst="What is happening, as it happens.",
    key_points=("The first thing to know.", "The second thing to know."),
    authors=(),  # people, or (person, role) pairs
    entries=0,
    ended=False,
    live=True,
):
    """Create a live blog with `entries` published text entries, one minute apart, newest last."""
    from broadsheet.liveblogs.models import KeyPoint, LiveBlogPage

    section = section or make_section()
    n = next(_serial)
    title = title or f"Live: test live blog number {n}"
    blog = LiveBlogPage(
        title=title,
        slug=f"{slugify(title)[:60]}-{n}",
        standfirst=standfirst,
        body=[],
        lead_photo=None,
        live=False,
    )
    for order, credit in enumerate(authors):
        person, role = credit if isinstance(credit, tuple) else (credit, "reporting")
        blog.article_authors.add(ArticleAuthor(person=person, role=role, sort_order=order))
    for order, text in enumerate(key_points):
        blog.key_points.add(KeyPoint(text=text, sort_order=order))
    section.add_child(instance=blog)
    start = timezone.now() - timedelta(minutes=entries + 5)
    if live:
        blog.first_published_at = start
        blog.coverage_start = start
        if ended:
            blog.coverage_end = timezone.now() - timedelta(seconds=30)
        blog.save_revision().publish()
        blog.refresh_from_db()
    author = authors[0] if authors else make_person(photo=False)
    for number in range(entries):
        make_entry(
            blog, f"Update number {number + 1}.", author=author, minutes_ago=entries - number
        )
    return blog


def make_entry(blog, text="Something happened.", *, author=None, minutes_ago=0, **fields):
    """A published text entry on `blog`, as posted `minutes_ago`."""
    from broadsheet.liveblogs.models import EntryState, LiveBlogEntry

    at = timezone.now() - timedelta(minutes=minutes_ago)
    return LiveBlogEntry.objects.create(
        live_blog=blog,
        author=author or make_person(photo=False),
        text=text,
        state=fields.pop("state", EntryState.PUBLISHED),
        posted_at=at,
        changed_at=at,
        **fields,
    )
