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


def _textwrap(text: str, width: int, offset: int, indent: str) -> list[str]:
    import textwrap

    lines = textwrap.wrap(
        text,
        width=width,
        initial_indent="x" * offset,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    if lines and offset:
        lines[0] = lines[0][offset:]
    # black strips any whitespace from a docstring line's ends (a no-break
    # space too), where textwrap leaves what is not ASCII whitespace
    pieces = [lines[0].rstrip(), *(line[len(indent) :].strip() for line in lines[1:])] if lines else []
    kept = [piece for piece in pieces if piece]
    if kept and not pieces[0]:
        kept[0] = kept[0].lstrip()
    return [kept[0], *(indent + piece for piece in kept[1:])] if kept else []


WRAP_EDGES = [
    "",
    "word",
    "w ",
    "trailing spaces   ",
    "a  run  of   spaces between words",
    "averyveryverylongwordthatfitsnowhere then short ones",
    "short then averyveryverylongwordthatfitsnowhere",
    "x" * 30,
    " leading space",
    "tab\tand no-break\xa0space and ideographic\u3000space",
    "a \xa0 b",  # (a word of a no-break space alone counts as whitespace)
]


@pytest.mark.parametrize("text", WRAP_EDGES)
@pytest.mark.parametrize("width", [1, 5, 12, 29, 30, 31])
@pytest.mark.parametrize(("offset", "indent"), [(0, ""), (3, ""), (0, "    ")])
def test_words_wrap_exactly_as_textwrap_wraps_them_less_the_whitespace_black_strips(text: str, width: int, offset: int, indent: str) -> None:
    from generator.emit.docstrings import wrap_words

    assert wrap_words(text, width, offset, indent) == _textwrap(text, width, offset, indent)


def test_words_wrap_as_textwrap_less_what_black_strips_on_random_texts() -> None:
    import random

    from generator.emit.docstrings import wrap_words

    rng = random.Random(4242)
    pieces = ["word", "w", "longerword", "ab", " ", "  ", "-", '"', "\\", "é", "\xa0", "\t", "x" * 30]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        width, offset = rng.randint(4, 40), rng.randint(0, 3)
        indent = rng.choice(["", "    "])
        assert wrap_words(text, width, offset, indent) == _textwrap(text, width, offset, indent), (text, width, offset, indent)


def test_black_leaves_docstrings_of_any_whitespace_as_they_are() -> None:
    """A text holding whitespace that is not ASCII (a no-break space, an
    ideographic space) where a line breaks: black strips it from a
    docstring line's ends, so the docstring has none there (a public spec's
    `setup.\xa0 Common values`)."""
    import random

    import black

    rng = random.Random(4242)
    pieces = ["word", "w", "longerword", " ", "  ", "\xa0", "\xa0 ", " \xa0", "\u3000", "x" * 12, "é"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        indent = rng.choice([4, 8, 12])
        width_name = "n" * rng.randint(1, 20)
        literal = docstring([text, text], indent, [("Args", [(width_name, text)])], fallback="f")
        pad = " " * indent
        module = "".join(f"{' ' * level}def f{level}() -> None:\n" for level in range(0, indent, 4))
        module += f"{pad}{literal}\n{pad}x = 1\n"
        assert black.format_str(module, mode=black.Mode()) == module, (text, indent)
