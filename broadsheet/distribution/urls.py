from django.urls import path

from . import views
from .feeds import (
    FILENAMES,
    FORMATS,
    ArticleFeed,
    AuthorFeed,
    CorrectionFeed,
    SectionFeed,
    TagFeed,
)

app_name = "distribution"
urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", views.sitemap, name="sitemap"),
    path("corrections/feed/", CorrectionFeed(), name="corrections_feed"),
]
for kind, generator in FORMATS.items():
    filename = FILENAMES[kind]
    urlpatterns += [
        path(f"feeds/{filename}", ArticleFeed(generator), name=f"site_{kind}"),
        path(
            f"feeds/sections/<slug:slug>/{filename}", SectionFeed(generator), name=f"section_{kind}"
        ),
        path(f"feeds/authors/<slug:slug>/{filename}", AuthorFeed(generator), name=f"author_{kind}"),
        path(f"feeds/tags/<slug:slug>/{filename}", TagFeed(generator), name=f"tag_{kind}"),
    ]
