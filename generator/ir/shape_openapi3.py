"""The shape of an OpenAPI 3.0/3.1 document, checked before its syntax is
read (see shape.py for Swagger 2.0's): `servers`, `components`, request
bodies, `content` and the rest that only OpenAPI 3 has. A value of the wrong
kind is an error with its pointer, so that a broken document ends in
diagnostics, never in a crash of the front end that reads it.
"""

from __future__ import annotations

from typing import Any

from ..load import Location
from .shape import HTTP_METHODS, ShapeChecker

_COMPONENTS = (
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "securitySchemes",
    "examples",
    "links",
    "callbacks",
    "pathItems",
)


class OpenApi3ShapeChecker(ShapeChecker):
    def check_openapi3(self, document: Any, at: Location) -> bool:
        if not isinstance(document, dict):
            return True  # reported by the builder
        for index, server in enumerate(
            self._optional(document, "servers", list, at) or []
        ):
            self._check_server(server, at.child("servers", index))
        components = self._optional(document, "components", dict, at) or {}
        components_at = at.child("components")
        for section in _COMPONENTS:
            entries = self._optional(components, section, dict, components_at) or {}
            for name, value in entries.items():
                self._check_component(
                    section, value, components_at.child(section, name)
                )
        for section in ("paths", "x-ms-paths", "webhooks"):
            for path, item in (
                self._optional(document, section, dict, at) or {}
            ).items():
                if not str(path).startswith("x-"):  # (an extension: any value)
                    self._check_path_item(item, at.child(section, path))
        return self.ok

    def _check_server(self, server: Any, at: Location) -> None:
        if not self._expect(server, dict, at, "server"):
            return
        for key in ("url", "description"):
            self._optional(server, key, str, at)
        variables = self._optional(server, "variables", dict, at) or {}
        for name, variable in variables.items():
            if self._expect(variable, dict, at.child("variables", name), name):
                self._optional(variable, "enum", list, at.child("variables", name))

    def _check_component(self, section: str, value: Any, at: Location) -> None:
        if section == "schemas":
            self.check_schema(value, at, 0)
        elif section == "parameters" or section == "headers":
            self._check_parameter3(value, at)
        elif section == "responses":
            self._check_response(value, at)
        elif section == "requestBodies":
            self._check_body(value, at)
        elif section == "pathItems":
            self._check_path_item(value, at)
        elif (
            self._expect(value, dict, at, at.pointer.rsplit("/", 1)[-1])
            and section == "securitySchemes"
        ):
            flows = self._optional(value, "flows", dict, at) or {}
            for name, flow in flows.items():
                if self._expect(flow, dict, at.child("flows", name), name):
                    self._optional(flow, "scopes", dict, at.child("flows", name))

    def _check_path_item(self, item: Any, at: Location) -> None:
        if not self._expect(item, dict, at, at.pointer.rsplit("/", 1)[-1] or "path"):
            return
        self._check_parameter_list(item, at)
        for method in (*HTTP_METHODS, "trace"):
            if method not in item or not self._expect(
                item[method], dict, at.child(method), method
            ):
                continue
            operation, operation_at = item[method], at.child(method)
            self._check_parameter_list(operation, operation_at)
            if "requestBody" in operation:
                self._check_body(
                    operation["requestBody"], operation_at.child("requestBody")
                )
            responses = self._optional(operation, "responses", dict, operation_at)
            for status, response in (responses or {}).items():
                if not str(status).startswith("x-"):  # (an extension)
                    self._check_response(
                        response, operation_at.child("responses", status)
                    )
            callbacks = self._optional(operation, "callbacks", dict, operation_at)
            for name, callback in (callbacks or {}).items():
                self._expect(
                    callback, dict, operation_at.child("callbacks", name), name
                )
            self._optional(operation, "servers", list, operation_at)

    def _check_parameter_list(self, node: dict[str, Any], at: Location) -> None:
        for index, parameter in enumerate(
            self._optional(node, "parameters", list, at) or []
        ):
            self._check_parameter3(parameter, at.child("parameters", index))

    def _check_parameter3(self, parameter: Any, at: Location) -> None:
        if not self._expect(parameter, dict, at, "parameter"):
            return
        if "$ref" in parameter:
            self._expect(parameter["$ref"], str, at.child("$ref"), "$ref")
            return
        for key in ("name", "in", "description", "style"):
            self._optional(parameter, key, str, at)
        if "schema" in parameter:
            self.check_schema(parameter["schema"], at.child("schema"), 0)
        self._check_content(parameter, at)
        self._check_examples(parameter, at)

    def _check_body(self, body: Any, at: Location) -> None:
        if not self._expect(body, dict, at, "requestBody"):
            return
        if "$ref" in body:
            self._expect(body["$ref"], str, at.child("$ref"), "$ref")
            return
        self._optional(body, "description", str, at)
        self._check_content(body, at)

    def _check_response(self, response: Any, at: Location) -> None:
        if not self._expect(
            response, dict, at, f"responses/{at.pointer.rsplit('/', 1)[-1]}"
        ):
            return
        if "$ref" in response:
            self._expect(response["$ref"], str, at.child("$ref"), "$ref")
            return
        self._optional(response, "description", str, at)
        for name, header in (
            self._optional(response, "headers", dict, at) or {}
        ).items():
            self._check_parameter3(header, at.child("headers", name))
        self._check_content(response, at)
        self._optional(response, "links", dict, at)

    def _check_content(self, holder: dict[str, Any], at: Location) -> None:
        for media, value in (self._optional(holder, "content", dict, at) or {}).items():
            media_at = at.child("content", media)
            if not self._expect(value, dict, media_at, media):
                continue
            if "schema" in value:
                self.check_schema(value["schema"], media_at.child("schema"), 0)
            self._check_examples(value, media_at)
            encoding = self._optional(value, "encoding", dict, media_at) or {}
            for name, entry in encoding.items():
                self._expect(entry, dict, media_at.child("encoding", name), name)

    def _check_examples(self, holder: dict[str, Any], at: Location) -> None:
        for name, example in (
            self._optional(holder, "examples", dict, at) or {}
        ).items():
            self._expect(example, dict, at.child("examples", name), name)

    def check_schema(self, schema: Any, at: Location, depth: int) -> None:
        """Swagger's checks, with what JSON Schema adds in OpenAPI 3: boolean
        schemas, `oneOf`/`anyOf`/`not`, `$defs`, `patternProperties`,
        `prefixItems`."""
        if isinstance(schema, bool):
            return
        if isinstance(schema, dict) and isinstance(schema.get("discriminator"), dict):
            # (an object here, where Swagger's is the property's name)
            super().check_schema(
                {k: v for k, v in schema.items() if k != "discriminator"}, at, depth
            )
        else:
            super().check_schema(schema, at, depth)
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        for key in ("oneOf", "anyOf", "prefixItems"):
            if key not in schema:
                continue
            for index, part in enumerate(self._optional(schema, key, list, at) or []):
                self.check_schema(part, at.child(key, index), depth + 1)
        for key in ("$defs", "patternProperties"):
            if key not in schema:
                continue
            for name, part in (self._optional(schema, key, dict, at) or {}).items():
                self.check_schema(part, at.child(key, name), depth + 1)
        if "not" in schema:
            self.check_schema(schema["not"], at.child("not"), depth + 1)
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict):
            self._optional(
                discriminator, "propertyName", str, at.child("discriminator")
            )
            self._optional(discriminator, "mapping", dict, at.child("discriminator"))
