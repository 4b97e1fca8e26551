"""The generator writes and deletes only inside the package folder it owns,
reads specs and examples only below the allowed root, and prints spec text
only as escaped single lines; see SECURITY.md for the threat model.

Each test plays the attacker: a tampered manifest, a spec file name, a config
or a symbolic link, and checks that nothing outside the package changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, Level

from .conftest import ROOT

SPEC = {
    "swagger": "2.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "Things_Get",
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args, "--no-validate"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def generated(tmp_path: Path) -> Path:
    """A project with a spec, generated once: `out/client` exists."""
    (tmp_path / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    result = run(
        "generate", "spec.json", "--output", "out", "--package", "client", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    return tmp_path / "out" / "client"


def tamper(package: Path, *entries: str) -> None:
    manifest = package / ".generator-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for entry in entries:
        data["files"][entry] = "0" * 64
    manifest.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "entry",
    [
        "../../victim.txt",
        "{victim}",
        "sub/../../../victim.txt",
        "..\\..\\victim.txt",
        "C:/victim.txt",
        "./models.py",
    ],
)
def test_a_manifest_entry_outside_the_package_stops_the_run_and_nothing_is_removed(
    tmp_path: Path, entry: str
) -> None:
    package = generated(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    # Make the next run remove what the manifest lists: change the spec.
    (tmp_path / "spec.json").write_text(
        json.dumps({**SPEC, "info": {"title": "U", "version": "2"}}), encoding="utf-8"
    )
    tamper(package, entry.format(victim=victim))
    before = tree(tmp_path)
    result = run(
        "generate", "spec.json", "--output", "out", "--package", "client", cwd=tmp_path
    )
    assert result.returncode == 2, result.stderr
    assert "out/client/.generator-manifest.json: /files: error:" in result.stderr
    assert "nothing was written or removed" in result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert tree(tmp_path) == before


def test_a_manifest_entry_through_a_symbolic_link_out_of_the_package_is_refused(
    tmp_path: Path,
) -> None:
    package = generated(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "precious.py").write_text("keep me", encoding="utf-8")
    (package / "sub").symlink_to(outside, target_is_directory=True)
    tamper(package, "sub/precious.py")
    result = run(
        "generate",
        "spec.json",
        "--output",
        "out",
        "--package",
        "client",
        "--full",
        cwd=tmp_path,
    )
    assert result.returncode == 2, result.stderr
    assert (
        "'sub/precious.py' leads outside the package through a symbolic link"
        in result.stderr
    )
    assert (outside / "precious.py").read_text(encoding="utf-8") == "keep me"


def test_a_symlinked_package_folder_is_refused_unless_allowed(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    target = tmp_path / "somebody_elses"
    target.mkdir()
    (target / "models.py").write_text("theirs", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "client").symlink_to(target, target_is_directory=True)
    refused = run(
        "generate", "spec.json", "--output", "out", "--package", "client", cwd=tmp_path
    )
    assert refused.returncode == 2
    assert (
        "is a symbolic link" in refused.stderr
        and "--allow-external-output" in refused.stderr
    )
    assert (target / "models.py").read_text(encoding="utf-8") == "theirs"
    allowed = run(
        "generate",
        "spec.json",
        "--output",
        "out",
        "--package",
        "client",
        "--allow-external-output",
        cwd=tmp_path,
    )
    assert allowed.returncode == 0, allowed.stderr
    assert (target / "models.py").read_text(encoding="utf-8") != "theirs"


def _config(tmp_path: Path, extra: str = "") -> Path:
    project = tmp_path / "project"
    project.mkdir()
    (project / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    (project / "pyproject.toml").write_text(
        f'[tool.generator]\n{extra}\n[[tool.generator.clients]]\nspec = "spec.json"\noutput = "../outside"\npackage = "client"\n',
        encoding="utf-8",
    )
    return project


def test_a_config_output_outside_its_folder_is_refused(tmp_path: Path) -> None:
    project = _config(tmp_path)
    result = run("generate", cwd=project)
    assert result.returncode == 2
    assert "output: error: the package folder" in result.stderr
    assert (
        "is outside" in result.stderr
        and "allow_external_output = true" in result.stderr
    )
    assert not (tmp_path / "outside").exists()


def test_a_config_output_outside_its_folder_is_written_when_the_config_allows_it(
    tmp_path: Path,
) -> None:
    project = _config(tmp_path, "allow_external_output = true")
    result = run("generate", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "outside" / "client" / "models.py").is_file()


def _shared_types_layout(tmp_path: Path) -> Path:
    """Azure's layout: a spec several levels down refers to common types
    higher up (`../../../common-types/...`)."""
    common = tmp_path / "specs" / "common-types" / "types.json"
    common.parent.mkdir(parents=True)
    common.write_text(
        json.dumps(
            {
                "definitions": {
                    "Thing": {
                        "type": "object",
                        "properties": {"id": {"type": "string"}},
                    }
                }
            }
        ),
        encoding="utf-8",
    )
    spec = tmp_path / "specs" / "service" / "stable" / "2024-01-01" / "spec.json"
    spec.parent.mkdir(parents=True)
    document = json.loads(json.dumps(SPEC))
    document["paths"]["/things"]["get"]["responses"]["200"]["schema"] = {
        "$ref": "../../../common-types/types.json#/definitions/Thing"
    }
    spec.write_text(json.dumps(document), encoding="utf-8")
    return spec


def test_root_lets_a_spec_reach_shared_files_above_its_folder(tmp_path: Path) -> None:
    spec = _shared_types_layout(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    refused = run(
        "generate", str(spec), "--output", "out", "--package", "client", cwd=elsewhere
    )
    assert refused.returncode == 2
    assert (
        "pass --root DIR" in refused.stderr
        and "the default is the config's folder" in refused.stderr
    )
    allowed = run(
        "generate",
        str(spec),
        "--output",
        "out",
        "--package",
        "client",
        "--root",
        str(tmp_path / "specs"),
        cwd=elsewhere,
    )
    assert allowed.returncode == 0, allowed.stderr
    assert "class Thing" in (elsewhere / "out" / "client" / "models.py").read_text(
        encoding="utf-8"
    )


def test_the_current_folder_is_the_root_when_the_spec_is_below_it(
    tmp_path: Path,
) -> None:
    spec = _shared_types_layout(tmp_path)
    result = run(
        "generate",
        str(spec.relative_to(tmp_path)),
        "--output",
        "out",
        "--package",
        "client",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "name",
    [
        "os",
        "json",
        "httpx",
        "typing",
        "typing_extensions",
        "class",
        "None",
        "__pycache__",
        "__init__",
        "1st",
    ],
)
def test_package_names_that_shadow_a_module_or_cannot_be_imported_are_refused(
    tmp_path: Path, name: str
) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    result = run(
        "generate", "spec.json", "--output", "out", "--package", name, cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"--package: error: package name {name!r} ")
    assert not (tmp_path / "out").exists()


def test_a_spec_file_name_with_line_breaks_stays_a_comment(tmp_path: Path) -> None:
    name = "x\nimport os; os.system('echo pwned')\r#\u2028.json"
    (tmp_path / name).write_text(json.dumps(SPEC), encoding="utf-8")
    result = run(
        "generate", name, "--output", "out", "--package", "client", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    models = (tmp_path / "out" / "client" / "models.py").read_text(encoding="utf-8")
    assert (
        models.splitlines()[0]
        == "# Generated from x\\x0aimport os; os.system('echo pwned')\\x0d#\\u2028.json; do not edit (regenerate instead)."
    )
    assert (
        "pwned"
        not in subprocess.run(
            [sys.executable, "-c", "import client"],
            cwd=tmp_path / "out",
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    )
    # The summary line names the folder on one line too.
    assert len(result.stdout.splitlines()) == 1


def test_a_diagnostic_is_one_line_whatever_the_spec_puts_in_it() -> None:
    forged = Diagnostic(
        "spec\n.yml",
        3,
        "/paths/~1a\r\nspec.yml:1: error: forged",
        Level.WARNING,
        "name 'a\nb\x1b[2J'",
    )
    text = forged.format()
    assert "\n" not in text and "\r" not in text and "\x1b" not in text
    assert (
        text
        == "spec\\x0a.yml:3: /paths/~1a\\x0d\\x0aspec.yml:1: error: forged: warning: name 'a\\x0ab\\x1b[2J'"
    )


def test_spec_text_in_diagnostics_cannot_forge_a_second_line(tmp_path: Path) -> None:
    document = json.loads(json.dumps(SPEC))
    document["paths"]["/things"]["get"]["responses"]["200"]["schema"] = {
        "$ref": "#/definitions/X\nspec.json:1: error: forged"
    }
    (tmp_path / "spec.json").write_text(json.dumps(document), encoding="utf-8")
    result = run(
        "generate", "spec.json", "--output", "out", "--package", "client", cwd=tmp_path
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[1].startswith("error: nothing was written"), lines
    assert "has no /definitions/X\\x0aspec.json:1: error: forged;" in lines[0]
