"""The x-ms-* extensions, each interpreted here and nowhere else.

Every function takes the raw spec value and returns plain data for the
builder; no template ever sees an `x-ms-*` key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..diagnostics import Diagnostics
from ..load import Location


@dataclass(frozen=True)
class EnumSpec:
    name: str | None
    extensible: bool
    values: tuple[tuple[Any, str, str | None], ...]  # (value, description, member name)


def x_ms_enum(
    schema: dict[str, Any], at: Location, diagnostics: Diagnostics
) -> EnumSpec:
    """`enum` plus `x-ms-enum`: the name, whether unknown values are accepted
    (`modelAsString`, true unless said otherwise), and the documented values.

    When `x-ms-enum.values` and `enum` disagree, the union is kept (in `enum`
    order, then the extra `x-ms-enum` values) and a warning says so: the service
    may send either, and an extensible enum accepts both anyway.
    """
    plain = list(schema.get("enum") or [])
    ext = schema.get("x-ms-enum")
    if not isinstance(ext, dict):
        return EnumSpec(None, True, tuple((v, "", None) for v in plain))
    documented: dict[Any, tuple[str, str | None]] = {}
    by_case = {v.lower(): v for v in plain if isinstance(v, str)}
    recased = []
    for item in ext.get("values") or []:
        if isinstance(item, dict) and "value" in item:
            name = item.get("name")
            value = item["value"]
            if (
                isinstance(value, str)
                and value not in plain
                and value.lower() in by_case
            ):
                # AutoRest's reading: the same value, spelled as `enum` does.
                recased.append((value, by_case[value.lower()]))
                value = by_case[value.lower()]
            documented[value] = (str(item.get("description") or ""), name)
    if recased:
        diagnostics.warn(
            "W005",
            "x-ms-enum.values and `enum` spell "
            + ", ".join(f"{a!r} and {b!r}" for a, b in recased)
            + " differently (only in case); read as one value, spelled as in `enum`",
            at.file,
            at.child("x-ms-enum", "values").pointer,
        )
    extra = [v for v in documented if v not in plain]
    if extra:
        diagnostics.warn(
            "W005",
            f"x-ms-enum lists {', '.join(repr(v) for v in extra)}, which `enum` does not;"
            " kept as known value(s) of the enum",
            at.file,
            at.child("x-ms-enum", "values").pointer,
        )
    missing = [v for v in plain if documented and v not in documented]
    if missing:
        diagnostics.warn(
            "W005",
            f"`enum` lists {', '.join(repr(v) for v in missing)}, which x-ms-enum.values"
            " does not document; kept without a description",
            at.file,
            at.child("enum").pointer,
        )
    values = tuple((v, *documented.get(v, ("", None))) for v in [*plain, *extra])
    name = ext.get("name") if isinstance(ext.get("name"), str) else None
    return EnumSpec(name, bool(ext.get("modelAsString", True)), values)


@dataclass(frozen=True)
class ParameterizedHost:
    template: str
    parameters: tuple[Any, ...]  # raw parameter objects or refs
    use_scheme_prefix: bool


def x_ms_parameterized_host(spec: dict[str, Any]) -> ParameterizedHost | None:
    ext = spec.get("x-ms-parameterized-host")
    if not isinstance(ext, dict) or not isinstance(ext.get("hostTemplate"), str):
        return None
    return ParameterizedHost(
        ext["hostTemplate"],
        tuple(ext.get("parameters") or ()),
        bool(ext.get("useSchemePrefix", True)),
    )


def x_ms_parameter_location(parameter: dict[str, Any], is_global: bool) -> str:
    """'client' or 'method'. Parameters declared in the document's global
    `parameters` section belong to the client unless they say otherwise."""
    value = parameter.get("x-ms-parameter-location")
    if value in ("client", "method"):
        return str(value)
    return "client" if is_global else "method"


def x_ms_client_default(parameter: dict[str, Any]) -> Any:
    return parameter.get("x-ms-client-default")


def x_ms_client_default_value(
    parameter: dict[str, Any],
) -> str | int | float | bool | None:
    """`x-ms-client-default` of an operation parameter, when it is a plain value
    (what a signature can spell as its default)."""
    value = parameter.get("x-ms-client-default")
    return value if isinstance(value, (str, int, float, bool)) else None


def x_ms_skip_url_encoding(parameter: dict[str, Any]) -> bool:
    return bool(parameter.get("x-ms-skip-url-encoding"))


def x_ms_client_name(node: dict[str, Any]) -> str | None:
    name = node.get("x-ms-client-name")
    return name if isinstance(name, str) and name.strip() else None


def x_ms_long_running_operation(
    operation: dict[str, Any],
) -> tuple[bool, str | None, str | None]:
    """Whether the operation is long-running, its `final-state-via` and its
    `final-state-schema` (a $ref to the final result's schema), if given."""
    if not operation.get("x-ms-long-running-operation"):
        return False, None, None
    options = operation.get("x-ms-long-running-operation-options")
    if not isinstance(options, dict):
        return True, None, None
    via, schema = options.get("final-state-via"), options.get("final-state-schema")
    return (
        True,
        via if isinstance(via, str) else None,
        schema if isinstance(schema, str) else None,
    )


def x_ms_examples(operation: dict[str, Any]) -> list[tuple[str, Any]]:
    """(title, raw value) of each example an operation lists."""
    examples = operation.get("x-ms-examples")
    if not isinstance(examples, dict):
        return []
    return [(str(title), value) for title, value in examples.items()]


@dataclass(frozen=True)
class PageableSpec:
    item_name: str
    next_link_name: str | None
    operation_name: str | None


def x_ms_pageable(operation: dict[str, Any]) -> PageableSpec | None:
    """Items live under `itemName` (default `value`); the next page's URL under
    `nextLinkName` (null: one page only); `operationName` names the operation
    that fetches next pages, when it is not the same one."""
    ext = operation.get("x-ms-pageable")
    if not isinstance(ext, dict):
        return None
    item = ext.get("itemName")
    next_link = ext.get("nextLinkName")
    operation_name = ext.get("operationName")
    return PageableSpec(
        item if isinstance(item, str) and item else "value",
        next_link if isinstance(next_link, str) and next_link else None,
        operation_name if isinstance(operation_name, str) else None,
    )


def x_ms_error_response(response: dict[str, Any]) -> bool | None:
    """Whether a declared response is an error (raised) or a result; None when
    the response does not say."""
    value = response.get("x-ms-error-response")
    return value if isinstance(value, bool) else None


def x_ms_paths_key(key: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """An x-ms-paths key is a path with an optional query string of constants
    (`/jobs?op=list`): the path, and the constant query parameters."""
    from urllib.parse import parse_qsl

    path, _, query = key.partition("?")
    return path, tuple(parse_qsl(query, keep_blank_values=True))


def x_ms_internal(operation: dict[str, Any]) -> bool:
    return operation.get("x-ms-internal") is True


def x_ms_client_request_id(parameter: dict[str, Any]) -> bool:
    """A header the client fills with a new UUID when the caller gives none."""
    return parameter.get("x-ms-client-request-id") is True


def x_ms_header_collection_prefix(parameter: dict[str, Any]) -> str | None:
    """A dict parameter sent as one header per key, each name with this prefix."""
    prefix = parameter.get("x-ms-header-collection-prefix")
    return prefix if isinstance(prefix, str) and prefix else None


def x_ms_secret(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("x-ms-secret") is True


def x_ms_mutability_read_only(schema: Any) -> bool:
    """x-ms-mutability `[read]` alone: the service sets it, clients never send it."""
    if not isinstance(schema, dict):
        return False
    mutability = schema.get("x-ms-mutability")
    return isinstance(mutability, list) and set(mutability) == {"read"}


def x_nullable(schema: Any) -> bool:
    """x-nullable: true: null is a value the service sends and accepts, apart
    from leaving the field out."""
    if not isinstance(schema, dict):
        return False
    kinds = schema.get("type")
    # OpenAPI 3.0's `nullable`, 3.1's `type: [..., "null"]` and a null
    # alternative of `oneOf`/`anyOf` say the same.
    return (
        schema.get("x-nullable") is True
        or schema.get("nullable") is True
        or (isinstance(kinds, list) and "null" in kinds)
        or (isinstance(schema.get("enum"), list) and None in schema["enum"])
        or (
            ("oneOf" in schema or "anyOf" in schema)  # (most have neither)
            and any(
                is_null_schema(choice)
                for key in ("oneOf", "anyOf")
                if isinstance(schema.get(key), list)
                for choice in schema[key]
            )
        )
    )


def is_null_schema(schema: Any) -> bool:
    """A schema whose only value is null (`type: "null"`, `enum: [null]`)."""
    return isinstance(schema, dict) and (
        schema.get("type") == "null" or schema.get("enum") == [None]
    )


def x_ms_parameter_grouping(parameter: dict[str, Any]) -> tuple[str | None, str] | None:
    """(group name or None for the default, postfix) when the parameter is grouped."""
    ext = parameter.get("x-ms-parameter-grouping")
    if not isinstance(ext, dict):
        return None
    name, postfix = ext.get("name"), ext.get("postfix")
    return (
        name if isinstance(name, str) else None,
        postfix if isinstance(postfix, str) else "Parameters",
    )


def x_ms_text(xml: dict[str, Any]) -> bool:
    """`x-ms-text` in a property's `xml` object: the value is the text content
    of its model's element, not a child element."""
    return xml.get("x-ms-text") is True
