"""The demo pictures' scenes: one function per scene name, drawing on an RGB image."""

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from broadsheet.demo.paint import (
    CLOTHES,
    CONTAINER_COLOURS,
    buildings,
    crowd,
    fill,
    glow,
    ground,
    haze,
    mix,
    new_mask,
    person,
    reflect,
    ridge,
    shade,
    sky,
    soften,
    vgradient,
    windows,
)
from broadsheet.demo.writer import SCENES


def scene_skyline(img, rng, light):
    w, h = img.size
    horizon = int(h * rng.uniform(0.66, 0.74))
    far, sun, dark = sky(img, light, horizon / h)
    haze(img, rng, far, 0.25)
    glow(img, (rng.uniform(0.15, 0.85) * w, horizon - h * rng.uniform(0.12, 0.3)), h * 0.06, sun)
    glow(img, (w / 2, horizon), w * 0.5, far, 90)
    buildings(img, rng, light, horizon, 3)
    reflect(img, horizon, mix(far, dark, 0.55), rng)


def scene_harbour(img, rng, light):
    w, h = img.size
    horizon = int(h * rng.uniform(0.58, 0.64))
    far, sun, dark = sky(img, light, horizon / h)
    haze(img, rng, far, 0.2)
    glow(img, (rng.uniform(0.1, 0.9) * w, horizon - h * 0.1), h * 0.07, sun)
    ground(img, ridge(rng, w, horizon - h * 0.03, h * 0.02), mix(far, dark, 0.35), horizon)
    quay = int(horizon + h * 0.02)
    reflect(img, horizon, mix(far, dark, 0.5), rng)
    draw = ImageDraw.Draw(img)
    left = rng.random() < 0.5
    qx0, qx1 = (0, w * 0.62) if left else (w * 0.38, w)
    draw.rectangle((qx0, quay - h * 0.015, qx1, quay + h * 0.05), fill=shade(dark, 1.2))
    x = qx0 + 20
    while x < qx1 - 60:
        stack = rng.randint(1, 4)
        cw = rng.uniform(50, 90)
        for level in range(stack):
            c = mix(rng.choice(CONTAINER_COLOURS), far, 0.25 if light != "night" else 0.7)
            y1 = quay - h * 0.015 - level * h * 0.035
            draw.rectangle((x, y1 - h * 0.033, x + cw, y1), fill=c)
            draw.line((x, y1 - h * 0.033, x + cw, y1 - h * 0.033), fill=shade(c, 1.3))
        x += cw + rng.uniform(2, 10)
    crane_c = mix(dark, (200, 60, 40), 0.25)
    for k in range(rng.randint(2, 4)):
        cx = qx0 + (qx1 - qx0) * (0.15 + 0.27 * k) + rng.uniform(-30, 30)
        top = quay - h * rng.uniform(0.32, 0.4)
        leg = w * 0.05
        for lx in (cx - leg, cx + leg):
            draw.rectangle((lx - 4, top, lx + 4, quay), fill=crane_c)
        draw.line((cx - leg, quay - h * 0.12, cx + leg, quay - h * 0.12), fill=crane_c, width=5)
        reach = w * 0.16 * (1 if left else -1)
        draw.rectangle(
            (min(cx - leg * 1.6, cx + reach), top, max(cx + leg * 1.6, cx + reach), top + 12),
            fill=crane_c,
        )
        draw.line((cx, top - h * 0.06, cx + reach, top + 6), fill=crane_c, width=3)
        draw.line(
            (cx, top - h * 0.06, cx - leg * 1.6 * (1 if left else -1), top + 6),
            fill=crane_c,
            width=3,
        )
    sx = w * (0.55 if left else 0.05) + rng.uniform(0, w * 0.1)
    sw = w * rng.uniform(0.3, 0.38)
    hull = mix(dark, (30, 40, 60), 0.4)
    draw.polygon(
        [
            (sx, quay - h * 0.05),
            (sx + sw, quay - h * 0.05),
            (sx + sw - w * 0.03, quay + h * 0.06),
            (sx + w * 0.02, quay + h * 0.06),
        ],
        fill=hull,
    )
    draw.rectangle(
        (sx + sw * 0.8, quay - h * 0.16, sx + sw * 0.93, quay - h * 0.05),
        fill=mix(hull, (230, 230, 230), 0.6),
    )
    for i in range(int(sw * 0.75 / 40)):
        c = mix(rng.choice(CONTAINER_COLOURS), far, 0.3)
        for level in range(rng.randint(1, 3)):
            draw.rectangle(
                (
                    sx + 10 + i * 40,
                    quay - h * 0.05 - (level + 1) * h * 0.03,
                    sx + 48 + i * 40,
                    quay - h * 0.05 - level * h * 0.03,
                ),
                fill=c,
            )


