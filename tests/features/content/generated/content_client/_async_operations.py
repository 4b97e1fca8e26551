# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_operations_blob import AsyncBlobOperations
    from ._async_operations_block_blob import AsyncBlockBlobOperations
    from ._async_operations_container import AsyncContainerOperations
    from ._async_operations_service import AsyncServiceOperations

__all__ = [
    "AsyncBlobOperations",
    "AsyncBlockBlobOperations",
    "AsyncContainerOperations",
    "AsyncServiceOperations",
]

_MODULES = {
    "AsyncBlobOperations": "._async_operations_blob",
    "AsyncBlockBlobOperations": "._async_operations_block_blob",
    "AsyncContainerOperations": "._async_operations_container",
    "AsyncServiceOperations": "._async_operations_service",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
