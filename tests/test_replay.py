"""Every x-ms-examples file of every configured spec, replayed against its
checked-in client: the request must match the example and the parsed
response must serialize back to the example's body. Where an example
disagrees with its spec, a test below says so explicitly."""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest

from generator.config import read_config

from .conftest import ROOT, SEED_JSON, SEED_SPEC
from .replay import Example, Replay, examples_of, expected_path, replay, same_json

JOBS = {job.package: job for job in read_config(ROOT / "pyproject.toml")}
CASES = [(package, example) for package, job in JOBS.items() for example in examples_of(job.spec)[0]]

# Example files that the specs reference but that do not exist (the generator
# warns about each).
MISSING = {
    "azure_openai_authoring": ["./examples/delete_finetune.json", "./examples/get_files.json"],
    "azure_openai_inference": [],  # inference.json references none: tests/test_inference_examples.py replays them
    "keyvault_secrets": ["./examples/BackupSecret-example.json", "./examples/RestoreSecret-example.json"],
    "appconfiguration": [
        "./examples/CheckKeyValue_IfMatch.json",
        "./examples/CheckKeyValue_IfNoneMatch.json",
        "./examples/DeleteKeyValue_IfMatch.json",
        "./examples/DeleteLock_IfMatch.json",
        "./examples/GetKeyValue_IfMatch.json",
        "./examples/GetKeyValue_IfNoneMatch.json",
        "./examples/PutLock_IfMatch.json",
    ],
    "paging_client": [],
    "models_client": [],
    "openapi3_client": [],
    "extensions_client": [],
    "lro_client": [],
    "content_client": [],
}

# Example parameters that the operation does not declare: the harness leaves
# them out. Key Vault's deleted-secrets example passes a next link's `$skiptoken`.
UNDECLARED = {
    ("keyvault_secrets", "GetDeletedSecrets-example.json"): ["$skiptoken"],
}


def metadata(package: str) -> Any:
    return importlib.import_module(f"{package}._metadata")


@pytest.mark.parametrize("package", sorted(JOBS))
def test_every_referenced_example_exists_except_the_known_missing_ones(package: str) -> None:
    examples, missing = examples_of(JOBS[package].spec)
    assert sorted(missing) == MISSING[package]
    operations = {e.operation_id for e in examples}
    assert operations <= set(metadata(package).OPERATIONS)


def test_the_seed_has_seventeen_examples_for_fifteen_operations() -> None:
    examples, _ = examples_of(SEED_SPEC)
    assert len(examples) == 17
    assert {e.operation_id for e in examples} == set(metadata("azure_openai_authoring").OPERATIONS) - {
        "microsoftAzureFilesList",
        "microsoftAzureFinetunesDelete",
    }


def _check_request(package: str, outcome: Replay) -> None:
    example = outcome.example
    params = example.data["parameters"]
    lowered = {k.lower(): v for k, v in params.items()}
    meta = metadata(package)
    operation = meta.OPERATIONS[example.operation_id]
    (request, *_) = outcome.requests
    assert request.method == operation["http_method"]
    base = httpx.URL(outcome.base_url)
    assert request.url.host == base.host
    assert request.url.path == base.path.rstrip("/") + expected_path(operation, params)

    query = dict(request.url.params.multi_items())
    expected_query = {}
    for wire in operation["client_parameters"]:
        if wire.lower() in lowered and wire in query:
            expected_query[wire] = str(lowered[wire.lower()])
    for wire, info in operation["parameters"].items():
        if info["in"] == "query" and wire.lower() in lowered:
            value = lowered[wire.lower()]
            if isinstance(value, list):
                value = ",".join(str(v) for v in value)
            expected_query[wire] = str(value).lower() if isinstance(value, bool) else str(value)
    keys = meta.CLIENT["api_keys"]
    for api_key in keys:
        if api_key["in"] == "query":
            expected_query[api_key["name"]] = str(lowered[api_key["name"].lower()])
    assert query == expected_query

    for wire, info in operation["parameters"].items():
        if info["in"] == "header" and wire.lower() in lowered:
            assert request.headers[wire] == str(lowered[wire.lower()])
    for api_key in keys:
        if api_key["in"] == "header":
            assert request.headers[api_key["name"]] == lowered[api_key["name"].lower()]

    body = operation["body"]
    if body and "wire_name" in body and body["wire_name"] in params:
        if "content-type" in lowered:
            assert request.headers["content-type"] == lowered["content-type"]
        assert same_json(json.loads(request.content), params[body["wire_name"]])
    elif body and "form" in body:
        assert request.headers["content-type"].startswith(lowered["content-type"] + "; boundary=")
        for wire in body["form"]:
            if wire in params:
                assert f'name="{wire}"'.encode() in request.content
                value = params[wire]
                assert (value.encode() if isinstance(value, str) else value) in request.content
    else:
        assert request.content == b""


