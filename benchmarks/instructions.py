"""The instructions each stage of a big run executes, this tree beside a
baseline revision: a figure that does not move with the machine's load.

    python benchmarks/instructions.py [--baseline REV] [--spec FILE] [--cache DIR]
                                      [--stages load,ir,shapes,validator,units]

Wall time on a shared machine moves by half between minutes (GitHub's run
took 2.5 s and 4.1 s within the hour, the code unchanged), so a change worth
a tenth of a stage cannot be seen in it. valgrind's cachegrind counts the
instructions a process executes, the same on every run: each stage runs
in a process of its own under it, once with the stage and once without (the
interpreter's start and the spec's parse are counted in both, and
subtracted), for this working tree and for `--baseline` (default `HEAD`,
checked out in a temporary git worktree). Instructions are not time (a
cache miss costs more than an add), but a stage that executes a quarter
fewer is faster. The spec is GitHub's (installed as `benchmarks/github.py`
does) unless `--spec` names another; the stages are one process's work, not
the forked helpers' timing. Needs `valgrind` (Debian's package); runs take
about 30 times as long as the stages do.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in the tree named first on the command line: the spec is parsed, then
# the named stage (none: the parse alone) runs once, in this process.
DRIVER = r"""
import gc, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from generator.diagnostics import Diagnostics
from generator.load import Location, SpecLoader
spec, stage = Path(sys.argv[2]), sys.argv[3]
diagnostics = Diagnostics()
loader = SpecLoader(diagnostics, spec.resolve().parent)
gc.disable()
document = loader.load(spec)
if stage in ("ir", "units"):
    from generator.ir.front import OpenApi3Builder, SwaggerBuilder, build_client
    # (the shape checks are a stage of their own)
    for front in (SwaggerBuilder, OpenApi3Builder):
        front._check_shapes = lambda self, data: True
    SwaggerBuilder._build_beside_shape_checks = (
        lambda self, data: self._build_checked(data)
    )
    client = build_client(loader, diagnostics, "bench", spec)
    if stage == "units":
        from generator.emit.models_module import lookup_tables, unit_order
        from generator.parts import PartMaker, unit_parts
        tables = lookup_tables(client.enums, client.unions)
        unit_parts(client, "x", unit_order(client), tables, PartMaker(True, "auto"))
elif stage == "shapes":
    from generator.ir.front import OpenApi3Builder, SwaggerBuilder, is_openapi3
    front = OpenApi3Builder if is_openapi3(document.data) else SwaggerBuilder
    builder = front(loader, diagnostics, "bench")
    builder.root, builder.root_location = document.data, Location(document.display)
    builder._check_shapes(document.data)
elif stage == "validator":
    from generator.validate import _satisfies_schema
    _satisfies_schema(document.data)
"""

STAGES = ("ir", "shapes", "validator", "units")


def count(tree: Path, spec: Path, stage: str) -> int:
    """Instructions of the driver in `tree` for `stage` ("" for the parse)."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            "-c",
            DRIVER,
            str(tree),
            str(spec),
            stage,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    for line in done.stderr.splitlines():
        if "I" in line and "refs:" in line:
            return int(line.rsplit(":", 1)[1].replace(",", "").strip())
    raise SystemExit(
        f"valgrind gave no count for {stage or 'the parse'}:\n{done.stderr}"
    )


def measure(tree: Path, spec: Path, stages: list[str]) -> dict[str, int]:
    parse = count(tree, spec, "")
    found = {"load": parse}
    for stage in stages:
        found[stage] = count(tree, spec, stage) - parse
        if stage == "units":  # (the IR it renders is counted as "ir")
            found[stage] -= found.get("ir") or count(tree, spec, "ir") - parse
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--baseline", default="HEAD", help="git revision to compare with"
    )
    parser.add_argument("--spec", type=Path, help="default: GitHub's REST API")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "github")
    parser.add_argument("--stages", default=",".join(STAGES))
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    stages = [s for s in args.stages.split(",") if s]
    unknown = sorted(set(stages) - set(STAGES))
    if unknown:
        raise SystemExit(f"unknown stages {unknown}; known: {', '.join(STAGES)}")
    if "units" in stages and "ir" not in stages:
        stages.insert(0, "ir")
    spec = args.spec
    if spec is None:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from github import install

        spec = install(args.cache)
    spec = spec.resolve()
    with tempfile.TemporaryDirectory() as folder:
        baseline = Path(folder) / "baseline"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-q", str(baseline), args.baseline],
            cwd=ROOT,
            check=True,
        )
        try:
            # (the two trees at once: a count does not depend on the load)
            with ThreadPoolExecutor(2) as pool:
                trees = pool.map(
                    lambda tree: measure(tree, spec, stages), (baseline, ROOT)
                )
                before, after = list(trees)
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(baseline)],
                cwd=ROOT,
                check=False,
            )
    print(f"{spec.name}: instructions per stage (G), {args.baseline} -> this tree")
    for stage in ["load", *stages]:
        old, new = before[stage] / 1e9, after[stage] / 1e9
        change = f"{100 * (new - old) / old:+.1f} %" if old else ""
        print(f"  {stage:10} {old:7.3f} -> {new:7.3f}  {change}")


if __name__ == "__main__":
    main()
