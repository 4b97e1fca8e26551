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
    "KeysOperations",
]


class KeysOperations:
    """Operations of the `keys` group, reached as `client.keys`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def get_keys(
        self,
        *,
        name: str | None = None,
        after: str | None = None,
        accept_datetime: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> ItemPaged[_models.Key]:
        """Gets a list of keys.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

        Args:
            name: A filter for the name of the returned keys.
            after: Instructs the server to return elements that appear after the element
                referred to by the specified token.
            accept_datetime: Requests the server to respond with the state of the
                resource at the specified time.
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
        if name is not None:
            _query.append(("name", name))
        if after is not None:
            _query.append(("After", after))
        _headers: dict[str, str] = {}
        if accept_datetime is not None:
            _headers["Accept-Datetime"] = accept_datetime
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/keys",
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/vnd.microsoft.appconfig.keyset+json, application/json, application/problem+json",
            expected=(200,),
            error_model=_models.Error.from_dict,
            declared_headers={
                200: {"Sync-Token": "str"},
            },
        )
        return ItemPaged(
            self._pipeline,
            _spec,
            _models.Key.from_dict,
            item_name="items",
            next_link_name="@nextLink",
            request_options=request_options,
        )

    def check_keys(
        self,
        *,
        name: str | None = None,
        after: str | None = None,
        accept_datetime: str | None = None,
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
            name: A filter for the name of the returned keys.
            after: Instructs the server to return elements that appear after the element
                referred to by the specified token.
            accept_datetime: Requests the server to respond with the state of the
                resource at the specified time.
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
        if name is not None:
            _query.append(("name", name))
        if after is not None:
            _query.append(("After", after))
        _headers: dict[str, str] = {}
        if accept_datetime is not None:
            _headers["Accept-Datetime"] = accept_datetime
        _spec = _pipeline.RequestSpec(
            method="HEAD",
            path="/keys",
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
    def with_raw_response(self) -> KeysOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return KeysOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> KeysOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return KeysOperationsWithStreamingResponse(self)


class KeysOperationsWithRawResponse:
    """`client.keys.with_raw_response`: see `KeysOperations`."""

    def __init__(self, operations: KeysOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.check_keys = wrap(operations.check_keys)


class KeysOperationsWithStreamingResponse:
    """`client.keys.with_streaming_response`: see `KeysOperations`."""

    def __init__(self, operations: KeysOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.check_keys = wrap(operations.check_keys)
