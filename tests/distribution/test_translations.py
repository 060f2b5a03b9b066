"""hreflang alternates: none while Wagtail i18n is off, one per live translation when it is on."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Locale

from tests.distribution.test_structured_data import HeadTags, page_html

pytestmark = pytest.mark.django_db

LANGUAGES = [("en-gb", "English"), ("fr", "French")]


def test_no_hreflang_without_i18n(client, newsroom):
    head = HeadTags(page_html(client, newsroom.story.url))
    assert not [link for link in head.links if link.get("hreflang")]


@override_settings(
    WAGTAIL_I18N_ENABLED=True, WAGTAIL_CONTENT_LANGUAGES=LANGUAGES, LANGUAGES=LANGUAGES
)
def test_hreflang_for_each_live_translation(client, newsroom):
    story = newsroom.story
    Locale.objects.filter(pk=story.locale_id).update(language_code="en-gb")
    french = Locale.objects.create(language_code="fr")
    translation = story.copy_for_translation(french, copy_parents=True)
    # The home page and section are copied as live aliases; the story itself is a draft copy.
    translation.save_revision().publish()
    cache.clear()  # Wagtail caches the site's root paths

    head = HeadTags(page_html(client, story.url))
    alternates = {link["hreflang"]: link["href"] for link in head.links if link.get("hreflang")}
    assert set(alternates) == {"en-gb", "fr"}
    assert alternates["en-gb"] == f"http://testserver{story.url}"
    assert alternates["fr"].startswith("http://testserver/")

    # A page whose translation is not live has no alternates.
    translation.refresh_from_db()
    translation.unpublish()
    cache.clear()
    head = HeadTags(page_html(client, story.url))
    assert not [link for link in head.links if link.get("hreflang")]
