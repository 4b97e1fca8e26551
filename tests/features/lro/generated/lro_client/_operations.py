# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operations_job_operations import JobOperationsOperations
    from ._operations_jobs import JobsOperations
    from ._operations_resources import ResourcesOperations

__all__ = [
    "JobOperationsOperations",
    "JobsOperations",
    "ResourcesOperations",
]

_MODULES = {
    "JobOperationsOperations": "._operations_job_operations",
    "JobsOperations": "._operations_jobs",
    "ResourcesOperations": "._operations_resources",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
