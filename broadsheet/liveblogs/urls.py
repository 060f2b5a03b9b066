from django.urls import path

from . import views

app_name = "liveblogs"

urlpatterns = [
    path("<int:pk>/entries.json", views.entries_since, name="entries_since"),
]
