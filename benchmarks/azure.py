"""Generating real Azure specs at full size: every root of the sample in
`../shared/specs/azure-rest-sample/` (or `--sample DIR`), as a user runs it.

    python benchmarks/azure.py [--sample DIR] [--only SUBSTRING] [--mypy]

For each root, a fresh `python -m generator generate ROOT` process run from
the sample folder (the folder that holds `specification/`, which is then the
allowed root), with the default settings, into an empty folder and with an
empty cache (so openapi-spec-validator runs, as on a first generation):
wall time, peak memory, output lines, and the share of time per stage (load
and IR, emit and format, validate, write; from the run's own `--timings`).
Beside it, the same with `--format none --no-validate`: what formatting and
validation cost. With `--mypy`, `mypy --strict` on each package too.
Targets (issue #11): every root <= 5 s wall and <= 300 MiB.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLE = ROOT.parent / "shared" / "specs" / "azure-rest-sample"


def run(
    spec: str, sample: Path, out: Path, *extra: str
) -> tuple[float, float, dict[str, float]]:
    """(wall seconds, peak MiB, stage timings) of one generation."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(out / "cache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [
        sys.executable,
        "-c",
        (
            "import resource, sys; from generator.cli import main; code = main(sys.argv[1:]);"
            " peak = max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN));"
            " print('PEAK', peak, file=sys.stderr); sys.exit(code)"
        ),
        "generate",
        spec,
        "--output",
        str(out / "pkg"),
        "--package",
        "client",
        "--timings",
        *extra,
    ]
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=sample, env=env, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{spec} failed ({done.returncode}):\n{done.stderr}")
    peak = float(re.search(r"PEAK (\d+)", done.stderr).group(1)) / 1024  # type: ignore[union-attr]
    timings = json.loads(re.search(r"TIMINGS (.*)", done.stderr).group(1))  # type: ignore[union-attr]
    return wall, peak, timings


def lines_of(folder: Path) -> int:
    return sum(p.read_text(encoding="utf-8").count("\n") for p in folder.rglob("*.py"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE)
    parser.add_argument("--only", default="")
    parser.add_argument("--mypy", action="store_true")
    args = parser.parse_args()
    rows = [
        r
        for r in csv.DictReader((args.sample / "sample.tsv").open(), delimiter="\t")
        if args.only in r["path"]
    ]
    print(
        f"{'root':58} {'wall':>6} {'MiB':>5} {'lines':>7}  {'share of time: load+IR / emit+format / validate / write':58} {'none':>6}"
    )
    worst = 0.0
    for row in rows:
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch)
            wall, peak, stages = run(row["path"], args.sample, out)
            lines = lines_of(out / "pkg" / "client")
            typed = ""
            if args.mypy:
                checked = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "mypy",
                        "--strict",
                        "--no-incremental",
                        "client",
                    ],
                    cwd=out / "pkg",
                    capture_output=True,
                    text=True,
                    check=False,
                )
                typed = (
                    " mypy ok"
                    if checked.returncode == 0
                    else f" MYPY: {checked.stdout.strip().splitlines()[-1]}"
                )
        with tempfile.TemporaryDirectory() as scratch:
            bare, _, _ = run(
                row["path"],
                args.sample,
                Path(scratch),
                "--format",
                "none",
                "--no-validate",
            )
        total = sum(stages.values()) or 1.0
        share = " / ".join(
            f"{100 * stages.get(k, 0.0) / total:.0f}%"
            for k in ("load and IR", "emit and format", "validate", "write")
        )
        name = row["path"].removeprefix("specification/")
        name = name if len(name) <= 58 else "..." + name[-55:]
        worst = max(worst, wall)
        print(
            f"{name:58} {wall:5.2f}s {peak:5.0f} {lines:7}  {share:58} {bare:5.2f}s{typed}",
            flush=True,
        )
    print(
        f"\nslowest: {worst:.2f}s (target <= 5 s); the peak includes the Python interpreter"
    )


if __name__ == "__main__":
    main()
