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
    starts = {lines[index].strip().split("(")[0]: column for index, column in _block_starts(MODULE)}
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


def _reference_block_starts(lines: list[str]) -> list[tuple[int, int]]:
    """`_block_starts` said line by line (what it computes from the lines
    that may start a block only)."""
    starts: list[tuple[int, int]] = []
    in_class = in_docstring = False
    for i, line in enumerate(lines):
        if line.count('"""') % 2:
            in_docstring = not in_docstring
            continue
        if in_docstring or not line:
            continue
        previous = lines[i - 1] if i else ""
        if line[0] not in " )]}#":
            in_class = line.startswith("class ")
            if not previous.startswith("@"):
                starts.append((i, 0))
        elif in_class and line.startswith(("    def ", "    async def ", "    @")) and not previous.startswith("    @"):
            starts.append((i, 4))
    return starts


def _reference_long_lines(lines: list[str]) -> list[int]:
    from generator.format import _ANNOTATION_HEAD, _RETURN_CALL_HEAD, _RETURNS_NAME, _STABLE

    found, in_docstring = [], False
    for number, line in enumerate(lines, 1):
        inside = in_docstring
        in_docstring ^= line.count('"""') % 2 == 1
        if inside or len(line) <= 88 or line.lstrip().startswith(("#", '"""')) or _STABLE.fullmatch(line):
            continue
        returns = _RETURNS_NAME.fullmatch(line)
        head = _ANNOTATION_HEAD.fullmatch(line)
        call = _RETURN_CALL_HEAD.fullmatch(line)
        if (
            not (returns and "." not in returns[2] and len(returns[1]) + 4 + len(returns[2]) > 88)
            and not (head and len(head[1]) + len(head[2]) + 3 > 88)
            and not (call and len(call[1]) + 4 + len(call[2]) + 1 > 88)
        ):
            found.append(number)
    return found


def test_blocks_and_long_lines_found_in_c_are_those_a_line_by_line_reading_finds() -> None:
    from pathlib import Path

    from generator.format import long_code_lines

    edges = [
        "class First:\n    @property\n    def x(self) -> int: ...\n",  # a block on the first line
        "@dataclass\nclass A:\n    '''x'''\n",
        '"""\nclass InsideADocstring:\n"""\n\nx = 1\n',
        'x = """one\n' + "y" * 100 + '\n"""\n' + "z = " + " + ".join(["a"] * 40) + "\n",
        "w = " + " + ".join(["a"] * 40),  # a long first line without a newline
        "",
    ]
    root = Path(__file__).resolve().parent.parent / "generated"
    modules = [MODULE, *edges, *(p.read_text(encoding="utf-8") for p in sorted(root.glob("*/*.py")))]
    assert len(modules) > 50
    for text in modules:
        lines = text.split("\n")
        assert _block_starts(text) == _reference_block_starts(lines)
        assert long_code_lines(text) == _reference_long_lines(lines)
    # (and with long lines: the golden modules have none black would change)
    assert long_code_lines(edges[3]) == [4] and long_code_lines(edges[4]) == [1]
