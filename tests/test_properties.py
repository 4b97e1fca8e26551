"""Property-based tests: random valid documents, Swagger 2.0 and OpenAPI 3.0/3.1
alike, always generate a client that compiles, imports and is in black's
style; random broken ones always end in diagnostics and exit code 2 (or a
warning and 0), never a crash."""

from __future__ import annotations

import json
import keyword
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import ClientJob
from generator.diagnostics import GenerationFailed, Level
from generator.format import black_formatter
from generator.pipeline import generate_package
from generator.write import write_package

# Names as specs have them: words, kebab and snake case, keywords, digits,
# non-ASCII letters, odd punctuation.
NAMES = st.one_of(
    st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,12}", fullmatch=True),
    st.from_regex(r"[a-z]+(-[a-z0-9]+){1,3}", fullmatch=True),
    st.sampled_from([*keyword.kwlist, "self", "list", "type", "id", "__init__", "1st", "ünïcode", "a.b", "$skip"]),
)
PRIMITIVES = st.sampled_from(
    [
        {"type": "string"},
        {"type": "integer", "format": "int64"},
        {"type": "number", "format": "double"},
        {"type": "boolean"},
        {"type": "string", "format": "date-time"},
        {"type": "string", "format": "date"},
        {"type": "string", "format": "byte"},
        {"type": "integer", "format": "unixtime"},
        {"type": "string", "format": "duration"},
        {"type": "object"},
        {"type": "string", "enum": ["a", "b-c", "1x"]},
    ]
)
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
# Swagger's `xml` object, with AutoRest's x-ms-text, as any property may carry it.
XML_OBJECTS = st.fixed_dictionaries(
    {},
    optional={
        "name": NAMES,
        "attribute": st.booleans(),
        "wrapped": st.booleans(),
        "x-ms-text": st.booleans(),
        "prefix": st.sampled_from(["p", "ns1"]),
        "namespace": st.just("http://example.com/ns"),
    },
)
MEDIA_TYPES = st.sampled_from(
    [None, ["application/xml"], ["text/xml", "application/json"], ["application/octet-stream"], ["text/plain"]]
)


@st.composite
def schemas(draw: st.DrawFn, definitions: list[str]) -> dict[str, Any]:
    choice = draw(st.integers(0, 3))
    if choice == 0 or not definitions:
        return dict(draw(PRIMITIVES))
    if choice == 1:
        return {"$ref": f"#/definitions/{draw(st.sampled_from(definitions))}"}
    if choice == 2:
        return {"type": "array", "items": {"$ref": f"#/definitions/{draw(st.sampled_from(definitions))}"}}
    return {"type": "object", "additionalProperties": dict(draw(PRIMITIVES))}


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(NAMES, min_size=1, max_size=4, unique_by=lambda n: n.lower()))
    definitions = {}
    for name in names:
        properties = draw(st.dictionaries(NAMES, schemas(names), max_size=5))
        for schema in properties.values():
            if "$ref" not in schema and draw(st.booleans()):
                schema["xml"] = draw(XML_OBJECTS)
        definition: dict[str, Any] = {"type": "object", "properties": properties, "description": draw(TEXT)}
        if properties and draw(st.booleans()):
            definition["required"] = [draw(st.sampled_from(sorted(properties)))]
        definitions[name] = definition
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(0, 3))):
        segment = draw(NAMES).replace("/", "")
        parameter = draw(NAMES)
        path = f"/{segment}{index}/{{{parameter}}}"
        operation: dict[str, Any] = {
            "operationId": f"{draw(st.sampled_from(['Things', 'things', 'X']))}_{draw(st.sampled_from(['Get', 'list', 'do-it']))}{index}",
            "summary": draw(TEXT),
            "parameters": [
                {"name": parameter, "in": "path", "required": True, "type": "string"},
                {"name": draw(NAMES), "in": "query", "type": "array", "items": {"type": "string"},
                 "collectionFormat": draw(st.sampled_from(["csv", "multi", "pipes"]))},
            ],
            "responses": {"200": {"description": "ok", "schema": draw(schemas(names))}},
        }
        if draw(st.booleans()):
            operation["parameters"].append({"name": "body", "in": "body", "required": draw(st.booleans()), "schema": {"$ref": f"#/definitions/{names[0]}"}})
        media = draw(MEDIA_TYPES)
        if media is not None:
            operation["consumes"] = operation["produces"] = media
        method = draw(st.sampled_from(["get", "put", "post", "delete"]))
        paths[path] = {method: operation}
    return {"swagger": "2.0", "info": {"title": draw(TEXT) or "T", "version": "1"}, "paths": paths, "definitions": definitions}


_STYLES = {"csv": ("form", False), "multi": ("form", True), "pipes": ("pipeDelimited", False)}
EXAMPLE_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), TEXT),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(NAMES, children, max_size=3)),
    max_leaves=6,
)


