from django.shortcuts import get_object_or_404, render

from broadsheet.articles.models import ArticlePage
from broadsheet.paper.caching import add_surrogate_keys
from broadsheet.paper.listing import paginate

from .models import Person


def person_list(request):
    """The journalists on the staff; guest contributors have their own pages but no place here."""
    people = Person.objects.staff().select_related("photo").prefetch_related("photo__renditions")
    return render(request, "people/person_list.html", {"people": people})


def person_detail(request, slug):
    person = get_object_or_404(Person.objects.select_related("photo"), slug=slug)
    articles = ArticlePage.objects.published().credited_to(person).newest_first().for_listing()
    listing = paginate(request, articles)
    response = render(
        request,
        "people/person_detail.html",
        {"person": person, "listing": listing, "articles": list(listing.object_list)},
    )
    return add_surrogate_keys(response, f"person-{person.pk}")
