# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
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
    "AsyncOperationsImagesOperations",
]


class AsyncOperationsImagesOperations:
    """Operations of the `operations_images` group, reached as
    `client.operations_images`.
    """

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
    ) -> _models.OperationResponse:
        """Microsoft Azure Returns The Status Of The Images Operation

        Needs a more full description created.

        Args:
            operation_id: The id of the operation
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
                "/operations/images/{operation-id}",
                {"operation-id": (operation_id, False)},
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
            declared_headers={
                200: {"retry-after": "int", "x-ms-request-id": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.OperationResponse.from_dict)

    async def delete(
        self,
        operation_id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """Microsoft Azure Deletes An Operation If In Terminal State And All Generated
        And User Provided Images Associated With The Operation

        Needs a more full description created.

        Args:
            operation_id: The id of the operation
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
            method="DELETE",
            path=_pipeline.format_path(
                "/operations/images/{operation-id}",
                {"operation-id": (operation_id, False)},
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(204,),
            error_model=_models.ErrorResponse.from_dict,
            declared_headers={
                204: {"x-ms-request-id": "str"},
            },
        )
        await self._pipeline.send(_spec, request_options)

    @functools.cached_property
    def with_raw_response(self) -> AsyncOperationsImagesOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncOperationsImagesOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(
        self,
    ) -> AsyncOperationsImagesOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncOperationsImagesOperationsWithStreamingResponse(self)


class AsyncOperationsImagesOperationsWithRawResponse:
    """`client.operations_images.with_raw_response`: see
    `AsyncOperationsImagesOperations`.
    """

    def __init__(self, operations: AsyncOperationsImagesOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.get = wrap(operations.get)
        self.delete = wrap(operations.delete)


class AsyncOperationsImagesOperationsWithStreamingResponse:
    """`client.operations_images.with_streaming_response`: see
    `AsyncOperationsImagesOperations`.
    """

    def __init__(self, operations: AsyncOperationsImagesOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.get = wrap(operations.get)
        self.delete = wrap(operations.delete)
