"""The picture tags name each width once, however small the photo."""

import re

import pytest
from django.core.cache import cache
from django.template import Context, Template

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
    html = PICTURE.render(Context({"photo": make_photo(size=(800, 500))}))
    srcsets = re.findall(r'srcset="([^"]*)"', html)
    assert len(srcsets) == 2, html  # the WebP source and the JPEG fallback
    for srcset in srcsets:
        assert widths(srcset) == [480, 800]


def test_a_large_photo_keeps_every_width():
    html = PICTURE.render(Context({"photo": make_photo(size=(1600, 1000))}))
    for srcset in re.findall(r'srcset="([^"]*)"', html):
        assert widths(srcset) == [480, 800, 1200]


def test_srcset_image_drops_the_repeated_width_too():
    html = SRCSET.render(Context({"photo": make_photo(size=(800, 500))}))
    (srcset,) = re.findall(r'srcset="([^"]*)"', html)
    assert widths(srcset) == [480, 800]
