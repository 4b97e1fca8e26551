"""Retries with backoff and Retry-After, timeouts, per-call options: sync and async."""

from __future__ import annotations

import email.utils
import io
import time

import httpx
import pytest

from azure_openai_authoring import ApiConnectionError, ApiTimeoutError, InternalServerError, RateLimitError

from .harness import Harness, OneShotStream, Script

ENDPOINT = "https://res.openai.azure.com"
LIST = {"object": "list", "data": []}
FILE = {"id": "file-1", "filename": "a.jsonl", "purpose": "fine-tune"}


def busy(status: int = 429, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"code": "tooManyRequests", "message": "slow down"}}, headers=headers)


def test_429_with_retry_after_is_retried_once_after_that_many_seconds(h: Harness) -> None:
    script = Script(busy(429, **{"Retry-After": "2"}), httpx.Response(200, json=LIST))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    h.call(client.models.list())
    assert len(script.requests) == 2
    assert h.slept == [2.0]


def test_retry_after_ms_and_http_dates_are_honoured(h: Harness) -> None:
    soon = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = Script(
        busy(503, **{"retry-after-ms": "250"}),
        busy(503, **{"Retry-After": soon}),
        httpx.Response(200, json=LIST),
    )
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    h.call(client.models.list())
    assert h.slept[0] == 0.25
    assert 27 <= h.slept[1] <= 30


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_each_retryable_status_is_retried(h: Harness, status: int) -> None:
    script = Script(busy(status), httpx.Response(200, json=LIST))
    h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.list())
    assert len(script.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_other_failures_are_not_retried(h: Harness, status: int) -> None:
    script = Script(httpx.Response(status, json={"error": {"code": "x", "message": "y"}}))
    with pytest.raises(h.module.HttpResponseError):
        h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.list())
    assert len(script.requests) == 1 and h.slept == []


def test_backoff_is_exponential_with_jitter_and_a_cap(h: Harness) -> None:
    script = Script(*[busy(500) for _ in range(7)], httpx.Response(200, json=LIST))
    client = h.client(script, endpoint=ENDPOINT, api_key="k", max_retries=7)
    h.call(client.models.list())
    bases = [0.5, 1, 2, 4, 8, 8, 8]
    assert len(h.slept) == 7
    for delay, base in zip(h.slept, bases):
        assert 0.75 * base <= delay <= base


def test_an_unreasonable_retry_after_falls_back_to_backoff(h: Harness) -> None:
    script = Script(busy(429, **{"Retry-After": "3600"}), httpx.Response(200, json=LIST))
    h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.list())
    assert h.slept and h.slept[0] <= 0.5


def test_the_attempt_count_is_on_the_final_error(h: Harness) -> None:
    script = Script(busy(429), busy(429), busy(429))
    with pytest.raises(RateLimitError) as caught:
        h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.list())
    assert caught.value.attempts == 3 and len(script.requests) == 3


def test_retries_are_configurable_on_the_client_and_per_call_and_zero_disables(h: Harness) -> None:
    script = Script(busy(503), busy(503))
    with pytest.raises(InternalServerError):
        h.call(h.client(script, endpoint=ENDPOINT, api_key="k", max_retries=1).models.list())
    assert len(script.requests) == 2

    script = Script(busy(503))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    with pytest.raises(InternalServerError) as caught:
        h.call(client.models.list(request_options={"max_retries": 0}))
    assert len(script.requests) == 1 and caught.value.attempts == 1


def test_connection_errors_are_retried_then_raised_as_the_package_error(h: Harness) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(200, json=LIST))
    h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.list())
    assert len(script.requests) == 2

    script = Script(*[httpx.ConnectError("refused") for _ in range(3)])
    with pytest.raises(ApiConnectionError) as caught:
        h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.list())
    assert caught.value.attempts == 3 and "refused" in str(caught.value)
    assert not isinstance(caught.value, httpx.HTTPError)


def test_a_timeout_raises_the_timeout_error_never_a_bare_httpx_one(h: Harness) -> None:
    script = Script(*[httpx.ReadTimeout("slow") for _ in range(3)])
    with pytest.raises(ApiTimeoutError) as caught:
        h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.list())
    assert caught.value.attempts == 3
    assert isinstance(caught.value, ApiConnectionError)


def test_timeouts_client_default_connect_and_read_and_per_call(h: Harness) -> None:
    script = Script(httpx.Response(200, json=LIST), httpx.Response(200, json=LIST), httpx.Response(200, json=LIST))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    h.call(client.models.list())
    h.call(client.models.list(request_options={"timeout": 3.5}))
    assert script.requests[0].extensions["timeout"] == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert script.requests[1].extensions["timeout"]["read"] == 3.5
    custom = h.client(script, endpoint=ENDPOINT, api_key="k", timeout=httpx.Timeout(5.0, connect=1.0))
    h.call(custom.models.list())
    assert script.requests[2].extensions["timeout"]["connect"] == 1.0


def test_per_call_headers_and_query_do_not_collide_with_spec_parameters(h: Harness) -> None:
    script = Script(httpx.Response(200, json={"object": "list", "data": []}))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    h.call(client.fine_tunes.get_events("ft-1", stream=False, request_options={"headers": {"x-trace": "1"}, "query": {"stream": "extra"}}))
    request = script.requests[0]
    assert request.headers["x-trace"] == "1"
    assert request.url.params.get_list("stream") == ["false", "extra"]


def test_a_stream_that_cannot_be_replayed_is_not_retried_and_the_error_says_why(h: Harness) -> None:
    script = Script(busy(503))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    with pytest.raises(InternalServerError) as caught:
        h.call(client.files.upload(purpose="fine-tune", file=("a.jsonl", OneShotStream(b"line\n" * 10))))  # type: ignore[arg-type]
    assert len(script.requests) == 1
    assert "not retried: the upload is a stream that cannot be sent again" in str(caught.value)

    script = Script(busy(503), httpx.Response(201, json=FILE))
    # (A POST is retried only when the service can recognize the repeat.)
    retried = h.client(script, endpoint=ENDPOINT, api_key="k", idempotency_header="Idempotency-Key")
    h.call(retried.files.upload(purpose="fine-tune", file=io.BytesIO(b"x")))
    assert len(script.requests) == 2  # a seekable file is sent again from its start
    assert script.requests[0].content == script.requests[1].content.replace(
        script.requests[1].headers["content-type"].split("boundary=")[1].encode(),
        script.requests[0].headers["content-type"].split("boundary=")[1].encode(),
    )
