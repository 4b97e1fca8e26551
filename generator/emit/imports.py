"""The import manager: a module's imports follow from what its code uses.

A template marks where imports go with `IMPORTS_MARKER`; after rendering, the
code below the marker is scanned for each known name's use, and exactly the
needed imports are written, grouped and sorted as isort/black expect.
"""

from __future__ import annotations

import bisect
import functools
import re

IMPORTS_MARKER = "# -- imports --"

# Code that reads the models module through its lazy proxy.
_MODELS = r"\b_models\.\w"

# (section, import line, pattern that shows the name is used). The patterns
# are regular expressions, tried on code only (never on docstrings).
_KNOWN: tuple[tuple[int, str, str], ...] = (
    (0, "import builtins", r"\bbuiltins\.\w"),
    (0, "import datetime", r"\bdatetime\.(?:datetime|date|time|timedelta)\b"),
    (0, "import decimal", r"\bdecimal\.Decimal\b"),
    (0, "import enum", r"\benum\.Enum\b"),
    (0, "import functools", r"\bfunctools\.(?:partial\(|cached_property\b)"),
    (0, "import warnings", r"\bwarnings\.warn\("),
    (0, "from collections.abc import Mapping", r"\bMapping\["),
    (0, "from dataclasses import dataclass, field", r"(?m)^@dataclass\b"),
    (0, "from typing import {typing}", ""),
    (2, "from . import {local}", ""),
    (2, "from ._lazy import LazyModule", _MODELS),
    (2, "from ._paging import {paging}", ""),
    (
        2,
        "from ._response import with_raw_response, with_streaming_response",
        r"\bwrap = with_raw_response\b",
    ),
    (
        2,
        "from ._response import async_with_raw_response, async_with_streaming_response",
        r"\bwrap = async_with_raw_response\b",
    ),
    (2, "from ._polling import {polling}", ""),
    (2, "from ._streaming import {streaming}", ""),
)
_TYPING = {
    "Any": r"\bAny\b",
    "ClassVar": r"\bClassVar\[",
    "Literal": r"\bLiteral\[",
    "TypeAlias": r": TypeAlias\b",
    "TYPE_CHECKING": _MODELS,
    "cast": r"\bcast\(",
    "overload": r"(?m)^\s*@overload\b",
}
_LOCAL_MODULES = {
    "_pipeline": r"\b_pipeline\.\w",
    "_serde": r"\b_serde\.\w",
    "_xml_shapes": r"\b_xml_shapes\.\w",
}
_FROM_RUNTIME = {
    "paging": ("ItemPaged", "AsyncItemPaged"),
    "polling": ("LROPoller", "AsyncLROPoller"),
    "streaming": ("ByteStream", "EventStream", "AsyncByteStream", "AsyncEventStream"),
}


def _literal_part(pattern: str) -> str:
    """The plain text every match of `pattern` contains, for a fast pre-check."""
    text = re.sub(r"\(\?m\)|\\b|\^|\\s\*|\\w|\(\?:[^)]*\)", "", pattern)
    return text.replace("\\", "")


@functools.cache
def _matcher(pattern: str) -> tuple[str, re.Pattern[str], bool]:
    """The pattern's plain text, the pattern compiled, and whether every
    match starts where that text does (the text comes first, after anchors)."""
    literal = _literal_part(pattern)
    head = re.sub(r"^(?:\(\?m\)|\\b|\^)+", "", pattern).replace("\\", "")
    return literal, re.compile(pattern), bool(literal) and head.startswith(literal)


def _used(pattern: str, code: str, prose: _Prose | None = None) -> bool:
    """Whether `pattern` matches somewhere in `code` (outside the docstrings
    of `prose`, where given)."""
    return bool(_match(pattern, code, prose))


def _match(pattern: str, code: str, prose: _Prose | None) -> bool | None:
    """Whether `pattern` matches somewhere in `code` outside its docstrings,
    or None where its plain text is nowhere. That text is found first (in
    C, and most names are absent); where a match starts at that text, the
    pattern is tried there only, not at every position of a module that
    may be megabytes long."""
    literal, compiled, anchored = _matcher(pattern)
    at = code.find(literal)
    if at == -1:
        return None
    if not anchored:
        # (a match may start before the text: `^\s*@overload`)
        at = 0
        while (found := compiled.search(code, at)) is not None:
            at = found.start()
            end = prose.end(at) if prose is not None else at
            if end == at:
                return True
            at = end
        return False
    while at != -1:
        end = prose.end(at) if prose is not None else at
        if end == at and compiled.match(code, at):
            return True
        at = code.find(literal, max(end, at + 1))
    return False


