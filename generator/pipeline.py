"""The whole run for one client: load, build the IR, render, format.

Nothing is written here; `write.write_package` does that once everything
succeeded, so a failed run leaves the output folder as it was.
"""

from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .config import ClientJob
from .diagnostics import Diagnostic, Diagnostics, Level
from .write import Manifest, check_manifest, sha256

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from .emit.models_module import UnitKey
    from .ir.model import ClientSpec
    from .load import SpecLoader
    from .parts import Part, PartMaker
    from .speculate import Speculation
    from .validate import PendingValidation


@dataclass
class GeneratedPackage:
    job: ClientJob
    files: dict[str, str]
    manifest: Manifest
    diagnostics: list[Diagnostic]
    inputs: list[tuple[Path, str]]  # every spec file read, and its bytes' sha256
    user_owned: dict[str, str]  # written only when absent (_patch.py)
    # seconds per stage: "load and IR", "emit", "format", "validate" (waiting)
    timings: dict[str, float] = field(default_factory=dict)


def generate_package(
    job: ClientJob,
    *,
    format_mode: str = "auto",
    validate: bool = False,
    strict: bool = False,
    verbose: bool = False,
) -> GeneratedPackage:
    """Raises GenerationFailed (with every diagnostic) when the spec has errors
    (or, with `strict`, warnings)."""
    from .load import SpecLoader
    from .parts import PartMaker
    from .speculate import Speculation

    # Before any work: a tampered manifest stops the run.
    check_manifest(job.package_dir)
    clock = _Clock()
    diagnostics = Diagnostics(verbose=verbose, ignore=job.ignore)
    loader = SpecLoader(diagnostics, job.allowed_root)
    pending = None
    if validate:
        from .validate import PendingValidation

        # Runs beside building the IR, rendering and formatting; its verdict
        # is read at the end.
        with _no_cycles_made():
            root = loader.load(job.spec)
        if root is not None:  # (else the run stops at the IR)
            pending = PendingValidation(job.spec, root.data)
        del root  # (see loader.release_parsed)
    previous = Manifest.read(job.package_dir)
    # In a fresh output folder nothing can be reused: what is rendered is
    # formatted at once, in the same tasks (black mode formats the models
    # module whole: always at the end).
    now = not previous.raw and format_mode == "auto"
    maker = PartMaker(now, format_mode)
    speculation = Speculation(maker.part, maker.usage)
    frozen = gc.get_freeze_count()  # (see _no_cycles_made)
    try:
        return _generate(
            job,
            loader,
            diagnostics,
            pending,
            speculation,
            previous,
            maker,
            format_mode,
            strict,
            clock,
        )
    finally:
        # (a run that failed leaves no validator and no renderer running)
        if pending is not None:
            pending.cancel()
        speculation.cancel()
        if not frozen:  # (what the run froze is the collector's again)
            gc.unfreeze()


def _generate(
    job: ClientJob,
    loader: SpecLoader,
    diagnostics: Diagnostics,
    pending: PendingValidation | None,
    speculation: Speculation[Part, frozenset[str] | None],
    previous: Manifest,
    maker: PartMaker,
    format_mode: str,
    strict: bool,
    clock: _Clock,
) -> GeneratedPackage:
    from .emit.render import user_owned_files
    from .ir.front import build_client

    try:
        with _no_cycles_made():
            client = build_client(
                loader, diagnostics, job.package, job.spec, speculation.progress
            )
    except RecursionError:
        # Schemas nested thousands of levels deep; Python's stack ends first.
        diagnostics.error(
            "the document nests schemas too deeply to generate from; flatten it"
            " or name the inner schemas in `definitions`",
            display_path_from_root(job),
        )
        client = None
    diagnostics.fail_if_errors()
    assert client is not None
    if job.renames:
        from .ir.renames import apply_renames

        client = apply_renames(
            client, job.rename_table, diagnostics, display_path_from_root(job)
        )
        diagnostics.fail_if_errors()
    if job.streams:
        from .ir.streams import apply_streams

        client = apply_streams(
            client,
            {key: {"flag": flag, "item": item} for key, (flag, item) in job.streams},
            diagnostics,
            display_path_from_root(job),
        )
        diagnostics.fail_if_errors()
    if pending is not None:
        pending.inputs([(d.path, d.sha256) for d in loader.documents])
    loader.release_parsed()  # (nothing after the IR reads a spec)
    # (nor reports a place in one of its views; left in place, the hook
    # cost GitHub's run 18 MB of peak memory, for a reason not found)
    diagnostics.pointer_in_file = None
    if strict and pending is None:
        _fail_on_warnings(diagnostics)
    clock.lap("load and IR")
    emitted = _emit_and_format(
        client,
        job,
        display_path_from_root(job),
        format_mode,
        previous,
        maker,
        *speculation.results(client),
    )
    del client  # (before the models module is put together: 20 MB on GitHub's)
    generated, copied, manifest = emitted.assemble()
    clock.lap("emit and format")
    if pending is not None:
        from .validate import report

        root = loader.documents_by_path(job.spec)
        report(pending.result(), root, diagnostics, Level.WARNING)
        if strict:
            _fail_on_warnings(diagnostics)
        clock.lap("validate")
    files = {**generated, **copied}
    manifest.files = {path: sha256(text) for path, text in sorted(files.items())}
    inputs = [(document.path, document.sha256) for document in loader.documents]
    return GeneratedPackage(
        job,
        files,
        manifest,
        diagnostics.sorted(),
        inputs,
        user_owned_files(),
        clock.laps,
    )


