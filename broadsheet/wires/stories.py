"""Turn an `AgencyStory` into an article: our fields filled, the agency's markup cleaned."""

import hashlib
import logging
import re
from html import unescape
from io import BytesIO

import nh3
from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, strip_tags
from django.utils.text import Truncator, slugify
from lxml import html as lxml_html
from PIL import Image, UnidentifiedImageError

from broadsheet.articles.models import ArticleAuthor, ArticlePage
from broadsheet.articles.sanitise import clean_rich_text
from broadsheet.paper.lookups import remembered
from broadsheet.people.models import Person
from broadsheet.photos.models import Photo

from .items import AgencyStory
from .publishing import add_to_section, publish_new, publish_update

logger = logging.getLogger(__name__)

# What survives the first pass over agency markup, before it is cut into body blocks.
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "div"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def article_fields(story: AgencyStory):
    """Return the article's plain fields for `story`, each cut to its column's length."""
    return {
        "title": Truncator(plain(story.headline)).chars(255) or "Untitled agency story",
        "standfirst": Truncator(standfirst_for(story)).chars(400),
        "dateline": Truncator(story.dateline.strip()).chars(60),
        "agency": Truncator(story.agency.strip()).chars(60),
    }


def plain(text):
    """Text with any markup and entities taken out and whitespace collapsed."""
    return " ".join(unescape(strip_tags(text or "")).split())


def standfirst_for(story):
    """The agency's description, else the body's first sentence."""
    text = plain(story.standfirst)
    if text:
        return text
    first = plain(story.body_html)
    sentence = re.match(r"(.+?[.!?])(\s|$)", first)
    return (sentence.group(1) if sentence else first) or story.headline


def body_blocks(body_html, *, dateline="", byline=""):
    """Cut cleaned agency HTML into paragraph and subheading blocks."""
    cleaned = nh3.clean(
        body_html or "",
        tags=BLOCK_TAGS | {"b", "i", "strong", "em", "sup", "sub", "a", "br"},
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel=None,
        strip_comments=True,
        clean_content_tags={"script", "style"},
    )
    if not cleaned.strip():
        return []
    blocks = []
    loose = []

    def flush_loose():
        text = "".join(loose).strip()
        loose.clear()
        if strip_tags(text).strip():
            blocks.append(paragraph(text))

    for node in lxml_html.fragments_fromstring(cleaned):
        if isinstance(node, str):
            loose.append(escape(node))
            continue
        if node.tag not in BLOCK_TAGS:
            loose.append(lxml_html.tostring(node, encoding="unicode", with_tail=False))
        else:
            flush_loose()
            blocks.extend(element_blocks(node))
        if node.tail:
            loose.append(escape(node.tail))
    flush_loose()
    return strip_dateline_and_byline(blocks, dateline=dateline, byline=byline)


def element_blocks(node):
    """Return the blocks for one block-level element."""
    if node.tag in HEADING_TAGS:
        text = " ".join(node.text_content().split())
        return [{"type": "subheading", "value": Truncator(text).chars(120)}] if text else []
    if node.tag in {"ul", "ol", "div", "blockquote"} and len(node):
        out = []
        if node.text and node.text.strip():
            out.append(paragraph(escape(node.text.strip())))
        for child in node:
            out.extend(element_blocks(child))
            if child.tail and child.tail.strip():
                out.append(paragraph(escape(child.tail.strip())))
        return out
    inner = (escape(node.text) if node.text else "") + "".join(
        lxml_html.tostring(child, encoding="unicode", with_tail=True) for child in node
    )
    return [paragraph(inner)] if strip_tags(inner).strip() else []


def paragraph(inner_html):
    return {"type": "paragraph", "value": clean_rich_text(f"<p>{inner_html.strip()}</p>")}


def strip_dateline_and_byline(blocks, *, dateline, byline):
    """Drop a byline paragraph and a leading 'DATELINE (Agency) —' the agency left in the text."""
    if byline and blocks and blocks[0]["type"] == "paragraph":
        first = " ".join(strip_tags(blocks[0]["value"]).split())
        if first.lower().removeprefix("by ").strip() == byline.lower().removeprefix("by ").strip():
            blocks = blocks[1:]
    if dateline and blocks and blocks[0]["type"] == "paragraph":
        pattern = re.compile(
            r"^(<p>)\s*" + re.escape(dateline) + r"\b[^<—–-]{0,60}?\s*[—–-]+\s*", re.IGNORECASE
        )
        blocks[0] = {**blocks[0], "value": pattern.sub(r"\1", blocks[0]["value"], count=1)}
    return blocks


def byline_people(byline, *, not_people=()):
    """Find or create the people a byline names ('By A and B'); agency names alone give none."""
    text = re.sub(r"^\s*by\s+", "", plain(byline), flags=re.IGNORECASE).strip()
    skip = {name.lower() for name in not_people if name}
    names = [
        n.strip()
        for n in re.split(r",|\band\b|&", text)
        if n.strip() and n.strip().lower() not in skip
    ]
    people = []
    for name in names[:5]:
        person = person_named(Truncator(name).chars(120))
        if person not in people:
            people.append(person)
    return people


