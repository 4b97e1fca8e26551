"""Spec prose in docstrings: normalized, and never able to break out."""

from __future__ import annotations

import ast

import pytest

from generator.emit.docstrings import docstring, normalize

HOSTILE = [
    'ends with a quote"',
    'three """ quotes """ inside',
    "single ''' quotes",
    "a trailing backslash \\",
    "escapes \\n \\x00 \\N{DASH} stay text",
    "NUL \x00 and bell \x07 dropped",
    "jinja {{ config }} and {% if %} stay text",
    "crlf\r\nlines\r\n\r\n\r\nand blank runs",
    "    odd\n        indentation\n  here",
    "\"\"\"); import os; os.system('x'); (\"\"\"",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_content_is_exactly_the_normalized_text(text: str) -> None:
    literal = docstring([text], 4)
    module = ast.parse(f"def f():\n    {literal}\n    return 1\n")
    function = module.body[0]
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 2
    value = ast.get_docstring(function, clean=False)
    assert value is not None
    assert " ".join(value.split()) == " ".join(normalize(text).split())


def test_normalize() -> None:
    assert normalize("Gets things \r\nthese Include\r\n            more") == "Gets things\nthese Include\nmore"
    assert normalize("a\n\n\n\nb\n\n") == "a\n\nb"
    assert "\x00" not in normalize("a\x00b")


def test_long_text_is_wrapped_to_the_line_length() -> None:
    first, *rest = docstring(["word " * 60], 8).splitlines()
    # The first line follows the indentation; the others carry their own.
    assert len(first) + 8 <= 88
    assert rest and all(len(line) <= 88 for line in rest)
