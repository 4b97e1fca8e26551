"""Long-running operations: pollers that follow the status monitor the service
names, honour `retry-after`, and fetch the final result where Azure's rules
(and `x-ms-long-running-operation-options.final-state-via`) say.

How a poller finds its way, as azure-core's pollers do:
- an `Azure-AsyncOperation` (or `Operation-Location`) header names a status
  monitor whose JSON body must carry a `status`;
- otherwise a `Location` header names a URL that answers 202 while running
  and another 2xx when done (that answer is the result);
- otherwise a PUT or PATCH polls the resource itself for its
  `provisioningState`;
- otherwise (POST, DELETE) the first answer is the end.
When a status monitor says the operation succeeded, the final result is
fetched from: the `Location` header (final-state-via `location`); nowhere for
a POST whose final-state-via names the monitor (its body is the result); the
monitor's `resourceLocation`; the original URL for a PUT or PATCH; the
`Location` header for a POST; else the monitor's body is the result.
"""

from __future__ import annotations

import base64
import json
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._errors import DeserializationError, OperationFailedError
from ._pipeline import (
    AsyncPipeline,
    Pipeline,
    RequestOptions,
    RequestSpec,
    decode,
    told_delay,
)
from ._serde import identity

if TYPE_CHECKING:
    from typing_extensions import Self

T = TypeVar("T")

SUCCEEDED = frozenset({"succeeded"})
FAILED = frozenset({"failed", "canceled", "cancelled"})
_TOKEN_VERSION = 2
# The longest wait between polls that a Retry-After may ask for (seconds).
MAX_POLL_DELAY = 600.0
# The shortest wait a Retry-After may ask for, unless polling_interval is shorter.
MIN_POLL_DELAY = 1.0


class _PollingState:
    """Everything a poller knows, and every decision it makes, without I/O.

    `kind` is how the operation is polled: "monitor" (a status monitor URL),
    "location" (a Location URL), "resource" (the resource itself) or "done"."""

    def __init__(
        self,
        *,
        method: str,
        original_url: str,
        kind: str,
        monitor: str | None,
        location: str | None,
        final_state_via: str,
        status: str,
    ) -> None:
        self.method = method.upper()
        self.original_url = original_url
        self.kind = kind
        self.monitor = monitor
        self.location = location
        self.final_state_via = final_state_via
        self.status = status
        self.finished = False
        self.retry_after: float | None = None

    @classmethod
    def from_initial(
        cls, response: httpx.Response, final_state_via: str
    ) -> _PollingState:
        headers = response.headers
        method = response.request.method.upper()
        monitor = _absolute(
            response,
            headers.get("azure-asyncoperation") or headers.get("operation-location"),
        )
        location = _absolute(response, headers.get("location"))
        if response.status_code == 200 and _terminal_resource(response):
            # A resource that says it is provisioned: done, whatever headers
            # came with it (LROPatchInlineCompleteIgnoreHeaders).
            kind, status = "done", _resource_status(response, initial=True)
        elif monitor:
            # Running, whatever the first answer says; its own word if it has one.
            kind, status = "monitor", "InProgress"
            body = _json(response)
            told = body.get("status") if isinstance(body, dict) else None
            if isinstance(told, str) and told.lower() not in SUCCEEDED | FAILED:
                status = told
        elif location:
            kind, status = "location", "InProgress"
        elif method in ("PUT", "PATCH"):
            kind = "resource"
            status = _resource_status(response, initial=True)
        else:
            kind, status = "done", "Succeeded"
        state = cls(
            method=method,
            original_url=str(response.request.url),
            kind=kind,
            monitor=monitor,
            location=location,
            final_state_via=final_state_via,
            status=status,
        )
        state.retry_after = told_delay(headers)
        return state

    @property
    def poll_url(self) -> str:
        if self.kind == "monitor" and self.monitor:
            return self.monitor
        if self.kind == "location" and self.location:
            return self.location
        return self.original_url

    def absorb(self, response: httpx.Response) -> None:
        """Take in a polling response: its status, and how long to wait."""
        self.retry_after = told_delay(response.headers)
        if self.kind == "monitor":
            body = decode(response, identity)
            status = body.get("status") if isinstance(body, dict) else None
            if not isinstance(status, str):
                raise DeserializationError(
                    "the status monitor's answer has no `status`", response
                )
            self.status = status
        elif self.kind == "location":
            if response.headers.get("location"):
                self.location = _absolute(response, response.headers["location"])
            self.status = "InProgress" if response.status_code == 202 else "Succeeded"
        else:
            self.status = _resource_status(response, initial=False)

    @property
    def failed(self) -> bool:
        return self.status.lower() in FAILED

    @property
    def succeeded(self) -> bool:
        return self.status.lower() in SUCCEEDED

    def final_url(self, last_body: Any) -> str | None:
        """Where the final result is, or None if it is the last answer."""
        if self.kind != "monitor":
            return None
        via = self.final_state_via
        if via == "location" and self.location:
            return self.location
        if via == "original-uri":
            return self.original_url
        if (
            via in ("azure-async-operation", "operation-location")
            and self.method == "POST"
        ):
            return None
        if isinstance(last_body, dict):
            resource = last_body.get("resourceLocation")
            if isinstance(resource, str) and resource:
                return resource
        if self.method in ("PUT", "PATCH"):
            return self.original_url
        if self.method == "POST" and self.location:
            return self.location
        return None

    def token(self, public: Callable[[str], str]) -> str:
        """The state as a string; `public` takes the client's credentials out
        of each URL (resuming applies the resuming client's own)."""
        data = {
            "v": _TOKEN_VERSION,
            "method": self.method,
            "original_url": public(self.original_url),
            "kind": self.kind,
            "monitor": self.monitor and public(self.monitor),
            "location": self.location and public(self.location),
            "final_state_via": self.final_state_via,
            "status": self.status,
        }
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode("ascii")

    @classmethod
    def from_token(cls, token: str) -> _PollingState:
        try:
            data = json.loads(base64.urlsafe_b64decode(token.encode("ascii")))
            if data.pop("v") != _TOKEN_VERSION:
                raise ValueError("unknown version")
            return cls(**data)
        except (ValueError, TypeError, KeyError) as exc:
            raise ValueError(
                f"not a continuation token of this client: {exc}"
            ) from None


