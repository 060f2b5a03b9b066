"""Build an edition: choose the stories, plan the pages, print the PDF, render the page images."""

import logging
import tempfile
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Site

from broadsheet.articles.models import ArticlePage
from broadsheet.paper.caching import SITE_KEY, changed, purge

from .content import candidate_articles, print_articles, running_order
from .layout import Planner
from .models import Edition, EditionPage, EditionRegion, EditionSettings, EditionStatus
from .render import edition_html, link_regions, page_images, print_pages

logger = logging.getLogger(__name__)
FRONT_STORIES = 5
STEPS = 6  # the progress steps build_edition reports


class EditionLocked(Exception):
    """The edition is locked: an editor has signed it off."""


class NoContent(Exception):
    """There are no published stories to print."""


def default_site():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        raise NoContent("There is no site yet: run `manage.py load_demo` or create one.")
    return site


def get_or_plan_edition(day, site=None):
    """Return the edition of `day`, creating a planned one (with the next number) if missing."""
    site = site or default_site()
    edition = Edition.objects.filter(site=site, date=day).first()
    if edition is not None:
        return edition
    with transaction.atomic():
        last = Edition.objects.filter(site=site).aggregate(n=Max("number"))["n"] or 0
        edition, _ = Edition.objects.get_or_create(
            site=site,
            date=day,
            defaults={
                "number": last + 1,
                "target_pages": EditionSettings.for_site(site).page_count,
            },
        )
    return edition


def plan_running_order(edition):
    """Write the automatic running order as the edition's story list, for editors to change."""
    articles = candidate_articles(edition.site, edition.date)
    with transaction.atomic():
        edition.stories.all().delete()
        edition.stories.bulk_create(
            [
                edition.stories.model(edition=edition, article=article, position=n)
                for n, article in enumerate(articles)
            ]
        )
    return articles


def chosen_articles(edition):
    """The editor's running order where there is one, else the automatic choice."""
    entries = list(edition.stories.filter(dropped=False).order_by("position"))
    if not entries:
        return candidate_articles(edition.site, edition.date)
    live = print_articles().filter(pk__in=[entry.article_id for entry in entries]).in_bulk()
    return [live[entry.article_id] for entry in entries if entry.article_id in live]


def build_edition(day=None, site=None, page_count=None, progress=None, workers=None):
    """Build (or rebuild) the edition of `day`; return it. Locked editions are refused.

    `workers` processes share rendering the page images (default: as many as `share_workers()`
    allows); the PDF itself prints in one pass, so it keeps one structure tree.
    """
    started = time.perf_counter()
    day = day or timezone.localdate()
    site = site or default_site()
    timings = {}
    clock = [time.perf_counter(), None]

    def report(step, label):
        now = time.perf_counter()
        if clock[1]:
            timings[clock[1]] = round(now - clock[0], 2)
        clock[:] = [now, label]
        edition.build_step, edition.build_stage = step, label
        Edition.objects.filter(pk=edition.pk).update(build_step=step, build_stage=label)
        if progress:
            progress(step, label)

    edition = get_or_plan_edition(day, site)
    if edition.locked:
        raise EditionLocked(f"The edition of {day:%-d %B %Y} is locked; unlock it to rebuild.")
    if page_count:
        edition.target_pages = page_count
    elif not edition.stories.exists():
        edition.target_pages = EditionSettings.for_site(site).page_count
    if not 4 <= edition.target_pages <= 48:
        raise ValueError("An edition has between 4 and 48 pages.")
    edition.status = EditionStatus.BUILDING
    edition.error = ""
    edition.save(update_fields=["status", "error", "target_pages"])
    try:
        report(1, "Choosing stories")
        articles = chosen_articles(edition)
        if not articles:
            raise NoContent(f"No published stories to print for {day:%-d %B %Y}.")
        order = running_order(articles, FRONT_STORIES)
        report(2, "Laying out pages")
        planner = Planner(order, edition.target_pages)
        pages = planner.plan()
        report(3, "Printing the PDF")
        paper = paper_settings(site)
        edition.site_host = urlsplit(settings.BROADSHEET_BASE_URL).netloc or site.hostname
        index = inside_index(pages)
        with tempfile.TemporaryDirectory(prefix="edition-photos-") as photo_folder:
            pdf = print_pages(
                lambda some: edition_html(
                    some, paper=paper, edition=edition, index=index, photo_folder=photo_folder
                ),
                pages,
            )
        regions = link_regions(pdf)
        report(4, "Rendering page images")
        images = page_images(pdf, len(regions), workers=workers)
        report(5, "Saving")
        save_edition(edition, pages, pdf, images, regions, order, planner.jumps)
        report(6, "Done")
    except Exception as error:
        Edition.objects.filter(pk=edition.pk).update(
            status=EditionStatus.FAILED, error=f"{type(error).__name__}: {error}"
        )
        raise
    edition.timings = timings
    edition.build_seconds = round(time.perf_counter() - started, 2)
    edition.save(update_fields=["build_seconds"])
    logger.info("Built %s: %s pages in %.1f s", edition, edition.page_count, edition.build_seconds)
    return edition


