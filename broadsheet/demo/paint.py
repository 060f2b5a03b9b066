"""Drawing helpers for the demo pictures: gradients, light, haze, silhouettes."""

import math
from random import Random

from PIL import Image, ImageDraw, ImageFilter

Color = tuple[int, int, int]

# Sky from top to horizon, the sun or moon, and the colour of the darkest silhouettes.
SKIES: dict[str, tuple[tuple[Color, ...], Color, Color]] = {
    "dawn": (((62, 72, 132), (196, 132, 150), (255, 196, 150)), (255, 226, 180), (58, 48, 78)),
    "midday": (((58, 118, 196), (122, 170, 222), (196, 220, 236)), (255, 252, 236), (64, 84, 104)),
    "dusk": (((34, 36, 86), (188, 88, 84), (255, 168, 84)), (255, 196, 110), (36, 28, 48)),
    "night": (((6, 10, 32), (20, 28, 64), (46, 56, 98)), (226, 230, 255), (12, 14, 26)),
    "overcast": (
        ((112, 118, 128), (150, 154, 162), (188, 190, 194)),
        (220, 220, 220),
        (72, 78, 88),
    ),
    "indoor": (((40, 40, 48), (70, 66, 70), (110, 100, 96)), (255, 236, 200), (30, 28, 32)),
}
CONTAINER_COLOURS = ((168, 62, 44), (40, 86, 140), (46, 120, 84), (196, 150, 52), (120, 120, 126))
CLOTHES = (
    (52, 60, 84), (120, 40, 44), (40, 90, 96), (150, 120, 70), (70, 70, 74), (160, 90, 60),
    (90, 60, 110), (30, 34, 40), (180, 170, 150), (60, 100, 60),
)  # fmt: skip
SKIN = (
    (241, 204, 170),
    (224, 172, 130),
    (198, 140, 100),
    (160, 104, 70),
    (118, 76, 50),
    (86, 56, 40),
)
HAIR = ((26, 22, 20), (70, 48, 30), (120, 80, 44), (176, 140, 90), (200, 196, 190), (140, 56, 30))


def mix(a: Color, b: Color, t: float) -> Color:
    t = min(1.0, max(0.0, t))
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def shade(c: Color, f: float) -> Color:
    return (min(255, round(c[0] * f)), min(255, round(c[1] * f)), min(255, round(c[2] * f)))


def vgradient(
    size: tuple[int, int], stops: tuple[Color, ...], top: float = 0.0, bottom: float = 1.0
):
    """Return an image whose colour runs through stops from top to bottom (fractions of height)."""
    w, h = size
    data = bytearray()
    for y in range(h):
        t = (y / max(1, h - 1) - top) / max(1e-6, bottom - top)
        t = min(1.0, max(0.0, t)) * (len(stops) - 1)
        i = min(int(t), len(stops) - 2)
        data += bytes(mix(stops[i], stops[i + 1], t - i))
    return Image.frombytes("RGB", (1, h), bytes(data)).resize((w, h), Image.Resampling.NEAREST)


def fill(img: Image.Image, color, mask: Image.Image) -> None:
    """Paint color (a colour or a same-sized image) onto img through mask, within the mask's box."""
    box = mask.getbbox()
    if not box:
        return
    source = color if isinstance(color, tuple) else color.crop(box)
    img.paste(source, box, mask.crop(box))


def soften(mask: Image.Image, radius: float) -> Image.Image:
    """Blur a mask cheaply: at a quarter of its size, then scaled back up."""
    small = mask.reduce(4).filter(ImageFilter.BoxBlur(max(1, radius / 4)))
    return small.resize(mask.size, Image.Resampling.BILINEAR)


def new_mask(img: Image.Image) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    mask = Image.new("L", img.size, 0)
    return mask, ImageDraw.Draw(mask)


