"""What a JSON Schema says, read without building anything: its one type,
whether it is an object (a model), its alternatives, its single value, its
required names. Both front ends' schemas (Swagger 2.0's dialect and OpenAPI
3's, seen through the same views) are read by these.
"""

from __future__ import annotations

from typing import Any

from ..load import Location
from .model import TypeRef, media_kind

# Formats whose values are not plain strings: an `enum` beside them lists
# allowed values of that type (dates, bytes), and makes no enum class.
NON_STRING_FORMATS = frozenset(
    {
        "date",
        "date-time",
        "time",
        "date-time-rfc1123",
        "duration",
        "byte",
        "base64url",
        "unixtime",
    }
)

# What says which values a schema allows, as opposed to what describes them
# (a description, a title, an example) or only narrows them (a pattern, a
# maximum): an `allOf` part with none of these annotates the others.
TYPING_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "format",
        "contentEncoding",
        "contentMediaType",
        "properties",
        "additionalProperties",
        "patternProperties",
        "required",
        "items",
        "enum",
        "x-ms-enum",
        "const",
        "oneOf",
        "anyOf",
        "allOf",
        "not",
        "discriminator",
        "x-ms-discriminator-value",
    }
)

# What makes a schema an enum (left out where no value can be a member).
ENUM_KEYWORDS = frozenset({"enum", "x-ms-enum", "const"})

PRIMITIVE_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}

# (type, format) -> TypeRef kind. Formats not listed (int32, int64, float,
# double, uuid, url, uri, char, password, ...) keep the type's own kind.
PRIMITIVE_FORMATS: dict[tuple[str, str], str] = {
    ("integer", "unixtime"): "unixtime",
    ("string", "date-time"): "datetime",
    ("string", "date"): "date",
    ("string", "time"): "time",
    ("string", "date-time-rfc1123"): "rfc1123",
    ("string", "duration"): "duration",
    ("number", "decimal"): "decimal",
    ("string", "byte"): "bytes",
    ("string", "base64url"): "base64url",
    ("string", "binary"): "binary",
    ("string", "file"): "binary",
}

# JSON Schema's `contentEncoding` of a string (OpenAPI 3.1's spelling of
# what 3.0 calls a format: `format: byte` became `contentEncoding: base64`).
CONTENT_ENCODINGS = {"base64": "byte", "base64url": "base64url"}


def format_of(schema: dict[str, Any], kind: object) -> str:
    """The schema's `format`, or for a string without one what JSON Schema's
    content keywords say the same way (OpenAPI 3.1 writes them instead):
    `contentEncoding: base64` is `byte`; `contentMediaType` of a binary
    media type with no encoding (`image/png`, `application/octet-stream`) is
    `binary`, the bytes themselves (a text or JSON media type stays a
    string: it says what the text holds)."""
    found = schema.get("format")
    if found:
        return str(found)
    if kind != "string":
        return ""
    encoding = schema.get("contentEncoding")
    if encoding is not None:
        return CONTENT_ENCODINGS.get(str(encoding).lower(), "")
    media = schema.get("contentMediaType")
    if isinstance(media, str) and media_kind(media) == "binary":
        return "binary"
    return ""


# One TypeRef of each kind a schema of a JSON type and a format can be (equal
# frozen values: shared, not made again for each property).
PRIMITIVE_REFS: dict[str, TypeRef] = {
    kind: TypeRef(kind)  # type: ignore[arg-type]
    for kind in {*PRIMITIVE_TYPES.values(), *PRIMITIVE_FORMATS.values()}
}


def value_in_mapping(base_schema: dict[str, Any], at: Location) -> str | None:
    """The value an OpenAPI 3 `discriminator.mapping` of the base gives the
    schema at `at` (mapping values are refs or schema names)."""
    discriminator = base_schema.get("discriminator")
    mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
    name = at.pointer.rsplit("/", 1)[-1]
    for value, target in (mapping or {}).items():
        if isinstance(target, str) and (
            target.endswith("#" + at.pointer) or target == name
        ):
            return str(value)
    return None


