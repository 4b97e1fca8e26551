"""Signatures and bodies of operation methods, decided in Python so that the
template only prints them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..ir.model import (
    ClientSpec,
    Operation,
    TypeRef,
)
from .docstrings import docstring as _docstring
from .expressions import TypeExpressions
from .layout import (
    Collection,
    alternatives,
    assign_call,
    call_lines,
)
from .literals import literal_type, py_literal, py_str
from .requests import BODY_INDENT, declarations, error_model, request_lines
from .xml_shapes import XmlShapes

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

    def _request(self, op: Operation, extra_fields: tuple[str, ...] = ()) -> list[str]:
        return request_lines(op, self.types, self.xml, extra_fields)

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
        positional, keyword, docs = declarations(op, self.types)
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
            request = self._request(op, ("stream=_stream",))
            if op.other_answers:
                # (a download of one of several types: the caller may ask for one)
                offered = [m for m, _ in op.other_answers]
                keyword = [*keyword, f"accept: {literal_type(offered)} | None = None"]
                params = [*positional, "*", *keyword]
                docs = [
                    *docs,
                    (
                        "accept",
                        f"The media type to ask for (by default, any of {op.accept}).",
                    ),
                ]
                request = _asking(request, op.accept)
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
            request = _with_stream_flag(self._request(op), es.parameter, op.accept)
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
                    *self._request(op),
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
                    *self._request(op),
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
        if op.other_answers and by_status is None:
            return self._answer_choice_view(
                op, params, docs, summary, returns, result_lines, send
            )
        body_lines = (
            *self._request(op),
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

    def _answer_choice_view(
        self,
        op: Operation,
        params: list[str],
        docs: list[tuple[str, str]],
        summary: list[str],
        returns: str,
        result_lines: list[str],
        send: str,
    ) -> OperationView:
        """A method whose answer also comes in media types it does not read
        (GitHub's diff of a comparison, a PNG beside JSON): `accept=` asks
        for one of them, returned as it came (bytes, or text), with an
        overload per kind so that each call type-checks as what it returns."""
        f = self.flavor
        readable = [a for a in op.accept.split(", ") if a]
        kinds = {
            kind: [m for m, k in op.other_answers if k == kind]
            for kind in ("bytes", "text")
        }
        overloads = [
            OverloadView(
                f.def_,
                (
                    *params,
                    f"accept: {literal_type(readable)} | None = None",
                    *OPTIONS_PARAMETERS,
                ),
                returns,
            )
        ]
        body = [*_asking(self._request(op), op.accept), send]
        annotations = [returns]
        for kind, media in kinds.items():
            if not media:
                continue
            annotation = "bytes" if kind == "bytes" else "str"
            overloads.append(
                OverloadView(
                    f.def_,
                    (*params, f"accept: {literal_type(media)}", *OPTIONS_PARAMETERS),
                    annotation,
                )
            )
            annotations.append(annotation)
            body += [
                f"if accept in {py_literal(tuple(media))}:",
                f"    return _response.{'content' if kind == 'bytes' else 'text'}",
            ]
        body += result_lines
        offered = ", ".join(f"`{m}`" for m, _ in op.other_answers)
        method = MethodView(
            op.method_name,
            f.def_,
            (
                *params,
                f"accept: {literal_type([*readable, *(m for m, _ in op.other_answers)])} | None = None",
                *OPTIONS_PARAMETERS,
            ),
            " | ".join(dict.fromkeys(annotations)),
            _docstring(
                summary,
                8,
                [
                    (
                        "Args",
                        [
                            *docs,
                            (
                                "accept",
                                (
                                    "The media type to ask for: by default the answer is"
                                    f" read as {op.accept}; {offered} come back as they"
                                    " are (bytes, or text for a text type)."
                                ),
                            ),
                            *OPTIONS_DOCS,
                        ],
                    )
                ],
                fallback=f"`{op.http_method} {op.display_path}`",
            ),
            tuple(body),
        )
        return OperationView(op.method_name, (method,), tuple(overloads), False, (), ())

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
        errors = error_model(op)
        error_argument = (
            f"error_model=_models.{errors}.from_dict" if errors else "error_model=None"
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
                *self._request(op),
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
            for line in self._request(follower)
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


def _asking(lines: Sequence[str], accept: str) -> list[str]:
    """Request lines whose Accept is the method's `accept` argument, else
    the types the method reads."""
    return [
        (
            f"    accept=accept or {py_str(accept)},"
            if line.startswith("    accept=")
            else line
        )
        for line in lines
    ]


def _or_none(annotation: str) -> str:
    """`annotation | None`, unless None is one of its alternatives already."""
    return annotation if "None" in alternatives(annotation) else f"{annotation} | None"


def response_has_body(op: Operation) -> bool:
    return op.returns is not None


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
