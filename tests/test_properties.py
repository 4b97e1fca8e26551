"""Property-based tests: random valid Swagger documents always generate a
client that compiles, imports and is in black's style; random broken ones
always end in diagnostics and exit code 2 (or a warning and 0), never a crash."""

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


def _generate(document: Any, folder: Path) -> Any:
    spec = folder / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    return generate_package(ClientJob(spec, folder / "out", "client", folder))


# CI explores the same examples every run (no flaky failures there); a
# developer's run explores new ones each time.
DERANDOMIZE = bool(os.environ.get("CI"))


@pytest.mark.slow  # generates, imports and formats dozens of clients
@settings(max_examples=25, deadline=None, derandomize=DERANDOMIZE, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(document=documents())
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
    imported = subprocess.run(
        [sys.executable, "-c", "import client, client.models, client._metadata; client.Client('https://x'); client.AsyncClient('https://x')"],
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
    document = draw(documents())
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
