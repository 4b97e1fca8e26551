# Generated from specs/azure-rest/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json; do not edit (regenerate instead).
from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, cast

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._paging import AsyncItemPaged
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncKeyValuesOperations",
]


class AsyncKeyValuesOperations:
    """Operations of the `key_values` group, reached as `client.key_values`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    def get_key_values(
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
    ) -> AsyncItemPaged[_models.KeyValue]:
        """Gets a list of key-values.

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
            path="/kv",
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
        return AsyncItemPaged(
            self._pipeline,
            _spec,
            _models.KeyValue.from_dict,
            item_name="items",
            next_link_name="@nextLink",
            request_options=request_options,
        )

    async def check_key_values(
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
            path="/kv",
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/json",
            expected=(200, 404),
            declared_headers={
                200: {"Sync-Token": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _response.status_code != 404

    async def get_key_value(
        self,
        key: str,
        *,
        label: str | None = None,
        accept_datetime: str | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
        select: list[_models.SettingFields | str] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.KeyValue:
        """Gets a single key-value.

        Args:
            key: The key of the key-value to retrieve.
            label: The label of the key-value to retrieve.
            accept_datetime: Requests the server to respond with the state of the
                resource at the specified time.
            if_match: Used to perform an operation only if the targeted resource's etag
                matches the value provided.
            if_none_match: Used to perform an operation only if the targeted resource's
                etag does not match the value provided.
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
        _pipeline.require(key=key)
        _query: list[tuple[str, str]] = []
        if label is not None:
            _query.append(("label", label))
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
        if if_match is not None:
            _headers["If-Match"] = if_match
        if if_none_match is not None:
            _headers["If-None-Match"] = if_none_match
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path("/kv/{key}", {"key": (key, False)}),
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/vnd.microsoft.appconfig.kv+json, application/json, application/problem+json",
            expected=(200,),
            error_model=_models.Error.from_dict,
            declared_headers={
                200: {"Sync-Token": "str", "ETag": "str", "Last-Modified": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.KeyValue.from_dict)

    async def put_key_value(
        self,
        key_path: str,
        *,
        key: str | None = None,
        label: str | None = None,
        content_type: str | None = None,
        value: str | None = None,
        last_modified: datetime.datetime | None = None,
        tags: dict[str, str] | None = None,
        locked: bool | None = None,
        etag: str | None = None,
        label_query: str | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.KeyValue:
        """Creates a key-value.

        Args:
            key_path: The key of the key-value to create.
            key: -
            label: -
            content_type: -
            value: -
            last_modified: -
            tags: -
            locked: -
            etag: -
            label_query: The label of the key-value to create.
            if_match: Used to perform an operation only if the targeted resource's etag
                matches the value provided.
            if_none_match: Used to perform an operation only if the targeted resource's
                etag does not match the value provided.
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
        _pipeline.require(key_path=key_path)
        _query: list[tuple[str, str]] = []
        if label_query is not None:
            _query.append(("label", label_query))
        _headers: dict[str, str] = {}
        if if_match is not None:
            _headers["If-Match"] = if_match
        if if_none_match is not None:
            _headers["If-None-Match"] = if_none_match
        _body = _models.KeyValue(
            key=key,
            label=label,
            content_type=content_type,
            value=value,
            last_modified=last_modified,
            tags=tags,
            locked=locked,
            etag=etag,
        )
        _payload = _body.to_dict(exclude_readonly=True)
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path("/kv/{key}", {"key": (key_path, False)}),
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            json=_payload,
            has_json=bool(_payload),
            content_type="application/vnd.microsoft.appconfig.kv+json",
            accept="application/vnd.microsoft.appconfig.kv+json, application/json, application/problem+json",
            expected=(200,),
            error_model=_models.Error.from_dict,
            declared_headers={
                200: {"Sync-Token": "str", "ETag": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.KeyValue.from_dict)

    async def delete_key_value(
        self,
        key: str,
        *,
        label: str | None = None,
        if_match: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.KeyValue | None:
        """Deletes a key-value.

        Args:
            key: The key of the key-value to delete.
            label: The label of the key-value to delete.
            if_match: Used to perform an operation only if the targeted resource's etag
                matches the value provided.
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
        _pipeline.require(key=key)
        _query: list[tuple[str, str]] = []
        if label is not None:
            _query.append(("label", label))
        _headers: dict[str, str] = {}
        if if_match is not None:
            _headers["If-Match"] = if_match
        _spec = _pipeline.RequestSpec(
            method="DELETE",
            path=_pipeline.format_path("/kv/{key}", {"key": (key, False)}),
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/vnd.microsoft.appconfig.kv+json, application/json, application/problem+json",
            expected=(200, 204),
            error_model=_models.Error.from_dict,
            declared_headers={
                200: {"Sync-Token": "str", "ETag": "str"},
                204: {"Sync-Token": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        _result = _pipeline.decode_by_status(
            _response,
            {200: (_models.KeyValue.from_dict, True), 204: (_serde.nothing, False)},
        )
        return cast("_models.KeyValue | None", _result)

    async def check_key_value(
        self,
        key: str,
        *,
        label: str | None = None,
        accept_datetime: str | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
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
            key: The key of the key-value to retrieve.
            label: The label of the key-value to retrieve.
            accept_datetime: Requests the server to respond with the state of the
                resource at the specified time.
            if_match: Used to perform an operation only if the targeted resource's etag
                matches the value provided.
            if_none_match: Used to perform an operation only if the targeted resource's
                etag does not match the value provided.
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
        _pipeline.require(key=key)
        _query: list[tuple[str, str]] = []
        if label is not None:
            _query.append(("label", label))
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
        if if_match is not None:
            _headers["If-Match"] = if_match
        if if_none_match is not None:
            _headers["If-None-Match"] = if_none_match
        _spec = _pipeline.RequestSpec(
            method="HEAD",
            path=_pipeline.format_path("/kv/{key}", {"key": (key, False)}),
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/json",
            expected=(200, 404),
            declared_headers={
                200: {"Sync-Token": "str", "ETag": "str", "Last-Modified": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _response.status_code != 404

    @functools.cached_property
    def with_raw_response(self) -> AsyncKeyValuesOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncKeyValuesOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncKeyValuesOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncKeyValuesOperationsWithStreamingResponse(self)


class AsyncKeyValuesOperationsWithRawResponse:
    """`client.key_values.with_raw_response`: see `AsyncKeyValuesOperations`."""

    def __init__(self, operations: AsyncKeyValuesOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.check_key_values = wrap(operations.check_key_values)
        self.get_key_value = wrap(operations.get_key_value)
        self.put_key_value = wrap(operations.put_key_value)
        self.delete_key_value = wrap(operations.delete_key_value)
        self.check_key_value = wrap(operations.check_key_value)


class AsyncKeyValuesOperationsWithStreamingResponse:
    """`client.key_values.with_streaming_response`: see `AsyncKeyValuesOperations`."""

    def __init__(self, operations: AsyncKeyValuesOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.check_key_values = wrap(operations.check_key_values)
        self.get_key_value = wrap(operations.get_key_value)
        self.put_key_value = wrap(operations.put_key_value)
        self.delete_key_value = wrap(operations.delete_key_value)
        self.check_key_value = wrap(operations.check_key_value)
