"""Lift one story out of a web page: trafilatura for the text, the page's own metadata for the rest.

A page arrives as HTML (from an address or a file) or as a plain-text capture of one. The story
keeps its headline, standfirst, byline, date, dateline and lead picture (caption once, credit in
its own field); navigation, share bars, newsletter forms, widgets, CSS and script stay behind.
"""

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from lxml import etree
from lxml import html as lxml_html

from broadsheet.articles.models import ArticlePage, SectionPage

from . import fetch
from .items import AgencyPicture, AgencyStory
from .models import ImportedPage
from .stories import write_article

ARTICLE_TYPES = {
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "BlogPosting",
    "LiveBlogPosting",
}
# What a page or a saved fragment of one may open with; any other root is XML, not a page.
HTML_ROOTS = {
    "html", "head", "body", "title", "meta", "link", "base", "style", "script", "noscript",
    "header", "nav", "main", "article", "section", "aside", "footer", "div", "span", "p",
    "figure", "img", "a", "h1", "h2", "h3", "table", "ul", "ol", "form", "iframe",
}  # fmt: skip
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,\s*[A-Z][\w'’. ]{1,30}?)?\s*(?:\((?P<agency>[^)]{1,30})\))?\s*[—–-]{1,2}\s+(?=\S)"
)
CAPTION_CREDITS = [
    re.compile(
        r"\s*\((?:photo(?:graph)?|picture|image|credit)s?\s*:\s*(?P<credit>[^()]{1,60})\)\s*$", re.I
    ),
    re.compile(r"\s*\(\s*©\s*(?P<credit>[^()]{1,60})\)\s*$"),
    re.compile(
        r"\s*\((?P<credit>[^()]{1,50}?)\s+(?:photo|photograph|picture|file photo)\)\s*$", re.I
    ),
    re.compile(
        r"\s*(?:photo(?:graph)?|picture|image|credit)\s*:\s*(?P<credit>[^.:()]{1,60})$", re.I
    ),
    re.compile(r"\s*©\s*(?P<credit>[^.()]{1,60})$"),
]
CREDIT_CLASSES = re.compile(r"credit|copyright|source|photographer|byline|attribution", re.I)
FURNITURE = re.compile(
    r"^(share( this( story| article)?)?|follow us|sign up|subscribe|newsletter|advertisement|"
    r"related( articles| stories)?|read more|most read|today[’']?s paper|download (on|our)|"
    r"skip to|copy link|email this story)\b",
    re.I,
)
MAX_PARAGRAPHS = 400


class PageRefused(Exception):
    """The page cannot be imported; the message says why, for the person who gave it."""


@dataclass
class PageStory:
    """What came out of a page: the story, its date, and what an editor should know."""

    story: AgencyStory
    published: datetime | None = None
    source: str = ""
    notes: list[str] = field(default_factory=list)
    canonical: str = ""  # the address the page gives as its own
    updated: bool = False  # imported before: the same article was brought up to date

    @property
    def picture(self):
        return self.story.lead_picture


@dataclass
class FetchedPage:
    content: bytes
    url: str = ""
    folder: Path | None = None
    name: str = ""


def page_limit():
    return settings.BROADSHEET_WIRES_MAX_FILE_BYTES


def scheme_of(address):
    """The address's scheme in lower case; "invalid" for what does not parse as an address."""
    try:
        return urlsplit(str(address)).scheme.lower()
    except ValueError:
        return "invalid"


def is_address(source):
    return scheme_of(source) in {"http", "https"}


def read_source(source):
    """Fetch the page at an http(s) address (under the webhooks' address rules) or read a file."""
    source = str(source).strip()
    if is_address(source):
        try:
            reply = fetch.get(source, limit=page_limit())
        except fetch.FetchFailed as error:
            reason = str(error).replace("; deliveries may not go there", "").rstrip(".")
            raise PageRefused(f"The page could not be fetched: {reason}.") from None
        return FetchedPage(reply.body, url=reply.url or source, name=source)
    scheme = scheme_of(source)
    if scheme and len(scheme) > 1:
        raise PageRefused(f"Only http and https addresses or files can be imported, not {scheme}:.")
    path = Path(source)
    if not path.is_file():
        raise PageRefused(f"There is no file at {source}.")
    if path.stat().st_size > page_limit():
        raise PageRefused(f"The file is larger than {page_limit():,} bytes.")
    return FetchedPage(path.read_bytes(), folder=path.resolve().parent, name=path.name)