def type_of_values(values: Any) -> str | None:
    """The JSON type all of an untyped enum's values have (a `const: owner`
    is a string), or None."""
    kinds = {
        {bool: "boolean", int: "integer", float: "number", str: "string"}.get(
            type(v), ""
        )
        for v in (values if isinstance(values, list) else ())
    }
    return kinds.pop() if len(kinds) == 1 and "" not in kinds else None


def required_names(schema: dict[str, Any]) -> set[str]:
    """A schema's `required` property names. (An object parameter's view
    carries the parameter's own `required: true` there instead.)"""
    names = schema.get("required")
    return (
        {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()
    )


def choices_of(schema: dict[str, Any]) -> tuple[str, list[Any]]:
    """The keyword and alternatives of a `oneOf` (or else `anyOf`), or ("", [])."""
    for key in ("oneOf", "anyOf"):
        found = schema.get(key)
        if isinstance(found, list) and found:
            return key, found
    return "", []


def wrapped_part(schema: dict[str, Any]) -> int | None:
    """The index of the one `allOf` part that says what a wrapper's values
    are, where the other parts and the wrapper itself only describe them:
    `allOf: [{$ref: Id}, {description: ...}]` (how AWS's converted specs
    describe every property), `allOf: [{$ref: Pet}], nullable: true` (OpenAPI
    3.0's nullable reference). None where the schema says more than that."""
    parts = schema.get("allOf")
    if not isinstance(parts, list) or not TYPING_KEYWORDS.isdisjoint(
        key
        for key, value in schema.items()
        # (a parameter's view carries the parameter's `required: true`)
        if key not in ("allOf", "type", "format") and value is not True
    ):
        return None
    typed = [
        index
        for index, part in enumerate(parts)
        if not isinstance(part, dict) or not TYPING_KEYWORDS.isdisjoint(part)
    ]
    return typed[0] if len(typed) == 1 else None


def has_choices(schema: dict[str, Any]) -> bool:
    return bool(choices_of(schema)[1])


def json_type(schema: dict[str, Any]) -> Any:
    """The one type a schema's values have, null aside: JSON Schema (OpenAPI
    3.1) lists types (`[string, "null"]`), and `[integer, number]` is a
    number. None when the schema says none or several; anything else as it
    is (an unknown type is warned about where it is read)."""
    kind = schema.get("type")
    if kind == "null":  # only null: any value says it
        return None
    if not isinstance(kind, list):
        return kind
    kinds = [k for k in kind if k != "null"]
    if set(kinds) == {"integer", "number"}:
        return "number"
    return kinds[0] if len(kinds) == 1 else None


def is_object(schema: dict[str, Any]) -> bool:
    if "enum" in schema or schema.get("format") == "file":
        return False
    if has_choices(schema) and not (schema.get("properties") or schema.get("allOf")):
        return False  # one of several types (see _union), not a model
    if json_type(schema) == "object":
        return (
            bool(schema.get("properties") or schema.get("allOf"))
            or "additionalProperties" not in schema
        )
    return json_type(schema) is None and bool(
        schema.get("properties") or schema.get("allOf")
    )


def required_constant(parameter: dict[str, Any]) -> Any:
    """The value of a required parameter whose enum allows one value (or that
    has a JSON Schema `const`), else None."""
    return single_value(parameter) if parameter.get("required") else None


def single_value(schema: dict[str, Any]) -> Any:
    """The one value a schema's enum (or JSON Schema `const`) allows, else None."""
    values = schema.get("enum")
    if values is None and "const" in schema:
        values = [schema["const"]]
    if isinstance(values, list) and len(values) == 1:
        return values[0]
    return None


def inline_single_value(schema: dict[str, Any], named: bool) -> bool:
    """An inline schema that allows one value and names no enum: a constant of
    its type (a response `enum: [""]`), not a class of one member."""
    values = schema.get("enum")
    x_ms_enum = schema.get("x-ms-enum")
    return (
        not named
        and not (isinstance(x_ms_enum, dict) and x_ms_enum.get("name"))
        and isinstance(values, list)
        and len(values) == 1
    )


def as_text(value: Any) -> str:
    return value if isinstance(value, str) else ""
