"""The inference API's own examples replay against the inference client.

`specs/azure-openai-inference/.../examples/` were written for the API's
Swagger 2.0 form (`generated.json`, which references them by `x-ms-examples`);
the client is generated from its OpenAPI 3.0 form (`inference.json`), which
references none and spells some names differently. Each example's operation
is found by the method and path it has in `generated.json`, its parameters by
name without case or punctuation (`deploymentId` is `deployment-id`), and
then it is replayed like any other example (`tests/replay.py`): the request
the client sends and the answer it parses are compared with the example's.
"""

from __future__ import annotations

import importlib
import json
import re

import pytest

from .conftest import ROOT
from .replay import Example, replay, same_json

FOLDER = ROOT / "specs" / "azure-openai-inference" / "2023-06-01-preview"
PACKAGE = "azure_openai_inference"


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _route(method: str, path: str) -> tuple[str, str]:
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def examples() -> list[tuple[Example, str | None]]:
    """(example as the inference client's operation sees it, or the reason
    it has no operation there) for every example generated.json references."""
    swagger = json.loads((FOLDER / "generated.json").read_text(encoding="utf-8"))
    operations = importlib.import_module(f"{PACKAGE}._metadata").OPERATIONS
    by_route = {_route(op["http_method"], op["path"]): (op_id, op) for op_id, op in operations.items()}
    found = []
    for path, item in swagger["paths"].items():
        for method, operation in item.items():
            for title, ref in (operation.get("x-ms-examples") or {}).items():
                file = FOLDER / ref["$ref"]
                data = json.loads(file.read_text(encoding="utf-8"))
                target = by_route.get(_route(method, path))
                if target is None:
                    found.append((Example(operation["operationId"], title, file, data), f"no {method.upper()} {path}"))
                    continue
                op_id, op = target
                wire = {_key(name): name for name in [*op["parameters"], "endpoint", "api-key"]}
                params = {wire.get(_key(name), name): value for name, value in data["parameters"].items()}
                found.append((Example(op_id, title, file, {**data, "parameters": params}), None))
    return found


CASES = examples()


def test_three_of_the_five_examples_have_an_operation_in_the_openapi3_form() -> None:
    assert sorted((e.path.name, reason is None) for e, reason in CASES) == [
        ("chat_completions.json", True),
        ("completions.json", True),
        ("embeddings.json", True),
        ("get_image_operation_status.json", False),
        ("start_generate_image.json", False),
    ]


@pytest.mark.parametrize("example", [e for e, reason in CASES if reason is None], ids=lambda e: e.path.name)
def test_each_example_replays(example: Example) -> None:
    status, response = next(iter(example.data["responses"].items()))
    if "body" not in response:
        # An example defect (embeddings.json): the answer's fields sit directly
        # under the status. The client must parse the answer all the same.
        assert example.path.name == "embeddings.json"
        response = {"body": {k: v for k, v in response.items() if k != "headers"}}
        example.data["responses"] = {status: response}
    outcome = replay(PACKAGE, example)
    (request,) = outcome.requests
    operation = importlib.import_module(f"{PACKAGE}._metadata").OPERATIONS[example.operation_id]
    params = example.data["parameters"]
    assert request.method == operation["http_method"]
    assert request.url.path == "/openai" + operation["path"].replace("{deployment-id}", params["deployment-id"])
    assert dict(request.url.params) == {"api-version": params["api-version"]}
    assert same_json(json.loads(request.content), params["body"])
    assert same_json(outcome.result.to_dict(), response["body"]), (outcome.result.to_dict(), response["body"])
    assert outcome.ignored == []

