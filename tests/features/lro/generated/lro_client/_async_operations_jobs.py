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
    "AsyncJobsOperations",
]


class AsyncJobsOperations:
    """Operations of the `jobs` group, reached as `client.jobs`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def begin_export(
        self,
        *,
        format: str | None = None,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.ExportResult]:
        """Exports; the result is at the Location the first answer names.

        Starts the long-running operation and returns a poller; `await poller.result()`
        waits for its end.

        Args:
            format: -
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
        _body = _models.ExportRequest(format=format)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/jobs:export",
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(202,),
            declared_headers={
                202: {"Operation-Location": "str", "Location": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return AsyncLROPoller(
            self._pipeline,
            _response,
            _pipeline.decode(_response, _models.ExportResult.from_dict),
            _models.ExportResult.from_dict,
            final_state_via="location",
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    def resume_export(
        self,
        continuation_token: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.ExportResult]:
        """Picks up a `begin_export` operation from `poller.continuation_token()`, in
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
            _models.ExportResult.from_dict,
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    async def begin_run(
        self,
        *,
        script: str,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.JobOperation]:
        """Runs a job; the final result is the status monitor's body.

        Starts the long-running operation and returns a poller; `await poller.result()`
        waits for its end.

        Args:
            script: -
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
        _body = _models.RunRequest(script=script)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/jobs:run",
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
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
            _pipeline.decode(_response, _models.JobOperation.from_dict),
            _models.JobOperation.from_dict,
            final_state_via="operation-location",
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    def resume_run(
        self,
        continuation_token: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.JobOperation]:
        """Picks up a `begin_run` operation from `poller.continuation_token()`, in this
        or another process.

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
            _models.JobOperation.from_dict,
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    async def begin_archive(
        self,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.ExportResult]:
        """Archives; final-state-via azure-async-operation on a POST, so the monitor's
        last body is the result (the Location is not fetched).

        Starts the long-running operation and returns a poller; `await poller.result()`
        waits for its end.

        Args:
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
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/jobs:archive",
            client_parameters=("api-version",),
            accept="application/json",
            expected=(202,),
            declared_headers={
                202: {"Azure-AsyncOperation": "str", "Location": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return AsyncLROPoller(
            self._pipeline,
            _response,
            _pipeline.decode(_response, _models.ExportResult.from_dict),
            _models.ExportResult.from_dict,
            final_state_via="azure-async-operation",
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    def resume_archive(
        self,
        continuation_token: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.ExportResult]:
        """Picks up a `begin_archive` operation from `poller.continuation_token()`, in
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
            _models.ExportResult.from_dict,
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    async def begin_summarize(
        self,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.Summary]:
        """Summarizes; the first answer has no body, and final-state-schema says what
        the end has.

        Starts the long-running operation and returns a poller; `await poller.result()`
        waits for its end.

        Args:
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
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/jobs:summarize",
            client_parameters=("api-version",),
            accept="application/json",
            expected=(202,),
            declared_headers={
                202: {"Location": "str"},
            },
        )
        _response = await self._pipeline.send(_spec, request_options)
        return AsyncLROPoller(
            self._pipeline,
            _response,
            None,
            _models.Summary.from_dict,
            final_state_via="location",
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    def resume_summarize(
        self,
        continuation_token: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncLROPoller[_models.Summary]:
        """Picks up a `begin_summarize` operation from `poller.continuation_token()`, in
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
            _models.Summary.from_dict,
            error_model=None,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncJobsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncJobsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncJobsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncJobsOperationsWithStreamingResponse(self)


class AsyncJobsOperationsWithRawResponse:
    """`client.jobs.with_raw_response`: see `AsyncJobsOperations`."""

    def __init__(self, operations: AsyncJobsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.begin_export = wrap(operations.begin_export)
        self.begin_run = wrap(operations.begin_run)
        self.begin_archive = wrap(operations.begin_archive)
        self.begin_summarize = wrap(operations.begin_summarize)


class AsyncJobsOperationsWithStreamingResponse:
    """`client.jobs.with_streaming_response`: see `AsyncJobsOperations`."""

    def __init__(self, operations: AsyncJobsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.begin_export = wrap(operations.begin_export)
        self.begin_run = wrap(operations.begin_run)
        self.begin_archive = wrap(operations.begin_archive)
        self.begin_summarize = wrap(operations.begin_summarize)
