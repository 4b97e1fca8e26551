"""Stage 1: read spec files and resolve their `$ref`s."""

from .documents import Document, Location, SpecLoader

__all__ = ["Document", "Location", "SpecLoader"]
