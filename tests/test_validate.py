"""openapi-spec-validator's findings as diagnostics: warnings by default,
errors with --strict, cached by content, always run by `validate`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.validate import json_path_to_pointer

from .conftest import ROOT, SEED_DIR

FALSE_POSITIVE = "'file' is not valid under any of the given schemas"
FINDING = "openapi-spec-validator: 'banana' is not valid under any of the given schemas (at $.type)"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def seed_copy(tmp_path: Path) -> Path:
    shutil.copytree(SEED_DIR, tmp_path / "spec")
    return tmp_path / "spec" / "azure-openai-catalog.yml"


def test_a_file_response_is_valid_swagger_and_not_reported(tmp_path: Path) -> None:
    # Swagger 2.0 allows `type: file` for a response's schema; the validator
    # checks the schema alone and says it is not valid: a known false positive.
    spec = seed_copy(tmp_path)
    result = run("generate", str(spec), "--output", "out", "--package", "seed", cwd=tmp_path)
    assert result.returncode == 0
    assert FALSE_POSITIVE not in result.stderr
    assert run("validate", str(spec), cwd=tmp_path).stdout.strip().endswith("azure-openai-catalog.yml: valid")


def test_a_finding_without_a_location_has_no_line_and_one_with_a_path_has_its_own(tmp_path: Path) -> None:
    shutil.copy(ROOT / "tests" / "bad_specs" / "unknown_type.yml", tmp_path / "spec.yml")
    lines = run("generate", "spec.yml", "--output", "out", "--package", "u", cwd=tmp_path).stderr.splitlines()
    assert f"spec.yml: warning W001 (spec-validator): {FINDING}" in lines  # not `spec.yml:1:`
    assert any(line.startswith("spec.yml:10: /paths/~1things/get/responses/200: warning W001 (spec-validator): openapi-spec-validator:") for line in lines)


def test_strict_makes_every_warning_an_error_and_writes_nothing(tmp_path: Path) -> None:
    shutil.copy(ROOT / "tests" / "bad_specs" / "unknown_type.yml", tmp_path / "spec.yml")
    result = run("generate", "spec.yml", "--output", "out", "--package", "u", "--strict", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert f"spec.yml: error W001 (spec-validator): {FINDING}" in lines
    assert any("error W002 (unknown-type): unknown type 'banana'" in line for line in lines)
    assert not (tmp_path / "out").exists()


def test_the_verdict_is_cached_by_content(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import generator.validate as validate

    spec = seed_copy(tmp_path)
    inputs = [spec]
    first = validate.validation_findings(spec, inputs)
    monkeypatch.setattr(validate, "run_validator", lambda root: (_ for _ in ()).throw(AssertionError("ran again")))
    assert validate.validation_findings(spec, inputs) == first
    spec.write_text(spec.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.undo()
    assert validate.validation_findings(spec, inputs) == first  # changed content: validated again


def test_validate_always_runs_and_exits_1_on_findings(tmp_path: Path) -> None:
    shutil.copy(ROOT / "tests" / "bad_specs" / "unknown_type.yml", tmp_path / "spec.yml")
    found = run("validate", "spec.yml", cwd=tmp_path)
    assert found.returncode == 1 and FINDING in found.stdout
    clean = run("validate", str(ROOT / "tests" / "features" / "paging" / "spec.yml"), cwd=tmp_path)
    assert clean.returncode == 0 and clean.stdout.strip().endswith("spec.yml: valid")


def test_json_paths_become_pointers_with_lines() -> None:
    assert json_path_to_pointer("$.paths['/things'].get.responses['200']") == "/paths/~1things/get/responses/200"
    assert json_path_to_pointer("$.definitions.X.properties.a") == "/definitions/X/properties/a"
    assert json_path_to_pointer("$.type") is None  # relative to the schema the validator checked
    assert json_path_to_pointer("$") is None or json_path_to_pointer("$") == ""


def _two_files(folder: Path) -> tuple[Path, Path]:
    (folder / "defs.yml").write_text("Thing:\n  type: object\n  properties:\n    a: {type: string}\n", encoding="utf-8")
    root = folder / "spec.yml"
    root.write_text(
        "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths:\n  /t:\n    get:\n      operationId: T_Get\n"
        "      responses:\n        '200': {description: ok, schema: {$ref: './defs.yml#/Thing'}}\n",
        encoding="utf-8",
    )
    return root, folder / "defs.yml"


def test_the_validator_starts_before_the_ir_and_a_verdict_cached_for_every_file_stops_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import yaml

    from generator.validate import PendingValidation, _digests, validation_findings

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root, defs = _two_files(tmp_path)
    pending = PendingValidation(root, yaml.safe_load(root.read_text(encoding="utf-8")))
    running = pending._process
    assert running is not None and running.is_alive()  # knowing only the root file
    pending.inputs(_digests([root, defs]))  # what the IR read: no verdict cached for both yet
    assert pending._process is running
    first = pending.result()
    assert not running.is_alive()
    # cached under both files' content: the next run's validator is stopped
    again = PendingValidation(root, yaml.safe_load(root.read_text(encoding="utf-8")))
    process = again._process
    again.inputs(_digests([root, defs]))
    assert again._process is None and not process.is_alive() and again.result() == first
    # a change to the file the root refers to is a new verdict, not the cached one
    defs.write_text(defs.read_text(encoding="utf-8").replace("string", "banana"), encoding="utf-8")
    changed = PendingValidation(root, yaml.safe_load(root.read_text(encoding="utf-8")))
    changed.inputs(_digests([root, defs]))
    assert changed._process is not None
    found = changed.result()
    assert any("banana" in message for message, _ in found) and found != first
    assert validation_findings(root, [root, defs]) == found  # cached under the new content


def test_files_too_big_together_for_every_check_restart_it_with_the_schemas_only(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import generator.validate as validate
    from generator.validate import _digests

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root, defs = _two_files(tmp_path)
    monkeypatch.setattr(validate, "FULL_CHECK_BYTES", root.stat().st_size)  # the root alone fits
    pending = validate.PendingValidation(root)
    first = pending._process
    assert pending._full
    pending.inputs(_digests([root, defs]))
    assert not pending._full and pending._process is not first and not first.is_alive()
    pending.cancel()


def test_a_run_that_fails_leaves_no_validator_running(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import multiprocessing

    import pytest

    from generator.config import ClientJob
    from generator.diagnostics import GenerationFailed
    from generator.pipeline import generate_package

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shutil.copy(ROOT / "tests" / "bad_specs" / "dangling_ref.yml", tmp_path / "spec.yml")
    with pytest.raises(GenerationFailed):
        generate_package(ClientJob(tmp_path / "spec.yml", tmp_path / "out", "x", tmp_path), validate=True)
    assert multiprocessing.active_children() == []


VERDICT_SPECS = [
    SEED_DIR / "azure-openai-catalog.yml",
    ROOT / "tests" / "features" / "openapi3" / "spec.yaml",
    ROOT / "tests" / "features" / "models" / "spec.yml",
    ROOT / "tests" / "bad_specs" / "infinite_defaults.yml",
    ROOT / "tests" / "bad_specs" / "missing_path_parameter.yml",
    ROOT / "tests" / "bad_specs" / "unknown_type.yml",
    ROOT / "tests" / "corpus" / "adyen.com__BalancePlatformTransferNotification-v3.json",
]


@pytest.mark.parametrize("spec", VERDICT_SPECS, ids=lambda p: p.name)
@pytest.mark.parametrize("full", [True, False])
def test_the_compiled_schema_check_changes_no_verdict(spec: Path, full: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the compiled check says the OpenAPI schema holds, the validator
    skips its own (slow) schema pass: the findings are the same."""
    import json

    import yaml

    from generator import validate

    text = spec.read_text(encoding="utf-8")
    document = json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)
    shortcut = validate.run_validator(spec, document, full=full)
    monkeypatch.setattr(validate, "_satisfies_schema", lambda spec: False)
    assert shortcut == validate.run_validator(spec, document, full=full)


def test_the_verdicts_compared_include_findings_beyond_the_schema() -> None:
    import yaml

    from generator import validate

    findings = []
    for spec in VERDICT_SPECS:
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        if validate._satisfies_schema(document):
            findings += validate.run_validator(spec, document, full=True)
    assert findings  # (a spec whose schema holds and that still has findings)


def test_a_validator_that_fails_is_said_in_one_short_line(tmp_path: Path) -> None:
    """openapi-spec-validator cannot follow a `$ref` to an anchor of another
    `$id` resource and raises with the whole document in its message: the
    warning quoted all of it (13 MB for a big spec). Its start says why."""
    from generator.validate import run_validator

    filler = {f"S{i}": {"type": "object", "description": "x" * 200} for i in range(50)}
    document = {
        "openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {},
        "components": {"schemas": {
            "Thing": {"$id": "https://t.example.com/thing", "type": "object", "properties": {"p": {"$ref": "#point"}}},
            "Point": {"$anchor": "point", "type": "object"}, **filler,
        }},
    }
    findings = run_validator(tmp_path / "spec.json", document)
    assert [message[:52] for message, _ in findings] == ["could not check the spec (NoSuchAnchor: 'point' does"]
    assert all(len(message) < 400 for message, _ in findings)
