"""Lay out code the way black would, so that formatting is usually a no-op.

Only the shapes the templates produce are handled: a bracketed call or
comprehension at the end of a line. black's rules for them: keep the line
whole if it fits; otherwise put the bracket's contents on one indented line
if that fits; otherwise one item per line with a trailing comma (for a
comprehension, split before `for`). Anything else that ends up too long is
left to black itself (see `format.needs_black`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

LINE_LENGTH = 88


@dataclass(frozen=True)
class Collection:
    """A dict, tuple or list display that black explodes (one item per line,
    with a trailing comma) when it does not fit where it stands. An item may
    be `"key": <Collection>` as (prefix, Collection)."""

    opening: str
    items: tuple[str | tuple[str, Collection], ...]
    closing: str

    def __str__(self) -> str:
        inner = ", ".join(
            item if isinstance(item, str) else f"{item[0]}{item[1]}"
            for item in self.items
        )
        if self.opening == "(" and len(self.items) == 1:
            inner += ","  # a one-tuple
        return f"{self.opening}{inner}{self.closing}"


def value_lines(
    prefix: str, value: str | Collection, tail: str, indent: int
) -> list[str]:
    """`prefix + value + tail` at column `indent`; a Collection that does not
    fit is exploded, each of its items laid out the same way."""
    whole = f"{prefix}{value}{tail}"
    if indent + len(whole) <= LINE_LENGTH or not isinstance(value, Collection):
        return [whole]
    lines = [f"{prefix}{value.opening}"]
    for item in value.items:
        if isinstance(item, str):
            lines.append(f"    {item},")
        else:
            lines += [
                "    " + line for line in value_lines(item[0], item[1], ",", indent + 4)
            ]
    lines.append(f"{value.closing}{tail}")
    return lines


def join_lines(lines: list[str], indent: int) -> str:
    """The first line as is (the template indents it), the rest indented."""
    pad = " " * indent
    return "\n".join([lines[0], *(pad + line if line else line for line in lines[1:])])


def call_lines(
    head: str, args: Sequence[str | Collection], tail: str, indent: int
) -> list[str]:
    """`head(arg, ...)tail` starting at column `indent`, as lines relative to it."""
    body = ", ".join(str(arg) for arg in args)
    whole = f"{head}({body}){tail}"
    if indent + len(whole) <= LINE_LENGTH:
        return [whole]
    if indent + 4 + len(body) <= LINE_LENGTH:
        return [f"{head}(", f"    {body}", f"){tail}"]
    lines = [f"{head}("]
    for arg in args:
        lines += ["    " + line for line in value_lines("", arg, ",", indent + 4)]
    return [*lines, f"){tail}"]


def assignment_lines(target: str, value: str, opened: str, indent: int) -> list[str]:
    """`target = value` at column `indent`, where `opened` is how far the
    value's own split would reach on the first line (`func(` for a call; the
    whole value for one without brackets). When even that is too long, black
    wraps the value in parentheses if it then fits."""
    head = f"{target} = "
    if (
        indent + len(head + value) <= LINE_LENGTH
        or indent + len(head + opened) <= LINE_LENGTH
    ):
        return [head + value]
    if indent + 4 + len(value) <= LINE_LENGTH:
        return [f"{head}(", f"    {value}", ")"]
    return [head + value]  # left to black


def assign_call(target: str, function: str, argument: str, indent: int) -> str:
    """`target = function(argument)` at column `indent`, as black lays it out."""
    value = f"{function}({argument})"
    laid = assignment_lines(target, value, f"{function}(", indent)
    if len(laid) == 1 and indent + len(laid[0]) > LINE_LENGTH:
        return call(f"{target} = {function}", [argument], "", indent)
    return join_lines(laid, indent)


def class_header(name: str, bases: str) -> str:
    """`class name(bases):` at column 0, split as black splits it when long."""
    whole = f"class {name}({bases}):" if bases else f"class {name}:"
    if len(whole) <= LINE_LENGTH or not bases or 4 + len(bases) > LINE_LENGTH:
        return whole
    return f"class {name}(\n    {bases}\n):"


def def_header(name: str, parameters: str, returns: str, indent: int) -> str:
    """`def name(parameters) -> returns:` at column `indent`, split as black
    splits a signature whose parameters fit on one line of their own."""
    whole = f"def {name}({parameters}) -> {returns}:"
    if indent + len(whole) <= LINE_LENGTH:
        return whole
    tail = f") -> {returns}:"
    if (
        indent + 4 + len(parameters) <= LINE_LENGTH
        and indent + len(tail) <= LINE_LENGTH
    ):
        return join_lines([f"def {name}(", f"    {parameters}", tail], indent)
    return whole  # left to black


def call(head: str, args: list[str], tail: str, indent: int) -> str:
    return join_lines(call_lines(head, args, tail, indent), indent)


def comprehension(
    head: str, element: str, clause: str, tail: str, indent: int, bracket: str = "[]"
) -> str:
    """`head[element for ...]tail` laid out as black does."""
    opening, closing = bracket
    whole = f"{head}{opening}{element} {clause}{closing}{tail}"
    if indent + len(whole) <= LINE_LENGTH:
        return whole
    body = f"{element} {clause}"
    if indent + 4 + len(body) <= LINE_LENGTH:
        return join_lines(
            [f"{head}{opening}", f"    {body}", f"{closing}{tail}"], indent
        )
    return join_lines(
        [f"{head}{opening}", f"    {element}", f"    {clause}", f"{closing}{tail}"],
        indent,
    )
