"""Golden files: every configured client, regenerated into a temporary folder,
is byte for byte what generated/ holds."""

from __future__ import annotations

import difflib
from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import read_config
from generator.pipeline import generate_package
from generator.write import MANIFEST, write_package

from .conftest import ROOT

JOBS = read_config(ROOT / "pyproject.toml")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


@pytest.mark.parametrize("job", JOBS, ids=lambda j: j.package)
def test_generated_code_is_what_the_spec_produces(job, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fresh = replace(job, output=tmp_path)
    package = generate_package(fresh)
    write_package(fresh.package_dir, package.files, package.manifest)
    expected, actual = _tree(fresh.package_dir), _tree(job.package_dir)
    actual = {k: v for k, v in actual.items() if k in expected or k != "_patch.py"}
    if expected != actual:
        diff: list[str] = []
        for name in sorted(set(expected) | set(actual)):
            if expected.get(name) != actual.get(name):
                diff += difflib.unified_diff(
                    actual.get(name, b"").decode().splitlines(keepends=True),
                    expected.get(name, b"").decode().splitlines(keepends=True),
                    f"generated/{job.package}/{name} (checked in)",
                    f"{name} (from the spec)",
                )
        pytest.fail(
            "generated/ is not what the spec produces; run `python -m generator generate`"
            " and commit the result.\n" + "".join(diff[:400])
        )
    assert MANIFEST in expected
