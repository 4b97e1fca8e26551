# Generated from specs/azure-openai-inference/2023-06-01-preview/inference.json; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operations_chat_completions import ChatCompletionsOperations
    from ._operations_completions import CompletionsOperations
    from ._operations_embeddings import EmbeddingsOperations
    from ._operations_extensions_chat_completions import (
        ExtensionsChatCompletionsOperations,
    )

__all__ = [
    "ChatCompletionsOperations",
    "CompletionsOperations",
    "EmbeddingsOperations",
    "ExtensionsChatCompletionsOperations",
]

_MODULES = {
    "ChatCompletionsOperations": "._operations_chat_completions",
    "CompletionsOperations": "._operations_completions",
    "EmbeddingsOperations": "._operations_embeddings",
    "ExtensionsChatCompletionsOperations": "._operations_extensions_chat_completions",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
