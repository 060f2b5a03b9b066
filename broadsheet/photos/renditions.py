"""The renditions the public site shows, made ahead of readers: on upload, on publish, by load_demo.

Templates and feeds only look renditions up (`existing_renditions`); a reader's request never
makes one. A rendition not made yet is stood in for by the original file, a real image at its own
size, until the task that makes it has run.
"""

from django.db.models import Q
from wagtail.images.models import Filter

# What a story's pictures are shown as: teasers (lead and small), the lead photo and body photos
# (WebP and JPEG), the crops of social cards and structured data, and the content API's.
STORY_SPECS = (
    "fill-{480x300,800x500,1200x750}|format-webp",
    "fill-{320x200,640x400}|format-webp",
    "width-{480,800,1200,1600}|format-{webp,jpeg}",
    "fill-{1200x675,1200x900,1200x1200}",
    "fill-320x200",  # the content API's (with width-800 and width-1600)
    "width-{800,1600}",
)
# What a journalist's portrait is shown as: opinion widget, byline, journalists, author page, card.
PORTRAIT_SPECS = ("fill-{80x80,96x96,120x120,200x200,400x400}",)
# The paper's logo in structured data.
LOGO_SPECS = ("max-600x60",)
SPEC_SETS = {"story": STORY_SPECS, "portrait": PORTRAIT_SPECS, "logo": LOGO_SPECS}


def expand(specs):
    """Turn `fill-{320x200,640x400}|format-webp` patterns into single filter specs."""
    expanded = []
    for pattern in specs:
        for spec in Filter.expand_spec(pattern.split("|")):
            if spec not in expanded:
                expanded.append(spec)
    return expanded


def make_renditions(photo, specs=STORY_SPECS):
    """Make every rendition of `specs` that `photo` lacks (the task queue and load_demo call this)."""
    if photo is None:
        return {}
    return photo.get_renditions(*expand(specs))


def stand_in(photo, spec):
    """An unsaved rendition showing the original file: what a reader sees until the task has run."""
    rendition = photo.get_rendition_model()(
        image=photo, filter_spec=spec, width=photo.width, height=photo.height, focal_point_key=""
    )
    rendition.file.name = photo.file.name
    return rendition


def find_renditions(photo, specs):
    """Return {spec: rendition} of the `specs` already made, never making one.

    Prefetched renditions are used when there are some; otherwise Wagtail's rendition cache, then
    one query for the rest, whose answers join the cache (as Wagtail's `get_renditions` does), so
    the next reader's look-up is a cache hit.
    """
    filters = {spec: Filter(spec=spec) for spec in specs}
    if photo._get_prefetched_renditions() is not None:
        found = photo.find_existing_renditions(*filters.values())
        return {spec: found[f] for spec, f in filters.items() if f in found}
    Rendition = photo.get_rendition_model()
    keys = {
        spec: Rendition.construct_cache_key(photo, f.get_cache_key(photo), spec)
        for spec, f in filters.items()
    }
    cached = Rendition.cache_backend.get_many(list(keys.values()))
    found = {spec: cached[key] for spec, key in keys.items() if key in cached}
    for rendition in found.values():
        rendition.image = photo
    missing = Q()
    for spec in filters.keys() - found.keys():
        missing |= Q(filter_spec=spec, focal_point_key=filters[spec].get_cache_key(photo))
    if missing:
        read = {rendition.filter_spec: rendition for rendition in photo.renditions.filter(missing)}
        if read:
            Rendition.cache_backend.set_many({keys[spec]: r for spec, r in read.items()})
        found.update(read)
    return {spec: found[spec] for spec in specs if spec in found}


def existing_renditions(photo, specs):
    """Return {spec: rendition} for `specs`, never making one.

    When any is missing the answer is the original alone, under the first spec, so a srcset
    never mixes sizes it cannot describe.
    """
    found = find_renditions(photo, specs)
    if len(found) < len(specs):
        return {specs[0]: stand_in(photo, specs[0])}
    return found


def existing_each(photo, specs):
    """Return {spec: rendition} for each of `specs` in one look-up, the original for a missing one."""
    found = find_renditions(photo, specs)
    return {spec: found.get(spec) or stand_in(photo, spec) for spec in specs}


def existing_rendition(photo, spec):
    """Return the rendition of `spec`, or the original standing in for it; None without a photo."""
    if photo is None:
        return None
    return existing_each(photo, [spec])[spec]
