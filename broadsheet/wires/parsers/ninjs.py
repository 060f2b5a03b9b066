"""ninjs 1.x and 2.x (IPTC's News in JSON), validated against IPTC's own schemas."""

import json
from functools import cache
from pathlib import Path

from broadsheet.wires.items import AgencyStory

from .fields import (
    clean_text,
    parse_datetime,
    parse_pubstatus,
    parse_version,
    picture_from_href,
    text_to_html,
)
from .registry import Refused, register

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
SCHEMAS = {1: "ninjs-schema_1.6.json", 2: "ninjs-schema_2.0.json"}
# ninjs 2.0 points at GeoJSON for a place's geometry; we do not fetch it and do not check it.
GEOJSON = "https://geojson.org/schema/GeoJSON.json"
MAX_ITEMS_PER_FILE = 500
MAX_SCHEMA_ERRORS = 3


def refuse_remote(uri):
    raise LookupError(f"schema {uri} is not kept here and is not fetched")


@cache
def validator(generation):
    # Imported here: jsonschema is the wire desk's, not every web process's.
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    schema = json.loads((SCHEMA_DIR / SCHEMAS[generation]).read_text())
    registry = Registry(retrieve=refuse_remote).with_resource(
        GEOJSON, Resource.from_contents({}, default_specification=DRAFT7)
    )
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry)


def generation(item):
    """Tell ninjs 2.x (arrays of headlines, bodies, descriptions) from 1.x."""
    standard = item.get("standard") or item.get("$standard")
    if isinstance(standard, dict) and str(standard.get("version", "")).startswith("2"):
        return 2
    if any(key in item for key in ("headlines", "bodies", "descriptions", "subjects", "by")):
        return 2
    return 1


def looks_like_ninjs(value):
    if not isinstance(value, dict) or not isinstance(value.get("uri"), str):
        return False
    markers = {"headline", "headlines", "body_html", "body_text", "bodies", "versioncreated"}
    return bool(markers & value.keys()) or "ninjs" in json.dumps(value.get("standard", ""))


def validate(item):
    gen = generation(item)
    errors = sorted(validator(gen).iter_errors(item), key=lambda e: list(e.absolute_path))
    if errors:
        details = "; ".join(
            f"{'/'.join(map(str, e.absolute_path)) or 'item'}: {e.message[:160]}"
            for e in errors[:MAX_SCHEMA_ERRORS]
        )
        raise Refused(f"not valid ninjs {gen}.x: {details}")
    return gen


def first_value(entries, roles=None):
    """The value of the first entry (with one of `roles`, when given) in a ninjs 2.x array."""
    for entry in entries or []:
        if roles is None or entry.get("role") in roles:
            return entry.get("value", "")
    return ""


class NinjsParser:
    NAME = "ninjs"

    def can_read(self, document):
        data = document.json
        if isinstance(data, list):
            return bool(data) and all(looks_like_ninjs(item) for item in data)
        return looks_like_ninjs(data)

    def parse(self, document):
        items = document.json if isinstance(document.json, list) else [document.json]
        if len(items) > MAX_ITEMS_PER_FILE:
            raise Refused(f"{len(items)} items in one file; at most {MAX_ITEMS_PER_FILE}")
        stories = []
        for item in items:
            gen = validate(item)
            if item.get("type", "text") not in {"text", "composite"}:
                continue  # a picture, video or audio item on its own is not a story
            read = self.read_v2 if gen == 2 else self.read_v1
            stories.append(read(item, document.base_dir))
        return stories

    def common(self, item):
        created = parse_datetime(item.get("versioncreated"), "versioncreated")
        return {
            "guid": item["uri"],
            "version": parse_version(item.get("version"), fallback=created),
            "pubstatus": parse_pubstatus(item.get("pubstatus")),
            "version_created": created,
            "embargoed_until": parse_datetime(item.get("embargoed"), "embargoed"),
            "dateline": clean_text(item.get("located")),
            "copyright": clean_text(item.get("copyrightholder")),
            "language": clean_text(item.get("language")),
        }

    def read_v1(self, item, base_dir):
        body = item.get("body_html") or text_to_html(item.get("body_text", ""))
        return AgencyStory(
            **self.common(item),
            format="ninjs1",
            headline=clean_text(item.get("headline")),
            standfirst=clean_text(item.get("description_text"))
            or clean_text(item.get("description_html")),
            body_html=body,
            byline=clean_text(item.get("byline")),
            subjects=[clean_text(s.get("name")) for s in item.get("subject", []) if s.get("name")],
            pictures=[
                picture
                for assoc in (item.get("associations") or {}).values()
                if (picture := self.picture_v1(assoc, base_dir))
            ],
        )

    def read_v2(self, item, base_dir):
        bodies = item.get("bodies") or []
        html = first_value(
            [b for b in bodies if "html" in b.get("contenttype", "") or "html" in b.get("role", "")]
        )
        body = html or text_to_html(first_value(bodies))
        descriptions = item.get("descriptions") or []
        return AgencyStory(
            **self.common(item),
            format="ninjs2",
            headline=clean_text(first_value(item.get("headlines"), {"main", None})),
            standfirst=clean_text(first_value(descriptions, {"summary", "text", "abstract", None})),
            body_html=body,
            byline=clean_text(item.get("by")),
            subjects=[clean_text(s.get("name")) for s in item.get("subjects", []) if s.get("name")],
            pictures=[
                picture
                for assoc in item.get("associations") or []
                if (picture := self.picture_v2(assoc, base_dir))
            ],
        )

    def best_rendition(self, renditions):
        images = [
            r
            for r in renditions
            if r.get("href")
            and (r.get("mimetype") or r.get("contenttype") or "image/").startswith("image/")
        ]
        return max(images, key=lambda r: r.get("width") or 0, default=None)

    def picture_v1(self, assoc, base_dir):
        if assoc.get("type") != "picture":
            return None
        renditions = list((assoc.get("renditions") or {}).values())
        rendition = self.best_rendition(renditions)
        alt = next((v for k, v in assoc.items() if k.startswith("description_") and "alt" in k), "")
        return picture_from_href(
            rendition and rendition["href"],
            base_dir,
            caption=clean_text(assoc.get("description_text") or assoc.get("headline")),
            credit=clean_text(assoc.get("byline") or assoc.get("copyrightholder")),
            alt_text=clean_text(alt),
        )

    def picture_v2(self, assoc, base_dir):
        if assoc.get("type") != "picture":
            return None
        rendition = self.best_rendition(assoc.get("renditions") or [])
        descriptions = assoc.get("descriptions") or []
        alt = [d for d in descriptions if "alt" in (d.get("role") or "")]
        return picture_from_href(
            rendition and rendition["href"],
            base_dir,
            caption=clean_text(
                first_value([d for d in descriptions if d not in alt])
                or first_value(assoc.get("headlines"))
            ),
            credit=clean_text(assoc.get("by") or assoc.get("copyrightholder")),
            alt_text=clean_text(first_value(alt)),
        )


register(NinjsParser)
