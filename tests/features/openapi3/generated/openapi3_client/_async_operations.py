# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_operations_pets import AsyncPetsOperations
    from ._async_operations_photos import AsyncPhotosOperations
    from ._async_operations_search import AsyncSearchOperations
    from ._async_operations_visits import AsyncVisitsOperations

__all__ = [
    "AsyncPetsOperations",
    "AsyncPhotosOperations",
    "AsyncSearchOperations",
    "AsyncVisitsOperations",
]

_MODULES = {
    "AsyncPetsOperations": "._async_operations_pets",
    "AsyncPhotosOperations": "._async_operations_photos",
    "AsyncSearchOperations": "._async_operations_search",
    "AsyncVisitsOperations": "._async_operations_visits",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
