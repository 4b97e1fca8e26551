"""Every operation method takes `extra_headers`, `extra_query`, `extra_body`
and `timeout` as keyword arguments, for what the spec does not say (yet);
spec names never take them (issue 13, item 4)."""

from __future__ import annotations

import inspect
import json

import httpx
import pytest

from .harness import Harness, Script

ENDPOINT = "https://res.openai.azure.com"
FILE = {"id": "file-1", "filename": "a.jsonl", "purpose": "fine-tune", "created_at": 1}
HATCHES = ("request_options", "extra_headers", "extra_query", "extra_body", "timeout")


def test_extra_headers_are_added_replace_the_methods_own_and_none_drops_one(h: Harness) -> None:
    script = Script(httpx.Response(200, json=FILE))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    h.call(
        client.files.get(
            "file-1",
            extra_headers={"X-Trace": "t-1", "accept": "application/x-custom", "x-ms-client-request-id": None},
        )
    )
    sent = script.requests[0].headers
    assert sent["x-trace"] == "t-1"
    assert sent.get_list("accept") == ["application/x-custom"]
    assert "x-ms-client-request-id" not in sent


def test_extra_query_goes_after_the_methods_own_parameters(h: Harness) -> None:
    script = Script(httpx.Response(200, json=FILE))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    h.call(client.files.get("file-1", extra_query={"preview": "yes"}))
    assert script.requests[0].url.params.multi_items() == [
        ("api-version", "2023-06-01-preview"),
        ("preview", "yes"),
    ]


def test_extra_body_fields_join_the_json_body_and_win_over_request_options(h: Harness) -> None:
    script = Script(httpx.Response(201, json={"id": "ft-1", "model": "curie", "training_file": "f", "status": "running"}))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    h.call(
        client.fine_tunes.create(
            model="curie",
            training_file="file-1",
            extra_body={"new_field": [1, 2], "suffix": "from-extra"},
            request_options={"extra_body": {"suffix": "from-options", "other": True}},
        )
    )
    body = json.loads(script.requests[0].content)
    assert body["model"] == "curie" and body["new_field"] == [1, 2]
    assert body["suffix"] == "from-extra" and body["other"] is True


def test_timeout_applies_to_this_call_and_none_lifts_the_limit(h: Harness) -> None:
    script = Script(httpx.Response(200, json=FILE), httpx.Response(200, json=FILE), httpx.Response(200, json=FILE))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    h.call(client.files.get("file-1", timeout=2.5))
    h.call(client.files.get("file-1", timeout=None))
    h.call(client.files.get("file-1"))
    limits = [request.extensions["timeout"] for request in script.requests]
    assert limits[0] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert limits[1] == {"connect": None, "read": None, "write": None, "pool": None}
    assert limits[2] != limits[0] and limits[2] != limits[1]  # the client's default


def test_every_operation_method_has_the_hatches_last_and_keyword_only() -> None:
    import azure_openai_authoring as package

    for client_class in (package.Client, package.AsyncClient):
        client = client_class(ENDPOINT, api_key="k")
        for group in ("files", "fine_tunes", "models", "images", "operations_images"):
            operations = getattr(client, group)
            for name, method in inspect.getmembers(operations, inspect.ismethod):
                if name.startswith("_"):
                    continue
                parameters = inspect.signature(method).parameters
                assert tuple(parameters)[-5:] == HATCHES, name
                assert all(parameters[p].kind is inspect.Parameter.KEYWORD_ONLY for p in HATCHES)


@pytest.fixture(params=["sync", "async"])
def pets(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    harness = Harness(request.param, package="openapi3_client")
    yield harness
    harness.close()


def test_spec_names_like_the_hatches_get_their_location_or_keep_the_body_whole(pets: Harness) -> None:
    """A query `timeout` is `timeout_query`, a header `extra_headers` is
    `extra_headers_header`, a form field `timeout` is `timeout_field`; a JSON
    body with a `timeout` field is one `body` argument rather than keyword
    arguments one of which would be taken."""
    from openapi3_client import models

    script = Script(httpx.Response(204), httpx.Response(204))
    client = pets.client(script)
    pets.call(
        client.pets.wash(
            "rex",
            body=models.WashBody(timeout=5, soap="mild"),
            timeout_query=30,
            extra_headers_header="spec-header",
            timeout=9.0,
        )
    )
    wash = script.requests[0]
    assert wash.url.params["timeout"] == "30" and wash.headers["extra_headers"] == "spec-header"
    assert json.loads(wash.content) == {"timeout": 5, "soap": "mild"}
    assert wash.extensions["timeout"]["read"] == 9.0
    pets.call(client.visits.book("rex", timeout_field=45))
    assert b"timeout=45" in script.requests[1].content
