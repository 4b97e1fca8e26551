"""Spec text never becomes code: whatever a spec (or its file name) puts in a
slot that ends up in a comment, a docstring, a string literal, an identifier,
TOML or Markdown, the generated package has the same shape as with plain
text there: the same statements (AST), the same TOML keys, the same Markdown
lines. Random texts are drawn from every Unicode category that has line
breaks, quotes, escapes or control characters."""

from __future__ import annotations

import ast
import json
import os
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.config import ClientJob
from generator.emit.docstrings import normalize
from generator.emit.literals import (
    comment,
    md_code,
    md_text,
    one_line,
    py_literal,
    toml_str,
)
from generator.pipeline import generate_package

TRICKY = "\n\r\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff\x7f\"'\\`|#*<>{}[]$%;\t"
TEXTS = st.text(
    st.one_of(st.sampled_from(TRICKY), st.characters(blacklist_categories=("Cs",))),
    min_size=0,
    max_size=30,
)
FILE_NAMES = st.text(
    st.one_of(
        st.sampled_from("\n\r\x85\u2028\"'\\#;"),
        st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
    ),
    min_size=1,
    max_size=20,
)
DERANDOMIZE = bool(os.environ.get("CI"))


def document(text: str) -> dict[str, Any]:
    """A spec whose every free-text slot, and every name slot (behind a fixed
    letter, so that the name stays a name), holds `text`."""
    name = "p" + text
    return {
        "swagger": "2.0",
        "info": {"title": text or "T", "version": "1" + text, "description": "Markdown, as it is."},
        "securityDefinitions": {
            "key": {
                "type": "apiKey",
                "in": "query",
                "name": "k" + one_line(text).replace("\\", ""),
            }
        },
        "security": [{"key": []}],
        "tags": [{"name": "t" + text, "description": text}],
        "paths": {
            "/things/{id}": {
                "post": {
                    "operationId": "Things_Do",
                    "tags": ["t" + text],
                    "summary": text,
                    "description": text,
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "type": "string",
                            "description": text,
                        },
                        {
                            "name": name,
                            "in": "query",
                            "type": "string",
                            "default": text,
                            "description": text,
                        },
                        {
                            "name": "flag",
                            "in": "query",
                            "type": "string",
                            "x-ms-client-default": text,
                        },
                        {
                            "name": "body",
                            "in": "body",
                            "schema": {"$ref": "#/definitions/Thing"},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": text,
                            "schema": {"$ref": "#/definitions/Thing"},
                        },
                        "default": {"description": text},
                    },
                }
            }
        },
        "definitions": {
            "Thing": {
                "type": "object",
                "description": text,
                "properties": {
                    name: {"type": "string", "description": text, "default": text},
                    "kind": {
                        "type": "string",
                        "enum": ["a" + text, "b"],
                        "x-ms-enum": {
                            "name": "Kind",
                            "modelAsString": True,
                            "values": [
                                {"value": "a" + text, "description": text},
                                {"value": "b"},
                            ],
                        },
                    },
                    "fixed": {"type": "string", "enum": ["c" + text]},
                },
            }
        },
    }


def as_openapi3(swagger: dict[str, Any]) -> dict[str, Any]:
    """The same document in OpenAPI 3.0 (as swagger2openapi writes it): the
    hostile text reaches the OpenAPI 3 front end through the same slots."""
    text = json.dumps(swagger).replace("#/definitions/", "#/components/schemas/")
    document = json.loads(text)
    for item in document["paths"].values():
        for operation in item.values():
            parameters = []
            for parameter in operation["parameters"]:
                if parameter["in"] == "body":
                    operation["requestBody"] = {"content": {"application/json": {"schema": parameter["schema"]}}}
                    continue
                schema = {k: parameter.pop(k) for k in ("type", "default") if k in parameter}
                parameters.append({**parameter, "schema": schema})
            operation["parameters"] = parameters
            for response in operation["responses"].values():
                if "schema" in response:
                    response["content"] = {"application/json": {"schema": response.pop("schema")}}
    return {
        "openapi": "3.0.3",
        "info": document["info"],
        "security": document["security"],
        "tags": document["tags"],
        "paths": document["paths"],
        "components": {"schemas": document["definitions"], "securitySchemes": document["securityDefinitions"]},
    }


