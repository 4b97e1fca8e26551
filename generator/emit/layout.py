"""Lay out code the way black would, so that formatting is usually a no-op.

Only the shapes the templates produce are handled: a bracketed call or
comprehension at the end of a line. black's rules for them: keep the line
whole if it fits; otherwise put the bracket's contents on one indented line
if that fits; otherwise one item per line with a trailing comma (for a
comprehension, split before `for`). Anything else that ends up too long is
left to black itself (see `format.needs_black`).
"""

from __future__ import annotations

import itertools
import re
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
    fit is exploded, each of its items laid out the same way, and so is a
    call written as text (`f(a, b)`): one argument per line, with the
    trailing comma that makes black keep it so."""
    whole = f"{prefix}{value}{tail}"
    if indent + len(whole) <= LINE_LENGTH:
        return [whole]
    if isinstance(value, str):
        found = _call_of(value)
        if found is None:
            keyed = _keyed_conditional(prefix + value, tail, indent)
            if keyed is not None:
                return keyed
            # (a comprehension, or a call of one generator: split in its brackets)
            return bracket_lines(prefix + value, tail, indent)
        value = found
    lines = [f"{prefix}{value.opening}"]
    for item in value.items:
        prefix_, inner = ("", item) if isinstance(item, str) else item
        lines += [
            "    " + line for line in value_lines(prefix_, inner, ",", indent + 4)
        ]
    lines.append(f"{value.closing}{tail}")
    return lines


# A dict entry or keyword argument: `"key": value`, `key: value`, `key=value`.
_KEYED = re.compile(r'("(?:[^"\\]|\\.)*"|[A-Za-z_]\w*)(: |=)(.+)')


def _keyed_conditional(text: str, tail: str, indent: int) -> list[str] | None:
    """A dict entry or keyword argument whose value is a conditional
    expression, too long for its line, as black lays it out: the value in
    parentheses, on one line or one part per line (`a`, `if b`, `else c`).
    None for anything else."""
    keyed = _KEYED.fullmatch(text)
    if keyed is None or indent + len(text + tail) <= LINE_LENGTH:
        return None
    key, separator, value = keyed.groups()
    cuts = [
        index
        for index, _, depth in _scan(value) or ()
        if depth == 0 and value.startswith((" if ", " else "), index)
    ]
    if len(cuts) != 2 or not value.startswith(" if ", cuts[0]):
        return None
    parts = [value[: cuts[0]], value[cuts[0] + 1 : cuts[1]], value[cuts[1] + 1 :]]
    head = f"{key}{separator}("
    if indent + len(head) > LINE_LENGTH:
        return None
    if indent + 4 + len(value) <= LINE_LENGTH:
        return [head, f"    {value}", f"){tail}"]
    if all(indent + 4 + len(part) <= LINE_LENGTH for part in parts):
        return [head, *(f"    {part}" for part in parts), f"){tail}"]
    return None


def join_lines(lines: list[str], indent: int) -> str:
    """The first line as is (the template indents it), the rest indented."""
    if len(lines) == 1:  # (most statements: 40,000 fields on a big spec)
        return lines[0]
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


def assignment_lines(
    target: str, value: str, opened: str, indent: int, parts: Sequence[str] = ()
) -> list[str]:
    """`target = value` at column `indent`, where `opened` is how far the
    value's own split would reach on the first line (`func(` for a call; the
    whole value for one without brackets). When even that is too long, black
    wraps the value in parentheses if it then fits; else it puts each of
    the value's `parts` (split at its operators: `a`, `if b`, `else c`) on
    a line of its own, where each fits."""
    head = f"{target} = "
    if (
        indent + len(head + value) <= LINE_LENGTH
        or indent + len(head + opened) <= LINE_LENGTH
    ):
        return [head + value]
    if indent + 4 + len(value) <= LINE_LENGTH:
        return [f"{head}(", f"    {value}", ")"]
    if parts and all(indent + 4 + len(part) <= LINE_LENGTH for part in parts):
        return [f"{head}(", *(f"    {part}" for part in parts), ")"]
    return [head + value]  # left to black


def assign_value(target: str, value: str, indent: int) -> str:
    """`target = value` at column `indent` for a value without brackets (a
    string, a name), as black lays out one too long: the value in
    parentheses where it then fits, and after a subscript target always
    (black splits there before it would split the target's brackets)."""
    laid = assignment_lines(target, value, value, indent)
    if len(laid) == 1 and indent + len(laid[0]) > LINE_LENGTH and target.endswith("]"):
        laid = [f"{target} = (", f"    {value}", ")"]
    return join_lines(laid, indent)


def annotated_head(target: str, annotation: str, tail: str) -> str:
    """`target: annotation` + tail (` = {`, opening a display) at column 0,
    as black splits one too long: inside the annotation's brackets where
    its arguments fit on a line of their own (else left to black, which
    parenthesizes or explodes it by rules of its own)."""
    whole = f"{target}: {annotation}{tail}"
    if len(whole) <= LINE_LENGTH:
        return whole
    laid = subscript_lines(f"{target}: ", annotation, tail, 0)
    if laid is None or len(laid) != 3:
        return whole
    return "\n".join(laid)


Operand = str | tuple[str, Sequence[str]]  # text, or a call: (head, arguments)


def condition_lines(operands: Sequence[Operand], indent: int) -> list[str]:
    """`if a and b:` at column `indent`, as black lays out one too long: a
    lone call split inside its brackets; else the condition in parentheses,
    one operand per line (on one line inside them it would be no shorter).
    Left on one line (to black) where neither fits."""
    texts = [
        o if isinstance(o, str) else f"{o[0]}({', '.join(o[1])})" for o in operands
    ]
    condition = " and ".join(texts)
    whole = f"if {condition}:"
    if indent + len(whole) <= LINE_LENGTH:
        return [whole]
    if len(operands) == 1 and not isinstance(operands[0], str):
        # (the last bracket closes the condition: black splits there)
        head, arguments = operands[0]
        return call_lines(f"if {head}", list(arguments), ":", indent)
    lines = [texts[0], *(f"and {text}" for text in texts[1:])]
    if len(lines) == 1 and " is not " in texts[0]:
        # a lone comparison splits at its operator
        left, _, right = texts[0].partition(" is not ")
        lines = [left, f"is not {right}"]
    if len(lines) > 1 and all(indent + 4 + len(line) <= LINE_LENGTH for line in lines):
        return ["if (", *(f"    {line}" for line in lines), "):"]
    return [whole]


def assign_call(
    target: str, function: str, arguments: str | Sequence[str], indent: int
) -> str:
    """`target = function(arguments)` at column `indent`, as black lays it out."""
    args = [arguments] if isinstance(arguments, str) else list(arguments)
    value = f"{function}({', '.join(args)})"
    laid = assignment_lines(target, value, f"{function}(", indent)
    if len(laid) == 1 and indent + len(laid[0]) > LINE_LENGTH:
        return call(f"{target} = {function}", args, "", indent)
    return join_lines(laid, indent)


def import_line(module: str, name: str, indent: int) -> str:
    """`from module import name` at column `indent`; black puts a name
    that does not fit in parentheses on a line of its own."""
    line = f"from {module} import {name}"
    if indent + len(line) <= LINE_LENGTH:
        return line
    pad = " " * indent
    return f"from {module} import (\n{pad}    {name},\n{pad})"


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
    tail = [f") -> {returns}:"]
    plain = returns.replace(".", "").replace("_", "").isalnum()
    if (
        plain
        and indent + len(tail[0]) > LINE_LENGTH
        and (indent + 4 + len(returns) <= LINE_LENGTH or "." in returns)
    ):  # one long name: in parentheses if it fits so (a dotted one: always)
        tail = [") -> (", f"    {returns}", "):"]
    each = _split_arguments(parameters) or [parameters]
    if len(each) == 1:
        parameters += ","  # black ends a lone parameter split off with a comma
    if indent + len(tail[0]) > LINE_LENGTH and not plain:
        return whole  # left to black
    if indent + 4 + len(parameters) <= LINE_LENGTH:
        return join_lines([f"def {name}(", f"    {parameters}", *tail], indent)
    if all(indent + 5 + len(p) <= LINE_LENGTH or _plain_parameter(p) for p in each):
        # one per line, each with its comma, where they do not fit on one
        # (a parameter too long for its line stays so if black cannot split it)
        lines = [f"def {name}(", *(f"    {p}," for p in each), *tail]
        return join_lines(lines, indent)
    return whole  # left to black


def _plain_parameter(parameter: str) -> bool:
    """`name` or `name: Dotted.Name`: nothing black could split."""
    return (
        re.fullmatch(r"\*{0,2}[A-Za-z_]\w*(?:: [A-Za-z_][\w.]*)?", parameter)
        is not None
    )


def call(head: str, args: list[str], tail: str, indent: int) -> str:
    return join_lines(call_lines(head, args, tail, indent), indent)


def return_call(callee: str, args: list[str], indent: int) -> str:
    """`return callee(args)` at column `indent`, as black lays out one too
    long: split in the call's brackets where `return callee(` fits, else in
    parentheses where `callee(` fits inside them, else in the brackets all
    the same."""
    head = f"return {callee}"
    if (
        indent + len(head) + 1 > LINE_LENGTH
        and indent + 4 + len(callee) + 1 <= LINE_LENGTH
    ):
        inner = call_lines(callee, args, "", indent + 4)
        return join_lines(["return (", *(f"    {line}" for line in inner), ")"], indent)
    return call(head, args, "", indent)


def comprehension(
    head: str, element: str, clause: str, tail: str, indent: int, bracket: str = "[]"
) -> str:
    """`head[element for ...]tail` laid out as black does."""
    opening, closing = bracket[0], bracket[1]
    whole = f"{head}{opening}{element} {clause}{closing}{tail}"
    if indent + len(whole) <= LINE_LENGTH:
        return whole
    body = f"{element} {clause}"
    if indent + 4 + len(body) <= LINE_LENGTH:
        return join_lines(
            [f"{head}{opening}", f"    {body}", f"{closing}{tail}"], indent
        )
    laid = element_lines(element, indent + 4)
    return join_lines(
        [
            f"{head}{opening}",
            *(f"    {line}" for line in laid),
            f"    {clause}",
            f"{closing}{tail}",
        ],
        indent,
    )


# A comprehension's element that keeps a null item null (`to_dict` of a
# list or map whose items need converting): `[key: ]None if x is None else v`.
_NULL_GUARD = re.compile(r"(\w+: )?None if (\w+) is None else (.+)")


def element_lines(element: str, indent: int) -> list[str]:
    """A comprehension's element at column `indent`, as black splits one
    too long: one ending in a comprehension inside its brackets; a null
    guard in parentheses, one operator a line, its value split the same
    way (a map's key stays before the parenthesis)."""
    guard = _NULL_GUARD.fullmatch(element)
    if guard is None or indent + len(element) <= LINE_LENGTH:
        return bracket_lines(element, "", indent)
    key, name, value = guard.groups()
    return [
        f"{key or ''}(",
        "    None",
        f"    if {name} is None",
        *(f"    {line}" for line in bracket_lines(f"else {value}", "", indent + 4)),
        ")",
    ]


# What may come before a comprehension's bracket for black to split there:
# a target (`x = `), a key (`"k": `, `k: `), a keyword (`k=`) or a null
# guard's `else ` (see element_lines), then a callee (a string's method too:
# `",".join`) or nothing. (Before anything else, an operator or a ternary,
# black splits elsewhere first.)
_SPLIT_HEAD = re.compile(
    r'(?:\S+ = |"[^"\\]*": |\w+: |\w+=|else )?(?:"(?:[^"\\]|\\.)*"\.)?[\w.]*'
)


def bracket_lines(text: str, tail: str, indent: int) -> list[str]:
    """`text + tail` at column `indent`, where `text` ends with a bracketed
    comprehension (a list, dict or set one, or a call's lone generator), as
    black splits one too long: the comprehension on a line of its own inside
    the brackets, or its element and clauses on a line each (an element too
    long split the same way). Left on one line (to black) for anything
    else."""
    whole = text + tail
    if indent + len(whole) <= LINE_LENGTH:
        return [whole]
    opened = _matching_open(text)
    if opened is None or indent + opened + 1 > LINE_LENGTH:
        return [whole]
    head, body, closing = text[: opened + 1], text[opened + 1 : -1], text[-1]
    clauses = _comprehension_clauses(body)
    if clauses is None or not _SPLIT_HEAD.fullmatch(head[:-1]):
        return [whole]
    if indent + 4 + len(body) <= LINE_LENGTH:
        return [head, f"    {body}", closing + tail]
    lines = [head]
    for index, clause in enumerate(clauses):
        laid = element_lines(clause, indent + 4) if index == 0 else [clause]
        lines += [f"    {line}" for line in laid]
    return [*lines, closing + tail]


def _scan(text: str) -> list[tuple[int, str, int]] | None:
    """(index, character, depth before it) of every character outside
    string literals; None when a string literal does not end."""
    found, depth, index, quote = [], 0, 0, ""
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        else:
            found.append((index, char, depth))
            if char in "([{":
                depth += 1
            elif char in ")]}":
                depth -= 1
        index += 1
    return None if quote else found


def _matching_open(text: str) -> int | None:
    """Where the bracket that the last character of `text` closes opens."""
    if text[-1:] not in (")", "]", "}"):
        return None
    opened: list[int] = []
    for index, char, _ in _scan(text) or ():
        if char in "([{":
            opened.append(index)
        elif char in ")]}":
            if not opened:
                return None
            start = opened.pop()
            if index == len(text) - 1:
                return start
    return None


def _comprehension_clauses(body: str) -> list[str] | None:
    """`element for x in y if z` as [element, "for x in y", "if z"] (split
    at the top level only); None when `body` is no comprehension."""
    cuts = [
        index
        for index, _, depth in _scan(body) or ()
        if depth == 0 and body.startswith((" for ", " if "), index)
    ]
    first_for = next((i for i in cuts if body.startswith(" for ", i)), None)
    if first_for is None:
        return None
    cuts = [i for i in cuts if i >= first_for]  # (an `if` before is the element's)
    bounds = [0, *cuts, len(body)]
    return [body[a:b].strip() for a, b in itertools.pairwise(bounds)]


def alternatives(annotation: str) -> list[str]:
    """`A | list[B | C]` as ["A", "list[B | C]"]."""
    if "[" not in annotation and "(" not in annotation:
        return annotation.split(" | ")
    parts, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "(": 1, "]": -1, ")": -1}.get(char, 0)
        if depth == 0 and annotation.startswith(" | ", index):
            parts.append(annotation[start:index])
            start = index + 3
    return [*parts, annotation[start:]]


