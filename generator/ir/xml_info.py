"""A schema's `xml` object (Swagger 2.0's, OpenAPI 3's, and AutoRest's
x-ms-text), read into the XmlInfo that XML bodies are written and read by.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..diagnostics import Diagnostics
from ..load import Location, SpecLoader
from . import extensions as ext
from .json_schema import json_type
from .model import NO_XML, XmlInfo

# The keys of Swagger's `xml` object (and AutoRest's x-ms-text), by kind.
XML_KEYS: dict[str, type] = {
    "name": str,
    "namespace": str,
    "prefix": str,
    "attribute": bool,
    "wrapped": bool,
    "x-ms-text": bool,
}


def xml_info(
    loader: SpecLoader,
    diagnostics: Diagnostics,
    schema: Any,
    at: Location,
    depth: int = 0,
) -> XmlInfo:
    """The `xml` object of a schema (of the definition it refers to), and of
    its items when it is an array (to a few levels: arrays of arrays of
    arrays say nothing more, and an array may contain itself)."""
    resolved = loader.deref(schema, at)
    if resolved is None or not isinstance(resolved[0], dict):
        return NO_XML
    return xml_of(loader, diagnostics, *resolved, depth)


def xml_of(
    loader: SpecLoader,
    diagnostics: Diagnostics,
    schema: dict[str, Any],
    at: Location,
    depth: int = 0,
) -> XmlInfo:
    """`xml_info` of a schema that is no `$ref`."""
    raw = schema.get("xml")
    items = None
    items_schema = schema.get("items")
    if json_type(schema) == "array" and isinstance(items_schema, dict) and depth < 4:
        found = xml_info(
            loader, diagnostics, items_schema, at.child("items"), depth + 1
        )
        items = found if found != NO_XML else None
    if raw is not None and not isinstance(raw, dict):
        diagnostics.warn(
            "W008",
            "`xml` must be a mapping; ignored",
            at.file,
            at.child("xml").pointer,
        )
    if not isinstance(raw, dict):
        return XmlInfo(items=items) if items else NO_XML
    return _read(diagnostics, raw, at, items)


def _read(
    diagnostics: Diagnostics,
    raw: dict[str, Any],
    at: Location,
    items: XmlInfo | None,
) -> XmlInfo:
    """An `xml` object's keys (one of the wrong kind warned about, W008)."""
    for key, kind in XML_KEYS.items():
        if key in raw and not isinstance(raw[key], kind):
            diagnostics.warn(
                "W008",
                f"`xml.{key}` must be {'a boolean' if kind is bool else 'a string'};"
                " ignored",
                at.file,
                at.child("xml", key).pointer,
            )

    def text(key: str) -> str:
        value = raw.get(key)
        return value if isinstance(value, str) else ""

    return XmlInfo(
        name=text("name"),
        namespace=text("namespace"),
        prefix=text("prefix"),
        attribute=raw.get("attribute") is True,
        wrapped=raw.get("wrapped") is True,
        text=ext.x_ms_text(raw),
        items=items,
    )


# XmlInfo's field for each key of an `xml` object.
_FIELDS = {
    "name": "name",
    "namespace": "namespace",
    "prefix": "prefix",
    "attribute": "attribute",
    "wrapped": "wrapped",
    "x-ms-text": "text",
}


def with_own_xml(
    diagnostics: Diagnostics,
    referred: XmlInfo,
    holder: dict[str, Any],
    at: Location,
) -> XmlInfo:
    """The `xml` of what a property refers to, with the keys of the
    property's own `xml` (beside its `$ref`, or on an `allOf` wrapper)
    in their place: `inputData: {allOf: [{$ref: SimpleModel}], xml: {name:
    InputData}}` is the element `InputData`."""
    raw = holder.get("xml")
    if not isinstance(raw, dict):
        return referred
    own = _read(diagnostics, raw, at, None)
    changes = {
        field: getattr(own, field) for key, field in _FIELDS.items() if key in raw
    }
    return replace(referred, **changes) if changes else referred
