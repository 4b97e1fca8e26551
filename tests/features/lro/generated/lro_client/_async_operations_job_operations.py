# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncJobOperationsOperations",
]


class AsyncJobOperationsOperations:
    """Operations of the `job_operations` group, reached as `client.job_operations`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def get(
        self,
        operation_id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.JobOperation:
        """The status of a job.

        Args:
            operation_id: -
            request_options: Per-call headers, query parameters, timeout and retries.
            extra_headers: Headers to send too (replacing any of the same name; None
                drops one).
            extra_query: Query parameters to send after the method's own.
            extra_body: JSON fields the spec does not declare (yet), merged into the
                body.
            timeout: Seconds or an `httpx.Timeout` for this call (None: no limit).
        """
        request_options = _pipeline.with_extras(
            request_options, extra_headers, extra_query, extra_body, timeout
        )
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
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.JobOperation.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> AsyncJobOperationsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncJobOperationsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(
        self,
    ) -> AsyncJobOperationsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncJobOperationsOperationsWithStreamingResponse(self)


class AsyncJobOperationsOperationsWithRawResponse:
    """`client.job_operations.with_raw_response`: see `AsyncJobOperationsOperations`."""

    def __init__(self, operations: AsyncJobOperationsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.get = wrap(operations.get)


class AsyncJobOperationsOperationsWithStreamingResponse:
    """`client.job_operations.with_streaming_response`: see
    `AsyncJobOperationsOperations`.
    """

    def __init__(self, operations: AsyncJobOperationsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.get = wrap(operations.get)
