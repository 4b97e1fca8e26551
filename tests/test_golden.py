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
    write_package(fresh.package_dir, package.files, package.manifest, package.user_owned)
    expected, actual = _tree(fresh.package_dir), _tree(job.package_dir)
    # _patch.py belongs to the user once it exists: it only has to be there.
    assert "_patch.py" in actual
    expected.pop("_patch.py")
    actual.pop("_patch.py")
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
def test_skipping_black_is_sound(job, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`auto` formatting skips black for a module only where black would change
    nothing, so it gives the same bytes as running black on every module."""
    from generator.emit.render import RUNTIME
    from generator.format import black_formatter, needs_black

    raw = generate_package(replace(job, output=tmp_path / "raw"), format_mode="none").files
    forced = generate_package(replace(job, output=tmp_path / "black"), format_mode="black").files
    auto = generate_package(replace(job, output=tmp_path / "auto"), format_mode="auto").files
    assert forced == auto
    black = black_formatter()
    for name, text in raw.items():
        if name.endswith(".py") and not (RUNTIME / name).exists() and not needs_black(text):
            assert black(text) == text, f"{name} skipped black but is not in black's style"


def test_the_seed_client_is_emitted_in_blacks_style_and_never_needs_black(tmp_path: Path) -> None:
    """What makes a cold generation of the seed fast: no module needs black."""
    from generator.emit.render import RUNTIME
    from generator.format import needs_black

    (seed,) = [job for job in JOBS if job.package == "azure_openai_authoring"]
    raw = generate_package(replace(seed, output=tmp_path), format_mode="none").files
    needing = [n for n, t in raw.items() if n.endswith(".py") and not (RUNTIME / n).exists() and needs_black(t)]
    assert needing == []


def test_long_code_lines_are_sent_to_black_and_docstrings_are_not() -> None:
    from generator.format import needs_black

    docstring = '    """' + "word " * 30 + '\n    ' + "word " * 30 + '\n    """\n'
    assert not needs_black("def f():\n" + docstring + "    return 1\n")
    assert needs_black("x = " + " + ".join(["value"] * 20) + "\n")


# (black mode formats the module whole: one spec shows the parts join right)
PARTS_CASES = [(job, mode) for job in JOBS for mode in ("auto", "none")] + [(JOBS[0], "black")]


@pytest.mark.parametrize(("job", "format_mode"), PARTS_CASES, ids=lambda c: getattr(c, "package", c))
def test_models_rendered_in_parts_by_two_processes_are_the_module_rendered_whole(
    job, format_mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """A big spec's models module is rendered and formatted in parts, shared
    with a forked process; one model per part makes every spec big."""
    from generator import pipeline, workshare

    whole = generate_package(replace(job, output=tmp_path / "whole"), format_mode=format_mode)
    monkeypatch.setattr(pipeline, "UNITS_PER_TASK", 1)
    forked = []
    real_share = workshare.share

    def share(tasks, own, *, fork=True):  # type: ignore[no-untyped-def]
        forked.append(fork and len(tasks) > 1)
        return real_share(tasks, own, fork=fork)

    monkeypatch.setattr(workshare, "share", share)
    parts = generate_package(replace(job, output=tmp_path / "parts"), format_mode=format_mode)
    assert parts.files == whole.files
    # (in a fresh folder auto mode formats what it renders at once; black
    # mode formats the other modules after; none mode formats nothing)
    assert forked == [True, format_mode == "black"]
    # Where an earlier run's files might be reused, formatting comes after.
    stale = pipeline.Manifest(raw={"models.py": "stale"})
    monkeypatch.setattr(pipeline.Manifest, "read", classmethod(lambda cls, folder: stale))
    forked.clear()
    again = generate_package(replace(job, output=tmp_path / "again"), format_mode=format_mode)
    assert again.files == whole.files
    assert forked == [True, format_mode != "none"]


def test_a_models_module_formatted_by_the_last_run_is_not_formatted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import format as formatting
    from generator import pipeline

    job = replace(JOBS[0], output=tmp_path)
    monkeypatch.setattr(pipeline, "UNITS_PER_TASK", 1)
    first = generate_package(job)
    write_package(job.package_dir, first.files, first.manifest, first.user_owned)
    formatted: list[str] = []
    real = formatting.format_statements

    def spy(text: str, formatters: object = None) -> str:
        formatted.append(text)
        return real(text)

    monkeypatch.setattr(formatting, "format_statements", spy)
    again = generate_package(job)
    assert again.files == first.files
    assert formatted == []  # (neither its parts nor, being unchanged, any other module)
