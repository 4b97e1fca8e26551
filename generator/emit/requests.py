"""How an operation method sends its request: the parameters it declares
(and their docs), and the statements that build its `RequestSpec` from its
arguments. Every kind of method (`operations`: plain, paging, long-running,
download, event stream) declares these and begins its body with them."""

from __future__ import annotations

from typing import Any

from ..ir.model import Body, FormField, Operation, Parameter, TypeRef, media_kind
from .docstrings import default_note
from .expressions import TypeExpressions
from .layout import (
    Collection,
    assignment_lines,
    bracket_lines,
    call_lines,
    value_lines,
)
from .literals import literal_type, py_literal, py_str
from .xml_shapes import XmlShapes

BODY_INDENT = 8  # a method body
FIELD_INDENT = 12  # an argument of the RequestSpec(...) call in a method body


def declarations(
    op: Operation, t: TypeExpressions
) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """Positional and keyword-only parameter declarations, and their docs."""
    positional: list[str] = []
    required_kw: list[str] = []
    optional_kw: list[str] = []
    docs: list[tuple[str, str]] = []
    for p in op.parameters:
        if p.location == "path":
            positional.append(f"{p.python_name}: {t.annotation(p.type)}")
            docs.append((p.python_name, p.description))
    body = op.body
    if body is not None:
        if body.flattened:
            loose = _loose(body)
            for prop in body.flattened:
                if _is_switch(op, prop.python_name):
                    continue  # the event-stream switch: its own overloads
                decl = f"{prop.python_name}: {t.declaration(prop)}"
                if loose and prop.required:
                    # The body may be left out, so no field of it is required.
                    decl = (
                        f"{prop.python_name}: {t.annotation(prop.type)} | None = None"
                    )
                    optional_kw.append(decl)
                    docs.append(
                        (prop.python_name, prop.description + default_note(prop))
                    )
                    continue
                (required_kw if prop.required else optional_kw).append(decl)
                docs.append((prop.python_name, prop.description + default_note(prop)))
        elif body.form_fields:
            for f in body.form_fields:
                if f.constant is not None:
                    continue  # sent by the method itself
                annotation = (
                    t.annotation(f.type)
                    if not f.is_file
                    else (
                        "_pipeline.FileInputs"
                        if f.type.kind == "list"
                        else "_pipeline.FileInput"
                    )
                )
                decl = f"{f.python_name}: {annotation}"
                (required_kw if f.required else optional_kw).append(
                    decl if f.required else f"{decl} | None = None"
                )
                docs.append((f.python_name, f.description))
        elif body.constant is not None:
            pass  # sent by the method itself
        elif body.media_types and body.type is not None:
            annotation = _negotiated_annotation(body, t)
            decl = f"{body.python_name}: {annotation}"
            (required_kw if body.required else optional_kw).append(
                decl if body.required else f"{decl} | None = None"
            )
            docs.append((body.python_name, body.description))
            required_kw, optional_kw = _content_type_argument(
                body.media_types, required_kw, optional_kw
            )
            docs.append(("content_type", _content_type_doc(body.media_types)))
        elif body.type is not None:
            annotation = (
                "_pipeline.FileContent"
                if body.encoding == "binary"
                else t.annotation(body.type)
            )
            decl = f"{body.python_name}: {annotation}"
            (required_kw if body.required else optional_kw).append(
                decl if body.required else f"{decl} | None = None"
            )
            docs.append((body.python_name, body.description))
    for p in op.parameters:
        if p.location == "path" or p.group is not None:
            continue
        if op.event_stream is not None and p.python_name == op.event_stream.parameter:
            continue
        annotation = t.annotation(p.type)
        if p.header_prefix is not None:
            annotation = "Mapping[str, str]"  # any mapping: only read
        decl = f"{p.python_name}: {annotation}"
        if p.required:
            required_kw.append(decl)
        elif p.client_default is not None:
            optional_kw.append(f"{decl} | None = {py_literal(p.client_default)}")
        else:
            optional_kw.append(f"{decl} | None = None")
        docs.append((p.python_name, p.description + default_note(p)))
    for group in op.parameter_groups:
        decl = f"{group.python_name}: _models.{group.model}"
        if group.required:
            required_kw.append(decl)
        else:
            optional_kw.append(f"{decl} | None = None")
        members = ", ".join(
            p.python_name for p in op.parameters if p.group == group.model
        )
        docs.append((group.python_name, f"The grouped parameters {members}."))
    return positional, required_kw + optional_kw, docs


