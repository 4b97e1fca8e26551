# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
from __future__ import annotations

import functools

from . import _pipeline, _serde
from ._response import with_raw_response, with_streaming_response

__all__ = [
    "PhotosOperations",
]


class PhotosOperations:
    """Operations of the `photos` group, reached as `client.photos`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def put(
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
        self._pipeline.send(_spec, request_options)

    @functools.cached_property
    def with_raw_response(self) -> PhotosOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return PhotosOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> PhotosOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return PhotosOperationsWithStreamingResponse(self)


class PhotosOperationsWithRawResponse:
    """`client.photos.with_raw_response`: see `PhotosOperations`."""

    def __init__(self, operations: PhotosOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.put = wrap(operations.put)


class PhotosOperationsWithStreamingResponse:
    """`client.photos.with_streaming_response`: see `PhotosOperations`."""

    def __init__(self, operations: PhotosOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.put = wrap(operations.put)
