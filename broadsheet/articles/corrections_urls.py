from django.urls import path

from . import views

app_name = "corrections"
urlpatterns = [
    path("", views.corrections, name="index"),
    path("<int:pk>/", views.story_changes, name="story"),
]
