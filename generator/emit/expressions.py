"""Python type annotations and (de)serialization expressions for IR types.

Templates call these through filters; the logic of what a type needs on the
wire lives here, once.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..ir.model import Enum, Property, TypeRef, UnionType
from . import layout
from .literals import py_literal, py_str

_ANNOTATIONS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "any": "Any",
    "unixtime": "datetime.datetime",
    "datetime": "datetime.datetime",
    "date": "datetime.date",
    "time": "datetime.time",
    "rfc1123": "datetime.datetime",
    "duration": "datetime.timedelta",
    "decimal": "decimal.Decimal",
    "bytes": "bytes",
    "base64url": "bytes",
    "binary": "bytes",
}

_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes"})

_FROM_WIRE = {
    "unixtime": "_serde.unixtime",
    "datetime": "_serde.iso_datetime",
    "date": "_serde.iso_date",
    "time": "_serde.iso_time",
    "rfc1123": "_serde.rfc1123_datetime",
    "duration": "_serde.iso_duration",
    "decimal": "_serde.decimal",
    "bytes": "_serde.base64_bytes",
    "base64url": "_serde.base64url_bytes",
    # (`format: binary` inside JSON, where raw bytes cannot go: base64, as
    # `format: byte`; a binary body or answer is bytes as they are elsewhere)
    "binary": "_serde.base64_bytes",
}

# Converters that check a JSON scalar is of the declared type.
_CHECKED = {
    "int": "_serde.as_int",
    "float": "_serde.as_float",
    "str": "_serde.as_str",
    "bool": "_serde.as_bool",
}

_TO_WIRE = {
    "unixtime": "_serde.unixtime_to_wire",
    "datetime": "_serde.iso_datetime_to_wire",
    "date": "_serde.iso_date_to_wire",
    "time": "_serde.iso_time_to_wire",
    "rfc1123": "_serde.rfc1123_to_wire",
    "duration": "_serde.iso_duration_to_wire",
    "decimal": "_serde.decimal_to_wire",
    "bytes": "_serde.base64_bytes_to_wire",
    "base64url": "_serde.base64url_bytes_to_wire",
    "binary": "_serde.base64_bytes_to_wire",
}


# Names a class body must not shadow in its own annotations.
BUILTIN_TYPES = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes"})


class TypeExpressions:
    """Knows the enums of one client, to spell their annotations."""

    def __init__(
        self,
        enums: Mapping[str, Enum],
        prefix: str = "",
        shadowed: frozenset[str] = frozenset(),
        unions: Mapping[str, UnionType] | None = None,
    ) -> None:
        self.enums = enums
        self.unions = unions if unions is not None else {}
        self.prefix = prefix  # "_models." where models live in another module
        # Builtin type names a class body redefines (a property called `list`):
        # its annotations must spell them `builtins.list`.
        self.shadowed = shadowed

    def _builtin(self, name: str) -> str:
        return f"builtins.{name}" if name in self.shadowed else name

    def annotation(self, t: TypeRef) -> str:
        if t.kind == "model":
            return self.prefix + t.name
        if t.kind == "union":
            return " | ".join(self._union_parts(t))
        if t.kind == "enum":
            base = self.enums[t.name].value_kind
            return f"{self.prefix}{t.name} | {self._builtin(base)}"
        if t.kind == "list":
            return (
                f"{self._builtin('list')}[{self.annotation(t.item or TypeRef('any'))}]"
            )
        if t.kind == "dict":
            key = self._builtin("str")
            return f"{self._builtin('dict')}[{key}, {self.annotation(t.item or TypeRef('any'))}]"
        annotation = _ANNOTATIONS[t.kind]
        return self._builtin(annotation) if annotation in _BUILTINS else annotation

    def _union_parts(self, t: TypeRef) -> list[str]:
        """The alternatives of a union's annotation, each once (a named
        union is its alias)."""
        union = self.unions.get(t.name)
        if union is None:
            return ["Any"]
        if union.alias:
            return [self.prefix + union.alias]
        parts: list[str] = []
        for member in union.members:
            for part in layout.alternatives(self.annotation(member)):
                if part not in parts:
                    parts.append(part)
        return parts

    def converter(self, t: TypeRef) -> str | None:
        """A callable that turns a wire value into `t`, or None for as-is."""
        if t.kind == "model":
            return f"{self.prefix}{t.name}.from_dict"
        if t.kind == "union":
            return self.prefix + t.name if t.name in self.unions else None
        if t.kind == "enum":
            # A value the spec does not list is kept as it is (typed `E | str`).
            return f"_serde.enum_of({self.prefix}{t.name})"
        if t.kind in ("list", "dict"):
            inner = self.converter(t.item or TypeRef("any"))
            if inner is None:
                return None
            return f"functools.partial(_serde.req_{t.kind}, {inner})"
        return _FROM_WIRE.get(t.kind)

    def response_converter(self, t: TypeRef) -> tuple[str, bool]:
        """(converter, always present) of a response body of type `t`: the
        converter checks what JSON cannot promise (an integer is an integer);
        models, arrays and maps are always present, other values may be null."""
        if t.kind == "model":
            return f"{self.prefix}{t.name}.from_dict", True
        if t.kind == "enum":
            return f"_serde.enum_of({self.prefix}{t.name})", False
        if t.kind in ("list", "dict"):
            inner, _ = self.response_converter(t.item or TypeRef("any"))
            if inner == "_serde.identity":
                # A free-form object promises nothing more than `any` does.
                return f"_serde.as_{t.kind}", t.kind == "list"
            return f"functools.partial(_serde.req_{t.kind}, {inner})", True
        if t.kind in _CHECKED:
            return _CHECKED[t.kind], False
        if t.kind == "union":
            union = self.unions.get(t.name)
            # A union of models, arrays and maps is always present, as they are.
            present = union is not None and all(
                m.kind in ("model", "list", "dict") for m in union.members
            )
            return self.converter(t) or "_serde.identity", present
        return _FROM_WIRE.get(t.kind, "_serde.identity"), False

    def response_annotation(self, t: TypeRef) -> str:
        annotation = self.annotation(t)
        if self.response_converter(t)[1] or t.kind == "any":
            return annotation
        return f"{annotation} | None"

    def from_wire_call(
        self, t: TypeRef, value: str, required: bool
    ) -> tuple[str, list[str]] | None:
        """(callee, arguments) of the call that gives `t` from the wire value
        `value` (which may be None), or None when the value is used as is."""
        mode = "req" if required else "opt"
        if t.kind in ("list", "dict"):
            inner = self.converter(t.item or TypeRef("any"))
            return (
                None if inner is None else (f"_serde.{mode}_{t.kind}", [inner, value])
            )
        if t.kind == "enum":
            return (f"_serde.{mode}_enum", [self.prefix + t.name, value])
        if t.kind == "unixtime":
            return (
                f"_serde.{mode}_unixtime",
                [value],
            )  # the commonest conversion, in one call
        converter = self.converter(t)
        return None if converter is None else (f"_serde.{mode}", [converter, value])

    def from_wire(self, t: TypeRef, value: str, required: bool) -> str:
        found = self.from_wire_call(t, value, required)
        return value if found is None else f"{found[0]}({', '.join(found[1])})"

    def declaration(self, p: Property, field_of_model: bool = False) -> str:
        """The annotation and default of a keyword argument, or (with
        `field_of_model`) of a dataclass field, where a secret's value is
        kept out of repr()."""
        annotation = self.annotation(p.type)
        if p.constant is not None:
            # Not an argument: the model always carries (and sends) its value.
            return f"{annotation} = field(default={self.constant(p)}, init=False)"
        default = ""
        if p.nullable and not p.required:
            annotation, default = f"{annotation} | None | _serde.Unset", "_serde.UNSET"
        elif p.nullable or not p.required:
            annotation += " | None"
            default = "" if p.required else "None"
        if p.secret and field_of_model:
            # The same type as any field; only its value stays out of repr().
            options = [f"default={default}"] if default else []
            return f"{annotation} = field({', '.join([*options, 'repr=False'])})"
        return f"{annotation} = {default}" if default else annotation

    def constant(self, p: Property) -> str:
        """The value of a constant property: its enum's member, or a literal."""
        if p.type.kind == "enum":
            for member in self.enums[p.type.name].members:
                if member.value == p.constant:
                    return f"{self.prefix}{p.type.name}.{member.python_name}"
        return py_literal(p.constant)

    def field_from_wire(self, p: Property, indent: int) -> str:
        """`self.name = <value from data>` for a model's from_dict."""
        head = f"self.{p.python_name} = "
        if p.container:
            path = py_literal((*p.container, p.wire_name))
            value = f"_serde.nested(data, {path})"
            found = self.from_wire_call(p.type, value, p.required)
            if found is None:
                return layout.call(head + "_serde.nested", ["data", path], "", indent)
            return layout.call(head + found[0], found[1], "", indent)
        value = f"data.get({py_str(p.wire_name)})"
        if p.constant is not None and not p.container:
            # A constant the answer leaves out is still the constant.
            value = f"data.get({py_str(p.wire_name)}, {py_literal(p.constant)})"
            found = self.from_wire_call(p.type, value, True)
            if found is None:
                return layout.call(
                    head + "data.get",
                    [py_str(p.wire_name), py_literal(p.constant)],
                    "",
                    indent,
                )
            return layout.call(head + found[0], found[1], "", indent)
        found = self.from_wire_call(p.type, value, p.required)
        if p.nullable and not p.required:
            converter = self.converter(p.type) or "_serde.identity"
            return layout.call(
                head + "_serde.nullable",
                [converter, "data", py_str(p.wire_name)],
                "",
                indent,
            )
        if found is None and p.required:
            # Any, not Any | None: a response that lacks it gives None all the same.
            return layout.call(
                head + "_serde.required", ["data", py_str(p.wire_name)], "", indent
            )
        if found is None:
            return layout.call(head + "data.get", [py_str(p.wire_name)], "", indent)
        return layout.call(head + found[0], found[1], "", indent)

    def to_wire_parts(
        self, t: TypeRef, value: str, depth: int = 0, exclude: str = "exclude_readonly"
    ) -> tuple[str, ...]:
        """("plain", text) | ("call", callee, argument) | ("comprehension",
        element, clause, brackets). `exclude` says whether models leave out
        their read-only fields: a model's own argument, or True for a body."""
        if t.kind == "model":
            return ("call", f"{value}.to_dict", f"exclude_readonly={exclude}")
        if t.kind == "enum":
            return ("call", "_serde.enum_wire", value)
        if t.kind == "union":
            return ("call", "_serde.one_of_to_wire", value)
        if t.kind == "list":
            item = f"item{depth or ''}"
            inner = self.item_to_wire(
                t.item or TypeRef("any"), item, depth + 1, exclude
            )
            if inner == item:
                return ("plain", value)
            return ("comprehension", inner, f"for {item} in {value}", "[]")
        if t.kind == "dict":
            key, item = f"key{depth or ''}", f"value{depth or ''}"
            inner = self.item_to_wire(
                t.item or TypeRef("any"), item, depth + 1, exclude
            )
            if inner == item:
                return ("plain", value)
            return (
                "comprehension",
                f"{key}: {inner}",
                f"for {key}, {item} in {value}.items()",
                "{}",
            )
        converter = _TO_WIRE.get(t.kind)
        return ("call", converter, value) if converter else ("plain", value)

    def item_to_wire(self, t: TypeRef, item: str, depth: int, exclude: str) -> str:
        """An item of a list or a map as the wire has it. A null item stays
        null: services send them and reading keeps them (`opt_list`), so a
        model read from an answer must write back as it was read."""
        if t.kind == "model":  # (the most common: one call, as short)
            return f"_serde.model_wire({item}, {exclude})"
        inner = self.to_wire(t, item, depth, exclude)
        if inner == item or t.kind in ("enum", "union"):  # (these pass None on)
            return inner
        return f"None if {item} is None else {inner}"

    def to_wire(
        self, t: TypeRef, value: str, depth: int = 0, exclude: str = "exclude_readonly"
    ) -> str:
        parts = self.to_wire_parts(t, value, depth, exclude)
        if parts[0] == "call":
            return f"{parts[1]}({parts[2]})"
        if parts[0] == "comprehension":
            return f"{parts[3][0]}{parts[1]} {parts[2]}{parts[3][1]}"
        return parts[1]

    def field_to_wire(self, p: Property, indent: int) -> str:
        """`data["wire"] = <wire value of self.name>` for a model's to_dict."""
        head = f"data[{py_str(p.wire_name)}] = "
        if p.container:
            head = f"_serde.nest(data, {py_literal(p.container)})[{py_str(p.wire_name)}] = "
        if p.nullable:
            value = self.to_wire(p.type, f"self.{p.python_name}")
            if value == f"self.{p.python_name}" and not p.container:
                # `data["x"] = self.long_name`: black wraps the value in parentheses.
                laid = layout.assignment_lines(head[:-3], value, value, indent)
                return layout.join_lines(laid, indent)
            if value == f"self.{p.python_name}" or p.container:
                return (
                    head + value
                    if value == f"self.{p.python_name}"
                    else (f"{head}None if self.{p.python_name} is None else {value}")
                )
            test = f"if self.{p.python_name} is None"
            ternary = f"None {test} else {value}"
            laid = layout.assignment_lines(head[:-3], ternary, ternary, indent)
            if len(laid) == 1 and indent + len(laid[0]) > layout.LINE_LENGTH:
                # Black splits a ternary that does not fit at its operators,
                # and then the value's own brackets.
                parts = self.to_wire_parts(p.type, f"self.{p.python_name}")
                laid = [
                    f"{head}(",
                    "    None",
                    f"    {test}",
                    *("    " + line for line in _else_lines(parts, indent + 4)),
                    ")",
                ]
            return layout.join_lines(laid, indent)
        parts = self.to_wire_parts(p.type, f"self.{p.python_name}")
        if parts[0] == "call":
            value = f"{parts[1]}({parts[2]})"
            laid = layout.assignment_lines(head[:-3], value, f"{parts[1]}(", indent)
            if len(laid) == 3:
                return layout.join_lines(laid, indent)
            if (
                indent + len(head + parts[1]) + 1 > layout.LINE_LENGTH
                and not p.container
            ):
                # Not even `data["x"] = self.x.to_dict(` fits: black wraps the
                # call in parentheses and splits it inside them.
                inner = layout.call_lines(parts[1], [parts[2]], "", indent + 4)
                laid = [f"{head}(", *("    " + line for line in inner), ")"]
                return layout.join_lines(laid, indent)
            return layout.call(head + parts[1], [parts[2]], "", indent)
        if parts[0] == "comprehension":
            return layout.comprehension(head, parts[1], parts[2], "", indent, parts[3])
        if not p.container and "(" not in parts[1] and "[" not in parts[1]:
            # `data["x"] = self.long_name`: black wraps the value in parentheses.
            laid = layout.assignment_lines(head[:-3], parts[1], parts[1], indent)
            return layout.join_lines(laid, indent)
        return head + parts[1]

    def parameter_to_wire(self, t: TypeRef, value: str) -> str:
        """A path/query/header parameter as the string the wire carries."""
        if t.kind == "list":
            separator = {"ssv": " ", "tsv": "\t", "pipes": "|"}.get(
                t.collection_format, ","
            )
            item = self.parameter_to_wire(t.item or TypeRef("str"), "v")
            # A null item is sent as an empty one, as AutoRest's clients do.
            return f'{py_str(separator)}.join("" if v is None else {item} for v in {value})'
        if t.kind in _TO_WIRE:
            return f"str({_TO_WIRE[t.kind]}({value}))"
        if t.kind == "str":
            return value
        return f"_pipeline.query_value({value})"


def _else_lines(parts: tuple[str, ...], indent: int) -> list[str]:
    """`else <value>` at column `indent`, split as black splits it."""
    if parts[0] == "call":
        return layout.call_lines(f"else {parts[1]}", [parts[2]], "", indent)
    if parts[0] == "comprehension":
        text = layout.comprehension("else ", parts[1], parts[2], "", indent, parts[3])
        return [line[indent:] if i else line for i, line in enumerate(text.split("\n"))]
    return [f"else {parts[1]}"]
