"""Turn a reader's words into a search over live articles, and mark the words in snippets."""

import re
from datetime import datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search import index

from broadsheet.articles.models import ArticleAuthor, ArticlePage
from broadsheet.people.models import Person

from .engine import POSTGRESQL, SQLITE, engine
from .ranking import RankedSearch
from .tiers import TieredSearch

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
SNIPPET_LENGTH = 240
# When authors are not in the search index, at most this many text matches join an author's articles.
AUTHOR_FALLBACK_LIMIT = 200
WORD = re.compile(r"\w+")


def query_words(text):
    """Return the searchable words of `text`: letters and digits only, so no query syntax leaks in."""
    return WORD.findall(text or "")[:MAX_WORDS]


def authors_indexed():
    """Tell whether the search index holds bylines (ArticlePage.search_fields names the authors)."""
    return any(
        isinstance(field, index.RelatedFields) and field.field_name == "article_authors"
        for field in ArticlePage.get_search_fields()
    )


def people_named(words):
    """Return the people whose name holds every one of `words`."""
    if not words:
        return Person.objects.none()
    condition = Q()
    for word in words:
        condition &= Q(name__icontains=word)
    return Person.objects.filter(condition)


def start_of_day(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def search_articles(words, *, section=None, person=None, since=None, until=None, sort="relevance"):
    """Return live, public articles matching all `words`, best match or newest first.

    The result supports len()/count() and slicing, so it can be paginated.
    """
    articles = ArticlePage.objects.published()
    if section is not None:
        articles = articles.in_section(section)
    if person is not None:
        articles = articles.filter(
            pk__in=ArticleAuthor.objects.filter(person=person).values("article_id")
        )
    if since:
        articles = articles.filter(first_published_at__gte=start_of_day(since))
    if until:
        articles = articles.filter(first_published_at__lt=start_of_day(until + timedelta(days=1)))
    by_date = sort == "date"
    query = " ".join(words)

    if not authors_indexed():
        authors = list(people_named(words).values_list("pk", flat=True))
        if authors:
            # Bylines are not indexed: add the named people's articles to the text matches.
            text_matches = articles.search(query, operator="and", order_by_relevance=not by_date)
            text_ids = [article.pk for article in text_matches[:AUTHOR_FALLBACK_LIMIT]]
            bylined = ArticleAuthor.objects.filter(person__in=authors).values("article_id")
            return (
                articles.filter(Q(pk__in=text_ids) | Q(pk__in=bylined)).newest_first().for_listing()
            )

    vendor = engine()
    if vendor == POSTGRESQL:
        return TieredSearch(
            articles.for_listing(),
            words,
            section=section,
            person=person,
            since=start_of_day(since) if since else None,
            until=start_of_day(until + timedelta(days=1)) if until else None,
            by_date=by_date,
        )
    if vendor == SQLITE:
        return RankedSearch(articles, words, by_date=by_date, listing=lambda qs: qs.for_listing())
    if by_date:
        articles = articles.order_by("-first_published_at", "-id")  # "id": a search FilterField
    return articles.for_listing().search(query, operator="and", order_by_relevance=not by_date)


def body_text(article):
    """Return the article body as plain text: each block's searchable words (blocks.py)."""
    return article.body.stream_block.search_text(article.body)


def _matcher(words):
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)


def highlight(text, words):
    """Escape `text` and wrap each word that starts with one of `words` in <mark>."""
    matcher = _matcher(words)
    if matcher is None:
        return escape(text)
    pieces, position = [], 0
    for match in matcher.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # every piece was escaped above


def snippet(article, words, length=SNIPPET_LENGTH):
    """Return a highlighted extract of the standfirst and body around the first matched word."""
    text = " ".join(filter(None, [article.standfirst, body_text(article)]))
    text = re.sub(r"\s+", " ", text).strip()
    matcher = _matcher(words)
    match = matcher.search(text) if matcher else None
    start = 0
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
    end = start + length
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    extract = text[start:end]
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + highlight(extract, words) + suffix)  # highlight() escaped the text
