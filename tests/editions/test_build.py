"""Building an edition from real articles: the PDF's pages, its jumps and its story regions."""

import re
from io import BytesIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from pypdf import PdfReader

from broadsheet.editions.build import EditionLocked, build_edition
from broadsheet.editions.models import Edition, EditionRegion, EditionStatus
from broadsheet.home.models import HomePage
from broadsheet.paper.models import PaperSettings

from .conftest import make_newspaper

PAGES = 8
JUMP_OUT = re.compile(r"Continued on page (\d+)")
JUMP_IN = re.compile(r"Continued from page (\d+)")


def words(text):
    """Normalise whitespace, and join words the layout hyphenated at the end of a line."""
    return " ".join(text.split()).replace("- ", "")


def page_texts(edition):
    with edition.pdf.open("rb") as pdf:
        reader = PdfReader(BytesIO(pdf.read()))
    return reader, [words(page.extract_text()) for page in reader.pages]


def placed_text(page):
    """Each run of text a PDF page shows, with where it starts (in points); read once a page."""
    if not hasattr(page, "placed_text"):
        runs = []

        def visit(text, cm, tm, font, size):
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text))

        page.extract_text(visitor_text=visit)
        page.placed_text = runs
    return page.placed_text


def text_in(page, left, top, width, height):
    """The text a PDF page shows inside a rectangle given in fractions of the page."""
    page_width, page_height = float(page.mediabox.width), float(page.mediabox.height)
    x0, x1 = left * page_width, (left + width) * page_width
    y1 = page_height - top * page_height
    y0 = y1 - height * page_height
    found = [
        text for x, y, text in placed_text(page) if x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1
    ]
    return words(" ".join(found))


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    """One newspaper and its edition for the whole module, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        made = make_newspaper(stories_per_section=7)
        lead = HomePage.objects.get().front()["lead"]
        edition = build_edition(page_count=PAGES)
        reader, texts = page_texts(edition)
        yield {"edition": edition, "made": made, "lead": lead, "reader": reader, "texts": texts}
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_edition_has_the_target_page_count(built):
    edition = built["edition"]
    assert edition.status == EditionStatus.READY
    assert len(built["reader"].pages) == PAGES == edition.page_count
    pages = list(edition.pages.all())
    assert [p.number for p in pages] == list(range(1, PAGES + 1))
    for page in pages:
        assert page.image.storage.exists(page.image.name)
        assert page.thumbnail.storage.exists(page.thumbnail.name)
        assert page.width == 1400 and page.height > page.width
        assert page.thumbnail_width < 300
        # A phone gets an image at its own width, in the page's proportions, a fraction the bytes.
        assert page.phone.storage.exists(page.phone.name)
        assert page.phone_width == 640
        assert abs(page.phone_height / page.phone_width - page.height / page.width) < 0.01
        assert page.phone.size < page.image.size / 3


@pytest.mark.django_db
def test_lead_headline_is_on_the_front_page(built):
    lead = built["lead"]
    front = built["texts"][0]
    assert words(lead.title) in front
    paper = PaperSettings.for_site(built["edition"].site)
    assert front.startswith(words(paper.name))  # the masthead
    assert "NO. 1" in front


@pytest.mark.django_db
def test_every_jump_lands_on_the_page_it_names(built):
    texts = built["texts"]
    edition = built["edition"]
    jumps = 0
    for number, text in enumerate(texts, start=1):
        for target in JUMP_OUT.findall(text):
            target = int(target)
            jumps += 1
            assert target > number
            assert f"Continued from page {number}" in texts[target - 1]
        outgoing = len(JUMP_OUT.findall(text))
        if number < len(texts):
            arriving = [int(n) for n in JUMP_IN.findall(texts[number])]
            assert arriving.count(number) == outgoing
    assert jumps >= 3, "test content this long must jump"
    # Each story cut on a page continues, under its own headline, on the page its line names.
    for start in EditionRegion.objects.filter(page__edition=edition, part="start"):
        continuation = EditionRegion.objects.filter(
            page__edition=edition, part="continuation", article=start.article
        ).first()
        if continuation is None:  # cut with a pointer to the full story online
            assert "Full story online" in texts[start.page.number - 1]
            continue
        target = continuation.page.number
        assert target == start.page.number + 1
        assert (start.jump_page, continuation.jump_page) == (target, start.page.number)
        assert f"Continued on page {target}" in texts[start.page.number - 1]
        assert words(start.headline) in texts[target - 1]


@pytest.mark.django_db
def test_regions_link_to_their_articles(built):
    edition = built["edition"]
    reader = built["reader"]
    regions = list(EditionRegion.objects.filter(page__edition=edition).select_related("page"))
    assert len(regions) > 2 * PAGES
    for region in regions:
        article = region.article
        assert article is not None and article.live
        assert region.url == article.url
        assert region.headline == article.title
        assert 0 <= region.left < 1 and 0 <= region.top < 1
        inside = text_in(reader.pages[region.page.number - 1], *region_rect(region))
        # The region covers its story: its headline, or the start of it in a brief.
        assert words(article.title)[:20] in inside, (region, inside[:200])


def region_rect(region):
    return region.left, region.top, region.width, region.height


@pytest.mark.django_db
def test_whole_stories_print_to_their_last_word(built):
    """Nothing the planner placed is lost off the foot of a column."""
    edition = built["edition"]
    texts = built["texts"]
    whole = EditionRegion.objects.filter(page__edition=edition, part="whole").select_related(
        "page", "article"
    )
    checked = 0
    for region in whole:
        article = region.article.specific
        paragraphs = [b.value.source for b in article.body if b.block_type == "paragraph"]
        last_words = re.sub(r"<[^>]+>", "", paragraphs[-1]).split()[-3:]
        text = texts[region.page.number - 1]
        if " ".join(last_words) in text or article.standfirst.split()[-1] in text:
            checked += 1
        else:
            pytest.fail(f"the end of {article.title!r} is missing from page {region.page.number}")
    assert checked


@pytest.mark.django_db
def test_drafts_never_appear(built):
    texts = " ".join(built["texts"])
    for draft in built["made"]["drafts"]:
        assert words(draft.title) not in texts
    assert not EditionRegion.objects.filter(headline__startswith="Secret draft").exists()


@pytest.mark.django_db
def test_opinion_page_is_last_and_front_lists_sections(built):
    texts = built["texts"]
    assert "Opinion" in texts[-1]
    assert "Opinion story" in texts[-1]
    assert "Inside" in texts[0] or "INSIDE" in texts[0]


@pytest.mark.django_db
def test_locked_edition_is_never_rebuilt(built):
    edition = built["edition"]
    Edition.objects.filter(pk=edition.pk).update(locked=True)
    with pytest.raises(EditionLocked):
        build_edition(edition.date, page_count=PAGES)
    with pytest.raises(CommandError, match="locked"):
        call_command("build_edition", "--date", edition.date.isoformat())
    Edition.objects.filter(pk=edition.pk).update(locked=False)


@pytest.mark.django_db
def test_command_if_missing_skips_a_built_edition(built):
    from io import StringIO

    out = StringIO()
    call_command(
        "build_edition", "--if-missing", "--date", built["edition"].date.isoformat(), stdout=out
    )
    assert "already built" in out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "args, message",
    [
        (["--date", "2026-02-31"], "YYYY-MM-DD"),
        (["--date", "yesterday"], "YYYY-MM-DD"),
        (["--pages", "2"], "between 4 and 48"),
    ],
)
def test_command_refuses_bad_input(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("build_edition", *args)
