"""How what a client sends and reads compares with an example's: JSON
equality where numbers compare by value and timestamps, durations and base64
as what they stand for; objects and arrays in a query or a header in any of
OpenAPI's spellings of them. Used by the replay (`replay.py`); nothing here
knows one particular spec."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import importlib.util
import json
import types
from typing import Any

import httpx


def object_in_query(
    params: httpx.QueryParams, name: str, value: dict[str, Any]
) -> bool:
    """Whether an object the example gives a query parameter is in the query
    in one of OpenAPI's spellings of it: deepObject (`name[key]=value`; an
    array's items repeated, bracketed or joined, objects by index, which
    OpenAPI leaves undefined),
    exploded form (`key=value`), form (`name=key,value,...`) or JSON (a
    parameter whose `content` is application/json)."""
    query = dict(params.multi_items())
    if json_text(query.get(name)) == value:
        return True
    fields = [(str(k), v) for k, v in value.items() if v is not None]
    flat = ",".join(f"{k},{wire_text(v)}" for k, v in fields)
    return (
        deep_in_query(params, name, dict(fields))
        or all(same_json(query.get(k), wire_text(v)) for k, v in fields)
        or query.get(name) == flat
    )


def deep_in_query(params: httpx.QueryParams, key: str, value: Any) -> bool:
    """Whether a value is in the query in deepObject's brackets under `key`:
    an object's fields as `key[field]`, an array's items repeated as `key`
    or `key[]` (or joined), objects in it by index, `key[0][field]`."""
    if isinstance(value, dict):
        return all(
            deep_in_query(params, f"{key}[{k}]", v)
            for k, v in value.items()
            if v is not None
        )
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        return all(
            isinstance(item, dict) and deep_in_query(params, f"{key}[{i}]", item)
            for i, item in enumerate(value)
        ) or items_in_query(params.get_list(key), value)
    if isinstance(value, list):
        return items_in_query(
            params.get_list(key) or params.get_list(f"{key}[]"), value
        )
    return same_json(params.get(key), wire_text(value))


def simple_spellings(value: dict[str, Any]) -> tuple[str, str]:
    """An object in RFC 6570's simple style: `k,v,...` and, exploded,
    `k=v,...`."""
    fields = [(str(k), wire_text(v)) for k, v in value.items() if v is not None]
    return (
        ",".join(f"{k},{v}" for k, v in fields),
        ",".join(f"{k}={v}" for k, v in fields),
    )


def items_in_query(sent: list[str], items: list[Any]) -> bool:
    """Whether an array the example gives is in the query, repeated once
    per item (an object item as JSON text, which no style spells otherwise)
    or joined by one of the separators collection formats use."""
    texts = [wire_text(item) for item in items]
    if len(sent) == len(items) and all(
        json_text(s) == item if isinstance(item, dict) else same_json(s, text)
        for s, item, text in zip(sent, items, texts)
    ):
        return True
    if any(isinstance(item, (dict, list)) for item in items):
        return False
    return len(sent) == 1 and any(
        sent[0] == c.join(texts) for c in (",", " ", "\t", "|")
    )


def json_text(text: str | None) -> Any:
    """What a JSON text says (None where it is none)."""
    try:
        return json.loads(text) if text is not None else None
    except ValueError:
        return None


def wire_text(value: Any) -> str:
    """A value as the client writes it into a path, query or header (as the
    runtime's `query_value` does: an object as compact JSON)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(wire_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"), default=str)
    return str(value)


def same_json(actual: Any, expected: Any) -> bool:
    """JSON equality where numbers compare by value and timestamps as instants."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return actual.keys() == expected.keys() and all(
            same_json(actual[k], expected[k]) for k in expected
        )
    if isinstance(expected, list) and isinstance(actual, list):
        return len(actual) == len(expected) and all(
            same_json(a, e) for a, e in zip(actual, expected)
        )
    if isinstance(expected, str) and isinstance(actual, str) and actual != expected:
        if instant(actual) is not None:
            return instant(actual) == instant(expected)
        # (a duration as the client holds it, to the microsecond: .NET
        # writes seven fraction digits)
        first = duration(actual)
        if first is not None:
            return first == duration(expected)
        # (bytes as the client writes them back: mux.com's "abcd123=" sets
        # bits that no byte holds, and reads as "abcd120=" does)
        data = base64_bytes(actual)
        return data is not None and data == base64_bytes(expected)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected
    return bool(actual == expected)


def base64_bytes(text: str) -> bytes | None:
    """The bytes a padded base64 text spells; None for other text. (Not the
    runtime's reader: that one drops whitespace and takes either alphabet,
    which for values of no known type would make "a b" equal "ab".)"""
    if len(text) % 4 or not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        return None


def duration(text: str) -> dt.timedelta | None:
    """An ISO 8601 duration as the client reads it (the runtime's own reader:
    to the microsecond); None for other text."""
    try:
        value = runtime_serde().iso_duration(text)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dt.timedelta) else None


@functools.cache
def runtime_serde() -> types.ModuleType:
    """The runtime's `_serde` (standard library only), loaded from the
    templates every generated package copies it from."""
    from .emit.environment import RUNTIME

    spec = importlib.util.spec_from_file_location(
        "_replay_runtime_serde", RUNTIME / "_serde.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def instant(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text)  # (3.11 reads a trailing Z)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
