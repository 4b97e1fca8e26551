"""The import manager: a module's imports follow from what its code uses.

A template marks where imports go with `IMPORTS_MARKER`; after rendering, the
code below the marker is scanned for each known name's use, and exactly the
needed imports are written, grouped and sorted as isort/black expect.
"""

from __future__ import annotations

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


# A docstring, from its opening triple quote to its closing one.
_DOCSTRING = re.compile(r'""".*?"""', re.DOTALL)


@functools.cache
def _matcher(pattern: str) -> tuple[str, re.Pattern[str], bool]:
    """The pattern's plain text, the pattern compiled, and whether every
    match starts where that text does (the text comes first, after anchors)."""
    literal = _literal_part(pattern)
    head = re.sub(r"^(?:\(\?m\)|\\b|\^)+", "", pattern).replace("\\", "")
    return literal, re.compile(pattern), bool(literal) and head.startswith(literal)


def _used(pattern: str, code: str) -> bool:
    """Whether `pattern` matches somewhere in `code`. The plain text it must
    contain is found first (in C, and most names are absent); where a match
    starts at that text, the pattern is tried there only, not at every
    position of a module that may be megabytes long."""
    literal, compiled, anchored = _matcher(pattern)
    if not anchored:
        return literal in code and compiled.search(code) is not None
    at = code.find(literal)
    while at != -1:
        if compiled.match(code, at):
            return True
        at = code.find(literal, at + 1)
    return False


def _code_only(text: str) -> str:
    """The text without docstrings, so that prose never asks for an import.
    (The emitter never puts an unescaped triple quote inside a docstring.)
    One pass in C, and no list of lines: a big spec's models module is
    hundreds of thousands of them."""
    return _DOCSTRING.sub("", text)


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
    it has one) matches. A module's usage is the union of its parts':
    a big module's parts are scanned where they are rendered, in parallel."""
    _, marker, body = text.partition(IMPORTS_MARKER + "\n")
    code = _code_only(body if marker else text)
    return frozenset(p for p in _PATTERNS if _used(p, code))


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
