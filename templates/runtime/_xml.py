"""XML bodies. A model's wire form (the dict that `from_dict` reads and
`to_dict` writes) is turned into XML and back as the spec's `xml` objects say:
element and attribute names, namespaces, wrapped and unwrapped arrays, text
content (`x-ms-text`). The generated `_xml_shapes.py` describes each model that
travels as XML (`Shape`) and each XML body (`Root`); the models themselves stay
the same as for JSON.

Reading matches names without their namespace, and keeps elements the spec
does not describe (they end up in `additional_properties`). A document with a
DTD is refused: a service has no reason to send one, and entity declarations
are how XML parsers are attacked.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["str", "int", "float", "bool", "any", "model", "list", "dict"]
Placement = Literal["element", "attribute", "text"]

_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>\n'


@dataclass(frozen=True, slots=True)
class Value:
    """What a value is: a scalar (its text), a model (`model` names its Shape),
    a list of `item`s (each an element named `item_name`) or a dict of `item`s
    (an element per key)."""

    kind: Kind
    model: str = ""
    item: Value | None = None
    item_name: str = ""
    item_prefix: str = ""
    item_namespace: str = ""
    wrapped: bool = False


@dataclass(frozen=True, slots=True)
class Field:
    """A property: `key` in the wire form, `name` in the XML."""

    key: str
    name: str
    value: Value
    placement: Placement = "element"
    prefix: str = ""
    namespace: str = ""


@dataclass(frozen=True, slots=True)
class Shape:
    """A model: its element's name (as a body or a list item) and its fields.
    With a `discriminator` (a field's key), `subtypes` maps its values to the
    shapes of the subclasses."""

    name: str
    fields: tuple[Field, ...]
    prefix: str = ""
    namespace: str = ""
    discriminator: str = ""
    subtypes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Root:
    """An XML body: its document element and what it holds."""

    name: str
    value: Value
    shapes: Mapping[str, Shape]
    prefix: str = ""
    namespace: str = ""

    def loads(self, content: bytes) -> Any:
        """The wire form of an XML document. Raises ValueError (as JSON
        parsing does) for a body that is not well-formed XML."""
        if b"<!DOCTYPE" in content or b"<!ENTITY" in content:
            raise ValueError("an XML body with a DTD or entity declarations is refused")
        try:
            element = ET.fromstring(content)
        except ET.ParseError as exc:
            raise ValueError(f"the body is not well-formed XML: {exc}") from None
        return _read(element, self.value, self.shapes)

    def dumps(self, data: Any) -> bytes:
        """An XML document (UTF-8, with a declaration) from a wire form."""
        element = _new(self.name, self.prefix, self.namespace)
        _fill(element, data, self.value, self.shapes)
        return _DECLARATION + ET.tostring(element, encoding="unicode").encode("utf-8")


# ------------------------------------------------------------------- reading


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _read(element: ET.Element, value: Value, shapes: Mapping[str, Shape]) -> Any:
    if element.get(_NIL) == "true":
        return None
    kind = value.kind
    if kind == "model":
        return _read_model(element, shapes[value.model], shapes)
    if kind == "list":
        assert value.item is not None
        return [
            _read(child, value.item, shapes)
            for child in element
            if _local(child.tag) == value.item_name
        ]
    if kind == "dict":
        assert value.item is not None
        return {
            _local(child.tag): _read(child, value.item, shapes) for child in element
        }
    if kind == "any":
        return _read_any(element)
    return _scalar(element.text, kind)


def _scalar(text: str | None, kind: Kind) -> Any:
    """A scalar from its text. Text that is not what the spec says (a number
    field holding "n/a") is kept as text, as a JSON response's would be."""
    if text is None:
        return "" if kind in ("str", "any") else None
    stripped = text.strip()
    try:
        if kind == "int":
            return int(stripped)
        if kind == "float":
            return float(stripped)
    except ValueError:
        return text if stripped else None
    if kind == "bool":
        return {"true": True, "1": True, "false": False, "0": False}.get(
            stripped.lower(), text if stripped else None
        )
    return text


def _read_any(element: ET.Element) -> Any:
    """An element the spec does not describe: its text, or a dict of its
    children (a list where a name repeats)."""
    if len(element) == 0:
        return element.text or ""
    data: dict[str, Any] = {}
    for child in element:
        name, value = _local(child.tag), _read_any(child)
        if name not in data:
            data[name] = value
        elif isinstance(data[name], list):
            data[name].append(value)
        else:
            data[name] = [data[name], value]
    return data


def _read_model(
    element: ET.Element, shape: Shape, shapes: Mapping[str, Shape]
) -> dict[str, Any]:
    children: dict[str, list[ET.Element]] = {}
    for child in element:
        children.setdefault(_local(child.tag), []).append(child)
    attributes = {_local(k): v for k, v in element.attrib.items()}
    if shape.subtypes:
        shape = _subtype(shape, shapes, _discriminator(shape, children, attributes))
    data: dict[str, Any] = {}
    described: set[str] = set()
    for f in shape.fields:
        if f.placement == "attribute":
            if f.name in attributes:
                data[f.key] = _scalar(attributes[f.name], f.value.kind)
        elif f.placement == "text":
            data[f.key] = _scalar(element.text, f.value.kind)
        elif f.value.kind == "list" and not f.value.wrapped:
            # An unwrapped array: its items sit in the model's element itself.
            assert f.value.item is not None
            described.add(f.value.item_name)
            items = children.get(f.value.item_name)
            if items:
                data[f.key] = [_read(c, f.value.item, shapes) for c in items]
        else:
            described.add(f.name)
            found = children.get(f.name)
            if found:
                data[f.key] = _read(found[0], f.value, shapes)
    for name, elements in children.items():
        if name not in described and name not in data:
            values = [_read_any(e) for e in elements]
            data[name] = values[0] if len(values) == 1 else values
    return data


def _discriminator(
    shape: Shape, children: dict[str, list[ET.Element]], attributes: dict[str, str]
) -> str | None:
    for f in shape.fields:
        if f.key == shape.discriminator:
            if f.placement == "attribute":
                return attributes.get(f.name)
            found = children.get(f.name)
            return found[0].text if found else None
    return None


def _subtype(shape: Shape, shapes: Mapping[str, Shape], value: Any) -> Shape:
    name = shape.subtypes.get(value) if isinstance(value, str) else None
    return shapes[name] if name is not None else shape


# ------------------------------------------------------------------- writing


def _new(name: str, prefix: str, namespace: str) -> ET.Element:
    element = ET.Element(f"{prefix}:{name}" if prefix else name)
    if namespace:
        element.set(f"xmlns:{prefix}" if prefix else "xmlns", namespace)
    return element


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fill(
    element: ET.Element, data: Any, value: Value, shapes: Mapping[str, Shape]
) -> None:
    kind = value.kind
    if kind == "model" and isinstance(data, Mapping):
        _fill_model(element, data, shapes[value.model], shapes)
    elif kind == "list" and isinstance(data, list):
        _append_items(element, data, value, shapes)
    elif kind == "dict" and isinstance(data, Mapping):
        assert value.item is not None
        for key, item in data.items():
            if item is not None:
                child = ET.SubElement(element, str(key))
                _fill(child, item, value.item, shapes)
    elif isinstance(data, (Mapping, list)):
        _fill_any(element, data)
    else:
        element.text = _text(data)


def _append_items(
    element: ET.Element, items: list[Any], value: Value, shapes: Mapping[str, Shape]
) -> None:
    assert value.item is not None
    for item in items:
        child = _new(value.item_name, value.item_prefix, value.item_namespace)
        if item is not None:
            _fill(child, item, value.item, shapes)
        element.append(child)


def _fill_any(element: ET.Element, data: Any) -> None:
    if isinstance(data, Mapping):
        for key, item in data.items():
            for one in item if isinstance(item, list) else [item]:
                if one is not None:
                    _fill_any(ET.SubElement(element, str(key)), one)
    else:
        element.text = _text(data)


def _fill_model(
    element: ET.Element,
    data: Mapping[str, Any],
    shape: Shape,
    shapes: Mapping[str, Shape],
) -> None:
    if shape.subtypes:
        shape = _subtype(shape, shapes, data.get(shape.discriminator))
    known: set[str] = set()
    for f in shape.fields:
        known.add(f.key)
        value = data.get(f.key)
        if value is None:
            continue
        if f.placement == "attribute":
            element.set(f"{f.prefix}:{f.name}" if f.prefix else f.name, _text(value))
            if f.namespace and f.prefix:
                element.set(f"xmlns:{f.prefix}", f.namespace)
        elif f.placement == "text":
            element.text = _text(value)
        elif f.value.kind == "list" and not f.value.wrapped and isinstance(value, list):
            _append_items(element, value, f.value, shapes)
        else:
            child = _new(f.name, f.prefix, f.namespace)
            _fill(child, value, f.value, shapes)
            element.append(child)
    for key, value in data.items():
        if key not in known and value is not None:
            _fill_any(ET.SubElement(element, key), value)
