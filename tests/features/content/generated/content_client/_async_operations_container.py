# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde, _xml_shapes
from ._lazy import LazyModule
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncContainerOperations",
]


class AsyncContainerOperations:
    """Operations of the `container` group, reached as `client.container`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def get_access_policy(
        self,
        container: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> list[_models.SignedIdentifier]:
        """`GET /{container}?restype=container&comp=acl`

        Args:
            container: -
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
        _pipeline.require(container=container)
        _query: list[tuple[str, str]] = [("restype", "container"), ("comp", "acl")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/{container}", {"container": (container, False)}
            ),
            query=_query,
            headers=_headers,
            accept="application/xml",
            expected=(200,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response,
            functools.partial(_serde.req_list, _models.SignedIdentifier.from_dict),
            _xml_shapes.SIGNED_IDENTIFIERS.loads,
        )

    async def set_access_policy(
        self,
        container: str,
        *,
        container_acl: list[_models.SignedIdentifier] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """`PUT /{container}?restype=container&comp=acl`

        Args:
            container: -
            container_acl: -
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
        _pipeline.require(container=container)
        _query: list[tuple[str, str]] = [("restype", "container"), ("comp", "acl")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _payload = (
            None
            if container_acl is None
            else _xml_shapes.SIGNED_IDENTIFIERS.dumps(
                [_serde.model_wire(item, True) for item in container_acl]
            )
        )
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path(
                "/{container}", {"container": (container, False)}
            ),
            query=_query,
            headers=_headers,
            content=_payload,
            content_type="application/xml",
            accept="application/xml",
            expected=(200,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
        )
        await self._pipeline.send(_spec, request_options)

    async def list_blob_flat_segment(
        self,
        container: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.ListBlobsFlatSegmentResponse:
        """`GET /{container}?restype=container&comp=list`

        Args:
            container: -
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
        _pipeline.require(container=container)
        _query: list[tuple[str, str]] = [("restype", "container"), ("comp", "list")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/{container}", {"container": (container, False)}
            ),
            query=_query,
            headers=_headers,
            accept="application/xml",
            expected=(200,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response,
            _models.ListBlobsFlatSegmentResponse.from_dict,
            _xml_shapes.LIST_BLOBS_FLAT_SEGMENT_RESPONSE.loads,
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncContainerOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncContainerOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncContainerOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncContainerOperationsWithStreamingResponse(self)


class AsyncContainerOperationsWithRawResponse:
    """`client.container.with_raw_response`: see `AsyncContainerOperations`."""

    def __init__(self, operations: AsyncContainerOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.get_access_policy = wrap(operations.get_access_policy)
        self.set_access_policy = wrap(operations.set_access_policy)
        self.list_blob_flat_segment = wrap(operations.list_blob_flat_segment)


class AsyncContainerOperationsWithStreamingResponse:
    """`client.container.with_streaming_response`: see `AsyncContainerOperations`."""

    def __init__(self, operations: AsyncContainerOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.get_access_policy = wrap(operations.get_access_policy)
        self.set_access_policy = wrap(operations.set_access_policy)
        self.list_blob_flat_segment = wrap(operations.list_blob_flat_segment)
