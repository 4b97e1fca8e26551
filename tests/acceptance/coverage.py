"""Which test server scenarios were counted during a passing test.

The worker that runs the acceptance tests appends one JSON line per test (the
scenarios whose count rose while it ran, and whether it passed) to the file
named by `COVERAGE_FILE_ENV`; the controlling pytest process sums them up at
the end and prints the figure (`summarize`).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

COVERAGE_FILE_ENV = "ACCEPTANCE_COVERAGE_FILE"
FAILED = pytest.StashKey[bool]()
EXEMPT = Path(__file__).with_name("EXEMPT.md")
COUNTED = ("vanilla", "azure")  # the reports the target is about
TARGET = 0.95


def record(item: pytest.Item, before: dict[str, dict[str, int]], after: dict[str, dict[str, int]]) -> None:
    path = os.environ.get(COVERAGE_FILE_ENV)
    if not path:
        return
    rose = {
        report: sorted(k for k, v in counts.items() if v > before[report].get(k, 0))
        for report, counts in after.items()
    }
    line = {"test": item.nodeid, "passed": not item.stash.get(FAILED, False), "rose": rose}
    with open(path, "a", encoding="utf-8") as file:
        file.write(json.dumps(line) + "\n")


def record_keys(
    known: dict[str, dict[str, int]], final: dict[str, dict[str, int]]
) -> None:
    """The scenarios of each report as the server started (the figure's
    denominator), and those that routes added while the tests ran."""
    path = os.environ.get(COVERAGE_FILE_ENV)
    if path:
        keys = {report: sorted(counts) for report, counts in known.items()}
        added = {
            report: sorted(set(counts) - set(known.get(report, {})))
            for report, counts in final.items()
        }
        data = {"known": keys, "added": added}
        Path(path + ".keys").write_text(json.dumps(data), encoding="utf-8")


def totals(path: Path) -> tuple[dict[str, set[str]], dict[str, set[str]], set[str]]:
    """(keys counted during a passing test, keys counted only during failing
    tests, failing tests), per report."""
    passed: dict[str, set[str]] = {}
    failed: dict[str, set[str]] = {}
    failing: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        target = passed if entry["passed"] else failed
        if not entry["passed"]:
            failing.add(entry["test"])
        for report, keys in entry["rose"].items():
            target.setdefault(report, set()).update(keys)
    return passed, failed, failing


def exempt_keys() -> set[str]:
    """Keys listed in EXEMPT.md (a table whose first column is the key in backticks)."""
    if not EXEMPT.exists():
        return set()
    return set(re.findall(r"^\| `([^`]+)` \|", EXEMPT.read_text(encoding="utf-8"), re.MULTILINE))


def summarize(path: Path, all_keys: dict[str, list[str]]) -> list[str]:
    passed, _, _ = totals(path)
    lines = []
    verified = total = 0
    for report, keys in all_keys.items():
        covered = passed.get(report, set()) & set(keys)
        lines.append(f"acceptance {report}: {len(covered)}/{len(keys)} scenarios verified")
        if report in COUNTED:
            verified += len(covered)
            total += len(keys)
    share = verified / total if total else 0.0
    lines.append(
        f"acceptance vanilla + azure: {verified}/{total} ({share:.1%}; target {TARGET:.0%})"
    )
    exempt = exempt_keys()
    for report, keys in all_keys.items():
        missing = sorted(set(keys) - passed.get(report, set()))
        unexplained = [k for k in missing if k not in exempt]
        if missing:
            lines.append(
                f"not verified ({report}, {len(missing)}; {len(unexplained)} not in EXEMPT.md): "
                + ", ".join(missing)
            )
    return lines


def shortfall(path: Path) -> list[str]:
    """Why a full run of the acceptance suite fails its target: the figure
    below TARGET, or a scenario neither verified nor explained in EXEMPT.md.
    Empty when it meets it, or when only part of the suite ran."""
    keys_file = Path(str(path) + ".keys")
    if not path.exists() or not keys_file.exists() or not _full_run(path):
        return []
    known: dict[str, list[str]] = json.loads(keys_file.read_text(encoding="utf-8"))["known"]
    passed, _, _ = totals(path)
    total = sum(len(known.get(r, [])) for r in COUNTED)
    verified = sum(len(passed.get(r, set()) & set(known.get(r, []))) for r in COUNTED)
    problems = []
    if total and verified / total < TARGET:
        problems.append(f"{verified}/{total} scenarios verified, below the {TARGET:.0%} target")
    exempt = exempt_keys()
    missing = sorted(
        k for r in COUNTED for k in known.get(r, []) if k not in passed.get(r, set()) and k not in exempt
    )
    if missing:
        problems.append("not verified and not in EXEMPT.md: " + ", ".join(missing))
    return problems


def _full_run(path: Path) -> bool:
    """Whether every acceptance test module ran (not a -k or file selection)."""
    ran = {
        json.loads(line)["test"].split("::")[0].rsplit("/", 1)[-1]
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    modules = {p.name for p in Path(__file__).parent.glob("test_*.py")}
    return modules <= ran


def report_lines(path: Path) -> list[str]:
    """The summary, if the acceptance tests ran in this session."""
    keys_file = Path(str(path) + ".keys")
    if not path.exists() or not keys_file.exists():
        return []
    data: Any = json.loads(keys_file.read_text(encoding="utf-8"))
    lines = summarize(path, {report: list(keys) for report, keys in data["known"].items()})
    added = sorted(k for keys in data["added"].values() for k in keys)
    if added:
        lines.append(
            f"(routes also counted {len(added)} scenarios of their own, not in the figure:"
            f" {', '.join(added)})"
        )
    return lines
