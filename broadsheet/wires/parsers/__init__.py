"""The agency formats: the registry (registry.py) and one parser per format, registered on import."""

# Registration order is detection order.
from . import feeds, newsml, ninjs  # noqa: F401
from .registry import Document, Refused, decode, local_name, parse, register, registry

__all__ = ["Document", "Refused", "decode", "local_name", "parse", "register", "registry"]
