"""Real Azure specs, as a user with a checkout of azure-rest-api-specs runs
the generator: the 22 smaller roots of the shared sample (copied into
tests/azure_sample/, see its README) generate without errors, their clients
import, pass `mypy --strict`, and the default (statement-level) formatting
gives the same bytes as black on every module. The eight biggest roots are
measured by benchmarks/azure.py."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import ClientJob
from generator.diagnostics import Level
from generator.pipeline import generate_package
from generator.write import write_package

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "azure_sample"
ROOTS = [row["path"] for row in csv.DictReader((SAMPLE / "sample.tsv").open(encoding="utf-8"), delimiter="\t")]


def package_name(index: int) -> str:
    return f"azure_{index:02d}"


def generate(index: int, output: Path, format_mode: str = "auto") -> dict[str, str]:
    job = ClientJob(SAMPLE / ROOTS[index], output, package_name(index), SAMPLE)
    package = generate_package(job, format_mode=format_mode)
    assert not [d for d in package.diagnostics if d.level is Level.ERROR]
    write_package(package.job.package_dir, package.files, package.manifest, package.user_owned)
    return package.files


@pytest.mark.parametrize("index", range(len(ROOTS)), ids=lambda i: ROOTS[i].split("/")[1])
def test_a_real_root_generates_and_its_client_imports(index: int, tmp_path: Path) -> None:
    generate(index, tmp_path)
    name = package_name(index)
    imported = subprocess.run(
        [sys.executable, "-c", f"import {name}, {name}.models; {name}.Client; {name}.AsyncClient"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert imported.returncode == 0, imported.stderr


@pytest.mark.slow  # black on every module of four real clients
@pytest.mark.parametrize("index", [ROOTS.index(r) for r in ROOTS if "apicenter" in r or "storageimportexport" in r or "digitaltwins" in r or "signalr" in r])
def test_statement_level_formatting_is_byte_identical_to_black(index: int, tmp_path: Path) -> None:
    auto = generate(index, tmp_path / "auto")
    forced = generate(index, tmp_path / "black", format_mode="black")
    assert [name for name in auto if auto[name] != forced[name]] == []


@pytest.mark.slow  # mypy on eleven real clients
@pytest.mark.parametrize("half", [0, 1])
def test_every_real_client_passes_mypy_strict(half: int, tmp_path: Path) -> None:
    names = []
    for index in range(half, len(ROOTS), 2):
        generate(index, tmp_path, format_mode="none")
        names.append(package_name(index))
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *(f"-p{n}" for n in names)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert checked.returncode == 0, checked.stdout[-5000:]
