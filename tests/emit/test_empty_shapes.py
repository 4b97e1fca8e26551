"""Specs at the edges of what a client can hold, as the public corpus has
them: no schemas at all (only plain parameters and untyped answers) and no
operations at all (only schemas, as a webhooks-only document gives). Both
give modules that are already in black's style and that import."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import black

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.write import write_package

NO_SCHEMAS: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Bare", "version": "1"},
    "servers": [{"url": "https://bare.example.com"}],
    "paths": {
        "/ask": {
            "get": {
                "operationId": "ask",
                "parameters": [{"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The answer.", "content": {"text/plain": {"schema": {"type": "string"}}}}},
            }
        }
    },
}

NO_OPERATIONS: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Hooks", "version": "1"},
    "paths": {},
    "webhooks": {"ping": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ping"}}}}, "responses": {"200": {"description": "ok"}}}}},
    "components": {"schemas": {"Ping": {"type": "object", "properties": {"zen": {"type": "string"}}}}},
}


def generate(document: dict[str, Any], name: str, folder: Path) -> tuple[Path, list[str]]:
    spec = folder / f"{name}.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    package = generate_package(ClientJob(spec, folder / "out", name, folder))
    write_package(package.job.package_dir, package.files, package.manifest, package.user_owned)
    return package.job.package_dir, [d.format() for d in package.diagnostics]


def assert_black_clean_and_importable(package: Path) -> None:
    mode = black.Mode(target_versions={black.TargetVersion.PY310})
    for module in package.glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert black.format_str(text, mode=mode) == text, module.name
    sys.path.insert(0, str(package.parent))
    try:
        importlib.invalidate_caches()
        importlib.import_module(package.name)
        importlib.import_module(f"{package.name}.models")
    finally:
        sys.path.remove(str(package.parent))


def test_a_spec_without_schemas_gives_an_empty_models_module(tmp_path: Path) -> None:
    package, _ = generate(NO_SCHEMAS, "bare_client", tmp_path)
    assert "__all__: list[str] = []" in (package / "models.py").read_text(encoding="utf-8")
    assert_black_clean_and_importable(package)


def test_a_spec_without_operations_gives_its_models_and_says_why(tmp_path: Path) -> None:
    package, diagnostics = generate(NO_OPERATIONS, "hooks_client", tmp_path)
    assert "class Ping" in (package / "models.py").read_text(encoding="utf-8")
    assert any("webhooks are not supported yet" in d for d in diagnostics), diagnostics
    assert_black_clean_and_importable(package)
