"""What a hostile or broken server can and cannot make a generated client do
(SECURITY.md, "The generated clients"): credentials go only to the client's
own origin, never as bearer tokens over plain http, never into continuation
tokens or log lines; requests that may have had an effect are not repeated
unless the service can recognize the repeat; bodies and event-stream lines
have a size cap and a call can have a deadline. Sync and async alike."""

from __future__ import annotations

import base64
import gzip
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .harness import Harness, Script

SECRET = "s3cr3t-key"
LRO_BASE = "https://jobs.example.com"
PAGING_BASE = "https://widgets.example.com/api"
SEED = "https://r.openai.azure.com"
ELSEWHERE = "https://attacker.example.net"


def make(request: pytest.FixtureRequest, package: str) -> Iterator[Harness]:
    harness = Harness(request.param, package=package)
    yield harness
    harness.close()


@pytest.fixture(params=["sync", "async"])
def lro(request: pytest.FixtureRequest) -> Iterator[Harness]:
    yield from make(request, "lro_client")


@pytest.fixture(params=["sync", "async"])
def pg(request: pytest.FixtureRequest) -> Iterator[Harness]:
    yield from make(request, "paging_client")


@pytest.fixture(params=["sync", "async"])
def ext(request: pytest.FixtureRequest) -> Iterator[Harness]:
    yield from make(request, "extensions_client")


def carries_credentials(request: httpx.Request) -> bool:
    return (
        "authorization" in request.headers
        or "api-key" in request.headers
        or "code" in request.url.params
        or SECRET in str(request.url)
    )


# --- 8. credentials go only to the client's own origin ----------------------


def test_a_status_monitor_on_another_origin_gets_no_credentials(lro: Harness) -> None:
    monitor = f"{ELSEWHERE}/operations/9"
    script = Script(
        httpx.Response(202, json={"status": "Running"}, headers={"Operation-Location": monitor}),
        httpx.Response(200, json={"id": "9", "status": "Succeeded", "result": {"output": "ok"}}),
    )
    poller = lro.call(lro.client(script, endpoint=LRO_BASE, api_key=SECRET).jobs.begin_run(script="x"))
    assert lro.call(poller.result()).result.output == "ok"
    first, polled = script.requests
    assert first.url.params["code"] == SECRET
    assert polled.url.host == "attacker.example.net" and not carries_credentials(polled)


def test_a_host_the_caller_names_gets_the_credentials(lro: Harness) -> None:
    monitor = "https://monitor.jobs-cdn.example.org/operations/9"
    script = Script(
        httpx.Response(202, json={"status": "Running"}, headers={"Operation-Location": monitor}),
        httpx.Response(200, json={"id": "9", "status": "Succeeded", "result": {"output": "ok"}}),
    )
    client = lro.client(script, endpoint=LRO_BASE, api_key=SECRET, credential_hosts=["*.jobs-cdn.example.org"])
    lro.call(lro.call(client.jobs.begin_run(script="x")).result())
    assert script.requests[1].url.params["code"] == SECRET


def test_a_next_link_on_another_origin_gets_no_bearer_token(pg: Harness) -> None:
    script = Script(
        httpx.Response(200, json={"value": [{"name": "a"}], "nextLink": f"{ELSEWHERE}/steal?page=2"}),
        httpx.Response(200, json={"value": [{"name": "b"}]}),
    )
    names = [w.name for w in pg.collect(pg.client(script, token=SECRET).widgets.list())]
    assert names == ["a", "b"]
    assert script.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    assert not carries_credentials(script.requests[1])


def test_a_next_link_on_another_port_or_scheme_is_another_origin(pg: Harness) -> None:
    script = Script(
        httpx.Response(200, json={"value": [], "nextLink": "https://widgets.example.com:8443/api/widgets?page=2"}),
        httpx.Response(200, json={"value": []}),
    )
    pg.collect(pg.client(script, token=SECRET).widgets.list())
    assert not carries_credentials(script.requests[1])


def test_a_resumed_operation_that_points_elsewhere_gets_no_credentials(lro: Harness) -> None:
    state = {"v": 2, "method": "POST", "original_url": f"{LRO_BASE}/jobs", "kind": "monitor",
             "monitor": f"{ELSEWHERE}/op", "location": None, "final_state_via": "operation-location", "status": "Running"}
    token = base64.urlsafe_b64encode(json.dumps(state).encode()).decode()
    script = Script(httpx.Response(200, json={"id": "9", "status": "Succeeded", "result": {"output": "ok"}}))
    lro.call(lro.client(script, endpoint=LRO_BASE, api_key=SECRET).jobs.resume_run(token).result())
    assert not carries_credentials(script.requests[0])