def scene_fields(img, rng, light):
    w, h = img.size
    horizon = h * rng.uniform(0.42, 0.52)
    far, sun, dark = sky(img, light, horizon / h)
    haze(img, rng, (255, 255, 255), 0.18)
    glow(img, (rng.uniform(0.1, 0.9) * w, horizon - h * rng.uniform(0.05, 0.2)), h * 0.07, sun)
    greens = ((104, 140, 70), (150, 160, 74), (190, 170, 90), (84, 120, 64), (126, 150, 60))
    for layer in range(5):
        t = layer / 4
        base = horizon + h * (0.02 + 0.13 * layer**1.25)
        green = rng.choice(greens)
        color = mix(
            mix(green, dark, 0.3 if light in ("dusk", "night") else 0.0), far, 0.6 * (1 - t)
        )
        pts = ridge(rng, w, base, h * (0.01 + 0.03 * t))
        tone = vgradient(
            img.size, (shade(color, 1.1), shade(color, 0.85)), base / h - 0.05, base / h + 0.3
        )
        ground(img, pts, tone)
        draw = ImageDraw.Draw(img)
        draw.line(pts, fill=mix(dark, color, 0.5 + 0.3 * (1 - t)), width=max(2, int(2 + 5 * t)))
        for _ in range(rng.randint(3, 9)):
            i = rng.randrange(len(pts))
            tx, ty = pts[i]
            r = h * (0.01 + 0.035 * t) * rng.uniform(0.7, 1.3)
            tree = mix(mix((40, 70, 40), dark, 0.4), far, 0.55 * (1 - t))
            draw.rectangle((tx - r * 0.12, ty - r, tx + r * 0.12, ty + 2), fill=shade(tree, 0.8))
            for _ in range(4):
                ox, oy = rng.uniform(-r * 0.6, r * 0.6), rng.uniform(-r * 1.8, -r * 0.9)
                draw.ellipse(
                    (tx + ox - r * 0.7, ty + oy - r * 0.6, tx + ox + r * 0.7, ty + oy + r * 0.6),
                    fill=tree,
                )
    draw = ImageDraw.Draw(img)
    vx = rng.uniform(0.3, 0.7) * w
    for k in range(-14, 15):
        draw.line(
            (vx, h * 0.82, vx + k * w * 0.12, h), fill=shade(rng.choice(greens), 0.75), width=3
        )


