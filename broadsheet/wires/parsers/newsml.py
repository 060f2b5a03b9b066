"""NewsML-G2 news items, on their own or inside a newsMessage, read from a defused XML tree."""

from xml.etree.ElementTree import tostring

from broadsheet.wires.items import AgencyStory

from .fields import clean_text, parse_datetime, parse_pubstatus, parse_version, picture_from_href
from .registry import Refused, local_name, register

NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
MAX_ITEMS_PER_FILE = 500


def text_of(element, path):
    found = element.find(path)
    return clean_text("".join(found.itertext())) if found is not None else ""


def name_or_literal(element):
    """A concept's name, else its literal or qcode attribute."""
    if element is None:
        return ""
    return (
        text_of(element, f"{NAR}name")
        or clean_text(element.get("literal"))
        or clean_text(element.get("qcode"))
    )


def item_class(item):
    found = item.find(f"{NAR}itemMeta/{NAR}itemClass")
    return (found.get("qcode", "") if found is not None else "").rsplit(":", 1)[-1]


def xhtml_body(item):
    """The inlineXML body's children, serialised without namespace prefixes."""
    inline = item.find(f"{NAR}contentSet/{NAR}inlineXML")
    if inline is None:
        return ""
    body = inline.find(f".//{XHTML}body")
    if body is None:
        body = inline.find(".//body")
    container = body if body is not None else inline
    for element in container.iter():
        if isinstance(element.tag, str):
            element.tag = local_name(element.tag)
    return "".join(tostring(child, encoding="unicode") for child in container)


def described(meta, *roles):
    """The first description whose role mentions one of `roles`."""
    for description in meta.findall(f"{NAR}description"):
        role = description.get("role", "")
        if any(r in role.lower() for r in roles):
            return clean_text("".join(description.itertext()))
    return ""


class NewsMLG2Parser:
    NAME = "newsml-g2"

    def can_read(self, document):
        root = document.xml
        return root is not None and root.tag in {f"{NAR}newsItem", f"{NAR}newsMessage"}

    def parse(self, document):
        root = document.xml
        items = [root] if root.tag == f"{NAR}newsItem" else root.findall(f".//{NAR}newsItem")
        if not items:
            raise Refused("NewsML-G2 newsMessage without a newsItem")
        if len(items) > MAX_ITEMS_PER_FILE:
            raise Refused(f"{len(items)} items in one file; at most {MAX_ITEMS_PER_FILE}")
        pictures = {
            item.get("guid"): self.picture(item, document.base_dir)
            for item in items
            if item_class(item) == "picture"
        }
        texts = [item for item in items if item_class(item) in {"text", "composite", ""}]
        stories = []
        for item in texts:
            linked = [
                pictures[link.get("residref")]
                for link in item.findall(f"{NAR}itemMeta/{NAR}link")
                if link.get("residref") in pictures
            ]
            if not linked and len(texts) == 1:
                linked = list(pictures.values())
            stories.append(self.story(item, [p for p in linked if p]))
        return stories

    def story(self, item, pictures):
        guid = item.get("guid")
        if not guid:
            raise Refused("newsItem without a guid")
        meta = item.find(f"{NAR}itemMeta")
        content = item.find(f"{NAR}contentMeta")
        if meta is None or content is None:
            raise Refused(f"newsItem {guid[:80]} lacks itemMeta or contentMeta")
        created = parse_datetime(text_of(meta, f"{NAR}versionCreated"), "versionCreated")
        status = meta.find(f"{NAR}pubStatus")
        creators = [name_or_literal(c) for c in content.findall(f"{NAR}creator")]
        rights = item.find(f"{NAR}rightsInfo/{NAR}copyrightHolder")
        return AgencyStory(
            guid=guid,
            format=self.NAME,
            agency=name_or_literal(meta.find(f"{NAR}provider")),
            version=parse_version(item.get("version"), fallback=created),
            pubstatus=parse_pubstatus(status.get("qcode") if status is not None else None),
            version_created=created,
            embargoed_until=parse_datetime(text_of(meta, f"{NAR}embargoed"), "embargoed"),
            headline=text_of(content, f"{NAR}headline"),
            standfirst=described(content, "summary", "abstract")
            or text_of(content, f"{NAR}description"),
            body_html=xhtml_body(item),
            byline=text_of(content, f"{NAR}by") or " and ".join(c for c in creators if c),
            dateline=name_or_literal(content.find(f"{NAR}located"))
            or text_of(content, f"{NAR}dateline"),
            copyright=name_or_literal(rights),
            subjects=[
                s for s in (name_or_literal(x) for x in content.findall(f"{NAR}subject")) if s
            ],
            language=(
                content.find(f"{NAR}language").get("tag", "")
                if content.find(f"{NAR}language") is not None
                else ""
            ),
            pictures=pictures,
        )

    def picture(self, item, base_dir):
        content = item.find(f"{NAR}contentMeta")
        remotes = item.findall(f"{NAR}contentSet/{NAR}remoteContent")
        remotes = [r for r in remotes if r.get("href")]
        if content is None or not remotes:
            return None
        remote = max(
            remotes,
            key=lambda r: int(r.get("width", "0") or 0) if r.get("width", "").isdigit() else 0,
        )
        creators = [name_or_literal(c) for c in content.findall(f"{NAR}creator")]
        return picture_from_href(
            remote.get("href"),
            base_dir,
            caption=described(content, "caption")
            or text_of(content, f"{NAR}description")
            or text_of(content, f"{NAR}headline"),
            credit=text_of(content, f"{NAR}creditline") or " / ".join(c for c in creators if c),
            alt_text=described(content, "alt"),
        )


register(NewsMLG2Parser)
