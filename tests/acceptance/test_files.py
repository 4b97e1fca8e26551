"""Binary bodies and downloads (body-binary, body-file): bytes sent as they
are with the operation's media type; downloads whole or streamed, empty or a
megabyte at a time; a failed download raises with the parsed error."""

from __future__ import annotations

from typing import Any

from .conftest import Harness


def test_uploads(h: Harness) -> None:
    upload = h.client("body-binary").upload
    h.call(upload.file(file_param=b'{"more": "cowbell"}'))  # JSON text, sent as application/json
    h.call(upload.binary(file_param=b"\x00\x01\x02\x03"))


def test_a_failed_download_raises_with_its_error(h: Harness) -> None:
    module = h.module("body-binary")
    error = h.raises(module.BadRequestError, h.client("body-binary").download.error_stream)
    assert error.message == "I failed on purpose"


def test_downloads(h: Harness) -> None:
    files = h.client("body-file").files
    png = h.call(files.get_file())
    assert png.startswith(b"\x89PNG")
    assert h.call(files.get_empty_file()) == b""
    # 3,000 MB, read lazily: a few megabytes, then the stream is closed early.
    stream = h.call(files.get_file_large_stream(chunk_size=1024 * 1024))
    assert h.call(first_bytes(h, stream, 4 * 1024 * 1024)) >= 4 * 1024 * 1024


async def _first_async(stream: Any, limit: int) -> int:
    size = 0
    async with stream:
        async for chunk in stream:
            size += len(chunk)
            if size >= limit:
                break
    return size


def first_bytes(h: Harness, stream: Any, limit: int) -> Any:
    if h.is_async:
        return _first_async(stream, limit)
    size = 0
    with stream:
        for chunk in stream:
            size += len(chunk)
            if size >= limit:
                break
    return size