def request_lines(
    op: Operation,
    t: TypeExpressions,
    xml: XmlShapes,
    extra_fields: tuple[str, ...] = (),
) -> list[str]:
    """The statements that build `_spec`, relative to the method body."""
    lines: list[str] = []
    if op.deprecated:
        lines += call_lines(
            "warnings.warn",
            [
                py_str(f"{op.operation_id} is deprecated by the service"),
                "DeprecationWarning",
                "stacklevel=2",
            ],
            "",
            BODY_INDENT,
        )
    required = [
        p.python_name
        for p in op.parameters
        if p.required and p.group is None and p.client_default is None
    ]
    if required:
        lines += call_lines(
            "_pipeline.require", [f"{n}={n}" for n in required], "", BODY_INDENT
        )
    for group in op.parameter_groups:
        # x-ms-parameter-grouping: take the grouped values out of their model.
        for p in op.parameters:
            if p.group != group.model:
                continue
            value = f"{group.python_name}.{p.python_name}"
            if group.required:
                lines.append(f"{p.python_name} = {value}")
            else:
                lines.append(
                    f"{p.python_name} = None if {group.python_name} is None else {value}"
                )
    query = [p for p in op.parameters if p.location == "query"]
    headers = [p for p in op.parameters if p.location == "header"]
    if query or op.constant_query:
        constants = ", ".join(
            f"({py_str(k)}, {py_str(v)})" for k, v in op.constant_query
        )
        lines.append(f"_query: list[tuple[str, str]] = [{constants}]")
        lines += _conditional_adds(query, "_query.append", "({wire}, {value})", t)
    if headers or op.constant_headers:
        constants = ", ".join(
            f"{py_str(k)}: {py_str(v)}" for k, v in op.constant_headers
        )
        lines.append(f"_headers: dict[str, str] = {{{constants}}}")
        lines += _conditional_adds(headers, "_headers[{wire}] = ", "{value}", t)
    cookies = [p for p in op.parameters if p.location == "cookie"]
    if cookies:
        # Spelled as a query's pairs; the runtime joins them into `Cookie`.
        lines.append("_cookies: list[tuple[str, str]] = []")
        lines += _conditional_adds(cookies, "_cookies.append", "({wire}, {value})", t)
    body = op.body
    if body is not None and body.flattened and body.type is not None and _loose(body):
        # An optional body with required fields: built only from the
        # arguments given (a missing required one is the model's TypeError).
        lines.append("_fields: dict[str, Any] = {}")
        for prop in body.flattened:
            unset = "_serde.UNSET" if prop.nullable and not prop.required else "None"
            lines += [
                f"if {prop.python_name} is not {unset}:",
                f"    _fields[{py_str(prop.python_name)}] = {prop.python_name}",
            ]
        built = f"_models.{body.type.name}(**_fields)"
        value = f"{built} if _fields else None"
        lines += assignment_lines(
            "_body", value, value, BODY_INDENT, (built, "if _fields", "else None")
        )
    elif body is not None and body.flattened and body.type is not None:
        arguments = [
            (
                # The switch is `bool | None`; a nullable field leaves None
                # for "send null", so "not given" is UNSET there.
                f"{p.python_name}=_serde.UNSET if {p.python_name} is None else {p.python_name}"
                if _is_switch(op, p.python_name) and p.nullable and not p.required
                else f"{p.python_name}={p.python_name}"
            )
            for p in body.flattened
        ]
        lines += call_lines(
            f"_body = _models.{body.type.name}", arguments, "", BODY_INDENT
        )

    # Each field: a plain "name=value" or a call to lay out, (head, arguments).
    fields: list[str | tuple[str, Any]] = [f"method={py_str(op.http_method)}"]
    path_params = [p for p in op.parameters if p.location == "path"]
    if path_params:
        values = Collection(
            "{",
            tuple(
                (f"{py_str(p.wire_name)}: ", Collection("(", _path_value(t, p), ")"))
                for p in path_params
            ),
            "}",
        )
        fields.append(("path=_pipeline.format_path", [py_str(op.path), values]))
    else:
        fields.append(f"path={py_str(op.path)}")
    if query or op.constant_query:
        fields.append("query=_query")
    if op.raw_query:
        fields.append(f"raw_query={py_literal(tuple(op.raw_query))}")
    if op.repeatable:
        fields.append("repeatable=True")
    if headers or op.constant_headers:
        fields.append("headers=_headers")
    if cookies:
        fields.append("cookies=_cookies")
    if op.client_parameters:
        fields.append(
            (
                "client_parameters=",
                Collection("(", tuple(py_str(n) for n in op.client_parameters), ")"),
            )
        )
    if body is not None and body.constant is not None:
        fields += [f"json={py_literal(body.constant[0])}", "has_json=True"]
        fields.append(f"content_type={py_str(body.content_type)}")
    elif body is not None and body.media_types:
        pass  # negotiated once the spec exists (see below)
    elif body is not None and body.encoding in ("json", "xml"):
        if body.flattened:
            value = "_body.to_dict(exclude_readonly=True)"
            if _loose(body):
                value = f"None if _body is None else {value}"
        elif body.type is not None:
            value = t.to_wire(body.type, body.python_name, exclude="True")
        else:
            value = body.python_name
        root = xml.body_root(op)
        if root is not None:
            if body.required:
                fields.append(f"content=_xml_shapes.{root}.dumps({value})")
            elif body.flattened:
                # An optional body is sent only when some argument was given.
                lines.append(f"_payload = {value}")
                fields.append(
                    f"content=_xml_shapes.{root}.dumps(_payload) if _payload else None"
                )
            else:
                lines.append(
                    f"_payload = None if {body.python_name} is None"
                    f" else _xml_shapes.{root}.dumps({value})"
                )
                fields.append("content=_payload")
        elif body.required:
            fields += [f"json={value}", "has_json=True"]
        elif body.flattened:
            # An optional body is sent only when some argument was given.
            lines.append(f"_payload = {value}")
            fields += ["json=_payload", "has_json=bool(_payload)"]
        else:
            lines.append(f"_payload = None if {body.python_name} is None else {value}")
            fields += ["json=_payload", "has_json=_payload is not None"]
        fields.append(f"content_type={py_str(body.content_type)}")
    elif body is not None and body.encoding in ("binary", "text"):
        value = body.python_name
        if body.encoding == "text":
            value = f'{body.python_name}.encode("utf-8")'
            if not body.required:
                value = f"None if {body.python_name} is None else {value}"
        fields.append(f"content={value}")
        fields.append(f"content_type={py_str(body.content_type)}")
    elif body is not None:
        form = [f for f in body.form_fields if not f.is_file]
        files = [f for f in body.form_fields if f.is_file]
        for name, part, value_of in (
            ("form", form, lambda f: _form_value(t, f, body.encoding == "multipart")),
            ("files", files, _file_value),
        ):
            if not part:
                continue
            entries = (
                "{"
                + ", ".join(f"{py_str(f.wire_name)}: {value_of(f)}" for f in part)
                + "}"
            )
            if any(not f.required for f in part):
                fields.append((f"{name}=_pipeline.drop_none", [entries]))
            else:
                fields.append(f"{name}={entries}")
        if body.encoding == "multipart" and form:
            # (the runtime sends fields without a file as multipart too)
            fields.append(f"content_type={py_str(body.content_type)}")
        part_types = [f for f in body.form_fields if f.content_type]
        if body.encoding == "multipart" and part_types:
            entries = ", ".join(
                f"{py_str(f.wire_name)}: {py_str(f.content_type)}" for f in part_types
            )
            fields.append(f"part_types={{{entries}}}")
    fields.append(f"accept={py_str(op.accept)}")
    fields.append(f"expected={py_literal(op.success_statuses)}")
    errors = error_model(op)
    if errors:
        fields.append(f"error_model=_models.{errors}.from_dict")
    own_errors = [
        f"{r.status}: {t.response_converter(r.type)[0]}"
        for r in op.error_responses
        if r.status.isdigit() and r.type is not None and r.content == "json"
    ]
    if own_errors:
        fields.append(("error_models=", Collection("{", tuple(own_errors), "}")))
    error_root = xml.error_root(op)
    if error_root:
        fields.append(f"error_body=_xml_shapes.{error_root}.loads")
    fields += extra_fields
    declared = {
        int(r.status): {h.wire_name: h.kind for h in r.headers}
        for r in op.responses
        if r.headers and r.status.isdigit()
    }
    lines.append("_spec = _pipeline.RequestSpec(")
    for field in fields:
        if isinstance(field, tuple) and isinstance(field[1], Collection):
            laid = value_lines(field[0], field[1], ",", FIELD_INDENT)
        elif isinstance(field, tuple):
            laid = call_lines(field[0], field[1], ",", FIELD_INDENT)
        else:
            laid = bracket_lines(field, ",", FIELD_INDENT)
        lines += ["    " + line for line in laid]
    if declared:
        # Exploded by its trailing comma, so black keeps it as written.
        lines.append("    declared_headers={")
        for status, by_name in declared.items():
            kinds = Collection(
                "{",
                tuple(f"{py_str(k)}: {py_str(v)}" for k, v in by_name.items()),
                "}",
            )
            lines += [
                "        " + line
                for line in value_lines(f"{status}: ", kinds, ",", FIELD_INDENT + 4)
            ]
        lines.append("    },")
    lines.append(")")
    if body is not None and body.media_types:
        offered = py_literal(tuple(body.media_types))
        lines += call_lines(
            "_pipeline.negotiate_body",
            ["_spec", body.python_name, "content_type", offered],
            "",
            BODY_INDENT,
        )
    return lines


