"""Every x-ms-examples file of the seed spec, replayed against the checked-in
client: the request must match the example and the parsed response must
serialize back to the example's body."""

from __future__ import annotations

import importlib
import json

import httpx
import pytest

from .conftest import SEED_JSON, SEED_SPEC
from .replay import Example, Replay, examples_of, expected_path, replay, same_json

PACKAGE = "azure_openai_authoring"
EXAMPLES, MISSING = examples_of(SEED_SPEC)
metadata = importlib.import_module(f"{PACKAGE}._metadata")


def test_every_referenced_example_is_replayed_except_the_two_that_do_not_exist() -> None:
    assert sorted(MISSING) == ["./examples/delete_finetune.json", "./examples/get_files.json"]
    assert len(EXAMPLES) == 17
    assert {e.operation_id for e in EXAMPLES} == set(metadata.OPERATIONS) - {
        "microsoftAzureFilesList",
        "microsoftAzureFinetunesDelete",
    }


def _check_request(outcome: Replay) -> None:
    example = outcome.example
    params = example.data["parameters"]
    lowered = {k.lower(): v for k, v in params.items()}
    operation = metadata.OPERATIONS[example.operation_id]
    (request,) = outcome.requests
    assert request.method == operation["http_method"]
    base = httpx.URL(outcome.base_url)
    assert request.url.host == base.host
    assert request.url.path == base.path + expected_path(operation, params)

    query = dict(request.url.params.multi_items())
    expected_query = {"api-version": lowered["api-version"]}
    for wire, info in operation["parameters"].items():
        if info["in"] == "query" and wire.lower() in lowered:
            value = lowered[wire.lower()]
            expected_query[wire] = str(value).lower() if isinstance(value, bool) else str(value)
    assert query == expected_query

    for wire, info in operation["parameters"].items():
        if info["in"] == "header" and wire.lower() in lowered:
            assert request.headers[wire] == str(lowered[wire.lower()])
    assert request.headers["api-key"] == lowered["api-key"]

    body = operation["body"]
    if body and "flattened" in body or body and "argument" in body:
        assert request.headers["content-type"] == lowered["content-type"]
        assert same_json(json.loads(request.content), params[body["wire_name"]])
    elif body and "form" in body:
        assert request.headers["content-type"].startswith(lowered["content-type"] + "; boundary=")
        content = request.content
        for wire in body["form"]:
            if wire in params:
                assert f'name="{wire}"'.encode() in content
                value = params[wire]
                assert (value.encode() if isinstance(value, str) else value) in content
    else:
        assert request.content == b""


def _check_response(outcome: Replay) -> None:
    operation = metadata.OPERATIONS[outcome.example.operation_id]
    expected = outcome.response_body
    if expected is None:
        assert outcome.result is None
    elif operation["kind"] == "binary":
        assert outcome.result == (expected.encode() if isinstance(expected, str) else expected)
    else:
        assert same_json(outcome.result.to_dict(), expected), (outcome.result.to_dict(), expected)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.path.name}")
def test_example_replays(example: Example) -> None:
    outcome = replay(PACKAGE, example)
    _check_request(outcome)
    _check_response(outcome)


def _by_file(name: str) -> Example:
    (example,) = [e for e in EXAMPLES if e.path.name == name]
    return example


@pytest.mark.parametrize("name", ["get_models.json", "get_model_base.json", "get_model_finetune.json"])
def test_model_examples_carry_scale_types_which_the_spec_lacks_and_the_client_keeps(name: str) -> None:
    # The spec's Capabilities has no `scale_types`; these examples send it.
    result = replay(PACKAGE, _by_file(name)).result
    models = result.data if hasattr(result, "data") else [result]
    for model in models:
        assert "scale_types" not in {f for f in type(model.capabilities).__dataclass_fields__}
        assert model.capabilities.additional_properties["scale_types"]
        assert model.capabilities.to_dict()["scale_types"] == model.capabilities.additional_properties["scale_types"]


def test_images_operation_example_lacks_the_required_result_created_and_is_tolerated() -> None:
    outcome = replay(PACKAGE, _by_file("get_images_operation.json"))
    assert "created" not in outcome.response_body["result"]
    assert outcome.result.result.created is None
    assert outcome.result.result.data[0].url.startswith("https://")
    assert "created" not in outcome.result.to_dict()["result"]


def test_examples_of_the_original_json_spec_replay_against_its_own_client(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The harness is generic: the same examples drive a client generated from
    azureopenai.json, whose operationIds differ (Files_List, ...)."""
    from generator.config import ClientJob
    from generator.pipeline import generate_package
    from generator.write import write_package

    job = ClientJob(SEED_JSON, tmp_path, "aoai_json", SEED_JSON.parent)
    package = generate_package(job, format_mode="none")
    write_package(job.package_dir, package.files, package.manifest)
    monkeypatch.syspath_prepend(str(tmp_path))
    examples, _ = examples_of(SEED_JSON)
    assert {e.operation_id for e in examples} >= {"Files_Upload", "Images_Generate", "Models_Get"}
    for example in examples:
        outcome = replay("aoai_json", example)
        operation = importlib.import_module("aoai_json._metadata").OPERATIONS[example.operation_id]
        assert outcome.requests[0].method == operation["http_method"]
        if outcome.response_body is not None and operation["kind"] != "binary":
            assert same_json(outcome.result.to_dict(), outcome.response_body)