def extract(page: FetchedPage, *, fetch_pictures=True):
    """Return the PageStory in `page`, or raise PageRefused with the reason."""
    content = page.content
    if len(content) > page_limit():
        raise PageRefused(f"The page is larger than {page_limit():,} bytes.")
    text = decode(content)
    refuse_other_formats(text)
    if text.lstrip("\ufeff \t\r\n").startswith("<"):
        result = extract_html(text, url=page.url)
    else:
        result = extract_text_capture(text)
    result.source = result.canonical or page.url or f"file:{page.name}"
    result.story.guid = page.url or page.name or "web page"
    if result.picture is not None and fetch_pictures:
        load_picture(result, page)
    return result


def decode(content):
    """Text of the page, or PageRefused when it is not text at all."""
    if not content.strip():
        raise PageRefused("The page is empty.")
    if b"\x00" in content[:8192]:
        raise PageRefused("This is not a web page: it holds binary data (an image, a PDF, ...).")
    head = content[:4096]
    declared = re.search(rb"""<meta[^>]+charset=["']?([\w-]{2,30})""", head, re.I)
    for encoding in (declared.group(1).decode("ascii") if declared else None, "utf-8"):
        if encoding:
            try:
                return content.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return content.decode("cp1252", errors="replace")


def refuse_other_formats(text):
    """Refuse JSON and XML that is not a page: agency copy has its own door."""
    start = text.lstrip("\ufeff \t\r\n")[:2000]
    if start.startswith(("{", "[")):
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            return
        raise PageRefused("This is JSON, not a web page; agency files go through the wire desk.")
    if not start.startswith("<") or re.search(r"<!doctype\s+html", start, re.I):
        return
    root = re.search(
        r"<([A-Za-z][\w:.-]*)", re.sub(r"<!--.*?-->|<[?!][^>]*>", "", start, flags=re.S)
    )
    name = root.group(1) if root else "unknown"
    if name.lower() not in HTML_ROOTS:
        raise PageRefused(
            f"This is an XML document ({name}), not a web page; agency feeds and NewsML go "
            "through the wire desk."
        )


def clean_text(value):
    return " ".join(str(value or "").split())


def same_text(a, b):
    return bool(a) and bool(b) and comparable(a) == comparable(b)


def comparable(value):
    return re.sub(r"[\W_]+", " ", clean_text(value)).strip().lower()


def split_credit(caption):
    """Split "… (AFP photo)" or "… Photo: Jane Doe" into caption and credit."""
    caption = clean_text(caption)
    for pattern in CAPTION_CREDITS:
        match = pattern.search(caption)
        if match and match.start() > 0:
            return caption[: match.start()].rstrip(" ,;–—-"), clean_text(match.group("credit"))
    return caption, ""


def looks_like_code(line):
    """Tell CSS or JavaScript captured as text from prose."""
    line = line.strip()
    if not line:
        return False
    if re.search(r"[{};]\s*$", line) or re.match(r"^[.#@]?[\w\-\[\]=\"': >.,#*]+\s*\{", line):
        return True
    if re.search(
        r"\b(function\s*\(|=>|document\.|window\.|addEventListener|const |let |var )", line
    ):
        return True
    symbols = sum(line.count(c) for c in "{}();=<>[]$")
    return symbols >= 4 and symbols / len(line) > 0.03


# HTML pages


