"""The demo pictures: JPEGs of the asked size, the same for the same seed, varied by seed."""

from io import BytesIO

import pytest
from PIL import Image, ImageChops, ImageStat

from broadsheet.demo.pictures import render_photo, render_portrait
from broadsheet.demo.writer import SCENES, PhotoSpec


def decode(data: bytes) -> Image.Image:
    image = Image.open(BytesIO(data))
    assert image.format == "JPEG"
    image.load()
    return image


def photo(seed: int, scene: str) -> PhotoSpec:
    return PhotoSpec(seed=seed, scene=scene, caption="", credit="Staff photo", alt_text="")


@pytest.mark.parametrize("scene", SCENES)
def test_every_scene_renders_at_the_asked_size(scene):
    image = decode(render_photo(photo(11, scene), width=480, height=300))
    assert image.size == (480, 300)
    assert image.mode == "RGB"
    assert ImageStat.Stat(image.convert("L")).stddev[0] > 12


def test_default_photo_size():
    assert decode(render_photo(photo(5, "harbour"))).size == (1600, 1000)


def test_photos_are_deterministic_and_vary_by_seed():
    spec = photo(42, "skyline")
    first = render_photo(spec, 400, 250)
    assert render_photo(spec, 400, 250) == first
    other = decode(render_photo(photo(43, "skyline"), 400, 250))
    difference = ImageChops.difference(decode(first), other)
    assert max(ImageStat.Stat(difference).mean) > 5


def test_scenes_look_different_from_each_other():
    images = [decode(render_photo(photo(3, scene), 160, 100)) for scene in SCENES]
    means = {tuple(round(v) for v in ImageStat.Stat(image).mean) for image in images}
    assert len(means) == len(SCENES)


def test_portraits_are_square_deterministic_and_varied():
    first = render_portrait(1, "Marguerite Dunmore", size=300)
    assert decode(first).size == (300, 300)
    assert render_portrait(1, "Marguerite Dunmore", size=300) == first
    assert decode(render_portrait(1, "Marguerite Dunmore")).size == (600, 600)
    others = {render_portrait(seed, "Marguerite Dunmore", size=120) for seed in range(2, 8)}
    assert len(others) == 6
    difference = ImageChops.difference(decode(first), decode(render_portrait(2, "X", size=300)))
    assert max(ImageStat.Stat(difference).mean) > 5
