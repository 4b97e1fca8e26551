"""A spec's literal values as values of a Python type (enum members,
constants, argument defaults): what each JSON value becomes as a `str`,
`int`, `float` or `bool`, and which cannot be one."""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir.typed_values import NO_VALUE, typed_value


@pytest.mark.parametrize(
    ("value", "kind", "member"),
    [
        ("on", "str", "on"),
        (1, "str", "1"),
        (1.0, "str", "1.0"),  # (YAML's `1.0`: the version string it meant)
        (True, "str", "true"),
        (False, "str", "false"),
        (5, "int", 5),
        ("5", "int", 5),
        ("-12", "int", -12),
        (3.0, "int", 3),
        (0.5, "float", 0.5),
        (2, "float", 2),
        ("1.5", "float", 1.5),
        ("-2e3", "float", -2000.0),
        ("7", "float", 7),
        (float("inf"), "float", float("inf")),
        (True, "bool", True),
        ("false", "bool", False),
    ],
)
def test_a_value_that_spells_one_of_the_type_is_that_value(value: Any, kind: str, member: Any) -> None:
    result = typed_value(value, kind)
    assert result == member and type(result) is type(member)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ([1], "str"),
        ({"a": 1}, "str"),
        (float("nan"), "str"),
        ("BASIC", "int"),
        (2.5, "int"),
        ("2.5", "int"),
        ("007", "int"),
        ("1e3", "int"),
        (True, "int"),
        (False, "float"),
        ("x", "float"),
        ("1e400", "float"),
        (float("inf"), "int"),
        (None, "int"),
        (" 1", "int"),
        (1, "bool"),
        ("yes", "bool"),
    ],
)
def test_a_value_that_cannot_be_one_of_the_type_is_none(value: Any, kind: str) -> None:
    assert typed_value(value, kind) is NO_VALUE
