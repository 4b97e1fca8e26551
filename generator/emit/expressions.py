"""Python type annotations and (de)serialization expressions for IR types.

Templates call these through filters; the logic of what a type needs on the
wire lives here, once.
"""

from __future__ import annotations

from ..ir.model import Enum, Property, TypeRef
from .literals import py_str

_ANNOTATIONS = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "any": "Any",
    "unixtime": "datetime.datetime",
    "datetime": "datetime.datetime",
    "date": "datetime.date",
    "bytes": "bytes",
    "binary": "bytes",
}

_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes"})

_FROM_WIRE = {
    "unixtime": "_serde.unixtime",
    "datetime": "_serde.iso_datetime",
    "date": "_serde.iso_date",
    "bytes": "_serde.base64_bytes",
}

_TO_WIRE = {
    "unixtime": "_serde.unixtime_to_wire",
    "datetime": "_serde.iso_datetime_to_wire",
    "date": "_serde.iso_date_to_wire",
    "bytes": "_serde.base64_bytes_to_wire",
}


class TypeExpressions:
    """Knows the enums of one client, to spell their annotations."""

    def __init__(
        self,
        enums: dict[str, Enum],
        prefix: str = "",
        shadowed: frozenset[str] = frozenset(),
    ) -> None:
        self.enums = enums
        self.prefix = prefix  # "_models." where models live in another module
        # Builtin type names a class body redefines (a property called `list`):
        # its annotations must spell them `builtins.list`.
        self.shadowed = shadowed

    def _builtin(self, name: str) -> str:
        return f"builtins.{name}" if name in self.shadowed else name

    def annotation(self, t: TypeRef) -> str:
        if t.kind == "model":
            return self.prefix + t.name
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

    def converter(self, t: TypeRef) -> str | None:
        """A callable that turns a wire value into `t`, or None for as-is."""
        if t.kind == "model":
            return f"{self.prefix}{t.name}.from_dict"
        if t.kind == "enum":
            return self.prefix + t.name
        if t.kind in ("list", "dict"):
            inner = self.converter(t.item or TypeRef("any"))
            if inner is None:
                return None
            return f"functools.partial(_serde.req_{t.kind}, {inner})"
        return _FROM_WIRE.get(t.kind)

    def from_wire(self, t: TypeRef, value: str, required: bool) -> str:
        """An expression giving `t` from the wire value `value` (which may be None)."""
        mode = "req" if required else "opt"
        if t.kind in ("list", "dict"):
            inner = self.converter(t.item or TypeRef("any"))
            if inner is None:
                return value
            return f"_serde.{mode}_{t.kind}({inner}, {value})"
        converter = self.converter(t)
        if converter is None:
            return value
        return f"_serde.{mode}({converter}, {value})"

    def field_from_wire(self, p: Property) -> str:
        value = f"data.get({py_str(p.wire_name)})"
        expression = self.from_wire(p.type, value, p.required)
        if expression == value and p.required:
            return f"_serde.required(data, {py_str(p.wire_name)})"
        return expression

    def to_wire(self, t: TypeRef, value: str, depth: int = 0) -> str:
        if t.kind == "model":
            return f"{value}.to_dict(exclude_readonly=exclude_readonly)"
        if t.kind == "enum":
            return f"_serde.enum_wire({value})"
        if t.kind == "list":
            item = f"item{depth or ''}"
            inner = self.to_wire(t.item or TypeRef("any"), item, depth + 1)
            return value if inner == item else f"[{inner} for {item} in {value}]"
        if t.kind == "dict":
            key, item = f"key{depth or ''}", f"value{depth or ''}"
            inner = self.to_wire(t.item or TypeRef("any"), item, depth + 1)
            return (
                value
                if inner == item
                else f"{{{key}: {inner} for {key}, {item} in {value}.items()}}"
            )
        converter = _TO_WIRE.get(t.kind)
        return f"{converter}({value})" if converter else value

    def parameter_to_wire(self, t: TypeRef, value: str) -> str:
        """A path/query/header parameter as the string the wire carries."""
        if t.kind == "list":
            return f'",".join(_pipeline.query_value(v) for v in {value})'
        if t.kind in _TO_WIRE:
            return f"str({_TO_WIRE[t.kind]}({value}))"
        if t.kind == "str":
            return value
        return f"_pipeline.query_value({value})"

    def uses(self, t: TypeRef, what: str) -> bool:
        """Whether `t` (or any type inside it) needs module `what`."""
        if what == "datetime" and t.kind in ("unixtime", "datetime", "date"):
            return True
        if what == "Any" and t.kind == "any":
            return True
        if what == "functools" and t.kind in ("list", "dict"):
            return (
                t.item is not None
                and t.item.kind in ("list", "dict")
                and self.converter(t.item) is not None
            )
        return t.item is not None and self.uses(t.item, what)
