"""A stream switch the spec cannot express, from the configuration (the
`stream` table in pyproject.toml): the inference API's `create(...,
stream=True)` returns a typed event stream that ends at `data: [DONE]` and
closes its connection; without it, the JSON answer. Sync and async."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from .harness import Harness, Script

ENDPOINT = "res.openai.azure.com"
CHUNKS = [
    {"id": "c1", "object": "text_completion", "created": 1, "model": "davinci", "choices": [{"text": "Hel", "index": 0}]},
    {"id": "c1", "object": "text_completion", "created": 1, "model": "davinci", "choices": [{"text": "lo", "index": 0}]},
]


@pytest.fixture(params=["sync", "async"])
def ai(request: pytest.FixtureRequest) -> Iterator[Harness]:
    harness = Harness(request.param, package="azure_openai_inference")
    yield harness
    harness.close()


def sse() -> bytes:
    return b"".join(f"data: {json.dumps(c)}\n\n".encode() for c in CHUNKS) + b"data: [DONE]\n\n"


def test_stream_true_sends_the_flag_and_returns_typed_events(ai: Harness) -> None:
    script = Script(httpx.Response(200, content=sse(), headers={"content-type": "text/event-stream"}))
    client = ai.client(script, endpoint=ENDPOINT, api_key="k")
    stream = ai.call(client.completions.create("davinci", prompt="Say hi", stream=True))
    texts = [event.choices[0].text for event in ai.collect(stream)]
    assert texts == ["Hel", "lo"]
    request = script.requests[0]
    assert json.loads(request.content) == {"prompt": "Say hi", "stream": True}
    assert request.headers["accept"] == "text/event-stream"
    assert stream.response.is_closed


def test_without_the_flag_the_json_answer_and_stream_false_is_sent_as_false(ai: Harness) -> None:
    script = Script(httpx.Response(200, json=CHUNKS[0]), httpx.Response(200, json=CHUNKS[1]))
    client = ai.client(script, endpoint=ENDPOINT, api_key="k")
    assert ai.call(client.completions.create("davinci", prompt="p")).choices[0].text == "Hel"
    assert "stream" not in json.loads(script.requests[0].content)  # not given: not sent
    assert ai.call(client.completions.create("davinci", prompt="p", stream=False)).choices[0].text == "lo"
    assert json.loads(script.requests[1].content)["stream"] is False
