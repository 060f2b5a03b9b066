"""Stored renders: what an article page shows of its story, built once when it is published.

`build_render(article)` makes the story's renditions and renders its parts (the article element,
the head tags, the related-articles block, the teaser photos) into its `ArticleRender` row. The
page then serves those parts as they are (`stored_context`); the site-wide pieces around them
(navigation, opinion, most-read, Today's Paper) come from their own caches.

The parts are rendered for a placeholder origin and given the reader's scheme and host when
served, so one stored copy answers every host the site answers to.

A change marks the rows that show it stale in the same transaction and queues their rebuild
(`tasks.refresh_renders`); until the task has run, the page renders every part
itself, so it is never wrong meanwhile.
"""

from django.contrib.auth.models import AnonymousUser
from django.template import Context, engines
from django.template.loader import render_to_string
from django.test import RequestFactory

from broadsheet.photos.renditions import PORTRAIT_SPECS, STORY_SPECS, make_renditions

from .models import RELATED_WINDOW, RENDER_ORIGIN_HOST, ArticlePage, ArticleRender

# How many of the newest stories on a new story's topics are rebuilt, as it may now be related.
MAY_LIST_NEWEST = 100


def build_request(article):
    """A GET of the article's address on the placeholder origin, as an anonymous reader."""
    request = RequestFactory().get(article.url or "/")
    request.get_host = lambda: RENDER_ORIGIN_HOST
    request.user = AnonymousUser()
    return request


def body_photos(article):
    for block in article.body:
        if block.block_type == "photo" and block.value.get("image") is not None:
            yield block.value["image"]


def make_article_renditions(article):
    """Make every rendition the story's page and teasers show: lead, body photos, portraits."""
    make_renditions(article.lead_photo, STORY_SPECS)
    for photo in body_photos(article):
        make_renditions(photo, STORY_SPECS)
    for person in article.bylines:
        make_renditions(person.photo, PORTRAIT_SPECS)


# Related articles belong to search: asked for through its template tag, as the page asks.
RELATED = engines["django"].from_string(
    "{% load search_tags %}{% related_to page article_tags as related_articles %}"
)


def related_for(article, tags):
    context = Context({"page": article, "article_tags": tags})
    RELATED.template.render(context)
    return list(context.get("related_articles") or [])


def build_render(article_id):
    """Build (or rebuild) the stored render of a live article; drop it for any other."""
    article = (
        ArticlePage.objects.published().filter(pk=article_id).select_related("lead_photo").first()
    )
    if article is None:
        ArticleRender.objects.filter(article_id=article_id).delete()
        return None
    make_article_renditions(article)
    request = build_request(article)
    tags = list(article.tags.all())
    context = {
        "page": article,
        "self": article,
        "request": request,
        "article_tags": tags,
        "canonical_url": request.build_absolute_uri(article.url),
    }
    related = related_for(article, tags)
    teaser = {}
    if article.lead_photo:
        teaser = {
            size: render_to_string(
                "articles/includes/teaser_photo.html", {"article": article, "size": size}
            ).strip()
            for size in ("lead", "small")
        }
    render, _created = ArticleRender.objects.update_or_create(
        article=article,
        defaults={
            "revision_id": article.live_revision_id,
            "stale": False,
            "head": render_to_string("chrome/head_meta.html", context, request=request),
            "main": render_to_string("articles/includes/article_main.html", context, request),
            "related": render_to_string(
                "articles/includes/related.html", {**context, "related_articles": related}, request
            ),
            "related_expire_at": min(
                (a.expire_at for a in related if a.expire_at is not None), default=None
            ),
            "teaser": teaser,
        },
    )
    render.related_articles.set(related)
    return render


def renders_showing(article_ids):
    """The ids of the stored renders that show any of `article_ids`: their own or as related."""
    own = set(ArticleRender.objects.filter(article_id__in=article_ids).values_list("pk", flat=True))
    as_related = ArticleRender.objects.filter(related_articles__in=article_ids).values_list(
        "pk", flat=True
    )
    return own | set(as_related)


def renders_that_may_list(article):
    """The stored renders whose related block may now take `article`: stories on its topics.

    Related articles come from the two months either side of a story; a newly published one can
    enter the lists of the stories it shares a topic with. The newest of those are rebuilt.
    """
    published = article.first_published_at
    tag_ids = list(article.tags.values_list("pk", flat=True))
    if published is None or not tag_ids:
        return set()
    candidates = (
        ArticleRender.objects.filter(
            article__tagged_items__tag_id__in=tag_ids,
            article__first_published_at__range=(
                published - RELATED_WINDOW,
                published + RELATED_WINDOW,
            ),
        )
        .exclude(article_id=article.pk)
        .order_by("-article__first_published_at")
        .values_list("pk", flat=True)
    )
    return set(candidates[:MAY_LIST_NEWEST])