class _PollerBase(Generic[T]):
    _pipeline: Any  # the subclass's sync or async pipeline

    def __init__(
        self,
        state: _PollingState,
        initial_response: httpx.Response | None,
        initial_result: Any,
        deserialize: Callable[[Any], T],
        error_model: Callable[[Any], Any] | None,
        polling_interval: float,
        request_options: RequestOptions | None,
    ) -> None:
        self._state = state
        self.initial_response = initial_response
        self.initial_result = initial_result
        self._deserialize = deserialize
        self._error_model = error_model
        self.polling_interval = polling_interval
        self._options = request_options
        self._result: T | None = None
        self._last_response = initial_response

    @classmethod
    def from_continuation_token(
        cls,
        pipeline: Any,
        token: str,
        deserialize: Callable[[Any], T],
        *,
        error_model: Callable[[Any], Any] | None,
        polling_interval: float | None = None,
        request_options: RequestOptions | None = None,
    ) -> Self:
        """A poller for an operation another poller started (`pipeline` is the
        sync or async one that the subclass polls with)."""
        poller = cls.__new__(cls)
        _PollerBase.__init__(
            poller,
            _PollingState.from_token(token),
            None,
            None,
            deserialize,
            error_model,
            pipeline.polling_interval if polling_interval is None else polling_interval,
            request_options,
        )
        poller._pipeline = pipeline
        return poller

    def status(self) -> str:
        """The last status the service reported (e.g. 'running', 'succeeded')."""
        return self._state.status

    def done(self) -> bool:
        return self._state.finished

    def continuation_token(self) -> str:
        """A string from which `resume_*` (in this or another process) picks up
        the same operation."""
        return self._state.token(self._pipeline.public_url)

    def _delay(self) -> float:
        """The service's Retry-After, within [floor, MAX_POLL_DELAY]: the floor
        is the polling interval, up to a second (a `0`, a negative or a `nan`
        must not make a hot loop of polls; a shorter interval is the caller's
        own choice)."""
        told = self._state.retry_after
        if told is None or math.isnan(told):
            return self.polling_interval
        floor = min(self.polling_interval, MIN_POLL_DELAY)
        return min(max(told, floor), MAX_POLL_DELAY)

    def _spec(self, url: str) -> RequestSpec:
        # A status monitor's URL often leaves out the api-version (Azure's
        # Operation-Location): the first request's goes along (the method's
        # or the client's), as it does with next links, unless the URL names one.
        version = None
        if self.initial_response is not None:
            version = self.initial_response.request.url.params.get("api-version")
        if version is None:
            where, value = self._pipeline.client_parameters.get(
                "api-version", ("", None)
            )
            version = value if where == "query" else None
        query: list[tuple[str, str]] = []
        if version is not None and "api-version" not in httpx.URL(url).params:
            query.append(("api-version", str(version)))
        return RequestSpec(
            method="GET",
            path=url,
            query=query,
            accept="application/json",
            expected=(200, 201, 202, 204),
            error_model=self._error_model,
        )

    def _finish_with(self, response: httpx.Response) -> None:
        self._state.finished = True
        self._result = decode(response, self._deserialize)

    def _raise_if_failed(self, response: httpx.Response) -> None:
        if self._state.failed:
            self._state.finished = True
            raise OperationFailedError(self._state.status, _json(response), response)