def _loose(body: Body) -> bool:
    """An optional flattened body with required fields (see request_lines)."""
    return not body.required and any(
        p.required and p.constant is None for p in body.flattened
    )


def _content_type_argument(
    media_types: tuple[str, ...], required_kw: list[str], optional_kw: list[str]
) -> tuple[list[str], list[str]]:
    """`content_type`: one of the types listed, or any type where the spec
    gives a range (`*/*`, `image/*`); required where no type it offers can
    be sent as it is named (only ranges such as `image/*`)."""
    if any("*" in m for m in media_types):
        if not any(_sendable(m) for m in media_types):
            return [*required_kw, "content_type: str"], optional_kw
        return required_kw, [*optional_kw, "content_type: str | None = None"]
    return required_kw, [
        *optional_kw,
        f"content_type: {literal_type(media_types)} | None = None",
    ]


def _sendable(media_type: str) -> bool:
    """A listed type a request can carry by default: a concrete one, or a
    range the runtime names a type for (keep in step with
    `_pipeline._concrete`: `*/*` is application/octet-stream)."""
    essence = media_type.split(";")[0].strip().lower()
    return (
        "*" not in essence
        or essence in ("*/*", "application/*", "text/*")
        or essence.endswith("+json")
    )


def _content_type_doc(media_types: tuple[str, ...]) -> str:
    if any("*" in m for m in media_types):
        return (
            "The media type of the body (the service takes "
            + ", ".join(f"`{m}`" for m in media_types)
            + ")"
            + (
                "; by default, one that suits the value."
                if any(_sendable(m) for m in media_types)
                else "."
            )
        )
    return (
        "The media type to send the body as; by default, one that"
        " suits the value (bytes or a file: binary, str: text, else JSON)."
    )


