"""Which clients to generate, from `[tool.generator]` in pyproject.toml.

[[tool.generator.clients]]
spec = "specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml"
output = "generated"
package = "azure_openai_authoring"
"""

from __future__ import annotations

import keyword
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import (
    WARNINGS,
    Diagnostic,
    GenerationFailed,
    Ignore,
    Level,
    warning_code,
)


@dataclass(frozen=True)
class ClientJob:
    spec: Path
    output: Path  # the folder that holds the package folder
    package: str
    allowed_root: Path
    # kind ("groups", "operations", "models", "properties") -> {old: new}
    renames: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    version: str | None = None  # the package's version; default: from info.version
    # "group.method" -> (flag, item): event streams switched by a body field
    streams: tuple[tuple[str, tuple[str, str]], ...] = ()
    # The folder the output must stay inside (the config's folder, for a
    # client the config lists); None: wherever the command line says.
    output_root: Path | None = None
    # `allow_external_output = true` (or --allow-external-output): the output
    # may be outside output_root, or the package folder a symbolic link.
    allow_external_output: bool = False
    # Warnings to leave unsaid (`ignore = [...]`, `--ignore`): known defects
    # of a spec that is not ours to fix.
    ignore: tuple[Ignore, ...] = ()

    @property
    def rename_table(self) -> dict[str, dict[str, str]]:
        return {kind: dict(pairs) for kind, pairs in self.renames}

    @property
    def package_dir(self) -> Path:
        return self.output / self.package


_PACKAGE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# What the generated package imports, and what its own imports would find
# instead of the real module if the package had that name.
_TAKEN_NAMES = frozenset(
    {
        *sys.stdlib_module_names,
        "httpx",
        "httpcore",
        "h11",
        "h2",
        "anyio",
        "sniffio",
        "idna",
        "certifi",
        "typing_extensions",
        "generator",
    }
)


def check_package_name(name: str, where: str) -> None:
    problem = package_name_problem(name)
    if problem:
        raise GenerationFailed(
            [Diagnostic(where, 0, "", Level.ERROR, f"package name {name!r} {problem}")]
        )


def package_name_problem(name: str) -> str:
    """Why `name` cannot name the generated package ("" where it can)."""
    problem = ""
    if not _PACKAGE_NAME.match(name):
        problem = "is not a valid Python identifier; use letters, digits and _"
    elif keyword.iskeyword(name):
        problem = "is a Python keyword, which cannot be imported"
    elif name.startswith("__") and name.endswith("__"):
        problem = "is a name Python reserves (dunder); choose another"
    elif name in _TAKEN_NAMES or name.lower() in _TAKEN_NAMES:
        problem = (
            "would shadow the module of that name (the standard library, or what"
            " the generated package itself imports); choose another, such as"
            f" {name}_client"
        )
    return problem


def _streams(table: object, where: str) -> tuple[tuple[str, tuple[str, str]], ...]:
    if table is None:
        return ()
    if not isinstance(table, dict) or not all(
        isinstance(v, dict)
        and isinstance(v.get("flag"), str)
        and isinstance(v.get("item"), str)
        for v in table.values()
    ):
        raise GenerationFailed(
            [
                Diagnostic(
                    where,
                    0,
                    "",
                    Level.ERROR,
                    'stream must be a table such as "group.method" = { flag = "stream",'
                    ' item = "Model" }',
                )
            ]
        )
    return tuple(sorted((str(k), (v["flag"], v["item"])) for k, v in table.items()))