def scene_stadium(img, rng, light):
    w, h = img.size
    far, sun, dark = sky(img, light, 0.4)
    draw = ImageDraw.Draw(img)
    rim = h * rng.uniform(0.3, 0.36)
    stand = mix(dark, (40, 44, 60), 0.4)
    draw.polygon([(0, rim - h * 0.06), (w, rim - h * 0.06), (w, h), (0, h)], fill=stand)
    draw.rectangle((0, rim - h * 0.08, w, rim - h * 0.06), fill=shade(stand, 1.6))
    pitch_top = h * 0.56
    for _ in range(5200):
        x, y = rng.uniform(0, w), rng.uniform(rim - h * 0.05, pitch_top)
        c = mix(rng.choice(CLOTHES + ((200, 30, 40), (230, 230, 230))), stand, 0.55)
        draw.rectangle((x, y, x + 3, y + 3), fill=c)
    base_green = (54, 126, 62)
    for i in range(10):
        y0 = pitch_top + (h - pitch_top) * (i / 10) ** 1.3
        y1 = pitch_top + (h - pitch_top) * ((i + 1) / 10) ** 1.3
        inset0, inset1 = w * 0.18 * (1 - i / 10), w * 0.18 * (1 - (i + 1) / 10)
        c = shade(base_green, 1.08 if i % 2 else 0.94)
        draw.polygon([(inset0, y0), (w - inset0, y0), (w - inset1, y1), (inset1, y1)], fill=c)
    line = (232, 236, 230)
    draw.line([(w * 0.18 + 12, pitch_top + 6), (w * 0.82 - 12, pitch_top + 6)], fill=line, width=3)
    draw.line([(w * 0.18 + 12, pitch_top + 6), (-w * 0.05, h)], fill=line, width=4)
    draw.line([(w * 0.82 - 12, pitch_top + 6), (w * 1.05, h)], fill=line, width=4)
    draw.line([(w / 2, pitch_top + 6), (w / 2, h)], fill=line, width=4)
    cy = pitch_top + (h - pitch_top) * 0.55
    draw.ellipse(
        (w / 2 - w * 0.12, cy - h * 0.07, w / 2 + w * 0.12, cy + h * 0.07), outline=line, width=4
    )
    for fx in (w * 0.08, w * 0.92):
        top = rim - h * 0.3
        draw.line((fx, top, fx, rim), fill=(30, 30, 36), width=10)
        draw.rectangle((fx - 50, top - 30, fx + 50, top + 10), fill=(230, 232, 220))
        glow(img, (fx, top - 10), h * 0.12, (255, 250, 220))
        beam, bd = new_mask(img)
        bd.polygon(
            [(fx - 40, top), (fx + 40, top), (w / 2 + (w / 2 - fx) * -0.1, h), (w / 2, h)], fill=26
        )
        fill(img, (255, 255, 230), soften(beam, 20))
    haze(img, rng, (255, 255, 240), 0.08)


def scene_crowd(img, rng, light):
    w, h = img.size
    horizon = h * 0.62
    far, sun, dark = sky(img, light, 0.6)
    glow(img, (rng.uniform(0.2, 0.8) * w, h * 0.2), h * 0.08, sun)
    buildings(img, rng, light, horizon, 2)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, horizon, w, h), fill=mix(far, dark, 0.6))
    crowd(img, rng, horizon - h * 0.05, h * 0.98, 6, far, dark, placards=rng.random() < 0.5)


def scene_chart(img, rng, light):
    w, h = img.size
    bg = rng.choice(
        (((10, 22, 48), (24, 48, 86)), ((16, 18, 30), (40, 44, 70)), ((8, 34, 40), (20, 70, 76)))
    )
    img.paste(vgradient(img.size, bg))
    for _ in range(14):
        glow(
            img,
            (rng.uniform(0, w), rng.uniform(0, h)),
            rng.uniform(30, 120),
            mix(bg[1], (120, 170, 255), 0.4),
            70,
        )
    draw = ImageDraw.Draw(img)
    grid = mix(bg[1], (255, 255, 255), 0.12)
    for i in range(1, 8):
        draw.line((0, h * i / 8, w, h * i / 8), fill=grid, width=1)
    for i in range(1, 12):
        draw.line((w * i / 12, 0, w * i / 12, h), fill=grid, width=1)
    n = 60
    value, pts = 0.5, []
    trend = rng.uniform(-0.006, 0.008)
    for i in range(n):
        value = min(0.85, max(0.18, value + trend + rng.gauss(0, 0.035)))
        pts.append((w * (i + 0.5) / n, h * (1 - value) * 0.78 + h * 0.04))
    up, down = (80, 220, 160), (240, 96, 90)
    for i, (x, y) in enumerate(pts):
        vol = h * rng.uniform(0.03, 0.14)
        draw.rectangle(
            (x - w / n * 0.3, h - vol, x + w / n * 0.3, h), fill=mix(bg[1], (140, 170, 220), 0.3)
        )
        if i:
            c = up if y < pts[i - 1][1] else down
            top, bottom = sorted((y, pts[i - 1][1]))
            wick = h * rng.uniform(0.01, 0.04)
            draw.line((x, top - wick, x, bottom + wick), fill=mix(c, bg[0], 0.4), width=2)
            draw.rectangle(
                (x - w / n * 0.22, top, x + w / n * 0.22, max(bottom, top + 3)),
                fill=mix(c, bg[0], 0.35),
            )
    area, ad = new_mask(img)
    ad.polygon([*pts, (pts[-1][0], h), (pts[0][0], h)], fill=60)
    fill(img, (110, 200, 255), area)
    line_mask, ld = new_mask(img)
    ld.line(pts, fill=255, width=14, joint="curve")
    fill(img, (110, 200, 255), soften(line_mask, 10))
    draw.line(pts, fill=(220, 244, 255), width=4, joint="curve")
    glow(img, pts[-1], 26, (255, 255, 255))


