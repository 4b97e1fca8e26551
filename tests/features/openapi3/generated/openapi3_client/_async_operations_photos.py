# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
from __future__ import annotations

import functools

from . import _pipeline, _serde
from ._response import async_with_raw_response, async_with_streaming_response

__all__ = [
    "AsyncPhotosOperations",
]


class AsyncPhotosOperations:
    """Operations of the `photos` group, reached as `client.photos`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def put(
        self,
        id: str,
        *,
        photo: _pipeline.FileInput,
        caption: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """A photo of the pet (multipart, its parts typed by their encoding).

        Args:
            id: -
            photo: -
            caption: -
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
        _pipeline.require(id=id)
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path("/pets/{id}/photo", {"id": (id, False)}),
            form=_pipeline.drop_none({"caption": caption}),
            files={"photo": photo},
            content_type="multipart/form-data",
            part_types={"photo": "image/png", "caption": "text/markdown"},
            accept="application/json",
            expected=(204,),
        )
        await self._pipeline.send(_spec, request_options)

    @functools.cached_property
    def with_raw_response(self) -> AsyncPhotosOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncPhotosOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPhotosOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncPhotosOperationsWithStreamingResponse(self)


class AsyncPhotosOperationsWithRawResponse:
    """`client.photos.with_raw_response`: see `AsyncPhotosOperations`."""

    def __init__(self, operations: AsyncPhotosOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.put = wrap(operations.put)


class AsyncPhotosOperationsWithStreamingResponse:
    """`client.photos.with_streaming_response`: see `AsyncPhotosOperations`."""

    def __init__(self, operations: AsyncPhotosOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.put = wrap(operations.put)
