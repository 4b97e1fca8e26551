"""Spec-controlled text on one line: the escape under every other (comments,
Markdown cells, diagnostics, terminal output). Nothing here knows a format."""

from __future__ import annotations

import re

# Everything any of Python, black (str.splitlines), TOML or an editor may take
# for a line break or a control character, and lone surrogates (not UTF-8).
_UNSAFE_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """`text` on one line: every break and control character spelled out as
    an escape (`\\n`, `\\u2028`), so nothing spec-controlled can start a
    new line of a comment or a log."""
    return _UNSAFE_IN_LINE.sub(_escaped, text)