def _parenthesized(annotation: str, closing: str, indent: int) -> list[str] | None:
    """An annotation black wraps in parentheses: on one line of its own, or
    one alternative per line (one that is still too long split inside its
    brackets); None when black would do something else."""
    parts = alternatives(annotation)
    if len(parts) == 1 and "[" in annotation:
        return None  # black splits inside the brackets instead
    if indent + len(closing) > LINE_LENGTH:
        return None
    if indent + 4 + len(annotation) <= LINE_LENGTH:
        return [f"    {annotation}", closing]
    if len(parts) == 1:
        return None
    lines = []
    for index, part in enumerate(parts):
        line = ("| " if index else "") + part
        # (a name too long stays on its line: black cannot split it)
        if indent + 4 + len(line) <= LINE_LENGTH or "[" not in part:
            lines.append(f"    {line}")
            continue
        split = subscript_lines("| " if index else "", part, "", indent + 4)
        if split is None:
            return None
        lines += [f"    {piece}" for piece in split]
    return [*lines, closing]


def declaration_lines(declaration: str, indent: int, tail: str = "") -> list[str]:
    """`name: annotation[ = default]` + tail (a parameter's comma) at column
    `indent`, as black lays out one that is too long: the annotation in
    parentheses when the default has no brackets of its own."""
    whole = declaration + tail
    if indent + len(whole) <= LINE_LENGTH:
        return [whole]
    name, _, rest = declaration.partition(": ")
    annotation, equals, default = rest.partition(" = ")
    if equals and default not in ("None", "_serde.UNSET"):
        return [whole]  # black's choices for other values vary
    head = f"{name}: {annotation} = ("
    if equals and not tail and indent + len(head) <= LINE_LENGTH:
        # A field (not a parameter) whose annotation fits: the value wraps.
        return [head, f"    {default}", ")"]
    closing = ")" + (f" = {default}" if equals else "") + tail
    if not equals:  # `name: list[Long]`: black splits inside the brackets
        laid = subscript_lines(f"{name}: ", annotation, tail, indent)
        if laid is not None:
            return laid
    laid = _parenthesized(annotation, closing, indent)
    return [whole] if laid is None else [f"{name}: (", *laid]


