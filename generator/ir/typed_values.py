"""A spec's literal values as values of their schema's type.

An enum class is `str`, `int` or `float` underneath, and each member's value
is what goes on the wire; so is a property's constant and an argument's
default (`x-ms-client-default`). Specs list values that are not of the
schema's type: YAML reads `enum: [1.0, 2.0]` under `type: string` as numbers, and
some specs are plainly wrong (`type: integer` with `enum: [BASIC, FULL]`).
A value spelled as another JSON type but meaning one of the type (`1` for a
string, `"2"` for an integer) is read as that value; one that cannot be a
value of the type is left out (the caller warns), so that no member's value
contradicts its class or annotation (`class PageSize(int, Enum): BASIC =
"BASIC"` fails at import, `class Mode(str, Enum): ON = True` would send
"True", and `top: int | None = "5"` fails mypy).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

# The Python type of an enum whose schema has this JSON type.
ENUM_KINDS = {"string": "str", "integer": "int", "number": "float"}

NO_VALUE = object()  # (what `typed_value` gives for a value the kind has not)

_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")


def typed_value(value: Any, kind: str) -> Any:
    """`value` as a value of the Python type `kind` (`str`, `int`, `float`,
    `bool`): the same value where it is one, its JSON spelling for a string,
    the number a string or a whole float spells for a number, the boolean
    `"true"` or `"false"` spells; else NO_VALUE."""
    if kind == "bool":
        if isinstance(value, bool):
            return value
        return (
            {"true": True, "false": False}.get(value, NO_VALUE)
            if isinstance(value, str)
            else NO_VALUE
        )
    if kind == "str":
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)) and math.isfinite(value):
            return json.dumps(value)
        return NO_VALUE
    if isinstance(value, bool):  # (a JSON boolean is no number)
        return NO_VALUE
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if kind == "int":
            return int(value) if value.is_integer() else NO_VALUE
        return value  # (YAML's .inf and .nan too: float("inf") in the class)
    if isinstance(value, str):
        if _INTEGER.match(value):
            return int(value)
        if kind == "float" and _NUMBER.match(value):
            number = float(value)
            return number if math.isfinite(number) else NO_VALUE
    return NO_VALUE
