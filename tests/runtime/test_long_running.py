"""Pollers for every final-state-via, continuation tokens, waits and
failures: sync and async, on the lro feature client and the seed."""

from __future__ import annotations

import httpx
import pytest

from .harness import Harness, Script

BASE = "https://jobs.example.com"


@pytest.fixture(params=["sync", "async"])
def lro(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    harness = Harness(request.param, package="lro_client")
    yield harness
    harness.close()


def client(h: Harness, script: Script):  # type: ignore[no-untyped-def]
    return h.client(script, endpoint=BASE, api_key="key")


def urls(script: Script, start: int = 1) -> list[str]:
    """The URLs polled, without the API key this client sends in the query
    and the api-version every poll carries (see the test of that)."""
    found = []
    for request in script.requests[start:]:
        assert request.url.params["code"] == "key" and "api-version" in request.url.params
        params = [(k, v) for k, v in request.url.params.multi_items() if k not in ("code", "api-version")]
        found.append(str(request.url.copy_with(params=params)) if params else str(request.url.copy_with(query=None)))
    return found


def test_a_poll_carries_the_clients_api_version_unless_its_url_names_one(lro: Harness) -> None:
    """Azure's Operation-Location often leaves out the api-version, which the
    service then refuses (TypeSpec's azure-http-specs `Azure_Core_Lro_*`
    expect it on every poll): the client's own goes along, as it does with
    next links; one the URL names is kept."""
    bare, named = f"{BASE}/operations/jobs/7", f"{BASE}/operations/jobs/8?api-version=2099-01-01"
    for monitor, expected in ((bare, "2024-02-01"), (named, "2099-01-01")):
        script = Script(
            httpx.Response(202, json={"id": "7", "status": "Running"}, headers={"Operation-Location": monitor}),
            httpx.Response(200, json={"id": "7", "status": "Succeeded", "result": {"output": "done"}}),
        )
        lro.call(lro.call(client(lro, script).jobs.begin_run(script="echo")).result())
        assert script.requests[1].url.params.get_list("api-version") == [expected]


def test_operation_location_final_result_is_the_monitors_body(lro: Harness) -> None:
    monitor = f"{BASE}/operations/jobs/1"  # (and ?api-version=2024-02-01: see urls)
    script = Script(
        httpx.Response(202, json={"id": "1", "status": "NotStarted"}, headers={"Operation-Location": monitor}),
        httpx.Response(200, json={"id": "1", "status": "Running"}, headers={"retry-after": "3"}),
        httpx.Response(200, json={"id": "1", "status": "Succeeded", "result": {"output": "done"}}),
    )
    poller = lro.call(client(lro, script).jobs.begin_run(script="echo"))
    assert poller.status() == "NotStarted" and not poller.done()
    result = lro.call(poller.result())
    assert isinstance(result, lro.module.models.JobOperation)
    assert result.result is not None and result.result.output == "done"
    assert urls(script) == [monitor, monitor]
    assert lro.slept == [3.0]  # the client's interval is 0 here; the service asked for 3 s


def test_location_final_state_fetches_the_location_after_the_monitor(lro: Harness) -> None:
    monitor, location = f"{BASE}/operations/jobs/2", f"{BASE}/exports/2"
    script = Script(
        httpx.Response(202, json={}, headers={"Operation-Location": monitor, "Location": location}),
        httpx.Response(200, json={"status": "Succeeded"}),
        httpx.Response(200, json={"url": "https://blob/export.csv"}),
    )
    result = lro.call(lro.call(client(lro, script).jobs.begin_export(format="csv")).result())
    assert isinstance(result, lro.module.models.ExportResult) and result.url == "https://blob/export.csv"
    assert urls(script) == [monitor, location]


def test_final_state_schema_types_the_result_of_an_operation_whose_first_answer_has_no_body(lro: Harness) -> None:
    location = f"{BASE}/summaries/7"
    script = Script(
        httpx.Response(202, headers={"Location": location}),
        httpx.Response(202, headers={"Location": location}),
        httpx.Response(200, json={"jobs": 12, "failed": 1}),
    )
    result = lro.call(lro.call(client(lro, script).jobs.begin_summarize()).result())
    assert result == lro.module.models.Summary(jobs=12, failed=1)
    assert urls(script) == [location, location]


def test_original_uri_final_state_gets_the_resource_itself(lro: Harness) -> None:
    monitor = f"{BASE}/operations/jobs/3"
    script = Script(
        httpx.Response(202, json={"name": "r"}, headers={"Operation-Location": monitor}),
        httpx.Response(200, json={"status": "Succeeded"}),
        httpx.Response(200, json={"name": "r", "size": 5, "provisioningState": "Succeeded"}),
    )
    result = lro.call(lro.call(client(lro, script).resources.begin_refresh("r")).result())
    assert result.size == 5
    assert script.requests[2].url.path == "/resources/r:refresh" and script.requests[2].method == "GET"


def test_azure_async_operation_for_put_ends_with_the_resource(lro: Harness) -> None:
    monitor = f"{BASE}/operations/jobs/4"
    script = Script(
        httpx.Response(201, json={"name": "r", "provisioningState": "Creating"}, headers={"Azure-AsyncOperation": monitor}),
        httpx.Response(200, json={"status": "InProgress"}),
        httpx.Response(200, json={"status": "Succeeded"}),
        httpx.Response(200, json={"name": "r", "size": 3, "provisioningState": "Succeeded"}),
    )
    poller = lro.call(client(lro, script).resources.begin_create_or_replace("r", size=3))
    result = lro.call(poller.result())
    assert result.provisioning_state == "Succeeded" and result.size == 3
    assert [r.method for r in script.requests] == ["PUT", "GET", "GET", "GET"]
    assert urls(script)[-1] == urls(script, 0)[0]
    import json

    assert json.loads(script.requests[0].content) == {"size": 3}  # readOnly name never sent


def test_azure_async_operation_for_post_ends_with_the_monitors_body(lro: Harness) -> None:
    # final-state-via azure-async-operation: the result is where that header
    # points (AutoRest's definition; the test server's
    # LROPostDoubleHeadersFinalAzureHeaderGet), not the Location.
    monitor, location = f"{BASE}/operations/jobs/5", f"{BASE}/archives/5"
    script = Script(
        httpx.Response(202, json={}, headers={"Azure-AsyncOperation": monitor, "Location": location}),
        httpx.Response(200, json={"status": "Succeeded", "url": "https://blob/archive"}),
    )
    result = lro.call(lro.call(client(lro, script).jobs.begin_archive()).result())
    assert result.url == "https://blob/archive" and urls(script) == [monitor]


def test_a_put_without_monitor_headers_polls_the_resource_until_it_is_provisioned(lro: Harness) -> None:
    script = Script(
        httpx.Response(201, json={"name": "r", "provisioningState": "Creating"}),
        httpx.Response(200, json={"name": "r", "provisioningState": "Updating"}),
        httpx.Response(200, json={"name": "r", "size": 1, "provisioningState": "Succeeded"}),
    )
    result = lro.call(lro.call(client(lro, script).resources.begin_create_or_replace("r")).result())
    assert result.size == 1 and len(script.requests) == 3


def test_location_polling_answers_202_until_done_and_a_delete_returns_none(lro: Harness) -> None:
    location = f"{BASE}/deletions/6"
    script = Script(
        httpx.Response(202, headers={"Location": location, "Retry-After": "1"}),
        httpx.Response(202, headers={"Retry-After": "2"}),
        httpx.Response(204),
    )
    poller = lro.call(client(lro, script).resources.begin_delete("r"))
    assert lro.call(poller.result()) is None
    assert poller.done() and lro.slept == [1.0, 2.0]


def test_a_first_answer_that_is_already_final_needs_no_polling(lro: Harness) -> None:
    script = Script(httpx.Response(200, json={"name": "r", "size": 9, "provisioningState": "Succeeded"}))
    poller = lro.call(client(lro, script).resources.begin_create_or_replace("r", size=9))
    assert poller.done() and lro.call(poller.result()).size == 9 and len(script.requests) == 1


def test_a_failed_operation_raises_with_its_status_and_error(lro: Harness) -> None:
    monitor = f"{BASE}/operations/jobs/7"
    script = Script(
        httpx.Response(202, json={"id": "7", "status": "Running"}, headers={"Operation-Location": monitor}),
        httpx.Response(200, json={"id": "7", "status": "Failed", "error": {"code": "Boom", "message": "it broke"}}),
    )
    poller = lro.call(client(lro, script).jobs.begin_run(script="x"))
    with pytest.raises(lro.module.OperationFailedError) as caught:
        lro.call(poller.result())
    assert caught.value.status == "Failed" and "Boom" in str(caught.value) and poller.done()


def test_wait_with_a_timeout_returns_early_and_result_with_a_timeout_raises(lro: Harness) -> None:
    monitor = f"{BASE}/operations/jobs/8"
    script = Script(
        httpx.Response(202, json={"id": "8", "status": "Running"}, headers={"Operation-Location": monitor, "Retry-After": "30"}),
    )
    poller = lro.call(client(lro, script).jobs.begin_run(script="x"))
    lro.call(poller.wait(timeout=5))
    assert not poller.done() and len(script.requests) == 1
    with pytest.raises(TimeoutError):
        lro.call(poller.result(timeout=5))


def test_a_continuation_token_resumes_the_operation_in_a_new_client(lro: Harness) -> None:
    monitor = f"{BASE}/operations/jobs/9"
    first = Script(httpx.Response(202, json={"id": "9", "status": "Running"}, headers={"Operation-Location": monitor}))
    token = lro.call(client(lro, first).jobs.begin_run(script="x")).continuation_token()
    assert isinstance(token, str) and "Running" not in token

    second = Script(httpx.Response(200, json={"id": "9", "status": "Succeeded", "result": {"output": "ok"}}))
    resumed = client(lro, second).jobs.resume_run(token)
    assert resumed.status() == "Running" and resumed.initial_response is None
    assert lro.call(resumed.result()).result.output == "ok"
    assert urls(second, 0) == [monitor]  # with the new client's credentials
    with pytest.raises(ValueError, match="continuation token"):
        client(lro, Script()).jobs.resume_run("not-a-token")


def test_seed_begin_generate_sync_and_async(h: Harness) -> None:
    monitor = "https://r.openai.azure.com/openai/operations/images/op?api-version=2023-06-01-preview"
    script = Script(
        httpx.Response(202, json={"id": "op", "status": "notRunning"}, headers={"operation-location": monitor}),
        httpx.Response(200, json={"id": "op", "status": "succeeded", "created": 1, "result": {"created": 1, "data": [{"url": "u"}]}}),
    )
    poller = h.call(h.client(script, endpoint="https://r.openai.azure.com", api_key="k").images.begin_generate(prompt="p"))
    result = h.call(poller.result())
    assert result.result.data[0].url == "u" and poller.status() == "succeeded"