def extract_html(text, *, url=""):
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff"))
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise PageRefused(f"The page is not readable HTML ({error}).") from None
    meta = page_metadata(tree)
    article = json_ld_article(tree)
    headline = clean_text(
        text_of(article.get("headline"))
        or strip_site_name(meta.get("og:title"), meta.get("og:site_name"))
        or first_text(tree, "//h1")
        or strip_site_name(first_text(tree, "//title"), meta.get("og:site_name"))
    )
    standfirst = clean_text(
        text_of(article.get("description"))
        or meta.get("og:description")
        or meta.get("description")
        or first_text(tree, "//*[contains(concat(' ', @class, ' '), 'standfirst')]")
    )
    byline = ", ".join(names_of(article.get("author"))) or byline_from_page(tree, meta)
    published = page_date(article, meta, tree)
    site_name = clean_text(text_of(article.get("publisher") or {}) or meta.get("og:site_name"))
    picture = lead_picture(tree, article, meta, url)
    import trafilatura  # heavy (~25 MiB): only an import needs it, not every web process

    body_html = trafilatura.extract(
        text,
        url=url or None,
        output_format="html",
        include_comments=False,
        include_images=False,
        include_tables=True,
        include_formatting=True,
        include_links=True,
        favor_precision=True,
    )
    if not body_html and not headline:
        raise PageRefused("No article was found in the page.")
    paragraphs = story_paragraphs(
        body_html or "", headline=headline, standfirst=standfirst, byline=byline, picture=picture
    )
    if not paragraphs:
        raise PageRefused("No article text was found in the page.")
    dateline, agency = dateline_of(paragraphs[0], text_of(article.get("dateline")))
    story = AgencyStory(
        guid="",
        headline=headline or first_sentence(paragraphs[0]),
        agency=agency or site_name,
        standfirst=standfirst,
        body_html="".join(paragraphs),
        byline=byline,
        dateline=dateline,
        version_created=published,
        pictures=[picture] if picture else [],
        format="web-page",
    )
    return PageStory(story, published=published, canonical=canonical_address(tree, meta, url))


def canonical_address(tree, meta, url):
    """The page's own address (rel=canonical, else og:url), made absolute; "" when it gives none."""
    for address in [*tree.xpath("//link[@rel='canonical']/@href"), meta.get("og:url", "")]:
        address = joined(url, address.strip())
        if is_address(address):
            return address[:1000]
    return ""


def page_metadata(tree):
    """Open Graph and named meta tags, first value of each."""
    found = {}
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key and key not in found:
            found[key] = clean_text(node.get("content"))
    return found


def json_ld_article(tree):
    """The first schema.org article in the page's JSON-LD, or {}."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content() or "")
        except (ValueError, RecursionError):
            continue
        for node in json_ld_nodes(data):
            types = node.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & ARTICLE_TYPES:
                return node
    return {}


def json_ld_nodes(data, depth=0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:50]:
            yield from json_ld_nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from json_ld_nodes(data.get("@graph"), depth + 1)


def text_of(value):
    """A JSON-LD value as text: a string, a {"name"} or {"@value"} object, or a list's first."""
    if isinstance(value, list):
        return text_of(value[0]) if value else ""
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@value") or "")
    if isinstance(value, str | int | float):
        return clean_text(value)
    return ""


def names_of(value):
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values[:10]:
        name = text_of(item)
        if name and not is_address(name) and name not in names:
            names.append(name)
    return names


def first_text(tree, xpath):
    for node in tree.xpath(xpath)[:5]:
        text = clean_text(node.text_content())
        if text:
            return text
    return ""


def strip_site_name(title, site_name):
    title = clean_text(title)
    if site_name:
        for separator in (" | ", " - ", " – ", " — ", " :: "):
            suffix = f"{separator}{clean_text(site_name)}"
            if title.endswith(suffix):
                return title[: -len(suffix)]
    return title


def byline_from_page(tree, meta):
    author = meta.get("author") or meta.get("article:author") or meta.get("byl") or ""
    if author and not is_address(author):
        return re.sub(r"^by\s+", "", author, flags=re.I)
    for node in tree.xpath("//*[@rel='author']")[:3]:
        text = clean_text(node.text_content())
        if text:
            return text
    return ""


