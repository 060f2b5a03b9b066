"""The read-only content API at /api/v1/: articles, sections, authors, tags (and editions)."""

from datetime import UTC, date, datetime, time
from typing import Literal

from django.apps import apps
from django.http import Http404
from django.utils import timezone
from ninja import NinjaAPI, Router
from ninja.errors import HttpError, ValidationError

from broadsheet.articles.models import ArticleAuthor, ArticlePage, SectionPage
from broadsheet.articles.tags import public_tags
from broadsheet.people.models import Person

from . import schemas
from .editions import router as editions_router
from .paging import DEFAULT_PAGE_SIZE, page_of, refuse_unknown
from .schemas import ArticleId, Page, PageSize, SlugFilter, SlugPath
from .serializers import article_detail, article_summary, author_data, section_data

api = NinjaAPI(
    title="Broadsheet content API",
    version="1",
    description=(
        "Read-only JSON for the paper's published articles, sections, authors and tags. "
        "Only live content is ever returned. Unknown query parameters, and filtering or "
        "ordering on anything not listed, are refused with 400."
    ),
    docs_url=None,  # Swagger UI would load scripts from a CDN; the OpenAPI document is enough.
    urls_namespace="api",
)


@api.exception_handler(ValidationError)
def validation_error(request, error):
    return api.create_response(
        request, {"detail": "Invalid query parameter.", "errors": error.errors}, status=400
    )


def moment(value, end_of_day=False):
    """Return an aware datetime: a bare date means its start (or, for `until`, its end)."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.max if end_of_day else time.min)
    try:
        value = timezone.make_aware(value) if timezone.is_naive(value) else value
        # In UTC, because PostgreSQL refuses offsets beyond ±15:59 that ISO 8601 allows.
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise HttpError(400, "That date is out of range.") from None


articles_router = Router(tags=["articles"])
ORDERINGS = {
    "published": ("first_published_at", "pk"),
    "-published": ("-first_published_at", "-pk"),
}


@articles_router.get("", response={200: schemas.ArticlePage, 400: schemas.Error})
def list_articles(
    request,
    section: SlugFilter = None,
    tag: SlugFilter = None,
    author: SlugFilter = None,
    published_since: date | datetime | None = None,
    published_until: date | datetime | None = None,
    ordering: Literal["-published", "published"] = "-published",
    page: Page = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
):
    """Live articles, newest first; filter by section, tag or author slug and publication time."""
    refuse_unknown(
        request, {"section", "tag", "author", "published_since", "published_until", "ordering"}
    )
    articles = ArticlePage.objects.published()
    if section:
        found = SectionPage.objects.published().in_menu_order().filter(slug=section).first()
        articles = articles.in_section(found) if found else articles.none()
    if tag:
        articles = articles.filter(tagged_items__tag__slug=tag)
    if author:
        articles = articles.filter(
            pk__in=ArticleAuthor.objects.filter(person__slug=author).values("article_id")
        )
    if published_since:
        articles = articles.filter(first_published_at__gte=moment(published_since))
    if published_until:
        until = moment(published_until, end_of_day=True)
        articles = articles.filter(first_published_at__lte=until)
    articles = (
        articles.order_by(*ORDERINGS[ordering])
        .for_listing()
        .with_renditions()
        .prefetch_related("tags")
    )
    return page_of(request, articles, article_summary)


@articles_router.get(
    "/{int:article_id}",
    response={200: schemas.ArticleDetail, 400: schemas.Error, 404: schemas.Error},
)
def get_article(request, article_id: ArticleId):
    """One live article with its body as structured blocks and as sanitised HTML."""
    refuse_unknown(request, set())
    article = (
        ArticlePage.objects.published()
        .filter(pk=article_id)
        .for_listing()
        .with_renditions()
        .prefetch_related("tags")
        .first()
    )
    if article is None:
        raise Http404("No live article with that id.")
    return article_detail(article)


sections_router = Router(tags=["sections"])


@sections_router.get("", response={200: schemas.SectionPage, 400: schemas.Error})
def list_sections(request, page: Page = 1, page_size: PageSize = DEFAULT_PAGE_SIZE):
    """The paper's live sections, in menu order."""
    refuse_unknown(request, set())
    return page_of(request, SectionPage.objects.published().in_menu_order(), section_data)


@sections_router.get("/{slug}", response={200: schemas.Section, 404: schemas.Error})
def get_section(request, slug: SlugPath):
    refuse_unknown(request, set())
    section = SectionPage.objects.published().in_menu_order().filter(slug=slug).first()
    if section is None:
        raise Http404("No live section with that slug.")
    return section_data(section)


authors_router = Router(tags=["authors"])


def authors():
    return (
        Person.objects.select_related("photo")
        .prefetch_related("photo__renditions")
        .order_by("name", "pk")
    )


@authors_router.get("", response={200: schemas.AuthorPage, 400: schemas.Error})
def list_authors(
    request,
    columnist: bool | None = None,
    staff: bool | None = None,
    page: Page = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
):
    """Everyone the paper credits, by name; ?columnist=true for columnists, ?staff=false for guests."""
    refuse_unknown(request, {"columnist", "staff"})
    people = authors()
    if columnist is not None:
        people = people.filter(is_columnist=columnist)
    if staff is not None:
        people = people.filter(on_staff=staff)
    return page_of(request, people, author_data)


@authors_router.get("/{slug}", response={200: schemas.Author, 404: schemas.Error})
def get_author(request, slug: SlugPath):
    refuse_unknown(request, set())
    person = authors().filter(slug=slug).first()
    if person is None:
        raise Http404("No author with that slug.")
    return author_data(person)


tags_router = Router(tags=["tags"])


def live_tags():
    return public_tags().order_by("name", "pk")


def tag_data(tag):
    return {"slug": tag.slug, "name": tag.name, "articles": tag.articles}


@tags_router.get("", response={200: schemas.TagPage, 400: schemas.Error})
def list_tags(request, page: Page = 1, page_size: PageSize = DEFAULT_PAGE_SIZE):
    """Tags on live articles, with how many live articles carry each."""
    refuse_unknown(request, set())
    return page_of(request, live_tags(), tag_data)


@tags_router.get("/{slug}", response={200: schemas.Tag, 404: schemas.Error})
def get_tag(request, slug: SlugPath):
    refuse_unknown(request, set())
    tag = live_tags().filter(slug=slug).first()
    if tag is None:
        raise Http404("No tag on a live article has that slug.")
    return tag_data(tag)


api.add_router("/articles", articles_router)
api.add_router("/sections", sections_router)
api.add_router("/authors", authors_router)
api.add_router("/tags", tags_router)

if apps.is_installed("broadsheet.editions"):
    api.add_router("/editions", editions_router)
