"""How a body parameter is sent and a response read, decided from the
operation's `consumes`/`produces` and the body's schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostics
from generator.ir.build import SwaggerBuilder
from generator.ir.model import ClientSpec, Operation, XmlInfo
from generator.load import SpecLoader


def build(tmp_path: Path, operation: dict[str, Any], definitions: dict[str, Any] | None = None) -> ClientSpec:
    document = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/x": {"put": {"operationId": "X_Put", **operation}}},
        "definitions": definitions or {},
    }
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    diagnostics = Diagnostics()
    client = SwaggerBuilder(SpecLoader(diagnostics, tmp_path), diagnostics, "t").build(spec)
    assert client is not None
    return client


def only(client: ClientSpec) -> Operation:
    (group,) = client.groups
    (operation,) = group.operations
    return operation


def body_parameter(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": "body", "in": "body", "required": True, "schema": schema}]


@pytest.mark.parametrize(
    ("consumes", "schema", "encoding", "content_type"),
    [
        (["application/json", "application/xml"], {"type": "object", "properties": {"a": {"type": "string"}}}, "json", "application/json"),
        (["application/merge-patch+json"], {"type": "object"}, "json", "application/merge-patch+json"),
        (["application/xml"], {"type": "object", "properties": {"a": {"type": "string"}}}, "xml", "application/xml"),
        (["application/atom+xml"], {"type": "object", "properties": {"a": {"type": "string"}}}, "xml", "application/atom+xml"),
        (["application/octet-stream"], {"type": "string", "format": "binary"}, "binary", "application/octet-stream"),
        (["application/json", "image/png"], {"type": "string", "format": "binary"}, "binary", "image/png"),
        (["application/xml"], {"type": "object", "format": "file"}, "binary", "application/xml"),
        (["application/octet-stream"], {"type": "string"}, "binary", "application/octet-stream"),
        (["text/plain; charset=utf-8"], {"type": "string"}, "text", "text/plain; charset=utf-8"),
    ],
)
def test_the_body_encoding_follows_consumes_and_the_schema(
    tmp_path: Path, consumes: list[str], schema: dict[str, Any], encoding: str, content_type: str
) -> None:
    operation = only(build(tmp_path, {"consumes": consumes, "parameters": body_parameter(schema), "responses": {"204": {"description": "ok"}}}))
    assert operation.body is not None
    assert (operation.body.encoding, operation.body.content_type) == (encoding, content_type)


def test_xml_responses_and_the_xml_objects_of_a_body_are_kept(tmp_path: Path) -> None:
    definitions = {
        "Items": {"type": "array", "xml": {"name": "Items", "wrapped": True}, "items": {"type": "string", "xml": {"name": "Item"}}},
        "Problem": {"type": "object", "properties": {"Code": {"type": "string"}}},
    }
    operation = only(
        build(
            tmp_path,
            {
                "consumes": ["application/xml"],
                "produces": ["application/octet-stream"],
                "parameters": body_parameter({"$ref": "#/definitions/Items"}),
                "responses": {"200": {"description": "ok", "schema": {"type": "file"}}, "default": {"description": "no", "schema": {"$ref": "#/definitions/Problem"}}},
            },
            definitions,
        )
    )
    assert operation.body is not None and operation.body.encoding == "xml"
    assert operation.body.xml == XmlInfo(name="Items", wrapped=True, items=XmlInfo(name="Item"))
    assert operation.returns_binary and not operation.returns_xml
    # Consuming XML says nothing about errors: they are XML only where the
    # operation or the service produces XML (next test).
    (error,) = operation.error_responses
    assert error.content == "json"


def test_errors_are_xml_where_the_service_produces_xml(tmp_path: Path) -> None:
    definitions = {"Problem": {"type": "object", "xml": {"name": "Error"}, "properties": {"Code": {"type": "string"}}}}
    client = build(
        tmp_path,
        {
            "produces": ["application/xml"],
            "parameters": [],
            "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Problem"}}, "default": {"description": "no", "schema": {"$ref": "#/definitions/Problem"}}},
        },
        definitions,
    )
    operation = only(client)
    assert operation.returns_xml
    assert [r.content for r in operation.error_responses] == ["xml"]
    (model,) = client.models
    assert (model.schema_name, model.xml.name) == ("Problem", "Error")


def test_a_required_single_value_enum_property_is_a_constant_but_a_discriminator_is_not(tmp_path: Path) -> None:
    definitions = {
        "Query": {
            "type": "object",
            "discriminator": "kind",
            "required": ["kind", "language", "text"],
            "properties": {
                "kind": {"type": "string", "enum": ["query"]},
                "language": {"type": "string", "enum": ["SQL"]},
                "text": {"type": "string", "default": "SELECT 1"},
                "dialect": {"type": "string", "enum": ["ansi"]},
            },
        }
    }
    client = build(tmp_path, {"parameters": body_parameter({"$ref": "#/definitions/Query"}), "responses": {"204": {"description": "ok"}}}, definitions)
    properties = {p.wire_name: p for p in client.models[0].properties}
    assert {name: p.constant for name, p in properties.items()} == {"kind": None, "language": "SQL", "text": None, "dialect": None}
    assert properties["text"].default == "SELECT 1"
    # A discriminated body is one argument (a subclass may be sent), not keywords.
    body = only(client).body
    assert body is not None and body.flattened == () and body.python_name == "body"


def test_a_required_form_field_that_allows_one_value_is_a_constant(tmp_path: Path) -> None:
    """As a required query parameter of one value is: the method sends it
    (AutoRest's `grant_type: access_token` of a token request); an optional
    one, a file, or one of several values stays an argument."""
    fields = [
        {"name": "grant_type", "in": "formData", "type": "string", "required": True, "enum": ["access_token"]},
        {"name": "version", "in": "formData", "type": "integer", "required": True, "enum": [2]},
        {"name": "refresh", "in": "formData", "type": "boolean", "required": True, "enum": [True]},
        {"name": "scope", "in": "formData", "type": "string", "enum": ["all"]},
        {"name": "mode", "in": "formData", "type": "string", "required": True, "enum": ["a", "b"]},
    ]
    operation = only(build(tmp_path, {"consumes": ["application/x-www-form-urlencoded"], "parameters": fields, "responses": {"204": {"description": "ok"}}}))
    assert operation.body is not None
    constants = {f.wire_name: f.constant for f in operation.body.form_fields}
    assert constants == {"grant_type": "access_token", "version": "2", "refresh": "true", "scope": None, "mode": None}


def test_an_openapi3_form_property_that_allows_one_value_is_a_constant(tmp_path: Path) -> None:
    from generator.ir.openapi3 import OpenApi3Builder

    form = {
        "type": "object",
        "required": ["grant_type", "token"],
        "properties": {"grant_type": {"type": "string", "const": "client_credentials"}, "token": {"type": "string"}},
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/x": {"post": {"operationId": "X_Post", "requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {"schema": form}}}, "responses": {"204": {"description": "ok"}}}}},
    }
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    diagnostics = Diagnostics()
    client = OpenApi3Builder(SpecLoader(diagnostics, tmp_path), diagnostics, "t").build(spec)
    assert client is not None
    body = only(client).body
    assert body is not None
    assert {f.wire_name: f.constant for f in body.form_fields} == {"grant_type": "client_credentials", "token": None}
