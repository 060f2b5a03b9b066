"""Pages printed by two processes at once keep their own stories' photos."""

from io import BytesIO

import pytest
from PIL import ImageStat
from pypdf import PdfReader
from pypdf.generic import ContentStream

from broadsheet.articles.models import ArticlePage
from broadsheet.editions.build import build_edition
from broadsheet.editions.models import EditionRegion
from tests.factories import make_photo

from .conftest import make_newspaper

pytestmark = pytest.mark.django_db


def distinct_colour(n):
    """Colours at least 40 apart on some channel, so a JPEG's noise cannot confuse two."""
    return (30 + (n % 6) * 40, 30 + (n // 6 % 6) * 40, 30 + (n // 36 % 6) * 200)


def mean_colour(image):
    return tuple(round(v) for v in ImageStat.Stat(image.convert("RGB")).mean)


def drawn_images(page, resources=None, content=None):
    """The images a page (or a form inside it) actually paints, not all it has resources for."""
    resources = page["/Resources"] if resources is None else resources
    xobjects = resources.get("/XObject", {})
    stream = ContentStream(page.get_contents() if content is None else content, page.pdf)
    for operands, operator in stream.operations:
        if operator != b"Do" or operands[0] not in xobjects:
            continue
        xobject = xobjects[operands[0]].get_object()
        if xobject["/Subtype"] == "/Image":
            yield xobject.decode_as_image()
        elif xobject["/Subtype"] == "/Form":
            yield from drawn_images(page, xobject.get("/Resources", resources), xobject)


def close(a, b, tolerance=12):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_each_story_keeps_its_own_photo_with_two_workers():
    make_newspaper(stories_per_section=6)
    colours = {}
    for n, article in enumerate(ArticlePage.objects.live().order_by("pk")):
        colour = distinct_colour(n)
        photo = make_photo(f"Photo of story {article.pk}", color=colour)
        ArticlePage.objects.filter(pk=article.pk).update(lead_photo=photo)
        colours[article.pk] = colour

    edition = build_edition(page_count=8, workers=2)

    with edition.pdf.open("rb") as pdf:
        reader = PdfReader(BytesIO(pdf.read()))
    printed = 0
    for number, page in enumerate(reader.pages, start=1):
        on_page = {
            colours[pk]
            for pk in EditionRegion.objects.filter(
                page__edition=edition, page__number=number
            ).values_list("article_id", flat=True)
            if pk in colours
        }
        for image in drawn_images(page):
            colour = mean_colour(image)
            assert any(close(colour, mine) for mine in on_page), (number, colour, on_page)
            printed += 1
    assert printed >= 6  # photos on pages of both halves, so both processes printed some
