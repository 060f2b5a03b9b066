from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["name", "role", "on_staff", "is_columnist"]
    list_filter = ["on_staff", "is_columnist"]
    search_fields = ["name", "role"]


register_snippet(PersonViewSet)
