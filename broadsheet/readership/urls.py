from django.urls import path

from . import views

app_name = "readership"
urlpatterns = [path("beacon/", views.beacon, name="beacon")]
