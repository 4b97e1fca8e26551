"""The models module, in units: its head (the imports marker and
`__all__`), one unit per enum class and per model class, and its tail
(subtype tables, aliases, union readers).

An enum's or a model's text depends only on that enum or model and on the
entries of the enum and union tables its fields look up, so those units can
be rendered in any batches, in any process, even before the IR is finished
(`speculate`), and joined in `unit_order`. A batch is rendered by one call
of the template and cut where each unit begins (`UNIT_BREAK`): a call from
Python into Jinja per unit would cost more than many units' rendering."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..ir.model import ClientSpec, Enum, ListAlias, Model, Property, UnionType
from .docstrings import default_note, docstring
from .environment import HEADER, all_sorted, environment
from .expressions import BUILTIN_TYPES, TypeExpressions
from .layout import (
    LINE_LENGTH,
    Operand,
    class_header,
    condition_lines,
    declaration_lines,
    def_header,
    join_lines,
    subscript_lines,
)
from .literals import comment, py_str
from .unions import alias_lines, reader_lines

# (kind, name): ("enum", name), ("model", name), or HEAD or TAIL
UnitKey = tuple[str, str]
HEAD: UnitKey = ("head", "")
TAIL: UnitKey = ("tail", "")
Unit = tuple[UnitKey, Enum | Model | None]

# Where a batch's text is cut into its units: no rendered text holds it (the
# emitter drops or escapes every control character that spec text carries,
# and Python source cannot hold it); a batch whose count of breaks is not its
# count of units is rendered again a unit at a time.
UNIT_BREAK = "\x00"


def unit_order(client: ClientSpec) -> list[Unit]:
    """The module's units in the order they are joined: the head, the enums
    by name, the models by name (each after its base: Python needs the base
    first), the tail."""
    return [
        (HEAD, None),
        *((("enum", e.name), e) for e in sorted(client.enums, key=lambda e: e.name)),
        *((("model", m.name), m) for m in _bases_first(client.models)),
        (TAIL, None),
    ]


def lookup_tables(
    enums: Sequence[Enum], unions: Sequence[UnionType]
) -> tuple[dict[str, Enum], dict[str, UnionType]]:
    """The tables a model's fields look their enums and unions up in."""
    return {e.name: e for e in enums}, {u.name: u for u in unions}


def render_units(
    objects: Sequence[Enum | Model],
    enums: Mapping[str, Enum],
    unions: Mapping[str, UnionType],
    views: Sequence[ModelView] | None = None,
) -> list[str]:
    """The text of each enum and model in `objects`, in their order (`views`:
    the models' views, where the caller made them)."""
    enum_units = [o for o in objects if isinstance(o, Enum)]
    if views is None:
        views = [model_view(o, enums, unions) for o in objects if isinstance(o, Model)]
    texts = _render(enum_units, views, UNIT_BREAK).split(UNIT_BREAK)
    if len(texts) == len(enum_units) + len(views) + 1 and not texts[0]:
        del texts[0]
    else:
        texts = [_render([e], [], "") for e in enum_units]
        texts += [_render([], [v], "") for v in views]
    # (the template writes the enums first)
    enum_texts, model_texts = iter(texts[: len(enum_units)]), iter(
        texts[len(enum_units) :]
    )
    return [next(enum_texts if isinstance(o, Enum) else model_texts) for o in objects]


def _render(enums: Sequence[Enum], views: Sequence[ModelView], unit_break: str) -> str:
    return (
        environment()
        .get_template("models.py.jinja")
        .render(
            enums=enums,
            views=views,
            enum_docstring=_enum_docstring,
            unit_break=unit_break,
            head=False,
            tail=False,
        )
    )