def _negotiated_annotation(body: Body, t: TypeExpressions) -> str:
    """What a body sent as one of several media types may be: the schema's
    type for JSON (bytes where the schema is binary), bytes or a file for
    binary types, str for text types."""
    kinds = {media_kind(m) for m in body.media_types}
    parts: list[str] = []
    assert body.type is not None
    if body.type.kind == "binary":
        parts.append("_pipeline.FileContent")
    else:
        parts.append(t.annotation(body.type))
        if "binary" in kinds:
            parts.append("_pipeline.FileContent")
    if parts[0] == "Any":
        return "Any"  # anything goes already
    if "text" in kinds and "str" not in parts:
        parts.append("str")
    return " | ".join(parts)


def error_model(op: Operation) -> str | None:
    """The model of the errors the spec gives no status of their own: the
    `default` response's (else the first error model, for older specs that
    list their errors by status only)."""
    ordered = sorted(op.error_responses, key=lambda r: r.status != "default")
    for response in ordered:
        if response.type is not None and response.type.kind == "model":
            return response.type.name
    return None


def _conditional_adds(
    params: list[Parameter], head: str, value: str, t: TypeExpressions
) -> list[str]:
    """`head(value)` (or `head value` for an assignment) per parameter, under
    `if name is not None:` when the parameter is optional."""
    lines: list[str] = []
    for p in params:
        if p.style == "json":  # a `content: application/json` parameter
            wire = f"_pipeline.json_value({p.python_name})"
        elif _is_spelled(p):  # (an object in a header, `simple` style)
            wire = _styled(t, p, encode=False)
        else:
            wire = t.parameter_to_wire(p.type, p.python_name)
        text = value.format(wire=py_str(p.wire_name), value=wire)
        prefix = "" if p.required else "    "
        indent = BODY_INDENT + len(prefix)
        pairs = head in ("_query.append", "_cookies.append")
        if p.style not in ("", "json") and pairs:
            # An object in the query: its fields as OpenAPI's style spells them.
            call = (
                f"_pipeline.object_query({py_str(p.wire_name)}, {p.python_name},"
                f" {py_str(p.style)})"
            )
            if not p.required:
                lines.append(f"if {p.python_name} is not None:")
            extend = head.replace(".append", ".extend")
            lines += [prefix + line for line in call_lines(extend, [call], "", indent)]
            continue
        if p.header_prefix is not None:
            # x-ms-header-collection-prefix: one header per key of the dict.
            lines += [
                f"if {p.python_name} is not None:",
                f"    for _header_key, _header_value in {p.python_name}.items():",
                f"        _headers[{py_str(p.header_prefix)} + _header_key] = _header_value",
            ]
            continue
        if p.client_request_id:
            # x-ms-client-request-id: a new id for every call that does not bring one.
            lines += [
                f"_headers[{py_str(p.wire_name)}] = (",
                f"    {p.python_name} if {p.python_name} is not None else _pipeline.new_request_id()",
                ")",
            ]
            continue
        if p.type.kind == "list" and p.type.collection_format == "multi" and pairs:
            # collectionFormat multi: the parameter repeats, once per value.
            # A generator expression's variable is its own: no spec parameter
            # is shadowed, and two loops over different item types type-check.
            item = t.parameter_to_wire(p.type.item or TypeRef("str"), "_item")
            extend = head.replace(".append", ".extend")
            statement = bracket_lines(
                f"{extend}(({py_str(p.wire_name)}, {item}) for _item in {p.python_name})",
                "",
                indent,
            )
        elif head.endswith("= "):
            statement = [head.format(wire=py_str(p.wire_name)) + text]
        else:
            statement = call_lines(head, [text], "", indent)
        if not p.required:
            lines.append(f"if {p.python_name} is not None:")
        lines += [prefix + line for line in statement]
    return lines


