"""Keep a version as it arrived, so an item on the desk can be written up when an editor says so.

An item that lands on the desk is not yet an article: it becomes one when it is published, from
its newest version. Its lead picture is kept as a Photo at once (the agency's file may be gone by
then); the rest of the story is kept as JSON.
"""

from dataclasses import asdict, fields
from datetime import datetime

from .items import AgencyPicture, AgencyStory

DATETIMES = {"version_created", "embargoed_until"}


def story_data(story: AgencyStory):
    """The story as JSON-ready data, without picture bytes."""
    data = asdict(story)
    for name in DATETIMES:
        data[name] = data[name].isoformat() if data[name] else None
    data["pictures"] = [
        {**picture, "data": None, "path": str(picture["path"]) if picture["path"] else None}
        for picture in data["pictures"]
    ]
    return data


def story_from(version):
    """Rebuild the AgencyStory of a kept version, its lead picture read from the kept Photo."""
    known = {f.name for f in fields(AgencyStory)}
    data = {k: v for k, v in version.story.items() if k in known}
    for name in DATETIMES:
        data[name] = datetime.fromisoformat(data[name]) if data.get(name) else None
    pictures = []
    for n, picture in enumerate(data.get("pictures") or []):
        picture = AgencyPicture(**{**picture, "path": None, "data": None})
        if n == 0 and version.photo is not None:
            with version.photo.open_file() as handle:
                picture.data = handle.read()
        pictures.append(picture)
    data["pictures"] = pictures
    return AgencyStory(**data)
