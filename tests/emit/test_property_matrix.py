"""Every combination of what a spec can say about a property (x-nullable,
readOnly, x-ms-secret, x-ms-mutability, required, a default) gives a model
that `mypy --strict` accepts and that works: built from the operation's
keyword arguments without read-only values, read back from a response with
every value and with nulls, and never showing a secret in its repr."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.write import write_package

MUTABILITY = (None, ["read"], ["create", "read"], ["update", "read"])


def matrix() -> list[tuple[str, dict[str, Any], bool]]:
    """(wire name, schema, required) for every combination."""
    rows = []
    for nullable, read_only, secret, mutability, required, default in itertools.product(
        (False, True), (False, True), (False, True), MUTABILITY, (False, True), (False, True)
    ):
        schema: dict[str, Any] = {"type": "string"}
        if nullable:
            schema["x-nullable"] = True
        if read_only:
            schema["readOnly"] = True
        if secret:
            schema["x-ms-secret"] = True
        if mutability:
            schema["x-ms-mutability"] = mutability
        if default:
            schema["default"] = "d"
        name = "p{}{}{}{}{}{}".format(
            int(nullable), int(read_only), int(secret), MUTABILITY.index(mutability), int(required), int(default)
        )
        rows.append((name, schema, required))
    return rows


def spec() -> dict[str, Any]:
    rows = matrix()
    thing = {
        "type": "object",
        "properties": {name: schema for name, schema, _ in rows},
        "required": [name for name, _, required in rows if required],
    }
    body = {"name": "thing", "in": "body", "required": True, "schema": {"$ref": "#/definitions/Thing"}}
    return {
        "swagger": "2.0",
        "info": {"title": "Matrix", "version": "1"},
        "host": "matrix.example.com",
        "schemes": ["https"],
        "paths": {
            "/things": {"put": {"operationId": "Things_Put", "parameters": [body], "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}}}},
            "/wrapped": {"put": {"operationId": "Things_PutWrapped", "parameters": [{**body, "schema": {"$ref": "#/definitions/Holder"}}], "responses": {"204": {"description": "ok"}}}},
        },
        "definitions": {
            "Thing": thing,
            # A model sent inside another (not flattened): its read-only values are not asked for either.
            "Holder": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/definitions/Thing"}}, "one": {"$ref": "#/definitions/Thing"}}},
        },
    }


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("matrix")
    (folder / "spec.json").write_text(json.dumps(spec()), encoding="utf-8")
    generated = generate_package(ClientJob(folder / "spec.json", folder / "out", "matrix", folder))
    write_package(generated.job.package_dir, generated.files, generated.manifest, generated.user_owned)
    return folder / "out"


@pytest.mark.slow  # mypy on a generated package
def test_every_combination_type_checks(package: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "matrix"],
        cwd=package, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout


SCRIPT = """
import json, httpx, matrix
from matrix import models

rows = {rows}
sent = []

def answer(request):
    sent.append(json.loads(request.content) if request.content else None)
    full = {{name: "v-" + name for name, _, _ in rows}}
    return httpx.Response(200, json=full) if request.url.path == "/things" else httpx.Response(204)

client = matrix.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)), token="t")
import inspect
signature = inspect.signature(client.things.put).parameters
# Read-only values (readOnly, x-ms-mutability ["read"]) are not arguments.
never_sent = {{n for n, s, _ in rows if s.get("readOnly") or s.get("x-ms-mutability") == ["read"]}}
assert not never_sent & set(signature), never_sent & set(signature)
writable = [n for n, p in signature.items() if n in dict.fromkeys(r[0] for r in rows) and p.default is inspect.Parameter.empty]
thing = client.things.put(**{{name: "w" for name in writable}})
assert all(getattr(thing, name) == "v-" + name for name, _, _ in rows), thing
assert not never_sent & set(sent[0]), sent[0]
# Nulls read back as None; a secret never shows in repr().
nulls = models.Thing.from_dict({{name: None for name, _, _ in rows}})
assert all(getattr(nulls, name) is None for name, _, _ in rows)
assert "v-p0010" not in repr(thing) and "v-p1010" not in repr(thing)
# A model sent inside another needs no read-only value either.
inner = models.Thing(**{{name: "w" for name in writable}})
client.things.put_wrapped(items=[inner], one=inner)
print("ok")
"""


def test_every_combination_builds_reads_and_hides_secrets(package: Path) -> None:
    rows = [(name, schema, required) for name, schema, required in matrix()]
    script = SCRIPT.format(rows=repr(rows))
    result = subprocess.run([sys.executable, "-c", script], cwd=package, capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "ok", result.stderr