def render_head(client: ClientSpec, spec_display: str) -> str:
    """The head: the header, the imports marker and `__all__`."""
    return (
        environment()
        .get_template("models.py.jinja")
        .render(
            header=HEADER.format(spec=comment(spec_display)),
            exported=all_sorted(
                [
                    *(e.name for e in client.enums),
                    *(m.name for m in client.models),
                    *(a.name for a in client.list_aliases),
                    *(u.alias for u in client.unions if u.alias),
                ]
            ),
            enums=[],
            views=[],
            head=True,
            tail=False,
        )
    )


def render_tail(client: ClientSpec) -> str:
    """The tail: subtype tables, list aliases, union aliases and readers."""
    enums, unions = lookup_tables(client.enums, client.unions)
    types = TypeExpressions(enums, unions=unions)
    return (
        environment()
        .get_template("models.py.jinja")
        .render(
            subtyped=[m for m in _bases_first(client.models) if m.subtypes],
            subtypes_name=_subtypes_name,
            list_aliases=_list_aliases(client, types),
            union_aliases=alias_lines(client.unions, types),
            union_readers=reader_lines(
                client.unions, types, {m.name: m for m in client.models}
            ),
            types=types,
            enums=[],
            views=[],
            head=False,
            tail=True,
        )
    )


def _list_aliases(
    client: ClientSpec, types: TypeExpressions
) -> list[tuple[ListAlias, str]]:
    """Each list alias and its definition: the value quoted where it names
    a union alias,
    which the module defines after the list aliases (`MessageArray:
    TypeAlias = list[Exchange]` failed at import)."""
    later = {u.alias for u in client.unions if u.alias}
    aliases = []
    for alias in client.list_aliases:
        prefix = f"{alias.name}: TypeAlias = "
        value = f"list[{types.annotation(alias.item)}]"
        if later and later.intersection(_WORD.findall(value)):
            line = prefix + py_str(value)  # (black wraps it where too long)
        elif len(prefix) + len(value) <= LINE_LENGTH:
            line = prefix + value
        else:
            line = join_lines(
                subscript_lines(prefix, value, "", 0) or [prefix + value], 0
            )
        aliases.append((alias, line))
    return aliases


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def render_unit_batch(
    client: ClientSpec,
    spec_display: str,
    units: Sequence[Unit],
    tables: tuple[Mapping[str, Enum], Mapping[str, UnionType]] | None = None,
) -> list[str]:
    """The text of each unit of `units` (of this client's, any kinds);
    `tables`: the client's `lookup_tables`, where the caller has them."""
    enums, unions = tables or lookup_tables(client.enums, client.unions)
    objects = [o for _, o in units if o is not None]
    texts = iter(render_units(objects, enums, unions))
    return [
        (
            render_head(client, spec_display)
            if key == HEAD
            else render_tail(client) if key == TAIL else next(texts)
        )
        for key, _ in units
    ]


def models_text(client: ClientSpec, spec_display: str) -> str:
    """The whole module, its imports not resolved yet."""
    return "".join(render_unit_batch(client, spec_display, unit_order(client)))


@dataclass(frozen=True)
class ModelView:
    """What the models template writes for one model, each piece as text:
    the template lays the pieces out and calls nothing per field (a call
    from a template costs Jinja several times what the call itself does,
    and a big spec's models have 40,000 fields)."""

    model: Model
    header: str  # `class Name(Base):`
    docstring: str
    declarations: tuple[str, ...]  # the dataclass fields the class adds
    wire_names: tuple[str, ...]
    containers: list[tuple[tuple[str, ...], list[str]]]  # see _nested_names
    from_dict_header: str
    subtypes_name: str  # its table of subtypes ("" without subtypes)
    from_wire: tuple[str, ...]  # a statement of from_dict per field
    to_wire: tuple[tuple[str, str], ...]  # each field's `if` and to_dict statement


