# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operations_pets import PetsOperations
    from ._operations_photos import PhotosOperations
    from ._operations_search import SearchOperations
    from ._operations_visits import VisitsOperations

__all__ = [
    "PetsOperations",
    "PhotosOperations",
    "SearchOperations",
    "VisitsOperations",
]

_MODULES = {
    "PetsOperations": "._operations_pets",
    "PhotosOperations": "._operations_photos",
    "SearchOperations": "._operations_search",
    "VisitsOperations": "._operations_visits",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