def scene_flood(img, rng, light):
    w, h = img.size
    waterline = int(h * rng.uniform(0.6, 0.68))
    far, sun, dark = sky(img, "overcast", waterline / h)
    haze(img, rng, (90, 94, 104), 0.35)
    ground(
        img, ridge(rng, w, waterline - h * 0.12, h * 0.03), mix(far, (70, 90, 70), 0.4), waterline
    )
    draw = ImageDraw.Draw(img)
    x = rng.uniform(-60, 20)
    while x < w:
        hw = rng.uniform(110, 200)
        hh = rng.uniform(0.14, 0.22) * h
        wall = mix(
            rng.choice(((180, 160, 140), (200, 190, 170), (150, 120, 100), (210, 200, 190))),
            far,
            0.25,
        )
        top = waterline - hh
        draw.rectangle((x, top, x + hw, waterline), fill=wall)
        draw.polygon(
            [(x - 10, top), (x + hw / 2, top - hh * 0.45), (x + hw + 10, top)],
            fill=mix((90, 60, 56), far, 0.3),
        )
        for wx in (x + hw * 0.18, x + hw * 0.6):
            draw.rectangle((wx, top + hh * 0.2, wx + hw * 0.2, top + hh * 0.45), fill=(70, 78, 90))
        if rng.random() < 0.5:
            tx = x + hw + rng.uniform(10, 40)
            r = h * 0.06
            draw.rectangle((tx - 4, waterline - r * 2.6, tx + 4, waterline), fill=(60, 56, 50))
            draw.ellipse(
                (tx - r, waterline - r * 3.6, tx + r, waterline - r * 1.6),
                fill=mix((70, 96, 70), far, 0.3),
            )
        x += hw + rng.uniform(30, 110)
    water = (118, 104, 82)
    reflect(img, waterline, water, rng)
    rain, rd = new_mask(img)
    for _ in range(900):
        rx, ry = rng.uniform(-100, w), rng.uniform(-50, h)
        rd.line((rx, ry, rx + 14, ry + 46), fill=rng.randint(40, 90), width=1)
    fill(img, (220, 224, 230), rain)