class _Prose:
    """Where the docstrings of a module are: each runs from a triple quote
    to the next one (the emitter never puts an unescaped triple quote inside
    a docstring), as a non-greedy search from triple quote to triple quote
    finds them one after the other. Found when first asked: a module that uses none of the names
    needs none of it."""

    def __init__(self, code: str) -> None:
        self._code = code
        self._quotes: list[int] | None = None

    def end(self, at: int) -> int:
        """`at`, or the end of the docstring that holds it."""
        quotes = self._quotes
        if quotes is None:
            quotes = self._quotes = [
                m.start() for m in _TRIPLE_QUOTE.finditer(self._code)
            ]
        # (the quotes pair up in order: an opening one at an even index)
        before = bisect.bisect_right(quotes, at)  # how many start at or before
        opening = before - 1 if before % 2 else before - 2
        if opening >= 0 and opening + 1 < len(quotes):
            closed = quotes[opening + 1] + 3
            if at < closed:
                return closed
        return at


_TRIPLE_QUOTE = re.compile('"""')


def _isort_key(name: str) -> tuple[int, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def _black_import(line: str) -> str:
    """A `from` import too long for one line, as black writes it: one name
    per line (so the module needs no formatting for its imports)."""
    if len(line) <= 88 or not line.startswith("from "):
        return line
    module, _, names = line.partition(" import ")
    return "".join(
        [f"{module} import (\n", *(f"    {n},\n" for n in names.split(", ")), ")"]
    )


# Every pattern whose match asks for an import (once each).
_PATTERNS = tuple(
    dict.fromkeys(
        [
            *_TYPING.values(),
            *(rf"\b{n}\b" for names in _FROM_RUNTIME.values() for n in names),
            *_LOCAL_MODULES.values(),
            *(pattern for _, _, pattern in _KNOWN if pattern),
            _MODELS,
        ]
    )
)


def import_usage(text: str) -> frozenset[str]:
    """The import patterns that the code of `text` (below the marker, where
    it has one) matches, docstrings aside. A module's usage is the union of
    its parts': a big module's parts are scanned where they are rendered,
    in parallel. The text is searched as it is, the docstrings looked up
    only where a name is found (no copy of megabytes without them), and a
    pattern whose plain text holds one found absent is not searched for."""
    _, marker, body = text.partition(IMPORTS_MARKER + "\n")
    code = body if marker else text
    prose = _Prose(code)
    absent: list[str] = []
    used = []
    for pattern in _PATTERNS:
        literal = _matcher(pattern)[0]
        if any(gone in literal for gone in absent):
            continue
        found = _match(pattern, code, prose)
        if found:
            used.append(pattern)
        elif found is None:
            absent.append(literal)
    return frozenset(used)


def resolve_imports(text: str, *more: str, usage: frozenset[str] | None = None) -> str:
    """The module `text` (followed by the parts `more`, which hold whole
    statements) with its imports written where the marker is: the parts
    are not joined before (a big models module is rendered in parts).
    `usage`: the union of `import_usage` of `text` and `more`, where it is
    known already."""
    head, marker, body = text.partition(IMPORTS_MARKER + "\n")
    if not marker:
        return "".join((text, *more))
    if usage is None:
        usage = import_usage(text).union(*map(import_usage, more))

    def used(pattern: str) -> bool:
        return pattern in usage

    typing = sorted((n for n, p in _TYPING.items() if used(p)), key=_isort_key)
    runtime = {
        module: sorted(n for n in names if used(rf"\b{n}\b"))
        for module, names in _FROM_RUNTIME.items()
    }
    local_modules = sorted(n for n, p in _LOCAL_MODULES.items() if used(p))
    sections: dict[int, list[str]] = {0: [], 2: []}
    for section, line, pattern in _KNOWN:
        if "{typing}" in line:
            if typing:
                sections[section].append(line.format(typing=", ".join(typing)))
        elif "{local}" in line:
            if local_modules:
                sections[section].append(line.format(local=", ".join(local_modules)))
        elif "{paging}" in line or "{polling}" in line or "{streaming}" in line:
            module = line.rsplit("{", 1)[1].rstrip("}")
            if runtime[module]:
                sections[section].append(
                    line.format(**{module: ", ".join(runtime[module])})
                )
        elif used(pattern):
            sections[section].append(line)
    stdlib = sorted(l for l in sections[0] if l.startswith("import ")) + sorted(
        l for l in sections[0] if l.startswith("from ")
    )
    local = sorted(sections[2])
    blocks = [
        "\n".join(map(_black_import, block)) for block in (stdlib, local) if block
    ]
    if used(_MODELS):
        # The models module is imported on first use (see _lazy.py).
        blocks.append(
            "if TYPE_CHECKING:\n"
            "    from . import models as _models\n"
            "else:\n"
            '    _models = LazyModule(__name__.rpartition(".")[0] + ".models")'
        )
    if not blocks:
        return "".join((head, body.removeprefix("\n"), *more))
    return "".join((head, "\n\n".join(blocks), "\n", body, *more))
