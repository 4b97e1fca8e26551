"""Generate typed Python clients from Swagger 2.0 and OpenAPI 3 specs.

`python -m generator generate | check | diff | validate`. Exit codes: 0 success; 1 `check` found generated code out of date; 2 bad
input (the diagnostics say what and where).
"""

from __future__ import annotations

import argparse
import difflib
import gc
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .config import (
    ClientJob,
    check_output,
    check_package_name,
    find_config,
    parse_ignore,
    read_config,
)
from .diagnostics import Diagnostic, GenerationFailed, Level

if TYPE_CHECKING:
    from .pipeline import GeneratedPackage

REGENERATE_HINT = "python -m generator generate"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "regenerate clients into their output folders"),
        ("check", "exit 1 with a diff if generated code is not what the specs produce"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument(
            "spec",
            nargs="?",
            type=Path,
            help="a spec file (default: every client in the config)",
        )
        command.add_argument(
            "--output",
            type=Path,
            help="folder that holds the package folder (with SPEC; default:"
            " ./generated, so the package lands in ./generated/PACKAGE; without"
            " SPEC each client goes where the config says)",
        )
        command.add_argument(
            "--package",
            help="import name of the generated package (with SPEC; default: from"
            " the spec's file name)",
        )
        command.add_argument(
            "--root",
            type=Path,
            help="the folder every $ref and example must stay inside (default: the"
            " config's folder; with SPEC, the config's folder or the current folder"
            " when the spec is below it, else the spec's folder)",
        )
        command.add_argument(
            "--allow-external-output",
            action="store_true",
            help="write even where the config's output leaves its folder, or the"
            " package folder is a symbolic link",
        )
        command.add_argument(
            "--config",
            type=Path,
            help="pyproject.toml with [tool.generator] (default: found upwards from here)",
        )
        command.add_argument(
            "--format",
            choices=("auto", "black", "none"),
            default="auto",
            help="auto (default): black only where the emitted code may not already be"
            " in black's style; black: every module; none: never",
        )
        command.add_argument(
            "--quiet", "-q", action="store_true", help="print problems only"
        )
        command.add_argument(
            "--verbose",
            "-v",
            action="store_true",
            help="list each of many similar warnings (missing example files) instead of a summary",
        )
        command.add_argument(
            "--full",
            action="store_true",
            help="regenerate even when the last run's record says nothing changed",
        )
        command.add_argument(
            "--strict",
            action="store_true",
            help="treat warnings as errors (exit 2, nothing written); ignored ones"
            " stay unsaid",
        )
        command.add_argument(
            "--ignore",
            action="append",
            default=[],
            metavar="CODE[:POINTER]",
            help="leave a warning unsaid: its code or name (W012, missing-example),"
            " anywhere or at a JSON pointer and below; beside `ignore` in the config",
        )
        if name == "generate":
            command.add_argument(
                "--timings",
                action="store_true",
                help="print the seconds each stage took (load and IR, emit, format,"
                " validate, write) as JSON on stderr",
            )
            command.add_argument(
                "--fail-on-change",
                action="store_true",
                help="exit 1 when files were written or removed (for commit hooks: stage them)",
            )
        command.add_argument(
            "--no-validate",
            action="store_true",
            help="skip openapi-spec-validator (it runs only when a spec changed anyway)",
        )
    diff = commands.add_parser(
        "diff",
        help="print how the client's public API changes between two specs (or since a git revision)",
    )
    diff.add_argument("old", nargs="?", type=Path, help="the old spec")
    diff.add_argument("new", nargs="?", type=Path, help="the new spec")
    diff.add_argument(
        "--against",
        metavar="REF",
        help="compare each configured client's spec with git revision REF",
    )
    diff.add_argument("--config", type=Path)
    diff.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 1 when a change is breaking",
    )
    validate = commands.add_parser(
        "validate",
        help="run openapi-spec-validator on the configured specs (or SPEC); exit 1 on findings",
    )
    validate.add_argument("spec", nargs="?", type=Path)
    validate.add_argument("--config", type=Path)
    validate.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    validate.add_argument("--package", help=argparse.SUPPRESS)
    examples = commands.add_parser(
        "examples",
        help="replay every example the spec references against a freshly generated"
        " client; exit 1 on a client defect",
    )
    examples.add_argument("spec", nargs="?", type=Path)
    examples.add_argument("--config", type=Path)
    examples.add_argument("--root", type=Path, help="as for generate")
    examples.add_argument(
        "--async",
        dest="is_async",
        action="store_true",
        help="replay with AsyncClient too",
    )
    examples.add_argument(
        "--strict", action="store_true", help="exit 1 on example defects too"
    )
    examples.add_argument(
        "--json", action="store_true", help="print one JSON object per example (for CI)"
    )
    examples.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    examples.add_argument("--package", help=argparse.SUPPRESS)
    return parser