def scene_gallery(img, rng, light):
    w, h = img.size
    wall = rng.choice(((236, 230, 218), (222, 226, 228), (240, 236, 228), (200, 208, 204)))
    img.paste(vgradient(img.size, (shade(wall, 1.02), shade(wall, 0.86))))
    draw = ImageDraw.Draw(img)
    floor_y = h * 0.74
    wood = rng.choice(((150, 110, 74), (176, 140, 100), (120, 96, 80)))
    fg = vgradient(img.size, (shade(wood, 0.9), shade(wood, 1.15)), floor_y / h, 1.0)
    fmask, fd = new_mask(img)
    fd.rectangle((0, floor_y, w, h), fill=255)
    fill(img, fg, fmask)
    for k in range(-20, 21):
        draw.line((w / 2 + k * 30, floor_y, w / 2 + k * 160, h), fill=shade(wood, 0.82), width=2)
    draw.rectangle((0, floor_y - 10, w, floor_y), fill=shade(wall, 0.75))
    x = w * rng.uniform(0.04, 0.1)
    while x < w * 0.85:
        pw, ph = rng.uniform(0.14, 0.26) * w, rng.uniform(0.22, 0.36) * h
        top = h * 0.42 - ph / 2
        glow(img, (x + pw / 2, top - 10), pw * 0.55, (255, 246, 220), 90)
        frame = rng.choice(((60, 46, 30), (176, 140, 70), (30, 30, 30), (230, 230, 226)))
        draw.rectangle((x - 12, top - 12, x + pw + 12, top + ph + 12), fill=frame)
        sea, sky_c = (
            rng.choice(CONTAINER_COLOURS),
            mix(rng.choice(CONTAINER_COLOURS), (255, 255, 255), 0.5),
        )
        painting = vgradient((int(pw), int(ph)), (sky_c, mix(sky_c, sea, 0.6), shade(sea, 0.7)))
        pd = ImageDraw.Draw(painting)
        for _ in range(rng.randint(3, 8)):
            bx, by = rng.uniform(0, pw), rng.uniform(0, ph)
            br = rng.uniform(8, pw * 0.25)
            pd.ellipse(
                (bx - br, by - br * 0.5, bx + br, by + br * 0.5),
                fill=mix(rng.choice(CONTAINER_COLOURS), sky_c, 0.3),
            )
        img.paste(painting.filter(ImageFilter.BoxBlur(2)), (int(x), int(top)))
        x += pw + rng.uniform(0.06, 0.12) * w
    draw = ImageDraw.Draw(img)
    draw.rectangle((w * 0.35, h * 0.8, w * 0.65, h * 0.84), fill=(60, 50, 44))
    for _ in range(rng.randint(2, 4)):
        size = h * rng.uniform(0.36, 0.46)
        person(
            draw,
            rng.uniform(0.05, 0.95) * w,
            h * 0.98 - size * 1.25,
            size,
            mix(rng.choice(CLOTHES), (40, 40, 40), 0.4),
            rng,
        )


def scene_assembly(img, rng, light):
    w, h = img.size
    far, sun, dark = sky(img, light, 0.7)
    haze(img, rng, far, 0.2)
    glow(img, (rng.uniform(0.1, 0.9) * w, h * 0.2), h * 0.07, sun)
    stone = mix((226, 214, 190), far, 0.3)
    if light in ("dusk", "night"):
        stone = mix(stone, dark, 0.45)
    draw = ImageDraw.Draw(img)
    cx, bw = w / 2 + rng.uniform(-w * 0.1, w * 0.1), w * rng.uniform(0.5, 0.64)
    base = h * 0.78
    top = h * 0.36
    draw.rectangle((cx - bw * 0.85, top + h * 0.08, cx + bw * 0.85, base), fill=shade(stone, 0.85))
    windows(
        draw,
        (cx - bw * 0.85, top + h * 0.1, cx - bw * 0.52, base),
        rng,
        light == "night",
        shade(stone, 0.6),
        (30, 46),
    )
    windows(
        draw,
        (cx + bw * 0.52, top + h * 0.1, cx + bw * 0.85, base),
        rng,
        light == "night",
        shade(stone, 0.6),
        (30, 46),
    )
    if rng.random() < 0.6:
        dr = bw * 0.18
        draw.rectangle((cx - dr, top - h * 0.14, cx + dr, top), fill=shade(stone, 0.95))
        draw.chord(
            (cx - dr, top - h * 0.14 - dr, cx + dr, top - h * 0.14 + dr),
            180,
            360,
            fill=mix(stone, (90, 130, 120), 0.5),
        )
    draw.polygon(
        [(cx - bw / 2 - 20, top), (cx, top - h * 0.1), (cx + bw / 2 + 20, top)],
        fill=shade(stone, 1.05),
    )
    draw.rectangle(
        (cx - bw / 2 - 20, top, cx + bw / 2 + 20, top + h * 0.05), fill=shade(stone, 0.95)
    )
    draw.rectangle((cx - bw / 2, top + h * 0.05, cx + bw / 2, base), fill=shade(stone, 0.55))
    count = rng.choice((6, 8, 10))
    col_w = bw / count * 0.45
    column = Image.new("RGB", (int(col_w), 1))
    column.putdata(
        [shade(stone, 0.75 + 0.45 * math.sin(math.pi * i / col_w)) for i in range(int(col_w))]
    )
    for i in range(count):
        x = cx - bw / 2 + (i + 0.5) * bw / count - col_w / 2
        img.paste(
            column.resize((int(col_w), int(base - top - h * 0.05))), (int(x), int(top + h * 0.05))
        )
    for s in range(5):
        draw.rectangle(
            (
                cx - bw / 2 - 30 - s * 30,
                base + s * h * 0.03,
                cx + bw / 2 + 30 + s * 30,
                base + (s + 1) * h * 0.03,
            ),
            fill=shade(stone, 1.0 - s * 0.04),
        )
    draw.rectangle((0, base + 5 * h * 0.03, w, h), fill=mix(stone, dark, 0.5))
    for fx in (cx - bw * 0.7, cx + bw * 0.7):
        draw.line((fx, top - h * 0.2, fx, top + h * 0.08), fill=dark, width=4)
        draw.rectangle(
            (fx, top - h * 0.2, fx + 70, top - h * 0.2 + 44),
            fill=rng.choice(((170, 40, 50), (40, 80, 150), (30, 110, 80))),
        )