def shape(source: str) -> str:
    """The module's statements with every name and constant blanked out
    (and without imports, which follow from which helpers the names need)."""
    tree = ast.parse(source)
    tree.body = [
        n for n in tree.body if not isinstance(n, (ast.Import, ast.ImportFrom))
    ]
    for node in ast.walk(tree):
        for attribute in ("id", "arg", "attr", "name", "asname", "module"):
            if isinstance(getattr(node, attribute, None), str):
                setattr(node, attribute, "_")
        if isinstance(node, ast.Constant):
            node.value = "_" if isinstance(node.value, str) else node.value
    return ast.dump(tree, include_attributes=False)


def generate(folder: Path, spec_name: str, text: str, front: str = "swagger") -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / spec_name
    written = document(text) if front == "swagger" else as_openapi3(document(text))
    spec.write_text(json.dumps(written), encoding="utf-8")
    package = generate_package(
        ClientJob(spec, folder / "out", "client", folder), format_mode="none"
    )
    return package.files


def readme_structure(text: str) -> list[str]:
    """The README's skeleton: which lines are headings, table rows, fences."""
    return [
        line[:2] for line in text.splitlines() if line.startswith(("#", "|", "```"))
    ]


BASELINES: dict[tuple[str, bool], dict[str, str]] = {}


@settings(
    max_examples=30,
    deadline=None,
    derandomize=DERANDOMIZE,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS, spec_name=FILE_NAMES)
@example(text='"""\nimport os\n#', spec_name="a\nimport os\n.json")
@example(text="\u2028x = 1\x85y = 2\r\nz = 3", spec_name="x\u2028y\x85.json")
@example(
    text="'''\\\n\" + __import__('os').system('echo pwned') + \"", spec_name="\\.json"
)
@pytest.mark.parametrize("front", ["swagger", "openapi3"])
def test_spec_text_lands_only_as_text(
    front: str, text: str, spec_name: str, tmp_path_factory: Any
) -> None:
    # Text that is only blanks and control characters makes no docstring.
    blank = not normalize(text)
    if (front, blank) not in BASELINES:
        BASELINES[(front, blank)] = generate(
            tmp_path_factory.mktemp("plain"), "spec.json", "" if blank else "plain", front
        )
    BASELINE = BASELINES[(front, blank)]
    files = generate(tmp_path_factory.mktemp("hostile"), spec_name + ".json", text, front)
    assert sorted(files) == sorted(BASELINE)
    for name, source in files.items():
        if name.endswith(".py"):
            assert shape(source) == shape(BASELINE[name]), name
            # Every comment line is one line of the file, whatever the text.
            assert all(
                line.count("# Generated from") <= 1 for line in source.split("\n")
            )
    toml = tomllib.loads(files["pyproject.toml"])
    assert toml.keys() == tomllib.loads(BASELINE["pyproject.toml"]).keys()
    assert toml["project"]["description"] == (" ".join((text or "T").split()) or "client")
    # The README's headings, table rows and fences are the same lines.
    assert readme_structure(files["README.md"]) == readme_structure(BASELINE["README.md"])


@given(text=TEXTS)
@settings(max_examples=300, derandomize=DERANDOMIZE)
def test_each_escape_keeps_its_context(text: str) -> None:
    # A comment, a Markdown cell, a code span: one line each, whatever the text.
    for escaped in (comment(text), md_text(text), md_code(text)):
        assert len(escaped.splitlines()) <= 1 and "\n" not in escaped
    assert len(ast.parse(f"x = 1  # {comment(text)}\ny = 2").body) == 2
    # A literal evaluates to the text itself; a TOML string reads back as it.
    assert ast.literal_eval(py_literal(text)) == text
    assert tomllib.loads(f"v = {toml_str(text)}")["v"] == text
    assert "|" not in md_text(text).replace("\\|", "")
