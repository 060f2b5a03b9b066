"""Draw planned pages as HTML, print them with WeasyPrint, and read back pages and regions."""

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from io import BytesIO
from pathlib import Path
from types import SimpleNamespace

from django.template.loader import render_to_string
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from .layout import PAGE_HEIGHT, PAGE_WIDTH
from .typesetting import FONT_DIR

# Each page image: pixels across, WebP quality, WebP effort (0 fastest, 6 smallest).
PAGE_IMAGES = {
    "full": (1400, 80, 0),
    # A phone's screen across at its pixel density: the first image a phone reader waits for.
    "phone": (640, 70, 4),
    "thumbnail": (220, 80, 0),
}


def column_html(story, lines, jump):
    """Return a column's lines, each set as the planner broke it: justified but the last."""
    parts = []
    for line in lines:
        paragraph = story.paragraphs[line.paragraph]
        classes = ["l"]
        if line.start == 0 and paragraph.indent:
            classes.append("i")
        if line.end < len(paragraph.words):
            classes.append("j")
        if paragraph.style == "serif-bold":
            classes.append("sub")
        text = escape(" ".join(paragraph.words[line.start : line.end]))
        if line.start == 0 and paragraph.lead_in:
            text = format_html("<b>{}</b> {}", " ".join(paragraph.lead_in), text)
        parts.append(format_html('<p class="{}">{}</p>', " ".join(classes), text))
    if jump:
        if jump.get("online"):
            parts.append(mark_safe('<p class="l jump">Full story online</p>'))
        else:
            parts.append(
                format_html(
                    '<p class="l jump"><a href="#page-{0}">Continued on page {0}</a></p>',
                    jump["page"],
                )
            )
    return mark_safe("".join(parts))


PHOTO_PIXELS_PER_POINT = 1.6  # about 115 dpi: sharp on screen, a small PDF


def print_photo(path, width, height, folder, made, name):
    """Return a file URI of the photo scaled (and cropped) to fill width × height points.

    `name` must be unique to the edition and page (see `page_context`): pages printed in
    parallel share the folder, and a name reused by another run would swap their pictures.
    """
    from PIL import Image, ImageOps

    key = (path, round(width), round(height))
    if key not in made:
        size = (round(width * PHOTO_PIXELS_PER_POINT), round(height * PHOTO_PIXELS_PER_POINT))
        target = Path(folder) / f"{name}.jpg"
        try:
            with Image.open(path) as image:
                image.draft("RGB", size)  # JPEGs decode at a fraction of full size: fast
                image = ImageOps.fit(image.convert("RGB"), size, Image.Resampling.BILINEAR)
                image.save(target, "JPEG", quality=72, optimize=False)
            made[key] = target.as_uri()
        except OSError:
            made[key] = ""  # an unreadable original prints no picture rather than failing
    return made[key]


def page_context(page, photo_folder, made, edition_id=None):
    boxes = []
    for number, box in enumerate(page.boxes):
        data = dict(box.data)
        if box.kind == "column":
            data["html"] = column_html(data["story"], data["lines"], data["jump"])
        if box.kind == "brief":
            copy = SimpleNamespace(paragraphs=data["paragraphs"])
            data["html"] = column_html(copy, data["lines"], None)
        if box.kind == "photo" and data.get("path"):
            name = f"photo-e{edition_id or 0}-p{page.number}-b{number}"
            data["src"] = print_photo(
                data["path"], box.width, data["photo_height"], photo_folder, made, name
            )
        boxes.append(
            {
                "kind": box.kind,
                "style": (
                    f"left:{box.x:.2f}pt;top:{box.y:.2f}pt;"
                    f"width:{box.width:.2f}pt;height:{box.height:.2f}pt"
                ),
                "data": data,
            }
        )
    return {"number": page.number, "kind": page.kind, "section": page.section, "boxes": boxes}


def edition_html(pages, *, paper, edition, index, photo_folder):
    made = {}
    return render_to_string(
        "editions/print/edition.html",
        {
            "pages": [page_context(page, photo_folder, made, edition.pk) for page in pages],
            "paper": paper,
            "edition": edition,
            "index": index,
            "page_width": PAGE_WIDTH,
            "page_height": PAGE_HEIGHT,
            "font_dir": FONT_DIR.as_uri(),
        },
    )


# Tagged PDF/UA-1: a structure tree in reading order, alt text, the document's language and title.
PDF_VARIANT = "pdf/ua-1"


def write_pdf(html):
    """Print the edition's HTML to tagged PDF bytes."""
    from weasyprint import HTML

    return HTML(string=html, base_url=str(FONT_DIR)).write_pdf(pdf_variant=PDF_VARIANT)


def share_workers():
    """Processes to share rendering between: two on a multi-core machine, but none forked
    from a process running other threads (a server, a browser test), where a fork can
    deadlock."""
    if threading.active_count() > 1:
        return 1
    return min(2, os.cpu_count() or 1)


def print_pages(html_for, pages):
    """Print the pages to one PDF in one pass.

    `html_for(pages)` returns the HTML of the pages. One pass keeps one structure tree: runs
    printed apart and joined afterwards would lose the tags a screen reader follows.
    """
    return write_pdf(html_for(pages))


def link_regions(pdf_bytes):
    """Return, per page, the PDF's web links as (uri, left, top, width, height) in page fractions."""
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf_bytes))
    pages = []
    for page in reader.pages:
        width = float(page.mediabox.width)
        height = float(page.mediabox.height)
        links = []
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A") or {}
            uri = action.get("/URI")
            if annotation.get("/Subtype") != "/Link" or not uri:
                continue
            x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
            x0, x1 = sorted((x0, x1))
            y0, y1 = sorted((y0, y1))
            links.append(
                (
                    str(uri),
                    x0 / width,
                    (height - y1) / height,
                    (x1 - x0) / width,
                    (y1 - y0) / height,
                )
            )
        pages.append(links)
    return pages


def render_pages(pdf_bytes, numbers):
    """Return [(number, {"full"|"phone"|"thumbnail": (WebP bytes, (width, height))})] for some pages."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf_bytes)
    rendered = []
    try:
        for number in numbers:
            page = document[number - 1]
            images = {}
            for name, (width, quality, effort) in PAGE_IMAGES.items():
                image = page.render(scale=width / page.get_width()).to_pil()
                data = BytesIO()
                image.save(data, "WEBP", quality=quality, method=effort)
                images[name] = (data.getvalue(), image.size)
            page.close()
            rendered.append((number, images))
    finally:
        document.close()
    return rendered


def page_images(pdf_bytes, page_count, workers=None):
    """Render every page at each of PAGE_IMAGES, sharing the pages between processes."""
    workers = workers or share_workers()
    numbers = list(range(1, page_count + 1))
    if workers < 2 or page_count < 4:
        return render_pages(pdf_bytes, numbers)
    chunks = [numbers[n::workers] for n in range(workers)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = pool.map(render_pages, [pdf_bytes] * workers, chunks)
        return sorted(item for chunk in results for item in chunk)
