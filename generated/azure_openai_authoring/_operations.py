# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operations_files import FilesOperations
    from ._operations_fine_tunes import FineTunesOperations
    from ._operations_images import ImagesOperations
    from ._operations_models import ModelsOperations
    from ._operations_operations_images import OperationsImagesOperations

__all__ = [
    "FilesOperations",
    "FineTunesOperations",
    "ImagesOperations",
    "ModelsOperations",
    "OperationsImagesOperations",
]

_MODULES = {
    "FilesOperations": "._operations_files",
    "FineTunesOperations": "._operations_fine_tunes",
    "ImagesOperations": "._operations_images",
    "ModelsOperations": "._operations_models",
    "OperationsImagesOperations": "._operations_operations_images",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