def scene_stage(img, rng, light):
    w, h = img.size
    img.paste(vgradient(img.size, ((6, 6, 14), (22, 14, 34), (10, 8, 16))))
    colours = ((255, 80, 160), (80, 160, 255), (255, 200, 90), (140, 90, 255), (90, 240, 200))
    stage_y = h * 0.6
    for i in range(rng.randint(4, 7)):
        c = rng.choice(colours)
        sx = w * (i + 0.5) / 7 + rng.uniform(-40, 40)
        tx = rng.uniform(0.2, 0.8) * w
        beam, bd = new_mask(img)
        spread_ = rng.uniform(80, 200)
        bd.polygon(
            [(sx - 8, 0), (sx + 8, 0), (tx + spread_, stage_y), (tx - spread_, stage_y)], fill=70
        )
        fill(img, c, soften(beam, 24))
        glow(img, (sx, 8), 40, c)
    haze(img, rng, (120, 100, 160), 0.15)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, stage_y, w, h), fill=(18, 14, 22))
    draw.rectangle((0, stage_y, w, stage_y + 6), fill=(90, 70, 100))
    for _ in range(rng.randint(1, 3)):
        size = h * 0.22
        person(
            draw,
            rng.uniform(0.3, 0.7) * w,
            stage_y - size * 1.2,
            size,
            (24, 18, 30),
            rng,
            arms=rng.random() < 0.5,
        )
    crowd(img, rng, h * 0.7, h * 0.95, 3, (14, 12, 20), (2, 2, 4), dark=0.9)


def scene_space(img, rng, light):
    w, h = img.size
    img.paste(vgradient(img.size, ((2, 2, 8), (8, 10, 26), (4, 4, 12))))
    for _ in range(6):
        c = rng.choice(((120, 60, 160), (40, 90, 170), (170, 70, 90), (40, 140, 150)))
        glow(
            img,
            (rng.uniform(0, w), rng.uniform(0, h)),
            rng.uniform(150, 400),
            c,
            rng.randint(30, 70),
        )
    draw = ImageDraw.Draw(img)
    for _ in range(1400):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        b = int(120 + 135 * rng.random() ** 3)
        r = 1 if rng.random() < 0.92 else 2
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(b, b, min(255, b + 20)))
    cx, cy = w * rng.uniform(0.55, 0.72), h * rng.uniform(0.45, 0.6)
    radius = h * rng.uniform(0.28, 0.36)
    outline = []
    bumps = [(rng.uniform(0.02, 0.08), rng.randint(2, 7), rng.uniform(0, 6.3)) for _ in range(4)]
    for i in range(120):
        a = 2 * math.pi * i / 120
        r = radius * (1 + sum(m * math.sin(k * a + p) for m, k, p in bumps))
        outline.append((cx + r * math.cos(a) * 1.25, cy + r * math.sin(a)))
    rock, rd = new_mask(img)
    rd.polygon(outline, fill=255)
    base = rng.choice(((140, 124, 110), (110, 104, 100), (150, 130, 100)))
    lit = Image.radial_gradient("L").resize((int(radius * 4.4), int(radius * 4.4)))
    lit_img = Image.new("RGB", img.size, shade(base, 0.12))
    mask = lit.point(lambda v: max(0, 255 - v * 2))
    lit_img.paste(shade(base, 1.3), (int(cx - radius * 2.6), int(cy - radius * 2.6)), mask)
    fill(img, lit_img, rock)
    crater, cd = new_mask(img)
    for _ in range(26):
        a, d = rng.uniform(0, 6.3), rng.uniform(0, radius * 0.85)
        x, y = cx + d * math.cos(a) * 1.2, cy + d * math.sin(a)
        r = rng.uniform(6, radius * 0.16)
        cd.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), fill=70)
        cd.arc((x - r, y - r * 0.7, x + r, y + r * 0.7), 200, 340, fill=0, width=3)
    fill(img, (10, 10, 10), ImageChops.multiply(crater, rock))
    px, py = w * rng.uniform(0.15, 0.3), h * rng.uniform(0.22, 0.4)
    draw = ImageDraw.Draw(img)
    draw.rectangle((px - 14, py - 12, px + 14, py + 12), fill=(200, 180, 120))
    for side in (-1, 1):
        xs = sorted((px + side * 18, px + side * 90))
        draw.rectangle((xs[0], py - 8, xs[1], py + 8), fill=(50, 70, 130))
        draw.line((px + side * 14, py, px + side * 18, py), fill=(180, 180, 180), width=3)
    draw.line((px, py - 12, px - 6, py - 34), fill=(200, 200, 200), width=2)


