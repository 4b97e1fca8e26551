"""Spec text as generated text: the one place where a string a spec (or its
file name) controls becomes part of a Python literal, a comment, TOML or
Markdown. Docstrings have their own (`docstrings.escape`).

Every function here returns text that cannot end its context: no line break
reaches a comment (Python, black and editors each count different characters
as line breaks, so all of them are escaped), no quote ends a string.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from typing import Any

from ..text import one_line

__all__ = [
    "comment",
    "md_code",
    "md_text",
    "one_line",
    "py_literal",
    "py_str",
    "toml_str",
]


def comment(text: str) -> str:
    """Text for the inside of a `#` comment."""
    return one_line(text)


def toml_str(value: object) -> str:
    """A TOML basic string (JSON's escapes are TOML's, but TOML also refuses
    DEL and lone surrogates, which JSON lets through)."""
    text = re.sub("[\ud800-\udfff]", "\ufffd", str(value))
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def md_text(text: str) -> str:
    """Spec prose (Markdown, as OpenAPI defines it) inside one line of
    Markdown, such as a heading or a table cell: its inline markup stays, but
    it cannot start a line (a heading, a fence, a row) or end the cell."""
    text = " ".join(one_line(text.replace("\n", " ").replace("\r", " ")).split())
    return text.replace("|", "\\|")


def md_code(text: str) -> str:
    """Spec text as an inline code span, on one line, inside a table cell."""
    text = " ".join(one_line(text.replace("\n", " ")).split()).replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# (wire names repeat in every model and operation of a big spec)
@functools.lru_cache(maxsize=1 << 16)
def py_str(value: str) -> str:
    """A double-quoted literal unless single quotes need fewer escapes (black's rule)."""
    body = repr(value)
    if body.startswith("'") and '"' not in value:
        return '"' + body[1:-1].replace("\\'", "'") + '"'
    return body


def literal_type(values: Sequence[str]) -> str:
    """`Literal["a", "b"]`: the type of an argument that takes one of these."""
    return f"Literal[{', '.join(py_str(v) for v in values)}]"


def py_literal(value: Any) -> str:
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'  # `inf` and `nan` are not literals
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(py_literal(v) for v in value)
        if isinstance(value, tuple):
            return f"({inner},)" if len(value) == 1 else f"({inner})"
        return f"[{inner}]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
            + "}"
        )
    raise TypeError(f"no literal for {type(value).__name__}")
