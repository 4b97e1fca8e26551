"""Raw responses: the parsed result of a call together with the HTTP response
it came from, and the headers the spec declares for it parsed to their types.

    raw = with_raw_response(client.files.upload)(purpose="fine-tune", file=data)
    raw.status_code, raw.headers["location"], raw.declared_headers["location"]
    raw.parsed  # the File the call returns
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from . import _serde
from ._errors import request_id
from ._pipeline import RESPONSE_SINK, RequestSpec

__all__ = ["RawResponse", "async_with_raw_response", "with_raw_response"]

P = ParamSpec("P")
T = TypeVar("T")


class RawResponse(Generic[T]):
    """What a call returned (`parsed`), and the response it came from."""

    def __init__(
        self, parsed: T, http_response: httpx.Response, spec: RequestSpec
    ) -> None:
        self.parsed = parsed
        self.http_response = http_response
        self._declared = spec.declared_headers.get(http_response.status_code, {})

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id(self.http_response.headers)

    @property
    def declared_headers(self) -> dict[str, Any]:
        """The response headers the spec declares for this status that are
        present, by lower-case name, parsed to their types (int, float, bool,
        datetime; strings as they are)."""
        found: dict[str, Any] = {}
        for name, kind in self._declared.items():
            value = self.http_response.headers.get(name)
            if value is not None:
                found[name.lower()] = parse_header(value, kind)
        return found

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={self.parsed!r})"


_HEADER_PARSERS: dict[str, Callable[[str], Any]] = {
    "int": int,
    "float": float,
    "bool": lambda value: value.strip().lower() == "true",
    "datetime": _serde.iso_datetime,
    "rfc1123": _serde.rfc1123_datetime,
    "date": _serde.iso_date,
    "time": _serde.iso_time,
    "duration": _serde.iso_duration,
    "bytes": _serde.base64_bytes,
    "base64url": _serde.base64url_bytes,
    "unixtime": lambda value: _serde.unixtime(int(value)),
    "decimal": _serde.decimal,
}


def parse_header(value: str, kind: str) -> Any:
    """A header value as the type the spec declares; a value that is not of
    that type is kept as the text it is (headers are often hand-written)."""
    parser = _HEADER_PARSERS.get(kind)
    if parser is None:
        return value
    try:
        return parser(value)
    except (ValueError, TypeError, OverflowError):
        return value


def with_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap an operation method so that it returns a `RawResponse`."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        sink: list[tuple[httpx.Response, RequestSpec]] = []
        token = RESPONSE_SINK.set(sink)
        try:
            parsed = method(*args, **kwargs)
        finally:
            RESPONSE_SINK.reset(token)
        if not sink:
            raise RuntimeError(f"{method!r} sent no request")
        response, spec = sink[0]
        return RawResponse(parsed, response, spec)

    return call


def async_with_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The async twin of `with_raw_response`."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        sink: list[tuple[httpx.Response, RequestSpec]] = []
        token = RESPONSE_SINK.set(sink)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            RESPONSE_SINK.reset(token)
        if not sink:
            raise RuntimeError(f"{method!r} sent no request")
        response, spec = sink[0]
        return RawResponse(parsed, response, spec)

    return call
