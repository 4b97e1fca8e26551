# Generated from tests/features/models/spec.yml; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operations_animals import AnimalsOperations
    from ._operations_formats import FormatsOperations

__all__ = [
    "AnimalsOperations",
    "FormatsOperations",
]

_MODULES = {
    "AnimalsOperations": "._operations_animals",
    "FormatsOperations": "._operations_formats",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
