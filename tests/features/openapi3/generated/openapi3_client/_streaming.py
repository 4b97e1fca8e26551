"""Lazily read response bodies: raw byte chunks, and server-sent events.

The SSE decoder follows the WHATWG event-stream rules: `data` lines joined
with newlines, `event`, `id` and `retry` fields, comments, LF/CR/CRLF line
ends, and UTF-8 characters split across network chunks. `data: [DONE]` ends
a stream; an `error` event (or a payload that is only `{"error": ...}`)
raises `StreamError`.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import httpx

from ._errors import ResponseTooLargeError, StreamError

if TYPE_CHECKING:
    from typing_extensions import Self

T = TypeVar("T")

DONE_MARKER = "[DONE]"
DEFAULT_MAX_LINE_SIZE = 100 * 1024 * 1024


class LineTooLongError(ValueError):
    """Raised by LineSplitter; streams turn it into ResponseTooLargeError."""


class ServerSentEvent(NamedTuple):
    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


_END_OF_LINE = re.compile(r"\r\n|\r|\n")


class LineSplitter:
    """Splits a byte stream into lines on LF, CR or CRLF, decoding UTF-8 (a
    character split across two chunks is joined first).

    Linear in the stream's size: each chunk is scanned once, and the pieces of
    a line that spans chunks are joined once, when it ends. A line longer
    than `max_line_size` characters raises ResponseTooLargeError (a server
    that never sends a line break cannot fill the memory)."""

    def __init__(self, max_line_size: int = DEFAULT_MAX_LINE_SIZE) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pieces: list[str] = []
        self._size = 0
        self._after_cr = False  # the last chunk ended with CR: skip a leading LF
        self.max_line_size = max_line_size

    def feed(self, chunk: bytes) -> list[str]:
        return self._split(self._decoder.decode(chunk))

    def _split(self, text: str) -> list[str]:
        if not text:
            return []  # (half a character: the CR, if any, still counts)
        if self._after_cr and text[0] == "\n":
            text = text[1:]
        self._after_cr = text.endswith("\r")
        lines = []
        position = 0
        for match in _END_OF_LINE.finditer(text):
            self._pieces.append(text[position : match.start()])
            lines.append("".join(self._pieces))
            self._pieces, self._size = [], 0
            position = match.end()
        if position < len(text):
            self._pieces.append(text[position:])
            self._size += len(text) - position
            if self._size > self.max_line_size:
                raise LineTooLongError(
                    f"an event-stream line is longer than {self.max_line_size}"
                    " characters; the stream was closed"
                )
        return lines

    def close(self) -> list[str]:
        lines = self._split(self._decoder.decode(b"", final=True))
        if self._pieces:  # an unterminated last line
            lines.append("".join(self._pieces))
            self._pieces, self._size = [], 0
        return lines


class SSEDecoder:
    """Turns lines into events, one line at a time."""

    def __init__(self) -> None:
        self.data: list[str] = []
        self.event = ""
        self.last_id: str | None = None
        self.retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        if line == "":
            # A blank line dispatches; an event without data is not dispatched.
            event = None
            if self.data:
                data = "\n".join(self.data)
                event = ServerSentEvent(
                    data, self.event or "message", self.last_id, self.retry
                )
            self.data, self.event = [], ""
            return event
        if line.startswith(":"):
            return None  # a comment
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self.data.append(value)
        elif name == "event":
            self.event = value
        elif name == "id" and "\0" not in value:
            self.last_id = value
        elif name == "retry" and value.isdigit():
            self.retry = int(value)
        return None


def iter_lines(
    chunks: Iterable[bytes], max_line_size: int = DEFAULT_MAX_LINE_SIZE
) -> Iterator[str]:
    splitter = LineSplitter(max_line_size)
    for chunk in chunks:
        yield from splitter.feed(chunk)
    yield from splitter.close()


def iter_sse(
    chunks: Iterable[bytes], max_line_size: int = DEFAULT_MAX_LINE_SIZE
) -> Iterator[ServerSentEvent]:
    """Events of a byte stream. An event not closed by a blank line before the
    stream ends is not dispatched."""
    decoder = SSEDecoder()
    for line in iter_lines(chunks, max_line_size):
        event = decoder.feed(line)
        if event is not None:
            yield event


async def aiter_sse(
    chunks: AsyncIterable[bytes], max_line_size: int = DEFAULT_MAX_LINE_SIZE
) -> AsyncIterator[ServerSentEvent]:
    decoder = SSEDecoder()
    splitter = LineSplitter(max_line_size)
    async for chunk in chunks:
        for line in splitter.feed(chunk):
            event = decoder.feed(line)
            if event is not None:
                yield event
    for line in splitter.close():
        event = decoder.feed(line)
        if event is not None:
            yield event


def _payload(sse: ServerSentEvent) -> Any:
    payload = json.loads(sse.data)
    if sse.event == "error" or (
        isinstance(payload, dict) and set(payload) == {"error"}
    ):
        raise StreamError(payload)
    return payload


class EventStream(Generic[T]):
    """An iterator of parsed events. It ends at `data: [DONE]` or when the
    server closes the stream, and closes the connection when it ends, when it
    is garbage-collected, or on leaving a `with` block."""

    def __init__(
        self,
        response: httpx.Response,
        convert: Callable[[Any], T],
        max_line_size: int = DEFAULT_MAX_LINE_SIZE,
    ) -> None:
        self.response = response
        self._convert = convert
        self._events = iter_sse(response.iter_bytes(), max_line_size)

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        try:
            for sse in self._events:
                if sse.data == DONE_MARKER:
                    break
                return self._convert(_payload(sse))
        except LineTooLongError as exc:
            self.close()
            raise ResponseTooLargeError(str(exc), self.response) from None
        except BaseException:
            self.close()
            raise
        self.close()
        raise StopIteration

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            response.close()


class AsyncEventStream(Generic[T]):
    """The async twin of `EventStream`: `async for event in stream`."""

    def __init__(
        self,
        response: httpx.Response,
        convert: Callable[[Any], T],
        max_line_size: int = DEFAULT_MAX_LINE_SIZE,
    ) -> None:
        self.response = response
        self._convert = convert
        self._events = aiter_sse(response.aiter_bytes(), max_line_size)

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        try:
            async for sse in self._events:
                if sse.data == DONE_MARKER:
                    break
                return self._convert(_payload(sse))
        except LineTooLongError as exc:
            await self.aclose()
            raise ResponseTooLargeError(str(exc), self.response) from None
        except BaseException:
            await self.aclose()
            raise
        await self.aclose()
        raise StopAsyncIteration

    async def aclose(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class ByteStream:
    """The body of a binary response, read chunk by chunk as it arrives. The
    connection closes when the body is exhausted, when the stream is
    garbage-collected, or on leaving a `with` block."""

    def __init__(self, response: httpx.Response, chunk_size: int | None = None) -> None:
        self.response = response
        self._chunks = response.iter_bytes(chunk_size)

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        try:
            return next(self._chunks)
        except BaseException:
            self.close()
            raise

    def read(self) -> bytes:
        """The rest of the body, at once."""
        return b"".join(self)

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        response = getattr(self, "response", None)
        if response is not None and not response.is_closed:
            response.close()


class AsyncByteStream:
    """The async twin of `ByteStream`: `async for chunk in stream`."""

    def __init__(self, response: httpx.Response, chunk_size: int | None = None) -> None:
        self.response = response
        self._chunks = response.aiter_bytes(chunk_size)

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self._chunks.__anext__()
        except BaseException:
            await self.aclose()
            raise

    async def read(self) -> bytes:
        """The rest of the body, at once."""
        return b"".join([chunk async for chunk in self])

    async def aclose(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
