"""OpenAPI 3's `example`/`examples` become an operation's examples, shaped as
x-ms-examples files are (`{"title", "parameters", "responses"}`), so that the
README, ExampleTransport and the `examples` command use them alike (issue 12:
"`examples` vs. `x-ms-examples`, both work")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.config import ClientJob
from generator.ir.openapi3_examples import operation_examples
from generator.pipeline import generate_package

COMPONENTS = {"examples": {"Rex": {"summary": "A dog called Rex", "value": {"name": "Rex"}}}}


def deref(value: Any, pointer: str) -> Any:
    if isinstance(value, dict) and "$ref" in value:
        return COMPONENTS["examples"][value["$ref"].rsplit("/", 1)[-1]]
    return value


def json_content(**holder: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"type": "object"}, **holder}}}


def test_values_of_one_name_make_one_exchange_and_a_lone_example_goes_to_every_one() -> None:
    operation = {
        "operationId": "Pets_Put",
        "parameters": [
            {"name": "id", "in": "path", "examples": {"rex": {"value": "r1"}, "tom": {"value": "t1"}}},
            {"name": "lang", "in": "query", "example": "en"},
            {"name": "trace", "in": "header", "schema": {"type": "string", "example": "abc"}},
            {"name": "quiet", "in": "query", "schema": {"type": "boolean"}},
        ],
        "requestBody": json_content(examples={"rex": {"$ref": "#/components/examples/Rex"}, "tom": {"value": {"name": "Tom"}}}),
        "responses": {"200": json_content(examples={"rex": {"value": {"id": "r1"}}}, example={"id": "?"}), "default": json_content(example={"error": 1})},
    }
    assert operation_examples(operation, [], "pet", deref, "/paths/~1pets~1{id}/put") == [
        {
            "title": "A dog called Rex",  # the summary where there is one, else the name
            "parameters": {"id": "r1", "lang": "en", "trace": "abc", "pet": {"name": "Rex"}},
            "responses": {"200": {"body": {"id": "r1"}}},  # `default` is no status
        },
        {
            "title": "tom",
            "parameters": {"id": "t1", "lang": "en", "trace": "abc", "pet": {"name": "Tom"}},
            "responses": {"200": {"body": {"id": "?"}}},
        },
    ]


def test_lone_examples_make_one_exchange_named_after_the_operation() -> None:
    operation = {
        "operationId": "Pets_Get",
        "parameters": [{"$ref": "#/x"}],
        "responses": {"2XX": json_content(example=None)},  # null is a value
    }
    level = [{"name": "id", "in": "path", "example": "p0"}, {"name": "lang", "in": "query", "example": "fr"}]
    mine = [{"name": "lang", "in": "query", "example": "en"}]  # an operation's own wins over its path's
    found = operation_examples({**operation, "parameters": mine}, level, "body", deref, "/paths/~1p/get")
    assert found == [{"title": "Pets_Get", "parameters": {"lang": "en", "id": "p0"}, "responses": {"200": {"body": None}}}]


def test_a_form_example_gives_its_fields_and_an_empty_answer_gives_its_status() -> None:
    operation = {
        "operationId": "Visits_Book",
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"example": {"day": "monday", "note": "x"}}}},
        "responses": {"204": {"description": "Booked."}},
    }
    assert operation_examples(operation, [], "body", deref, "/paths/~1v/post") == [
        {"title": "Visits_Book", "parameters": {"day": "monday", "note": "x"}, "responses": {"204": {}}}
    ]


def test_an_object_example_written_as_json_text_is_the_object_it_spells() -> None:
    """xero.com writes its examples as JSON text (`example: "{ \"Code\": ...}"`)
    where the schema is an object: the replay had 72 exchanges it could not
    test (\"the body is not an object\"). Where the schema says an object or
    an array, JSON text is read as what it spells; a string schema keeps its
    text, as does text that spells no object."""
    text_schema = {"content": {"application/json": {"schema": {"type": "string"}, "example": '{"a": 1}'}}}
    operation = {
        "operationId": "Accounts_Put",
        "requestBody": {"content": {"application/json": {"schema": {"properties": {"Code": {}}}, "example": '{ "Code": "123" }'}}},
        "responses": {
            "200": {"content": {"application/json": {"schema": {"items": {}}, "example": "[1, 2]"}}},
            "201": json_content(example="not json"),
            "202": text_schema,
            "203": json_content(example="[1]"),  # (an array for an object: left as it is)
        },
    }
    (exchange,) = operation_examples(operation, [], "body", deref, "/paths/~1a/put")
    assert exchange["parameters"] == {"body": {"Code": "123"}}
    assert exchange["responses"] == {
        "200": {"body": [1, 2]},
        "201": {"body": "not json"},
        "202": {"body": '{"a": 1}'},
        "203": {"body": "[1]"},
    }


def test_parameters_alone_are_no_exchange() -> None:
    operation = {"operationId": "X", "parameters": [{"name": "a", "in": "query", "example": 1}], "responses": {"200": json_content()}}
    assert operation_examples(operation, [], "body", deref, "/paths/~1x/get") == []


def test_x_ms_examples_come_first_and_inline_examples_reach_the_package(tmp_path: Path) -> None:
    answer = {"id": "r1"}
    (tmp_path / "ex.json").write_text(json.dumps({"parameters": {"id": "file"}, "responses": {"200": {"body": answer}}}), encoding="utf-8")
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://t.example.com"}],
        "paths": {
            "/a/{id}": {
                "get": {
                    "operationId": "A_Get",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}, "example": "inline"}],
                    "responses": {"200": json_content(example=answer)},
                    "x-ms-examples": {"from a file": {"$ref": "./ex.json"}},
                }
            },
            "/b/{id}": {
                "get": {
                    "operationId": "B_Get",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}, "example": "inline"}],
                    "responses": {"200": json_content(example=answer)},
                }
            },
        },
    }
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    package = generate_package(ClientJob(tmp_path / "spec.json", tmp_path / "out", "t_client", tmp_path))
    examples = json.loads(package.files["_examples.json"])
    assert [(e["title"], e["parameters"]) for e in examples["A_Get"]] == [("from a file", {"id": "file"})]
    assert [(e["title"], e["parameters"]) for e in examples["B_Get"]] == [("B_Get", {"id": "inline"})]
    assert 'result = client.b.get("inline")' in package.files["README.md"]
