"""Streaming over a real socket: a loopback server, started and stopped here,
serves a large chunked download and a slow event stream. The client hands
over the first chunk / event before the server has sent the rest, and memory
does not grow with the size of the body."""

from __future__ import annotations

import asyncio
import threading
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from azure_openai_authoring import AsyncClient, Client

CHUNK = 64 * 1024
CHUNKS = 256  # 16 MiB in all
WAIT = 10.0  # seconds a server step waits for the client before giving up


class Gate:
    """The server waits at a gate until the client says it got what came before."""

    def __init__(self) -> None:
        self.first_received = threading.Event()
        self.rest_sent = threading.Event()
        self.timed_out = False

    def wait_for_client(self) -> None:
        if not self.first_received.wait(WAIT):
            self.timed_out = True


def make_handler(gate: Gate) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
            pass

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        def do_GET(self) -> None:  # noqa: N802 - the base's name
            events = "/events" in self.path
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream" if events else "application/octet-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            if events:
                self._chunk(b'data: {"created_at": 1, "level": "info", "message": "first"}\n\n')
                gate.wait_for_client()
                self._chunk(b'data: {"created_at": 2, "level": "info", "message": "second"}\n\n')
                self._chunk(b"data: [DONE]\n\n")
            else:
                block = b"x" * CHUNK
                self._chunk(block)
                gate.wait_for_client()
                for _ in range(CHUNKS - 1):
                    self._chunk(block)
            gate.rest_sent.set()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

    return Handler


@pytest.fixture
def server() -> Iterator[tuple[str, Gate]]:
    gate = Gate()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(gate))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", gate
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(WAIT)


def test_download_yields_the_first_chunk_before_the_rest_is_sent_in_constant_memory(server: tuple[str, Gate]) -> None:
    url, gate = server
    with Client(url, "k", max_retries=0) as client:
        tracemalloc.start()
        try:
            with client.files.get_content_stream("f", chunk_size=CHUNK) as stream:
                first = next(stream)
                assert len(first) == CHUNK
                assert not gate.rest_sent.is_set(), "the client waited for the whole body"
                gate.first_received.set()
                total = len(first) + sum(len(chunk) for chunk in stream)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert total == CHUNK * CHUNKS and not gate.timed_out
    assert peak < 2 * 1024 * 1024, f"peak {peak} bytes for a {total}-byte body"


def test_events_arrive_one_by_one_from_a_slow_stream(server: tuple[str, Gate]) -> None:
    url, gate = server
    with Client(url, "k", max_retries=0) as client:
        stream = client.fine_tunes.get_events("ft", stream=True)
        first = next(stream)
        assert first.message == "first" and not gate.rest_sent.is_set()
        gate.first_received.set()
        assert [e.message for e in stream] == ["second"]
    assert stream.response.is_closed and not gate.timed_out


def test_async_download_and_events_stream_the_same_way(server: tuple[str, Gate]) -> None:
    url, gate = server

    async def scenario() -> tuple[int, list[str]]:
        async with AsyncClient(url, "k", max_retries=0) as client:
            stream = await client.files.get_content_stream("f", chunk_size=CHUNK)
            first = await stream.__anext__()
            assert len(first) == CHUNK and not gate.rest_sent.is_set()
            gate.first_received.set()
            total = len(first)
            async for chunk in stream:
                total += len(chunk)
            gate.first_received.clear()
            gate.rest_sent.clear()
            events = await client.fine_tunes.get_events("ft", stream=True)
            messages = [(await events.__anext__()).message]
            assert not gate.rest_sent.is_set()
            gate.first_received.set()
            messages += [e.message async for e in events]
            return total, messages

    total, messages = asyncio.run(scenario())
    assert total == CHUNK * CHUNKS and messages == ["first", "second"] and not gate.timed_out
