"""The search page: /search/?q=…&section=…&author=…&since=…&until=…&sort=…&page=…"""

from django.core.paginator import Paginator
from django.shortcuts import render

from broadsheet.articles.models import SECTION_DEPTH
from broadsheet.articles.sections import live_sections
from broadsheet.people.models import Person

from .forms import SearchForm
from .query import highlight, query_words, search_articles, snippet

PAGE_SIZE = 20


def author_choices(asked):
    """The journalists on the staff to narrow by, and a guest contributor when one is asked for.

    Guests can number thousands; the menu lists the staff, and a guest's own link still works.
    """
    people = Person.objects.only("name", "slug")
    authors = list(people.staff().order_by("name"))
    if asked and not any(person.slug == asked for person in authors):
        authors.extend(people.guests().filter(slug=asked[:120]))
    return authors


def search(request):
    """Show a search form and, when there are words to look for, the matching articles."""
    sections = [section for section in live_sections() if section.depth == SECTION_DEPTH]
    authors = author_choices(request.GET.get("author"))
    form = SearchForm(request.GET, sections=sections, authors=authors)
    context = {"form": form, "words": [], "page_obj": None, "results": [], "status": "empty"}
    http_status = 200
    if not form.is_valid():
        context["status"] = "invalid"
        return render(request, "search/search_page.html", context, status=400)

    data = form.cleaned_data
    words = query_words(data["q"])
    context["words"] = words
    context["query"] = data["q"]
    if data["q"] and not words:
        context["status"] = "no_words"
    elif words:
        section = next((s for s in sections if s.slug == data["section"]), None)
        person = next((p for p in authors if p.slug == data["author"]), None)
        results = search_articles(
            words,
            section=section,
            person=person,
            since=data["since"],
            until=data["until"],
            sort=data["sort"] or "relevance",
        )
        paginator = Paginator(results, PAGE_SIZE)
        number = request.GET.get("page", "1")
        if not number.isdigit() or int(number) < 1:
            number = "1"
        page_obj = paginator.get_page(number)
        context["page_obj"] = page_obj
        context["paginator"] = paginator
        context["results"] = [
            {
                "article": article,
                "headline": highlight(article.title, words),
                "snippet": snippet(article, words),
            }
            for article in page_obj.object_list
        ]
        context["status"] = "results" if paginator.count else "no_results"
        context["capped"] = getattr(results, "capped", False)
        query = request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
    return render(request, "search/search_page.html", context, status=http_status)
