# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
"""The operation groups. Each lives in its own module, imported when it is
first used (a client with hundreds of operations imports only what a
program calls), and can be imported from here as before."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_operations_job_operations import AsyncJobOperationsOperations
    from ._async_operations_jobs import AsyncJobsOperations
    from ._async_operations_resources import AsyncResourcesOperations

__all__ = [
    "AsyncJobOperationsOperations",
    "AsyncJobsOperations",
    "AsyncResourcesOperations",
]

_MODULES = {
    "AsyncJobOperationsOperations": "._async_operations_job_operations",
    "AsyncJobsOperations": "._async_operations_jobs",
    "AsyncResourcesOperations": "._async_operations_resources",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value