def _refs_to_components(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (v.replace("#/definitions/", "#/components/schemas/") if k == "$ref" and isinstance(v, str) else _refs_to_components(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_refs_to_components(v) for v in value]
    return value


@st.composite
def openapi3_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A random Swagger document in OpenAPI 3's syntax, with what only
    OpenAPI 3 says: cookie parameters, `nullable`, `oneOf`, and `example`s
    (any JSON value, fitting its schema or not) on parameters and bodies."""
    swagger = _refs_to_components(draw(documents()))
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    schemas = swagger["definitions"]
    names = sorted(schemas)
    for schema in schemas.values():
        for prop in schema["properties"].values():
            if "$ref" not in prop and draw(st.booleans()):
                prop["nullable" if version == "3.0.3" else "x-unused"] = True
        if names and draw(st.booleans()):
            schema["properties"][draw(NAMES)] = {"oneOf": [{"$ref": f"#/components/schemas/{draw(st.sampled_from(names))}"}, {"type": "string"}]}
    paths: dict[str, Any] = {}
    for path, item in swagger["paths"].items():
        converted: dict[str, Any] = {}
        for method, operation in item.items():
            media = (operation.pop("consumes", None) or ["application/json"])[0]
            operation.pop("produces", None)
            parameters = []
            for parameter in operation.pop("parameters"):
                if parameter["in"] == "body":
                    operation["requestBody"] = {"required": parameter["required"], "content": {media: {"schema": parameter["schema"]}}}
                    if draw(st.booleans()):
                        operation["requestBody"]["content"][media]["example"] = draw(EXAMPLE_VALUES)
                    continue
                schema = {k: parameter.pop(k) for k in ("type", "items") if k in parameter}
                style, explode = _STYLES.get(parameter.pop("collectionFormat", "csv"), ("form", False))
                parameter.update(schema=schema, style=style if parameter["in"] == "query" else "simple", explode=explode)
                if draw(st.booleans()):
                    parameter["example"] = draw(EXAMPLE_VALUES)
                parameters.append(parameter)
            if draw(st.booleans()):
                parameters.append({"name": draw(NAMES), "in": "cookie", "schema": dict(draw(PRIMITIVES))})
            operation["parameters"] = parameters
            response = operation["responses"]["200"]
            content: dict[str, Any] = {"schema": response.pop("schema")}
            if draw(st.booleans()):
                content["examples"] = {draw(NAMES): {"value": draw(EXAMPLE_VALUES)}}
            response["content"] = {media if "json" in media or "xml" in media else "application/json": content}
            converted[method] = operation
        paths[path] = converted
    return {
        "openapi": version,
        "info": swagger["info"],
        "servers": [{"url": "https://example.com/api"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


# Both formats: the two front ends share everything after the syntax.
ANY_FORMAT = st.one_of(documents(), openapi3_documents())


def _generate(document: Any, folder: Path) -> Any:
    spec = folder / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    return generate_package(ClientJob(spec, folder / "out", "client", folder))


# CI explores the same examples every run (no flaky failures there); a
# developer's run explores new ones each time.
DERANDOMIZE = bool(os.environ.get("CI"))


@pytest.mark.slow  # generates, imports and formats dozens of clients
@settings(max_examples=25, deadline=None, derandomize=DERANDOMIZE, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=ANY_FORMAT)
def test_any_valid_document_generates_a_client_that_compiles_imports_and_is_black(document: dict[str, Any], tmp_path_factory: Any) -> None:
    folder = tmp_path_factory.mktemp("valid")
    package = _generate(document, folder)
    assert not [d for d in package.diagnostics if d.level is Level.ERROR]
    black = black_formatter()
    for name, text in package.files.items():
        if name.endswith(".py"):
            compile(text, name, "exec")
            assert black(text) == text, name
    write_package(package.job.package_dir, package.files, package.manifest, package.user_owned)
    # (a Swagger document without `host` makes the endpoint an argument; the
    # OpenAPI 3 ones name a server, the default)
    endpoint = "" if "openapi" in document else "'https://x'"
    imported = subprocess.run(
        [sys.executable, "-c", f"import client, client.models, client._metadata; client.Client({endpoint}); client.AsyncClient({endpoint})"],
        cwd=folder / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr


JUNK = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), TEXT, st.just({"$ref": "#/nowhere"}), st.just({"$ref": 5})),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(NAMES, children, max_size=3)),
    max_leaves=8,
)


@st.composite
def broken_documents(draw: st.DrawFn) -> Any:
    document = draw(ANY_FORMAT)
    # Replace a random part of a valid document with junk.
    target: Any = document
    for _ in range(draw(st.integers(0, 4))):
        if isinstance(target, dict) and target:
            key = draw(st.sampled_from(sorted(target, key=str)))
            if not isinstance(target[key], (dict, list)) or draw(st.booleans()):
                target[key] = draw(JUNK)
                return document
            target = target[key]
        elif isinstance(target, list) and target:
            index = draw(st.integers(0, len(target) - 1))
            if not isinstance(target[index], (dict, list)) or draw(st.booleans()):
                target[index] = draw(JUNK)
                return document
            target = target[index]
    return draw(st.one_of(st.just(document), JUNK))


@settings(max_examples=60, deadline=None, derandomize=DERANDOMIZE, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=broken_documents())
def test_any_broken_document_ends_in_diagnostics_never_a_crash(document: Any, tmp_path_factory: Any) -> None:
    folder = tmp_path_factory.mktemp("broken")
    try:
        package = _generate(document, folder)
    except GenerationFailed as failure:
        assert failure.diagnostics
        assert all(d.level is Level.ERROR or d.level is Level.WARNING for d in failure.diagnostics)
        assert all(re.search(r": (error|warning)( W\d{3} \([a-z-]+\))?: ", d.format()) for d in failure.diagnostics)
        return
    for name, text in package.files.items():
        if name.endswith(".py"):
            compile(text, name, "exec")
