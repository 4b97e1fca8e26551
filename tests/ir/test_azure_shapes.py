"""Shapes real Azure specs have that small hand-written ones rarely do (issue
#11): a parameter group shared by operations with different members, a
constant query both in the path key and as a parameter, an x-ms-pageable
that names the wrong item property, enum spellings that differ only in case,
names that collide across locations, resource-manager oauth2 scopes. Each is
generated, type-checked where typing was the failure, and called."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.write import write_package

SPEC = {
    "swagger": "2.0",
    "info": {"title": "Shapes", "version": "2024-01-01"},
    "host": "management.azure.com",
    "schemes": ["https"],
    "securityDefinitions": {"aad": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://login.example.com", "scopes": {"user_impersonation": "act as you"}}},
    "security": [{"aad": ["user_impersonation"]}],
    "paths": {
        "/a": {"get": {"operationId": "Things_A", "parameters": [
            {"name": "top", "in": "query", "type": "integer", "required": True, "x-ms-parameter-grouping": {"name": "list-options"}},
            {"name": "skip", "in": "query", "type": "integer", "x-ms-parameter-grouping": {"name": "list-options"}},
        ], "responses": {"200": {"description": "ok"}}}},
        "/b": {"get": {"operationId": "Things_B", "parameters": [
            {"name": "top", "in": "query", "type": "integer", "x-ms-parameter-grouping": {"name": "list-options"}},
            {"name": "filter", "in": "query", "type": "string", "x-ms-parameter-grouping": {"name": "list-options"}},
        ], "responses": {"200": {"description": "ok"}}}},
        "/shares/{name}?restype=share": {"get": {"operationId": "Share_Get", "parameters": [
            {"name": "name", "in": "path", "required": True, "type": "string"},
            {"name": "restype", "in": "query", "required": True, "type": "string", "enum": ["share"]},
        ], "responses": {"200": {"description": "ok"}}}},
        "/pages": {"get": {"operationId": "Things_List", "x-ms-pageable": {"nextLinkName": "nextLink", "itemName": "items"},
                           "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Page"}}}}},
        "/labels/{key}": {"put": {"operationId": "Labels_Put", "parameters": [
            {"name": "key", "in": "path", "required": True, "type": "string"},
            {"name": "label", "in": "query", "type": "string"},
            {"name": "request_options", "in": "query", "type": "string"},
            {"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Label"}},
        ], "responses": {"200": {"description": "ok"}}}},
        "/flat": {"put": {"operationId": "Flat_Put", "parameters": [{"name": "body", "in": "body", "required": True, "schema": {"$ref": "#/definitions/Flat"}}],
                          "responses": {"200": {"description": "ok"}}}},
        "/colors": {"get": {"operationId": "Colors_Get", "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Paint"}}}}},
    },
    "definitions": {
        # A required single-value enum inside flattened properties: a constant the model sends.
        "Flat": {"type": "object", "properties": {"properties": {"x-ms-client-flatten": True, "type": "object", "required": ["kind"],
                 "properties": {"kind": {"type": "string", "enum": ["only"]}, "name": {"type": "string"}}}}},
        "Page": {"type": "object", "properties": {"value": {"type": "array", "items": {"type": "string"}}, "nextLink": {"type": "string"}}},
        "Label": {"type": "object", "properties": {"key": {"type": "string"}, "label": {"type": "string"}}},
        "Paint": {"type": "object", "properties": {
            # A nullable list of an extensible enum (Azure ML's notification settings).
            "notify": {"type": "array", "x-nullable": True, "items": {"type": "string", "enum": ["Email", "Sms"], "x-ms-enum": {"name": "Notify", "modelAsString": True}}},
            "color": {
            "type": "string", "enum": ["Red", "Blue"], "default": None,
            "x-ms-enum": {"name": "Color", "modelAsString": False, "values": [{"value": "red", "description": "R"}, {"value": "Blue"}]},
        }}},
    },
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, Path]:
    folder = tmp_path_factory.mktemp("shapes")
    spec = folder / "shapes.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    package = generate_package(ClientJob(spec, folder / "out", "shapes_client", folder))
    write_package(package.job.package_dir, package.files, package.manifest, package.user_owned)
    sys.path.insert(0, str(folder / "out"))
    importlib.invalidate_caches()
    return importlib.import_module("shapes_client"), package, folder


def client(module: Any, answers: dict[str, Any], seen: list[httpx.Request]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        found = answers.get(request.url.path)
        if callable(found):
            return found(request)
        return httpx.Response(200, json=found)

    return module.Client(token="t", http_client=httpx.Client(transport=httpx.MockTransport(answer)))


def test_a_shared_parameter_group_has_every_member_and_each_operation_sends_its_own(built: Any) -> None:
    module, _, _ = built
    seen: list[httpx.Request] = []
    things = client(module, {}, seen).things
    options = module.models.ListOptions(top=5, skip=1, filter="x")  # every member, none required
    things.a(list_options=options)
    things.b(list_options=options)
    assert [dict(r.url.params) for r in seen] == [{"top": "5", "skip": "1"}, {"top": "5", "filter": "x"}]


def test_a_constant_query_in_the_path_key_and_as_a_parameter_is_sent_once(built: Any) -> None:
    module, _, _ = built
    seen: list[httpx.Request] = []
    client(module, {}, seen).share.get("docs")
    assert seen[0].url.params.get_list("restype") == ["share"]


def test_a_pageable_naming_the_wrong_items_reads_the_only_array_and_follows_next_links(built: Any) -> None:
    module, package, _ = built
    assert any("its only array, 'value', is read as the items" in d.message for d in package.diagnostics)
    pages = {"/pages": lambda r: httpx.Response(200, json={"value": ["a"], "nextLink": "https://management.azure.com/pages?p=2"} if "p=2" not in str(r.url) else {"value": ["b"]})}
    assert list(client(module, pages, []).things.list()) == ["a", "b"]


def test_enum_spellings_that_differ_only_in_case_are_one_value(built: Any) -> None:
    module, package, _ = built
    assert [m.value for m in module.models.Color] == ["Red", "Blue"]
    assert any("'red' and 'Red' differently (only in case)" in d.message for d in package.diagnostics)
    assert any(d.message.startswith("`default: null` on a property that is not x-nullable") for d in package.diagnostics)
    paint = client(module, {"/colors": {"color": "Red", "notify": ["Email", "Pager"]}}, []).colors.get()
    assert paint.color is module.models.Color.RED
    assert paint.notify == [module.models.Notify.EMAIL, "Pager"]  # an unlisted value is kept


def test_colliding_names_take_their_location_as_suffix(built: Any) -> None:
    module, _, _ = built
    seen: list[httpx.Request] = []
    client(module, {}, seen).labels.put(key_path="k", key="body-key", label="body-label", label_query="q", request_options_query="r")
    assert seen[0].url.path == "/labels/k"
    assert (seen[0].url.params["label"], seen[0].url.params["request_options"]) == ("q", "r")
    assert seen[0].read() == b'{"key": "body-key", "label": "body-label"}'


def test_a_flattened_constant_is_sent_without_being_asked_for(built: Any) -> None:
    module, _, _ = built
    seen: list[httpx.Request] = []
    client(module, {}, seen).flat.put(name="n")
    assert seen[0].read() == b'{"properties": {"kind": "only", "name": "n"}}'


def test_a_bare_oauth2_scope_becomes_the_hosts_default_scope(built: Any) -> None:
    module, _, _ = built
    import inspect

    default = inspect.signature(module.Client).parameters["credential_scopes"].default
    assert default == ("https://management.azure.com/.default",)


@pytest.mark.slow  # mypy
def test_the_client_passes_mypy_strict(built: Any) -> None:
    _, _, folder = built
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-pshapes_client"], cwd=folder / "out", capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout


@pytest.mark.parametrize(
    "text",
    [
        '{"definitions": {"A": {"x-ms-enum": {}}}}',
        '{"definitions": {"A": {"\\u0078-ms-enum": {}}}}',  # (an escaped letter)
        '{"definitions": {"A": {"x\\u002Dms-enum": {}}}}',
        'definitions:\n  A:\n    "x\\x2dms-enum": {}\n',
        'definitions:\n  A:\n    ? "x-\\\n      ms-enum"\n    : {}\n',  # (a YAML escaped line break)
    ],
)
def test_a_document_that_spells_an_x_ms_key_any_way_is_an_azure_document(text: str) -> None:
    import json

    import yaml

    from generator.ir.build import _uses_ms_extensions

    document = json.loads(text) if text.startswith("{") else yaml.safe_load(text)
    assert _uses_ms_extensions(document) and _uses_ms_extensions(document, text=text)


def test_a_document_whose_text_cannot_spell_an_x_ms_key_is_not_walked() -> None:
    from generator.ir.build import _uses_ms_extensions

    text = '{"paths": {"/a": {"get": {"x-ms": 1, "pattern": "\\\\d+"}}}}'
    assert not _uses_ms_extensions({"x-ms-enum": {}}, text=text)  # (the text decides)
