"""Long-running operations: a poller that follows the status monitor the
service names, honours `retry-after`, and returns the final result."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._errors import OperationFailedError
from ._pipeline import Pipeline, RequestOptions, RequestSpec, _told_delay

T = TypeVar("T")

SUCCEEDED = frozenset({"succeeded"})
FAILED = frozenset({"failed", "canceled", "cancelled"})
TERMINAL = SUCCEEDED | FAILED


class LROPoller(Generic[T]):
    """The handle `begin_*` methods return.

    `result()` waits for the operation to end and returns its final result;
    `status()`, `done()` and `wait()` look at it along the way.
    `initial_response` and `initial_result` hold the service's first answer.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        initial_response: httpx.Response,
        initial_result: Any,
        deserialize: Callable[[Any], T],
        *,
        final_state_via: str,
        error_model: Callable[[Any], Any] | None,
        polling_interval: float | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        self._pipeline = pipeline
        self.initial_response = initial_response
        self.initial_result = initial_result
        self._deserialize = deserialize
        self._final_state_via = final_state_via
        self._error_model = error_model
        self.polling_interval = (
            pipeline.polling_interval if polling_interval is None else polling_interval
        )
        self._options = request_options
        headers = initial_response.headers
        self._monitor_url = headers.get("operation-location") or headers.get(
            "azure-asyncoperation"
        )
        self._location = headers.get("location")
        self._original_url = str(initial_response.request.url)
        self._last_response = initial_response
        self._status = _status_of(initial_response) or "inprogress"
        self._result: T | None = None
        self._finished = False
        if self._monitor_url is None and self._location is None:
            # Nothing to poll: the first answer is the final one.
            self._finish(initial_response)

    def status(self) -> str:
        """The last status the service reported (e.g. 'running', 'succeeded')."""
        return self._status

    def done(self) -> bool:
        return self._finished

    def wait(self, timeout: float | None = None) -> None:
        """Poll until the operation ends, or until `timeout` seconds passed."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._finished:
            delay = _told_delay(self._last_response.headers)
            delay = self.polling_interval if delay is None else delay
            if deadline is not None and time.monotonic() + delay > deadline:
                return
            if delay > 0:
                self._pipeline.sleep(delay)
            self._poll()

    def result(self, timeout: float | None = None) -> T:
        """The final result; raises OperationFailedError if the operation failed."""
        self.wait(timeout)
        if not self._finished:
            raise TimeoutError(f"the operation did not finish within {timeout} seconds")
        return self._result  # type: ignore[return-value]

    def _get(self, url: str) -> httpx.Response:
        spec = RequestSpec(
            method="GET",
            path=url,
            accept="application/json",
            expected=(200, 201, 202, 204),
            error_model=self._error_model,
        )
        response = self._pipeline.send(spec, self._options)
        response.read()
        return response

    def _poll(self) -> None:
        url = self._monitor_url or self._location or self._original_url
        response = self._get(url)
        self._last_response = response
        status = _status_of(response)
        if status is None:
            # A Location monitor: 202 while running, anything else when done.
            status = "inprogress" if response.status_code == 202 else "succeeded"
        self._status = status
        if status.lower() in FAILED:
            self._finished = True
            raise OperationFailedError(status, _json(response), response)
        if status.lower() in SUCCEEDED:
            self._finish(response)

    def _finish(self, response: httpx.Response) -> None:
        via = self._final_state_via
        if response is not self.initial_response:
            if via == "location" and self._location and self._monitor_url:
                response = self._get(self._location)
            elif via == "original-uri":
                response = self._get(self._original_url)
        body = _json(response)
        self._result = None if body is None else self._deserialize(body)
        self._finished = True


def _json(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def _status_of(response: httpx.Response) -> str | None:
    body = _json(response)
    if isinstance(body, dict):
        status = body.get("status")
        if status is None and isinstance(body.get("properties"), dict):
            status = body["properties"].get("provisioningState")
        if isinstance(status, str):
            return status
    return None
