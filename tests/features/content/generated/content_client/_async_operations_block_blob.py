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
    "AsyncBlockBlobOperations",
]


class AsyncBlockBlobOperations:
    """Operations of the `block_blob` group, reached as `client.block_blob`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def upload(
        self,
        container: str,
        blob: str,
        *,
        body: _pipeline.FileContent,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """`PUT /{container}/{blob}`

        Args:
            container: -
            blob: -
            body: -
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
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path(
                "/{container}/{blob}",
                {"container": (container, False), "blob": (blob, False)},
            ),
            headers=_headers,
            content=body,
            content_type="application/octet-stream",
            accept="application/xml",
            expected=(201,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
            declared_headers={
                201: {"ETag": "str"},
            },
        )
        await self._pipeline.send(_spec, request_options)

    async def commit_block_list(
        self,
        container: str,
        blob: str,
        *,
        committed: list[str] | None = None,
        uncommitted: list[str] | None = None,
        latest: list[str] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """`PUT /{container}/{blob}?comp=blocklist`

        Args:
            container: -
            blob: -
            committed: -
            uncommitted: -
            latest: -
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
        _query: list[tuple[str, str]] = [("comp", "blocklist")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _body = _models.BlockLookupList(
            committed=committed, uncommitted=uncommitted, latest=latest
        )
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path(
                "/{container}/{blob}",
                {"container": (container, False), "blob": (blob, False)},
            ),
            query=_query,
            headers=_headers,
            content=_xml_shapes.BLOCK_LOOKUP_LIST.dumps(
                _body.to_dict(exclude_readonly=True)
            ),
            content_type="application/xml",
            accept="application/xml",
            expected=(201,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
        )
        await self._pipeline.send(_spec, request_options)

    @functools.cached_property
    def with_raw_response(self) -> AsyncBlockBlobOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncBlockBlobOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncBlockBlobOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncBlockBlobOperationsWithStreamingResponse(self)


class AsyncBlockBlobOperationsWithRawResponse:
    """`client.block_blob.with_raw_response`: see `AsyncBlockBlobOperations`."""

    def __init__(self, operations: AsyncBlockBlobOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.upload = wrap(operations.upload)
        self.commit_block_list = wrap(operations.commit_block_list)


class AsyncBlockBlobOperationsWithStreamingResponse:
    """`client.block_blob.with_streaming_response`: see `AsyncBlockBlobOperations`."""

    def __init__(self, operations: AsyncBlockBlobOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.upload = wrap(operations.upload)
        self.commit_block_list = wrap(operations.commit_block_list)