def _wire_items(item: str, name: str) -> str:
    """The list of `name`'s items, each as `item` (of `v`) writes it; a null
    item is sent as an empty one, as a joined list's is."""
    return f'["" if v is None else {item} for v in {name}]'


def _path_value(t: TypeExpressions, p: Parameter) -> tuple[str, str]:
    """(value, whether it goes as it is) of a path parameter in `format_path`:
    in a style the runtime spells (label, matrix, an object's simple) it
    percent-encodes the values, not the style's own `.`, `;`, `=`, `,`."""
    if not _is_spelled(p):
        return t.parameter_to_wire(p.type, p.python_name), str(p.skip_url_encoding)
    return _styled(t, p, encode=True), "True"


def _is_spelled(p: Parameter) -> bool:
    """Whether the runtime's `styled` spells the parameter's value."""
    return p.style.startswith(("label", "matrix", "simple"))


def _styled(t: TypeExpressions, p: Parameter, encode: bool) -> str:
    """`styled` of the parameter's value: an object as it is (the runtime
    takes its fields), a list's items and a scalar in their wire form."""
    if p.type.kind in ("model", "dict", "union", "any"):
        value = p.python_name
    elif p.type.kind == "list":
        value = _wire_items(
            t.parameter_to_wire(p.type.item or TypeRef("str"), "v"), p.python_name
        )
    else:
        value = t.parameter_to_wire(p.type, p.python_name)
    tail = "" if encode else ", encode=False"
    return f"_pipeline.styled({value}, {py_str(p.style)}, {py_str(p.wire_name)}{tail})"