def _jobs(args: argparse.Namespace) -> list[ClientJob]:
    root: Path | None = getattr(args, "root", None)
    if root is not None and not root.is_dir():
        raise GenerationFailed(
            [Diagnostic("--root", 0, "", Level.ERROR, f"{root} is not a folder")]
        )
    allow = bool(getattr(args, "allow_external_output", False))
    ignore = parse_ignore(getattr(args, "ignore", None) or None, "--ignore")
    if args.spec is not None:
        package = args.package or _package_from_spec(args.spec)
        check_package_name(package, "--package")
        if root is None:
            root = _default_root(args.spec)
        job = ClientJob(args.spec, args.output or Path("generated"), package, root)
        return [replace(job, allow_external_output=allow, ignore=ignore)]
    config = args.config or find_config(Path.cwd())
    if config is None:
        raise GenerationFailed([])
    return [
        replace(
            job,
            allowed_root=root or job.allowed_root,
            allow_external_output=allow or job.allow_external_output,
            ignore=job.ignore + ignore,
        )
        for job in read_config(config)
    ]


def _default_root(spec: Path) -> Path:
    """The config's folder or the current one, whichever holds the spec (as
    in a checkout of many specs, where they share files higher up); else the
    spec's own folder."""
    config = find_config(Path.cwd())
    for candidate in ([config.parent] if config else []) + [Path.cwd()]:
        if spec.resolve().is_relative_to(candidate.resolve()):
            return candidate
    return spec.resolve().parent


def _package_from_spec(spec: Path) -> str:
    """The package's name where none is given: the spec file's name in
    snake case, made a name a package can have (`6-dot.json` gets `client_`
    before it; `numbers.json`, which would shadow the standard library's
    module, `_client` after it). A name given is refused instead
    (`check_package_name`): the user chose it."""
    from .config import package_name_problem
    from .ir.names import snake_case

    name = snake_case(spec.stem) or "client"
    if name[0].isdigit():
        name = f"client_{name}"
    if package_name_problem(name):
        name = f"{name}_client"
    return name