def parse_ignore(entries: object, where: str) -> tuple[Ignore, ...]:
    """`ignore = ["W012", { code = "missing-example", pointer = "/paths/...",
    reason = "..." }]`: a code (or its name) everywhere, or at a JSON pointer
    and below it. A code no warning has is an error, so that a typo cannot
    silence nothing while looking as if it did something."""
    if entries is None:
        return ()
    if not isinstance(entries, list):
        entries = [entries]
    rules = []
    for entry in entries:
        if isinstance(entry, str):
            text, pointer = entry, ""
            if ":" in entry:
                text, _, pointer = entry.partition(":")
        elif (
            isinstance(entry, dict)
            and isinstance(entry.get("code"), str)
            and set(entry) <= {"code", "pointer", "reason"}
        ):  # (a misspelt `pointer` must not widen the rule to everywhere)
            text, pointer = entry["code"], entry.get("pointer", "")
        else:
            text, pointer = "", ""
        code = warning_code(text)
        if code is None or not isinstance(pointer, str):
            known = ", ".join(f"{c} {name}" for c, (name, _) in WARNINGS.items())
            raise GenerationFailed(
                [
                    Diagnostic(
                        where,
                        0,
                        "",
                        Level.ERROR,
                        f"ignore: {entry!r} names no warning; give a code or name"
                        f' ("W012", "missing-example", or "W012:/json/pointer", or'
                        f' {{ code = "W012", pointer = "/paths/...", reason = "..." }}); the codes:'
                        f" {known}",
                    )
                ]
            )
        rules.append(Ignore(code, pointer))
    return tuple(rules)


def check_output(job: ClientJob) -> None:
    """Refuse to write where the job does not own the folder: an output the
    config puts outside its own folder (`output = "../../x"`), or a package
    folder that is a symbolic link (writes would land wherever it points)."""
    if job.allow_external_output:
        return
    where = "--output" if job.output_root is None else "output"
    problem = ""
    if job.output_root is not None and not job.package_dir.resolve().is_relative_to(
        job.output_root.resolve()
    ):
        problem = (
            f"the package folder {job.package_dir} is outside {job.output_root}, the"
            " folder of the config that names it"
        )
    elif job.package_dir.is_symlink():
        problem = (
            f"the package folder {job.package_dir} is a symbolic link (to"
            f" {job.package_dir.resolve()}); the generator writes only into a folder"
            " it owns"
        )
    if problem:
        raise GenerationFailed(
            [
                Diagnostic(
                    where,
                    0,
                    "",
                    Level.ERROR,
                    f"{problem}. If that is really where it belongs, pass"
                    " --allow-external-output (or set allow_external_output = true"
                    " in [tool.generator] or in the client's entry)",
                )
            ]
        )


def find_config(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def read_config(path: Path) -> list[ClientJob]:
    display = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise GenerationFailed(
            [Diagnostic(display, 0, "", Level.ERROR, f"invalid TOML: {exc}")]
        ) from None
    section = data.get("tool", {}).get("generator")
    if not isinstance(section, dict):
        raise GenerationFailed(
            [
                Diagnostic(
                    display,
                    0,
                    "",
                    Level.ERROR,
                    "no [tool.generator] section; add one, or pass SPEC --output DIR --package NAME",
                )
            ]
        )
    root = path.parent
    jobs = []
    for index, entry in enumerate(section.get("clients") or []):
        where = f"{display}: tool.generator.clients[{index}]"
        missing = [k for k in ("spec", "package") if not isinstance(entry.get(k), str)]
        if missing:
            raise GenerationFailed(
                [Diagnostic(where, 0, "", Level.ERROR, f"missing {', '.join(missing)}")]
            )
        check_package_name(entry["package"], where)
        rename = entry.get("rename") or {}
        if not isinstance(rename, dict) or not all(
            isinstance(v, dict) for v in rename.values()
        ):
            raise GenerationFailed(
                [
                    Diagnostic(
                        where,
                        0,
                        "",
                        Level.ERROR,
                        'rename must be a table of tables, e.g. models = { Old = "New" }',
                    )
                ]
            )
        jobs.append(
            ClientJob(
                spec=root / entry["spec"],
                output=root / str(entry.get("output", "generated")),
                package=entry["package"],
                allowed_root=root,
                renames=tuple(
                    (kind, tuple((str(k), str(v)) for k, v in table.items()))
                    for kind, table in sorted(rename.items())
                ),
                version=str(entry["version"]) if "version" in entry else None,
                streams=_streams(entry.get("stream"), where),
                output_root=root,
                allow_external_output=entry.get("allow_external_output") is True
                or section.get("allow_external_output") is True,
                ignore=parse_ignore(section.get("ignore"), f"{display}: tool.generator")
                + parse_ignore(entry.get("ignore"), where),
            )
        )
    if not jobs:
        raise GenerationFailed(
            [
                Diagnostic(
                    display, 0, "", Level.ERROR, "[tool.generator] lists no clients"
                )
            ]
        )
    return jobs
