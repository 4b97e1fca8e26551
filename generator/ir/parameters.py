"""Parameters: client parameters (host templates, global parameters),
operation parameters and their groups, with the checks that make them
sendable."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from ..load import Location
from . import extensions as ext
from .json_schema import as_text, required_constant
from .model import (
    ClientParameter,
    Model,
    Parameter,
    ParameterGroup,
    Property,
    TypeRef,
)
from .names import (
    CLIENT_ARGUMENTS,
    is_header_name,
    is_header_value,
    pascal_case,
    python_identifier,
    snake_case,
    unique,
)
from .schemas import HTTP_METHODS, SchemaBuilder
from .typed_values import NO_VALUE, typed_value

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class ParameterBuilder(SchemaBuilder):
    """Parameters: client parameters (host templates, global parameters),"""

    def _resolve_parameter(
        self, raw: Any, at: Location
    ) -> tuple[dict[str, Any], Location, bool] | None:
        """A parameter object, where it lives, and whether it is a global one."""
        resolved = self.loader.deref(raw, at)
        if resolved is None:
            return None
        parameter, where = resolved
        parameter = self._parameter_view(parameter)
        is_global = (
            isinstance(raw, dict)
            and "$ref" in raw
            and _is_global(where)
            and self.globals_are_client_parameters
        )
        if (
            not isinstance(parameter, dict)
            or "in" not in parameter
            or "name" not in parameter
        ):
            self.diagnostics.error(
                "a parameter needs `name` and `in`", where.file, where.pointer
            )
            return None
        if parameter["in"] == "header" and not self._sendable_header(parameter, where):
            return None
        if parameter["in"] == "cookie" and not is_header_name(str(parameter["name"])):
            # RFC 6265: a cookie's name is an HTTP token, as a header's is.
            self.diagnostics.error(
                f"cookie name {str(parameter['name'])!r} is not an HTTP token (letters,"
                " digits and !#$%&'*+-.^_`|~ only); fix the name",
                where.file,
                where.pointer,
            )
            return None
        return parameter, where, is_global

    def _sendable_header(self, parameter: dict[str, Any], where: Location) -> bool:
        """A header the client can send: its name an HTTP token and its
        constant value on one line, or the generated client could only fail
        (or, built by hand, split the request)."""
        name = str(parameter["name"])
        if not is_header_name(name):
            self.diagnostics.error(
                f"header name {name!r} is not an HTTP header name (letters, digits"
                " and !#$%&'*+-.^_`|~ only); fix the name",
                where.file,
                where.pointer,
            )
            return False
        constant = required_constant(parameter)
        if constant is not None and not is_header_value(_wire_text(constant)):
            self.diagnostics.error(
                f"header {name!r} has the constant value {_wire_text(constant)!r},"
                " which no HTTP header can carry (a line break, a control character"
                " or a character outside Latin-1)",
                where.file,
                where.pointer,
            )
            return False
        return True

    def _client_parameters(self) -> tuple[list[ClientParameter], str, str]:
        """Client parameters: the host template's, then global ones marked client;
        the host template; the scheme to put before a filled-in template that
        has none (a template that starts with a parameter, `{account}{host}`)."""
        result: list[ClientParameter] = []
        taken = set(CLIENT_ARGUMENTS)

        def argument(parameter: dict[str, Any]) -> str:
            (name,) = unique(
                [
                    python_identifier(
                        snake_case(
                            ext.x_ms_client_name(parameter) or parameter["name"]
                        ),
                        "param",
                    )
                ],
                taken,
            )
            taken.add(name)
            return name

        host = ext.x_ms_parameterized_host(self.root)
        host_at = self.root_location.child("x-ms-parameterized-host")
        template = ""
        runtime_scheme = ""
        if host is not None:
            template = host.template
            placeholders: dict[str, str] = {}  # wire name -> argument
            for index, raw in enumerate(host.parameters):
                found = self._resolve_parameter(raw, host_at.child("parameters", index))
                if found is None:
                    continue
                parameter, where, _ = found
                python_name = argument(parameter)
                placeholders[parameter["name"]] = python_name
                result.append(
                    self._client_parameter(parameter, where, python_name, "host")
                )
            # (in one pass: an argument's name may be another parameter's)
            template = _PLACEHOLDER.sub(
                lambda m: "{" + placeholders.get(m[1], m[1]) + "}", template
            )
            scheme = str((self.root.get("schemes") or ["https"])[0])
            if not host.use_scheme_prefix:
                pass  # the value carries its own scheme (https://...): nothing to add
            elif template.startswith("{"):
                # `{endpoint}` often holds a whole URL although the spec does
                # not say useSchemePrefix: false; the scheme is added only
                # where the filled-in value has none.
                runtime_scheme = scheme
            elif not template.startswith(("http://", "https://")):
                template = f"{scheme}://{template}"
        else:
            host_name = self.root.get("host")
            scheme = (self.root.get("schemes") or ["https"])[0]
            if host_name:
                template = f"{scheme}://{host_name}"
            else:
                template = "{endpoint}"
                result.append(
                    ClientParameter(
                        "endpoint",
                        "endpoint",
                        "host",
                        TypeRef("str"),
                        True,
                        "The service endpoint.",
                        None,
                        True,
                    )
                )
        base_path = str(self.root.get("basePath") or "").rstrip("/")
        template = template.rstrip("/") + base_path

        seen = {p.wire_name for p in result}
        for parameter, where in self._global_parameters_in_use():
            if parameter.get("name") in seen:
                continue
            if ext.x_ms_parameter_location(parameter, is_global=True) != "client":
                continue
            if parameter.get("in") not in ("query", "header", "path"):
                continue
            seen.add(parameter["name"])
            python_name = argument(parameter)
            result.append(
                self._client_parameter(parameter, where, python_name, parameter["in"])
            )
        return result, template, runtime_scheme

    def _global_parameters_in_use(self) -> list[tuple[dict[str, Any], Location]]:
        """Parameters from a `parameters` section (of this file or another)
        that some operation refers to, in the order first referred to."""
        found: dict[Location, dict[str, Any]] = {}
        paths_at = self.root_location.child("paths")
        for path, item in (self.root.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            lists = [(paths_at.child(path), item.get("parameters") or [])]
            lists += [
                (paths_at.child(path, method), operation.get("parameters") or [])
                for method, operation in item.items()
                if method in HTTP_METHODS and isinstance(operation, dict)
            ]
            for at, parameters in lists:
                for index, raw in enumerate(parameters):
                    if not (isinstance(raw, dict) and "$ref" in raw):
                        continue
                    resolved = self.loader.deref(raw, at.child("parameters", index))
                    if resolved is None or not isinstance(resolved[0], dict):
                        continue
                    parameter, where = resolved
                    if (
                        _is_global(where)
                        and self.globals_are_client_parameters
                        and where not in found
                    ):
                        found[where] = self._parameter_view(parameter)
        return [(parameter, where) for where, parameter in found.items()]

    def _client_parameter(
        self, parameter: dict[str, Any], at: Location, python_name: str, location: str
    ) -> ClientParameter:
        default = ext.x_ms_client_default(parameter)
        key = "x-ms-client-default"
        if default is None and "default" in parameter:
            default, key = parameter["default"], "default"
        if default is None and parameter.get("name") == "api-version":
            # AutoRest's rule: the document's version is the api-version it describes.
            default = str((self.root.get("info") or {}).get("version") or "") or None
        value_type = self._schema_type(parameter, at, pascal_case(parameter["name"]))
        if default is not None:
            # (a client parameter is a plain value: an enum's as a string)
            kind = (
                value_type.kind
                if value_type.kind in ("int", "float", "bool")
                else "str"
            )
            typed = (
                NO_VALUE if value_type.kind == "list" else typed_value(default, kind)
            )
            default = self._default_or_warning(default, typed, at.child(key))
        return ClientParameter(
            wire_name=parameter["name"],
            python_name=python_name,
            location=location,  # type: ignore[arg-type]
            type=value_type,
            required=bool(parameter.get("required")),
            description=as_text(parameter.get("description")),
            default=default,
            skip_url_encoding=ext.x_ms_skip_url_encoding(parameter),
            constant=(
                _wire_text(required_constant(parameter))
                if location in ("query", "header", "path")
                and required_constant(parameter) is not None
                else None
            ),
        )

    def _parameter_groups(
        self, parameters: list[Parameter], taken: set[str]
    ) -> tuple[ParameterGroup, ...]:
        """A model per x-ms-parameter-grouping group (shared by every operation
        that names the same group), and the argument that carries it."""
        groups: list[ParameterGroup] = []
        for group in dict.fromkeys(p.group for p in parameters if p.group):
            members = [p for p in parameters if p.group == group]
            own = [
                Property(
                    p.wire_name, p.python_name, p.type, p.required, False, p.description
                )
                for p in members
            ]
            model_name = self._group_models.get(group)
            if model_name is not None:
                # Shared by several operations: the model has every member of
                # any of them, required only where each of them requires it.
                own = _union_of_members(self._models[model_name].properties, own)
            else:
                # (a class of its own: a schema or an enum may have the name)
                (model_name,) = unique(
                    [python_identifier(group, "Model")], self._class_names
                )
                self._class_names.add(model_name)
                self._group_models[group] = model_name
            self._models[model_name] = Model(
                name=model_name,
                description=f"Parameters passed together ({', '.join(p.wire_name for p in own)}).",
                properties=tuple(own),
                source="x-ms-parameter-grouping",
            )
            (argument,) = unique([python_identifier(snake_case(group), "group")], taken)
            taken.add(argument)
            groups.append(
                ParameterGroup(argument, model_name, any(p.required for p in members))
            )
        return tuple(groups)

    def _default_or_warning(self, value: Any, typed: Any, at: Location) -> Any:
        """An argument's default as a value of its type (`typed`), or None
        with a warning where it cannot be one: a signature would spell the
        wrong type (`top: int = "5"`)."""
        if typed is not NO_VALUE:
            return typed
        self.diagnostics.warn(
            "W016",
            f"the default {value!r} is no value of the parameter's type that a"
            " signature can spell; left out",
            at.file,
            at.pointer,
        )
        return None

    def _parameter(
        self, parameter: dict[str, Any], at: Location, location: str
    ) -> Parameter:
        name = parameter["name"]
        python_name = python_identifier(
            snake_case(ext.x_ms_client_name(parameter) or name), "param"
        )
        required = bool(parameter.get("required")) or location == "path"
        client_default = None if required else ext.x_ms_client_default_value(parameter)
        if name == "api-version" and location == "query" and "enum" not in parameter:
            # AutoRest's rule, as for a client's api-version: the document's
            # version is the api-version it describes; the caller may name another.
            version = (self.root.get("info") or {}).get("version")
            if version is not None:
                required, client_default = False, str(version)
        named = parameter.get(NAMED_SCHEMA)
        value_type = (
            self._schema_type(parameter, at, pascal_case(name))
            if named is None
            else self._schema_type(named, at.child("schema"), pascal_case(name))
        )
        if client_default is not None:
            client_default = self._default_or_warning(
                client_default,
                self._typed(client_default, value_type),
                at.child("x-ms-client-default"),
            )
        return Parameter(
            wire_name=name,
            python_name=python_name,
            location=location,  # type: ignore[arg-type]
            type=value_type,
            required=required,
            description=as_text(parameter.get("description")),
            skip_url_encoding=ext.x_ms_skip_url_encoding(parameter),
            default=parameter.get("default"),
            client_request_id=ext.x_ms_client_request_id(parameter),
            header_prefix=ext.x_ms_header_collection_prefix(parameter),
            client_default=client_default,
            style=str(parameter.get(OBJECT_STYLE) or ""),
        )


# The key under which a front end notes how an object parameter is spelled
# (a name no spec uses: it is not an x- extension of anyone's).
OBJECT_STYLE = "\x00style"
# The key under which a front end gives the named schema (a `$ref`) that
# types a parameter whose value is an object, where the parameter's own keys
# are the schema's copied in.
NAMED_SCHEMA = "\x00schema"
# The key under which a front end gives the media type a multipart form's
# part is sent as (its Encoding Object's `contentType`).
PART_TYPE = "\x00part"
# The key under which a front end lists the servers a client may talk to.
SERVERS = "\x00servers"
# The key under which a front end gives an operation's examples in its own
# syntax, read into x-ms-examples' shape: [{"title", "parameters", "responses"}].
EXAMPLES = "\x00examples"
# The key under which a front end lists the media types an answer also comes
# in with a schema of their own (a PNG or a diff beside the JSON it reads).
OTHER_MEDIA = "\x00other-media"


def _union_of_members(
    before: tuple[Property, ...], now: list[Property]
) -> list[Property]:
    """The members of a parameter group that one more operation shares: a
    member missing from either side cannot be required."""
    mine = {p.python_name: p for p in now}
    merged = [
        (
            replace(p, required=p.required and mine[p.python_name].required)
            if p.python_name in mine
            else replace(p, required=False)
        )
        for p in before
    ]
    known = {p.python_name for p in before}
    return merged + [
        replace(p, required=False) for p in now if p.python_name not in known
    ]


def _is_global(where: Location) -> bool:
    """Whether a parameter lives in a `parameters` section (of any file):
    Swagger's `/parameters/X`, OpenAPI 3's `/components/parameters/X`."""
    parts = where.pointer.split("/")
    return (len(parts) == 3 and parts[1] == "parameters") or (
        len(parts) == 4 and parts[1:3] == ["components", "parameters"]
    )


def _wire_text(value: Any) -> str:
    """A constant as the path, query, a header or a form carries it: JSON's
    spelling of booleans and null, not Python's."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    return str(value)
