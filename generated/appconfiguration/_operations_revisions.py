# Generated from specs/azure-rest/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._paging import ItemPaged
from ._response import with_raw_response, with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "RevisionsOperations",
]


class RevisionsOperations:
    """Operations of the `revisions` group, reached as `client.revisions`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def get_revisions(
        self,
        *,
        key: str | None = None,
        label: str | None = None,
        after: str | None = None,
        accept_datetime: str | None = None,
        select: list[_models.SettingFields | str] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> ItemPaged[_models.KeyValue]:
        """Gets a list of key-value revisions.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

        Args:
            key: A filter used to match keys.
            label: A filter used to match labels
            after: Instructs the server to return elements that appear after the element
                referred to by the specified token.
            accept_datetime: Requests the server to respond with the state of the
                resource at the specified time.
            select: Used to select what fields are present in the returned resource(s).
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
        _query: list[tuple[str, str]] = []
        if key is not None:
            _query.append(("key", key))
        if label is not None:
            _query.append(("label", label))
        if after is not None:
            _query.append(("After", after))
        if select is not None:
            _query.append(
                (
                    "$Select",
                    ",".join(
                        "" if v is None else _pipeline.query_value(v) for v in select
                    ),
                ),
            )
        _headers: dict[str, str] = {}
        if accept_datetime is not None:
            _headers["Accept-Datetime"] = accept_datetime
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/revisions",
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/vnd.microsoft.appconfig.kvset+json, application/json, application/problem+json",
            expected=(200,),
            error_model=_models.Error.from_dict,
            declared_headers={
                200: {"Sync-Token": "str"},
            },
        )
        return ItemPaged(
            self._pipeline,
            _spec,
            _models.KeyValue.from_dict,
            item_name="items",
            next_link_name="@nextLink",
            request_options=request_options,
        )

    def check_revisions(
        self,
        *,
        key: str | None = None,
        label: str | None = None,
        after: str | None = None,
        accept_datetime: str | None = None,
        select: list[_models.SettingFields | str] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> bool:
        """Requests the headers and status of the given resource.

        Returns whether the resource exists: False for 404, True for any other answer
        the operation expects.

        Args:
            key: A filter used to match keys.
            label: A filter used to match labels
            after: Instructs the server to return elements that appear after the element
                referred to by the specified token.
            accept_datetime: Requests the server to respond with the state of the
                resource at the specified time.
            select: Used to select what fields are present in the returned resource(s).
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
        _query: list[tuple[str, str]] = []
        if key is not None:
            _query.append(("key", key))
        if label is not None:
            _query.append(("label", label))
        if after is not None:
            _query.append(("After", after))
        if select is not None:
            _query.append(
                (
                    "$Select",
                    ",".join(
                        "" if v is None else _pipeline.query_value(v) for v in select
                    ),
                ),
            )
        _headers: dict[str, str] = {}
        if accept_datetime is not None:
            _headers["Accept-Datetime"] = accept_datetime
        _spec = _pipeline.RequestSpec(
            method="HEAD",
            path="/revisions",
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/json",
            expected=(200, 404),
            declared_headers={
                200: {"Sync-Token": "str"},
            },
        )
        _response = self._pipeline.send(_spec, request_options)
        return _response.status_code != 404

    @functools.cached_property
    def with_raw_response(self) -> RevisionsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return RevisionsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> RevisionsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return RevisionsOperationsWithStreamingResponse(self)


class RevisionsOperationsWithRawResponse:
    """`client.revisions.with_raw_response`: see `RevisionsOperations`."""

    def __init__(self, operations: RevisionsOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.check_revisions = wrap(operations.check_revisions)


class RevisionsOperationsWithStreamingResponse:
    """`client.revisions.with_streaming_response`: see `RevisionsOperations`."""

    def __init__(self, operations: RevisionsOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.check_revisions = wrap(operations.check_revisions)
