"""The live desk's form for a new entry."""

from django import forms
from wagtail.images.widgets import AdminImageChooser

from broadsheet.people.models import Person

from .models import LiveBlogEntry


class EntryForm(forms.ModelForm):
    class Meta:
        model = LiveBlogEntry
        fields = [
            "kind",
            "author",
            "headline",
            "text",
            "photo",
            "quote",
            "attribution",
            "embed_url",
        ]
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
        self.fields["author"].queryset = Person.objects.order_by("name")
        if user is not None and not self.is_bound:
            self.initial.setdefault("author", default_author(user, blog))


def default_author(user, blog):
    """The journalist the user is (by name), else the live blog's first byline."""
    name = user.get_full_name().strip()
    if name:
        person = Person.objects.filter(name__iexact=name).first()
        if person is not None:
            return person.pk
    if blog is not None:
        first = blog.article_authors.order_by("sort_order").first()
        if first is not None:
            return first.person_id
    return None