def scene_street(img, rng, light):
    w, h = img.size
    vx, vy = w * rng.uniform(0.4, 0.6), h * 0.48
    far, sun, dark = sky(img, light, 0.5)
    glow(img, (vx, vy), h * 0.2, sun, 120)
    draw = ImageDraw.Draw(img)
    draw.polygon(
        [(vx - 20, vy), (vx + 20, vy), (w * 0.85, h), (w * 0.15, h)], fill=mix(dark, far, 0.35)
    )
    draw.polygon([(vx - 20, vy), (w * 0.15, h), (0, h), (0, vy)], fill=mix(dark, far, 0.2))
    draw.polygon([(vx + 20, vy), (w * 0.85, h), (w, h), (w, vy)], fill=mix(dark, far, 0.2))
    for side in (-1, 1):
        d = 0.02
        while d < 1:
            d2 = min(1.0, d + rng.uniform(0.05, 0.14))
            f0, f1 = d**1.4, d2**1.4
            x0 = vx + side * (20 + (w / 2 + 80) * f0)
            x1 = vx + side * (20 + (w / 2 + 80) * f1)
            tall = h * rng.uniform(0.7, 1.5)
            c = mix(
                mix(rng.choice(((150, 110, 90), (120, 120, 130), (170, 150, 120))), dark, 0.55),
                far,
                0.5 * (1 - d),
            )
            c = shade(c, rng.uniform(0.9, 1.1))
            floor0, floor1 = vy + (h - vy) * f0, vy + (h - vy) * f1
            draw.polygon(
                [(x0, vy - tall * f0), (x1, vy - tall * f1), (x1, floor1), (x0, floor0)], fill=c
            )
            lit = light in ("night", "dusk")
            for row in range(1, 6):
                for col in range(1, 4):
                    t, v = col / 4, row / 6
                    fx = f0 + (f1 - f0) * t
                    wx = x0 + (x1 - x0) * t
                    wy = vy - tall * fx * (1 - v) + (h - vy) * fx * v * 0.2
                    s = max(2, 26 * fx)
                    on = lit and rng.random() < 0.5
                    draw.rectangle(
                        (wx - s * 0.3, wy, wx + s * 0.3, wy + s * 0.7),
                        fill=(255, 210, 140) if on else shade(c, 0.75),
                    )
            d = d2
    for k in range(1, 7):
        t = (k / 7) ** 1.5
        for side in (-1, 1):
            lx = vx + side * (30 + w * 0.36 * t)
            ly = vy + (h - vy) * t * 0.9
            pole = h * 0.35 * t + 10
            draw.line((lx, ly, lx, ly - pole), fill=(30, 30, 34), width=max(1, int(6 * t)))
            if light in ("night", "dusk", "overcast"):
                glow(img, (lx, ly - pole), 20 + 60 * t, (255, 220, 160), 200)
    draw = ImageDraw.Draw(img)
    draw.line((vx, vy - 30, 0, h * 0.05), fill=(30, 30, 34), width=2)
    draw.line((vx, vy - 30, w, h * 0.05), fill=(30, 30, 34), width=2)
    tw, th = w * 0.1, h * 0.11
    tc = rng.choice(((200, 60, 50), (230, 190, 60), (60, 120, 170)))
    draw.rounded_rectangle(
        (vx - tw / 2, vy - th * 0.4, vx + tw / 2, vy + th * 0.6), radius=12, fill=mix(tc, far, 0.3)
    )
    draw.rectangle(
        (vx - tw * 0.4, vy - th * 0.25, vx + tw * 0.4, vy + th * 0.1),
        fill=(250, 230, 170) if light != "midday" else (90, 110, 130),
    )


