"""The live desk's form for an entry, new or edited."""

from django import forms
from django.db.models import Q
from wagtail.images.widgets import AdminImageChooser

from broadsheet.people.models import Person

from .models import CONTENT_FIELDS, LiveBlogEntry


class EntryForm(forms.ModelForm):
    class Meta:
        model = LiveBlogEntry
        fields = CONTENT_FIELDS
        labels = {
            "kind": "Kind of entry",
            "text": "Text (or the photo's caption)",
            "embed_url": "Address of the post",
        }
        widgets = {
            "text": forms.Textarea(attrs={"rows": 5}),
            "quote": forms.Textarea(attrs={"rows": 2}),
            "photo": AdminImageChooser,
        }

    def __init__(self, *args, user=None, blog=None, **kwargs):
        super().__init__(*args, **kwargs)
        authors = entry_authors(blog)
        if self.instance.author_id:  # an entry edited keeps its author, credited or not
            authors = authors | Person.objects.filter(pk=self.instance.author_id)
        self.fields["author"].queryset = authors
        if user is not None and not self.is_bound:
            self.initial.setdefault("author", default_author(user, blog))


def entry_authors(blog):
    """Who may sign an entry: the staff, and the guests this live blog's byline credits.

    Guest contributors can number thousands; the menu stays the newsroom's length.
    """
    people = Person.objects.order_by("name")
    if blog is None:
        return people.staff()
    return people.filter(Q(on_staff=True) | Q(pk__in=blog.article_authors.values("person_id")))


def default_author(user, blog):
    """The journalist the user is (by name), else the live blog's first byline."""
    name = user.get_full_name().strip()
    if name:
        person = Person.objects.filter(name__iexact=name).first()
        if person is not None:
            return person.pk
    if blog is not None:
        authors = blog.byline.authors or blog.byline.credits
        if authors:
            return authors[0].person.pk
    return None
