"""The templates and the Jinja environment that renders them, with the
helpers templates call."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from .docstrings import docstring, normalize
from .imports import IMPORTS_MARKER
from .layout import (
    LINE_LENGTH,
    annotated_head,
    assign_call,
    assign_value,
    class_header,
    declaration_lines,
    def_header,
    join_lines,
    return_call,
    returns_lines,
    subscript_lines,
)
from .literals import md_code, md_text, py_literal, toml_str
from .readme import fence


def _templates_folder() -> Path:
    """templates/ at the top of the source tree, or inside the installed package."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "templates"
    return (
        installed
        if (installed / "models.py.jinja").is_file()
        else package.parent / "templates"
    )


TEMPLATES = _templates_folder()
RUNTIME = TEMPLATES / "runtime"

HEADER = "# Generated from {spec}; do not edit (regenerate instead)."


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        # Compiling the templates costs more than rendering them; the cache is
        # keyed by each template's source, so an edited template recompiles.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
    )
    env.filters["py"] = py_literal
    env.filters["all_sorted"] = all_sorted
    env.filters["toml"] = toml_str
    env.filters["md"] = md_text
    env.filters["md_code"] = md_code
    env.filters["fence"] = fence
    env.globals["docstring"] = docstring
    env.globals["def_header"] = def_header
    env.globals["class_header"] = class_header
    env.globals["assign_call"] = assign_call
    env.globals["return_call"] = return_call
    env.globals["assign"] = assign_value
    env.globals["annotated_head"] = annotated_head
    env.globals["subscript"] = _subscript
    env.globals["declare"] = lambda text, indent, tail="": join_lines(
        declaration_lines(text, indent, tail), indent
    )
    env.globals["returns"] = lambda text, tail, indent: join_lines(
        returns_lines(text, tail, indent), indent
    )
    # Text that normalizes to nothing (blanks, control characters) makes no docstring.
    env.tests["prose"] = lambda text: bool(text) and bool(normalize(text))
    env.globals["IMPORTS"] = IMPORTS_MARKER
    return env


def _subscript(prefix: str, annotation: str) -> str:
    """`prefix + outer[inner]` at column 0, split in its brackets as black
    splits one too long."""
    whole = prefix + annotation
    if len(whole) <= LINE_LENGTH:
        return whole
    return join_lines(subscript_lines(prefix, annotation, "", 0) or [whole], 0)


def all_sorted(names: Any) -> list[str]:
    """The order ruff expects in `__all__`: CONSTANTS, Classes, the rest; each
    group in (case-sensitive) natural order."""

    def key(name: str) -> tuple[int, list[Any]]:
        kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
        parts = re.split(r"(\d+)", name)
        return kind, [int(p) if p.isdigit() else p for p in parts]

    return sorted(names, key=key)
