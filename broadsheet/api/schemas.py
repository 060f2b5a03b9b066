"""The shapes the content API answers with; the OpenAPI document is generated from them."""

from datetime import date, datetime
from typing import Annotated, Any, Literal

from ninja import Path, Query, Schema

MAX_PAGE_SIZE = 100
MAX_PAGE = 100_000
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")]
# Ids are 64-bit database keys: anything larger is refused before it reaches the database.
ArticleId = Annotated[int, Path(ge=1, le=2**63 - 1)]
SLUG_PATTERN = r"^[-\w]+$"
SlugFilter = Annotated[str | None, Query(pattern=SLUG_PATTERN, max_length=255)]
SlugPath = Annotated[str, Path(pattern=SLUG_PATTERN, max_length=255)]


class Rendition(Schema):
    spec: str
    url: str
    width: int
    height: int


class Image(Schema):
    alt: str
    caption: str
    credit: str
    width: int
    height: int
    renditions: list[Rendition]


class SectionRef(Schema):
    slug: str
    title: str


class AuthorRef(Schema):
    slug: str
    name: str


class Contributor(Schema):
    """One credit in the byline: who, in which role, and whether they are on the staff."""

    name: str
    slug: str
    url: str
    role: Literal["reporting", "additional_reporting", "photography", "graphics", "editing"]
    role_label: str
    staff: bool


class Correction(Schema):
    published_at: datetime
    text: str


class Change(Schema):
    kind: str  # "update" or "correction"
    published_at: datetime
    note: str


class Block(Schema):
    type: str
    value: dict[str, Any]


class ArticleSummary(Schema):
    id: int
    headline: str
    standfirst: str
    kind: str
    url: str
    section: SectionRef | None
    authors: list[AuthorRef]
    contributors: list[Contributor]
    byline: str
    tags: list[str]
    first_published_at: datetime | None
    updated_at: datetime | None
    lead_photo: Image | None


class ArticleDetail(ArticleSummary):
    dateline: str
    agency: str
    body: list[Block]
    body_html: str
    corrections: list[Correction]
    changes: list[Change]
    changes_url: str | None


class Section(Schema):
    id: int
    slug: str
    title: str
    intro: str
    url: str


class Author(Schema):
    id: int
    slug: str
    name: str
    role: str
    bio: str
    is_columnist: bool
    staff: bool
    url: str
    photo: Image | None


class Tag(Schema):
    slug: str
    name: str
    articles: int


class Edition(Schema):
    date: date
    number: int
    pages: int
    url: str


class Error(Schema):
    detail: str


class ArticlePage(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    results: list[ArticleSummary]


class SectionPage(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    results: list[Section]


class AuthorPage(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    results: list[Author]


class TagPage(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    results: list[Tag]


class EditionPage(Schema):
    count: int
    page: int
    page_size: int
    next: str | None
    previous: str | None
    results: list[Edition]
