"""Choose the day's stories for the printed edition and read them into plain print copy."""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from broadsheet.articles.models import (
    ArticleKind,
    ArticlePage,
    SectionPage,
    contributors_prefetch,
)

from .typesetting import Paragraph

# Stories older than this are not news in the day's paper; the layout drops what does not fit.
POOL_WINDOW = timedelta(days=30)
PER_SECTION = 40
# A story loses this much news value (weight) for each day it has aged by the edition's date.
WEIGHT_PER_DAY = 0.5
OPINION_COUNT = 40


@dataclass
class Story:
    """One article as print copy: what the layout needs and nothing that would need a query."""

    article_id: int
    headline: str
    standfirst: str
    section_title: str
    section_slug: str
    kind: str
    weight: int
    path: str
    url: str
    byline: str = ""
    dateline: str = ""
    photo_path: str = ""
    photo_ratio: float = 0.0
    caption: str = ""
    credit: str = ""
    alt: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def is_opinion(self):
        return self.kind == ArticleKind.OPINION

    @property
    def has_photo(self):
        return bool(self.photo_path)


@dataclass
class RunningOrder:
    """The edition's stories: the front page's, then each section's, then the opinion page's."""

    front: list[Story]
    sections: list[tuple[str, list[Story]]]
    opinion: list[Story]

    def all(self):
        return [
            *self.front,
            *(story for _, stories in self.sections for story in stories),
            *self.opinion,
        ]


def day_end(day):
    """Return the end of `day` in the paper's time zone."""
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def print_articles():
    """The published articles with what print copy shows: section, lead photo, bylines."""
    return (
        ArticlePage.objects.published()
        .with_section()
        .select_related("lead_photo")
        .prefetch_related(contributors_prefetch())
    )


def candidate_articles(site, day):
    """Return the stories an automatic edition of `day` is made from, in running order."""
    from broadsheet.home.models import HomePage

    end = day_end(day)
    start = end - POOL_WINDOW
    home = HomePage.objects.filter(pk=site.root_page_id).first() if site else None
    home = home or HomePage.objects.first()
    if home is None:
        return []

    # The front page: the home page's own lead and top stories, when they belong to the day.
    front = home.front()
    front_ids = [a.pk for a in [front["lead"], *front["top_stories"]] if a is not None]
    chosen = {
        a.pk: a for a in print_articles().filter(pk__in=front_ids, first_published_at__lt=end)
    }
    ordered = [chosen[pk] for pk in front_ids if pk in chosen]

    sections = list(SectionPage.objects.published().child_of(home).order_by("path"))
    opinion = []
    for section in sections:
        articles = list(
            print_articles()
            .in_section(section)
            .filter(first_published_at__lt=end, first_published_at__gte=start)
            .exclude(pk__in=front_ids)
            .order_by("-first_published_at", "-pk")[:PER_SECTION]
        )
        if not articles:  # a quiet week: older copy rather than an empty section
            articles = list(
                print_articles()
                .in_section(section)
                .filter(first_published_at__lt=end)
                .exclude(pk__in=front_ids)
                .order_by("-first_published_at", "-pk")[: PER_SECTION // 2]
            )
        news = [a for a in articles if a.kind != ArticleKind.OPINION]
        news.sort(key=lambda a: news_value(a, end), reverse=True)
        ordered.extend(news)
        opinion.extend(a for a in articles if a.kind == ArticleKind.OPINION)
    opinion.sort(key=lambda a: a.first_published_at, reverse=True)
    ordered.extend(opinion[:OPINION_COUNT])
    return ordered


def news_value(article, end):
    """Weight, less what the story has aged by the end of the edition's day."""
    age = (end - article.first_published_at).total_seconds() / 86400
    return (article.weight - WEIGHT_PER_DAY * age, article.first_published_at)


def running_order(articles, front_count):
    """Split articles (already in order) into front, sections and opinion, as print copy."""
    base_url = settings.BROADSHEET_BASE_URL.rstrip("/")
    stories = [to_story(article, base_url) for article in articles]
    front = [s for s in stories[:front_count] if not s.is_opinion]
    rest = [s for s in stories if s not in front]
    sections = {}
    for story in rest:
        if not story.is_opinion:
            sections.setdefault((story.section_slug, story.section_title), []).append(story)
    order = {slug: n for n, slug in enumerate(section_order())}
    return RunningOrder(
        front=front,
        sections=[
            (title, items)
            for (slug, title), items in sorted(
                sections.items(), key=lambda item: order.get(item[0][0], 99)
            )
        ],
        opinion=[s for s in rest if s.is_opinion],
    )


def section_order():
    return list(SectionPage.objects.published().order_by("path").values_list("slug", flat=True))


# How each kind of paragraph a block prints as (blocks.py) is set in type.
PRINT_STYLES = {"paragraph": {}, "subheading": {"style": "serif-bold", "indent": False}}


def to_story(article, base_url):
    """Read an article into print copy: plain paragraphs, subheadings, the lead photo's file."""
    paragraphs = []
    for child in article.body:
        for kind, text in child.block.get_print_representation(child.value):
            words = text.split()
            if words:
                paragraphs.append(Paragraph(words=words, **PRINT_STYLES[kind]))
    if paragraphs:
        paragraphs[0].indent = False
        if article.dateline:
            paragraphs[0].lead_in = [*article.dateline.upper().split(), "—"]
    photo = article.lead_photo
    photo_path, ratio = "", 0.0
    if photo is not None and photo.width and photo.height:
        try:
            photo_path = photo.file.path
        except (NotImplementedError, ValueError):
            photo_path = ""
        ratio = photo.height / photo.width
    path = article.url_path
    site_path = "/" + "/".join(path.strip("/").split("/")[1:]) + "/"
    return Story(
        article_id=article.pk,
        headline=article.title,
        standfirst=article.standfirst,
        section_title=getattr(article, "section_title", "") or "",
        section_slug=getattr(article, "section_slug", "") or "",
        kind=article.kind,
        weight=article.weight,
        path=site_path,
        url=base_url + site_path,
        byline=article.byline.text,  # 'By A and B with Wire. Photography by C'
        dateline=article.dateline,
        photo_path=photo_path,
        photo_ratio=ratio,
        caption=article.caption,
        credit=article.credit,
        alt=photo.description if photo is not None else "",
        paragraphs=paragraphs,
    )
