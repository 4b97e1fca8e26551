"""The package's exceptions: one base class, transport failures, and one
status error per kind of HTTP failure."""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "ApiConnectionError",
    "ApiTimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "DeserializationError",
    "HttpResponseError",
    "InsecureTransportError",
    "InternalServerError",
    "NotFoundError",
    "OperationFailedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "StreamError",
    "UnprocessableEntityError",
]


class ClientError(Exception):
    """Base class of every error this package raises.

    `attempts` says how many times the request was sent (retries included).
    """

    attempts: int = 1


class ApiConnectionError(ClientError):
    """The service could not be reached, or the connection broke."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""


class ArgumentError(ClientError, ValueError):
    """A method was called with a value it cannot send: a required value left
    None, or a path parameter that is empty or a dot segment (`.`, `..`) and
    would make the URL name another resource. Nothing was sent."""


class InsecureTransportError(ClientError, ValueError):
    """A bearer token or a password would have gone over plain `http://` (the endpoint, or
    a URL the service named), where anyone on the way can read it. Nothing
    was sent. For a local test server, pass `enforce_https=False`."""


class ResponseTooLargeError(ClientError):
    """A response body (or one line of an event stream) is larger than the
    client's `max_body_size`; the connection was closed without reading the
    rest. `response` is the raw answer (its body unread)."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response


class HttpResponseError(ClientError):
    """The service answered with a status the operation does not expect.

    Attributes:
        status_code: The HTTP status.
        error: The error body parsed into the model the spec declares for this
            status (or `default`), or None when the body was not that model.
        code: The service's error code, when the body carries one.
        request_id: The service's id of the request (see `REQUEST_ID_HEADERS`).
        response: The raw `httpx.Response`.
    """

    def __init__(
        self, response: httpx.Response, error: Any = None, body: Any = None
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.error = error
        self.request_id = request_id(response.headers)
        self.code, self.message = _code_and_message(body)
        if self.code is None:
            self.code = response.headers.get("x-ms-error-code")
        super().__init__(self._text())

    def _text(self) -> str:
        reason = self.response.reason_phrase or ""
        parts = [f"{self.status_code} {reason}".strip()]
        if self.code:
            parts.append(f"code={self.code}")
        if self.message:
            parts.append(self.message)
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        return ": ".join(parts[:1]) + (" " + "; ".join(parts[1:]) if parts[1:] else "")


class BadRequestError(HttpResponseError):
    """400 Bad Request."""


class AuthenticationError(HttpResponseError):
    """401 Unauthorized."""


class PermissionDeniedError(HttpResponseError):
    """403 Forbidden."""


class NotFoundError(HttpResponseError):
    """404 Not Found."""


class ConflictError(HttpResponseError):
    """409 Conflict."""


class UnprocessableEntityError(HttpResponseError):
    """422 Unprocessable Entity."""


class RateLimitError(HttpResponseError):
    """429 Too Many Requests."""


class InternalServerError(HttpResponseError):
    """Any 5xx status."""


class OperationFailedError(ClientError):
    """A long-running operation ended in a failed or canceled state."""

    def __init__(self, status: str, result: Any, response: httpx.Response) -> None:
        self.status = status
        self.result = result
        self.response = response
        code, message = _code_and_message(_json_or_none(response))
        detail = f": {code}: {message}" if code or message else ""
        super().__init__(f"the operation ended with status {status!r}{detail}")


class DeserializationError(ClientError, ValueError):
    """The service answered with a success status, but its body is not what
    the spec declares (not JSON, a string where a number belongs, a date that
    is no date, nothing where a model is required). `response` is the raw
    answer, `__cause__` the underlying problem."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response


class StreamError(ClientError):
    """An event stream carried an error instead of an event."""

    def __init__(self, payload: Any) -> None:
        self.payload = payload
        code, message = _code_and_message(payload)
        super().__init__(
            f"error in event stream: {code or ''} {message or payload!r}".strip()
        )


_BY_STATUS: dict[int, type[HttpResponseError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# Where services put the id of a request: Azure's data planes, most gateways,
# Azure Core's newer services, and Azure API Management (Azure OpenAI).
REQUEST_ID_HEADERS = (
    "x-ms-request-id",
    "x-request-id",
    "request-id",
    "apim-request-id",
)


def request_id(headers: httpx.Headers) -> str | None:
    """The service's id of the request, from the first header that carries one."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def error_class_for(status_code: int) -> type[HttpResponseError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, HttpResponseError)


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, httpx.ResponseNotRead):
        return None


def _code_and_message(body: Any) -> tuple[str | None, str | None]:
    """Code and message of a Microsoft REST guidelines error body
    (`{"error": {"code": ..., "message": ...}}`) or a flat one (also with the
    capitalized names of XML error bodies, `<Error><Code>...</Code>...`)."""
    if not isinstance(body, dict):
        return None, None
    inner = body.get("error", body)
    if not isinstance(inner, dict):
        return None, str(inner) if inner is not None else None
    code = inner.get("code", inner.get("Code"))
    message = inner.get("message", inner.get("Message"))
    return (
        str(code) if code is not None else None,
        str(message) if message is not None else None,
    )