Module = tuple[str, str, bool]  # (hash of the raw text, text, whether formatted)


@dataclass
class _Emitted:
    """Every module rendered, the models module still in parts. A module is
    formatted at once where no earlier run's result can be reused (a fresh
    output folder), else last, once its raw hash shows whether the file on
    disk is already the answer (see `assemble`)."""

    parts: list[Part]  # the models module's, in order
    usage: list[frozenset[str] | None]  # what its batches import (see parts.py)
    generated: dict[str, Module]  # every other module
    copied: dict[str, str]
    cached: Callable[[str, str], str | None]  # (path, raw hash) -> text on disk
    format_mode: str
    big: bool  # worth a second process

    def assemble(self) -> tuple[dict[str, str], dict[str, str], Manifest]:
        """(generated and formatted, copied, manifest with the raw hashes).
        What is not formatted yet is now: the models module part by part,
        every other module whole, shared by two processes as the rendering
        was; a module whose raw text is the last run's is taken from disk."""
        from .format import format_files
        from .parts import finished, joined
        from .workshare import share

        mode = self.format_mode
        raw_hashes = {path: digest for path, (digest, _, _) in self.generated.items()}
        # (the models module's raw hash is that of its parts' hashes: the raw
        # text as a whole never exists)
        raw_hashes["models.py"] = sha256("".join(p[0] for p in self.parts))
        parts_done = all(usage is not None for usage in self.usage)
        models = (
            None if parts_done else self.cached("models.py", raw_hashes["models.py"])
        )
        part_tasks: list[Callable[[], tuple[list[str], frozenset[str]]]] = []
        if models is None and not parts_done:
            texts = [text for _, text, _ in self.parts]
            part_tasks = [
                partial(finished, texts[start : start + UNITS_PER_TASK], mode)
                for start in range(0, len(texts), UNITS_PER_TASK)
            ]
            del texts
        paths = (
            []
            if mode == "none"
            else [path for path, (_, _, done) in self.generated.items() if not done]
        )
        module_tasks: list[Callable[[], str]] = []
        for path in paths:
            digest, text, _ = self.generated[path]
            module_tasks.append(
                partial(_format_module, path, digest, text, self.cached, mode)
            )
        count = len(part_tasks)  # (the finished parts come first)
        done, _ = share([*part_tasks, *module_tasks], lambda: None, fork=self.big)
        del part_tasks, module_tasks
        formatted = dict(zip(paths, cast("list[str]", done[count:])))
        if models is None:
            batches = cast("list[tuple[list[str], frozenset[str]]]", done[:count])
            texts = (
                [text for batch, _ in batches for text in batch]
                if count
                else [text for _, text, _ in self.parts]
            )
            usage = (
                [usage for _, usage in batches]
                if count
                else cast("list[frozenset[str]]", self.usage)
            )
            models = joined(texts, frozenset().union(*usage))
            del batches, texts
            if mode == "black" and not all(p[2] for p in self.parts):
                whole = format_files({"models.py": models}, lambda *_: None, "black")
                models = whole["models.py"]
        del done
        self.parts.clear()
        generated = {path: text for path, (_, text, _) in self.generated.items()}
        generated = {"models.py": models, **generated, **formatted}
        return generated, self.copied, Manifest(raw=raw_hashes)