# --- 9. no bearer token over plain http --------------------------------------


def test_a_bearer_token_is_never_sent_over_plain_http(pg: Harness) -> None:
    script = Script(httpx.Response(200, json={"value": []}))
    client = pg.client(script, token=SECRET, base_url="http://widgets.example.com/api")
    with pytest.raises(pg.module.InsecureTransportError, match="plain http"):
        pg.collect(client.widgets.list())
    assert script.requests == []
    allowed = pg.client(script, token=SECRET, base_url="http://127.0.0.1:9/api", enforce_https=False)
    pg.collect(allowed.widgets.list())
    assert script.requests[0].headers["authorization"] == f"Bearer {SECRET}"


def test_an_https_to_http_next_link_gets_no_token(pg: Harness) -> None:
    script = Script(
        httpx.Response(200, json={"value": [], "nextLink": "http://widgets.example.com/api/widgets?page=2"}),
        httpx.Response(200, json={"value": []}),
    )
    pg.collect(pg.client(script, token=SECRET).widgets.list())
    assert not carries_credentials(script.requests[1])


# --- 10. continuation tokens hold no credential ------------------------------


def test_a_continuation_token_holds_no_query_key_and_resuming_applies_the_new_clients(lro: Harness) -> None:
    script = Script(httpx.Response(202, json={"status": "Running"}, headers={"Location": f"{LRO_BASE}/jobs/9/status"}))
    poller = lro.call(lro.client(script, endpoint=LRO_BASE, api_key=SECRET).jobs.begin_run(script="x"))
    token = poller.continuation_token()
    assert SECRET not in base64.urlsafe_b64decode(token).decode()
    second = Script(httpx.Response(200, json={"id": "9", "status": "Succeeded", "result": {"output": "ok"}}))
    lro.call(lro.client(second, endpoint=LRO_BASE, api_key="other-key").jobs.resume_run(token).result())
    assert second.requests[0].url.params.get_list("code") == ["other-key"]


# --- 11. no secret in any log line -------------------------------------------