def subscript_lines(
    prefix: str, annotation: str, tail: str, indent: int, long_head: bool = False
) -> list[str] | None:
    """`prefix + outer[inner] + tail` split inside the brackets, as black
    splits an annotation such as `list[A | B]` that is too long: the inner
    part on a line of its own, or one alternative per line (several
    arguments, `dict[K, V]`: one per line, each with its comma). None when
    the annotation is not one subscript, or black would do something else
    with it (`long_head`: black splits there even when the first line stays
    too long, where nothing else would shorten it)."""
    outer, bracket, inner = annotation.partition("[")
    inner = inner[:-1]
    arguments = _split_arguments(inner) or ()
    if (
        not bracket
        or not annotation.endswith("]")
        or not outer.replace(".", "").replace("_", "").isalnum()
        or len(alternatives(annotation)) != 1
        or not arguments
        or (indent + len(prefix + outer) + 1 > LINE_LENGTH and not long_head)
    ):
        return None
    if indent + 4 + len(inner) <= LINE_LENGTH:
        return [f"{prefix}{outer}[", f"    {inner}", f"]{tail}"]
    if len(arguments) > 1:
        lines = []
        for argument in arguments:
            if indent + 5 + len(argument) <= LINE_LENGTH or "[" not in argument:
                lines.append(f"    {argument},")  # (a long name stays as it is)
                continue
            split = subscript_lines("", argument, ",", indent + 4)
            if split is None:
                return None
            lines += [f"    {line}" for line in split]
        return [f"{prefix}{outer}[", *lines, f"]{tail}"]
    parts = alternatives(inner)
    if len(parts) == 1 and "[" not in inner and "(" not in inner:
        # one name too long for any line: on a line of its own all the same
        return [f"{prefix}{outer}[", f"    {inner}", f"]{tail}"]
    if len(parts) > 1 and all(
        indent + 6 + len(part) <= LINE_LENGTH or "[" not in part for part in parts
    ):  # (a name too long stays on its line: black cannot split it)
        return [
            f"{prefix}{outer}[",
            f"    {parts[0]}",
            *(f"    | {part}" for part in parts[1:]),
            f"]{tail}",
        ]
    return None


