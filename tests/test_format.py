"""The format stage: black on only the statements that need it gives what
black gives the whole module."""

from __future__ import annotations

from generator.format import _block_starts, _Formatters, black_formatter, format_statements

LONG = "value_" * 16

MODULE = f'''"""A module."""

import os


class Group:
    """A group.

    def looks_like_a_method(but_is_docstring_text)
    """

    field: int = 1
    other = os.path.join("{LONG}", "{LONG}")

    @staticmethod
    def first(a: int) -> int:
        return a + len("{LONG}") + len("{LONG}")

    async def second(self) -> None:
        if self is not None and self.first(1) and self.first(2) and self.first(3) and True:
            pass


def top() -> str:
    return os.path.join("{LONG}", "{LONG}")
'''


def test_statements_formatted_alone_give_what_black_gives_the_module() -> None:
    expected = black_formatter()(MODULE)
    assert expected != MODULE
    assert format_statements(MODULE, _Formatters()) == expected


def test_methods_of_a_class_are_blocks_of_their_own() -> None:
    """A long line inside a method costs parsing that method, not its whole
    class (a GitHub operation group is 30,000 lines)."""
    lines = MODULE.split("\n")
    starts = {lines[index].strip().split("(")[0]: column for index, column in _block_starts(lines)}
    assert starts["class Group:"] == 0
    assert starts["@staticmethod"] == 4  # a decorator starts its method
    assert starts["async def second"] == 4
    assert starts["def top"] == 0
    assert "def first" not in starts  # (it belongs to its decorator)
    assert "def looks_like_a_method" not in starts  # a docstring line at column 4 is no method


def test_a_def_returning_one_long_name_is_long_only_where_parentheses_would_help() -> None:
    from generator.format import needs_black

    def module(name: str) -> str:
        return f"class A:\n    def f(\n        self,\n    ) -> {name}:\n        pass\n"

    for length in (79, 80, 81, 90):
        source = module("N" * length)
        assert needs_black(source) == (black_formatter()(source) != source), length