def test_no_log_line_of_any_logger_carries_a_query_key(lro: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's, httpcore's
    script = Script(
        httpx.Response(503, headers={"Retry-After": "0"}),
        httpx.Response(202, json={"status": "Running"}, headers={"Operation-Location": f"{LRO_BASE}/operations/9?code={SECRET}"}),
        httpx.Response(200, json={"id": "9", "status": "Succeeded", "result": {"output": "ok"}}),
    )
    client = lro.client(script, endpoint=LRO_BASE, api_key=SECRET, idempotency_header="Idempotency-Key")
    lro.call(lro.call(client.jobs.begin_run(script="x")).result())
    assert any(r.name == "httpx" for r in caplog.records)  # httpx did log the URLs
    leaked = [r.getMessage() for r in caplog.records if SECRET in r.getMessage()]
    assert leaked == []


# --- 12. redirects, whatever the httpx client was told -----------------------


def test_a_user_client_that_follows_redirects_still_keeps_the_key_at_home(h: Harness) -> None:
    script = Script(
        httpx.Response(302, headers={"Location": f"{ELSEWHERE}/models"}),
        httpx.Response(200, json={"data": [], "object": "list"}),
    )
    transport = httpx.MockTransport(script)
    own = (httpx.AsyncClient if h.is_async else httpx.Client)(transport=transport, follow_redirects=True)
    h.call(h.client(script, endpoint=SEED, api_key=SECRET, http_client=own).models.list())
    first, redirected = script.requests
    assert first.headers["api-key"] == SECRET
    assert redirected.url.host == "attacker.example.net" and not carries_credentials(redirected)
    h.call(own.aclose() if h.is_async else own.close())


def test_cross_origin_hops_drop_the_callers_own_credential_headers_too(h: Harness) -> None:
    script = Script(
        httpx.Response(307, headers={"Location": f"{ELSEWHERE}/models"}),
        httpx.Response(200, json={"data": [], "object": "list"}),
    )
    options = {"headers": {"Authorization": "Bearer mine", "Cookie": "session=1", "x-trace": "t"}}
    h.call(h.client(script, endpoint=SEED, api_key=SECRET).models.list(request_options=options))
    redirected = script.requests[1]
    assert "authorization" not in redirected.headers and "cookie" not in redirected.headers
    assert redirected.headers["x-trace"] == "t"


# --- 13. retries never duplicate a side effect ------------------------------


def test_a_post_is_not_retried_after_a_5xx_or_a_read_timeout(h: Harness) -> None:
    for failure in (httpx.Response(503), httpx.ReadTimeout("slow")):
        script = Script(failure)
        with pytest.raises(h.module.ClientError, match="POST is not idempotent"):
            h.call(h.client(script, endpoint=SEED, api_key=SECRET).fine_tunes.create(training_file="f", model="m"))
        assert len(script.requests) == 1


def test_a_post_is_retried_when_it_provably_did_not_reach_the_server(h: Harness) -> None:
    job = {"id": "ft-1", "object": "fine-tune", "model": "m", "training_file": "f", "status": "pending",
           "created_at": 1, "updated_at": 1, "hyperparams": {}, "training_files": [], "validation_files": [], "result_files": []}
    script = Script(httpx.ConnectError("refused"), httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(201, json=job))
    h.call(h.client(script, endpoint=SEED, api_key=SECRET).fine_tunes.create(training_file="f", model="m"))
    assert len(script.requests) == 3  # a refused connection, a throttled answer: safe to repeat


def test_an_idempotency_header_makes_a_post_retryable_with_one_key(h: Harness) -> None:
    job = {"id": "ft-1", "object": "fine-tune", "model": "m", "training_file": "f", "status": "pending",
           "created_at": 1, "updated_at": 1, "hyperparams": {}, "training_files": [], "validation_files": [], "result_files": []}
    script = Script(httpx.Response(500), httpx.ReadTimeout("slow"), httpx.Response(201, json=job))
    client = h.client(script, endpoint=SEED, api_key=SECRET, idempotency_header="Idempotency-Key")
    h.call(client.fine_tunes.create(training_file="f", model="m"))
    keys = {r.headers["idempotency-key"] for r in script.requests}
    assert len(script.requests) == 3 and len(keys) == 1
    script = Script(httpx.Response(201, json=job))
    h.call(h.client(script, endpoint=SEED, api_key=SECRET, idempotency_header="Idempotency-Key").fine_tunes.create(training_file="f", model="m"))
    assert script.requests[0].headers["idempotency-key"] not in keys  # a new call, a new key


def test_an_operation_with_repeatability_headers_fills_them_and_may_retry(ext: Harness) -> None:
    secret = {"value": "v"}
    script = Script(httpx.Response(503), httpx.Response(200, json=secret))
    client = ext.client(script, token="t")
    ext.call(client.secrets.rotate("a"))
    first, second = script.requests
    assert first.headers["repeatability-request-id"] == second.headers["repeatability-request-id"]
    assert first.headers["repeatability-first-sent"] == second.headers["repeatability-first-sent"]
    assert first.headers["repeatability-first-sent"].endswith(" GMT")
    script = Script(httpx.Response(200, json=secret))
    ext.call(ext.client(script, token="t").secrets.rotate("a", repeatability_request_id="mine"))
    assert script.requests[0].headers.get_list("repeatability-request-id") == ["mine"]


# --- 14. a Retry-After cannot stall a poller or make it spin ----------------


@pytest.mark.parametrize(
    ("told", "waited"),
    [("1e9", 600.0), ("inf", 600.0), ("Fri, 01 Jan 2100 00:00:00 GMT", 600.0), ("Fri, 31 Dec 9999 23:59:59 +2359", 600.0), ("Mon, 01 Jan 1990 00:00:00 GMT", 1.0), ("0", 1.0), ("-5", 1.0), ("nan", 2.0), ("junk", 2.0), ("3", 3.0)],
)
def test_a_pollers_wait_stays_between_a_floor_and_a_cap(lro: Harness, told: str, waited: float) -> None:
    monitor = f"{LRO_BASE}/operations/9"
    script = Script(
        httpx.Response(202, json={"status": "Running"}, headers={"Operation-Location": monitor, "Retry-After": told}),
        httpx.Response(200, json={"id": "9", "status": "Succeeded", "result": {"output": "ok"}}),
    )
    client = lro.client(script, endpoint=LRO_BASE, api_key=SECRET, polling_interval=2)
    lro.call(lro.call(client.jobs.begin_run(script="x")).result())
    assert lro.slept == [waited]


# --- 15. event-stream lines: linear, capped ----------------------------------


def test_a_huge_event_stream_line_is_cut_off_fast_with_a_clear_error(h: Harness) -> None:
    chunks = [b"data: " + b"x" * 65536 for _ in range(200)]  # 13 MB, no line break

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_chunked(chunks, h.is_async))

    script = Script(answer)
    client = h.client(script, endpoint=SEED, api_key=SECRET, max_body_size=1_000_000)
    started = time.process_time()
    with pytest.raises(h.module.ResponseTooLargeError, match="event-stream line"):
        h.collect(h.call(client.fine_tunes.get_events("ft-1", stream=True)))
    assert time.process_time() - started < 2


