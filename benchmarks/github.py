"""GitHub's REST API (13 MB, the largest spec people generate clients from):
wall time, peak memory, output size, and what of the spec the client has.

    python benchmarks/github.py [--cache DIR] [--mypy] [--runs N] [--generations N]

Installs the npm package `@octokit/openapi` (pinned below) into `--cache`
(default `.cache/github`) on first use and generates
`generated/api.github.com.json` the way a user does: a fresh
`python -m generator generate` process (with the generator's bytecode, which
an untimed first generation writes where the environment asks for none), an
empty output folder and an empty cache (so openapi-spec-validator runs too),
default settings, `--generations` times (default 3; a shared machine's
speed moves by a quarter between runs, so the median and the best are
printed, beside json.loads of the spec as a reference for the machine's
speed at the time). Wall time, peak memory (of
the run and its forked processes) and CPU time (of all of them) are read by
a small process around each run. Printed beside it: the same run with
`--format none --no-validate` (what the rest costs), the
stage timings of the median run, lines and modules written, the operations and
component schemas of the spec against those of the client (a schema is
"dropped" when it is neither a class, an enum, an alias nor a plain type), the
time to import the client and one operation group in a fresh interpreter
(beside the interpreter's own start), and with `--mypy` whether
`mypy --strict` passes.

Targets (issue #12): <= 3 s and <= 300 MiB on a 2-core machine; nothing
dropped; import of the client plus one group <= 150 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "@octokit/openapi@23.0.2"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def install(cache: Path) -> Path:
    spec = (
        cache
        / "node_modules"
        / "@octokit"
        / "openapi"
        / "generated"
        / "api.github.com.json"
    )
    if not spec.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-save", "--no-audit", "--no-fund", PACKAGE],
            cwd=cache,
            check=True,
        )
    return spec


def generate(
    spec: Path, out: Path, *extra: str
) -> tuple[float, float, dict[str, float]]:
    """(wall seconds, peak MiB, stage timings) of one fresh generation; the
    timings also hold "cpu": seconds of CPU its processes took together."""
    # (with bytecode, as pip installs a package and as Python runs one by
    # default: an environment that asks for none would time compiling the
    # generator's modules at every run; see the warm-up in main)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(out / "cache"))
    # The command users run (`python -m generator`, which ends its process
    # without the interpreter's teardown), inside a small process that
    # times it and reads the peak of it and its forks, and nothing else.
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "started = time.perf_counter()\n"
        "done = subprocess.run([sys.executable, '-m', 'generator', *sys.argv[1:]])\n"
        "wall = time.perf_counter() - started\n"
        "used = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print('RUN', wall, used.ru_maxrss, used.ru_utime + used.ru_stime, file=sys.stderr)\n"
        "sys.exit(done.returncode)\n"
    )
    command = [
        sys.executable,
        "-c",
        wrapper,
        "generate",
        str(spec),
        "--output",
        str(out / "pkg"),
        "--package",
        "github",
        "--timings",
        "--quiet",
        *extra,
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(
            f"generation failed ({done.returncode}):\n{done.stderr[-3000:]}"
        )
    run = re.search(r"RUN (\S+) (\d+) (\S+)", done.stderr)
    assert run is not None, done.stderr[-3000:]
    wall, peak, cpu = float(run[1]), float(run[2]) / 1024, float(run[3])
    found = re.search(r"TIMINGS (.*)", done.stderr)
    return wall, peak, {**(json.loads(found.group(1)) if found else {}), "cpu": cpu}


def import_time(folder: Path, runs: int) -> tuple[float, float, float]:
    """(median ms to import the client and use one group, the same before
    any bytecode is cached, median ms to import httpx alone), each in a
    fresh process. An installed or vendored package is imported from its
    bytecode (pip compiles it, and the first import writes it), so that is
    the figure; the cold one is what the very first import of a fresh copy
    costs (or every import where PYTHONDONTWRITEBYTECODE is set)."""

    def median_ms(code: str, env: dict[str, str] | None = None) -> float:
        times = []
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, "-c", code],
                cwd=folder,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            times.append(float(done.stdout.strip()))
        return statistics.median(times)

    timed = (
        "import time; t = time.perf_counter(); {body}; "
        "print((time.perf_counter() - t) * 1000)"
    )
    body = timed.format(
        body="import github; c = github.Client(token='x'); c.repos; c.close()"
    )
    # (generation writes no __pycache__, and these runs must not either)
    cold = median_ms(body, dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(folder / "github")], check=True
    )
    client = median_ms(body)
    bare = median_ms(timed.format(body="import httpx"))
    return client, cold, bare


def coverage(spec: Path) -> dict[str, int]:
    """Operations and component schemas of the spec, and what the IR made of them."""
    sys.path.insert(0, str(ROOT))
    from generator.diagnostics import Diagnostics
    from generator.ir.openapi3 import OpenApi3Builder
    from generator.load import Location, SpecLoader

    document = json.loads(spec.read_text(encoding="utf-8"))
    operations = sum(
        1
        for item in document["paths"].values()
        for method in HTTP_METHODS
        if method in item
    )
    schemas = document["components"]["schemas"]
    diagnostics = Diagnostics()
    builder = OpenApi3Builder(
        SpecLoader(diagnostics, spec.parent), diagnostics, "github"
    )
    client = builder.build(spec)
    assert client is not None
    kinds: dict[str, int] = {}
    dropped = []
    for name, schema in schemas.items():
        at = Location(builder.root_location.file, f"/components/schemas/{name}")
        named = builder._named.get(at)
        kind = named.type.kind if named is not None else "unread"
        if kind in ("model", "enum", "union", "list"):
            kind = "class or alias" if kind != "enum" else "enum"
        elif kind == "any" and schema not in ({}, {"type": "object"}):
            dropped.append(name)
            kind = "dropped"
        else:
            kind = "plain type"
        kinds[kind] = kinds.get(kind, 0) + 1
    return {
        "operations in spec": operations,
        "operations in client": sum(len(g.operations) for g in client.groups),
        "schemas in spec": len(schemas),
        **{f"schemas: {k}": v for k, v in sorted(kinds.items())},
        "models": len(client.models),
        "enums": len(client.enums),
        "unions": len(client.unions),
    }


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "github")
    parser.add_argument("--mypy", action="store_true")
    parser.add_argument("--runs", type=int, default=5, help="imports to time")
    parser.add_argument(
        "--generations",
        type=int,
        default=3,
        help="fresh generations to time (a shared machine's speed varies by a"
        " quarter from one to the next: the median and the best are printed)",
    )
    args = parser.parse_args()
    spec = install(args.cache)
    print(f"{spec.name}: {spec.stat().st_size / 2**20:.1f} MiB")
    # The machine's own speed in the same run, as a reference: parsing the
    # spec is pure C and Python's allocator, nothing of ours.
    parse_s = statistics.median(
        _timed(lambda: json.loads(spec.read_bytes())) for _ in range(3)
    )
    print(f"reference: json.loads of the spec {parse_s:.2f} s (median of 3)")
    # One generation first, not timed: the bytecode of the generator and its
    # packages is written if it was not there (as on a user's first run).
    with tempfile.TemporaryDirectory() as scratch:
        generate(spec, Path(scratch))
    timings = []
    for _ in range(args.generations - 1):
        with tempfile.TemporaryDirectory() as scratch:
            timings.append(generate(spec, Path(scratch)))
    with tempfile.TemporaryDirectory() as scratch:
        timings.append(generate(spec, Path(scratch)))
        walls = sorted(wall for wall, _, _ in timings)
        wall = statistics.median(walls)
        peak = max(peak for _, peak, _ in timings)
        stages = min(timings, key=lambda t: abs(t[0] - wall))[2]
        folder = Path(scratch) / "pkg"
        lines = sum(
            p.read_text(encoding="utf-8").count("\n") for p in folder.rglob("*.py")
        )
        modules = len(list(folder.rglob("*.py")))
        client_ms, cold_ms, bare_ms = import_time(folder, args.runs)
        typed = ""
        if args.mypy:
            checked = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "mypy",
                    "--strict",
                    "--no-incremental",
                    "github",
                ],
                cwd=folder,
                capture_output=True,
                text=True,
                check=False,
            )
            typed = checked.stdout.strip().splitlines()[-1]
    with tempfile.TemporaryDirectory() as scratch:
        bare_wall, bare_peak, _ = generate(
            spec, Path(scratch), "--format", "none", "--no-validate"
        )
    print(
        f"generate: {wall:.2f} s wall (median of {len(walls)}; best {walls[0]:.2f} s),"
        f" {peak:.0f} MiB peak (targets: 3 s, 300 MiB)"
    )
    cpu = stages.pop("cpu")
    print(
        "stages (median run): "
        + ", ".join(f"{k} {v:.2f} s" for k, v in stages.items())
        + f"; CPU of all its processes {cpu:.2f} s (2 cores)"
    )
    print(f"without formatting and validation: {bare_wall:.2f} s, {bare_peak:.0f} MiB")
    print(f"output: {lines} lines in {modules} modules")
    print(
        f"import client + one group: {client_ms:.0f} ms (median of {args.runs};"
        f" of which httpx's own import is about {bare_ms:.0f} ms; target 150 ms);"
        f" {cold_ms:.0f} ms before its bytecode is cached"
    )
    for key, value in coverage(spec).items():
        print(f"{key}: {value}")
    if typed:
        print(f"mypy --strict: {typed}")


if __name__ == "__main__":
    main()
