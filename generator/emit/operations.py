"""Signatures and bodies of operation methods, decided in Python so that the
template only prints them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..ir.model import (
    Body,
    ClientSpec,
    FormField,
    Operation,
    Parameter,
    TypeRef,
    media_kind,
)
from .docstrings import default_note
from .docstrings import docstring as _docstring
from .expressions import TypeExpressions
from .layout import (
    Collection,
    alternatives,
    assign_call,
    assignment_lines,
    bracket_lines,
    call_lines,
    value_lines,
)
from .literals import py_literal, py_str
from .xml_shapes import XmlShapes

BODY_INDENT = 8  # a method body
FIELD_INDENT = 12  # an argument of the RequestSpec(...) call in a method body

# Every method's keyword arguments after the spec's: per-call options, and the
# escape hatches for what the spec does not say (yet). Spec parameters never
# take these names (see `ir.reserved.RESERVED_PARAMETER_NAMES`).
OPTIONS_PARAMETERS = (
    "request_options: _pipeline.RequestOptions | None = None",
    "extra_headers: _pipeline.ExtraHeaders | None = None",
    "extra_query: _pipeline.ExtraQuery | None = None",
    "extra_body: _pipeline.ExtraBody | None = None",
    "timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET",
)
OPTIONS_DOCS = (
    ("request_options", "Per-call headers, query parameters, timeout and retries."),
    (
        "extra_headers",
        "Headers to send too (replacing any of the same name; None drops one).",
    ),
    ("extra_query", "Query parameters to send after the method's own."),
    (
        "extra_body",
        "JSON fields the spec does not declare (yet), merged into the body.",
    ),
    ("timeout", "Seconds or an `httpx.Timeout` for this call (None: no limit)."),
)
# The first statement of every method: the escape hatches into request_options.
MERGE_OPTIONS = (
    "request_options = _pipeline.with_extras(",
    "    request_options, extra_headers, extra_query, extra_body, timeout",
    ")",
)


@dataclass(frozen=True)
class Flavor:
    """What differs between the sync and the async operation classes."""

    is_async: bool

    @property
    def def_(self) -> str:
        return "async def" if self.is_async else "def"

    @property
    def await_(self) -> str:
        return "await " if self.is_async else ""

    def _name(self, sync_name: str) -> str:
        return "Async" + sync_name if self.is_async else sync_name

    @property
    def pipeline(self) -> str:
        return "_pipeline." + self._name("Pipeline")

    @property
    def poller(self) -> str:
        return self._name("LROPoller")

    @property
    def event_stream(self) -> str:
        return self._name("EventStream")

    @property
    def byte_stream(self) -> str:
        return self._name("ByteStream")

    @property
    def paged(self) -> str:
        return self._name("ItemPaged")

    @property
    def a_context_manager(self) -> str:
        return "an async context manager" if self.is_async else "a context manager"

    @property
    def an_iterator(self) -> str:
        return "an async iterator" if self.is_async else "an iterator"

    def group_class(self, sync_name: str) -> str:
        return self._name(sync_name)

    @property
    def raw_wrapper(self) -> str:
        return "async_with_raw_response" if self.is_async else "with_raw_response"

    @property
    def streaming_wrapper(self) -> str:
        return (
            "async_with_streaming_response"
            if self.is_async
            else "with_streaming_response"
        )


SYNC = Flavor(False)
ASYNC = Flavor(True)


@dataclass(frozen=True)
class MethodView:
    name: str
    def_: str
    parameters: tuple[str, ...]
    returns: str
    docstring: str
    body: tuple[str, ...]


@dataclass(frozen=True)
class OverloadView:
    def_: str
    parameters: tuple[str, ...]
    returns: str


@dataclass(frozen=True)
class OperationView:
    name: str
    methods: tuple[MethodView, ...]
    overloads: tuple[OverloadView, ...]
    builds_separately: bool
    builder_parameters: tuple[str, ...]
    request_lines: tuple[str, ...]


class OperationViews:
    def __init__(
        self,
        client: ClientSpec,
        types: TypeExpressions,
        flavor: Flavor,
        xml: XmlShapes,
    ) -> None:
        self.client = client
        self.types = types
        self.flavor = flavor
        self.xml = xml
        self.models = {m.name: m for m in client.models}

    @functools.cached_property
    def _by_operation_id(self) -> dict[str, Operation]:
        """Each operation by its id (the first of that id): a pageable
        operation's next page is built as the one its spec names builds
        its request."""
        found: dict[str, Operation] = {}
        for group in self.client.groups:
            for o in group.operations:
                found.setdefault(o.operation_id, o)
        return found

    # ------------------------------------------------------------ parameters

    def _declarations(
        self, op: Operation
    ) -> tuple[list[str], list[str], list[tuple[str, str]]]:
        """Positional and keyword-only parameter declarations, and their docs."""
        t = self.types
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
                        decl = f"{prop.python_name}: {t.annotation(prop.type)} | None = None"
                        optional_kw.append(decl)
                        docs.append(
                            (prop.python_name, prop.description + default_note(prop))
                        )
                        continue
                    (required_kw if prop.required else optional_kw).append(decl)
                    docs.append(
                        (prop.python_name, prop.description + default_note(prop))
                    )
            elif body.form_fields:
                for f in body.form_fields:
                    if f.constant is not None:
                        continue  # sent by the method itself
                    annotation = (
                        "_pipeline.FileInput" if f.is_file else t.annotation(f.type)
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
                offered = ", ".join(py_str(m) for m in body.media_types)
                optional_kw.append(f"content_type: Literal[{offered}] | None = None")
                docs.append(
                    (
                        "content_type",
                        (
                            "The media type to send the body as; by default, one that"
                            " suits the value (bytes or a file: binary, str: text, else JSON)."
                        ),
                    )
                )
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
            if (
                op.event_stream is not None
                and p.python_name == op.event_stream.parameter
            ):
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

    # --------------------------------------------------------------- request

    def _request_lines(
        self, op: Operation, extra_fields: tuple[str, ...] = ()
    ) -> list[str]:
        """The statements that build `spec`, relative to the method body."""
        t = self.types
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
            lines += _conditional_adds(
                cookies, "_cookies.append", "({wire}, {value})", t
            )
        body = op.body
        if (
            body is not None
            and body.flattened
            and body.type is not None
            and _loose(body)
        ):
            # An optional body with required fields: built only from the
            # arguments given (a missing required one is the model's TypeError).
            lines.append("_fields: dict[str, Any] = {}")
            for prop in body.flattened:
                unset = (
                    "_serde.UNSET" if prop.nullable and not prop.required else "None"
                )
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
                    (
                        f"{py_str(p.wire_name)}: ",
                        Collection(
                            "(",
                            (
                                t.parameter_to_wire(p.type, p.python_name),
                                str(p.skip_url_encoding),
                            ),
                            ")",
                        ),
                    )
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
                    Collection(
                        "(", tuple(py_str(n) for n in op.client_parameters), ")"
                    ),
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
            root = self.xml.body_root(op)
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
                lines.append(
                    f"_payload = None if {body.python_name} is None else {value}"
                )
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
            for name, group, value_of in (
                ("form", form, lambda f: _form_value(t, f)),
                ("files", files, lambda f: f.python_name),
            ):
                if not group:
                    continue
                entries = (
                    "{"
                    + ", ".join(f"{py_str(f.wire_name)}: {value_of(f)}" for f in group)
                    + "}"
                )
                if any(not f.required for f in group):
                    fields.append((f"{name}=_pipeline.drop_none", [entries]))
                else:
                    fields.append(f"{name}={entries}")
        fields.append(f"accept={py_str(op.accept)}")
        fields.append(f"expected={py_literal(op.success_statuses)}")
        error_model = _error_model(op)
        if error_model:
            fields.append(f"error_model=_models.{error_model}.from_dict")
        own_errors = [
            f"{r.status}: {self.types.response_converter(r.type)[0]}"
            for r in op.error_responses
            if r.status.isdigit() and r.type is not None and r.content == "json"
        ]
        if own_errors:
            fields.append(("error_models=", Collection("{", tuple(own_errors), "}")))
        error_root = self.xml.error_root(op)
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

    # --------------------------------------------------------------- methods

    def view(self, op: Operation) -> OperationView:
        """The methods of one operation; each begins by folding the escape
        hatches (`extra_headers`, ..., `timeout`) into its request options."""
        found = self._view(op)
        methods = tuple(
            (
                replace(method, body=(*MERGE_OPTIONS, *method.body))
                if OPTIONS_PARAMETERS[0] in method.parameters
                else method
            )
            for method in found.methods
        )
        return replace(found, methods=methods)

    def _view(self, op: Operation) -> OperationView:
        docstring = functools.partial(
            _docstring, fallback=f"`{op.http_method} {op.display_path}`"
        )
        f = self.flavor
        positional, keyword, docs = self._declarations(op)
        params = [*positional, "*", *keyword]
        summary = (
            [op.summary, op.description]
            if op.description != op.summary
            else [op.summary]
        )
        if op.deprecated:
            summary.append(
                "Deprecated: the service marks this operation deprecated; calling"
                " it warns (DeprecationWarning)."
            )
        returns = self._return_annotation(op.returns)
        if op.returns_nullable and not op.long_running and op.paging is None:
            returns = _or_none(returns)
        options_doc = OPTIONS_DOCS
        send = f"_response = {f.await_}self._pipeline.send(_spec, request_options)"

        if op.returns_binary:
            request = self._request_lines(op, ("stream=_stream",))
            call_args = [
                *(p.split(":")[0] for p in positional),
                *(f"{n}={n}" for n in (k.split(":")[0] for k in keyword)),
            ]
            builder = f"self._{op.method_name}_request"

            def build(stream: str) -> str:
                return assign_call(
                    "_spec", builder, [*call_args, f"_stream={stream}"], BODY_INDENT
                )

            whole = MethodView(
                op.method_name,
                f.def_,
                (*params, *OPTIONS_PARAMETERS),
                "bytes",
                docstring(
                    summary,
                    8,
                    [
                        ("Args", [*docs, *options_doc]),
                        ("Returns", [("bytes", "The whole response body.")]),
                    ],
                ),
                (
                    build("False"),
                    send,
                    "return _response.content",
                ),
            )
            streamed = MethodView(
                op.method_name + "_stream",
                f.def_,
                (*params, "chunk_size: int | None = None", *OPTIONS_PARAMETERS),
                f.byte_stream,
                docstring(
                    [
                        *summary,
                        (
                            "The body is read lazily, chunk by chunk, and the connection closes"
                            f" when it is exhausted; use the stream as {f.a_context_manager} to"
                            " close it early."
                        ),
                    ],
                    8,
                    [
                        (
                            "Args",
                            [
                                *docs,
                                (
                                    "chunk_size",
                                    "Bytes per chunk; None gives chunks as they arrive.",
                                ),
                                *options_doc,
                            ],
                        )
                    ],
                ),
                (
                    build("True"),
                    send,
                    f"return {f.byte_stream}(_response, chunk_size)",
                ),
            )
            return OperationView(
                op.method_name,
                (whole, streamed),
                (),
                True,
                # (`_stream`: a spec may name a parameter `stream`, jellyfin's)
                (*positional, "*", *keyword, "_stream: bool"),
                (*request, "return _spec"),
            )

        if op.event_stream is not None:
            es = op.event_stream
            stream_returns = f"{f.event_stream}[{self.types.annotation(es.item)}]"
            texts = [
                p.description for p in op.parameters if p.python_name == es.parameter
            ]
            texts += [
                p.description
                for p in (op.body.flattened if op.body else ())
                if p.python_name == es.parameter
            ]
            switch_text = texts[0] if texts else ""
            request = _with_stream_flag(
                self._request_lines(op), es.parameter, op.accept
            )
            overloads = (
                OverloadView(
                    f.def_,
                    (
                        *params,
                        f"{es.parameter}: Literal[False] | None = None",
                        *OPTIONS_PARAMETERS,
                    ),
                    returns,
                ),
                OverloadView(
                    f.def_,
                    (*params, f"{es.parameter}: Literal[True]", *OPTIONS_PARAMETERS),
                    stream_returns,
                ),
            )
            converter = str(self.types.converter(es.item) or "_serde.identity")
            body = (
                *request,
                send,
                f"if {es.parameter}:",
                *(
                    "    " + line
                    for line in call_lines(
                        f"return {f.event_stream}",
                        ["_response", converter, "self._pipeline.max_body_size"],
                        "",
                        BODY_INDENT + 4,
                    )
                ),
                *self._return_lines(op.returns),
            )
            switch_doc = (
                f"{switch_text} When true, the events are returned as they arrive,"
                f" as {f.an_iterator} that ends at `data: [DONE]`."
            )
            method = MethodView(
                op.method_name,
                f.def_,
                (*params, f"{es.parameter}: bool | None = None", *OPTIONS_PARAMETERS),
                f"{returns} | {stream_returns}",
                docstring(
                    summary,
                    8,
                    [("Args", [*docs, (es.parameter, switch_doc), *options_doc])],
                ),
                body,
            )
            return OperationView(op.method_name, (method,), overloads, False, (), ())

        if op.long_running is not None:
            return self._long_running_view(op, params, docs, summary, options_doc, send)

        if op.paging is not None:
            paging = op.paging
            item = self.types.annotation(paging.item)
            converter = str(self.types.converter(paging.item) or "_serde.identity")
            arguments = [
                "self._pipeline",
                "_spec",
                converter,
                f"item_name={py_str(paging.item_name)}",
                f"next_link_name={py_literal(paging.next_link_name)}",
            ]
            if paging.next_method != "GET":
                arguments.append(f"next_method={py_str(paging.next_method)}")
            xml_root = self.xml.success_root(op)
            if xml_root is not None:
                arguments.append(f"decode=_xml_shapes.{xml_root}.loads")
            next_lines = self._next_request_lines(op)
            if next_lines:
                arguments.append("next_request=_next_request")
            arguments.append("request_options=request_options")
            method = MethodView(
                op.method_name,
                "def",  # returns at once; pages are fetched while iterating
                (*params, *OPTIONS_PARAMETERS),
                f"{f.paged}[{item}]",
                docstring(
                    [
                        *summary,
                        "Returns the items of every page, fetched as iteration reaches them; `.by_page()` gives the pages instead.",
                    ],
                    8,
                    [("Args", [*docs, *options_doc])],
                ),
                (
                    *self._request_lines(op),
                    *next_lines,
                    *call_lines(f"return {f.paged}", arguments, "", BODY_INDENT),
                ),
            )
            return OperationView(op.method_name, (method,), (), False, (), ())

        if op.exists_check:
            method = MethodView(
                op.method_name,
                f.def_,
                (*params, *OPTIONS_PARAMETERS),
                "bool",
                docstring(
                    [
                        *summary,
                        "Returns whether the resource exists: False for 404, True for any other answer the operation expects.",
                    ],
                    8,
                    [("Args", [*docs, *options_doc])],
                ),
                (
                    *self._request_lines(op),
                    send,
                    "return _response.status_code != 404",
                ),
            )
            return OperationView(op.method_name, (method,), (), False, (), ())

        by_status = self._results_by_status(op)
        if by_status is not None:
            returns, result_lines = by_status
        elif op.returns is not None:
            result_lines = self._return_lines(op.returns, op.returns_text, op)
        body_lines = (
            *self._request_lines(op),
            *(
                [send, *result_lines]
                if op.returns is not None
                else [send.replace("_response = ", "")]
            ),
        )
        method = MethodView(
            op.method_name,
            f.def_,
            (*params, *OPTIONS_PARAMETERS),
            returns,
            docstring(summary, 8, [("Args", [*docs, *options_doc])]),
            tuple(body_lines),
        )
        return OperationView(op.method_name, (method,), (), False, (), ())

    def _long_running_view(
        self,
        op: Operation,
        params: list[str],
        docs: list[tuple[str, str]],
        summary: list[str],
        options_doc: tuple[tuple[str, str], ...],
        send: str,
    ) -> OperationView:
        f = self.flavor
        docstring = functools.partial(
            _docstring, fallback=f"`{op.http_method} {op.display_path}`"
        )
        lro = op.long_running
        assert lro is not None
        final = lro.final_type or op.returns
        final_annotation = self._return_annotation(final)
        initial = (
            f"_pipeline.decode(_response, {self.types.response_converter(op.returns)[0]})"
            if op.returns
            else "None"
        )
        final_converter = self._converter_callable(final)
        pages: list[str] = []
        if op.paging is not None:
            # x-ms-pageable too: the operation ends with the first page, and
            # its result is the pager over every page from there.
            paging = op.paging
            final_annotation = f"{f.paged}[{self.types.annotation(paging.item)}]"
            pages = [
                "",  # black puts an empty line before a nested def
                f"def _pages(_body: Any) -> {final_annotation}:",
                *(
                    "    " + line
                    for line in call_lines(
                        f"return {f.paged}",
                        [
                            "self._pipeline",
                            '_pipeline.RequestSpec(method="GET", path="")',
                            str(self.types.converter(paging.item) or "_serde.identity"),
                            f"item_name={py_str(paging.item_name)}",
                            f"next_link_name={py_literal(paging.next_link_name)}",
                            "request_options=request_options",
                            "first_page=_body",
                        ],
                        "",
                        BODY_INDENT + 4,
                    )
                ),
                "",
            ]
            final_converter = "_pages"
        error_model = _error_model(op)
        error_argument = (
            f"error_model=_models.{error_model}.from_dict"
            if error_model
            else "error_model=None"
        )
        poller = f"{f.poller}[{final_annotation}]"
        begin = MethodView(
            "begin_" + op.method_name,
            f.def_,
            (*params, "polling_interval: float | None = None", *OPTIONS_PARAMETERS),
            poller,
            docstring(
                [
                    *summary,
                    f"Starts the long-running operation and returns a poller; `{f.await_}poller.result()` waits for its end.",
                ],
                8,
                [
                    (
                        "Args",
                        [
                            *docs,
                            (
                                "polling_interval",
                                "Seconds between polls when the service does not say (default: the client's).",
                            ),
                            *options_doc,
                        ],
                    )
                ],
            ),
            (
                *self._request_lines(op),
                send,
                *pages,
                *call_lines(
                    f"return {f.poller}",
                    [
                        "self._pipeline",
                        "_response",
                        initial if response_has_body(op) else "None",
                        final_converter,
                        f"final_state_via={py_str(lro.final_state_via if lro.explicit else '')}",
                        error_argument,
                        "polling_interval=polling_interval",
                        "request_options=request_options",
                    ],
                    "",
                    BODY_INDENT,
                ),
            ),
        )
        resume = MethodView(
            "resume_" + op.method_name,
            "def",
            (
                "continuation_token: str",
                "*",
                "polling_interval: float | None = None",
                *OPTIONS_PARAMETERS,
            ),
            poller,
            docstring(
                [
                    f"Picks up a `begin_{op.method_name}` operation from `poller.continuation_token()`, in this or another process."
                ],
                8,
                [
                    (
                        "Args",
                        [
                            (
                                "continuation_token",
                                "The token the earlier poller gave.",
                            ),
                            (
                                "polling_interval",
                                "Seconds between polls when the service does not say.",
                            ),
                            *options_doc,
                        ],
                    )
                ],
            ),
            (
                *pages,
                *call_lines(
                    f"return {f.poller}.from_continuation_token",
                    [
                        "self._pipeline",
                        "continuation_token",
                        final_converter,
                        error_argument,
                        "polling_interval=polling_interval",
                        "request_options=request_options",
                    ],
                    "",
                    BODY_INDENT,
                ),
            ),
        )
        return OperationView(begin.name, (begin, resume), (), False, (), ())

    def _next_request_lines(self, op: Operation) -> list[str]:
        """A local `_next_request(link)` that builds a next page's request the
        way the operation the spec names (x-ms-pageable operationName) builds
        its own: the link goes into its `nextLink` parameter (or is the URL
        when it has none), its other parameters take the values of this
        method's parameters of the same names, its constants go along."""
        assert op.paging is not None
        follower = self._by_operation_id.get(op.paging.next_operation)
        if follower is None or follower.body is not None:
            return []
        link = next(
            (p for p in follower.parameters if p.wire_name.lower() == "nextlink"),
            None,
        )
        known = {p.python_name for p in op.parameters}
        lines = ["", "def _next_request(_link: str) -> _pipeline.RequestSpec:"]
        for p in follower.parameters:
            if p is link:
                lines.append(f"    {p.python_name} = _link")
            elif p.python_name not in known:
                lines.append(f"    {p.python_name} = None")
        # Its grouped values are this method's (the same names, taken out of
        # this method's own groups already); no check of required values.
        grouped = {p.python_name for p in follower.parameters if p.group is not None}
        body = [
            line
            for line in self._request_lines(follower)
            if not line.startswith("_pipeline.require(")
            and line.split(" = ", 1)[0] not in grouped
        ]
        lines += ["    " + line for line in body]
        if link is None:
            lines.append("    _spec.path = _link")
        lines += ["    return _spec", ""]
        return lines

    def _results_by_status(self, op: Operation) -> tuple[str, list[str]] | None:
        """(annotation, statements) when the declared answers differ in type by
        status: the result is the union, read by the status that came."""
        answers = [r for r in op.responses if r.status.isdigit()]
        if (
            op.returns is None
            or any(r.content not in ("json", "empty", "text") for r in answers)
            or len({(r.type, r.content) for r in answers}) < 2
            or all(r.content == "text" for r in answers)
        ):
            return None
        annotations: list[str] = []
        entries: list[tuple[str, Collection]] = []
        for r in answers:
            if r.type is None:
                annotation = "None"
                entries.append(
                    (f"{r.status}: ", Collection("(", ("_serde.nothing", "False"), ")"))
                )
            elif r.content == "text":
                # (a text answer beside JSON ones: a redirect's message, a
                # plain-text error page the spec lists as an answer)
                annotation = "str"
                entries.append(
                    (
                        f"{r.status}: ",
                        Collection("(", ("_pipeline.text_body", "True"), ")"),
                    )
                )
            else:
                annotation = self.types.response_annotation(r.type)
                converter, present = self.types.response_converter(r.type)
                entries.append(
                    (f"{r.status}: ", Collection("(", (converter, str(present)), ")"))
                )
            for part in alternatives(annotation):
                if part not in annotations:
                    annotations.append(part)
        if "None" in annotations:  # None last, as people write it
            annotations = [a for a in annotations if a != "None"] + ["None"]
        annotation = " | ".join(annotations)
        lines = call_lines(
            "_result = _pipeline.decode_by_status",
            ["_response", Collection("{", tuple(entries), "}")],
            "",
            BODY_INDENT,
        )
        returned = call_lines(
            "return cast", [py_str(annotation), "_result"], "", BODY_INDENT
        )
        return annotation, [*lines, *returned]

    def _return_annotation(self, t: TypeRef | None) -> str:
        return "None" if t is None else self.types.response_annotation(t)

    def _converter_callable(self, t: TypeRef | None) -> str:
        if t is None:
            return "_serde.nothing"  # the operation declares no result
        return self.types.converter(t) or "_serde.identity"

    def _return_lines(
        self, t: TypeRef | None, text: bool = False, op: Operation | None = None
    ) -> list[str]:
        if t is None:
            return ["return None"]
        if text:
            return ["return _response.text"]
        converter, present = self.types.response_converter(t)
        arguments = ["_response", converter]
        root = self.xml.success_root(op) if op is not None else None
        if root is not None:
            arguments.append(f"_xml_shapes.{root}.loads")
        if op is not None and op.returns_nullable:
            present = False  # null is an answer the spec allows: None
        head = (
            "return _pipeline.decode_required" if present else "return _pipeline.decode"
        )
        return call_lines(head, arguments, "", BODY_INDENT)


