# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_operations_files import AsyncFilesOperations
    from ._async_operations_fine_tunes import AsyncFineTunesOperations
    from ._async_operations_images import AsyncImagesOperations
    from ._async_operations_models import AsyncModelsOperations
    from ._async_operations_operations_images import AsyncOperationsImagesOperations

__all__ = [
    "AsyncFilesOperations",
    "AsyncFineTunesOperations",
    "AsyncImagesOperations",
    "AsyncModelsOperations",
    "AsyncOperationsImagesOperations",
]

_MODULES = {
    "AsyncFilesOperations": "._async_operations_files",
    "AsyncFineTunesOperations": "._async_operations_fine_tunes",
    "AsyncImagesOperations": "._async_operations_images",
    "AsyncModelsOperations": "._async_operations_models",
    "AsyncOperationsImagesOperations": "._async_operations_operations_images",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