def model_view(
    model: Model, enums: Mapping[str, Enum], unions: Mapping[str, UnionType]
) -> ModelView:
    """The view of `model`; every enum and union its fields use is looked up
    in `enums` and `unions`, and nothing else is read besides the model."""
    shadowed = {p.python_name for p in model.properties} & BUILTIN_TYPES
    types = TypeExpressions(enums, shadowed=frozenset(shadowed), unions=unions)
    return ModelView(
        model=model,
        header=class_header(model.name, model.base or ""),
        docstring=_model_docstring(model),
        declarations=tuple(
            join_lines(
                declaration_lines(
                    f"{p.python_name}: {types.declaration(p, True)}", 4, ""
                ),
                4,
            )
            for p in model.own_properties
        ),
        wire_names=tuple(dict.fromkeys(p.top_wire_name for p in model.properties)),
        containers=_nested_names(model),
        from_dict_header=def_header(
            "from_dict", "cls, data: Mapping[str, Any]", model.name, 4
        ),
        subtypes_name=_subtypes_name(model) if model.subtypes else "",
        from_wire=tuple(types.field_from_wire(p, 8) for p in model.properties),
        to_wire=tuple(
            (
                join_lines(condition_lines(_sent_when(p), 8), 8),
                types.field_to_wire(p, 12),
            )
            for p in model.properties
        ),
    )


def _sent_when(p: Property) -> list[Operand]:
    """What to_dict asks before it writes a field: that it is set (None is
    a value of a nullable field, UNSET is not), and not read-only where
    read-only fields are left out."""
    operands: list[Operand] = [
        (
            ("not isinstance", [f"self.{p.python_name}", "_serde.Unset"])
            if p.nullable
            else f"self.{p.python_name} is not None"
        )
    ]
    if p.read_only:
        operands.append("not exclude_readonly")
    return operands


def _subtypes_name(model: Model) -> str:
    # (the class name as it is: two classes may share a constant_case,
    # HTTPServer and HttpServer, and the module one table name)
    return f"_{model.name}_SUBTYPES"


def _bases_first(models: Sequence[Model]) -> list[Model]:
    """Models by name, each after its base class (Python needs the base first)."""
    by_name = {m.name: m for m in models}
    ordered: list[Model] = []
    placed: set[str] = set()
    # (a loop, not a nested function calling itself: that is a reference
    # cycle, which keeps every model alive until the cyclic collector runs)
    for model in sorted(models, key=lambda m: m.name):
        chain: list[Model] = []
        step: Model | None = model
        while step is not None and step.name not in placed:
            placed.add(step.name)
            chain.append(step)
            step = by_name.get(step.base) if step.base is not None else None
        ordered.extend(reversed(chain))
    return ordered


def _enum_docstring(enum: Enum) -> str:
    note = (
        "Extensible: values the service adds later are accepted as members too."
        if enum.extensible
        else ""
    )
    return docstring([enum.description or enum.name, note], 4)


def _model_docstring(model: Model) -> str:
    attributes = []
    for p in model.properties:
        flags = []
        if p.required and p.constant is None:
            flags.append("required")
        if p.read_only:
            flags.append("read-only")
        if p.constant is not None:
            flags.append(f"constant: always {json.dumps(p.constant)}")
        prefix = f"({', '.join(flags)}) " if flags else ""
        attributes.append((p.python_name, prefix + p.description + default_note(p)))
    attributes.append(
        (
            "additional_properties",
            "Fields the service sent that the spec does not define; sent back as they are.",
        )
    )
    return docstring([model.description or model.name], 4, [("Attributes", attributes)])


def _nested_names(model: Model) -> list[tuple[tuple[str, ...], list[str]]]:
    """Per object the model flattens (x-ms-client-flatten), its path and the
    names known there (a field, or a deeper flattened object), so that the
    fields the spec does not define are kept there too."""
    found: dict[tuple[str, ...], dict[str, None]] = {}
    for p in model.properties:
        steps = (*p.container, p.wire_name)
        for depth in range(1, len(p.container) + 1):
            found.setdefault(steps[:depth], {})[steps[depth]] = None
    return [(path, list(names)) for path, names in found.items()]
