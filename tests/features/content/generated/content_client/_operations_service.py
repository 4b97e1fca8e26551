# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde, _xml_shapes
from ._lazy import LazyModule
from ._paging import ItemPaged
from ._response import with_raw_response, with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "ServiceOperations",
]


class ServiceOperations:
    """Operations of the `service` group, reached as `client.service`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def get_properties(
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
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response,
            _models.StorageServiceProperties.from_dict,
            _xml_shapes.STORAGE_SERVICE_PROPERTIES.loads,
        )

    def set_properties(
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
        self._pipeline.send(_spec, request_options)

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
    ) -> ItemPaged[_models.ContainerItem]:
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
        return ItemPaged(
            self._pipeline,
            _spec,
            _models.ContainerItem.from_dict,
            item_name="ContainerItems",
            next_link_name="NextLink",
            decode=_xml_shapes.LIST_CONTAINERS_SEGMENT_RESPONSE.loads,
            request_options=request_options,
        )

    @functools.cached_property
    def with_raw_response(self) -> ServiceOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return ServiceOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ServiceOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return ServiceOperationsWithStreamingResponse(self)


class ServiceOperationsWithRawResponse:
    """`client.service.with_raw_response`: see `ServiceOperations`."""

    def __init__(self, operations: ServiceOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.get_properties = wrap(operations.get_properties)
        self.set_properties = wrap(operations.set_properties)


class ServiceOperationsWithStreamingResponse:
    """`client.service.with_streaming_response`: see `ServiceOperations`."""

    def __init__(self, operations: ServiceOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.get_properties = wrap(operations.get_properties)
        self.set_properties = wrap(operations.set_properties)
