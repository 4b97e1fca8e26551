"""Request bodies (JSON, XML, forms, binary, several media types) and
responses (results, errors, headers), read from `consumes`/`produces`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..load import Location
from . import extensions as ext
from .json_schema import as_text, required_constant
from .model import (
    NO_XML,
    Body,
    BodyEncoding,
    FormField,
    Property,
    Response,
    ResponseHeader,
    TypeRef,
    media_kind,
)
from .names import (
    pascal_case,
    python_identifier,
    snake_case,
)
from .parameters import (
    NAMED_SCHEMA,
    OBJECT_STYLE,
    OTHER_MEDIA,
    PART_TYPE,
    ParameterBuilder,
    _wire_text,
)
from .reserved import RESERVED_PARAMETER_NAMES
from .xml_info import xml_info


class BodyBuilder(ParameterBuilder):
    """Request bodies (JSON, XML, forms, binary, several media types) and"""

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
        if "*" in content_type:
            # A wildcard says the service takes anything; a request names
            # what it sends.
            content_type = _CONCRETE.get(encoding, "application/octet-stream")
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
            if any(p.python_name in RESERVED_PARAMETER_NAMES for p in flattened):
                flattened = ()  # a field named like `timeout` keeps the body whole

        media_types: tuple[str, ...] = ()
        kinds = {media_kind(str(c)) for c in consumes}
        if len(kinds) > 1 and "xml" not in kinds:
            media_types = tuple(str(c) for c in consumes)
            flattened = ()
        elif encoding in ("binary", "text") and _a_choice(
            [str(c) for c in consumes if media_kind(str(c)) == encoding]
        ):
            # Bytes of several types (image/png, image/jpeg) or of a range
            # (*/*, image/*): which one a request carries is the caller's to say.
            media_types = tuple(str(c) for c in consumes)
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
            python_name=_free(
                python_identifier(
                    snake_case(ext.x_ms_client_name(parameter) or parameter["name"]),
                    "body",
                ),
                "_body",
            ),
            type=body_type,
            required=bool(parameter.get("required")),
            description=as_text(parameter.get("description")),
            content_type=content_type,
            flattened=flattened,
            xml=(
                xml_info(self.loader, self.diagnostics, schema, at.child("schema"))
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
            items = parameter.get("items")
            # (an array of files: OpenAPI 3's multipart, each file a part)
            files = (
                parameter.get("type") == "array"
                and isinstance(items, dict)
                and items.get("type") == "file"
            )
            is_file = files or parameter.get("type") == "file"
            constant = None if is_file else required_constant(parameter)
            python_name = _free(
                python_identifier(
                    snake_case(ext.x_ms_client_name(parameter) or parameter["name"]),
                    "field",
                ),
                "_field",
            )
            fields.append(
                FormField(
                    wire_name=parameter["name"],
                    python_name=python_name,
                    type=(
                        TypeRef("list", item=TypeRef("binary"))
                        if files
                        else (
                            TypeRef("binary")
                            if is_file
                            else self._schema_type(
                                parameter.get(NAMED_SCHEMA, parameter),
                                where,
                                pascal_case(parameter["name"]),
                            )
                        )
                    ),
                    required=bool(parameter.get("required")),
                    description=as_text(parameter.get("description")),
                    is_file=is_file,
                    constant=None if constant is None else _wire_text(constant),
                    style=str(parameter.get(OBJECT_STYLE) or ""),
                    content_type=str(parameter.get(PART_TYPE) or ""),
                )
            )
        multipart = any(f.is_file for f in fields) or "multipart/form-data" in consumes
        return Body(
            encoding="multipart" if multipart else "form",
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
            response = self._response_view(response, where)
            if not isinstance(response, dict):
                continue
            schema = response.get("schema")
            response_type: TypeRef | None = None
            content = "empty"
            if schema is not None:
                owner = pascal_case(str(raw.get("operationId") or ""))
                response_type = self._schema_type(
                    schema,
                    where.child("schema"),
                    f"{owner}Response"
                    + (
                        ""
                        if status.startswith("2") or not owner
                        else pascal_case(status)
                    ),
                )
                content = "binary" if response_type.kind == "binary" else "json"
                if content == "binary":
                    response_type = None
                else:
                    media_types = _response_media(response) or _produces(raw, self.root)
                    if response_type.kind == "str" and _text_only(media_types):
                        content = "text"  # text/plain and friends: the string
                    elif _xml_not_json(media_types):
                        content = "xml"
            headers = tuple(
                ResponseHeader(
                    name,
                    self._schema_type(
                        h, where.child("headers", name), pascal_case(name)
                    ),
                    as_text(h.get("description")),
                )
                for name, h in (response.get("headers") or {}).items()
                if isinstance(h, dict)
            )
            declared_error = ext.x_ms_error_response(response)
            # As AutoRest reads an Azure spec: every status it lists is an
            # answer the operation returns (a 404 with its own model, a 300
            # with a list), unless marked x-ms-error-response; `default`
            # describes the errors. Other specs list their 4xx and 5xx answers
            # to describe errors: those raise (with their model).
            is_error = (
                declared_error
                if declared_error is not None
                else not self.listed_errors_are_results and status[:1] in ("4", "5")
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
                as_text(response.get("description")),
                xml=(
                    xml_info(
                        self.loader, self.diagnostics, schema, where.child("schema")
                    )
                    if content == "xml"
                    else NO_XML
                ),
                nullable=response_type is not None
                and (
                    ext.x_nullable(schema)
                    or self._nullable_definition(schema, where.child("schema"))
                ),
                other_media=tuple(str(m) for m in response.get(OTHER_MEDIA) or ()),
            )
            if is_error:
                errors.append(result)
            else:
                successes.append(result)
        default = next((r for r in errors if r.status == "default"), None)
        if not successes and default is not None and not self.listed_errors_are_results:
            # OpenAPI: `default` describes every answer the operation does not
            # list; with no success listed, the successes too (fec.gov lists
            # `default` alone). Read as 2XX is (200-203); other statuses stay
            # errors of its model. (Azure's documents list their successes:
            # their `default` is the error, as AutoRest reads it.)
            successes = [replace(default, status=str(s)) for s in range(200, 204)]
        return successes, errors


def _produces(operation: dict[str, Any], root: dict[str, Any]) -> list[str]:
    """The operation's media types: its own `produces`, else the document's."""
    return [str(p) for p in operation.get("produces") or root.get("produces") or []]


def _response_media(response: dict[str, Any]) -> list[str]:
    """The answer's own media types, where its format gives each answer its
    own (OpenAPI 3's `content`, as its view lists them)."""
    produces = response.get("produces")
    return [str(p) for p in produces] if isinstance(produces, list) else []


def _a_choice(media_types: list[str]) -> bool:
    return len(set(media_types)) > 1 or any("*" in m for m in media_types)


def _text_only(media_types: list[str]) -> bool:
    return bool(media_types) and all(media_kind(p) == "text" for p in media_types)


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
    return media_kind(media_type) == "json"


def _is_xml(media_type: str) -> bool:
    essence = media_type.split(";")[0].strip().lower()
    return essence in ("application/xml", "text/xml") or essence.endswith("+xml")


_CONCRETE = {
    "json": "application/json",
    "xml": "application/xml",
    "text": "text/plain",
}


def _body_encoding(consumes: list[str], body_type: TypeRef) -> tuple[BodyEncoding, str]:
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
        text = media_kind(consumes[0]) == "text"
        return ("text" if text else "binary"), consumes[0]
    return "json", consumes[0] if consumes else "application/json"


def _free(name: str, suffix: str) -> str:
    """An argument name that is not one a method keeps for itself."""
    return name + suffix if name in RESERVED_PARAMETER_NAMES else name
