"""The XML spelling of a client's models, for its `_xml_shapes.py` module.

Every model reachable from an XML body gets a `_xml.Shape`; every XML body a
`_xml.Root`. Names follow the spec's `xml` objects, and where those are silent
the rules AutoRest's Python runtime (msrest) applies, which Azure's XML
services were tested with:

- a model's element (as a body or a list item) is its `xml.name`, else the
  definition's name;
- a property's element or attribute is its `xml.name`, else (for a property
  that refers to a model) the model's `xml.name`, else the property's name;
- a wrapped array is an element holding its items; an unwrapped one repeats
  its items in place. Items are named by the items' `xml.name`, else the item
  model's element name, else the array's own name.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ir.model import NO_XML, ClientSpec, Model, Operation, Property, TypeRef, XmlInfo
from ..ir.names import constant_case, unique
from .literals import py_literal, py_str

_SCALARS = {
    "int": "int",
    "unixtime": "int",
    "float": "float",
    "bool": "bool",
    "any": "any",
}


@dataclass(frozen=True)
class ShapesView:
    """What `_xml_shapes.py.jinja` prints: (key, expression) per shape and
    (constant, expression) per root."""

    shapes: tuple[tuple[str, str], ...]
    roots: tuple[tuple[str, str], ...]


class XmlShapes:
    """The shapes of one client, and the root constant of each XML body."""

    def __init__(self, client: ClientSpec) -> None:
        self.models = {m.name: m for m in client.models}
        self.enums = {e.name: e for e in client.enums}
        self._shapes: dict[str, str] = {}
        self._roots: dict[str, str] = {}
        self._root_names: dict[tuple[TypeRef, XmlInfo], str] = {}
        # Made up front: whether the client needs XML at all decides its files.
        for group in client.groups:
            for op in group.operations:
                self.body_root(op)
                self.success_root(op)
                self.error_root(op)

    @property
    def used(self) -> bool:
        return bool(self._roots)

    def view(self) -> ShapesView:
        return ShapesView(tuple(self._shapes.items()), tuple(self._roots.items()))

    # ------------------------------------------------------------------ roots

    def body_root(self, op: Operation) -> str | None:
        """The root constant of the operation's XML request body, if any."""
        body = op.body
        if body is None or body.encoding != "xml" or body.type is None:
            return None
        return self._root(body.type, body.xml)

    def success_root(self, op: Operation) -> str | None:
        """The root constant of the XML body the operation returns, if any."""
        for response in op.responses:
            if response.content == "xml" and response.type is not None:
                return self._root(response.type, response.xml)
        return None

    def error_root(self, op: Operation) -> str | None:
        """The root constant of the error model's XML body: the same error
        response whose model the operation's errors carry (the first one)."""
        for response in op.error_responses:
            if response.type is not None and response.type.kind == "model":
                if response.content != "xml":
                    return None
                return self._root(response.type, response.xml)
        return None

    def _root(self, t: TypeRef, xml: XmlInfo) -> str:
        """The constant of the `_xml.Root` for a body of type `t` (made once)."""
        key = (t, xml)
        if key in self._root_names:
            return self._root_names[key]
        if t.kind == "model":
            model = self.models[t.name]
            name = model.xml.name or model.schema_name or model.name
            prefix, namespace = model.xml.prefix, model.xml.namespace
            wanted = model.name
        else:
            # Only a document's text is read; a name is needed for writing one.
            name = xml.name or "value"
            prefix, namespace = xml.prefix, xml.namespace
            wanted = xml.name or ("list" if t.kind == "list" else "value")
        # A root's list is the root element itself: always wrapped.
        value = self._value(t, XmlInfo(wrapped=True, items=xml.items), name)
        # Numbered after the roots made before it (LIST, LIST_2).
        constant = unique([*self._roots, constant_case(wanted) or "ROOT"])[-1]
        arguments = [py_str(name), value, "_SHAPES"]
        if prefix:
            arguments.append(f"prefix={py_str(prefix)}")
        if namespace:
            arguments.append(f"namespace={py_str(namespace)}")
        self._roots[constant] = f"_xml.Root({', '.join(arguments)})"
        self._root_names[key] = constant
        return constant

    # ----------------------------------------------------------------- shapes

    def _shape(self, model: Model) -> None:
        if model.name in self._shapes:
            return
        self._shapes[model.name] = ""  # a recursive model refers to itself by key
        for _, subtype in model.subtypes:
            self._shape(self.models[subtype])
        self._shapes[model.name] = self._shape_expression(
            _element_name(model),
            model.xml,
            self._fields(model.name, model.properties, 0),
            model,
        )

    def _shape_expression(
        self, name: str, xml: XmlInfo, fields: list[str], model: Model | None
    ) -> str:
        arguments = [py_str(name), _tuple(fields)]
        if xml.prefix:
            arguments.append(f"prefix={py_str(xml.prefix)}")
        if xml.namespace:
            arguments.append(f"namespace={py_str(xml.namespace)}")
        if model is not None and model.subtypes and model.discriminator:
            arguments.append(f"discriminator={py_str(model.discriminator)}")
            arguments.append(f"subtypes={py_literal(dict(model.subtypes))}")
        return f"_xml.Shape({', '.join(arguments)})"

    def _fields(
        self, owner: str, properties: tuple[Property, ...], depth: int
    ) -> list[str]:
        """Field expressions; properties flattened out of a nested wire object
        (x-ms-client-flatten) are gathered back into a shape of their own."""
        # In wire order: a property, or the nested object that holds some.
        entries: dict[str, Property | list[Property]] = {}
        for p in properties:
            if len(p.container) > depth:
                members = entries.setdefault(p.container[depth], [])
                assert isinstance(members, list)
                members.append(p)
            else:
                entries[p.wire_name] = p
        fields: list[str] = []
        for wire, entry in entries.items():
            if isinstance(entry, Property):
                fields.append(self._field(entry))
                continue
            key = f"{owner}.{wire}"
            self._shapes[key] = self._shape_expression(
                wire, NO_XML, self._fields(key, tuple(entry), depth + 1), None
            )
            fields.append(
                f"_xml.Field({py_str(wire)}, {py_str(wire)},"
                f" _xml.Value({py_str('model')}, model={py_str(key)}))"
            )
        return fields

    def _field(self, p: Property) -> str:
        xml = p.xml
        target = self.models.get(p.type.name) if p.type.kind == "model" else None
        name = xml.name or p.wire_name
        prefix, namespace = xml.prefix, xml.namespace
        if target is not None and not xml.name:
            name = target.xml.name or p.wire_name
            prefix = prefix or target.xml.prefix
            namespace = namespace or target.xml.namespace
        arguments = [py_str(p.wire_name), py_str(name), self._value(p.type, xml, name)]
        if xml.attribute:
            arguments.append("placement=" + py_str("attribute"))
        elif xml.text:
            arguments.append("placement=" + py_str("text"))
        if prefix:
            arguments.append(f"prefix={py_str(prefix)}")
        if namespace:
            arguments.append(f"namespace={py_str(namespace)}")
        return f"_xml.Field({', '.join(arguments)})"

    def _value(self, t: TypeRef, xml: XmlInfo, element: str) -> str:
        """A `_xml.Value` for type `t`, spelled as `xml` says; `element` is the
        name of the element the value is in (what unnamed list items take)."""
        if t.kind == "model":
            self._shape(self.models[t.name])
            return f"_xml.Value({py_str('model')}, model={py_str(t.name)})"
        if t.kind == "list":
            item = t.item or TypeRef("any")
            items = xml.items or NO_XML
            item_model = self.models.get(item.name) if item.kind == "model" else None
            item_name = items.name or (
                _element_name(item_model) if item_model is not None else element
            )
            item_xml = item_model.xml if item_model is not None else items
            arguments = [
                py_str("list"),
                f"item={self._value(item, items, item_name)}",
                f"item_name={py_str(item_name)}",
            ]
            prefix = items.prefix or item_xml.prefix
            namespace = items.namespace or item_xml.namespace
            if prefix:
                arguments.append(f"item_prefix={py_str(prefix)}")
            if namespace:
                arguments.append(f"item_namespace={py_str(namespace)}")
            if xml.wrapped:
                arguments.append("wrapped=True")
            return f"_xml.Value({', '.join(arguments)})"
        if t.kind == "dict":
            value = self._value(t.item or TypeRef("any"), NO_XML, element)
            return f"_xml.Value({py_str('dict')}, item={value})"
        if t.kind == "enum":
            enum = self.enums.get(t.name)
            kind = enum.value_kind if enum is not None else "str"
            return f"_xml.Value({py_str(kind)})"
        return f"_xml.Value({py_str(_SCALARS.get(t.kind, 'str'))})"


def _element_name(model: Model) -> str:
    return model.xml.name or model.schema_name or model.name


def _tuple(items: list[str]) -> str:
    if not items:
        return "()"
    return "(" + ", ".join(items) + ",)"
