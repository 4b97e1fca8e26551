"""Which clients to generate, from `[tool.generator]` in pyproject.toml.

[[tool.generator.clients]]
spec = "specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml"
output = "generated"
package = "azure_openai_authoring"
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, GenerationFailed, Level


@dataclass(frozen=True)
class ClientJob:
    spec: Path
    output: Path  # the folder that holds the package folder
    package: str
    allowed_root: Path
    # kind ("groups", "operations", "models", "properties") -> {old: new}
    renames: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    version: str | None = None  # the package's version; default: from info.version

    @property
    def rename_table(self) -> dict[str, dict[str, str]]:
        return {kind: dict(pairs) for kind, pairs in self.renames}

    @property
    def package_dir(self) -> Path:
        return self.output / self.package


_PACKAGE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_package_name(name: str, where: str) -> None:
    if not _PACKAGE_NAME.match(name) or name in ("generator",):
        raise GenerationFailed(
            [
                Diagnostic(
                    where,
                    0,
                    "",
                    Level.ERROR,
                    f"package name {name!r} is not a valid Python identifier; use letters, digits and _",
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
