"""The code of a client's unions (`oneOf`/`anyOf`) in its models module: the
public type alias of each named one, and the private reader every union has
(a `_serde.OneOf` with one `_serde.Choice` per alternative).

Both come after the classes: an alias's value and a reader's choices are
evaluated when the module loads, so what they name must exist by then. An
alias that names itself or a later alias is written as a string (mypy reads
it the same); a reader that needs a later reader calls it through a lambda.
"""

from __future__ import annotations

from ..ir.model import Model, TypeRef, UnionType
from .expressions import TypeExpressions
from .layout import LINE_LENGTH, Collection, alternatives, call_lines, subscript_lines
from .literals import py_literal, py_str

# The JSON kind of each scalar type's wire values, and the converter that
# reads one (None: the value as it is).
_SCALARS: dict[str, tuple[str, str | None]] = {
    "str": ("string", None),
    "int": ("integer", None),
    "float": ("number", "_serde.as_float"),
    "bool": ("boolean", None),
    "decimal": ("number", "_serde.decimal"),
    "unixtime": ("integer", "_serde.unixtime"),
    "binary": ("string", None),
}


def alias_lines(unions: tuple[UnionType, ...], types: TypeExpressions) -> list[str]:
    """`Alias: TypeAlias = A | B` for each named union, in dependency order."""
    lines: list[str] = []
    defined: set[str] = set()
    named = {u.name for u in unions if u.alias}
    for union in _ordered([u for u in unions if u.alias]):
        parts: list[str] = []
        for member in union.members:
            for part in alternatives(types.annotation(member)):
                if part not in parts:
                    parts.append(part)
        value = " | ".join(parts)
        if _needs(union, named) - defined:
            value = py_str(value)  # refers to itself or to a later alias
            lines.append(f"{union.alias}: TypeAlias = {value}")
        elif len(f"{union.alias}: TypeAlias = {value}") <= LINE_LENGTH:
            lines.append(f"{union.alias}: TypeAlias = {value}")
        elif 4 + len(value) <= LINE_LENGTH:  # as black wraps a long one
            lines += [f"{union.alias}: TypeAlias = (", f"    {value}", ")"]
        else:
            lines += [f"{union.alias}: TypeAlias = (", f"    {parts[0]}"]
            lines += [f"    | {part}" for part in parts[1:]] + [")"]
        defined.add(union.name)
    return lines


def _call_after(head: str, arguments: list[str | Collection], split: bool) -> list[str]:
    """The call that ends a reader's statement whose annotation black split,
    where black splits the call too (`split`: the annotation went into
    parentheses, or even `name: (` is too long) although it would fit."""
    call = call_lines(head, arguments, "", 0)
    if split and len(call) == 1:
        body = ", ".join(str(argument) for argument in arguments)
        call = [f"{head}(", f"    {body}", ")"]
    return call


def reader_lines(
    unions: tuple[UnionType, ...],
    types: TypeExpressions,
    models: dict[str, Model],
) -> list[str]:
    """`_NAME = _serde.OneOf((choices...), discriminator, mapping)` for each
    union, readers another one uses first."""
    lines: list[str] = []
    defined: set[str] = set()
    every = {u.name for u in unions}
    for union in _ordered(list(unions)):
        choices = Collection(
            "(",
            tuple(_choice(m, types, models, every - defined) for m in union.members),
            ")",
        )
        arguments: list[str | Collection] = [choices]
        if union.discriminator:
            arguments.append(py_str(union.discriminator))
            arguments.append(
                Collection(
                    "{",
                    tuple(
                        f"{py_str(value)}: {model}.from_dict"
                        for value, model in union.mapping
                    ),
                    "}",
                )
            )
        if lines:
            lines.append("")
        # (annotated with what it reads, so that what it returns is typed)
        annotation = f"_serde.OneOf[{types.annotation(TypeRef('union', union.name))}]"
        target = f"{union.name}: {annotation}"
        head = f"{target} = _serde.OneOf"
        # (where even `name: (` is too long, parentheses cannot help: black
        # splits inside the brackets, however long their first line)
        long_head = len(f"{union.name}: (") > LINE_LENGTH
        split = subscript_lines(f"{union.name}: ", annotation, "", 0, long_head)
        if len(head) + 1 <= LINE_LENGTH:
            lines += call_lines(head, arguments, "", 0)
        elif len(target) + 4 <= LINE_LENGTH:
            # black wraps the call in parentheses when its head does not fit
            inner = call_lines("_serde.OneOf", arguments, "", 4)
            lines += [f"{target} = (", *("    " + line for line in inner), ")"]
        elif split is not None:  # else it splits the annotation's brackets
            lines += split[:-1]
            lines += _call_after(f"{split[-1]} = _serde.OneOf", arguments, long_head)
        elif (wrapped := _wrapped_annotation(union.name, annotation)) is not None:
            lines += wrapped
            lines += _call_after(") = _serde.OneOf", arguments, True)
        else:
            lines += call_lines(head, arguments, "", 0)  # left to black
        defined.add(union.name)
    return lines