def page_date(article, meta, tree):
    candidates = [
        text_of(article.get("datePublished")),
        meta.get("article:published_time"),
        meta.get("date"),
        meta.get("pubdate"),
        *(node.get("datetime") for node in tree.xpath("//time[@datetime]")[:3]),
    ]
    for candidate in candidates:
        moment = parse_moment(candidate)
        if moment is not None and moment <= timezone.now():
            return moment
    return None


def parse_moment(value):
    value = clean_text(value)
    if not value:
        return None
    try:
        moment = parse_datetime(value.replace("Z", "+00:00"))
        if moment is None:
            day = parse_date(value[:10])
            moment = datetime(day.year, day.month, day.day) if day else None
    except (ValueError, OverflowError):
        return None
    if moment is None:
        return None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    return moment


def lead_picture(tree, article, meta, url):
    """The lead picture: the figure the page's metadata names, else the story's first figure."""
    image = article.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    image_url = ""
    caption = credit = alt = ""
    if isinstance(image, dict):
        image_url = text_of(image.get("url") or image.get("contentUrl"))
        caption = text_of(image.get("caption"))
        credit = text_of(
            image.get("creditText") or image.get("copyrightHolder") or image.get("author")
        )
    elif isinstance(image, str):
        image_url = image
    image_url = image_url or meta.get("og:image") or meta.get("twitter:image") or ""
    figure = lead_figure(tree, image_url)
    if figure is not None:
        img = figure.xpath(".//img[@src]")[0]
        image_url = image_url or img.get("src")
        alt = clean_text(img.get("alt"))
        figure_caption, figure_credit = figure_caption_and_credit(figure)
        caption = caption or figure_caption
        credit = credit or figure_credit
    alt = alt or meta.get("og:image:alt", "")
    if not image_url or scheme_of(image_url) not in {"", "http", "https", "data"}:
        return None
    caption, suffix_credit = split_credit(caption)
    return AgencyPicture(
        url=joined(url, image_url),
        caption=caption,
        credit=credit or suffix_credit,
        alt_text=alt,
    )


def joined(base, address):
    try:
        return urljoin(base, address) if base else address
    except ValueError:
        return address


def file_name_of(address):
    try:
        return Path(urlsplit(address).path).name
    except ValueError:
        return ""


def lead_figure(tree, image_url):
    figures = [f for f in tree.xpath("//figure") if f.xpath(".//img[@src]")]
    wanted = file_name_of(image_url) if image_url else ""
    for candidate in figures:
        if wanted and any(
            file_name_of(i.get("src")) == wanted for i in candidate.xpath(".//img[@src]")
        ):
            return candidate
    inside = [f for f in figures if f.xpath("ancestor::article | ancestor::main")]
    return (inside or figures or [None])[0]


def figure_caption_and_credit(figure):
    captions = figure.xpath(".//figcaption")
    if not captions:
        return "", ""
    caption = captions[0]
    credit = ""
    for node in caption.xpath(".//*[@class or @itemprop]"):
        if CREDIT_CLASSES.search(f"{node.get('class', '')} {node.get('itemprop', '')}"):
            credit = credit or clean_text(node.text_content())
            node.drop_tree()
    return clean_text(caption.text_content()), credit


def story_paragraphs(body_html, *, headline, standfirst, byline, picture):
    """The story's blocks from trafilatura's output, without what is kept elsewhere or is clutter."""
    try:
        root = lxml_html.fragment_fromstring(body_html, create_parent="div") if body_html else None
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    caption = picture.caption if picture else ""
    seen = set()
    kept = []
    for node in root.iter("p", "h2", "h3", "h4", "blockquote", "li", "pre", "table"):
        if node.getparent() is not None and node.getparent().tag in {"blockquote", "li"}:
            continue
        text = clean_text(node.text_content())
        key = comparable(text)
        if not key or key in seen:
            continue
        seen.add(key)
        if is_kept_elsewhere(text, headline, standfirst, byline, caption) or is_clutter(text):
            continue
        kept.append(block_html(node))
        if len(kept) >= MAX_PARAGRAPHS:
            break
    return kept


