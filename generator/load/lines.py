"""Map a JSON pointer in a loaded file back to a line number.

Only runs that report something pay for this: the file is composed again into
YAML nodes (which carry marks) and walked along the pointer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .json_lines import JsonPlaces


def pointer_token(text: str) -> str:
    """A name as one JSON pointer token (`~` and `/` escaped, RFC 6901)."""
    if "~" in text or "/" in text:  # (rare: escaping is the slow part)
        return text.replace("~", "~0").replace("/", "~1")
    return text


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


class LineFinder:
    def __init__(self) -> None:
        self._texts: dict[str, str] = {}
        self._nodes: dict[str, Any] = {}
        self._json: dict[str, JsonPlaces] = {}

    def remember(self, display_name: str, text: str) -> None:
        self._texts[display_name] = text

    def text(self, display_name: str) -> str | None:
        """The file's text as read."""
        return self._texts.get(display_name)

    def line_of(self, display_name: str, pointer: str) -> int:
        text = self._texts.get(display_name)
        if text is None:
            return 0
        if "\n" not in text.rstrip("\n"):
            # A document on one line (minified JSON, as APIs.guru serves
            # Microsoft Graph's 20 MB): every place is on it, and composing
            # it took seconds per megabyte.
            return 1
        tokens = [unescape_pointer_token(t) for t in pointer.split("/")[1:]]
        if text.lstrip()[:1] == "{":
            line = self._json_line(display_name, text, tokens)
            if line is not None:
                return line
        if display_name not in self._nodes:
            import yaml  # (only a run that reports something pays for it)

            from .yaml_reader import compose_yaml

            try:
                self._nodes[display_name] = compose_yaml(text)
            except yaml.YAMLError:
                self._nodes[display_name] = None
        node = self._nodes[display_name]
        if node is None:
            return 0
        line = int(node.start_mark.line)
        for token in tokens:
            found = _child(node, token)
            if found is None:
                break
            # Report the key's line: that is where a reader looks for it.
            line, node = found
        return line + 1

    def _json_line(self, display_name: str, text: str, tokens: list[str]) -> int | None:
        """The line from the JSON text itself (see `json_lines`); None where
        the text is no JSON after all (YAML that starts with a flow mapping)."""
        places = self._json.get(display_name)
        if places is None:
            places = self._json[display_name] = JsonPlaces(text)
        try:
            return places.line(tokens)
        except (ValueError, IndexError):
            self._json.pop(display_name, None)
            return None


def _child(node: Any, token: str) -> tuple[int, Any] | None:
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == token:
                return int(key.start_mark.line), value
        return None
    if isinstance(node, yaml.SequenceNode) and token.isdigit():
        index = int(token)
        if index < len(node.value):
            item = node.value[index]
            return int(item.start_mark.line), item
    return None


def display_path(path: Path) -> str:
    """A stable, relative spelling of a path for messages (no absolute paths)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