def paper_settings(site):
    from broadsheet.paper.models import PaperSettings

    return PaperSettings.for_site(site)


def inside_index(pages):
    """The front page's 'Inside' list: each section's first page."""
    index = []
    for page in pages[1:]:
        if not index or index[-1][0] != page.section:
            index.append((page.section, page.number))
    return index


def save_edition(edition, pages, pdf, images, regions, order, jumps):
    stories = {story.url: story for story in order.all()}
    existing = {
        a.pk for a in ArticlePage.objects.filter(pk__in=[s.article_id for s in stories.values()])
    }
    old_files = [edition.pdf.name] if edition.pdf else []
    for page in edition.pages.all():
        old_files += [page.image.name, page.thumbnail.name]
    stamp = timezone.now().strftime("%H%M%S")
    jump_pages = {}
    for article_id, from_page, to_page in jumps:
        jump_pages[(article_id, from_page)] = to_page
        jump_pages[(article_id, to_page)] = from_page
    with transaction.atomic():
        edition.pages.all().delete()
        edition.pdf.save(
            f"edition-{edition.date:%Y-%m-%d}-{stamp}.pdf", ContentFile(pdf), save=False
        )
        for (number, sizes), planned, links in zip(images, pages, regions, strict=True):
            page = EditionPage(edition=edition, number=number, section=planned.section)
            for name, (data, size) in sizes.items():
                suffix = "" if name == "full" else f"-{name}"
                field = "image" if name == "full" else name
                getattr(page, field).save(
                    f"page-{number:02d}-{stamp}{suffix}.webp", ContentFile(data), save=False
                )
                prefix = "" if name == "full" else f"{name}_"
                setattr(page, f"{prefix}width", size[0])
                setattr(page, f"{prefix}height", size[1])
            page.save()
            seen = set()
            region_rows = []
            for uri, left, top, width, height in links:
                story = stories.get(uri)
                if story is None or (uri, round(top, 4)) in seen:
                    continue
                seen.add((uri, round(top, 4)))
                region_rows.append(
                    EditionRegion(
                        page=page,
                        article_id=story.article_id if story.article_id in existing else None,
                        headline=story.headline[:255],
                        url=story.path,
                        part=part_of(planned, story),
                        jump_page=jump_pages.get((story.article_id, number)),
                        left=left,
                        top=top,
                        width=width,
                        height=height,
                    )
                )
            EditionRegion.objects.bulk_create(region_rows)
        edition.page_count = len(images)
        edition.status = EditionStatus.READY
        edition.built_at = timezone.now()
        edition.save()
    for name in old_files:
        if name:
            edition.pdf.storage.delete(name)
    # The "Today's Paper" widget on every page shows the new front page: every page is purged,
    # but of the named caches only the widget's own.
    changed("edition")
    purge(SITE_KEY)


def part_of(planned, story):
    for box in planned.boxes:
        if box.kind == "region" and box.data.get("story") is story:
            return box.data.get("part") or "whole"
    return "whole"
