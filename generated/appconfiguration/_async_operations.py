# Generated from specs/azure-rest/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_operations_key_values import AsyncKeyValuesOperations
    from ._async_operations_keys import AsyncKeysOperations
    from ._async_operations_labels import AsyncLabelsOperations
    from ._async_operations_locks import AsyncLocksOperations
    from ._async_operations_revisions import AsyncRevisionsOperations

__all__ = [
    "AsyncKeyValuesOperations",
    "AsyncKeysOperations",
    "AsyncLabelsOperations",
    "AsyncLocksOperations",
    "AsyncRevisionsOperations",
]

_MODULES = {
    "AsyncKeyValuesOperations": "._async_operations_key_values",
    "AsyncKeysOperations": "._async_operations_keys",
    "AsyncLabelsOperations": "._async_operations_labels",
    "AsyncLocksOperations": "._async_operations_locks",
    "AsyncRevisionsOperations": "._async_operations_revisions",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
