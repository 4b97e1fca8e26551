# Generated from specs/azure-rest/keyvault/data-plane/Microsoft.KeyVault/stable/7.4/secrets.json; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operations_deleted_secrets import DeletedSecretsOperations
    from ._operations_secrets import SecretsOperations

__all__ = [
    "DeletedSecretsOperations",
    "SecretsOperations",
]

_MODULES = {
    "DeletedSecretsOperations": "._operations_deleted_secrets",
    "SecretsOperations": "._operations_secrets",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