def person_named(name):
    """The person of that name (any case), created as an agency correspondent if new."""
    known = remembered("people")
    if known is not None and name.lower() in known:
        return known[name.lower()]
    person = Person.objects.filter(name__iexact=name).first()
    if person is None:
        slug = unique_person_slug(name)
        person = Person.objects.create(
            name=name, slug=slug, role="Agency correspondent", on_staff=False
        )
    if known is not None:
        known[name.lower()] = person
    return person


def tags_named(names):
    """The topics of those names (matched in any case, as taggit does), created if new."""
    known = remembered("tags")
    if known is None:
        return names  # taggit looks each one up
    tag_model = ArticlePage.tags.through.tag_model()
    for name in names:
        if name.lower() not in known:
            tag = tag_model.objects.filter(name__iexact=name).order_by("pk").first()
            known[name.lower()] = tag or tag_model.objects.create(name=name)
    return [known[name.lower()] for name in names]


def unique_person_slug(name):
    base = slugify(name)[:100] or "agency-writer"
    slug, n = base, 2
    while Person.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def picture_photo(picture, headline):
    """Return a Photo for the picture's bytes, reusing one with the same file; None if unusable."""
    data = picture.data
    if data is None and picture.path is not None:
        try:
            if picture.path.stat().st_size > settings.BROADSHEET_WIRES_MAX_PICTURE_BYTES:
                return None
            data = picture.path.read_bytes()
        except OSError:
            return None
    if not data:
        return None
    try:
        with Image.open(BytesIO(data)) as probe:
            probe.verify()
            kind = (probe.format or "jpeg").lower()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        logger.warning("Agency picture for %r is not an image; left out.", headline)
        return None
    file_hash = hashlib.sha1(data).hexdigest()  # the hash Wagtail keeps for each image
    existing = Photo.objects.filter(file_hash=file_hash).first()
    if existing:
        return existing
    caption = " ".join(picture.caption.split())
    photo = Photo(
        title=Truncator(caption or headline).chars(255),
        description=Truncator(" ".join(picture.alt_text.split()) or caption).chars(255),
        caption=caption,
        credit=Truncator(picture.credit.strip()).chars(120),
    )
    photo.file = ImageFile(BytesIO(data), name=f"wire-{file_hash[:12]}.{kind}")
    photo.file_hash = file_hash
    photo.save()
    return photo


def unique_slug(section, title):
    base = slugify(title)[:60].strip("-") or "agency-story"
    siblings = set(
        ArticlePage.objects.child_of(section)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, n = base, 2
    while slug in siblings:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic(savepoint=False)
def write_article(story: AgencyStory, *, section, publish, article=None):
    """Create the article for `story` in `section`, or bring `article` up to this version.

    With `publish`, a new article goes live at once, or at `story.embargoed_until` when that is
    still ahead (Wagtail's scheduled publishing); without it, it is saved as a draft for an
    editor. An update to an article that is already live is published, keeping its URL and
    showing an update time. Return the article.
    """
    fields = article_fields(story)
    is_new = article is None
    was_live = bool(article and article.live)
    title_before = None if is_new else article.title
    if is_new:
        article = ArticlePage(slug=unique_slug(section, fields["title"]), live=False)
    for name, value in fields.items():
        setattr(article, name, value)
    article.body = body_blocks(story.body_html, dateline=story.dateline, byline=story.byline)
    picture = story.lead_picture
    photo = picture_photo(picture, story.headline) if picture else None
    if photo is not None:
        article.lead_photo = photo
        article.lead_caption = " ".join(picture.caption.split())
        article.lead_credit = Truncator(picture.credit.strip()).chars(120)
    elif picture is None:
        article.lead_photo = None
        article.lead_caption = article.lead_credit = ""
    embargo = story.embargoed_until
    article.go_live_at = embargo if embargo and embargo > timezone.now() else None

    people = byline_people(story.byline, not_people=(story.agency, story.copyright))
    if [link.person_id for link in article.article_authors.all()] != [p.pk for p in people]:
        article.article_authors.set(
            [ArticleAuthor(person=p, sort_order=n) for n, p in enumerate(people)]
        )
    topics = [Truncator(s).chars(100) for s in dict.fromkeys(story.subjects) if s][:20]
    if is_new or sorted(map(str.lower, article.tags.names())) != sorted(map(str.lower, topics)):
        article.tags.set(tags_named(topics))
    goes_live_now = (publish or was_live) and article.go_live_at is None
    if goes_live_now:
        if is_new:
            publish_new(article, section)
        else:
            publish_update(article, title_before=title_before)
        return article
    # A draft, or a publish scheduled for the embargo: Wagtail's own path. An existing article
    # changes through a revision only, so a held update leaves it as it is.
    if is_new:
        add_to_section(article, section)
        article.save()
    revision = article.save_revision()
    if publish or was_live:
        revision.publish()
        article.refresh_from_db()
    return article
