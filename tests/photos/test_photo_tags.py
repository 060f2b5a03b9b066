"""The picture tags name each width once, however small the photo."""

import re

import pytest
from django.core.cache import cache
from django.template import Context, Template

from broadsheet.photos.models import Photo
from broadsheet.photos.renditions import make_renditions
from tests.factories import make_photo

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rendition_cache():
    """Wagtail caches renditions by photo id, and a rolled-back test's ids come round again."""
    cache.clear()


PICTURE = Template(
    "{% load photo_tags %}{% picture photo width-{480,800,1200} format-{webp,jpeg} "
    'sizes="100vw" alt="" %}'
)
SRCSET = Template('{% load photo_tags %}{% srcset_image photo fill-{480x300,1200x750} alt="" %}')


def widths(srcset):
    return [int(candidate.split()[-1][:-1]) for candidate in srcset.split(", ")]


def test_a_photo_narrower_than_the_widest_spec_is_named_once_per_format():
    photo = make_photo(size=(800, 500))
    make_renditions(photo, ["width-{480,800,1200}|format-{webp,jpeg}"])
    html = PICTURE.render(Context({"photo": photo}))
    srcsets = re.findall(r'srcset="([^"]*)"', html)
    assert len(srcsets) == 2, html  # the WebP source and the JPEG fallback
    for srcset in srcsets:
        assert widths(srcset) == [480, 800]


def test_a_large_photo_keeps_every_width():
    photo = make_photo(size=(1600, 1000))
    make_renditions(photo, ["width-{480,800,1200}|format-{webp,jpeg}"])
    html = PICTURE.render(Context({"photo": photo}))
    srcsets = re.findall(r'srcset="([^"]*)"', html)
    assert len(srcsets) == 2, html
    for srcset in srcsets:
        assert widths(srcset) == [480, 800, 1200]


def test_srcset_image_drops_the_repeated_width_too():
    photo = make_photo(size=(800, 500))
    make_renditions(photo, ["fill-{480x300,1200x750}"])
    html = SRCSET.render(Context({"photo": photo}))
    (srcset,) = re.findall(r'srcset="([^"]*)"', html)
    assert widths(srcset) == [480, 800]


def test_uploading_a_photo_makes_the_story_renditions(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        photo = make_photo(size=(1600, 1000))
    made = set(photo.renditions.values_list("filter_spec", flat=True))
    assert {"fill-320x200|format-webp", "width-1600|format-jpeg", "fill-1200x675"} <= made


def test_a_missing_rendition_shows_the_original_and_none_is_made():
    photo = make_photo(size=(800, 500))
    photo.renditions.all().delete()
    cache.clear()
    html = SRCSET.render(Context({"photo": photo}))
    assert f'src="{photo.file.url}"' in html
    assert 'width="800"' in html and 'height="500"' in html
    assert not photo.renditions.exists()
    html = Template('{% load photo_tags %}{% image photo fill-80x80 alt="" %}').render(
        Context({"photo": Photo.objects.get(pk=photo.pk)})
    )
    assert f'src="{photo.file.url}"' in html
    assert not photo.renditions.exists()
