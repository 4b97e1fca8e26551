"""The acceptance suite's gate: a full run fails below the target, or when a
scenario is neither verified nor explained in EXEMPT.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .acceptance import coverage


def write(tmp_path: Path, passed: list[str], failed: list[str], known: list[str]) -> Path:
    path = tmp_path / "coverage.jsonl"
    modules = sorted(p.name for p in Path(coverage.__file__).parent.glob("test_*.py"))
    lines = [
        {"test": f"tests/acceptance/{m}::t", "passed": True, "rose": {"vanilla": passed if i == 0 else []}}
        for i, m in enumerate(modules)
    ]
    lines.append({"test": f"tests/acceptance/{modules[0]}::u", "passed": False, "rose": {"vanilla": failed}})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    keys = {"known": {"vanilla": known, "azure": []}, "added": {}}
    Path(str(path) + ".keys").write_text(json.dumps(keys), encoding="utf-8")
    return path


def test_a_full_run_that_meets_the_target_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coverage, "exempt_keys", lambda: {"k20"})
    path = write(tmp_path, [f"k{i}" for i in range(1, 20)], [], [f"k{i}" for i in range(1, 21)])
    assert coverage.shortfall(path) == []


def test_a_key_counted_only_by_a_failing_test_is_not_verified(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coverage, "exempt_keys", lambda: set())
    path = write(tmp_path, [f"k{i}" for i in range(1, 20)], ["k20"], [f"k{i}" for i in range(1, 21)])
    assert coverage.shortfall(path) == ["not verified and not in EXEMPT.md: k20"]


def test_below_the_target_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coverage, "exempt_keys", lambda: {f"k{i}" for i in range(1, 11)})
    path = write(tmp_path, [f"k{i}" for i in range(11, 21)], [], [f"k{i}" for i in range(1, 21)])
    assert coverage.shortfall(path) == ["10/20 scenarios verified, below the 95% target"]


def test_every_exempt_key_is_listed_with_a_reason() -> None:
    text = coverage.EXEMPT.read_text(encoding="utf-8")
    assert "| Scenario | Report | Why |" in text
    for key in coverage.exempt_keys():
        row = next(line for line in text.splitlines() if line.startswith(f"| `{key}` |"))
        assert len(row.split("|")[3].strip()) > 20, row