def _or_none(annotation: str) -> str:
    """`annotation | None`, unless None is one of its alternatives already."""
    return annotation if "None" in alternatives(annotation) else f"{annotation} | None"


def response_has_body(op: Operation) -> bool:
    return op.returns is not None


def _loose(body: Body) -> bool:
    """An optional flattened body with required fields (see _request_lines)."""
    return not body.required and any(
        p.required and p.constant is None for p in body.flattened
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


def _error_model(op: Operation) -> str | None:
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
        wire = (
            f"_pipeline.json_value({p.python_name})"
            if p.style == "json"  # a `content: application/json` parameter
            else t.parameter_to_wire(p.type, p.python_name)
        )
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


def _form_value(t: TypeExpressions, field: FormField) -> str:
    """A form field's wire value; an optional one stays None (then dropped)."""
    if field.constant is not None:
        return py_str(field.constant)
    value = t.parameter_to_wire(field.type, field.python_name)
    if field.required or value == field.python_name:
        return value
    return f"None if {field.python_name} is None else {value}"


def _is_switch(op: Operation, python_name: str) -> bool:
    """Whether a body field is the operation's event-stream switch."""
    return op.event_stream is not None and op.event_stream.parameter == python_name


def _with_stream_flag(lines: list[str], parameter: str, accept: str) -> list[str]:
    """Ask for text/event-stream only when streaming, and read such a response lazily."""
    out = []
    for line in lines:
        if line.startswith("    accept="):
            json_accept = (
                ", ".join(a for a in accept.split(", ") if a != "text/event-stream")
                or "application/json"
            )
            out.append(
                f'    accept="text/event-stream" if {parameter} else {py_str(json_accept)},'
            )
            out.append(f"    stream=bool({parameter}),")
        else:
            out.append(line)
    return out


def wrapper_lines(
    operations: Sequence[Operation], view: Callable[[Operation], OperationView]
) -> list[str]:
    """`self.<method> = wrap(operations.<method>)` for each method that sends
    its request when called (a pager sends when iterated, a `resume_*` only
    polls; private methods stay private), as lines of the `__init__` of a group's `with_raw_response` and
    `with_streaming_response` classes."""
    lines = []
    for op in operations:
        if op.paging is not None and op.long_running is None:
            continue
        for method in view(op).methods:
            if not method.name.startswith(("resume_", "_")):
                lines.append(
                    assign_call(
                        f"self.{method.name}",
                        "wrap",
                        f"operations.{method.name}",
                        BODY_INDENT,
                    )
                )
    return lines