def returns_lines(returns: str, tail: str, indent: int) -> list[str]:
    """`) -> returns` + tail (`:` or `: ...`) closing a def whose parameters
    are one per line, as black lays out one that is too long."""
    whole = f") -> {returns}{tail}"
    if indent + len(whole) <= LINE_LENGTH:
        return [whole]
    parts = alternatives(returns)
    if len(parts) == 1 and returns.endswith("]") and "[" in returns:
        laid = subscript_lines(") -> ", returns, tail, indent)
        return [whole] if laid is None else laid
    if len(parts) == 1 and "." in returns and "[" not in returns:
        # a dotted name goes in parentheses even where it is too long there
        return [") -> (", f"    {returns}", f"){tail}"]
    laid = _parenthesized(returns, f"){tail}", indent)
    return [whole] if laid is None else [") -> (", *laid]


def _call_of(text: str) -> Collection | None:
    """`name(a, b)` as a Collection of its arguments (and a list or set/dict
    display as one of its items), or None when the text is none of these."""
    if text[:1] in "[{" and text[-1:] == {"[": "]", "{": "}"}[text[0]]:
        head, inner, closing = text[0], text[1:-1], text[-1]
    elif text[:1] == "(" and text[-1:] == ")" and _matching_open(text) == 0:
        # a tuple of several items (one item in parentheses is no tuple)
        head, inner, closing = "(", text[1:-1], ")"
        if len(_split_arguments(inner) or ()) < 2:
            return None
    else:
        opening = text.find("(")
        head, inner, closing = text[: opening + 1], text[opening + 1 : -1], ")"
        name = head[:-1].replace(".", "").replace("_", "")
        if opening <= 0 or not text.endswith(")") or not name.isalnum():
            return None
    parts = _split_arguments(inner)
    # (a comprehension or a lone generator argument takes no commas; one
    # inside an item's own brackets is that item's business)
    if not parts or any(
        " for " in part and _comprehension_clauses(part) is not None for part in parts
    ):
        return None
    return Collection(head, tuple(parts), closing)


def _split_arguments(text: str) -> list[str] | None:
    """The top-level comma-separated parts of `text`; None when its brackets
    or quotes do not balance (then it is not one call's arguments)."""
    scanned = _scan(text)
    if scanned is None:
        return None
    parts, start, after = [], 0, 0  # (`after`: the depth after each character)
    for index, char, depth in scanned:
        if char in ")]}" and depth == 0:
            return None  # (it closes a bracket that was never opened)
        if char == "," and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
        after = depth + (1 if char in "([{" else -1 if char in ")]}" else 0)
    if after:
        return None
    last = text[start:].strip()
    return [*parts, last] if last else parts
