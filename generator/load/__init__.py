"""Stage 1: read spec files and resolve their `$ref`s."""

from .documents import Document, Location, SpecLoader
from .lines import pointer_token, unescape_pointer_token

__all__ = [
    "Document",
    "Location",
    "SpecLoader",
    "pointer_token",
    "unescape_pointer_token",
]