class LROPoller(_PollerBase[T]):
    """The handle `begin_*` methods return.

    `result()` waits for the operation to end and returns its final result;
    `status()`, `done()` and `wait()` look at it along the way;
    `continuation_token()` lets another process resume it. `initial_response`
    and `initial_result` hold the service's first answer.
    """

    _pipeline: Pipeline

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
        state: _PollingState | None = None,
    ) -> None:
        super().__init__(
            state or _PollingState.from_initial(initial_response, final_state_via),
            initial_response,
            initial_result,
            deserialize,
            error_model,
            pipeline.polling_interval if polling_interval is None else polling_interval,
            request_options,
        )
        self._pipeline = pipeline
        if state is None:
            self._after_initial(initial_response)

    def _after_initial(self, response: httpx.Response) -> None:
        self._raise_if_failed(response)
        if self._state.succeeded:
            self._finish_with(response)  # nothing to poll: the first answer is final

    def _get(self, url: str) -> httpx.Response:
        response = self._pipeline.send(self._spec(url), self._options)
        response.read()
        return response

    def _poll_once(self) -> None:
        response = self._get(self._state.poll_url)
        self._last_response = response
        self._state.absorb(response)
        self._raise_if_failed(response)
        if self._state.succeeded:
            final = self._state.final_url(_json(response))
            self._finish_with(self._get(final) if final else response)

    def wait(self, timeout: float | None = None) -> None:
        """Poll until the operation ends, or until `timeout` seconds passed."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._state.finished:
            delay = self._delay()
            if deadline is not None and time.monotonic() + delay > deadline:
                return
            if delay > 0:
                self._pipeline.sleep(delay)
            self._poll_once()

    def result(self, timeout: float | None = None) -> T:
        """The final result; raises OperationFailedError if the operation failed,
        TimeoutError if it did not end within `timeout` seconds."""
        self.wait(timeout)
        if not self._state.finished:
            raise TimeoutError(f"the operation did not finish within {timeout} seconds")
        return self._result  # type: ignore[return-value]


class AsyncLROPoller(_PollerBase[T]):
    """The async twin of `LROPoller`: `await poller.result()`."""

    _pipeline: AsyncPipeline

    def __init__(
        self,
        pipeline: AsyncPipeline,
        initial_response: httpx.Response,
        initial_result: Any,
        deserialize: Callable[[Any], T],
        *,
        final_state_via: str,
        error_model: Callable[[Any], Any] | None,
        polling_interval: float | None = None,
        request_options: RequestOptions | None = None,
    ) -> None:
        super().__init__(
            _PollingState.from_initial(initial_response, final_state_via),
            initial_response,
            initial_result,
            deserialize,
            error_model,
            pipeline.polling_interval if polling_interval is None else polling_interval,
            request_options,
        )
        self._pipeline = pipeline
        self._raise_if_failed(initial_response)
        if self._state.succeeded:
            self._finish_with(initial_response)

    async def _get(self, url: str) -> httpx.Response:
        response = await self._pipeline.send(self._spec(url), self._options)
        await response.aread()
        return response

    async def _poll_once(self) -> None:
        response = await self._get(self._state.poll_url)
        self._last_response = response
        self._state.absorb(response)
        self._raise_if_failed(response)
        if self._state.succeeded:
            final = self._state.final_url(_json(response))
            self._finish_with(await self._get(final) if final else response)

    async def wait(self, timeout: float | None = None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._state.finished:
            delay = self._delay()
            if deadline is not None and time.monotonic() + delay > deadline:
                return
            if delay > 0:
                await self._pipeline.sleep(delay)
            await self._poll_once()

    async def result(self, timeout: float | None = None) -> T:
        await self.wait(timeout)
        if not self._state.finished:
            raise TimeoutError(f"the operation did not finish within {timeout} seconds")
        return self._result  # type: ignore[return-value]


def _absolute(response: httpx.Response, url: str | None) -> str | None:
    """A URL a header names, resolved against the request it answers (services
    send relative ones)."""
    if not url:
        return None
    return str(response.request.url.join(url))


def _json(response: httpx.Response) -> Any:
    if not response.content.strip():
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _provisioning_state(body: Any) -> str | None:
    """A resource's `properties.provisioningState` (or a top-level one)."""
    if not isinstance(body, dict):
        return None
    properties = body.get("properties")
    state = (
        properties.get("provisioningState") if isinstance(properties, dict) else None
    )
    state = state if state is not None else body.get("provisioningState")
    return state if isinstance(state, str) else None


def _terminal_resource(response: httpx.Response) -> bool:
    state = _provisioning_state(_json(response))
    return state is not None and state.lower() in SUCCEEDED | FAILED


def _resource_status(response: httpx.Response, initial: bool) -> str:
    """A resource's provisioning state: 202 is running; an empty 200/204 is done;
    201 without a state is running, 200 without one done."""
    if response.status_code == 202:
        return "InProgress"
    if not response.content.strip():
        if initial or response.status_code == 204:
            return "InProgress" if response.status_code == 201 else "Succeeded"
        raise DeserializationError(
            "a polled resource answered without a body", response
        )
    # The first answer may be anything; a polled one must be JSON.
    body = _json(response) if initial else decode(response, identity)
    state = _provisioning_state(body)
    if state is not None:
        return state
    return "InProgress" if response.status_code == 201 else "Succeeded"
