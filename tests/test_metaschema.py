"""The compiled check of a document against the OpenAPI schema answers
exactly as openapi-spec-validator's jsonschema validator does: on every spec
in the repository, on thousands of broken variants of them, and on the
corners where JSON Schema's drafts differ."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import (
    OpenAPIV2SpecValidator,
    OpenAPIV30SpecValidator,
    OpenAPIV31SpecValidator,
)

from generator.metaschema import Unsupported, compile_check, equal, unique

from .conftest import ROOT

VALIDATORS = {
    "2.0": OpenAPIV2SpecValidator,
    "3.0": OpenAPIV30SpecValidator,
    "3.1": OpenAPIV31SpecValidator,
}
_CHECKS: dict[str, Any] = {}


def version_of(document: Any) -> str | None:
    if not isinstance(document, dict):
        return None
    if str(document.get("swagger", "")) == "2.0":
        return "2.0"
    version = str(document.get("openapi", ""))
    return version[:3] if version[:3] in ("3.0", "3.1") else None


def answers(document: Any, version: str) -> tuple[bool, bool]:
    """(compiled, jsonschema) answers for one document."""
    if version not in _CHECKS:
        _CHECKS[version] = compile_check(VALIDATORS[version].schema_validator.schema)
    validator = VALIDATORS[version].schema_validator
    return _CHECKS[version](document), validator.is_valid(document)


def read(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
        return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError):  # (the bad specs' own tests)
        return None


def spec_at(path: Path) -> tuple[Any, str]:
    document = read(path)
    version = version_of(document)
    assert version is not None
    return document, version


def repository_specs() -> list[Path]:
    """Every Swagger 2.0 / OpenAPI 3.x root in specs/ and tests/ (small
    enough for jsonschema to answer quickly)."""
    found = []
    for folder in (ROOT / "specs", ROOT / "tests"):
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".json", ".yaml", ".yml") or not path.is_file():
                continue
            if path.stat().st_size > 400_000 or "node_modules" in path.parts:
                continue
            if version_of(read(path)) is not None:
                found.append(path)
    return found


SPECS = repository_specs()
MUTANTS_PER_SPEC = 40

# Values that break (or happen to satisfy) what the schema says of a place.
VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    1.0,
    -1,
    2.5,
    "",
    "x",
    "query",
    "string",
    "^x",
    [],
    ["a", "a"],
    [1, True],
    {},
    {"$ref": "#/definitions/x"},
    {"type": "object"},
    {"x-extra": 1},
    {"name": "n", "in": "query"},
]
KEYS = [
    "x-ms-extra",
    "bogus",
    "$ref",
    "type",
    "nullable",
    "items",
    "required",
    "in",
    "style",
    "name",
    "schema",
    "content",
    "default",
    "enum",
    "format",
    "paths",
    "200",
    "2XX",
    "default",
    "/p",
    "get",
    "description",
    "properties",
    "const",
]


def places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(places(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(places(value, (*path, index)))
    return found


def mutate(document: Any, chance: random.Random) -> Any:
    mutant = copy.deepcopy(document)
    for _ in range(chance.choice((1, 1, 1, 2, 3))):
        path = chance.choice(places(mutant))
        parent = None
        node = mutant
        for step in path:
            parent, node = node, node[step]
        action = chance.randrange(5)
        if action == 0 and parent is not None:
            parent[path[-1]] = copy.deepcopy(chance.choice(VALUES))
        elif action == 1 and isinstance(node, dict) and node:
            del node[chance.choice(list(node))]
        elif action == 2 and isinstance(node, dict):
            node[chance.choice(KEYS)] = copy.deepcopy(chance.choice(VALUES))
        elif action == 3 and isinstance(node, list) and node:
            node.append(copy.deepcopy(node[0]))
        elif action == 4 and isinstance(node, dict) and node:
            key = chance.choice(list(node))
            node[chance.choice(KEYS)] = node.pop(key)
    return mutant


def test_the_repository_has_specs_of_every_version() -> None:
    versions = {version_of(read(path)) for path in SPECS}
    assert versions == {"2.0", "3.0", "3.1"}
    assert len(SPECS) >= 40


@pytest.mark.parametrize("path", SPECS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_answer_is_the_validators_on_every_spec_in_the_repository(
    path: Path,
) -> None:
    document, version = spec_at(path)
    compiled, expected = answers(document, version)
    assert compiled == expected


@pytest.mark.slow
@pytest.mark.parametrize("path", SPECS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_answer_is_the_validators_on_broken_variants_of_each_spec(
    path: Path,
) -> None:
    document, version = spec_at(path)
    chance = random.Random(f"{path.relative_to(ROOT)}")
    invalid = 0
    for number in range(MUTANTS_PER_SPEC):
        mutant = mutate(document, chance)
        compiled, expected = answers(mutant, version)
        assert compiled == expected, f"mutant {number}: {json.dumps(mutant)[:2000]}"
        invalid += not expected
    # (the variants reach what the schema forbids; OpenAPI 3.1's schema
    # leaves Schema Objects, most of a document, to the dialect)
    assert invalid > 0 or version == "3.1"


OPENAPI30 = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
OPENAPI31 = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
SWAGGER = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}


def schema_at(base: dict[str, Any], schema: Any) -> dict[str, Any]:
    document = copy.deepcopy(base)
    if "swagger" in document:
        document["definitions"] = {"S": schema}
    else:
        document["components"] = {"schemas": {"S": schema}}
    return document


def parameter(base: dict[str, Any], **fields: Any) -> dict[str, Any]:
    document = copy.deepcopy(base)
    document["paths"] = {
        "/p": {
            "get": {"parameters": [fields], "responses": {"200": {"description": "ok"}}}
        }
    }
    return document


CORNERS = [
    # draft 4: 1.0 is not an integer, 2020-12: it is
    schema_at(OPENAPI30, {"type": "string", "maxLength": 1.0}),
    schema_at(OPENAPI31, {"type": "string", "maxLength": 1.0}),
    schema_at(SWAGGER, {"type": "string", "maxLength": 1.0}),
    # draft 4 exclusiveMinimum is a flag beside minimum
    schema_at(OPENAPI30, {"type": "number", "multipleOf": 0}),
    schema_at(OPENAPI30, {"type": "number", "multipleOf": 0.5}),
    schema_at(SWAGGER, {"type": "number", "multipleOf": 0}),
    # true is not 1, in enums and in uniqueness
    parameter(OPENAPI30, name="a", **{"in": "query"}, style=True, schema={}),
    schema_at(OPENAPI30, {"enum": [1, True]}),
    schema_at(OPENAPI30, {"required": ["a", "a"]}),
    schema_at(OPENAPI30, {"required": []}),
    schema_at(SWAGGER, {"required": ["a", "a"]}),
    schema_at(OPENAPI30, {"type": "object", "nullable": 1}),
    # a $ref beside other keywords
    schema_at(OPENAPI30, {"$ref": "#/components/schemas/T", "type": "string"}),
    schema_at(OPENAPI31, {"$ref": "#/components/schemas/T", "type": 5}),
    {**OPENAPI30, "tags": [{"name": "a"}, {"name": "a"}]},
    {**OPENAPI30, "tags": [{"name": "a"}, {"name": "a", "x-b": 1}]},
    {
        **OPENAPI31,
        "webhooks": {"w": {"post": {"responses": {"200": {"description": "x"}}}}},
    },
    {
        **OPENAPI31,
        "paths": {
            "/p": {"get": {"responses": {"200": {"description": "x", "bogus": 1}}}}
        },
    },
    {**OPENAPI31, "jsonSchemaDialect": 3},
    {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}},
    {**OPENAPI30, "paths": {"p": {}}},
    {**OPENAPI30, "servers": [{"url": "/", "variables": {"v": {"enum": ["a"]}}}]},
    parameter(OPENAPI31, name="a", **{"in": "path"}, schema={}),
    parameter(OPENAPI31, name="a", **{"in": "path"}, required=True, schema={}),
    parameter(OPENAPI31, name="a", **{"in": "query"}, style="deepObject", schema={}),
    parameter(OPENAPI31, name="a", **{"in": "header"}, style="form", schema={}),
    # oneOf: both alternatives hold
    parameter(
        OPENAPI31, name="a", **{"in": "query"}, schema={}, content={"text/plain": {}}
    ),
    # (multi is a query's and a form's collection format, not a header's)
    *(
        parameter(
            SWAGGER,
            name="a",
            **{"in": where},
            type="array",
            items={"type": "string"},
            collectionFormat="multi",
        )
        for where in ("query", "header")
    ),
]


@pytest.mark.parametrize(
    "document", CORNERS, ids=[f"corner{n}" for n in range(len(CORNERS))]
)
def test_the_answer_is_the_validators_where_drafts_differ(
    document: dict[str, Any],
) -> None:
    version = version_of(document)
    assert version is not None
    compiled, expected = answers(document, version)
    assert compiled == expected


def test_the_corners_include_valid_and_invalid_documents_of_every_version() -> None:
    verdicts = {(version_of(d), answers(d, str(version_of(d)))[1]) for d in CORNERS}
    assert verdicts == {(v, b) for v in VALIDATORS for b in (True, False)}


def test_json_equality_tells_booleans_from_numbers() -> None:
    assert equal(1, 1.0) and not equal(True, 1) and not equal([0], [False])
    assert equal({"a": [1, "x"]}, {"a": [1.0, "x"]}) and not equal({"a": 1}, {"b": 1})
    assert unique([1, True, 0, False]) and not unique([{"a": 1}, {"a": 1.0}])
    assert not unique(["a", "b", "a"])


def test_a_schema_with_a_keyword_it_does_not_know_is_left_to_the_validator() -> None:
    with pytest.raises(Unsupported):
        compile_check(
            {"$schema": "http://json-schema.org/draft-04/schema#", "frobnicate": 1}
        )
    with pytest.raises(Unsupported):
        compile_check({"$schema": "http://json-schema.org/draft-07/schema#"})
    with pytest.raises(Unsupported):
        compile_check(
            {
                "$schema": "http://json-schema.org/draft-04/schema#",
                "$ref": "http://example.com/s",
            }
        )


@pytest.mark.parametrize("version", sorted(VALIDATORS))
def test_the_schema_read_from_the_validators_files_is_the_one_it_checks_against(version: str) -> None:
    from generator.metaschema import _draft4_schema, packaged_json

    folder = f"v{version}"
    assert packaged_json("openapi_spec_validator", "resources", "schemas", folder, "schema.json") == dict(
        VALIDATORS[version].schema_validator.schema
    )
    from jsonschema import Draft4Validator

    assert _draft4_schema() == Draft4Validator.META_SCHEMA
