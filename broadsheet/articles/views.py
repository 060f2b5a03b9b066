from django.shortcuts import get_object_or_404, render

from broadsheet.paper.caching import add_surrogate_keys
from broadsheet.paper.listing import paginate

from .models import ArticlePage
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
