"""Raw responses, byte streams and event streams: sync and async."""

from __future__ import annotations

import gc
import logging

import httpx
import pytest

from azure_openai_authoring import StreamError, models

from .harness import Harness, Script

ENDPOINT = "https://res.openai.azure.com"
FILE = {"id": "file-1", "filename": "a.jsonl", "purpose": "fine-tune", "created_at": 1}


def test_raw_response_has_status_headers_declared_headers_and_the_parsed_body(h: Harness) -> None:
    location = "https://res.openai.azure.com/openai/files/file-1"
    script = Script(httpx.Response(201, json=FILE, headers={"Location": location, "x-ms-request-id": "r-1"}))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    raw = h.call(h.raw(client.files.upload)(purpose="fine-tune", file=b"x"))
    assert raw.status_code == 201
    assert raw.headers["location"] == location and raw.request_id == "r-1"
    assert raw.declared_headers == {"location": location}
    assert isinstance(raw.parsed, models.File) and raw.parsed.id == "file-1"


def test_declared_headers_are_parsed_to_their_types(h: Harness) -> None:
    script = Script(
        httpx.Response(
            200,
            json={"id": "op", "status": "running", "created": 1},
            headers={"retry-after": "7", "x-ms-request-id": "r-2"},
        )
    )
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    raw = h.call(h.raw(client.operations_images.get)("op"))
    assert raw.declared_headers == {"retry-after": 7, "x-ms-request-id": "r-2"}
    assert raw.parsed.status == models.State.RUNNING


def test_raw_response_of_a_long_running_operation_is_its_first_answer(h: Harness) -> None:
    monitor = f"{ENDPOINT}/openai/operations/images/op"
    script = Script(httpx.Response(202, json={"id": "op", "status": "notRunning"}, headers={"operation-location": monitor}))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    raw = h.call(h.raw(client.images.begin_generate)(prompt="p"))
    assert raw.status_code == 202 and raw.declared_headers["operation-location"] == monitor
    assert raw.parsed.status() == "notRunning"


def chunked(*parts: bytes) -> httpx.Response:
    return httpx.Response(200, content=iter(parts), headers={"content-type": "application/octet-stream"})


def async_chunked(*parts: bytes) -> httpx.Response:
    async def body():  # type: ignore[no-untyped-def]
        for part in parts:
            yield part

    return httpx.Response(200, content=body(), headers={"content-type": "application/octet-stream"})


def test_byte_stream_yields_chunks_and_closes_when_exhausted(h: Harness) -> None:
    answer = (async_chunked if h.is_async else chunked)(b"a" * 10, b"b" * 10, b"c")
    client = h.client(Script(answer), endpoint=ENDPOINT, api_key="k")
    stream = h.call(client.files.get_content_stream("file-1"))
    assert isinstance(stream, h.module.AsyncByteStream if h.is_async else h.module.ByteStream)
    assert h.collect(stream) == [b"a" * 10, b"b" * 10, b"c"]
    assert stream.response.is_closed


def test_byte_stream_closes_when_broken_off_or_collected() -> None:
    from azure_openai_authoring import Client

    script = Script(chunked(b"1", b"2", b"3"), chunked(b"1", b"2", b"3"))
    client = Client(ENDPOINT, "k", http_client=httpx.Client(transport=httpx.MockTransport(script)))
    with client.files.get_content_stream("f") as stream:
        assert next(stream) == b"1"
    assert stream.response.is_closed

    stream = client.files.get_content_stream("f")
    response = stream.response
    next(stream)
    del stream
    gc.collect()
    assert response.is_closed


SSE = (
    b'data: {"created_at": 1, "level": "info", "message": "one"}\n\n'
    b'data: {"created_at": 2, "level": "info", "message": "two"}\n\n'
    b"data: [DONE]\n\n"
)


def sse(body: bytes, is_async: bool) -> httpx.Response:
    if not is_async:
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    async def parts():  # type: ignore[no-untyped-def]
        for i in range(0, len(body), 7):
            yield body[i : i + 7]

    return httpx.Response(200, content=parts(), headers={"content-type": "text/event-stream"})


def test_event_stream_yields_models_until_done(h: Harness) -> None:
    client = h.client(Script(sse(SSE, h.is_async)), endpoint=ENDPOINT, api_key="k")
    stream = h.call(client.fine_tunes.get_events("ft", stream=True))
    events = h.collect(stream)
    assert [e.message for e in events] == ["one", "two"]
    assert all(isinstance(e, models.Event) for e in events)
    assert stream.response.is_closed


def test_an_error_inside_the_stream_raises_the_typed_error(h: Harness) -> None:
    body = SSE.replace(b"data: [DONE]", b'data: {"error": {"code": "contentFilter", "message": "blocked"}}')
    client = h.client(Script(sse(body, h.is_async)), endpoint=ENDPOINT, api_key="k")
    stream = h.call(client.fine_tunes.get_events("ft", stream=True))
    with pytest.raises(StreamError) as caught:
        h.collect(stream)
    assert "contentFilter" in str(caught.value) and "blocked" in str(caught.value)
    assert stream.response.is_closed


def test_event_stream_as_a_context_manager_closes_early() -> None:
    from azure_openai_authoring import Client

    client = Client(ENDPOINT, "k", http_client=httpx.Client(transport=httpx.MockTransport(Script(sse(SSE, False)))))
    with client.fine_tunes.get_events("ft", stream=True) as stream:
        first = next(stream)
    assert first.message == "one" and stream.response.is_closed


def test_nothing_is_logged_at_info_or_above_when_all_goes_well(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="azure_openai_authoring")
    script = Script(httpx.Response(503, headers={"Retry-After": "1"}), httpx.Response(200, json={"data": []}, headers={"x-ms-request-id": "r-5"}))
    h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.list())
    assert all(r.levelno == logging.DEBUG for r in caplog.records)
    text = caplog.text
    assert "GET https://res.openai.azure.com/openai/models?api-version=2023-06-01-preview -> 503" in text
    assert "retrying GET" in text and "in 1.00s (status 503; retry 1)" in text
    assert "-> 200 in " in text and "(request id r-5)" in text
