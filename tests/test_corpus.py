"""Ten specs of the public corpus (tests/corpus, see its README) generate
without errors, import, and (slow) pass `mypy --strict` and `black --check`:
the part of `benchmarks/corpus.py` that CI runs on every change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.write import write_package

from .conftest import ROOT

SPECS = sorted((ROOT / "tests" / "corpus").glob("*.json"))


def package_of(spec: Path) -> str:
    return "corpus_" + "".join(c if c.isalnum() else "_" for c in spec.stem).lower()


def generate(spec: Path, out: Path) -> Path:
    name = package_of(spec)
    package = generate_package(ClientJob(spec, out, name, spec.parent))  # raises on errors
    write_package(package.job.package_dir, package.files, package.manifest, package.user_owned)
    return out / name


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("corpus")
    return {spec.name: generate(spec, out) for spec in SPECS}


def test_the_ten_specs_are_there() -> None:
    assert len(SPECS) == 10


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_each_generates_and_imports(spec: Path, tmp_path: Path) -> None:
    folder = generate(spec, tmp_path)
    name = folder.name
    done = subprocess.run(
        [sys.executable, "-c", f"import {name}, {name}.models; {name}.Client"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
@pytest.mark.xdist_group("corpus")
def test_all_pass_mypy_strict_and_black(generated: dict[str, Path]) -> None:
    folders = [str(p) for p in generated.values()]
    root = next(iter(generated.values())).parent
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", *(Path(f).name for f in folders)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert typed.returncode == 0, typed.stdout[-3000:]
    styled = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--target-version", "py310", *folders],
        capture_output=True,
        text=True,
        check=False,
    )
    assert styled.returncode == 0, styled.stderr[-3000:]