def glow(img: Image.Image, xy: tuple[float, float], radius: float, color: Color, strength=255):
    """Add a soft round light at xy."""
    w, h = img.size
    x0, y0 = max(0, int(xy[0] - radius * 2)), max(0, int(xy[1] - radius * 2))
    x1, y1 = min(w, int(xy[0] + radius * 2) + 1), min(h, int(xy[1] + radius * 2) + 1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return
    scale = max(1, int(radius / 12))
    sw, sh = max(2, (x1 - x0) // scale), max(2, (y1 - y0) // scale)
    small = Image.new("L", (sw, sh), 0)
    cx, cy, r = (xy[0] - x0) / scale, (xy[1] - y0) / scale, radius / scale
    ImageDraw.Draw(small).ellipse((cx - r, cy - r, cx + r, cy + r), fill=strength)
    small = small.filter(ImageFilter.GaussianBlur(r * 0.8))
    img.paste(color, (x0, y0, x1, y1), small.resize((x1 - x0, y1 - y0), Image.Resampling.BILINEAR))


def haze(img: Image.Image, rng: Random, color: Color, amount: float) -> None:
    """Lay a blotchy veil of color over img, so large areas are not flat."""
    w, h = img.size
    cells = Image.frombytes("L", (12, 8), rng.randbytes(96))
    veil = cells.resize((w, h), Image.Resampling.BICUBIC).point(lambda v: int(v * amount))
    img.paste(color, (0, 0), veil)


def ridge(
    rng: Random, w: int, base: float, amp: float, waves: int = 3
) -> list[tuple[float, float]]:
    """Return the outline of rolling ground: points across the width around height base."""
    phases = [(rng.uniform(0.5, 3.5) * (k + 1), rng.uniform(0, 6.3)) for k in range(waves)]
    points = []
    for i in range(0, 65):
        x = w * i / 64
        y = base + sum(
            amp / (k + 1) * math.sin(x / w * f * math.pi + p) for k, (f, p) in enumerate(phases)
        )
        points.append((x, y))
    return points


def ground(img, points, color_or_image, bottom: int | None = None) -> None:
    w, h = img.size
    mask, draw = new_mask(img)
    draw.polygon([*points, (w, bottom or h), (0, bottom or h)], fill=255)
    fill(img, color_or_image, mask)


def reflect(img: Image.Image, horizon: int, water: Color, rng: Random) -> None:
    """Mirror what stands above the horizon into water below it, darkened and rippled."""
    w, h = img.size
    depth = h - horizon
    above = img.crop((0, max(0, horizon - depth), w, horizon)).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    above = above.resize((w, depth))
    stripes = Image.new("L", (1, depth))
    stripes.putdata([int(90 + 60 * math.sin(y * 0.9 + rng.random())) for y in range(depth)])
    tint = Image.new("RGB", (w, depth), water)
    above = Image.composite(above, tint, stripes.resize((w, depth)))
    img.paste(above, (0, horizon))
    draw = ImageDraw.Draw(img)
    for _ in range(160):
        y = rng.randint(horizon + 2, h - 1)
        x = rng.randint(0, w)
        length = rng.randint(20, 160) * (y - horizon) / depth + 8
        draw.line((x, y, x + length, y), fill=mix(water, (255, 255, 255), 0.25), width=1)


def sky(img: Image.Image, light: str, horizon: float) -> tuple[Color, Color, Color]:
    stops, sun, dark = SKIES[light]
    img.paste(vgradient(img.size, stops, 0, horizon))
    return stops[-1], sun, dark


def windows(draw, box, rng: Random, lit: bool, color: Color, step=(14, 18)) -> None:
    x0, y0, x1, y1 = box
    for y in range(int(y0) + 8, int(y1) - 8, step[1]):
        for x in range(int(x0) + 5, int(x1) - 8, step[0]):
            if rng.random() < (0.45 if lit else 0.8):
                glow_c = (255, 214, 140) if lit else color
                draw.rectangle((x, y, x + step[0] // 2, y + step[1] // 2), fill=glow_c)


def buildings(img, rng, light, horizon_y, layers, lit_windows=True) -> None:
    """Draw rows of towers, far ones pale with haze, the nearest with windows."""
    w, h = img.size
    far_c, dark = SKIES[light][0][-1], SKIES[light][2]
    draw = ImageDraw.Draw(img)
    for layer in range(layers):
        near = (layer + 1) / layers
        color = mix(far_c, dark, 0.35 + 0.65 * near)
        x = rng.uniform(-40, 0)
        while x < w:
            bw = rng.uniform(40, 120) * (0.6 + near)
            bh = rng.uniform(0.08, 0.42) * h * (0.5 + near * 0.7)
            top = horizon_y - bh
            draw.rectangle((x, top, x + bw, horizon_y), fill=shade(color, rng.uniform(0.9, 1.08)))
            if rng.random() < 0.2:
                draw.polygon([(x, top), (x + bw / 2, top - bw * 0.4), (x + bw, top)], fill=color)
            if rng.random() < 0.15:
                draw.rectangle((x + bw / 2 - 2, top - bh * 0.25, x + bw / 2 + 2, top), fill=color)
            if layer == layers - 1:
                lit = light in ("night", "dusk") and lit_windows
                windows(draw, (x, top, x + bw, horizon_y), rng, lit, shade(color, 1.25))
            x += bw + rng.uniform(-10, 12)


def person(draw, x: float, y: float, size: float, color: Color, rng: Random, arms=False) -> None:
    """Draw a standing figure from the waist up, its head top at (x, y)."""
    head = size * 0.22
    draw.ellipse((x - head / 2, y, x + head / 2, y + head * 1.15), fill=color)
    sw = size * rng.uniform(0.48, 0.6)
    top = y + head * 1.2
    draw.rounded_rectangle(
        (x - sw / 2, top, x + sw / 2, top + size), radius=int(sw * 0.35), fill=color
    )
    if arms:
        draw.line(
            (x + sw * 0.35, top + size * 0.12, x + sw * 0.6, y - size * 0.2),
            fill=color,
            width=max(2, int(size * 0.08)),
        )


def crowd(
    img,
    rng: Random,
    top: float,
    bottom: float,
    rows: int,
    back: Color,
    front: Color,
    placards=False,
    dark=0.55,
) -> None:
    w, h = img.size
    draw = ImageDraw.Draw(img)
    for row in range(rows):
        t = row / max(1, rows - 1)
        size = h * (0.05 + 0.22 * t**1.6)
        y = top + (bottom - top) * t - size * 0.2
        x = rng.uniform(-size, 0)
        while x < w + size:
            base = rng.choice(CLOTHES)
            color = mix(mix(base, front, dark), back, (1 - t) * 0.75)
            person(
                draw,
                x,
                y + rng.uniform(-size * 0.08, size * 0.08),
                size,
                color,
                rng,
                arms=rng.random() < 0.06,
            )
            if placards and rng.random() < 0.05 and t > 0.3:
                px = x + size * 0.2
                draw.line(
                    (px, y - size * 0.05, px, y + size * 0.3),
                    fill=shade(color, 0.7),
                    width=max(2, int(size * 0.03)),
                )
                pc = mix((236, 230, 214), back, (1 - t) * 0.6)
                draw.rectangle(
                    (px - size * 0.28, y - size * 0.42, px + size * 0.28, y - size * 0.05), fill=pc
                )
            x += size * rng.uniform(0.42, 0.62)
