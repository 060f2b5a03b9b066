from django.shortcuts import get_object_or_404, render
from taggit.models import Tag

from broadsheet.paper.listing import paginate

from .models import ArticlePage


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = ArticlePage.objects.live().public().filter(tags=tag).newest_first().for_listing()
    listing = paginate(request, articles)
    return render(
        request,
        "articles/tag_detail.html",
        {"tag": tag, "listing": listing, "articles": list(listing.object_list)},
    )