# The packages the generator imports (pyproject.toml's dependencies), by the
# module name a missing one is reported under.
_DEPENDENCIES = {
    "yaml": "pyyaml",
    "jinja2": "jinja2",
    "jsonschema": "jsonschema",
    "black": "black",
    "openapi_spec_validator": "openapi-spec-validator",
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # A run allocates millions of small objects (a big spec's parsed
    # document, its IR) and frees little until it ends: Python's cyclic
    # collector, run every 700 allocations, spent 15 % of building GitHub's
    # IR walking them again. Collections a few hundred times rarer, as mypy
    # runs its own.
    gc.set_threshold(200_000, 30, 30)
    try:
        return _main(args)
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        needed = (
            _DEPENDENCIES.get(str(exc.name or "").split(".")[0])
            if isinstance(exc, ModuleNotFoundError)
            else None
        )
        if needed is not None:
            # (run by a Python the generator was not installed into: a setup
            # problem to say so, not a bug to report)
            print(
                f"error: the generator needs {needed}, which this Python"
                f" ({sys.executable}) does not have; install the generator into it"
                ' (pip install -e ".[test]" in a checkout, as the README says) and'
                " run again. Nothing was written.",
                file=sys.stderr,
            )
            return 2
        print(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in the generator, not in your spec; please report it with the spec"
            " (set GENERATOR_DEBUG=1 for the traceback). Nothing was written.",
            file=sys.stderr,
        )
        return 3


def _main(args: argparse.Namespace) -> int:
    if args.command == "diff":
        return _diff_command(args)
    try:
        jobs = _jobs(args)
    except GenerationFailed as failure:
        if not failure.diagnostics:
            print(
                "error: no pyproject.toml with [tool.generator] found; pass SPEC --output DIR --package NAME",
                file=sys.stderr,
            )
        _print_diagnostics(failure)
        return 2
    if args.command == "validate":
        return _validate(jobs)
    if args.command == "examples":
        return _examples(jobs, args)
    return _check(jobs, args) if args.command == "check" else _generate(jobs, args)


def _spec_of(path: Path, root: Path) -> object:
    """The IR of a spec, or GenerationFailed."""
    from .diagnostics import Diagnostics
    from .ir.front import build_client
    from .load import SpecLoader

    diagnostics = Diagnostics()
    client = build_client(SpecLoader(diagnostics, root), diagnostics, "client", path)
    diagnostics.fail_if_errors()
    return client


def _diff_command(args: argparse.Namespace) -> int:
    import subprocess
    import tarfile
    import tempfile

    from .api_diff import diff, report

    pairs: list[tuple[Path, Path, Path, Path, str, str]] = []
    with tempfile.TemporaryDirectory() as scratch:
        if args.against:
            config = args.config or find_config(Path.cwd())
            if config is None:
                print(
                    "error: --against needs a pyproject.toml with [tool.generator]",
                    file=sys.stderr,
                )
                return 2
            root = config.parent.resolve()
            archive = Path(scratch) / "old.tar"
            with archive.open("wb") as handle:
                done = subprocess.run(
                    ["git", "archive", args.against],
                    cwd=root,
                    stdout=handle,
                    stderr=subprocess.PIPE,
                    check=False,
                )
            if done.returncode != 0:
                print(
                    f"error: git archive {args.against}: {done.stderr.decode().strip()}",
                    file=sys.stderr,
                )
                return 2
            old_root = Path(scratch) / "old"
            with tarfile.open(archive) as tar:
                tar.extractall(old_root, filter="data")
            top = subprocess.run(
                ["git", "rev-parse", "--show-toplevel"],
                cwd=root,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            for job in read_config(config):
                relative = job.spec.resolve().relative_to(Path(top).resolve())
                name = relative.as_posix()
                pairs.append(
                    (
                        old_root / relative,
                        old_root,
                        job.spec,
                        root,
                        f"{name}@{args.against}",
                        name,
                    )
                )
        else:
            if args.old is None or args.new is None:
                print(
                    "error: pass OLD_SPEC NEW_SPEC, or --against REF", file=sys.stderr
                )
                return 2
            pairs.append(
                (
                    args.old,
                    args.old.resolve().parent,
                    args.new,
                    args.new.resolve().parent,
                    args.old.name,
                    args.new.name,
                )
            )
        breaking = False
        for old_path, old_root, new_path, new_root, old_name, new_name in pairs:
            try:
                old = _spec_of(old_path, old_root)
                new = _spec_of(new_path, new_root)
            except GenerationFailed as failure:
                _print_diagnostics(failure)
                return 2
            changes = diff(old, new)  # type: ignore[arg-type]
            breaking = breaking or any(c.breaking for c in changes)
            sys.stdout.write(report(changes, old_name, new_name))
    return 1 if breaking and args.fail_on_breaking else 0


def _validate(jobs: list[ClientJob]) -> int:
    """Always runs the validator (no cache), and prints what it finds."""
    from .text import one_line
    from .validate import VALIDATOR, run_validator

    found = 0
    for job in jobs:
        if not job.spec.is_file():
            print(f"{_display(job.spec)}: error: file does not exist", file=sys.stderr)
            return 2
        findings = run_validator(job.spec)
        found += len(findings)
        for message, where in findings:
            location = f" (at {where})" if where and where != "$" else ""
            print(
                f"{_display(job.spec)}: warning W001 (spec-validator): {VALIDATOR}:"
                f" {one_line(message + location)}"
            )
        if not findings:
            print(f"{_display(job.spec)}: valid")
    return 1 if found else 0


def _examples(jobs: list[ClientJob], args: argparse.Namespace) -> int:
    """Generate each client into a scratch folder (under a name of its own,
    so that nothing installed answers the import instead) and replay every
    example it carries; one line per example that is not ok, and a summary."""
    import importlib
    import tempfile

    try:
        import httpx  # noqa: F401 - only to say so early
    except ImportError:
        print(
            "error: the examples command runs the generated clients, which need"
            ' httpx; install it (pip install "httpx>=0.27,<1") and run again',
            file=sys.stderr,
        )
        return 2
    from .pipeline import generate_package
    from .replay import examples_of, judge, summary
    from .write import write_package

    verdicts = []
    with tempfile.TemporaryDirectory(prefix="generator-examples-") as scratch:
        sys.path.insert(0, scratch)
        try:
            for index, job in enumerate(jobs):
                job = replace(
                    job, output=Path(scratch), package=f"replayed_{index}_{job.package}"
                )
                try:
                    package = generate_package(job, format_mode="none", validate=False)
                except GenerationFailed as failure:
                    _print_diagnostics(failure)
                    return 2
                write_package(
                    job.package_dir, package.files, package.manifest, package.user_owned
                )
                importlib.invalidate_caches()
                spec = _display(job.spec)
                for operation_id, listed in examples_of(job.package_dir).items():
                    for example in listed:
                        for is_async in (False, True) if args.is_async else (False,):
                            verdict = judge(
                                job.package, operation_id, example, is_async
                            )
                            verdicts.append(verdict)
                            if args.json:
                                print(
                                    json.dumps(
                                        {
                                            "spec": spec,
                                            "async": is_async,
                                            **vars(verdict),
                                        }
                                    )
                                )
                            elif verdict.kind != "ok":
                                print(verdict.line(spec))
        finally:
            sys.path.remove(scratch)
    print(summary(verdicts), file=sys.stderr if args.json else sys.stdout)
    if any(v.kind == "client defect" for v in verdicts):
        return 1
    return 1 if args.strict and any(v.kind == "example defect" for v in verdicts) else 0


def _print_diagnostics(failure: GenerationFailed) -> None:
    for diagnostic in failure.diagnostics:
        print(diagnostic.format(), file=sys.stderr)


def _run_all(
    jobs: list[ClientJob], args: argparse.Namespace
) -> list[GeneratedPackage] | None:
    from .pipeline import generate_package

    packages = []
    failed = False
    for job in jobs:
        try:
            package = generate_package(
                job,
                format_mode=args.format,
                validate=not args.no_validate,
                strict=args.strict,
                verbose=args.verbose,
            )
        except GenerationFailed as failure:
            _print_diagnostics(failure)
            failed = True
            continue
        for diagnostic in package.diagnostics:
            print(diagnostic.format(), file=sys.stderr)
        packages.append(package)
    if failed:
        print(
            "error: nothing was written; fix the problems above and run again",
            file=sys.stderr,
        )
        return None
    return packages


def _split_up_to_date(
    jobs: list[ClientJob], args: argparse.Namespace
) -> tuple[list[ClientJob], list[ClientJob]]:
    """(up to date by the last run's record, to run)."""
    if args.full or args.strict:
        return [], jobs
    from .state import is_up_to_date

    fresh = [job for job in jobs if is_up_to_date(job, args.format)]
    return fresh, [job for job in jobs if job not in fresh]


def _generate(jobs: list[ClientJob], args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        for job in jobs:
            check_output(job)
    except GenerationFailed as failure:
        _print_diagnostics(failure)
        return 2
    fresh, stale = _split_up_to_date(jobs, args)
    packages = _run_all(stale, args) if stale else []
    if packages is None:
        return 2
    from .state import remember
    from .write import write_package

    changed: list[str] = []
    for package in packages:
        written = time.perf_counter()
        try:
            summary = write_package(
                package.job.package_dir,
                package.files,
                package.manifest,
                package.user_owned,
            )
        except GenerationFailed as failure:  # the manifest changed meanwhile
            _print_diagnostics(failure)
            return 2
        stages = {**package.timings, "write": time.perf_counter() - written}
        if args.timings:
            print(f"TIMINGS {json.dumps(stages)}", file=sys.stderr)
        remember(package.job, args.format, package.inputs, package.manifest.text())
        if summary.added or summary.changed or summary.removed:
            changed.append(_display(package.job.package_dir))
        if not args.quiet:
            # This client's own time (its stages), not the run's so far.
            own = sum(stages.values())
            print(f"{_display(package.job.package_dir)}: {summary.line()} ({own:.2f}s)")
    if not args.quiet:
        for job in fresh:
            print(
                f"{_display(job.package_dir)}: up to date, nothing to do (--full regenerates anyway)"
            )
        if len(jobs) > 1:
            print(f"{len(jobs)} clients in {time.perf_counter() - started:.2f}s")
    if args.fail_on_change and changed:
        print(
            f"generated code changed; stage it and commit again: git add {' '.join(changed)}"
        )
        return 1
    return 0


def _check(jobs: list[ClientJob], args: argparse.Namespace) -> int:
    from .write import MANIFEST

    _fresh, stale = _split_up_to_date(jobs, args)
    packages = _run_all(stale, args) if stale else []
    if packages is None:
        return 2
    out_of_date = False
    for package in packages:
        folder = package.job.package_dir
        expected = {**package.files, MANIFEST: package.manifest.text()}
        present = _read_tree(folder, set(expected) | _previously_generated(folder))
        diff = _diff(folder, present, expected)
        for name in sorted(package.user_owned):
            if not (folder / name).exists():
                diff.append(
                    f"{_display(folder / name)} is missing (it is created once, then yours)\n"
                )
        if diff:
            out_of_date = True
            sys.stdout.writelines(diff)
        else:
            from .state import remember

            remember(package.job, args.format, package.inputs, package.manifest.text())
    if out_of_date:
        print(
            f"\ngenerated code is out of date; run `{REGENERATE_HINT}` and commit the result"
        )
        return 1
    if not args.quiet:
        print(f"{len(jobs)} client(s) up to date")
    return 0


def _previously_generated(folder: Path) -> set[str]:
    from .write import Manifest

    return set(Manifest.read(folder).files)


def _read_tree(folder: Path, names: set[str]) -> dict[str, str]:
    present = {}
    for name in names:
        try:
            present[name] = (folder / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return present


def _diff(folder: Path, present: dict[str, str], expected: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for name in sorted(set(present) | set(expected)):
        old, new = present.get(name), expected.get(name)
        if old == new:
            continue
        path = _display(folder / name)
        lines += difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            fromfile=f"{path} (on disk)" if old is not None else "/dev/null",
            tofile=f"{path} (from spec)" if new is not None else "/dev/null",
        )
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
    return lines


def _display(path: Path) -> str:
    """A path for the terminal: a file name cannot break the line."""
    from .load.lines import display_path
    from .text import one_line

    return one_line(display_path(path))


__all__ = ["main"]