def is_kept_elsewhere(text, headline, standfirst, byline, caption):
    """Tell the headline, standfirst, byline line or the caption (with or without credit)."""
    if any(same_text(text, value) for value in (headline, standfirst)):
        return True
    if caption and (same_text(text, caption) or same_text(split_credit(text)[0], caption)):
        return True
    return (
        bool(byline)
        and comparable(text).removeprefix("by ").startswith(comparable(byline))
        and len(text) < len(byline) + 60
    )


def is_clutter(text):
    return looks_like_code(text) or (FURNITURE.match(text) is not None and len(text.split()) < 12)


def block_html(node):
    """The block as plain markup; write_article's sanitiser decides what of it survives."""
    tag = (
        "blockquote"
        if node.tag == "blockquote"
        else ("h2" if node.tag in {"h2", "h3", "h4"} else "p")
    )
    if node.tag in {"pre", "table", "li"}:
        return f"<p>{escape(clean_text(node.text_content()))}</p>"
    if node.tag == "blockquote":
        return f"<blockquote><p>{escape(clean_text(node.text_content()))}</p></blockquote>"
    inner = (escape(node.text) if node.text else "") + "".join(
        lxml_html.tostring(child, encoding="unicode", with_tail=True) for child in node
    )
    return f"<{tag}>{inner.strip()}</{tag}>"


def dateline_of(first_block, declared=""):
    """The dateline the story opens with ("BEIJING — …"), and an agency named beside it."""
    text = clean_text(
        lxml_html.fragment_fromstring(first_block, create_parent="div").text_content()
    )
    match = DATELINE.match(text)
    if declared:
        return clean_text(declared)[:60], (match.group("agency") or "") if match else ""
    if match:
        return match.group("place")[:60], clean_text(match.group("agency") or "")
    return "", ""


def first_sentence(block):
    text = clean_text(lxml_html.fragment_fromstring(block, create_parent="div").text_content())
    match = re.match(r"(.{10,200}?[.!?])(\s|$)", text)
    return match.group(1) if match else text[:200]


# Plain-text captures of a page


def extract_text_capture(text):
    """Read a page captured as text: headline first, caption lines, the story, then page furniture.

    The story is the prose before the page's first CSS or script (what follows is its widgets);
    a line repeated at once is the caption printed twice, kept once.
    """
    lines = [clean_text(line) for line in text.splitlines()]
    while lines and (not lines[0] or looks_like_code(lines[0])):
        lines.pop(0)
    if not lines:
        raise PageRefused("No article was found in the text.")
    headline = lines.pop(0)
    if len(headline) > 300:
        raise PageRefused("No article was found in the text: it opens with no headline.")
    blocks = []
    for line in lines:
        if looks_like_code(line):
            break
        if line:
            blocks.append(line)
    caption = ""
    if len(blocks) >= 2 and same_text(blocks[0], blocks[1]):
        caption = blocks[0]
        blocks = [b for b in blocks[1:] if not same_text(b, caption)]
    elif blocks and split_credit(blocks[0])[1] and not DATELINE.match(blocks[0]):
        caption = blocks.pop(0)
    byline = ""
    if blocks and re.match(r"^by\s+\S", blocks[0], re.I) and len(blocks[0]) < 120:
        byline = re.sub(r"^by\s+", "", blocks.pop(0), flags=re.I)
    blocks = [b for b in blocks if not is_clutter(b)]
    prose = [b for b in blocks if len(b.split()) >= 4]
    if len(prose) < 2:
        raise PageRefused("No article was found in the text.")
    paragraphs = [f"<p>{escape(b)}</p>" for b in blocks[:MAX_PARAGRAPHS]]
    dateline, agency = dateline_of(paragraphs[0])
    picture = None
    if caption:
        caption_text, credit = split_credit(caption)
        picture = AgencyPicture(caption=caption_text, credit=credit)
    story = AgencyStory(
        guid="",
        headline=headline,
        agency=agency,
        body_html="".join(paragraphs),
        byline=byline,
        dateline=dateline,
        pictures=[picture] if picture else [],
        format="text-capture",
    )
    page_story = PageStory(story)
    if picture:
        page_story.notes.append(
            "The capture holds the lead picture's caption but not the picture; add the photo."
        )
    return page_story


