"""Problems as values: collected across a run, printed together, sorted."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Level(enum.IntEnum):
    WARNING = 1
    ERROR = 2


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    pointer: str
    level: Level
    message: str

    def format(self) -> str:
        """One line, always: file names, pointers and messages quote spec
        text, whose line breaks and control characters (a forged second
        diagnostic, a terminal escape) are spelled out as escapes."""
        from .text import one_line

        location = one_line(self.file)
        if self.line:
            location += f":{self.line}"
        pointer = f" {one_line(self.pointer)}:" if self.pointer else ""
        return (
            f"{location}:{pointer} {self.level.name.lower()}: {one_line(self.message)}"
        )


class GenerationFailed(Exception):
    """Raised when a stage cannot go on; the diagnostics say why."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


@dataclass
class Diagnostics:
    """The sink every stage reports into.

    Lines are looked up lazily (see `load.lines`): finding a line costs a second
    parse of the file, which only a run that has something to report pays for.
    """

    items: list[Diagnostic] = field(default_factory=list)
    line_finder: object = None
    verbose: bool = False  # report each of many similar findings, not a summary

    def add(
        self,
        level: Level,
        message: str,
        file: str = "",
        pointer: str = "",
        locate: bool = True,
    ) -> None:
        line = 0
        finder = self.line_finder
        if finder is not None and file and locate:
            line = finder.line_of(file, pointer)  # type: ignore[attr-defined]
        self.items.append(Diagnostic(file, line, pointer, level, message))

    def warn(self, message: str, file: str = "", pointer: str = "") -> None:
        self.add(Level.WARNING, message, file, pointer)

    def error(self, message: str, file: str = "", pointer: str = "") -> None:
        self.add(Level.ERROR, message, file, pointer)

    @property
    def has_errors(self) -> bool:
        return any(d.level is Level.ERROR for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(set(self.items))

    def fail_if_errors(self) -> None:
        if self.has_errors:
            raise GenerationFailed(self.sorted())
