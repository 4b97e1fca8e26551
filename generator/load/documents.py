"""Spec documents and `$ref` resolution.

A `$ref` is resolved relative to the file that contains it. Nothing is
expanded in place: the IR builder asks for a target when it meets a ref, so a
recursive schema stays a reference to a named type instead of an endless tree.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

from ..diagnostics import Diagnostics
from .lines import LineFinder, display_path, pointer_token, unescape_pointer_token

_TOO_DEEP = "the document is nested too deeply to read"


class Location(NamedTuple):
    """Where a value came from: a file (as displayed) and a JSON pointer in it.
    (A named tuple: a big spec's IR makes 170,000 of them, and a frozen
    dataclass took twice as long to make and to hash.)"""

    file: str
    pointer: str = ""

    def child(self, *tokens: str | int) -> Location:
        pointer = self[1]
        for token in tokens:
            text = str(token)
            if "~" in text or "/" in text:  # (see pointer_token)
                text = pointer_token(text)
            pointer = f"{pointer}/{text}"
        return _new_location(Location, (self[0], pointer))


_new_location = tuple.__new__


@dataclass(frozen=True)
class Document:
    path: Path
    display: str
    data: Any
    sha256: str


class SpecLoader:
    """Loads a root document and, on demand, the files its refs point into."""

    def __init__(self, diagnostics: Diagnostics, allowed_root: Path) -> None:
        self.diagnostics = diagnostics
        self.allowed_root = allowed_root.resolve()
        self.lines = LineFinder()
        diagnostics.line_finder = self.lines
        self._by_path: dict[Path, Document | None] = {}
        self._by_display: dict[str, Document] = {}
        # document -> anchor name -> (its schema, its pointer), once asked
        self._anchors: dict[str, dict[str, tuple[Any, str]]] = {}
        self._resolved: dict[tuple[str, str], tuple[Any, Location]] = {}

    @property
    def documents(self) -> list[Document]:
        return sorted(self._by_display.values(), key=lambda d: d.display)

    def release_parsed(self) -> None:
        """Forget every file's parsed content (the IR has what it needs): a
        big spec's is most of the run's memory, which formatting can reuse.
        Paths, names and line lookups stay."""
        released = {
            path: None if d is None else replace(d, data=None)
            for path, d in self._by_path.items()
        }
        self._by_path = released
        self._by_display = {d.display: d for d in released.values() if d is not None}
        self._resolved.clear()

    def documents_by_path(self, path: Path) -> str:
        """How a loaded file is displayed in messages."""
        document = self._by_path.get(path.resolve())
        return document.display if document is not None else path.name

    def document(self, display: str) -> Document | None:
        return self._by_display.get(display)

    def load(
        self, path: Path, referenced_at: Location | None = None
    ) -> Document | None:
        resolved = path.resolve()
        if resolved in self._by_path:
            return self._by_path[resolved]
        document = self._read(path, resolved, referenced_at)
        self._by_path[resolved] = document
        if document is not None:
            self._by_display[document.display] = document
        return document

    def _read(self, path: Path, resolved: Path, at: Location | None) -> Document | None:
        display = display_path(path)
        where = (at.file, at.pointer) if at else (display, "")
        try:
            raw = resolved.read_bytes()
        except FileNotFoundError:
            self.diagnostics.error(f"file {display} does not exist", *where)
            return None
        except OSError as exc:
            self.diagnostics.error(f"cannot read {display}: {exc.strerror}", *where)
            return None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.diagnostics.error(
                f"{display} is not UTF-8 (byte {exc.start}); save it as UTF-8", display
            )
            return None
        self.lines.remember(display, text)
        data = self._parse(text, display, resolved.suffix.lower() == ".json")
        if data is _FAILED:
            return None
        return Document(path, display, data, hashlib.sha256(raw).hexdigest())

    def _parse(self, text: str, display: str, is_json: bool) -> Any:

        def line_of(number: int) -> int:
            # A parser reports an error at the end of the file on the line
            # after the last one; the message names a line the file has.
            return min(number, len(text.splitlines()) or 1) if number else 0

        if is_json:
            try:
                return json.loads(text)
            except json.JSONDecodeError as exc:
                message = f"invalid JSON: {exc.msg}"
                self._syntax_error(display, line_of(exc.lineno), message)
            except RecursionError:
                self._syntax_error(display, 0, _TOO_DEEP)
            return _FAILED
        # (YAML's reader is imported for YAML files only: 20 ms of a JSON run)
        import yaml

        from .yaml_reader import TooManyAliases, parse_yaml

        try:
            return parse_yaml(text)
        except TooManyAliases as exc:
            self._syntax_error(display, 0, str(exc))
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = line_of(mark.line + 1) if mark else 0
            self._syntax_error(display, line, f"invalid YAML: {exc.problem or exc}")
        except yaml.YAMLError as exc:
            self._syntax_error(display, 0, f"invalid YAML: {exc}")
        except RecursionError:
            self._syntax_error(display, 0, _TOO_DEEP)
        return _FAILED

    def _syntax_error(self, display: str, line: int, message: str) -> None:
        from ..diagnostics import Diagnostic, Level

        self.diagnostics.items.append(
            Diagnostic(display, line, "", Level.ERROR, message)
        )

    def resolve(self, ref: Any, at: Location) -> tuple[Any, Location] | None:
        """The value a `$ref` found at `at` points to, and where it lives.
        A ref resolved once from a file resolves the same way from anywhere
        in it (a big spec resolves the same few thousand refs ten times
        over); one that failed is looked up again, to report it where it is."""
        key = (at.file, ref) if isinstance(ref, str) else None
        found = self._resolved.get(key) if key is not None else None
        if found is None:
            found = self._resolve(ref, at)
            if found is not None and key is not None:
                self._resolved[key] = found
        return found

    def _resolve(self, ref: Any, at: Location) -> tuple[Any, Location] | None:
        if not isinstance(ref, str):
            self.diagnostics.error("$ref must be a string", at.file, at.pointer)
            return None
        target_file, _, fragment = ref.partition("#")
        if "://" in target_file or target_file.startswith("//"):
            self.diagnostics.error(
                f"remote reference {ref!r} refused: generation never uses the network;"
                " download the file next to the spec and refer to it by a relative path",
                at.file,
                at.pointer,
            )
            return None
        document = self._by_display.get(at.file)
        if target_file:
            if document is None:
                return None
            target = (document.path.parent / unquote(target_file)).resolve()
            if not target.is_relative_to(self.allowed_root):
                self.diagnostics.error(
                    f"$ref {ref!r} leaves the allowed folder {display_path(self.allowed_root)};"
                    " move the file below it, or pass --root DIR with a folder that"
                    " holds both (the default is the config's folder, or the current"
                    " folder when the spec is below it)",
                    at.file,
                    at.pointer,
                )
                return None
            document = self.load(document.path.parent / unquote(target_file), at)
        if document is None:
            return None
        if fragment and not fragment.startswith("/"):
            return self._anchor(document, unquote(fragment), ref, at)
        value = document.data
        tokens = [unescape_pointer_token(unquote(t)) for t in fragment.split("/")[1:]]
        for token in tokens:
            if isinstance(value, dict) and token in value:
                value = value[token]
            elif (
                isinstance(value, list) and token.isdigit() and int(token) < len(value)
            ):
                value = value[int(token)]
            else:
                self.diagnostics.error(
                    f"$ref {ref!r} points to nothing: {document.display} has no"
                    f" {fragment or '/'}; fix the name or define it",
                    at.file,
                    at.pointer,
                )
                return None
        # (the pointer as RFC 6901 spells it, not as the URI fragment does: a
        # schema reached by `#/paths/~1a~1%7Bid%7D` and found at
        # `/paths/~1a~1{id}` is one place, one model)
        pointer = (
            fragment
            if "%" not in fragment
            else "".join("/" + pointer_token(t) for t in tokens)
        )
        return value, Location(document.display, pointer)

    def _anchor(
        self, document: Document, name: str, ref: str, at: Location
    ) -> tuple[Any, Location] | None:
        """A plain-name fragment (`#point`): the schema whose `$anchor` is
        that name (JSON Schema 2020-12, OpenAPI 3.1), or whose `$id` is
        `#point` (draft 4's spelling of one). It named the whole document."""
        anchors = self._anchors.get(document.display)
        if anchors is None:
            anchors = self._anchors[document.display] = _anchors_of(document.data)
        found = anchors.get(name)
        if found is None:
            self.diagnostics.error(
                f"$ref {ref!r} points to nothing: {document.display} has no schema"
                f" with `$anchor: {name}`; fix the name or define it",
                at.file,
                at.pointer,
            )
            return None
        return found[0], Location(document.display, found[1])

    def deref(self, node: Any, at: Location) -> tuple[Any, Location] | None:
        """Follow a chain of `$ref`s to a value that is not itself a ref."""
        if not isinstance(node, dict) or "$ref" not in node:
            return node, at  # (most values: no set made)
        seen: set[Location] = set()
        while isinstance(node, dict) and "$ref" in node:
            if at in seen:
                self.diagnostics.error(
                    "$ref chain loops without reaching a value", at.file, at.pointer
                )
                return None
            seen.add(at)
            found = self.resolve(node["$ref"], at)
            if found is None:
                return None
            node, at = found
        return node, at


_FAILED = object()


def _anchors_of(data: Any) -> dict[str, tuple[Any, str]]:
    """Each anchor a document defines (the first, where two share a name)
    and the schema and pointer it names."""
    anchors: dict[str, tuple[Any, str]] = {}
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            anchor, given_id = node.get("$anchor"), node.get("$id")
            if isinstance(anchor, str):
                anchors.setdefault(anchor, (node, pointer))
            if isinstance(given_id, str) and given_id.startswith("#") and given_id[1:]:
                anchors.setdefault(given_id[1:], (node, pointer))
            children = [(k, v) for k, v in node.items() if isinstance(v, (dict, list))]
        elif isinstance(node, list):
            children = [
                (str(i), v) for i, v in enumerate(node) if isinstance(v, (dict, list))
            ]
        else:
            continue
        # (reversed: the document's order is the order they are met)
        stack += [
            (v, f"{pointer}/{pointer_token(str(k))}") for k, v in reversed(children)
        ]
    return anchors
