# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

from typing import TYPE_CHECKING

from . import _pipeline
from ._lazy import LazyModule

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "JobOperationsOperations",
]


class JobOperationsOperations:
    """Operations of the `job_operations` group, reached as `client.job_operations`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def get(
        self,
        operation_id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> _models.JobOperation:
        """The status of a job.

        Args:
            operation_id: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _pipeline.require(operation_id=operation_id)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/operations/jobs/{operation-id}",
                {"operation-id": (operation_id, False)},
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            declared_headers={
                200: {"retry-after": "int"},
            },
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.JobOperation.from_dict)
