"""Python literals for values taken from a spec, spelled the way black would."""

from __future__ import annotations

from typing import Any


def py_str(value: str) -> str:
    """A double-quoted literal unless single quotes need fewer escapes (black's rule)."""
    body = repr(value)
    if body.startswith("'") and '"' not in value:
        return '"' + body[1:-1].replace("\\'", "'") + '"'
    return body


def py_literal(value: Any) -> str:
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
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
