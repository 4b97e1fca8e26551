"""Raw responses: the parsed result of a call together with the HTTP response
it came from, and the headers the spec declares for it parsed to their types.

    raw = client.files.with_raw_response.upload(purpose="fine-tune", file=data)
    raw.status_code, raw.headers["location"], raw.declared_headers["location"]
    raw.parsed  # the File the call returns

Streamed responses: the answer before its body is read, as a context manager
that closes the connection.

    with client.files.with_streaming_response.get_content("file-1") as response:
        for chunk in response.iter_bytes(): ...  # or response.parse()
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from . import _serde
from ._errors import request_id
from ._pipeline import DEFER_BODY, REPLAY, RESPONSE_SINK, Deferred, RequestSpec

__all__ = [
    "AsyncStreamedResponse",
    "RawResponse",
    "StreamedResponse",
    "async_with_raw_response",
    "async_with_streaming_response",
    "with_raw_response",
    "with_streaming_response",
]

P = ParamSpec("P")
T = TypeVar("T")


class _Answer:
    """What every kind of response view tells about the answer itself."""

    http_response: httpx.Response
    _declared: Mapping[str, str]

    def __init__(self, http_response: httpx.Response, spec: RequestSpec) -> None:
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


class RawResponse(_Answer, Generic[T]):
    """What a call returned (`parsed`), and the response it came from."""

    def __init__(
        self, parsed: T, http_response: httpx.Response, spec: RequestSpec
    ) -> None:
        super().__init__(http_response, spec)
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={self.parsed!r})"


class StreamedResponse(_Answer, Generic[T]):
    """An answer whose body is not read yet: read it as it arrives
    (`iter_bytes`, `iter_lines`, ...), or whole and parsed as the method
    would (`parse()`). The `with` block closes the connection."""

    def __init__(
        self,
        http_response: httpx.Response,
        spec: RequestSpec,
        call: Callable[[], T],
    ) -> None:
        super().__init__(http_response, spec)
        self._call = call

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        return self.http_response.read()

    def parse(self) -> T:
        """The body, read whole (within the client's `max_body_size`) and
        parsed to what the method returns."""
        token = REPLAY.set([self.http_response])
        try:
            return self._call()
        finally:
            REPLAY.reset(token)

    def close(self) -> None:
        self.http_response.close()

    def __repr__(self) -> str:
        return f"StreamedResponse(status_code={self.status_code})"


class AsyncStreamedResponse(_Answer, Generic[T]):
    """The async twin of `StreamedResponse`."""

    def __init__(
        self,
        http_response: httpx.Response,
        spec: RequestSpec,
        call: Callable[[], Awaitable[T]],
    ) -> None:
        super().__init__(http_response, spec)
        self._call = call

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def parse(self) -> T:
        """The body, read whole (within the client's `max_body_size`) and
        parsed to what the method returns."""
        token = REPLAY.set([self.http_response])
        try:
            return await self._call()
        finally:
            REPLAY.reset(token)

    async def close(self) -> None:
        await self.http_response.aclose()

    def __repr__(self) -> str:
        return f"AsyncStreamedResponse(status_code={self.status_code})"


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


class StreamingCall(Generic[T]):
    """`with method(...) as response:` sends the request on entering and
    closes the response on leaving; a status error is raised on entering."""

    def __init__(self, call: Callable[[], T]) -> None:
        self._call = call
        self._response: StreamedResponse[T] | None = None

    def __enter__(self) -> StreamedResponse[T]:
        token = DEFER_BODY.set(True)
        try:
            self._call()
        except Deferred as deferred:
            self._response = StreamedResponse(
                deferred.response, deferred.spec, self._call
            )
            return self._response
        finally:
            DEFER_BODY.reset(token)
        raise RuntimeError("the call sent no request whose answer could be streamed")

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamingCall(Generic[T]):
    """The async twin of `StreamingCall`: `async with method(...) as response:`."""

    def __init__(self, call: Callable[[], Awaitable[T]]) -> None:
        self._call = call
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        token = DEFER_BODY.set(True)
        try:
            await self._call()
        except Deferred as deferred:
            self._response = AsyncStreamedResponse(
                deferred.response, deferred.spec, self._call
            )
            return self._response
        finally:
            DEFER_BODY.reset(token)
        raise RuntimeError("the call sent no request whose answer could be streamed")

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def with_streaming_response(
    method: Callable[P, T],
) -> Callable[P, StreamingCall[T]]:
    """Wrap an operation method so that calling it gives a context manager
    for the answer before its body is read (see `StreamedResponse`)."""

    def call(*args: P.args, **kwargs: P.kwargs) -> StreamingCall[T]:
        return StreamingCall(lambda: method(*args, **kwargs))

    return call


def async_with_streaming_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncStreamingCall[T]]:
    """The async twin of `with_streaming_response`."""

    def call(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamingCall[T]:
        return AsyncStreamingCall(lambda: method(*args, **kwargs))

    return call
