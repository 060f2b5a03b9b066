"""The front page: the lead story, top stories, a block per section, opinion and the latest news."""

import hashlib
import logging
from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.db import models, transaction
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page, Site

from broadsheet.articles.models import ArticleKind, ArticlePage
from broadsheet.articles.sections import live_sections, section_by_slug
from broadsheet.paper.caching import cached_each_per_generation, generations_changed
from broadsheet.paper.pages import PublicPage

from .front import Story, front_page_index, front_page_pool

logger = logging.getLogger(__name__)
# The rendered blocks of the front page, cached together (home/includes/front_<part>.html).
FRONT_PARTS = ("top", "latest", "blocks")

TOP_STORY_COUNT = 4
LATEST_COUNT = 8
LEAD_WINDOW = timedelta(hours=36)


class HomePage(PublicPage):
    subpage_types = ["articles.SectionPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    content_panels = [
        *Page.content_panels,
        InlinePanel(
            "featured_stories",
            label="Story",
            heading="Lead and top stories, in order (empty: chosen by news value and time)",
            max_num=1 + TOP_STORY_COUNT,
        ),
    ]

    class Meta:
        verbose_name = "home page"

    def route(self, request, path_components):
        """Serve a live section (no query) or a live article (one query) straight away.

        Anything else (drafts, other page types, unknown paths) goes through Wagtail's own routing.
        """
        section = section_by_slug(path_components[0]) if path_components else None
        if section is not None and len(path_components) == 1:
            section._cached_parent_obj = self
            return section, [], {}
        if section is not None and len(path_components) == 2:
            article = (
                ArticlePage.objects.published()
                .child_of(section)
                .filter(slug=path_components[1])  # Wagtail indexes slugs, not url_path
                .select_related("lead_photo", "stored_render")
                .first()
            )
            if article is not None:
                if article.specific_class is not ArticlePage:
                    article = article.specific  # a story type of its own (a live blog): one query
                article._cached_parent_obj = section
                return article, [], {}
        return super().route(request, path_components)

    def front(self):
        """Return the page's story groups: lead, top stories, section blocks, opinion, latest."""
        pool = front_page_pool()
        by_id = {article.pk: article for article in pool}
        featured_ids = self.featured_ids()
        missing = [pk for pk in featured_ids if pk not in by_id]
        if missing:
            by_id.update(
                ArticlePage.objects.published().filter(pk__in=missing).for_listing().in_bulk()
            )
        return choose(pool, [by_id[pk] for pk in featured_ids if pk in by_id])

    def featured_ids(self):
        return list(
            self.featured_stories.order_by("sort_order").values_list("article_id", flat=True)
        )

    def front_choice(self):
        """The story groups of `front()` as `Story` rows, chosen from the pool's light index."""
        index = front_page_index()
        by_id = {story.pk: story for story in index}
        featured_ids = self.featured_ids()
        missing = [pk for pk in featured_ids if pk not in by_id]
        if missing:
            stories = ArticlePage.objects.published().filter(pk__in=missing).with_section()
            by_id.update({article.pk: Story.of(article) for article in stories})
        return choose(index, [by_id[pk] for pk in featured_ids if pk in by_id])

    def front_blocks(self, request):
        """The rendered story blocks: cached per site and per choice of stories, until a story
        changes, so a reader's request renders no teaser and loads no story."""
        choice = self.front_choice()
        ids = (
            getattr(choice["lead"], "pk", None),
            [story.pk for story in choice["top_stories"]],
            [
                (section.pk, [story.pk for story in stories])
                for section, stories in choice["section_blocks"]
            ],
            [story.pk for story in choice["latest"]],
        )
        site = Site.find_for_request(request)
        digest = hashlib.sha1(repr(ids).encode()).hexdigest()[:20]
        loaded = {}

        def render(part):
            if not loaded:
                loaded.update(self.load_choice(choice))
            return render_to_string(
                f"home/includes/front_{part}.html", {**loaded, "page": self}, request=request
            )

        return cached_each_per_generation(
            f"front-page:{site.pk if site else 0}:{digest}", FRONT_PARTS, render
        )

    def load_choice(self, choice):
        """The articles of a choice of `Story` rows, in the same groups."""
        pool = front_page_pool()
        by_id = {article.pk: article for article in pool}
        wanted = {
            story.pk
            for story in [choice["lead"], *choice["top_stories"], *choice["latest"]]
            if story
        }
        wanted.update(
            story.pk for _section, stories in choice["section_blocks"] for story in stories
        )
        missing = wanted - by_id.keys()
        if missing:
            by_id.update(
                ArticlePage.objects.published().filter(pk__in=missing).for_listing().in_bulk()
            )
        return {
            "lead": by_id[choice["lead"].pk] if choice["lead"] else None,
            "top_stories": [by_id[story.pk] for story in choice["top_stories"]],
            "section_blocks": [
                (section, [by_id[story.pk] for story in stories])
                for section, stories in choice["section_blocks"]
            ],
            "latest": [by_id[story.pk] for story in choice["latest"]],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["front_blocks"] = self.front_blocks(request)
        return context


def choose(pool, featured):
    """Pick the lead, top stories, section blocks and latest news from `pool` (newest first).

    Reads only what `Story` holds, so it takes articles or `Story` rows alike.
    """
    news = [a for a in pool if a.kind != ArticleKind.OPINION]
    recent = [a for a in news if a.first_published_at >= timezone.now() - LEAD_WINDOW] or news
    by_value = sorted(recent, key=lambda a: (a.weight, a.first_published_at), reverse=True)
    picks = featured + [a for a in by_value if a not in featured]
    lead, top = (picks[0] if picks else None), picks[1 : 1 + TOP_STORY_COUNT]
    shown = {a.pk for a in [lead, *top] if a}

    blocks = {}
    for article in pool:
        if article.pk not in shown and article.kind != ArticleKind.OPINION:
            blocks.setdefault(article.section_slug, []).append(article)
    return {
        "lead": lead,
        "top_stories": top,
        "section_blocks": [
            (section, blocks[section.slug][:4])
            for section in front_page_sections()
            if section.slug in blocks
        ],
        "latest": sorted(news, key=lambda a: a.first_published_at, reverse=True)[:LATEST_COUNT],
    }


def rebuild_front_page():
    """Rebuild the pool and its index, then render each front page's blocks for its site."""
    try:
        front_page_index(refresh=True)
        for home in HomePage.objects.live():
            site = home.get_site()
            if site is not None:
                home.front_blocks(reader_request(site))
    except Exception:  # the next reader builds them instead
        logger.exception("Rebuilding the front page failed")


def reader_request(site):
    """A GET of the site's front page by an anonymous reader, for rendering its blocks ahead."""
    request = RequestFactory().get("/")
    request._wagtail_site = site  # what Site.find_for_request answers for the site's hosts
    request.user = AnonymousUser()
    return request


def refresh_front_page(sender=None, events=(), **kwargs):
    """A story changed: rebuild the front page once the change is committed, not on a reader's
    request; rebuilt even if a reader cached it meanwhile, from what was there before."""
    if "stories" in events or "site" in events:
        transaction.on_commit(rebuild_front_page)


generations_changed.connect(refresh_front_page, dispatch_uid="broadsheet-front-page-refresh")


def front_page_sections():
    return [section for section in live_sections() if section.show_in_menus]


class FeaturedStory(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("article")]

    def __str__(self):
        return str(self.article)
