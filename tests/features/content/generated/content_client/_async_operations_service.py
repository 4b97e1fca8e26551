# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde, _xml_shapes
from ._lazy import LazyModule
from ._paging import AsyncItemPaged
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
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
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.StorageServiceProperties:
        """`GET /?restype=service&comp=properties`

        Args:
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
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """`PUT /?restype=service&comp=properties`

        Args:
            logging: -
            hour_metrics: -
            cors: -
            default_service_version: -
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
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncItemPaged[_models.ContainerItem]:
        """Returns the items of every page, fetched as iteration reaches them;
        `.by_page()` gives the pages instead.

        Args:
            prefix: Only containers whose names begin with this.
            maxresults: How many containers a page holds at most. The service's default:
                5000.
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

    @functools.cached_property
    def with_raw_response(self) -> AsyncServiceOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncServiceOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncServiceOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncServiceOperationsWithStreamingResponse(self)


class AsyncServiceOperationsWithRawResponse:
    """`client.service.with_raw_response`: see `AsyncServiceOperations`."""

    def __init__(self, operations: AsyncServiceOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.get_properties = wrap(operations.get_properties)
        self.set_properties = wrap(operations.set_properties)


class AsyncServiceOperationsWithStreamingResponse:
    """`client.service.with_streaming_response`: see `AsyncServiceOperations`."""

    def __init__(self, operations: AsyncServiceOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.get_properties = wrap(operations.get_properties)
        self.set_properties = wrap(operations.set_properties)
