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


@pytest.mark.parametrize("job", JOBS, ids=lambda j: j.package)
def test_emitted_code_is_already_blacks_style(job, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What lets `auto` formatting skip black: the emitter writes black's style,
    so black run on every module changes nothing, and both modes agree."""
    from generator.format import black_formatter, needs_black

    raw = generate_package(replace(job, output=tmp_path / "raw"), format_mode="none").files
    forced = generate_package(replace(job, output=tmp_path / "black"), format_mode="black").files
    auto = generate_package(replace(job, output=tmp_path / "auto"), format_mode="auto").files
    from generator.emit.render import RUNTIME

    black = black_formatter()
    for name, text in raw.items():
        if name.endswith(".py"):
            assert black(text) == text, f"{name} is not in black's style as emitted"
            if not (RUNTIME / name).exists():  # the runtime is copied, never formatted
                assert not needs_black(text), name
    assert forced == auto == raw


def test_long_code_lines_are_sent_to_black_and_docstrings_are_not() -> None:
    from generator.format import needs_black

    docstring = '    """' + "word " * 30 + '\n    ' + "word " * 30 + '\n    """\n'
    assert not needs_black("def f():\n" + docstring + "    return 1\n")
    assert needs_black("x = " + " + ".join(["value"] * 20) + "\n")
