# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from . import _pipeline, _serde, _xml_shapes
from ._lazy import LazyModule
from ._paging import AsyncItemPaged
from ._streaming import AsyncByteStream

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncBlobOperations",
    "AsyncBlockBlobOperations",
    "AsyncContainerOperations",
    "AsyncServiceOperations",
]


class AsyncServiceOperations:
    """Operations of the `service` group, reached as `client.service`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def get_properties(
        self,
        *,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> _models.StorageServiceProperties:
        """`GET /?restype=service&comp=properties`

        Args:
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _query: list[tuple[str, str]] = [("restype", "service"), ("comp", "properties")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/",
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
            _models.StorageServiceProperties.from_dict,
            _xml_shapes.STORAGE_SERVICE_PROPERTIES.loads,
        )

    async def set_properties(
        self,
        *,
        logging: _models.Logging | None = None,
        hour_metrics: _models.Metrics | None = None,
        cors: list[_models.CorsRule] | None = None,
        default_service_version: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> None:
        """`PUT /?restype=service&comp=properties`

        Args:
            logging: -
            hour_metrics: -
            cors: -
            default_service_version: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _query: list[tuple[str, str]] = [("restype", "service"), ("comp", "properties")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _body = _models.StorageServiceProperties(
            logging=logging,
            hour_metrics=hour_metrics,
            cors=cors,
            default_service_version=default_service_version,
        )
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path="/",
            query=_query,
            headers=_headers,
            content=_xml_shapes.STORAGE_SERVICE_PROPERTIES.dumps(
                _body.to_dict(exclude_readonly=True)
            ),
            content_type="application/xml",
            accept="application/xml",
            expected=(202,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
        )
        await self._pipeline.send(_spec, request_options)

    def list_containers(
        self,
        *,
        prefix: str | None = None,
        maxresults: int | None = None,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> AsyncItemPaged[_models.ContainerItem]:
        """Returns the items of every page, fetched as iteration reaches them;
        `.by_page()` gives the pages instead.

        Args:
            prefix: Only containers whose names begin with this.
            maxresults: How many containers a page holds at most. The service's default:
                5000.
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _query: list[tuple[str, str]] = [("comp", "list")]
        if prefix is not None:
            _query.append(("prefix", prefix))
        if maxresults is not None:
            _query.append(("maxresults", _pipeline.query_value(maxresults)))
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/",
            query=_query,
            headers=_headers,
            accept="application/xml",
            expected=(200,),
            error_model=_models.StorageError.from_dict,
            error_body=_xml_shapes.STORAGE_ERROR.loads,
        )
        return AsyncItemPaged(
            self._pipeline,
            _spec,
            _models.ContainerItem.from_dict,
            item_name="ContainerItems",
            next_link_name="NextLink",
            decode=_xml_shapes.LIST_CONTAINERS_SEGMENT_RESPONSE.loads,
            request_options=request_options,
        )


class AsyncContainerOperations:
    """Operations of the `container` group, reached as `client.container`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def get_access_policy(
        self,
        container: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> list[_models.SignedIdentifier]:
        """`GET /{container}?restype=container&comp=acl`

        Args:
            container: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
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
    ) -> None:
        """`PUT /{container}?restype=container&comp=acl`

        Args:
            container: -
            container_acl: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _pipeline.require(container=container)
        _query: list[tuple[str, str]] = [("restype", "container"), ("comp", "acl")]
        _headers: dict[str, str] = {"x-ms-version": "2021-08-06"}
        _payload = (
            None
            if container_acl is None
            else _xml_shapes.SIGNED_IDENTIFIERS.dumps(
                [item.to_dict(exclude_readonly=True) for item in container_acl]
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
    ) -> _models.ListBlobsFlatSegmentResponse:
        """`GET /{container}?restype=container&comp=list`

        Args:
            container: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
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


class AsyncBlobOperations:
    """Operations of the `blob` group, reached as `client.blob`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    def _download_request(
        self,
        container: str,
        blob: str,
        *,
        stream: bool,
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
            stream=stream,
        )
        return _spec

    async def download(
        self,
        container: str,
        blob: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> bytes:
        """`GET /{container}/{blob}`

        Args:
            container: -
            blob: -
            request_options: Per-call headers, query parameters, timeout and retries.

        Returns:
            bytes: The whole response body.
        """
        _spec = self._download_request(container, blob, stream=False)
        _response = await self._pipeline.send(_spec, request_options)
        return _response.content

    async def download_stream(
        self,
        container: str,
        blob: str,
        *,
        chunk_size: int | None = None,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> AsyncByteStream:
        """The body is read lazily, chunk by chunk, and the connection closes when it is
        exhausted; use the stream as an async context manager to close it early.

        Args:
            container: -
            blob: -
            chunk_size: Bytes per chunk; None gives chunks as they arrive.
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _spec = self._download_request(container, blob, stream=True)
        _response = await self._pipeline.send(_spec, request_options)
        return AsyncByteStream(_response, chunk_size)

    async def query(
        self,
        container: str,
        blob: str,
        *,
        expression: str | None = None,
        output_format: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> str | None:
        """`POST /{container}/{blob}?comp=query`

        Args:
            container: -
            blob: -
            expression: -
            output_format: How matching records are written. The service's default:
                "csv".
            request_options: Per-call headers, query parameters, timeout and retries.
        """
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
        _response = await self._pipeline.send(_spec, request_options)
        return _response.text

    async def set_notes(
        self,
        container: str,
        blob: str,
        *,
        notes: str,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> None:
        """`PUT /{container}/{blob}?comp=notes`

        Args:
            container: -
            blob: -
            notes: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
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
        await self._pipeline.send(_spec, request_options)


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
    ) -> None:
        """`PUT /{container}/{blob}`

        Args:
            container: -
            blob: -
            body: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
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
    ) -> None:
        """`PUT /{container}/{blob}?comp=blocklist`

        Args:
            container: -
            blob: -
            committed: -
            uncommitted: -
            latest: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
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
