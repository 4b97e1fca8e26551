"""Lay out code the way black would, so that formatting is usually a no-op.

Only the shapes the templates produce are handled: a bracketed call or
comprehension at the end of a line. black's rules for them: keep the line
whole if it fits; otherwise put the bracket's contents on one indented line
if that fits; otherwise one item per line with a trailing comma (for a
comprehension, split before `for`). Anything else that ends up too long is
left to black itself (see `format.needs_black`).
"""

from __future__ import annotations

LINE_LENGTH = 88


def join_lines(lines: list[str], indent: int) -> str:
    """The first line as is (the template indents it), the rest indented."""
    pad = " " * indent
    return "\n".join([lines[0], *(pad + line if line else line for line in lines[1:])])


def call_lines(head: str, args: list[str], tail: str, indent: int) -> list[str]:
    """`head(arg, ...)tail` starting at column `indent`, as lines relative to it."""
    whole = f"{head}({', '.join(args)}){tail}"
    if indent + len(whole) <= LINE_LENGTH:
        return [whole]
    body = ", ".join(args)
    if indent + 4 + len(body) <= LINE_LENGTH:
        return [f"{head}(", f"    {body}", f"){tail}"]
    return [f"{head}(", *(f"    {arg}," for arg in args), f"){tail}"]


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
