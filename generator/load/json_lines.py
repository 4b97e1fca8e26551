"""Where a JSON pointer's place starts in a JSON document's text, found
without parsing the document again.

A warning on a big multi-line JSON spec used to compose the whole file into
YAML nodes for its line (GitHub's 12 MB: 0.8 s and 186 MB). Here each object
and array on the pointer's way is read only as far as the place sought,
skipping values without making them, and what was read is kept: later
pointers resume where the last one stopped, so however many places are
looked up, the text is read at most once.
"""

from __future__ import annotations

import re
from json.decoder import scanstring  # type: ignore[attr-defined]  # (not in typeshed)

_SPACE = re.compile(r"[ \t\n\r]*")
_STRUCTURE = re.compile(r'["{}\[\]]')
_SCALAR = re.compile(r"[^,}\]\s]*")


def _past(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where a run of `pattern` (which matches empty too) from `pos` ends."""
    found = pattern.match(text, pos)
    return pos if found is None else found.end()


class JsonPlaces:
    """The start of each place of one JSON text (a key's own start, where
    the place is an object's member: that is where a reader looks)."""

    def __init__(self, text: str) -> None:
        self._text = text
        # container start -> (member -> (its key's start, its value's start)
        # or item index -> (start, start)), and where reading it resumes
        # (None once read to its end)
        self._read: dict[int, tuple[dict[str, tuple[int, int]], int | None]] = {}

    def line(self, tokens: list[str]) -> int:
        """The 1-based line of the deepest place of `tokens` (unescaped
        pointer tokens) that the text has."""
        text = self._text
        pos = _past(_SPACE, text, 0)
        start = pos
        for token in tokens:
            found = self._member(pos, token) if pos < len(text) else None
            if found is None:
                break
            start, pos = found
        return text.count("\n", 0, start) + 1

    def _member(self, pos: int, token: str) -> tuple[int, int] | None:
        text = self._text
        opening = text[pos]
        if opening not in "{[":
            return None
        members, resume = self._read.get(pos, ({}, pos + 1))
        key = token if opening == "{" else (token if token.isdigit() else None)
        if key is None:
            return None
        while key not in members and resume is not None:
            resume = self._next(members, opening, resume)
        self._read[pos] = (members, resume)
        return members.get(key)

    def _next(
        self, members: dict[str, tuple[int, int]], opening: str, pos: int
    ) -> int | None:
        """Reads one more member at `pos` into `members`; where the next one
        starts, or None at the container's end."""
        text = self._text
        pos = _past(_SPACE, text, pos)
        if text[pos] == ",":
            pos = _past(_SPACE, text, pos + 1)
        if text[pos] in "}]":
            return None
        if opening == "{":
            if text[pos] != '"':  # (YAML's flow mapping: `{a: 1}`)
                raise ValueError(f"no JSON key at {pos}")
            name, end = scanstring(text, pos + 1)
            value = _past(_SPACE, text, _past(_SPACE, text, end) + 1)  # (past ':')
            members.setdefault(name, (pos, value))
        else:
            value = pos
            members[str(len(members))] = (pos, pos)
        return self._skip(value)

    def _skip(self, pos: int) -> int:
        """The end of the value at `pos`, read without making it."""
        text = self._text
        if text[pos] == '"':
            return int(scanstring(text, pos + 1)[1])
        if text[pos] not in "{[":
            return _past(_SCALAR, text, pos)
        depth = 0
        search, string = _STRUCTURE.search, scanstring  # (a hot loop)
        while True:
            found = search(text, pos)
            if found is None:
                return len(text)
            mark = found.group()
            if mark == '"':
                pos = string(text, found.end())[1]
                continue
            pos = found.end()
            if mark in "{[":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return pos