def scene_laboratory(img, rng, light):
    w, h = img.size
    bg = rng.choice(
        (((12, 30, 40), (30, 70, 80)), ((20, 22, 40), (50, 60, 100)), ((14, 30, 26), (40, 80, 70)))
    )
    img.paste(vgradient(img.size, bg))
    for _ in range(22):
        c = rng.choice(((120, 220, 255), (255, 200, 120), (160, 255, 200), (255, 140, 180)))
        glow(
            img,
            (rng.uniform(0, w), rng.uniform(0, h * 0.6)),
            rng.uniform(20, 80),
            c,
            rng.randint(60, 160),
        )
    bench_y = h * 0.7
    bench = vgradient(img.size, ((220, 224, 226), (120, 126, 130)), bench_y / h, 1.0)
    mask, md = new_mask(img)
    md.rectangle((0, bench_y, w, h), fill=255)
    fill(img, bench, mask)
    x = w * rng.uniform(0.08, 0.16)
    while x < w * 0.88:
        liquid = rng.choice(
            ((80, 200, 220), (240, 120, 90), (150, 220, 120), (250, 210, 90), (180, 120, 240))
        )
        glass, gd = new_mask(img)
        kind = rng.random()
        if kind < 0.45:
            fw, fh = rng.uniform(90, 150), rng.uniform(160, 260)
            neck = fw * 0.22
            gd.polygon(
                [
                    (x + fw / 2 - neck / 2, bench_y - fh),
                    (x + fw / 2 + neck / 2, bench_y - fh),
                    (x + fw / 2 + neck / 2, bench_y - fh * 0.6),
                    (x + fw, bench_y),
                    (x, bench_y),
                ],
                fill=90,
            )
            liquid_top = bench_y - fh * 0.3
            lm, ld = new_mask(img)
            ld.polygon(
                [
                    (x + fw * 0.2, liquid_top),
                    (x + fw * 0.8, liquid_top),
                    (x + fw, bench_y),
                    (x, bench_y),
                ],
                fill=200,
            )
        elif kind < 0.8:
            fw, fh = rng.uniform(70, 110), rng.uniform(120, 200)
            gd.rectangle((x, bench_y - fh, x + fw, bench_y), fill=90)
            lm, ld = new_mask(img)
            ld.rectangle(
                (x + 3, bench_y - fh * rng.uniform(0.3, 0.7), x + fw - 3, bench_y), fill=200
            )
        else:
            fw, fh = rng.uniform(120, 170), 150
            gd.rectangle((x, bench_y - 40, x + fw, bench_y), fill=140)
            lm, ld = new_mask(img)
            for k in range(5):
                tx = x + 10 + k * (fw - 20) / 5
                ld.rounded_rectangle((tx, bench_y - fh, tx + 16, bench_y - 10), radius=8, fill=200)
        fill(img, (220, 240, 250), glass)
        fill(img, liquid, lm)
        draw = ImageDraw.Draw(img)
        draw.line((x + 10, bench_y - fh * 0.9, x + 10, bench_y - 20), fill=(250, 255, 255), width=3)
        x += fw + rng.uniform(40, 140)


DRAW = {name: globals()[f"scene_{name}"] for name in SCENES}
