"""Made-up answers (benchmarks/synthetic.py): every operation of an OpenAPI 3
document replayed against values its own schemas describe. The values are
made from the document alone; the ten corpus specs CI keeps (tests/corpus)
and the OpenAPI 3 feature spec replay with no client defect."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from .conftest import ROOT


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "benchmarks" / "synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthetic"] = module
    spec.loader.exec_module(module)
    return module


synthetic = _tool()

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "components": {
        "schemas": {
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"type": "null"}],
                "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}},
            },
            "Cat": {
                "allOf": [{"$ref": "#/components/schemas/Base"}],
                "properties": {"lives": {"type": "integer", "minimum": 7}, "born": {"type": "string", "format": "date"}},
            },
            "Base": {
                "type": "object",
                "required": ["kind"],
                "properties": {
                    "kind": {"type": "string"},
                    "id": {"type": "string", "readOnly": True},
                    "secret": {"type": "string", "writeOnly": True},
                    "parent": {"$ref": "#/components/schemas/Base"},
                    "tags": {"type": "object", "additionalProperties": {"type": "boolean"}},
                    "level": {"enum": [None, "high"]},
                    # (readOnly beside a `$ref`, as converted specs say it: the
                    # generator reads the property as read-only, so must the tool)
                    "owner": {"$ref": "#/components/schemas/Owner", "readOnly": True},
                },
            },
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    },
}


def test_values_follow_the_schema_and_its_direction() -> None:
    made = synthetic.Synthesizer(DOCUMENT)
    answer = made.value({"$ref": "#/components/schemas/Pet"}, sending=False)
    assert answer["kind"] == "cat"  # the discriminator's mapping names the alternative
    assert answer["lives"] == 7 and answer["born"] == "2024-01-02"  # bounds and formats
    assert "id" in answer and "secret" not in answer  # an answer carries readOnly, never writeOnly
    assert answer["tags"] == {"key": True} and answer["level"] == "high"
    assert made.value({"type": "string", "enum": ["", "active"]}, sending=True) == "active"  # (never an empty path value)
    assert made.value({"type": "object", "format": "file"}, sending=True) == "text"  # (converted `type: file`: bytes)
    sent = made.value({"$ref": "#/components/schemas/Cat"}, sending=True)
    assert "id" not in sent and "secret" in sent  # a request the other way round
    assert "owner" in answer and "owner" not in sent  # readOnly beside a `$ref` counts


def test_alternatives_that_only_require_some_of_the_properties_give_the_object() -> None:
    made = synthetic.Synthesizer(DOCUMENT)
    schema = {
        "type": "object",
        "properties": {"reviewers": {"type": "array", "items": {"type": "string"}}, "teams": {"type": "string"}},
        "anyOf": [{"required": ["reviewers"]}, {"required": ["teams"]}],
    }
    assert made.value(schema, sending=True) == {"reviewers": ["text"], "teams": "text"}


def test_a_recursion_ends() -> None:
    made = synthetic.Synthesizer(DOCUMENT)
    value = made.value({"$ref": "#/components/schemas/Base"}, sending=False)
    depth = 0
    while "parent" in value:
        value, depth = value["parent"], depth + 1
    assert 0 < depth < 4


def test_each_operation_gets_one_made_up_exchange_and_loses_its_own_examples() -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {"/a/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}],
            "get": {
                "parameters": [{"name": "q", "in": "query", "example": "old", "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "examples": {"old": {"value": 1}}, "schema": {"type": "array", "items": {"type": "boolean"}},
                }}}},
            },
            "post": {
                "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"f": {"type": "string", "format": "binary"}}}}}},
                "responses": {"204": {"description": "ok"}},
            },
        }},
    }
    made, files = synthetic.with_made_up_examples(document)
    get = made["paths"]["/a/{id}"]["get"]
    # A document without x-ms-*: inline, as OpenAPI 3 spells examples.
    assert files == {} and "x-ms-examples" not in get
    assert get["parameters"][0]["example"] == 1 and made["paths"]["/a/{id}"]["parameters"][0]["example"] == "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
    media = get["responses"]["200"]["content"]["application/json"]
    assert media["example"] == [True] and "examples" not in media
    assert document["paths"]["/a/{id}"]["get"]["parameters"][0]["example"] == "old"  # (a copy)
    # One that uses x-ms-* already: an x-ms-examples file per operation.
    made, files = synthetic.with_made_up_examples({**document, "x-ms-parameterized-host": {}})
    get = made["paths"]["/a/{id}"]["get"]
    assert get["x-ms-examples"] == {"made up": {"$ref": "./examples/0.json"}} and "example" not in get["parameters"][0]
    assert files["0.json"] == {"parameters": {"q": 1, "id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301"}, "responses": {"200": {"body": [True]}}}
    assert files["1.json"] == {"parameters": {"id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "f": "text"}, "responses": {"204": {}}}  # a form's fields one by one


# (each with operations: adyen.com's is webhooks only)
SPECS = [
    *(p for p in sorted((ROOT / "tests" / "corpus").glob("*.json")) if json.loads(p.read_text(encoding="utf-8")).get("paths")),
    ROOT / "tests" / "features" / "openapi3" / "spec.yaml",
]


def test_nine_corpus_specs_and_the_feature_spec_are_replayed() -> None:
    assert len(SPECS) == 10


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem if p.suffix == ".json" else "openapi3-feature")
def test_made_up_answers_replay_without_a_client_defect(spec: Path, tmp_path: Path) -> None:
    result = synthetic.replay(spec, tmp_path)
    assert "skipped" not in result and not result["stderr"], result
    assert result["defects"] == [], result["defects"]
    # Inline, an operation is an exchange only with a body or an answer's
    # content (nexmo.com's conversion API has neither): every such one gets a
    # verdict (as x-ms-examples files, every operation does), most are ok.
    exchanges = _exchanges(spec)
    assert sum(result["counts"].values()) >= exchanges, result["counts"]
    assert result["counts"].get("ok", 0) >= exchanges / 2, result["counts"]


def _exchanges(spec: Path) -> int:
    """How many operations of `spec` have a request body or an answer with content."""
    text = spec.read_text(encoding="utf-8")
    document = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    count = 0
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method == "parameters" or not isinstance(operation, dict):
                continue
            answers = [r for r in (operation.get("responses") or {}).values() if isinstance(r, dict) and (r.get("content") or "$ref" in r)]
            count += bool(operation.get("requestBody") or answers)
    return count


def test_xml_bodies_are_unsupported_by_the_replay_not_counted_as_the_clients_defects(tmp_path: Path) -> None:
    """mastercard.com/masterpassqr sends XML: its made-up JSON example was
    compared with the XML the client sent, a "client defect"."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Notes", "version": "1"},
        "servers": [{"url": "https://n.example.com"}],
        "paths": {"/notes": {"post": {
            "operationId": "Notes_Send",
            "requestBody": {"content": {"application/xml": {"schema": {"$ref": "#/components/schemas/Note"}}}},
            "responses": {"204": {"description": "ok"}},
        }}},
        "components": {"schemas": {"Note": {"type": "object", "properties": {"text": {"type": "string"}}}}},
    }
    spec = tmp_path / "notes.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    result = synthetic.replay(spec, tmp_path / "work")
    assert result["counts"] == {"unsupported": 1}, result
