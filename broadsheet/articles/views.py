from django.shortcuts import get_object_or_404, render

from broadsheet.paper.caching import CORRECTIONS_KEY, add_surrogate_keys
from broadsheet.paper.listing import paginate

from .diff import story_versions
from .models import ArticleChange, ArticlePage
from .tags import public_tags


def tag_detail(request, slug):
    """A topic page: it exists only while a live, public article carries the tag."""
    tag = get_object_or_404(public_tags(), slug=slug)
    articles = ArticlePage.objects.published().filter(tags=tag).newest_first().for_listing()
    listing = paginate(request, articles)
    response = render(
        request,
        "articles/tag_detail.html",
        {"tag": tag, "listing": listing, "articles": list(listing.object_list)},
    )
    return add_surrogate_keys(response, f"tag-{tag.slug}")


def corrections(request):
    """Every correction the paper has published, newest first, each with its story."""
    rows = (
        ArticleChange.objects.corrections()
        .of_published_articles()
        .newest_first()
        .select_related("article")
    )
    listing = paginate(request, rows)
    response = render(
        request,
        "articles/corrections.html",
        {"listing": listing, "corrections": list(listing.object_list)},
    )
    return add_surrogate_keys(response, CORRECTIONS_KEY)


def story_changes(request, pk):
    """What changed in a story: each update and correction, and the words it changed."""
    article = get_object_or_404(ArticlePage.objects.published(), pk=pk)
    response = render(
        request,
        "articles/story_changes.html",
        {"article": article, "versions": story_versions(article)},
    )
    return add_surrogate_keys(response, f"page-{article.pk}", CORRECTIONS_KEY)