def _format_module(
    path: str,
    digest: str,
    text: str,
    cached: Callable[[str, str], str | None],
    mode: str,
) -> str:
    """One whole module formatted, or the last run's result for the same raw
    text (`digest`)."""
    from .format import format_files

    known = cached(path, digest)
    if known is not None:
        return known
    return format_files({path: text}, lambda *_: None, mode)[path]


# Units of the models module rendered (and formatted) per task when two
# processes share the work: small enough for the two to finish together.
UNITS_PER_TASK = 150


def _emit_and_format(
    client: ClientSpec,
    job: ClientJob,
    display: str,
    format_mode: str,
    previous: Manifest,
    maker: PartMaker,
    ready: dict[UnitKey, Part],
    ready_usage: list[frozenset[str] | None],
) -> _Emitted:
    """Every module rendered (and, where nothing can be reused, formatted):
    the models module in units, those not `ready` (see `speculate`) a few
    at a time, and the async operation groups a few at a time, that two
    processes share (`workshare`), while this one renders the rest of the
    package."""
    from .emit.models_module import lookup_tables, unit_order
    from .emit.render import async_group_tasks, render_package
    from .parts import unit_parts
    from .workshare import share

    def cached(path: str, digest: str) -> str | None:
        # The last run formatted the same raw text into the file on disk.
        if previous.raw.get(path) != digest:
            return None
        try:
            existing = (job.package_dir / path).read_text(encoding="utf-8")
        except OSError:
            return None
        return existing if sha256(existing) == previous.files.get(path) else None

    def module(path: str, raw: str) -> Module:
        digest = sha256(raw)
        if not maker.now:
            return digest, raw, False
        return digest, _format_module(path, digest, raw, cached, format_mode), True

    def modules(task: Callable[[], dict[str, str]]) -> Callable[[], dict[str, Module]]:
        return lambda: {path: module(path, raw) for path, raw in task().items()}

    order = unit_order(client)
    todo = [unit for unit in order if unit[0] not in ready]
    tables = lookup_tables(client.enums, client.unions)
    unit_tasks = [
        partial(
            unit_parts,
            client,
            display,
            todo[start : start + UNITS_PER_TASK],
            tables,
            maker,
        )
        for start in range(0, len(todo), UNITS_PER_TASK)
    ]
    # (the head, the tail and one task of enums and models: too small to be
    # worth a process)
    big = len(order) > UNITS_PER_TASK + 2
    group_tasks = (
        [modules(t) for t in async_group_tasks(client, display)] if big else []
    )

    def rest() -> tuple[dict[str, Module], dict[str, str]]:
        generated, copied = render_package(
            client, display, job.version, models="", async_modules=not big
        )
        del generated["models.py"]
        return {path: module(path, raw) for path, raw in generated.items()}, copied

    tasks: list[Callable[[], object]] = [*unit_tasks, *group_tasks]
    done, (generated, copied) = share(tasks, rest, fork=big)
    batches = cast(
        "list[tuple[list[Part], frozenset[str] | None]]", done[: len(unit_tasks)]
    )
    fresh = iter([part for parts, _ in batches for part in parts])
    parts = [ready[key] if key in ready else next(fresh) for key, _ in order]
    usage = [*ready_usage, *(usage for _, usage in batches)]
    for found in done[len(unit_tasks) :]:
        generated.update(cast("dict[str, Module]", found))
    return _Emitted(parts, usage, generated, copied, cached, format_mode, big)


@contextmanager
def _no_cycles_made() -> Iterator[None]:
    """Parsing a spec and building its IR allocate millions of objects that
    live till the IR is done and make next to no reference cycles (GitHub's
    whole run leaves 266 objects for the cyclic collector): walking them
    cost 14 collections and 0.13 s. The collector waits till the end of the
    block, and what the block made is frozen, never walked again (nor its
    headers written, which would copy a forked helper's shared pages)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


class _Clock:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self._last
        self._last = now


def _fail_on_warnings(diagnostics: Diagnostics) -> None:
    diagnostics.items = [replace(d, level=Level.ERROR) for d in diagnostics.items]
    diagnostics.fail_if_errors()


def display_path_from_root(job: ClientJob) -> str:
    """The spec's path relative to the config root: stable on every machine."""
    try:
        return job.spec.resolve().relative_to(job.allowed_root.resolve()).as_posix()
    except ValueError:
        return job.spec.name
