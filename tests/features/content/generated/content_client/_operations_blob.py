# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from . import _pipeline, _serde, _xml_shapes
from ._lazy import LazyModule
from ._response import with_raw_response, with_streaming_response
from ._streaming import ByteStream

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "BlobOperations",
]


class BlobOperations:
    """Operations of the `blob` group, reached as `client.blob`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def _download_request(
        self,
        container: str,
        blob: str,
        *,
        _stream: bool,
    ) -> _pipeline.RequestSpec:
        _pipeline.require(container=container, blob=blob)
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/{container}/{blob}",
                {"container": (container, False), "blob": (blob, False)},
            ),
            headers=_headers,
            accept="application/octet-stream",
            expected=(200,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
            stream=_stream,
        )
        return _spec

    def download(
        self,
        container: str,
        blob: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> bytes:
        """`GET /{container}/{blob}`

        Args:
            container: -
            blob: -
            request_options: Per-call headers, query parameters, timeout and retries.
            extra_headers: Headers to send too (replacing any of the same name; None
                drops one).
            extra_query: Query parameters to send after the method's own.
            extra_body: JSON fields the spec does not declare (yet), merged into the
                body.
            timeout: Seconds or an `httpx.Timeout` for this call (None: no limit).

        Returns:
            bytes: The whole response body.
        """
        request_options = _pipeline.with_extras(
            request_options, extra_headers, extra_query, extra_body, timeout
        )
        _spec = self._download_request(container, blob, _stream=False)
        _response = self._pipeline.send(_spec, request_options)
        return _response.content

    def download_stream(
        self,
        container: str,
        blob: str,
        *,
        chunk_size: int | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> ByteStream:
        """The body is read lazily, chunk by chunk, and the connection closes when it is
        exhausted; use the stream as a context manager to close it early.

        Args:
            container: -
            blob: -
            chunk_size: Bytes per chunk; None gives chunks as they arrive.
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
        _spec = self._download_request(container, blob, _stream=True)
        _response = self._pipeline.send(_spec, request_options)
        return ByteStream(_response, chunk_size)

    def query(
        self,
        container: str,
        blob: str,
        *,
        expression: str | None = None,
        output_format: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> str | None:
        """`POST /{container}/{blob}?comp=query`

        Args:
            container: -
            blob: -
            expression: -
            output_format: How matching records are written. The service's default:
                "csv".
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
        _pipeline.require(container=container, blob=blob)
        _query: list[tuple[str, str]] = [("comp", "query")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _fields: dict[str, Any] = {}
        if expression is not None:
            _fields["expression"] = expression
        if output_format is not None:
            _fields["output_format"] = output_format
        _body = _models.QueryRequest(**_fields) if _fields else None
        _payload = None if _body is None else _body.to_dict(exclude_readonly=True)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path(
                "/{container}/{blob}",
                {"container": (container, False), "blob": (blob, False)},
            ),
            query=_query,
            headers=_headers,
            content=_xml_shapes.QUERY_REQUEST.dumps(_payload) if _payload else None,
            content_type="application/xml",
            accept="text/csv",
            expected=(200,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
        )
        _response = self._pipeline.send(_spec, request_options)
        return _response.text

    def set_notes(
        self,
        container: str,
        blob: str,
        *,
        notes: str,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """`PUT /{container}/{blob}?comp=notes`

        Args:
            container: -
            blob: -
            notes: -
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
        _pipeline.require(container=container, blob=blob)
        _query: list[tuple[str, str]] = [("comp", "notes")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path(
                "/{container}/{blob}",
                {"container": (container, False), "blob": (blob, False)},
            ),
            query=_query,
            headers=_headers,
            content=notes.encode("utf-8"),
            content_type="text/plain",
            accept="application/xml",
            expected=(204,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
        )
        self._pipeline.send(_spec, request_options)

    @functools.cached_property
    def with_raw_response(self) -> BlobOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return BlobOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> BlobOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return BlobOperationsWithStreamingResponse(self)


class BlobOperationsWithRawResponse:
    """`client.blob.with_raw_response`: see `BlobOperations`."""

    def __init__(self, operations: BlobOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.download = wrap(operations.download)
        self.download_stream = wrap(operations.download_stream)
        self.query = wrap(operations.query)
        self.set_notes = wrap(operations.set_notes)


class BlobOperationsWithStreamingResponse:
    """`client.blob.with_streaming_response`: see `BlobOperations`."""

    def __init__(self, operations: BlobOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.download = wrap(operations.download)
        self.download_stream = wrap(operations.download_stream)
        self.query = wrap(operations.query)
        self.set_notes = wrap(operations.set_notes)