def _check_response(package: str, outcome: Replay) -> None:
    operation = metadata(package).OPERATIONS[outcome.example.operation_id]
    expected = outcome.response_body
    if operation["kind"] == "exists":
        assert outcome.result is (200 <= outcome.status < 300)
    elif expected is None:
        assert outcome.result is None
    elif operation["kind"] == "paged":
        items = [item.to_dict() for item in outcome.result]
        assert same_json(items, expected[operation["item_name"]]), (items, expected)
    elif operation["kind"] == "binary":
        assert outcome.result == (expected.encode() if isinstance(expected, str) else expected)
    else:
        assert same_json(outcome.result.to_dict(), expected), (outcome.result.to_dict(), expected)


@pytest.mark.parametrize(("package", "example"), CASES, ids=[f"{p}:{e.path.name}" for p, e in CASES])
def test_example_replays(package: str, example: Example) -> None:
    outcome = replay(package, example)
    assert outcome.ignored == UNDECLARED.get((package, example.path.name), [])
    _check_request(package, outcome)
    _check_response(package, outcome)


def _by_file(name: str) -> Example:
    (example,) = [e for p, e in CASES if p == "azure_openai_authoring" and e.path.name == name]
    return example


@pytest.mark.parametrize("name", ["get_models.json", "get_model_base.json", "get_model_finetune.json"])
def test_model_examples_carry_scale_types_which_the_spec_lacks_and_the_client_keeps(name: str) -> None:
    # The spec's Capabilities has no `scale_types`; these examples send it.
    result = replay("azure_openai_authoring", _by_file(name)).result
    models = result.data if hasattr(result, "data") else [result]
    for model in models:
        assert "scale_types" not in type(model.capabilities).__dataclass_fields__
        assert model.capabilities.additional_properties["scale_types"]
        assert model.capabilities.to_dict()["scale_types"] == model.capabilities.additional_properties["scale_types"]


def test_images_operation_example_lacks_the_required_result_created_and_is_tolerated() -> None:
    outcome = replay("azure_openai_authoring", _by_file("get_images_operation.json"))
    assert "created" not in outcome.response_body["result"]
    assert outcome.result.result.created is None
    assert outcome.result.result.data[0].url.startswith("https://")
    assert "created" not in outcome.result.to_dict()["result"]


def test_explicit_nulls_in_a_response_are_sent_back_as_nulls() -> None:
    (example,) = [e for p, e in CASES if p == "appconfiguration" and e.path.name == "GetKeyValue.json"]
    outcome = replay("appconfiguration", example)
    assert outcome.response_body["label"] is None
    assert outcome.result.label is None and outcome.result.to_dict()["label"] is None
    outcome.result.label = "prod"
    assert outcome.result.to_dict()["label"] == "prod"


def test_examples_of_the_original_json_spec_replay_against_its_own_client(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The harness is generic: the same examples drive a client generated from
    azureopenai.json, whose operationIds differ (Files_List, ...)."""
    from generator.config import ClientJob
    from generator.pipeline import generate_package
    from generator.write import write_package

    job = ClientJob(SEED_JSON, tmp_path, "aoai_json", SEED_JSON.parent)
    package = generate_package(job, format_mode="none")
    write_package(job.package_dir, package.files, package.manifest, package.user_owned)
    monkeypatch.syspath_prepend(str(tmp_path))
    examples, _ = examples_of(SEED_JSON)
    assert {e.operation_id for e in examples} >= {"Files_Upload", "Images_Generate", "Models_Get"}
    for example in examples:
        outcome = replay("aoai_json", example)
        _check_request("aoai_json", outcome)
        _check_response("aoai_json", outcome)