def _form_value(t: TypeExpressions, field: FormField, multipart: bool) -> str:
    """A form field's wire value; an optional one stays None (then dropped).
    An array of collectionFormat `multi` is a list: the field repeats, once
    per item. In a multipart form an object is a JSON part that says so
    (OpenAPI 3's default media type for one)."""
    if field.constant is not None:
        return py_str(field.constant)

    def wire(type_: TypeRef, name: str) -> str:
        if multipart and type_.kind in ("model", "dict"):
            return f"_pipeline.json_part({name})"
        return t.parameter_to_wire(type_, name)

    if field.style:  # (the runtime writes out its fields)
        value = f"_pipeline.StyledField({field.python_name}, {py_str(field.style)})"
    elif (
        multipart
        and field.type.kind == "list"
        and media_kind(field.content_type or "text/plain") == "json"
    ):
        # An array whose part the spec says is JSON is one part, its JSON
        # text (TypeSpec's `HttpPart<Address[]>`), not a part per item.
        value = f"_pipeline.json_part({field.python_name})"
    elif field.type.kind == "list" and field.type.collection_format == "multi":
        value = _wire_items(
            wire(field.type.item or TypeRef("str"), "v"), field.python_name
        )
    else:
        value = wire(field.type, field.python_name)
    if field.required or value == field.python_name:
        return value
    return f"None if {field.python_name} is None else {value}"


def _file_value(field: FormField) -> str:
    """A file field's value: several files (any sequence) go as a list."""
    if field.type.kind != "list":
        return field.python_name
    if field.required:
        return f"list({field.python_name})"
    return f"None if {field.python_name} is None else list({field.python_name})"


def _is_switch(op: Operation, python_name: str) -> bool:
    """Whether a body field is the operation's event-stream switch."""
    return op.event_stream is not None and op.event_stream.parameter == python_name
