"""Lazily read response bodies: raw byte chunks, and server-sent events.

The SSE decoder follows the WHATWG event-stream rules: `data` lines joined
with newlines, `event`, `id` and `retry` fields, comments, LF/CR/CRLF line
ends, and UTF-8 characters split across network chunks.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

import httpx

from ._errors import StreamError

T = TypeVar("T")

DONE_MARKER = "[DONE]"


@dataclass(frozen=True)
class ServerSentEvent:
    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


_END_OF_LINE = re.compile(r"\r\n|\r|\n")


def iter_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """Lines of a byte stream, split on LF, CR or CRLF, decoded as UTF-8 (a
    character split across two chunks is joined first)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    buffer = ""
    for chunk in chunks:
        buffer += decoder.decode(chunk)
        position = 0
        for match in _END_OF_LINE.finditer(buffer):
            if match.group() == "\r" and match.end() == len(buffer):
                break  # may be the first half of a CRLF split across chunks
            yield buffer[position : match.start()]
            position = match.end()
        buffer = buffer[position:]
    buffer += decoder.decode(b"", final=True)
    if buffer.endswith("\r"):
        yield buffer[:-1]
    elif buffer:
        yield buffer  # an unterminated last line; iter_sse drops its event


def iter_sse(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    data: list[str] = []
    event = ""
    last_id: str | None = None
    retry: int | None = None
    for line in iter_lines(chunks):
        if line == "":
            if data:
                yield ServerSentEvent(
                    "\n".join(data), event or "message", last_id, retry
                )
            data, event = [], ""
            continue
        if line.startswith(":"):
            continue
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
        elif name == "id" and "\0" not in value:
            last_id = value
        elif name == "retry" and value.isdigit():
            retry = int(value)
    # An event not closed by a blank line before the end is not dispatched.


class EventStream(Generic[T]):
    """An iterator of parsed events. It ends at `data: [DONE]` or when the
    server closes the stream, and closes the connection when it ends; use it
    as a context manager to close it early."""

    def __init__(self, response: httpx.Response, convert: Callable[[Any], T]) -> None:
        self.response = response
        self._convert = convert
        self._events = iter_sse(response.iter_bytes())

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        try:
            for sse in self._events:
                if sse.data == DONE_MARKER:
                    break
                payload = json.loads(sse.data)
                if sse.event == "error" or (
                    isinstance(payload, dict) and set(payload) == {"error"}
                ):
                    self.close()
                    raise StreamError(payload)
                return self._convert(payload)
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


class ByteStream:
    """The body of a binary response, read chunk by chunk as it arrives."""

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
