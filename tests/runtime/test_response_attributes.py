"""`client.<group>.with_raw_response.<method>(...)` and
`client.<group>.with_streaming_response.<method>(...)`, as in openai-python:
found by autocomplete, typed, sync and async (issue 13, item 3)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from azure_openai_authoring import NotFoundError, ResponseTooLargeError, models

from .harness import Harness, Script
from .test_raw_and_streams import ENDPOINT, FILE, async_chunked, chunked

NOT_FOUND = {"error": {"code": "notFound", "message": "no such file"}}


def streamed(h: Harness, call: Any, use: Callable[[Any], Any]) -> Any:
    """Enter the streaming call's context (with or async with), give the
    response to `use`, and return what it gave (awaited if need be)."""
    if not h.is_async:
        with call as response:
            result = use(response)
            return list(result) if isinstance(result, Iterator) else result

    async def run() -> Any:
        async with call as response:
            return await h_await(use(response))

    return h.call(run())


async def h_await(value: Any) -> Any:
    if inspect.isawaitable(value):
        return await value
    if hasattr(value, "__aiter__"):
        return [item async for item in value]
    return value


def test_with_raw_response_is_an_attribute_with_every_method_that_sends_when_called(h: Harness) -> None:
    location = f"{ENDPOINT}/openai/files/file-1"
    script = Script(httpx.Response(201, json=FILE, headers={"Location": location}))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    raw = h.call(client.files.with_raw_response.upload(purpose="fine-tune", file=b"x"))
    assert raw.status_code == 201 and raw.declared_headers == {"location": location}
    assert isinstance(raw.parsed, models.File) and raw.parsed.id == "file-1"
    assert client.files.with_raw_response is client.files.with_raw_response  # made once
    wrapped = {name for name in vars(client.files.with_raw_response) if not name.startswith("_")}
    assert wrapped == {"list", "upload", "get", "delete", "get_content", "get_content_stream", "import_"}


def test_a_long_running_operations_raw_response_is_its_first_answer_with_the_poller(h: Harness) -> None:
    monitor = f"{ENDPOINT}/openai/operations/images/op"
    script = Script(httpx.Response(202, json={"id": "op", "status": "notRunning"}, headers={"operation-location": monitor}))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    raw = h.call(client.images.with_raw_response.begin_generate(prompt="p"))
    assert raw.status_code == 202 and raw.parsed.status() == "notRunning"
    assert not hasattr(client.images.with_raw_response, "resume_generate")  # it sends nothing


def test_with_streaming_response_gives_the_answer_before_its_body_is_read(h: Harness) -> None:
    answer = (async_chunked if h.is_async else chunked)(b"a" * 10, b"b" * 10, b"c")
    client = h.client(Script(answer), endpoint=ENDPOINT, api_key="k")
    seen: dict[str, Any] = {}

    def use(response: Any) -> Any:
        seen["unread"] = not response.http_response.is_stream_consumed
        seen["status"] = response.status_code
        seen["response"] = response
        return response.iter_bytes()

    chunks = streamed(h, client.files.with_streaming_response.get_content("file-1"), use)
    assert seen["unread"] and seen["status"] == 200
    assert b"".join(chunks) == b"a" * 10 + b"b" * 10 + b"c"
    assert seen["response"].http_response.is_closed  # the with block closed it


def test_parse_reads_the_body_and_parses_it_as_the_method_does(h: Harness) -> None:
    client = h.client(Script(httpx.Response(200, json=FILE)), endpoint=ENDPOINT, api_key="k")
    parsed = streamed(h, client.files.with_streaming_response.get("file-1"), lambda r: r.parse())
    assert isinstance(parsed, models.File) and parsed.id == "file-1"


def test_parse_keeps_the_clients_body_size_limit(h: Harness) -> None:
    big = (async_chunked if h.is_async else chunked)(b"x" * 600, b"x" * 600)
    client = h.client(Script(big), endpoint=ENDPOINT, api_key="k", max_body_size=1000)
    with pytest.raises(ResponseTooLargeError):
        streamed(h, client.files.with_streaming_response.get_content("file-1"), lambda r: r.parse())


def test_an_error_status_is_raised_on_entering_with_the_error_model(h: Harness) -> None:
    client = h.client(Script(httpx.Response(404, json=NOT_FOUND)), endpoint=ENDPOINT, api_key="k")
    with pytest.raises(NotFoundError) as caught:
        streamed(h, client.files.with_streaming_response.get("missing"), lambda r: r.parse())
    assert caught.value.code == "notFound"


def test_a_paged_method_is_not_wrapped_because_it_sends_nothing_when_called() -> None:
    from paging_client import Client

    client = Client(token="t")
    assert hasattr(client.widgets, "list") and not hasattr(client.widgets.with_raw_response, "list")
    assert not hasattr(client.widgets.with_streaming_response, "list")


def test_the_function_form_still_works(h: Harness) -> None:
    client = h.client(Script(httpx.Response(200, json=FILE)), endpoint=ENDPOINT, api_key="k")
    assert h.call(h.raw(client.files.get)("file-1")).parsed.id == "file-1"
