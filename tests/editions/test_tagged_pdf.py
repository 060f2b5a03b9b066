"""The e-paper PDF is tagged: a structure tree in reading order, alt text, language and title."""

import re
from html import unescape
from io import BytesIO

import pytest
from django.db import transaction
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from broadsheet.editions.build import build_edition
from broadsheet.editions.models import EditionRegion
from broadsheet.paper.models import PaperSettings

from .conftest import make_newspaper


@pytest.fixture(scope="module")
def tagged(django_db_setup, django_db_blocker):
    """One edition's PDF, its articles and its paper's name, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        made = make_newspaper(stories_per_section=3, seed=5)
        edition = build_edition(page_count=4)
        with edition.pdf.open("rb") as pdf:
            reader = PdfReader(BytesIO(pdf.read()))
        paper = PaperSettings.for_site(made["live"][0].get_site())
        yield {"reader": reader, "edition": edition, "made": made, "paper": paper}
        transaction.set_rollback(True)


def marked_texts(reader):
    """Return {(page object id, MCID): text} from every page's marked content."""
    texts = {}
    for page in reader.pages:
        current = []

        def before(operator, operands, cm, tm, current=current):
            if operator == b"BDC" and isinstance(operands[1], DictionaryObject):
                current.append(operands[1].get("/MCID"))
            elif operator == b"BMC":
                current.append(None)
            elif operator == b"EMC" and current:
                current.pop()

        def text(piece, cm, tm, font, size, current=current, page=page):
            mcid = next((m for m in reversed(current) if m is not None), None)
            if mcid is not None:
                key = (page.indirect_reference.idnum, mcid)
                texts[key] = texts.get(key, "") + piece

        page.extract_text(visitor_operand_before=before, visitor_text=text)
    return texts


def walk(node, page=None):
    """Yield (structure type, element, page id, MCID) for the tree's marked content, in order."""
    if isinstance(node, IndirectObject):
        node = node.get_object()
    if isinstance(node, list):
        for kid in node:
            yield from walk(kid, page)
        return
    if isinstance(node, int):
        yield None, None, page, node
        return
    if not isinstance(node, DictionaryObject):
        return
    if "/Pg" in node:
        page = node.raw_get("/Pg").idnum
    if "/MCID" in node:
        yield None, None, page, node["/MCID"]
        return
    if "/S" in node:
        yield str(node["/S"]), node, page, None
    if "/K" in node:
        yield from walk(node["/K"], page)


def reading_order(reader):
    """The document's text as the structure tree reads it, element by element."""
    texts = marked_texts(reader)
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    return " ".join(
        texts.get((page, mcid), "") for kind, _node, page, mcid in walk(root["/K"]) if kind is None
    )


def plain(text):
    return " ".join(text.split()).replace("- ", "").replace("-", "")


@pytest.mark.django_db
def test_pdf_is_tagged_with_language_and_title(tagged):
    reader = tagged["reader"]
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert str(root["/Lang"]).startswith("en")
    title = f"{tagged['paper'].name}, {tagged['edition'].date:%-d %B %Y}"
    assert reader.metadata.title == title
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]


@pytest.mark.django_db
def test_photos_carry_their_alt_text(tagged):
    root = tagged["reader"].trailer["/Root"]["/StructTreeRoot"]
    figures = [node for kind, node, _page, _mcid in walk(root["/K"]) if kind == "/Figure"]
    assert figures, "the edition prints photos"
    alts = {str(figure.get("/Alt", "")) for figure in figures}
    assert alts <= {f"Alt text for Scene {n}" for n in range(4)}, alts


def opening(html, words=6):
    """The first words of a paragraph's text, as plain() writes them."""
    return " ".join(plain(re.sub(r"<[^>]+>", " ", unescape(html))).split()[:words])


@pytest.mark.django_db
def test_each_story_reads_headline_then_its_paragraphs_in_order(tagged):
    text = plain(reading_order(tagged["reader"]))
    starts = EditionRegion.objects.filter(
        page__edition=tagged["edition"], part__in=["start", "whole"]
    ).select_related("article")
    stories = [region.article for region in starts if region.article]
    assert len(stories) >= 4, "every page's stories, not only the front's"
    for article in stories:
        headline = plain(article.title)
        assert headline in text, headline
        at = text.index(headline)
        paragraphs = [
            block.value.source for block in article.body if block.block_type == "paragraph"
        ]
        first = text.find(opening(paragraphs[0]), at)
        assert first > at, f"{article.title}: its first paragraph follows its headline"
        # Whatever else of the story is printed comes in the story's own order.
        found = [text.find(opening(p), at) for p in paragraphs[1:]]
        printed = [where for where in found if where != -1]
        assert printed == sorted(printed), f"{article.title}: paragraphs out of order"
        assert not printed or printed[0] > first, (
            f"{article.title}: the second comes after the first"
        )
