"""The shape of a Swagger 2.0 document, checked before anything is built.

The builder then may take a `properties` to be a mapping and a `parameters`
to be a list. Each value of the wrong kind is an error with its pointer
("`properties` must be a mapping, not a boolean"), so a broken document ends
in diagnostics, never in a crash. Only structure is checked here; meaning
(dangling refs, path templates, names) is checked where it is used.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostics
from ..load import Location

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_KINDS = {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean"}
_SCHEMA_MAPPINGS = ("properties", "x-ms-enum", "discriminator_")
_MAX_DEPTH = 200
# The keys of a schema the builder reads as strings.
_SCHEMA_STRINGS = (
    "type",
    "format",
    "description",
    "title",
    "discriminator",
    "x-ms-client-name",
)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    for python_type, name in (
        (bool, "a boolean"),
        (dict, "a mapping"),
        (list, "a list"),
        (str, "a string"),
    ):
        if isinstance(value, python_type):
            return name
    return "a number" if isinstance(value, (int, float)) else type(value).__name__


class ShapeChecker:
    def __init__(self, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics
        self.ok = True

    def _expect(self, value: Any, kind: type, at: Location, what: str) -> bool:
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return True
        self.ok = False
        self.diagnostics.error(
            f"`{what}` must be {_KINDS[kind]}, not {_kind(value)}", at.file, at.pointer
        )
        return False

    def _optional(
        self, node: dict[str, Any], key: str, kind: type, at: Location
    ) -> Any:
        if key not in node:
            return None
        value = node[key]
        if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
            return value  # (the usual case: no location to build)
        self._expect(value, kind, at.child(key), key)
        return None

    def _strings(self, node: dict[str, Any], key: str, at: Location) -> None:
        values = self._optional(node, key, list, at)
        for index, value in enumerate(values or []):
            if not isinstance(value, str):
                self._expect(value, str, at.child(key, index), f"{key}[{index}]")

    def check_document(self, document: Any, at: Location) -> bool:
        if not isinstance(document, dict):
            return True  # reported by the builder
        for key in (
            "info",
            "paths",
            "definitions",
            "parameters",
            "responses",
            "securityDefinitions",
        ):
            self._optional(document, key, dict, at)
        for key in ("consumes", "produces", "schemes"):
            self._strings(document, key, at)
        for index, tag in enumerate(self._optional(document, "tags", list, at) or []):
            if self._expect(tag, dict, at.child("tags", index), f"tags[{index}]"):
                self._optional(tag, "name", str, at.child("tags", index))
        info = document.get("info")
        if isinstance(info, dict):
            for key in ("title", "description"):
                self._optional(info, key, str, at.child("info"))
        for name, schema in (self._dict(document, "definitions") or {}).items():
            self.check_schema(schema, at.child("definitions", name), 0)
        for name, parameter in (self._dict(document, "parameters") or {}).items():
            self.check_parameter(parameter, at.child("parameters", name))
        for name, scheme in (self._dict(document, "securityDefinitions") or {}).items():
            self._expect(scheme, dict, at.child("securityDefinitions", name), name)
        for path, item in (self._dict(document, "paths") or {}).items():
            if str(path).startswith("x-"):
                continue  # (an extension of the Paths object: any value)
            item_at = at.child("paths", path)
            if not self._expect(item, dict, item_at, path):
                continue
            self.check_parameters(item, item_at)
            for method in HTTP_METHODS:
                if method in item and self._expect(
                    item[method], dict, item_at.child(method), method
                ):
                    self.check_operation(item[method], item_at.child(method))
        for key in ("x-ms-paths",):
            self._optional(document, key, dict, at)
        host = document.get("x-ms-parameterized-host")
        if host is not None and self._expect(
            host, dict, at.child("x-ms-parameterized-host"), "x-ms-parameterized-host"
        ):
            self._optional(
                host, "hostTemplate", str, at.child("x-ms-parameterized-host")
            )
            self._optional(
                host, "parameters", list, at.child("x-ms-parameterized-host")
            )
        return self.ok

    def _dict(self, node: dict[str, Any], key: str) -> dict[str, Any] | None:
        value = node.get(key)
        return value if isinstance(value, dict) else None

    def check_operation(self, operation: dict[str, Any], at: Location) -> None:
        for key in ("operationId", "summary", "description"):
            self._optional(operation, key, str, at)
        for key in ("tags", "consumes", "produces"):
            self._strings(operation, key, at)
        self.check_parameters(operation, at)
        responses = self._optional(operation, "responses", dict, at)
        for status, response in (responses or {}).items():
            if str(status).startswith("x-"):
                continue  # (an extension of the Responses object)
            response_at = at.child("responses", status)
            if not self._expect(response, dict, response_at, f"responses/{status}"):
                continue
            if "$ref" in response:
                if not isinstance(response["$ref"], str):
                    ref_at = response_at.child("$ref")
                    self._expect(response["$ref"], str, ref_at, "$ref")
                continue
            if "schema" in response:
                self.check_schema(response["schema"], response_at.child("schema"), 0)
            headers = self._optional(response, "headers", dict, response_at)
            for name, header in (headers or {}).items():
                self._expect(header, dict, response_at.child("headers", name), name)
        for key in (
            "x-ms-examples",
            "x-ms-pageable",
            "x-ms-long-running-operation-options",
        ):
            self._optional(operation, key, dict, at)

    def check_parameters(self, node: dict[str, Any], at: Location) -> None:
        for index, parameter in enumerate(
            self._optional(node, "parameters", list, at) or []
        ):
            self.check_parameter(parameter, at.child("parameters", index))

    def check_parameter(self, parameter: Any, at: Location) -> None:
        if not self._expect(parameter, dict, at, "parameter"):
            return
        if "$ref" in parameter:
            if not isinstance(parameter["$ref"], str):
                self._expect(parameter["$ref"], str, at.child("$ref"), "$ref")
            return
        for key in ("name", "in", "description", "type", "format", "collectionFormat"):
            self._optional(parameter, key, str, at)
        self._optional(parameter, "enum", list, at)
        if "schema" in parameter:
            self.check_schema(parameter["schema"], at.child("schema"), 0)
        if "items" in parameter:
            self.check_schema(parameter["items"], at.child("items"), 0)

    def check_schema(self, schema: Any, at: Location, depth: int) -> None:
        # (GitHub's spec has 44,000 schemas: what is checked is
        # what each holds, and a location is made only for what is wrong
        # or holds more schemas)
        if depth > _MAX_DEPTH:
            return  # deeper nesting is reported by the builder
        if not isinstance(schema, dict):
            self._expect(schema, dict, at, at.pointer.rsplit("/", 1)[-1] or "schema")
            return
        if "$ref" in schema:
            if not isinstance(schema["$ref"], str):
                self._expect(schema["$ref"], str, at.child("$ref"), "$ref")
            return
        for key in _SCHEMA_STRINGS:
            if key not in schema:
                continue
            value = schema[key]
            if isinstance(value, str):
                continue
            if key == "type" and isinstance(value, list):
                # (OpenAPI 3.1's list of types; in Swagger 2.0 it is read as
                # an unknown type, with a warning, later)
                self._strings(schema, key, at)
                continue
            self._optional(schema, key, str, at)
        if "required" in schema:
            self._strings(schema, "required", at)
        if "enum" in schema:
            self._optional(schema, "enum", list, at)
        ext = (
            self._optional(schema, "x-ms-enum", dict, at)
            if "x-ms-enum" in schema
            else None
        )
        if ext is not None:
            self._optional(ext, "name", str, at.child("x-ms-enum"))
            for index, value in enumerate(
                self._optional(ext, "values", list, at.child("x-ms-enum")) or []
            ):
                self._expect(
                    value,
                    dict,
                    at.child("x-ms-enum", "values", index),
                    f"values[{index}]",
                )
        if "properties" in schema:
            properties = self._optional(schema, "properties", dict, at) or {}
            for name, child in properties.items():
                self.check_schema(child, at.child("properties", name), depth + 1)
        if "allOf" in schema:
            for index, part in enumerate(
                self._optional(schema, "allOf", list, at) or []
            ):
                self.check_schema(part, at.child("allOf", index), depth + 1)
        if "items" in schema:
            self.check_schema(schema["items"], at.child("items"), depth + 1)
        extra = schema.get("additionalProperties")
        if extra is not None and not isinstance(extra, bool):
            self.check_schema(extra, at.child("additionalProperties"), depth + 1)
