"""The Swagger 2.0 front end: a loaded document becomes a `ClientSpec`.

Named definitions become models and enums once each, memoized by where they
live (file and JSON pointer), so a recursive schema is a reference to a named
type. Inline objects and enums get names derived from their owner.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from ..diagnostics import Diagnostics
from ..load import Location, SpecLoader
from ..load.lines import display_path
from ..text import one_line
from . import extensions as ext
from .model import (
    NO_XML,
    ApiKeyAuth,
    Body,
    ClientParameter,
    ClientSpec,
    Enum,
    EnumMember,
    EventStream,
    FormField,
    ListAlias,
    LongRunning,
    Model,
    Operation,
    OperationGroup,
    Paging,
    Parameter,
    ParameterGroup,
    Property,
    Response,
    ResponseHeader,
    TypeRef,
    XmlInfo,
    media_kind,
)
from .names import (
    Vocabulary,
    common_word_prefix,
    constant_case,
    group_and_method,
    group_from_path,
    is_header_name,
    is_header_value,
    pascal_case,
    python_identifier,
    snake_case,
    split_words,
    unique,
    unique_parameters,
)
from .shape import ShapeChecker

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

# Names a generated method must keep free: `self`, and the per-call options
# every operation method accepts.
# Names a generated method uses itself: its locals start with an underscore
# (`_query`, `_spec`, `_response`, ...), which no spec name becomes.
RESERVED_PARAMETER_NAMES = frozenset({"self", "request_options", "stream_events"})

# Attributes every model has besides its properties.
# Attributes every model has besides its properties, and names the class body
# uses after the fields are declared (a field called `field` would shadow it).
RESERVED_PROPERTY_NAMES = frozenset(
    {
        "additional_properties",
        "from_dict",
        "to_dict",
        "self",
        "cls",
        "field",
        "frozenset",
        "classmethod",
        "dataclass",
    }
)

# (type, format) -> TypeRef kind. Formats not listed (int32, int64, float,
# double, uuid, url, uri, char, password, ...) keep the type's own kind.
_PRIMITIVE_FORMATS: dict[tuple[str, str], str] = {
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
# The keys of Swagger's `xml` object (and AutoRest's x-ms-text), by kind.
_XML_KEYS: dict[str, type] = {
    "name": str,
    "namespace": str,
    "prefix": str,
    "attribute": bool,
    "wrapped": bool,
    "x-ms-text": bool,
}
_PRIMITIVE_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}


@dataclass
class _Named:
    """What a named schema turned into, memoized by its location."""

    type: TypeRef


@dataclass
class SwaggerBuilder:
    loader: SpecLoader
    diagnostics: Diagnostics
    package: str
    root: Any = None
    root_location: Location = field(default_factory=lambda: Location(""))
    _named: dict[Location, _Named] = field(default_factory=dict)
    _models: dict[str, Model] = field(default_factory=dict)
    _enums: dict[str, Enum] = field(default_factory=dict)
    _aliases: dict[str, ListAlias] = field(default_factory=dict)
    _class_names: set[str] = field(default_factory=set)
    # (title, $ref, file, pointer) of each x-ms-examples file that is missing
    _missing_examples: list[tuple[str, str, str, str]] = field(default_factory=list)

    # ------------------------------------------------------------------ entry

    def build(self, spec_path: Path) -> ClientSpec | None:
        document = self.loader.load(spec_path)
        if document is None:
            return None
        self.root = document.data
        self.root_location = Location(document.display)
        if not isinstance(self.root, dict):
            self.diagnostics.error("the document is not a mapping", document.display)
            return None
        version = self.root.get("swagger")
        if str(version) != "2.0":
            if version is not None:
                found = f"swagger: {version!r}"
            elif "openapi" in self.root:
                found = f"openapi: {self.root['openapi']!r}"
            else:
                found = "it has no `swagger: '2.0'` field"
            self.diagnostics.error(
                f"only Swagger 2.0 documents are supported so far ({found});"
                " OpenAPI 3 support is planned",
                document.display,
            )
            return None

        if not ShapeChecker(self.diagnostics).check_document(
            self.root, self.root_location
        ):
            return None
        definitions = self.root.get("definitions") or {}
        for name in definitions:
            self._named_type(self.root_location.child("definitions", name), name)

        client_parameters, host_template, host_scheme = self._client_parameters()
        groups = self._operations(client_parameters)
        self._report_missing_examples()
        info = self.root.get("info") or {}
        error_models = [
            r.type.name
            for g in groups
            for o in g.operations
            for r in o.error_responses
            if r.type is not None and r.type.kind == "model"
        ]
        return ClientSpec(
            azure=_uses_ms_extensions(self.root),
            package=self.package,
            title=str(info.get("title") or self.package),
            description=str(info.get("description") or ""),
            version=str(info.get("version") or ""),
            host_template=host_template,
            host_scheme=host_scheme,
            client_parameters=tuple(client_parameters),
            api_key=self._api_key(),
            credential_scopes=self._credential_scopes(),
            groups=groups,
            models=_read_only_optional_where_sent(_with_subtypes(self._models), groups),
            enums=tuple(self._enums.values()),
            list_aliases=tuple(self._aliases.values()),
            error_model=(
                max(sorted(set(error_models)), key=error_models.count)
                if error_models
                else None
            ),
        )

    # ---------------------------------------------------------------- schemas

    def _class_name(self, wanted: str) -> str:
        base = python_identifier(pascal_case(wanted), "Model")
        (name,) = unique([base], self._class_names)
        self._class_names.add(name)
        return name

    def _named_type(self, at: Location, hint: str) -> TypeRef:
        """The type of the named schema at `at` (a definition), built once."""
        if at in self._named:
            return self._named[at].type
        found = self.loader.resolve("#" + at.pointer, at) if at.file else None
        if found is None:
            return TypeRef("any")
        schema, at = found
        if at in self._named:
            return self._named[at].type
        if isinstance(schema, dict) and "$ref" in schema:
            # A definition that only refers to another one is that one (a chain
            # of such refs with no schema at its end is an error).
            self._named[at] = _Named(TypeRef("any"))
            resolved = self.loader.deref(schema, at)
            if resolved is None:
                return TypeRef("any")
            target = self._named_type(
                resolved[1], resolved[1].pointer.rsplit("/", 1)[-1] or hint
            )
            self._named[at] = _Named(target)
            return target
        if not isinstance(schema, dict):
            self.diagnostics.error("a schema must be a mapping", at.file, at.pointer)
            return TypeRef("any")
        title = ext.x_ms_client_name(schema) or hint
        if _is_object(schema):
            name = self._class_name(title)
            ref = TypeRef("model", name)
            # Registered before its properties are built: that is what makes a
            # recursive model a reference to itself.
            self._named[at] = _Named(ref)
            self._build_model(name, schema, at, schema_name=hint)
            return ref
        if "enum" in schema:
            ref = self._enum(schema, at, title)
            self._named[at] = _Named(ref)
            return ref
        if schema.get("type") == "array":
            placeholder = TypeRef("list", item=TypeRef("any"))
            self._named[at] = _Named(placeholder)
            item = self._schema_type(
                schema.get("items"), at.child("items"), title + "Item"
            )
            ref = TypeRef("list", item=item)
            self._named[at] = _Named(ref)
            name = self._class_name(title)
            self._aliases[name] = ListAlias(
                name, _text(schema.get("description")), item, self._xml_info(schema, at)
            )
            return ref
        ref = self._schema_type(schema, at, title, named=False)
        self._named[at] = _Named(ref)
        return ref

    def _schema_type(
        self, schema: Any, at: Location, hint: str, named: bool = False
    ) -> TypeRef:
        """The type of a schema found inline at `at`; `hint` names what it would
        be called if it has to become a class."""
        if schema is None:
            return TypeRef("any")
        if not isinstance(schema, dict):
            self.diagnostics.error("a schema must be a mapping", at.file, at.pointer)
            return TypeRef("any")
        if "$ref" in schema:
            found = self.loader.resolve(schema["$ref"], at)
            if found is None:
                return TypeRef("any")
            _target, target_at = found
            target_hint = target_at.pointer.rsplit("/", 1)[-1] or hint
            return self._named_type(target_at, target_hint)
        if _is_object(schema) and not named:
            if schema.get("properties") or schema.get("allOf"):
                name = self._class_name(hint)
                self._build_model(name, schema, at)
                return TypeRef("model", name)
        kind = schema.get("type")
        if (
            "enum" in schema
            and kind in (None, "string", "integer", "number")
            and schema.get("format") not in _NON_STRING_FORMATS
            and not _inline_single_value(schema, named)
        ):
            return self._enum(schema, at, hint)
        if kind == "array":
            item = self._schema_type(
                schema.get("items"), at.child("items"), hint + "Item"
            )
            collection = schema.get("collectionFormat")
            if collection not in (None, "csv", "ssv", "tsv", "pipes", "multi"):
                self.diagnostics.warn(
                    f"collectionFormat {collection!r} is not one of csv, ssv, tsv, pipes, multi; using csv",
                    at.file,
                    at.child("collectionFormat").pointer,
                )
                collection = None
            return TypeRef("list", item=item, collection_format=collection or "csv")
        if kind == "object" and schema.get("format") == "file":
            return TypeRef("binary")  # how Azure's Storage specs spell an upload
        if kind == "object" or (kind is None and "additionalProperties" in schema):
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):
                return TypeRef(
                    "dict",
                    item=self._schema_type(
                        extra, at.child("additionalProperties"), hint + "Value"
                    ),
                )
            return TypeRef("dict", item=TypeRef("any"))
        if kind == "file":
            return TypeRef("binary")
        if isinstance(kind, str) and kind in _PRIMITIVE_TYPES:
            special = _PRIMITIVE_FORMATS.get((kind, str(schema.get("format") or "")))
            return TypeRef(special or _PRIMITIVE_TYPES[kind])  # type: ignore[arg-type]
        if kind is not None:
            self.diagnostics.warn(
                f"unknown type {kind!r}; treated as any JSON value", at.file, at.pointer
            )
        return TypeRef("any")

    def _enum(self, schema: dict[str, Any], at: Location, hint: str) -> TypeRef:
        spec = ext.x_ms_enum(schema, at, self.diagnostics)
        value_kind = {"integer": "int", "number": "float"}.get(
            str(schema.get("type")), "str"
        )
        name_hint = spec.name or hint
        wanted = python_identifier(pascal_case(name_hint), "Enum")
        values = tuple(v for v, _, _ in spec.values)
        existing = self._enums.get(wanted)
        if existing is not None and tuple(m.value for m in existing.members) == values:
            return TypeRef(
                "enum", existing.name
            )  # the same x-ms-enum used inline again
        members = unique(
            [
                python_identifier(constant_case(member_name or str(value)), "V")
                for value, _, member_name in spec.values
            ]
        )
        name = self._class_name(name_hint)
        self._enums[name] = Enum(
            name=name,
            description=_text(schema.get("description")),
            members=tuple(
                EnumMember(member, value, description)
                for member, (value, description, _) in zip(members, spec.values)
            ),
            value_kind=value_kind,  # type: ignore[arg-type]
            extensible=spec.extensible,
            source=f"{at.file}#{at.pointer}",
        )
        return TypeRef("enum", name)

    def _build_model(
        self, name: str, schema: dict[str, Any], at: Location, schema_name: str = ""
    ) -> None:
        """A model; the first `allOf` reference to another model is its base
        class (inheritance), other `allOf` parts are merged in."""
        base: Model | None = None
        merged: list[tuple[str, Any, Location]] = []
        required: set[str] = set(schema.get("required") or [])
        for index, part in enumerate(schema.get("allOf") or []):
            part_at = at.child("allOf", index)
            if base is None and isinstance(part, dict) and "$ref" in part:
                found = self.loader.resolve(part["$ref"], part_at)
                if (
                    found is not None
                    and isinstance(found[0], dict)
                    and _is_object(found[0])
                ):
                    target_hint = found[1].pointer.rsplit("/", 1)[-1]
                    parent = self._named_type(found[1], target_hint)
                    # A base still being built (a cycle through allOf) is merged instead.
                    if parent.kind == "model" and parent.name in self._models:
                        base = self._models[parent.name]
                        continue
            part_properties, part_required = self._collect_properties(
                part, part_at, set()
            )
            merged += part_properties
            required |= part_required
        own, own_required = self._collect_properties(
            schema, at, set(), include_all_of=False
        )
        required |= own_required
        merged += own

        inherited = list(base.properties) if base is not None else []
        taken = {p.wire_name for p in inherited}
        raw = [(wire, s, where) for wire, s, where in merged if wire not in taken]
        python_names = unique(
            [
                python_identifier(
                    (
                        snake_case(ext.x_ms_client_name(s) or wire)
                        if isinstance(s, dict)
                        else snake_case(wire)
                    ),
                    "field",
                )
                for wire, s, _ in raw
            ],
            RESERVED_PROPERTY_NAMES | {p.python_name for p in inherited},
        )
        properties = list(inherited)
        for (wire, prop_schema, prop_at), python_name in zip(raw, python_names):
            prop_type = self._schema_type(
                prop_schema, prop_at, name + pascal_case(wire)
            )
            if (
                isinstance(prop_schema, dict)
                and "default" in prop_schema
                and prop_schema["default"] is None
                and not ext.x_nullable(prop_schema)
            ):
                self.diagnostics.warn(
                    "`default: null` on a property that is not x-nullable; read as no"
                    " default, as AutoRest reads it",
                    prop_at.file,
                    prop_at.child("default").pointer,
                )
            properties.append(
                Property(
                    wire_name=wire,
                    python_name=python_name,
                    type=prop_type,
                    required=wire in required,
                    read_only=self._is_read_only(prop_schema, prop_at)
                    or ext.x_ms_mutability_read_only(prop_schema),
                    description=self._description(prop_schema, prop_at),
                    secret=ext.x_ms_secret(prop_schema),
                    nullable=ext.x_nullable(prop_schema)
                    or self._nullable_definition(prop_schema, prop_at),
                    xml=self._xml_info(prop_schema, prop_at),
                    constant=self._constant_property(
                        prop_schema, prop_at, wire in required
                    ),
                    default=(
                        prop_schema.get("default")
                        if isinstance(prop_schema, dict)
                        else None
                    ),
                )
            )
        properties = self._flatten(properties, raw, inherited)
        discriminator = schema.get("discriminator")
        value = schema.get("x-ms-discriminator-value")
        named = (
            discriminator
            if isinstance(discriminator, str)
            else (base.discriminator if base else None)
        )
        # The class says the discriminator's value: nobody has to pass it.
        properties = [
            replace(p, required=False, constant=None) if p.wire_name == named else p
            for p in properties
        ]
        self._models[name] = Model(
            name=name,
            description=_text(schema.get("description")),
            properties=tuple(properties),
            source=f"{at.file}#{at.pointer}",
            base=base.name if base is not None else None,
            inherited=len(inherited),
            discriminator=(
                discriminator
                if isinstance(discriminator, str)
                else (base.discriminator if base else None)
            ),
            discriminator_value=(
                str(value)
                if value is not None
                else (
                    at.pointer.rsplit("/", 1)[-1]
                    if named and base is not None
                    else None
                )
            ),
            schema_name=schema_name,
            xml=self._xml_info(schema, at),
        )

    def _flatten(
        self,
        properties: list[Property],
        raw: list[tuple[str, Any, Location]],
        inherited: list[Property],
    ) -> list[Property]:
        """x-ms-client-flatten on a property of a model type: its model's
        properties take its place (the wire keeps the nesting)."""
        flags = {
            wire: isinstance(s, dict) and s.get("x-ms-client-flatten") is True
            for wire, s, _ in raw
        }
        result: list[Property] = list(properties[: len(inherited)])
        own = properties[len(inherited) :]
        for prop in own:
            inner = (
                self._models.get(prop.type.name) if prop.type.kind == "model" else None
            )
            if not flags.get(prop.wire_name) or inner is None:
                result.append(prop)
                continue
            for nested in inner.properties:
                result.append(
                    replace(
                        nested,
                        required=nested.required and prop.required,
                        read_only=nested.read_only or prop.read_only,
                        nullable=False,
                        container=(prop.wire_name, *nested.container),
                    )
                )
        # A flattened property named like another one takes its container's
        # name as a prefix (`properties.type` beside `type`: properties_type)
        # before numbering is the last resort.
        counts: dict[str, int] = {}
        for p in result:
            counts[p.python_name] = counts.get(p.python_name, 0) + 1
        wanted = [
            (
                snake_case("_".join((*p.container, p.python_name)))
                if p.container
                and (
                    counts[p.python_name] > 1
                    or p.python_name in RESERVED_PROPERTY_NAMES
                )
                else p.python_name
            )
            for p in result
        ]
        names = unique(wanted, RESERVED_PROPERTY_NAMES)
        return [replace(p, python_name=n) for p, n in zip(result, names)]

    def _collect_properties(
        self,
        schema: Any,
        at: Location,
        seen: set[Location],
        include_all_of: bool = True,
    ) -> tuple[list[tuple[str, Any, Location]], set[str]]:
        """Properties (wire name, schema, location) and required names of a
        schema, following its `allOf` parts (which may be refs) depth-first."""
        resolved = self.loader.deref(schema, at)
        if resolved is None or not isinstance(resolved[0], dict) or resolved[1] in seen:
            return [], set()
        schema, at = resolved
        seen = seen | {at}
        found: list[tuple[str, Any, Location]] = []
        required = set(schema.get("required") or [])
        if include_all_of:
            for index, part in enumerate(schema.get("allOf") or []):
                part_found, part_required = self._collect_properties(
                    part, at.child("allOf", index), seen
                )
                found += part_found
                required |= part_required
        for prop, prop_schema in (schema.get("properties") or {}).items():
            found.append((prop, prop_schema, at.child("properties", prop)))
        return found, required

    def _description(self, schema: Any, at: Location) -> str:
        """A schema's description, or that of the definition it refers to."""
        if not isinstance(schema, dict):
            return ""
        if schema.get("description") or "$ref" not in schema:
            return _text(schema.get("description"))
        resolved = self.loader.deref(schema, at)
        return (
            _text(resolved[0].get("description"))
            if resolved and isinstance(resolved[0], dict)
            else ""
        )

    def _nullable_definition(self, schema: Any, at: Location) -> bool:
        if not isinstance(schema, dict) or "$ref" not in schema:
            return False
        resolved = self.loader.deref(schema, at)
        return bool(resolved and ext.x_nullable(resolved[0]))

    def _is_read_only(self, schema: Any, at: Location) -> bool:
        """readOnly on the property, or on the definition it refers to (the seed
        marks `State` and `Error` readOnly as a whole)."""
        if not isinstance(schema, dict):
            return False
        if schema.get("readOnly"):
            return True
        resolved = self.loader.deref(schema, at) if "$ref" in schema else None
        return bool(
            resolved and isinstance(resolved[0], dict) and resolved[0].get("readOnly")
        )

    def _constant_property(
        self, schema: Any, at: Location, required: bool
    ) -> str | int | None:
        """The value of a required property whose enum allows one value."""
        resolved = self.loader.deref(schema, at) if required else None
        if resolved is None or not isinstance(resolved[0], dict):
            return None
        value = _constant({**resolved[0], "required": True})
        return value if isinstance(value, (str, int)) else None

    def _xml_info(self, schema: Any, at: Location, depth: int = 0) -> XmlInfo:
        """The `xml` object of a schema (of the definition it refers to), and of
        its items when it is an array (to a few levels: arrays of arrays of
        arrays say nothing more, and an array may contain itself)."""
        resolved = self.loader.deref(schema, at)
        if resolved is None or not isinstance(resolved[0], dict):
            return NO_XML
        schema, at = resolved
        raw = schema.get("xml")
        items = None
        items_schema = schema.get("items")
        if (
            schema.get("type") == "array"
            and isinstance(items_schema, dict)
            and depth < 4
        ):
            found = self._xml_info(items_schema, at.child("items"), depth + 1)
            items = found if found != NO_XML else None
        if raw is not None and not isinstance(raw, dict):
            self.diagnostics.warn(
                "`xml` must be a mapping; ignored", at.file, at.child("xml").pointer
            )
        if not isinstance(raw, dict):
            return XmlInfo(items=items) if items else NO_XML
        for key, kind in _XML_KEYS.items():
            if key in raw and not isinstance(raw[key], kind):
                self.diagnostics.warn(
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

    # ------------------------------------------------------------- parameters

    def _resolve_parameter(
        self, raw: Any, at: Location
    ) -> tuple[dict[str, Any], Location, bool] | None:
        """A parameter object, where it lives, and whether it is a global one."""
        resolved = self.loader.deref(raw, at)
        if resolved is None:
            return None
        parameter, where = resolved
        is_global = isinstance(raw, dict) and "$ref" in raw and _is_global(where)
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
        constant = _constant(parameter)
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
        host = ext.x_ms_parameterized_host(self.root)
        host_at = self.root_location.child("x-ms-parameterized-host")
        template = ""
        runtime_scheme = ""
        if host is not None:
            template = host.template
            for index, raw in enumerate(host.parameters):
                found = self._resolve_parameter(raw, host_at.child("parameters", index))
                if found is None:
                    continue
                parameter, where, _ = found
                python_name = python_identifier(
                    snake_case(ext.x_ms_client_name(parameter) or parameter["name"]),
                    "param",
                )
                template = template.replace(
                    "{" + parameter["name"] + "}", "{" + python_name + "}"
                )
                result.append(
                    self._client_parameter(parameter, where, python_name, "host")
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
            python_name = python_identifier(
                snake_case(ext.x_ms_client_name(parameter) or parameter["name"]),
                "param",
            )
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
                    if _is_global(where) and where not in found:
                        found[where] = parameter
        return [(parameter, where) for where, parameter in found.items()]

    def _client_parameter(
        self, parameter: dict[str, Any], at: Location, python_name: str, location: str
    ) -> ClientParameter:
        default = ext.x_ms_client_default(parameter)
        if default is None and "default" in parameter:
            default = parameter["default"]
        if default is None and parameter.get("name") == "api-version":
            # AutoRest's rule: the document's version is the api-version it describes.
            default = (self.root.get("info") or {}).get("version")
        return ClientParameter(
            wire_name=parameter["name"],
            python_name=python_name,
            location=location,  # type: ignore[arg-type]
            type=self._schema_type(parameter, at, pascal_case(parameter["name"])),
            required=bool(parameter.get("required")),
            description=_text(parameter.get("description")),
            default=None if default is None else str(default),
            skip_url_encoding=ext.x_ms_skip_url_encoding(parameter),
            constant=(
                _wire_text(_constant(parameter))
                if location in ("query", "header", "path")
                and _constant(parameter) is not None
                else None
            ),
        )

    # ------------------------------------------------------------- operations

    def _operations(
        self, client_parameters: list[ClientParameter]
    ) -> tuple[OperationGroup, ...]:
        raw_ops: list[tuple[str, str, dict[str, Any], Location, list[Any]]] = []
        # x-ms-paths holds more operations, whose keys may carry a query string.
        for section in ("paths", "x-ms-paths"):
            section_at = self.root_location.child(section)
            for path, item in (self.root.get(section) or {}).items():
                if not isinstance(item, dict):
                    continue
                for method in HTTP_METHODS:
                    operation = item.get(method)
                    if isinstance(operation, dict):
                        raw_ops.append(
                            (
                                path,
                                method,
                                operation,
                                section_at.child(path, method),
                                list(item.get("parameters") or []),
                            )
                        )

        texts: list[str] = [
            str(t.get("name"))
            for t in self.root.get("tags") or []
            if isinstance(t, dict)
        ]
        texts += [
            seg
            for path, *_ in raw_ops
            for seg in path.split("/")
            if not seg.startswith("{")
        ]
        texts += [str(t) for *_, op, _, _ in raw_ops for t in op.get("tags") or []]
        texts += list(self.root.get("definitions") or {})
        vocabulary = Vocabulary(texts)
        ids = [str(op.get("operationId") or "") for _, _, op, _, _ in raw_ops]
        drop = common_word_prefix([i for i in ids if i])

        seen_ids: dict[str, Location] = {}
        grouped: dict[str, list[Operation]] = {}
        for (path, method, raw, at, path_params), operation_id in zip(raw_ops, ids):
            if not operation_id:
                operation_id = method + pascal_case(path)
            elif operation_id in seen_ids:
                self.diagnostics.error(
                    f"operationId {operation_id!r} is used twice (also at {seen_ids[operation_id].pointer});"
                    " operationIds must be unique",
                    at.file,
                    at.child("operationId").pointer,
                )
                continue
            seen_ids[operation_id] = at
            tags = raw.get("tags") or []
            tag = str(tags[0]) if tags else None
            group, method_name = group_and_method(operation_id, tag, drop, vocabulary)
            if not group:
                group = group_from_path(path)
            operation = self._operation(
                path,
                method,
                raw,
                at,
                path_params,
                operation_id,
                method_name,
                client_parameters,
            )
            if operation is not None:
                grouped.setdefault(group, []).append(operation)

        grouped = _with_status_monitors(grouped)
        # An operation that only fetches another one's next pages is that
        # operation's business: private (its pager calls it), not public API.
        followers = {
            o.paging.next_operation
            for ops in grouped.values()
            for o in ops
            if o.paging is not None and o.paging.next_operation
        }
        grouped = {
            group: [
                (
                    _replace_method_name(o, "_" + o.method_name.lstrip("_"))
                    if o.operation_id in followers
                    else o
                )
                for o in ops
            ]
            for group, ops in grouped.items()
        }
        groups = []
        for group, operations in grouped.items():
            attribute = python_identifier(group or "default", "group")
            method_names = unique(
                [o.method_name for o in operations], {"with_raw_response"}
            )
            operations = [
                _replace_method_name(o, n) for o, n in zip(operations, method_names)
            ]
            groups.append(
                OperationGroup(
                    attribute,
                    pascal_case(group or "Default") + "Operations",
                    tuple(operations),
                )
            )
        return tuple(groups)

    def _operation(
        self,
        path: str,
        http_method: str,
        raw: dict[str, Any],
        at: Location,
        path_level_params: list[Any],
        operation_id: str,
        method_name: str,
        client_parameters: list[ClientParameter],
    ) -> Operation | None:
        client_wire = {p.wire_name for p in client_parameters}
        parameters: list[Parameter] = []
        body: Body | None = None
        form: list[tuple[dict[str, Any], Location]] = []
        client_parameters: list[str] = []
        constants: list[tuple[str, str, str]] = []
        raw_names: set[str] = set()  # x-ms-skip-url-encoding
        consumes = (
            raw.get("consumes") or self.root.get("consumes") or ["application/json"]
        )
        produces = (
            raw.get("produces") or self.root.get("produces") or ["application/json"]
        )

        merged: dict[tuple[str, str], tuple[dict[str, Any], Location, bool]] = {}
        for source, items in (
            ("..", path_level_params),
            ("parameters", raw.get("parameters") or []),
        ):
            for index, item in enumerate(items):
                item_at = (
                    at.child("parameters", index)
                    if source == "parameters"
                    else Location(at.file, at.pointer.rsplit("/", 1)[0]).child(
                        "parameters", index
                    )
                )
                found = self._resolve_parameter(item, item_at)
                if found is not None:
                    merged[(found[0]["name"], found[0]["in"])] = found

        for (name, location), (parameter, where, is_global) in merged.items():
            if (
                name in client_wire
                and ext.x_ms_parameter_location(parameter, is_global) == "client"
            ):
                if location in ("query", "header", "path"):
                    client_parameters.append(name)
                continue
            if location == "body":
                body = self._body(parameter, where, consumes, method_name)
            elif location == "formData":
                form.append((parameter, where))
            elif (
                location in ("path", "query", "header")
                and _constant(parameter) is not None
            ):
                # A required single-value enum is no choice: the method sends it.
                constants.append((location, name, _wire_text(_constant(parameter))))
                if ext.x_ms_skip_url_encoding(parameter):
                    raw_names.add(name)
            elif location in ("path", "query", "header"):
                built = self._parameter(parameter, where, location)
                grouping = ext.x_ms_parameter_grouping(parameter)
                if grouping is not None and location != "path":
                    group_name, postfix = grouping
                    model = pascal_case(
                        group_name or f"{operation_id.replace('_', ' ')} {postfix}"
                    )
                    built = replace(built, group=model)
                parameters.append(built)
            else:
                self.diagnostics.error(
                    f"parameter location {location!r} is not one of path, query, header, body, formData",
                    where.file,
                    where.pointer,
                )

        path, constant_query = ext.x_ms_paths_key(path)
        for location, name, value in constants:
            if location == "path":
                path = path.replace(
                    "{" + name + "}",
                    value if name in raw_names else quote(value, safe=""),
                )
            elif location == "query" and all(k != name for k, _ in constant_query):
                # (a path key may carry the same constant: `?comp=list`)
                constant_query += ((name, value),)
        constant_headers = tuple(
            (name, value) for location, name, value in constants if location == "header"
        )
        template_names = {seg[1:-1] for seg in _template_names(path)}
        declared_path = {p.wire_name for p in parameters if p.location == "path"} | (
            template_names & client_wire
        )
        for missing in sorted(template_names - declared_path):
            self.diagnostics.error(
                f"path template names {{{missing}}} but no path parameter declares it",
                at.file,
                at.pointer,
            )
        for extra in sorted(declared_path - template_names):
            self.diagnostics.error(
                f"path parameter {extra!r} does not appear in the path {path!r}",
                at.file,
                at.pointer,
            )

        if form:
            body = self._form_body(form, consumes)

        names_taken = set(RESERVED_PARAMETER_NAMES)
        if body is not None:
            names_taken |= {p.python_name for p in body.flattened} | {
                f.python_name for f in body.form_fields
            }
            if not body.flattened and not body.form_fields:
                names_taken.add(body.python_name)
            if body.media_types:
                names_taken.add("content_type")
        renamed = unique_parameters(
            [(p.python_name, p.location) for p in parameters], names_taken
        )
        parameters = [_replace_param_name(p, n) for p, n in zip(parameters, renamed)]
        groups = self._parameter_groups(parameters, names_taken | set(renamed))

        self._check_examples(raw, at)
        successes, errors = self._responses(raw, at)
        returns = next((r.type for r in successes if r.type is not None), None)
        returns_binary = any(r.content == "binary" for r in successes)

        event_stream = self._event_stream(produces, parameters, returns)
        long_running = self._long_running(raw, at, path, http_method)
        if long_running is not None and any(r.content == "xml" for r in successes):
            self.diagnostics.warn(
                "a long-running operation with XML responses is not supported yet;"
                " its responses are read as JSON",
                at.file,
                at.pointer,
            )
        paging = self._paging(raw, at, returns)
        accept = ", ".join(str(p) for p in produces)
        repeatable = any(
            p.location == "header" and p.wire_name.lower() == "repeatability-request-id"
            for p in parameters
        )
        if repeatable:
            # The client fills them in (the same on every retry), unless given.
            parameters = [
                (
                    replace(
                        p,
                        required=False,
                        description=p.description
                        or "Filled in by the client (the same on every retry) unless given.",
                    )
                    if _is_repeatability(p)
                    else p
                )
                for p in parameters
            ]
        return Operation(
            operation_id=operation_id,
            method_name=("_" if ext.x_ms_internal(raw) else "")
            + python_identifier(
                method_name or http_method, "call", {"with_raw_response"}
            ),
            http_method=http_method.upper(),
            path=path,
            summary=_text(raw.get("summary")),
            description=_text(raw.get("description")),
            parameters=tuple(
                sorted(
                    parameters,
                    key=lambda p: (not (p.required and p.location == "path"),),
                )
            ),
            body=body,
            responses=tuple(successes),
            error_responses=tuple(errors),
            returns=None if returns_binary else returns,
            returns_binary=returns_binary,
            returns_text=any(r.content == "text" for r in successes),
            returns_xml=any(r.content == "xml" for r in successes),
            accept=accept,
            event_stream=event_stream,
            long_running=long_running,
            paging=paging,
            constant_query=constant_query,
            constant_headers=constant_headers,
            internal=ext.x_ms_internal(raw),
            parameter_groups=groups,
            exists_check=http_method == "head"
            and returns is None
            and not returns_binary
            and not any(r.status == "404" for r in errors),
            client_parameters=tuple(client_parameters),
            deprecated=bool(raw.get("deprecated")),
            repeatable=repeatable,
            raw_query=tuple(
                sorted(
                    {n for n in raw_names if any(k == n for k, _ in constant_query)}
                    | {
                        p.wire_name
                        for p in parameters
                        if p.location == "query" and p.skip_url_encoding
                    }
                )
            ),
        )

    def _check_examples(self, raw: dict[str, Any], at: Location) -> None:
        """Examples do not change the client; a missing file is worth a warning
        (tests replay them), and only that: they are not parsed here."""
        document = self.loader.document(at.file)
        for title, value in ext.x_ms_examples(raw):
            ref = value.get("$ref") if isinstance(value, dict) else None
            if not isinstance(ref, str) or "://" in ref or document is None:
                continue
            target = (document.path.parent / unquote(ref.partition("#")[0])).resolve()
            if not target.is_relative_to(self.loader.allowed_root):
                # Confined like a $ref: whether such a file exists is no
                # business of a spec (a warning would tell it).
                self.diagnostics.error(
                    f"x-ms-examples {title!r} refers to {ref}, outside the allowed"
                    f" folder {display_path(self.loader.allowed_root)}; move the"
                    " example below it, or pass --root DIR with a folder that holds both",
                    at.file,
                    at.child("x-ms-examples", title).pointer,
                )
            elif not target.is_file():
                self._missing_examples.append(
                    (title, ref, at.file, at.child("x-ms-examples", title).pointer)
                )

    def _report_missing_examples(self) -> None:
        """One warning per missing example file when there are few (or with
        --verbose); else one line for the client, naming the first."""
        missing = self._missing_examples
        if len(missing) <= 3 or self.diagnostics.verbose:
            for title, ref, file, pointer in missing:
                self.diagnostics.warn(
                    f"x-ms-examples {title!r} refers to {ref}, which does not exist;"
                    " that example is left out",
                    file,
                    pointer,
                )
            return
        title, ref, file, pointer = missing[0]
        self.diagnostics.warn(
            f"{len(missing)} x-ms-examples files do not exist (the first: {ref}, for"
            f" {title!r}); those examples are left out (--verbose lists each)",
            file,
            pointer,
        )

    def _parameter_groups(
        self, parameters: list[Parameter], taken: set[str]
    ) -> tuple[ParameterGroup, ...]:
        """A model per x-ms-parameter-grouping group (shared by every operation
        that names the same group), and the argument that carries it."""
        groups: list[ParameterGroup] = []
        for model_name in dict.fromkeys(p.group for p in parameters if p.group):
            members = [p for p in parameters if p.group == model_name]
            own = [
                Property(
                    p.wire_name, p.python_name, p.type, p.required, False, p.description
                )
                for p in members
            ]
            if model_name in self._models:
                # Shared by several operations: the model has every member of
                # any of them, required only where each of them requires it.
                own = _union_of_members(self._models[model_name].properties, own)
            else:
                self._class_names.add(model_name)
            self._models[model_name] = Model(
                name=model_name,
                description=f"Parameters passed together ({', '.join(p.wire_name for p in own)}).",
                properties=tuple(own),
                source="x-ms-parameter-grouping",
            )
            (argument,) = unique(
                [python_identifier(snake_case(model_name), "group")], taken
            )
            taken.add(argument)
            groups.append(
                ParameterGroup(argument, model_name, any(p.required for p in members))
            )
        return tuple(groups)

    def _parameter(
        self, parameter: dict[str, Any], at: Location, location: str
    ) -> Parameter:
        name = parameter["name"]
        python_name = python_identifier(
            snake_case(ext.x_ms_client_name(parameter) or name), "param"
        )
        required = bool(parameter.get("required")) or location == "path"
        return Parameter(
            wire_name=name,
            python_name=python_name,
            location=location,  # type: ignore[arg-type]
            type=self._schema_type(parameter, at, pascal_case(name)),
            required=required,
            description=_text(parameter.get("description")),
            skip_url_encoding=ext.x_ms_skip_url_encoding(parameter),
            default=parameter.get("default"),
            client_request_id=ext.x_ms_client_request_id(parameter),
            header_prefix=ext.x_ms_header_collection_prefix(parameter),
            client_default=(
                None if required else ext.x_ms_client_default_value(parameter)
            ),
        )

    def _body(
        self,
        parameter: dict[str, Any],
        at: Location,
        consumes: list[str],
        method_name: str,
    ) -> Body:
        schema = parameter.get("schema")
        body_type = self._schema_type(
            schema, at.child("schema"), pascal_case(method_name) + "Body"
        )
        encoding, content_type = _body_encoding([str(c) for c in consumes], body_type)
        if encoding == "binary":
            body_type = TypeRef("binary")
        flattened: tuple[Property, ...] = ()
        if (
            body_type.kind == "model"
            and not self._polymorphic(body_type.name)
            and not self._open(schema, at.child("schema"))
        ):
            # (A polymorphic body stays one argument, so that a subclass can
            # be sent where the spec names the base; so does one that allows
            # additional properties, which keyword arguments could not carry.)
            model = self._models[body_type.name]
            # A constant goes out by itself, and readOnly never goes out.
            flattened = tuple(
                p for p in model.properties if not p.read_only and p.constant is None
            )

        media_types: tuple[str, ...] = ()
        kinds = {media_kind(str(c)) for c in consumes}
        if len(kinds) > 1 and "xml" not in kinds:
            media_types = tuple(str(c) for c in consumes)
            flattened = ()
        constant = None
        if parameter.get("required") and encoding == "json" and not media_types:
            resolved = self.loader.deref(schema, at.child("schema"))
            if resolved is not None and isinstance(resolved[0], dict):
                values = resolved[0].get("enum")
                if isinstance(values, list) and len(values) == 1:
                    constant = (values[0],)
        return Body(
            media_types=media_types,
            constant=constant,
            encoding=encoding,
            wire_name=parameter["name"],
            python_name=python_identifier(
                snake_case(ext.x_ms_client_name(parameter) or parameter["name"]), "body"
            ),
            type=body_type,
            required=bool(parameter.get("required")),
            description=_text(parameter.get("description")),
            content_type=content_type,
            flattened=flattened,
            xml=(
                self._xml_info(schema, at.child("schema"))
                if encoding == "xml"
                else NO_XML
            ),
        )

    def _open(self, schema: Any, at: Location, depth: int = 0) -> bool:
        """Whether a schema, or one it is composed of (allOf), allows
        additional properties explicitly."""
        resolved = self.loader.deref(schema, at)
        if resolved is None or not isinstance(resolved[0], dict) or depth > 8:
            return False
        schema, at = resolved
        extra = schema.get("additionalProperties")
        if extra is True or isinstance(extra, dict):
            return True
        parts = schema.get("allOf")
        return isinstance(parts, list) and any(
            self._open(part, at.child("allOf", index), depth + 1)
            for index, part in enumerate(parts)
        )

    def _polymorphic(self, name: str) -> bool:
        """Whether a model, or a base of it, has a discriminator."""
        seen: set[str] = set()
        current: str | None = name
        while current is not None and current not in seen and current in self._models:
            seen.add(current)
            model = self._models[current]
            if model.discriminator is not None:
                return True
            current = model.base
        return False

    def _form_body(
        self, form: list[tuple[dict[str, Any], Location]], consumes: list[str]
    ) -> Body:
        fields = []
        for parameter, where in form:
            is_file = parameter.get("type") == "file"
            fields.append(
                FormField(
                    wire_name=parameter["name"],
                    python_name=python_identifier(
                        snake_case(
                            ext.x_ms_client_name(parameter) or parameter["name"]
                        ),
                        "field",
                    ),
                    type=(
                        TypeRef("binary")
                        if is_file
                        else self._schema_type(
                            parameter, where, pascal_case(parameter["name"])
                        )
                    ),
                    required=bool(parameter.get("required")),
                    description=_text(parameter.get("description")),
                    is_file=is_file,
                )
            )
        multipart = any(f.is_file for f in fields) or "multipart/form-data" in consumes
        return Body(
            encoding="multipart" if multipart else "form",  # type: ignore[arg-type]
            wire_name="",
            python_name="",
            type=None,
            required=any(f.required for f in fields),
            description="",
            content_type=(
                "multipart/form-data"
                if multipart
                else "application/x-www-form-urlencoded"
            ),
            form_fields=tuple(fields),
        )

    def _responses(
        self, raw: dict[str, Any], at: Location
    ) -> tuple[list[Response], list[Response]]:
        successes: list[Response] = []
        errors: list[Response] = []
        responses = raw.get("responses") or {}
        if not responses:
            self.diagnostics.error(
                "an operation needs at least one response", at.file, at.pointer
            )
        for status, value in responses.items():
            status = str(status)
            response_at = at.child("responses", status)
            resolved = self.loader.deref(value, response_at)
            if resolved is None:
                continue
            response, where = resolved
            if not isinstance(response, dict):
                continue
            schema = response.get("schema")
            response_type: TypeRef | None = None
            content = "empty"
            if schema is not None:
                response_type = self._schema_type(
                    schema, where.child("schema"), f"Response{status}"
                )
                content = "binary" if response_type.kind == "binary" else "json"
                if content == "binary":
                    response_type = None
                elif response_type.kind == "str" and _produces_text_only(
                    raw, self.root
                ):
                    content = "text"  # text/plain and friends: the body is the string
                elif _produces_xml_only(raw, self.root):
                    content = "xml"
            headers = tuple(
                ResponseHeader(
                    name,
                    self._schema_type(
                        h, where.child("headers", name), pascal_case(name)
                    ),
                    _text(h.get("description")),
                )
                for name, h in (response.get("headers") or {}).items()
                if isinstance(h, dict)
            )
            declared_error = ext.x_ms_error_response(response)
            # As AutoRest reads a spec: every status it lists is an answer the
            # operation returns (a 404 with its own model, a 300 with a list),
            # unless marked x-ms-error-response; `default` describes the errors.
            is_error = (
                declared_error if declared_error is not None else False
            ) or not status.isdigit()
            if is_error and content == "json" and _service_speaks_xml(raw, self.root):
                # A service's errors come in its own format, whatever the
                # operation returns when it succeeds (a download's errors are XML).
                content = "xml"
            result = Response(
                status,
                response_type,
                content,  # type: ignore[arg-type]
                headers,
                _text(response.get("description")),
                xml=(
                    self._xml_info(schema, where.child("schema"))
                    if content == "xml"
                    else NO_XML
                ),
            )
            if is_error:
                errors.append(result)
            else:
                successes.append(result)
        return successes, errors

    def _event_stream(
        self, produces: list[str], parameters: list[Parameter], returns: TypeRef | None
    ) -> EventStream | None:
        """An operation that produces text/event-stream and has a boolean `stream`
        query parameter streams events when it is true. Each event is an item of
        the JSON response's list (the `data` array of a list envelope)."""
        if "text/event-stream" not in produces:
            return None
        switch = next(
            (
                p
                for p in parameters
                if p.location == "query"
                and p.type.kind == "bool"
                and p.wire_name == "stream"
            ),
            None,
        )
        if switch is None or returns is None:
            return None
        item = returns.item if returns.kind == "list" else None
        if returns.kind == "model":
            lists = [
                p
                for p in self._models[returns.name].properties
                if p.type.kind == "list"
            ]
            if len(lists) == 1:
                item = lists[0].type.item
        return EventStream(switch.python_name, item) if item is not None else None

    def _long_running(
        self, raw: dict[str, Any], at: Location, path: str, http_method: str
    ) -> LongRunning | None:
        is_lro, via, final_schema = ext.x_ms_long_running_operation(raw)
        if not is_lro:
            return None
        final_via = via or (
            "original-uri" if http_method in ("put", "patch") else "operation-location"
        )
        if final_via not in (
            "operation-location",
            "azure-async-operation",
            "location",
            "original-uri",
        ):
            self.diagnostics.warn(
                f"final-state-via {final_via!r} is not one of operation-location, azure-async-operation,"
                " location, original-uri; using operation-location",
                at.file,
                at.child("x-ms-long-running-operation-options").pointer,
            )
            final_via = "operation-location"
        if final_schema is not None:
            # The spec says what the operation ends with: no guessing needed.
            options_at = at.child("x-ms-long-running-operation-options")
            final_type = self._schema_type(
                {"$ref": final_schema},
                options_at.child("final-state-schema"),
                "FinalState",
            )
            return LongRunning(final_via, final_type, via is not None)  # type: ignore[arg-type]
        # The final type is settled once every operation exists (see _with_status_monitors).
        return LongRunning(final_via, None, via is not None)  # type: ignore[arg-type]

    def _paging(
        self, raw: dict[str, Any], at: Location, returns: TypeRef | None
    ) -> Paging | None:
        spec = ext.x_ms_pageable(raw)
        if spec is None:
            return None
        item: TypeRef | None = None
        item_name = spec.item_name
        if returns is not None and returns.kind == "model":
            arrays = [
                p
                for p in self._models[returns.name].properties
                if p.type.kind == "list"
            ]
            named = [p for p in arrays if p.wire_name == item_name]
            if not named and len(arrays) == 1:
                # The spec names the wrong property; its only array is the page.
                self.diagnostics.warn(
                    f"x-ms-pageable names items {item_name!r}, but the response has no"
                    f" such array; its only array, {arrays[0].wire_name!r}, is read as"
                    " the items of each page",
                    at.file,
                    at.child("x-ms-pageable").pointer,
                )
                named, item_name = arrays, arrays[0].wire_name
            if named:
                item = named[0].type.item
        elif returns is not None and returns.kind == "list":
            item = returns.item
        if item is None:
            self.diagnostics.warn(
                f"x-ms-pageable names items {spec.item_name!r}, but the response has no such"
                " array; the operation returns its response as one page",
                at.file,
                at.child("x-ms-pageable").pointer,
            )
            return None
        next_method = "GET"
        next_operation = ""
        if spec.operation_name:
            found = self._http_method_of(spec.operation_name)
            next_method = found or "GET"
            if found is not None and spec.operation_name != raw.get("operationId"):
                next_operation = spec.operation_name
        return Paging(item_name, spec.next_link_name, item, next_method, next_operation)

    def _http_method_of(self, operation_id: str) -> str | None:
        items = [
            *(self.root.get("paths") or {}).values(),
            *(self.root.get("x-ms-paths") or {}).values(),
        ]
        for item in items:
            if isinstance(item, dict):
                for method, operation in item.items():
                    if (
                        isinstance(operation, dict)
                        and operation.get("operationId") == operation_id
                    ):
                        return method.upper()
        return None

    def _credential_scopes(self) -> tuple[str, ...]:
        """Scopes an oauth2 security definition lists, for token credentials."""
        scopes: list[str] = []
        host = self.root.get("host")
        for scheme in (self.root.get("securityDefinitions") or {}).values():
            if isinstance(scheme, dict) and scheme.get("type") == "oauth2":
                for scope in map(str, scheme.get("scopes") or {}):
                    if "://" not in scope and isinstance(host, str) and host:
                        # A bare scope (resource-manager specs say
                        # `user_impersonation`) is no token scope: Microsoft
                        # Entra ID wants the resource's, as Azure SDKs ask.
                        scope = f"https://{host}/.default"
                    if scope not in scopes:
                        scopes.append(scope)
        return tuple(scopes)

    def _api_key(self) -> ApiKeyAuth | None:
        at = self.root_location.child("securityDefinitions")
        for name, scheme in (self.root.get("securityDefinitions") or {}).items():
            if (
                isinstance(scheme, dict)
                and scheme.get("type") == "apiKey"
                and scheme.get("in") in ("header", "query")
            ):
                wire = str(scheme.get("name") or name)
                if not (
                    is_header_name(wire)
                    if scheme["in"] == "header"
                    else wire != "" and one_line(wire) == wire
                ):
                    self.diagnostics.error(
                        f"the API key's name {wire!r} cannot be sent in a {scheme['in']}"
                        " (a header name is letters, digits and !#$%&'*+-.^_`|~ only;"
                        " a query name has no control characters); fix the name",
                        at.file,
                        at.child(name, "name").pointer,
                    )
                    return None
                return ApiKeyAuth(
                    wire,
                    scheme["in"],
                    _text(scheme.get("description")),
                )
        return None


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


def _is_repeatability(parameter: Parameter) -> bool:
    return parameter.location == "header" and parameter.wire_name.lower() in (
        "repeatability-request-id",
        "repeatability-first-sent",
    )


def _with_subtypes(models: dict[str, Model]) -> tuple[Model, ...]:
    """Give every model with a discriminator the classes its values stand for:
    each subclass (direct or not) by its x-ms-discriminator-value or name."""
    result = []
    for model in models.values():
        if model.discriminator is None:
            result.append(model)
            continue
        subtypes = []
        for other in models.values():
            ancestor = other.base
            while ancestor is not None and ancestor != model.name:
                ancestor = models[ancestor].base if ancestor in models else None
            if ancestor == model.name:
                subtypes.append((other.discriminator_value or other.name, other.name))
        result.append(replace(model, subtypes=tuple(sorted(subtypes))))
    return tuple(result)


def _read_only_optional_where_sent(
    models: tuple[Model, ...], groups: tuple[OperationGroup, ...]
) -> tuple[Model, ...]:
    """A read-only property is never required to build a model that requests
    send (the service sets it; a caller has no value for it): in every model
    a request body can hold (nested, in lists and maps, its bases and
    subtypes), `readOnly` and `required` together mean optional."""
    by_name = {m.name: m for m in models}
    pending = [
        op.body.type
        for group in groups
        for op in group.operations
        if op.body is not None and op.body.type is not None
    ]
    sent: set[str] = set()
    while pending:
        t = pending.pop()
        if t.item is not None:
            pending.append(t.item)
        model = by_name.get(t.name) if t.kind == "model" else None
        if model is None or model.name in sent:
            continue
        sent.add(model.name)
        pending += [p.type for p in model.properties]
        pending += [TypeRef("model", name) for _, name in model.subtypes]
        if model.base is not None:
            pending.append(TypeRef("model", model.base))
    return tuple(
        (
            replace(
                model,
                properties=tuple(
                    replace(p, required=False) if p.read_only and p.required else p
                    for p in model.properties
                ),
            )
            if model.name in sent
            else model
        )
        for model in models
    )


def _is_global(where: Location) -> bool:
    """Whether a parameter lives in a `parameters` section (of any file)."""
    parts = where.pointer.split("/")
    return len(parts) == 3 and parts[1] == "parameters"


def _with_status_monitors(
    grouped: dict[str, list[Operation]],
) -> dict[str, list[Operation]]:
    """Give each long-running operation the type its polling ends with.

    With final-state-via `operation-location`, the final answer is the status
    monitor's body. Swagger 2.0
    cannot say which operation serves that monitor, so the rule is Azure's
    layout: a GET under `/operations/` ending in a path parameter whose path
    shares a word with the long-running operation's path (`/images/...` and
    `/operations/images/{operation-id}`). No unique match: the final result is
    the operation's own response type.
    """
    monitors = [
        o
        for ops in grouped.values()
        for o in ops
        if o.http_method == "GET"
        and "operations" in o.path.split("/")
        and o.path.rstrip("/").endswith("}")
    ]

    def words(path: str) -> set[str]:
        return {
            w.lower()
            for s in path.split("/")
            if not s.startswith("{")
            for w in split_words(s)
        } - {"operations"}

    def settle(operation: Operation) -> Operation:
        lro = operation.long_running
        if lro is None or lro.final_type is not None:  # none, or final-state-schema
            return operation
        final_type = operation.returns
        if lro.final_state_via == "operation-location":
            matches = [m for m in monitors if words(m.path) & words(operation.path)]
            if len(matches) == 1 and matches[0].returns is not None:
                final_type = matches[0].returns
        return replace(operation, long_running=replace(lro, final_type=final_type))

    return {group: [settle(o) for o in ops] for group, ops in grouped.items()}


def _is_object(schema: dict[str, Any]) -> bool:
    if "enum" in schema or schema.get("format") == "file":
        return False
    if schema.get("type") == "object":
        return (
            bool(schema.get("properties") or schema.get("allOf"))
            or "additionalProperties" not in schema
        )
    return schema.get("type") is None and bool(
        schema.get("properties") or schema.get("allOf")
    )


def _produces(operation: dict[str, Any], root: dict[str, Any]) -> list[str]:
    """The operation's media types: its own `produces`, else the document's."""
    return [str(p) for p in operation.get("produces") or root.get("produces") or []]


def _produces_text_only(operation: dict[str, Any], root: dict[str, Any]) -> bool:
    produces = _produces(operation, root)
    return bool(produces) and all(p.startswith("text/") for p in produces)


def _produces_xml_only(operation: dict[str, Any], root: dict[str, Any]) -> bool:
    """XML answers: the operation produces XML and no JSON."""
    return _xml_not_json(_produces(operation, root))


def _service_speaks_xml(operation: dict[str, Any], root: dict[str, Any]) -> bool:
    """XML is what the operation or the whole service produces, JSON is not."""
    return _xml_not_json(
        [
            str(p)
            for p in [*(operation.get("produces") or []), *(root.get("produces") or [])]
        ]
    )


def _xml_not_json(media_types: list[str]) -> bool:
    return any(_is_xml(m) for m in media_types) and not any(
        _is_json(m) for m in media_types
    )


def _is_json(media_type: str) -> bool:
    return "json" in media_type.lower()


def _is_xml(media_type: str) -> bool:
    essence = media_type.split(";")[0].strip().lower()
    return essence in ("application/xml", "text/xml") or essence.endswith("+xml")


def _body_encoding(consumes: list[str], body_type: TypeRef) -> tuple[str, str]:
    """How a body parameter is sent, and its Content-Type. JSON wins where the
    operation accepts it; a string for a media type that is neither JSON, XML
    nor text is bytes."""
    json_types = [c for c in consumes if _is_json(c)]
    if body_type.kind == "binary":
        # Bytes sent as they are, labelled with the operation's media type (a
        # JSON one only when that is all it accepts: the bytes are JSON text).
        others = [c for c in consumes if not _is_json(c)]
        return "binary", (others or consumes or ["application/octet-stream"])[0]
    if json_types:
        return "json", json_types[0]
    xml_types = [c for c in consumes if _is_xml(c)]
    if xml_types:
        return "xml", xml_types[0]
    if body_type.kind == "str" and consumes:
        return ("text" if consumes[0].startswith("text/") else "binary"), consumes[0]
    return "json", consumes[0] if consumes else "application/json"


def _constant(parameter: dict[str, Any]) -> Any:
    """The value of a required parameter whose enum allows one value, else None."""
    values = parameter.get("enum")
    if parameter.get("required") and isinstance(values, list) and len(values) == 1:
        return values[0]
    return None


# Formats whose values are not plain strings: an `enum` beside them lists
# allowed values of that type (dates, bytes), and makes no enum class.
_NON_STRING_FORMATS = frozenset(
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


def _inline_single_value(schema: dict[str, Any], named: bool) -> bool:
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


def _uses_ms_extensions(document: Any, depth: int = 0) -> bool:
    """Whether a document uses Microsoft's x-ms-* extensions anywhere (stops at
    the first)."""
    if depth > 64:
        return False
    if isinstance(document, dict):
        for key, value in document.items():
            if isinstance(key, str) and key.startswith("x-ms-"):
                return True
            if isinstance(value, (dict, list)) and _uses_ms_extensions(
                value, depth + 1
            ):
                return True
    elif isinstance(document, list):
        return any(
            isinstance(item, (dict, list)) and _uses_ms_extensions(item, depth + 1)
            for item in document
        )
    return False


def _wire_text(value: Any) -> str:
    """A constant as the path, query or header carries it: JSON's spelling of
    booleans and null, not Python's."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    return str(value)


def _template_names(path: str) -> list[str]:
    return re.findall(r"\{[^{}]*\}", path)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _replace_param_name(parameter: Parameter, name: str) -> Parameter:
    return replace(parameter, python_name=name)


def _replace_method_name(operation: Operation, name: str) -> Operation:
    return replace(operation, method_name=name)