# The lead picture's bytes


def load_picture(result, page):
    """Read the lead picture from the page's folder, a data: address or the web; note a failure."""
    picture = result.picture
    source = picture.url
    try:
        if not source:
            return
        if source.startswith("data:"):
            picture.data = data_address_bytes(source)
        elif is_address(source):
            picture.data = fetch.fetch_picture(source)
            if picture.data is None:
                result.notes.append(f"The lead picture at {source} could not be fetched.")
        elif page.folder is not None:
            picture.data = beside(page.folder, source)
        else:
            result.notes.append(
                f"The lead picture ({source}) is not at a full address; add the photo by hand."
            )
    except PageRefused as refusal:
        result.notes.append(str(refusal))
        picture.data = None


def data_address_bytes(source):
    header, _, payload = source.partition(",")
    if ";base64" not in header or not header.startswith("data:image/"):
        raise PageRefused("The lead picture's data: address is not a base64 image.")
    if len(payload) > settings.BROADSHEET_WIRES_MAX_PICTURE_BYTES * 4 // 3 + 4:
        raise PageRefused("The lead picture is too large.")
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise PageRefused("The lead picture's data: address is not valid base64.") from None


def beside(folder, source):
    """The picture file next to the page, never one outside the page's folder."""
    try:
        relative = unquote(urlsplit(source).path).lstrip("/")
        path = (folder / relative).resolve()
    except (ValueError, OSError):
        raise PageRefused(f"The lead picture {source} is not in the page's folder.") from None
    if folder not in path.parents or not path.is_file():
        raise PageRefused(f"The lead picture {source} is not in the page's folder.")
    if path.stat().st_size > settings.BROADSHEET_WIRES_MAX_PICTURE_BYTES:
        raise PageRefused("The lead picture is too large.")
    return path.read_bytes()


# Into the paper


def section_for(slug=""):
    """The section named by `slug`, else the first section; PageRefused when there is none."""
    sections = SectionPage.objects.order_by("path")
    if slug:
        section = sections.filter(slug=slug).first()
        if section is None:
            known = ", ".join(sections.values_list("slug", flat=True)[:20]) or "none yet"
            raise PageRefused(f"There is no section {slug!r} (sections: {known}).")
        return section
    section = sections.first()
    if section is None:
        raise PageRefused("There is no section to put the story in: create a section first.")
    return section


def import_page(page: FetchedPage, *, section, publish=False):
    """Extract the story in `page` and write it into `section`, as a draft unless `publish`.

    A page imported before (the same canonical address, fetched address or file name) updates
    its article where it is, a live one staying live, instead of making a second one.
    """
    result = extract(page)
    known = ImportedPage.objects.filter(source=result.source[:1000]).first()
    article = known.article if known else None
    if article is not None:
        result.updated = True
        if not article.is_child_of(section):
            result.notes.append(f"Imported before: updated in {article.get_parent().title}.")
    article = write_article(result.story, section=section, publish=False, article=article)
    if known is None:
        ImportedPage.objects.create(source=result.source[:1000], article=article)
    picture = result.picture
    if article.lead_photo is None and picture is not None and picture.caption:
        # No picture to hang them on (a text capture): keep caption and credit for the editor.
        article.lead_caption = picture.caption
        article.lead_credit = picture.credit[:120]
        article.save(update_fields=["lead_caption", "lead_credit"])
        article.save_revision()
    if publish and (not article.live or article.has_unpublished_changes):
        article.get_latest_revision().publish()
        article.refresh_from_db()
    if result.published is not None:
        # The story's own date, kept by Wagtail when the draft is published later.
        ArticlePage.objects.filter(pk=article.pk).update(first_published_at=result.published)
        article.refresh_from_db()
    return article, result
