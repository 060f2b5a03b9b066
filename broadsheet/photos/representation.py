"""A photo as plain data, for readers away from the page (the content API)."""

from broadsheet.paper.links import absolute_url

from .renditions import existing_rendition

RENDITION_SPECS = ["fill-320x200", "width-800", "width-1600"]


def photo_data(photo, caption="", credit=""):
    """Return the photo's alt text, caption, credit and renditions with absolute URLs, or None."""
    if photo is None:
        return None
    renditions = {spec: existing_rendition(photo, spec) for spec in RENDITION_SPECS}
    return {
        "alt": photo.description or "",
        "caption": caption or photo.caption,
        "credit": credit or photo.credit,
        "width": photo.width,
        "height": photo.height,
        "renditions": [
            {
                "spec": spec,
                "url": absolute_url(rendition.url) or "",
                "width": rendition.width,
                "height": rendition.height,
            }
            for spec, rendition in renditions.items()
        ],
    }
