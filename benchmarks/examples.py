"""`python -m generator examples` on every root of the Azure sample
(`../shared/specs/azure-rest-sample/`, or `--sample DIR`), run from the
sample folder as users run from a specs checkout: per spec, how many examples
replayed, and how many ended as client defects, example defects and
unsupported. Writes the per-spec table to `benchmarks/examples-report.tsv`
(checked in, so regressions show in review) and every line that is not ok to
`--details FILE`.

    python benchmarks/examples.py [--sample DIR] [--details FILE]

Targets (issue #14): 0 client defects and 0 unsupported; every remaining
failure an example defect with its pointer.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLE = ROOT.parent / "shared" / "specs" / "azure-rest-sample"
KINDS = ("ok", "client defect", "example defect", "unsupported")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE)
    parser.add_argument("--details", type=Path)
    parser.add_argument(
        "--report", type=Path, default=ROOT / "benchmarks" / "examples-report.tsv"
    )
    args = parser.parse_args()
    rows = list(
        csv.DictReader(
            (args.sample / "sample.tsv").open(encoding="utf-8"), delimiter="\t"
        )
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    table, details, totals = [], [], Counter()
    started = time.perf_counter()
    for row in rows:
        done = subprocess.run(
            [sys.executable, "-m", "generator", "examples", row["path"], "--json"],
            cwd=args.sample,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        verdicts = [
            json.loads(line)
            for line in done.stdout.splitlines()
            if line.startswith("{")
        ]
        counts = Counter(v["kind"] for v in verdicts)
        if done.returncode == 2:
            counts["unsupported"] += 1  # the spec did not generate
            details.append(
                f"{row['path']}: does not generate: {done.stderr.strip()[:300]}"
            )
        totals.update(counts)
        details += [
            f"{row['path']}: {v['operation_id']} {v['title']!r}: {v['kind']}: {v['reason']}"
            for v in verdicts
            if v["kind"] != "ok"
        ]
        table.append(
            [
                row["service"],
                row["path"],
                str(len(verdicts)),
                *(str(counts[k]) for k in KINDS),
            ]
        )
        print(
            f"{row['service']:32} {len(verdicts):5} "
            + " ".join(f"{counts[k]:4}" for k in KINDS),
            flush=True,
        )
    with args.report.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["service", "spec", "examples", *KINDS])
        writer.writerows(table)
    if args.details:
        args.details.write_text("\n".join(details) + "\n", encoding="utf-8")
    total = sum(totals[k] for k in KINDS)
    print(
        f"{total} replayed, {totals['client defect']} client defects, {totals['example defect']} example defects,"
        f" {totals['unsupported']} unsupported; {totals['ok']} ok ({time.perf_counter() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