def _chunked(chunks: list[bytes], is_async: bool, pause: float = 0) -> Any:
    class Sync(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            for chunk in chunks:
                time.sleep(pause)
                yield chunk

    class Async(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            for chunk in chunks:
                time.sleep(pause)
                yield chunk

    return Async() if is_async else Sync()


# --- 19. body size cap and a per-call deadline -------------------------------


def test_a_decompression_bomb_is_stopped_at_max_body_size(h: Harness) -> None:
    bomb = gzip.compress(b"[" + b" " * (50 * 1024 * 1024) + b"]")
    assert len(bomb) < 100 * 1024
    script = Script(httpx.Response(200, content=bomb, headers={"content-encoding": "gzip", "content-type": "application/json"}))
    client = h.client(script, endpoint=SEED, api_key=SECRET, max_body_size=1024 * 1024)
    with pytest.raises(h.module.ResponseTooLargeError, match="max_body_size"):
        h.call(client.models.list())


def test_a_declared_length_over_the_cap_is_refused_before_reading(h: Harness) -> None:
    script = Script(httpx.Response(200, content=b"[]", headers={"content-length": str(10**12)}))
    with pytest.raises(h.module.ResponseTooLargeError):
        h.call(h.client(script, endpoint=SEED, api_key=SECRET).models.list())


def test_a_deadline_bounds_the_whole_call_across_retries(h: Harness) -> None:
    script = Script(*[httpx.Response(503, headers={"Retry-After": "5"})] * 5)
    client = h.client(script, endpoint=SEED, api_key=SECRET, max_retries=4, deadline=3)
    with pytest.raises(h.module.InternalServerError):
        h.call(client.models.list())
    assert len(script.requests) == 1 and h.slept == []  # a 5 s wait would pass the deadline
    script = Script(*[httpx.Response(503, headers={"Retry-After": "0"})] * 3, httpx.Response(200, json={"data": [], "object": "list"}))
    h.call(h.client(script, endpoint=SEED, api_key=SECRET, max_retries=4).models.list(request_options={"deadline": 30}))
    assert len(script.requests) == 4


def test_a_body_that_trickles_past_the_deadline_is_a_timeout_error(h: Harness) -> None:
    # Each chunk comes well within httpx's read timeout; the call as a whole does not.
    def trickle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_chunked([b" "] * 20, h.is_async, pause=0.02))

    script = Script(trickle)
    with pytest.raises(h.module.ApiTimeoutError, match="deadline"):
        h.call(h.client(script, endpoint=SEED, api_key=SECRET).models.list(request_options={"deadline": 0.1}))


# --- 16-18. dot segments, exceptions inside the hierarchy, local errors -------


@pytest.mark.parametrize("file_id", ["", ".", "..", "%2e%2E", "%2E"])
def test_a_path_parameter_that_names_another_resource_is_refused(h: Harness, file_id: str) -> None:
    script = Script()
    with pytest.raises(h.module.ArgumentError, match="another resource"):
        h.call(h.client(script, endpoint=SEED, api_key=SECRET).files.delete(file_id))
    assert script.requests == []


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"<html>maintenance</html>", "text/html"), (b"", "application/json"), (b"null", "application/json"), (b"{", "application/json")],
)
def test_a_body_that_is_not_what_the_spec_declares_is_a_deserialization_error(h: Harness, content: bytes, content_type: str) -> None:
    script = Script(httpx.Response(200, content=content, headers={"content-type": content_type}))
    with pytest.raises(h.module.DeserializationError) as caught:
        h.call(h.client(script, endpoint=SEED, api_key=SECRET).models.get("m"))
    assert isinstance(caught.value, h.module.ClientError) and caught.value.response.status_code == 200


@pytest.mark.parametrize("value", ["caf\u00e9\u2603", "a\r\nX-Injected: 1", "nul\x00"])
def test_a_header_value_that_cannot_be_sent_is_a_local_error_never_retried(h: Harness, value: str) -> None:
    script = Script()
    with pytest.raises(h.module.ArgumentError):
        h.call(h.client(script, endpoint=SEED, api_key=SECRET).models.list(request_options={"headers": {"x-note": value}}))
    assert script.requests == [] and h.slept == []
