"""Problems as values: collected across a run, printed together, sorted."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field


class Level(enum.IntEnum):
    WARNING = 1
    ERROR = 2


# Every warning has a code and a name that stay the same from version to
# version: `ignore` in the config and `--ignore` on the command line name them.
WARNINGS: dict[str, tuple[str, str]] = {
    "W001": ("spec-validator", "openapi-spec-validator finds the document invalid"),
    "W002": ("unknown-type", "a schema type no JSON Schema has; read as any value"),
    "W003": ("collection-format", "an unknown collectionFormat; csv is used"),
    "W004": ("default-null", "`default: null` on a property that is not nullable"),
    "W005": ("enum-values", "x-ms-enum and `enum` list different values"),
    "W006": (
        "final-state-via",
        "an unknown x-ms-long-running-operation final-state-via",
    ),
    "W007": ("pageable-items", "x-ms-pageable names an items array the response lacks"),
    "W008": ("xml-shape", "an `xml` object that is not what the specification allows"),
    "W009": ("xml-long-running", "a long-running operation with XML answers"),
    "W010": ("false-property", "a property whose schema is `false`"),
    "W011": (
        "not-supported",
        "links, callbacks, webhooks, own servers, http auth schemes: left out",
    ),
    "W012": ("missing-example", "an x-ms-examples file that does not exist"),
    "W013": ("invalid-example", "an x-ms-examples file that is not an example's JSON"),
    "W014": ("query-template", "a template in a path's query that names no parameter"),
    "W015": ("enum-type", "`enum` values that cannot be values of the schema's type"),
    "W016": ("default-type", "an argument's default that is no value of its type"),
    "W017": ("mapping-target", "a discriminator mapping entry that names nothing"),
    "W018": (
        "ignored-header",
        "an OpenAPI 3 `Accept` or `Content-Type` header parameter",
    ),
    "W019": (
        "duplicate-header",
        "a header parameter named as another one, but for case",
    ),
    "W020": ("ref-to-parameter", "a `$ref` where a schema belongs to a parameter"),
}
_CODES_BY_NAME = {name: code for code, (name, _) in WARNINGS.items()}


def warning_code(text: str) -> str | None:
    """The code a config or command line means by `W012` or `missing-example`."""
    text = text.strip()
    if text.upper() in WARNINGS:
        return text.upper()
    return _CODES_BY_NAME.get(text.lower())


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int
    pointer: str
    level: Level
    message: str
    code: str = ""  # a warning's (see WARNINGS)

    def format(self) -> str:
        """One line, always: file names, pointers and messages quote spec
        text, whose line breaks and control characters (a forged second
        diagnostic, a terminal escape) are spelled out as escapes."""
        from .text import one_line

        location = one_line(self.file)
        if self.line:
            location += f":{self.line}"
        pointer = f" {one_line(self.pointer)}:" if self.pointer else ""
        level = self.level.name.lower()
        if self.code in WARNINGS:
            level += f" {self.code} ({WARNINGS[self.code][0]})"
        return f"{location}:{pointer} {level}: {one_line(self.message)}"


@dataclass(frozen=True)
class Ignore:
    """A warning to leave unsaid: a code, anywhere or at one JSON pointer
    and below it (a known upstream defect, recorded once in the config)."""

    code: str
    pointer: str = ""

    def matches(self, diagnostic: Diagnostic) -> bool:
        if diagnostic.code != self.code:
            return False
        if not self.pointer:
            return True
        return diagnostic.pointer == self.pointer or diagnostic.pointer.startswith(
            self.pointer.rstrip("/") + "/"
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
    ignore: tuple[Ignore, ...] = ()
    ignored: int = 0  # warnings left unsaid by `ignore`
    # (file, pointer) -> the pointer in the file as written, where a front end
    # reads a document through views whose places it does not have
    pointer_in_file: Callable[[str, str], str] | None = None

    def add(
        self,
        level: Level,
        message: str,
        file: str = "",
        pointer: str = "",
        locate: bool = True,
        code: str = "",
    ) -> None:
        viewed = pointer  # (an `ignore` written for it still holds)
        if self.pointer_in_file is not None and file and pointer:
            pointer = self.pointer_in_file(file, pointer)
        if level is Level.WARNING and (
            self.ignores(code, pointer) or self.ignores(code, viewed)
        ):
            self.ignored += 1
            return
        line = 0
        finder = self.line_finder
        if finder is not None and file and locate:
            line = finder.line_of(file, pointer)  # type: ignore[attr-defined]
        self.items.append(Diagnostic(file, line, pointer, level, message, code))

    def ignores(self, code: str, pointer: str) -> bool:
        """Whether a warning of this code at this pointer is to be left unsaid."""
        found = Diagnostic("", 0, pointer, Level.WARNING, "", code)
        return any(rule.matches(found) for rule in self.ignore)

    def warn(self, code: str, message: str, file: str = "", pointer: str = "") -> None:
        assert code in WARNINGS, code
        self.add(Level.WARNING, message, file, pointer, code=code)

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
