# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._polling import AsyncLROPoller
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncResourcesOperations",
]


class AsyncResourcesOperations:
    """Operations of the `resources` group, reached as `client.resources`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def begin_create_or_replace(
        self,
        name: str,
        *,
        size: int | None = None,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.Resource]:
        """Creates a resource; Azure's default for PUT polls it and returns it from its
        own URL.

        Starts the long-running operation and returns a poller; `await poller.result()`
        waits for its end.

        Args:
            name: -
            size: -
            polling_interval: Seconds between polls when the service does not say
                (default: the client's).
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
        _pipeline.require(name=name)
        _body = _models.Resource(size=size)
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path("/resources/{name}", {"name": (name, False)}),
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200, 201),
            declared_headers={
                201: {"Azure-AsyncOperation": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return AsyncLROPoller(
            self._pipeline,
            _response,
            _pipeline.decode(_response, _models.Resource.from_dict),
            _models.Resource.from_dict,
            final_state_via="",
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    def resume_create_or_replace(
        self,
        continuation_token: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.Resource]:
        """Picks up a `begin_create_or_replace` operation from
        `poller.continuation_token()`, in this or another process.

        Args:
            continuation_token: The token the earlier poller gave.
            polling_interval: Seconds between polls when the service does not say.
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
        return AsyncLROPoller.from_continuation_token(
            self._pipeline,
            continuation_token,
            _models.Resource.from_dict,
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    async def begin_delete(
        self,
        name: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[None]:
        """Deletes a resource; a Location header answers 202 until it is gone.

        Starts the long-running operation and returns a poller; `await poller.result()`
        waits for its end.

        Args:
            name: -
            polling_interval: Seconds between polls when the service does not say
                (default: the client's).
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
        _pipeline.require(name=name)
        _spec = _pipeline.RequestSpec(
            method="DELETE",
            path=_pipeline.format_path("/resources/{name}", {"name": (name, False)}),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(202, 204),
            declared_headers={
                202: {"Location": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return AsyncLROPoller(
            self._pipeline,
            _response,
            None,
            _serde.nothing,
            final_state_via="location",
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    def resume_delete(
        self,
        continuation_token: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[None]:
        """Picks up a `begin_delete` operation from `poller.continuation_token()`, in
        this or another process.

        Args:
            continuation_token: The token the earlier poller gave.
            polling_interval: Seconds between polls when the service does not say.
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
        return AsyncLROPoller.from_continuation_token(
            self._pipeline,
            continuation_token,
            _serde.nothing,
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    async def begin_refresh(
        self,
        name: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.Resource]:
        """Refreshes a resource and returns it from its own URL.

        Starts the long-running operation and returns a poller; `await poller.result()`
        waits for its end.

        Args:
            name: -
            polling_interval: Seconds between polls when the service does not say
                (default: the client's).
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
        _pipeline.require(name=name)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path(
                "/resources/{name}:refresh", {"name": (name, False)}
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(202,),
            declared_headers={
                202: {"Operation-Location": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return AsyncLROPoller(
            self._pipeline,
            _response,
            _pipeline.decode(_response, _models.Resource.from_dict),
            _models.Resource.from_dict,
            final_state_via="original-uri",
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    def resume_refresh(
        self,
        continuation_token: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.Resource]:
        """Picks up a `begin_refresh` operation from `poller.continuation_token()`, in
        this or another process.

        Args:
            continuation_token: The token the earlier poller gave.
            polling_interval: Seconds between polls when the service does not say.
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
        return AsyncLROPoller.from_continuation_token(
            self._pipeline,
            continuation_token,
            _models.Resource.from_dict,
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncResourcesOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncResourcesOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncResourcesOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncResourcesOperationsWithStreamingResponse(self)


class AsyncResourcesOperationsWithRawResponse:
    """`client.resources.with_raw_response`: see `AsyncResourcesOperations`."""

    def __init__(self, operations: AsyncResourcesOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.begin_create_or_replace = wrap(operations.begin_create_or_replace)
        self.begin_delete = wrap(operations.begin_delete)
        self.begin_refresh = wrap(operations.begin_refresh)


class AsyncResourcesOperationsWithStreamingResponse:
    """`client.resources.with_streaming_response`: see `AsyncResourcesOperations`."""

    def __init__(self, operations: AsyncResourcesOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.begin_create_or_replace = wrap(operations.begin_create_or_replace)
        self.begin_delete = wrap(operations.begin_delete)
        self.begin_refresh = wrap(operations.begin_refresh)
