# Generated from specs/azure-rest/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncLocksOperations",
]


class AsyncLocksOperations:
    """Operations of the `locks` group, reached as `client.locks`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def put_lock(
        self,
        key: str,
        *,
        label: str | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.KeyValue:
        """Locks a key-value.

        Args:
            key: The key of the key-value to lock.
            label: The label, if any, of the key-value to lock.
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
        _pipeline.require(key=key)
        _query: list[tuple[str, str]] = []
        if label is not None:
            _query.append(("label", label))
        _headers: dict[str, str] = {}
        if if_match is not None:
            _headers["If-Match"] = if_match
        if if_none_match is not None:
            _headers["If-None-Match"] = if_none_match
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path("/locks/{key}", {"key": (key, False)}),
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/vnd.microsoft.appconfig.kv+json, application/json, application/problem+json",
            expected=(200,),
            error_model=_models.Error.from_dict,
            declared_headers={
                200: {"Sync-Token": "str", "ETag": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.KeyValue.from_dict)

    async def delete_lock(
        self,
        key: str,
        *,
        label: str | None = None,
        if_match: str | None = None,
        if_none_match: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.KeyValue:
        """Unlocks a key-value.

        Args:
            key: The key of the key-value to unlock.
            label: The label, if any, of the key-value to unlock.
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
        _pipeline.require(key=key)
        _query: list[tuple[str, str]] = []
        if label is not None:
            _query.append(("label", label))
        _headers: dict[str, str] = {}
        if if_match is not None:
            _headers["If-Match"] = if_match
        if if_none_match is not None:
            _headers["If-None-Match"] = if_none_match
        _spec = _pipeline.RequestSpec(
            method="DELETE",
            path=_pipeline.format_path("/locks/{key}", {"key": (key, False)}),
            query=_query,
            headers=_headers,
            client_parameters=("Sync-Token", "api-version"),
            accept="application/vnd.microsoft.appconfig.kv+json, application/json, application/problem+json",
            expected=(200,),
            error_model=_models.Error.from_dict,
            declared_headers={
                200: {"Sync-Token": "str", "ETag": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.KeyValue.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> AsyncLocksOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncLocksOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncLocksOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncLocksOperationsWithStreamingResponse(self)


class AsyncLocksOperationsWithRawResponse:
    """`client.locks.with_raw_response`: see `AsyncLocksOperations`."""

    def __init__(self, operations: AsyncLocksOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.put_lock = wrap(operations.put_lock)
        self.delete_lock = wrap(operations.delete_lock)


class AsyncLocksOperationsWithStreamingResponse:
    """`client.locks.with_streaming_response`: see `AsyncLocksOperations`."""

    def __init__(self, operations: AsyncLocksOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.put_lock = wrap(operations.put_lock)
        self.delete_lock = wrap(operations.delete_lock)
