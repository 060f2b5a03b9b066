"""Draw the demo newspaper's photographs and portraits: procedural scenes, no text, Pillow only."""

from io import BytesIO
from random import Random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from broadsheet.demo.paint import CLOTHES, HAIR, SKIN, fill, glow, haze, new_mask, shade, vgradient
from broadsheet.demo.scenes import DRAW
from broadsheet.demo.writer import PhotoSpec, light_for


def grain(img: Image.Image, rng: Random, amount: int = 14) -> Image.Image:
    """Add film grain from the seeded random stream (Pillow's own noise is not seeded)."""
    w, h = img.size
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: v * amount // 128)
    return ImageChops.add(img, Image.merge("RGB", (noise, noise, noise)), 1.0, -amount // 2)


def vignette(img: Image.Image, strength: float = 0.35) -> Image.Image:
    w, h = img.size
    ring = Image.radial_gradient("L").resize((w, h), Image.Resampling.BILINEAR)
    ring = ring.point(lambda v: 255 - int(max(0, v - 90) * strength * 255 / 165))
    return ImageChops.multiply(img, Image.merge("RGB", (ring, ring, ring)))


def finish(img: Image.Image, rng: Random, quality: int = 84) -> bytes:
    img = vignette(img)
    img = grain(img, rng)
    out = BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=False, progressive=False)
    return out.getvalue()


def render_photo(spec: PhotoSpec, width: int = 1600, height: int = 1000) -> bytes:
    """Return a JPEG of the spec's scene, the same bytes for the same spec and size."""
    rng = Random(f"{spec.seed}:{spec.scene}:{width}x{height}")
    img = Image.new("RGB", (width, height))
    DRAW[spec.scene](img, rng, light_for(spec.seed, spec.scene))
    return finish(img, rng)


def render_portrait(seed: int, name: str, size: int = 600) -> bytes:
    """Return a square JPEG of a stylised head-and-shoulders silhouette, varied by seed."""
    rng = Random(f"portrait:{seed}:{name}:{size}")
    backdrop = rng.choice(
        ((70, 90, 120), (120, 80, 70), (60, 100, 90), (110, 100, 130), (150, 130, 90), (80, 80, 86))
    )
    img = vgradient((size, size), (shade(backdrop, 1.35), backdrop, shade(backdrop, 0.6)))
    glow(img, (size * rng.uniform(0.35, 0.65), size * 0.35), size * 0.4, shade(backdrop, 1.7), 120)
    haze(img, rng, shade(backdrop, 0.6), 0.2)
    draw = ImageDraw.Draw(img)
    s = size
    cx = s * rng.uniform(0.47, 0.53)
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    coat = rng.choice(CLOTHES)
    head_w, head_h = s * rng.uniform(0.25, 0.29), s * rng.uniform(0.33, 0.37)
    head_top = s * rng.uniform(0.16, 0.2)
    chin = head_top + head_h
    style = rng.randrange(4)
    if style == 1:
        draw.rounded_rectangle(
            (cx - head_w * 0.66, head_top - s * 0.03, cx + head_w * 0.66, chin + s * 0.2),
            radius=int(s * 0.12),
            fill=hair,
        )
    elif style != 3:
        draw.ellipse(
            (cx - head_w * 0.6, head_top - s * 0.04, cx + head_w * 0.6, chin - head_h * 0.3),
            fill=hair,
        )
    if style == 2:
        draw.ellipse(
            (cx - head_w * 0.24, head_top - s * 0.11, cx + head_w * 0.24, head_top + s * 0.02),
            fill=hair,
        )
    draw.rectangle(
        (cx - head_w * 0.2, chin - s * 0.04, cx + head_w * 0.2, chin + s * 0.1),
        fill=shade(skin, 0.82),
    )
    shoulders = chin + s * 0.08
    draw.rounded_rectangle(
        (cx - s * 0.36, shoulders, cx + s * 0.36, s * 1.2), radius=int(s * 0.16), fill=coat
    )
    collar = rng.choice(((240, 240, 236), shade(coat, 0.6), (190, 200, 220)))
    draw.polygon(
        [(cx - s * 0.08, shoulders), (cx + s * 0.08, shoulders), (cx, shoulders + s * 0.16)],
        fill=collar,
    )
    lapel = max(2, s // 120)
    draw.line(
        (cx - s * 0.08, shoulders, cx - s * 0.02, shoulders + s * 0.25),
        fill=shade(coat, 0.75),
        width=lapel,
    )
    draw.line(
        (cx + s * 0.08, shoulders, cx + s * 0.02, shoulders + s * 0.25),
        fill=shade(coat, 0.75),
        width=lapel,
    )
    for ex in (-1, 1):
        ey = head_top + head_h * 0.42
        draw.ellipse(
            (
                cx + ex * head_w * 0.5 - s * 0.02,
                ey,
                cx + ex * head_w * 0.5 + s * 0.02,
                ey + head_h * 0.16,
            ),
            fill=shade(skin, 0.9),
        )
    draw.ellipse((cx - head_w / 2, head_top, cx + head_w / 2, chin), fill=skin)
    light, ld = new_mask(img)
    ld.ellipse(
        (cx - head_w * 0.45, head_top + head_h * 0.05, cx + head_w * 0.2, chin - head_h * 0.2),
        fill=60,
    )
    fill(img, shade(skin, 1.2), light.filter(ImageFilter.GaussianBlur(s / 30)))
    fringe = (0.34, 0.42, 0.3, 0.2)[style]
    draw.chord(
        (
            cx - head_w * 0.53,
            head_top - s * 0.02,
            cx + head_w * 0.53,
            head_top + head_h * fringe * 2,
        ),
        180,
        360,
        fill=hair,
    )
    return finish(img, rng, quality=86)
