# Generated from specs/azure-rest/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operations_key_values import KeyValuesOperations
    from ._operations_keys import KeysOperations
    from ._operations_labels import LabelsOperations
    from ._operations_locks import LocksOperations
    from ._operations_revisions import RevisionsOperations

__all__ = [
    "KeyValuesOperations",
    "KeysOperations",
    "LabelsOperations",
    "LocksOperations",
    "RevisionsOperations",
]

_MODULES = {
    "KeyValuesOperations": "._operations_key_values",
    "KeysOperations": "._operations_keys",
    "LabelsOperations": "._operations_labels",
    "LocksOperations": "._operations_locks",
    "RevisionsOperations": "._operations_revisions",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