def _wrapped_annotation(name: str, annotation: str) -> list[str] | None:
    """`name: (` and the annotation inside the parentheses, as black lays out
    an annotation that cannot share a line with the name and its opening
    bracket (a long union's reader): on a line of its own, or split inside
    its brackets. None when black would do something else."""
    if len(f"{name}: (") > LINE_LENGTH:
        return None
    if 4 + len(annotation) <= LINE_LENGTH:
        return [f"{name}: (", f"    {annotation}"]
    inner = subscript_lines("", annotation, "", 4)
    if inner is None:
        return None
    return [f"{name}: (", *(f"    {line}" for line in inner)]


def _choice(
    t: TypeRef, types: TypeExpressions, models: dict[str, Model], later: set[str]
) -> str:
    """The Choice of one alternative; a reader not yet defined (`later`) is
    called through a lambda."""
    if t.kind == "model":
        model = models[t.name]
        required = sorted({p.top_wire_name for p in model.properties if p.required})
        constants = {
            p.wire_name: p.constant
            for p in model.properties
            if p.constant is not None and not p.container
        }
        arguments = ['"object"', f"{t.name}.from_dict", f"{t.name}._WIRE_NAMES"]
        if required or constants:
            arguments.append(
                f"frozenset({{{', '.join(py_str(r) for r in required)}}})"
                if required
                else "frozenset()"
            )
        if constants:
            arguments.append(py_literal(constants))
        return f"_serde.Choice({', '.join(arguments)})"
    if t.kind == "union":
        reader = f"lambda value: {t.name}(value)" if t.name in later else t.name
        return f'_serde.Choice("any", {reader})'
    if t.kind == "enum":
        kind = {"int": "integer", "float": "number"}.get(
            types.enums[t.name].value_kind, "string"
        )
        return f'_serde.Choice("{kind}", _serde.enum_of({t.name}))'
    if t.kind in ("list", "dict"):
        kind = "array" if t.kind == "list" else "object"
        converter = types.converter(t)
        if converter and _uses(t) & later:
            converter = f"lambda value: {converter}(value)"
        return f'_serde.Choice("{kind}"{", " + converter if converter else ""})'
    if t.kind in _SCALARS:
        kind, converter = _SCALARS[t.kind]
        return f'_serde.Choice("{kind}"{", " + converter if converter else ""})'
    converter = types.converter(t)  # dates, times, durations, bytes: strings
    if converter is None:
        return '_serde.Choice("any")'
    return f'_serde.Choice("string", {converter})'


def _uses(t: TypeRef) -> set[str]:
    """The unions a type names (itself, or in its items)."""
    found: set[str] = set()
    while True:
        if t.kind == "union":
            found.add(t.name)
        if t.item is None:
            return found
        t = t.item


def _needs(union: UnionType, every: set[str]) -> set[str]:
    """The unions of `every` whose names this one's members use."""
    return {name for m in union.members for name in _uses(m)} & every


def _ordered(unions: list[UnionType]) -> list[UnionType]:
    """Unions after those they use (where there is no cycle); else as built."""
    every = {u.name for u in unions}
    by_name = {u.name: u for u in unions}
    done: list[UnionType] = []
    placed: set[str] = set()
    for union in unions:
        _place(union, by_name, every, placed, set(), done)
    return done


def _place(
    union: UnionType,
    by_name: dict[str, UnionType],
    every: set[str],
    placed: set[str],
    visiting: set[str],
    done: list[UnionType],
) -> None:
    """`union` appended to `done` after the unions it uses (a module-level
    function: a local closure that calls itself is a cycle that would keep
    every union alive until the collector runs)."""
    if union.name in placed or union.name in visiting:
        return
    visiting.add(union.name)
    for name in sorted(_needs(union, every) - {union.name}):
        _place(by_name[name], by_name, every, placed, visiting, done)
    visiting.discard(union.name)
    placed.add(union.name)
    done.append(union)
