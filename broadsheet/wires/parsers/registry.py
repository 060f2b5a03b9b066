"""The registry of agency formats: each parser says whether it can read a file, then reads it.

A file is looked at once: JSON is decoded, XML is parsed with defusedxml (no DTD, no entities, no
external references), and the result is offered to each parser in turn. Anything wrong with a
file is a `Refused` with a reason a person can act on.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring


class Refused(Exception):
    """A file that cannot become stories; the message says why."""


@dataclass
class Document:
    """A file's bytes, decoded once: JSON data or an XML root element."""

    data: bytes
    json: object = None
    xml: Element | None = None
    # The folder the file came from, where pictures beside it are read; None for a download.
    base_dir: Path | None = None


registry = {}


def register(parser_class):
    """Add a parser class to the registry under its NAME."""
    registry[parser_class.NAME] = parser_class()
    return parser_class


def decode(data, base_dir=None):
    """Return the Document for `data`, or refuse malformed and hostile files."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"{", b"["):
        try:
            return Document(data, json=json.loads(data), base_dir=base_dir)
        except (ValueError, RecursionError) as error:
            raise Refused(f"malformed JSON: {error}") from None
    if head == b"<":
        try:
            root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        except DefusedXmlException as error:
            raise Refused(f"hostile XML refused ({type(error).__name__}): {error}") from None
        except (ParseError, ValueError, RecursionError) as error:
            raise Refused(f"malformed XML: {error}") from None
        except LookupError:  # the declaration names an encoding Python does not know
            raise Refused(f"malformed XML: unknown encoding {declared_encoding(data)!r}") from None
        return Document(data, xml=root, base_dir=base_dir)
    raise Refused("unknown format: neither JSON nor XML")


def declared_encoding(data):
    match = re.match(rb"\s*<\?xml[^>]*encoding=[\"']([^\"']*)", data)
    return match.group(1).decode("ascii", "replace") if match else ""


def parse(data, *, base_dir=None):
    """Return (format name, stories) for a file's bytes; refuse what no parser reads."""
    document = decode(data, base_dir=base_dir)
    for name, parser in registry.items():
        if parser.can_read(document):
            try:
                return name, parser.parse(document)
            except Refused:
                raise
            except (ValueError, TypeError, KeyError, AttributeError, IndexError) as error:
                raise Refused(f"{name}: cannot read the item: {error}") from None
    kind = "JSON" if document.xml is None else f"XML <{local_name(document.xml.tag)}>"
    raise Refused(f"unknown format: {kind} that is not ninjs, NewsML-G2, RSS or Atom")


def local_name(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
