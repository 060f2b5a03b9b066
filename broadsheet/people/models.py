"""The paper's journalists, and the guest contributors its stories credit."""

from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class PersonQuerySet(models.QuerySet):
    def columnists(self):
        return self.filter(is_columnist=True)

    def staff(self):
        return self.filter(on_staff=True)

    def guests(self):
        return self.filter(on_staff=False)


class Person(index.Indexed, models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    photo = models.ForeignKey(
        "photos.Photo", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    role = models.CharField(max_length=120, blank=True, help_text="e.g. Transport correspondent")
    bio = models.TextField(blank=True, max_length=1000)
    is_columnist = models.BooleanField(default=False)
    on_staff = models.BooleanField(
        "on the staff",
        default=True,
        help_text="Untick for a guest contributor (a freelance, an agency's correspondent, a "
        "reader): credited on stories, with a short author page, but not listed as a journalist.",
    )
    email = models.EmailField(blank=True, help_text="Shown publicly when filled in.")
    x_handle = models.CharField(max_length=50, blank=True, help_text="Without the @.")

    objects = PersonQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("photo"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("is_columnist"),
        FieldPanel("on_staff"),
        FieldPanel("email"),
        FieldPanel("x_handle"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("people:person", kwargs={"slug": self.slug})
