from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from broadsheet.newsletter import views as newsletter_views
from broadsheet.newsroom.throttling import ThrottledPasswordResetView
from broadsheet.paper import views as paper_views

urlpatterns = [
    # Wagtail's own reset form, with a limit per address and per email (before Wagtail's URLs).
    path(
        "admin/password_reset/",
        ThrottledPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("banner.json", paper_views.banner_json, name="banner"),
    path("authors/", include("broadsheet.people.urls")),
    path("tags/", include("broadsheet.articles.urls")),
    path("corrections/", include("broadsheet.articles.corrections_urls")),
    path("epaper/", include("broadsheet.editions.urls")),
    path("search/", include("broadsheet.search.urls")),
    path("readership/", include("broadsheet.readership.urls")),
    path("api/v1/", include("broadsheet.api.urls")),
    path("liveblogs/", include("broadsheet.liveblogs.urls")),
    path("", include("broadsheet.distribution.urls")),
    path("newsletter/", include("broadsheet.newsletter.urls")),
    # The address sign-up scripts of other newspaper sites post to, so theirs work unchanged.
    path("subscribeNewsletter", newsletter_views.subscribe, name="subscribe-compatible"),
]

if settings.SERVE_MEDIA:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(
            rf"^{media_prefix}(?P<path>.*)$", serve_static, {"document_root": settings.MEDIA_ROOT}
        )
    )

handler500 = "broadsheet.paper.views.server_error"

# Wagtail's page tree comes last: it answers every path nothing above claimed.
urlpatterns.append(path("", include(wagtail_urls)))
