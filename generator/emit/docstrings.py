"""Spec prose made safe and tidy inside Python docstrings.

Spec text is data: whatever it holds (`\"\"\"`, backslashes, NUL, CR, Jinja
syntax) must come out as docstring *content*, never as code.
"""

from __future__ import annotations

import functools
import json
import re
import textwrap

from ..ir.model import Parameter, Property

LINE_LENGTH = 88
MAX_TEXT = 20_000

# Control characters (but newline), line/paragraph separators and lone surrogates.
_INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


@functools.lru_cache(maxsize=4096)  # (big specs repeat their descriptions)
def normalize(text: str) -> str:
    """CRLF/CR to LF, tabs to spaces, common indentation and trailing spaces
    removed, runs of blank lines collapsed, control characters dropped."""
    if len(text) > MAX_TEXT:
        # Nobody reads a megabyte of docstring; the spec still has it all.
        text = (
            text[:MAX_TEXT]
            + f" [...] (cut: the spec's text has {len(text)} characters)"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    text = _INVISIBLE.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    # The first line of a YAML/JSON string is never indented; the rest may be.
    first, rest = lines[0].strip(), textwrap.dedent("\n".join(lines[1:])).split("\n")
    lines = [first, *rest] if len(lines) > 1 else [first]
    lines = [line.strip() for line in lines]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def escape(text: str) -> str:
    """Escape what would end or alter a non-raw triple-quoted string."""
    text = text.replace("\\", "\\\\")
    # No two unescaped quotes in a row, and none at the very end.
    text = re.sub(r'"(?=")', r'\\"', text)
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    if text.startswith('"'):
        text = '\\"' + text[1:]  # black would put a space between it and the quotes
    return text


@functools.lru_cache(maxsize=4096)  # (each operation's is wanted sync and async)
def wrap(text: str, width: int, first_offset: int = 0) -> tuple[str, ...]:
    """Wrap each line; the very first is `first_offset` columns shorter (it
    follows the opening quotes)."""
    return tuple(_wrap(text, width, first_offset))


def _wrap(text: str, width: int, first_offset: int) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        if not line:
            lines.append("")
            continue
        offset = first_offset if not lines else 0
        if offset + len(line) <= width:  # (most lines: textwrap is slow)
            lines.append(line)
            continue
        lines.extend(wrap_words(line, width, offset) or [""])
    return lines


# Whitespace other than a space: where a text holds it, textwrap's own rules
# apply (it turns tabs and breaks into spaces, and a word of no-break spaces
# alone counts as whitespace).
_OTHER_SPACE = re.compile(r"[^\S ]")


def wrap_words(text: str, width: int, offset: int = 0, indent: str = "") -> list[str]:
    """The lines `textwrap.wrap` gives with `break_long_words` and
    `break_on_hyphens` off, the first line `offset` columns shorter and each
    later one after `indent`: each line as many words as fit, a word too long
    for any line alone on one. Found a line at a time (the last space that
    fits) rather than a word at a time: docstrings are most of what a big
    spec's client spends its rendering on."""
    room = width - len(indent)
    if width - offset < 1 or room < 1 or text[:1] == " " or _OTHER_SPACE.search(text):
        wrapped = textwrap.wrap(
            text,
            width=width,
            initial_indent="x" * offset,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        if wrapped and offset:
            wrapped[0] = wrapped[0][offset:]
        return _stripped(wrapped, indent)
    lines: list[str] = []
    limit = width - offset
    text = text.rstrip(" ")  # (whitespace ending a line is dropped)
    while len(text) > limit:
        # (never before the first character: every line takes some text)
        cut = text.rfind(" ", 1, limit + 1)
        if cut < 0:  # the next word is longer than a line: alone on one
            cut = text.find(" ", 1)
            if cut < 0:
                break
        lines.append(text[:cut].rstrip(" "))
        text = text[cut:].lstrip(" ")
        limit = room
    if text:
        lines.append(text)
    return [lines[0], *(indent + line for line in lines[1:])] if lines else []


def _stripped(lines: list[str], indent: str) -> list[str]:
    """textwrap's lines without whitespace that black strips from a
    docstring's lines (`str.strip`: a no-break space too) where textwrap
    breaks at ASCII whitespace only and leaves it (`setup.\xa0` at a line's
    end): the first line's end, the others' both ends (it leaves their
    leading ASCII whitespace out already); a line of nothing else goes."""
    if not lines:
        return []
    pieces = [lines[0].rstrip(), *(line[len(indent) :].strip() for line in lines[1:])]
    kept = [piece for piece in pieces if piece]
    if kept and not pieces[0]:
        kept[0] = kept[0].lstrip()
    return [kept[0], *(indent + piece for piece in kept[1:])] if kept else []


def docstring(
    paragraphs: list[str],
    indent: int,
    sections: list[tuple[str, list[tuple[str, str]]]] | None = None,
    fallback: str = "",
) -> str:
    """A complete docstring literal for a block indented by `indent` spaces
    (its first line goes where the caller puts it).

    `sections` are Google-style blocks such as ("Args", [(name, text), ...]).
    `fallback` is the summary when the spec's text is empty: a docstring must
    not open with a section, or black would re-indent it.
    """
    width = LINE_LENGTH - indent
    lines: list[str] = []
    for paragraph in paragraphs:
        text = normalize(paragraph)
        if text:
            if lines:
                lines.append("")
            lines.extend(wrap(escape(text), width, first_offset=0 if lines else 3))
    if not lines and any(items for _, items in sections or []):
        lines.extend(
            wrap(escape(normalize(fallback) or "See below."), width, first_offset=3)
        )
    for title, items in sections or []:
        if not items:
            continue
        if lines:
            lines.append("")
        lines.append(f"{title}:")
        lines.extend("    " + line for line in field_docs(items, indent))
    if not lines:
        return '"""."""'
    pad = " " * indent
    if len(lines) == 1:
        # Black keeps a one-line docstring on one line, however long, and puts
        # a space between a closing quote and the quotes (escaped backslashes
        # come in pairs, which black leaves alone).
        space = " " if lines[0].endswith('"') else ""
        return f'"""{lines[0]}{space}"""'
    rest = "".join(f"\n{pad}{line}" if line else "\n" for line in lines[1:])
    return f'"""{lines[0]}{rest}\n{pad}"""'


def field_docs(items: list[tuple[str, str]], indent: int) -> list[str]:
    """`name: description` lines of an Attributes/Args section, wrapped with a
    hanging indent."""
    width = LINE_LENGTH - indent - 4
    out: list[str] = []
    for name, description in items:
        out.extend(_field_doc(name, description, width))
    return out


@functools.lru_cache(maxsize=1 << 16)  # (a big spec repeats its descriptions)
def _field_doc(name: str, description: str, width: int) -> tuple[str, ...]:
    text = escape(normalize(description).replace("\n", " ")) or "-"
    if len(name) + 2 + len(text) <= width:
        return (f"{name}: {text}",)
    return tuple(wrap_words(f"{name}: {text}", width, indent="    "))


def default_note(p: Property | Parameter) -> str:
    """What the service assumes when a value is not sent (the spec's `default`),
    as a sentence to append to the value's description; or, for a client-side
    default (`x-ms-client-default`), that None leaves the value out."""
    if isinstance(p, Parameter) and p.client_default is not None:
        return " Pass None to leave it out."
    if p.default is None or (isinstance(p, Property) and p.constant is not None):
        return ""
    shown = json.dumps(p.default, ensure_ascii=False)
    return f" The service's default: {shown}."
