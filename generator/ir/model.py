"""The intermediate representation: plain frozen dataclasses.

Templates read these and never change them. Every decision a template needs
(names, types, where a parameter lives, how a body is encoded, what each status
returns, what kind of operation it is) is made before an object here exists.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

from .frozen import ir_class

TypeKind = Literal[
    "str", "int", "float", "bool", "any", "unixtime", "datetime", "date",
    "time", "rfc1123", "duration", "decimal", "bytes", "base64url", "binary",
    "model", "enum", "list", "dict", "union",
]  # fmt: skip


@ir_class
class TypeRef:
    """A type as the client sees it. `name` names a model, an enum or a union
    (its `UnionType`); `item` is the element type of a list or the value type
    of a dict."""

    kind: TypeKind
    name: str = ""
    item: TypeRef | None = None
    collection_format: str = "csv"  # how a list parameter is spelled on the wire


@ir_class
class XmlInfo:
    """A schema's `xml` object (and `x-ms-text`): how it is spelled in XML.
    `items` is that of an array's items."""

    name: str = ""
    namespace: str = ""
    prefix: str = ""
    attribute: bool = False
    wrapped: bool = False
    text: bool = False  # x-ms-text: the value is the element's text content
    items: XmlInfo | None = None


NO_XML = XmlInfo()


@ir_class
class Property:
    wire_name: str
    python_name: str
    type: TypeRef
    required: bool
    read_only: bool
    description: str
    secret: bool = False  # x-ms-secret: left out of repr
    nullable: bool = False  # x-nullable: null is a value; "not set" is UNSET
    # x-ms-client-flatten: the wire objects it sits in ("properties",), outermost first
    container: tuple[str, ...] = ()
    xml: XmlInfo = NO_XML
    # a required single-value enum: the model always sends it, nobody passes it
    constant: str | int | None = None
    default: Any = None  # the service's default, for the docs

    @property
    def top_wire_name(self) -> str:
        """The name of the field at the model's own level on the wire."""
        return self.container[0] if self.container else self.wire_name


@ir_class
class Model:
    """A model class. `properties` are all of them, inherited ones first;
    `inherited` counts those the base class declares. With a `discriminator`
    (a property's wire name), `subtypes` maps each value to the class that
    from_dict returns for it."""

    name: str
    description: str
    properties: tuple[Property, ...]
    source: str
    base: str | None = None
    inherited: int = 0
    discriminator: str | None = None
    discriminator_value: str | None = None
    subtypes: tuple[tuple[str, str], ...] = ()
    schema_name: str = ""  # the definition's name in the spec ("" when inline)
    xml: XmlInfo = NO_XML

    @property
    def own_properties(self) -> tuple[Property, ...]:
        return self.properties[self.inherited :]


@ir_class
class EnumMember:
    python_name: str
    value: str | int
    description: str


@ir_class
class Enum:
    name: str
    description: str
    members: tuple[EnumMember, ...]
    value_kind: Literal["str", "int", "float"]
    extensible: bool
    source: str


@ir_class
class ListAlias:
    """A definition that is an array at the top level (e.g. `ImageResults`)."""

    name: str
    description: str
    item: TypeRef
    xml: XmlInfo = NO_XML


@ir_class
class UnionType:
    """A value of one of several types (`oneOf`/`anyOf`). `name` is the
    module's private reader of such values; `alias` the public type alias of
    a named schema ("" for an inline one). With a `discriminator` (a wire
    property), `mapping` gives the model each of its values stands for."""

    name: str
    alias: str
    description: str
    members: tuple[TypeRef, ...]
    discriminator: str = ""
    mapping: tuple[tuple[str, str], ...] = ()


ParameterLocation = Literal["path", "query", "header", "cookie"]


@ir_class
class Parameter:
    """A path, query, header or cookie parameter of an operation method."""

    wire_name: str
    python_name: str
    location: ParameterLocation
    type: TypeRef
    required: bool
    description: str
    skip_url_encoding: bool = False
    default: Any = None
    client_request_id: bool = False  # filled with a new UUID when not given
    header_prefix: str | None = None  # a dict sent as one header per key
    group: str | None = None  # x-ms-parameter-grouping: the argument that carries it
    # x-ms-client-default: the method's default, sent unless the caller passes None
    client_default: str | int | float | bool | None = None
    # How an object is spelled (OpenAPI 3 `style`/`content`): "deepObject",
    # "form" (exploded), "form-flat", "json"; a path parameter's "label" or
    # "matrix" style ("label*", "matrix*" exploded, as RFC 6570 writes it);
    # "" for anything else
    style: str = ""


@ir_class
class ParameterGroup:
    """x-ms-parameter-grouping: parameters passed together as one model."""

    python_name: str  # the method's argument
    model: str  # the model class (also in ClientSpec.models)
    required: bool


@ir_class
class ClientParameter:
    """A parameter that lives on the client (x-ms-parameter-location: client,
    or global): a host template's, or one every operation that names it sends
    (a `subscriptionId` in the path, an `api-version` in the query)."""

    wire_name: str
    python_name: str
    location: Literal["host", "query", "header", "path"]
    type: TypeRef
    required: bool
    description: str
    default: str | int | float | bool | None  # (a value of its annotation)
    skip_url_encoding: bool
    # A required query/header parameter that allows one value: the client
    # sends it (as this wire text) and takes no argument for it.
    constant: str | None = None


@ir_class
class FormField:
    wire_name: str
    python_name: str
    type: TypeRef
    required: bool
    description: str
    is_file: bool
    # A required field that allows one value (a single-value enum, a
    # `const`): the method sends it (as this wire text) and takes no
    # argument for it, as it does a constant query parameter.
    constant: str | None = None
    # How its Encoding Object spells an object (or deepObject an array), as
    # Parameter.style says it: "deepObject", "form", "form-flat"; "" for
    # anything else (an object then goes as its JSON text)
    style: str = ""
    # A multipart part's media type (its Encoding Object's `contentType`): a
    # file's unless the caller gives one, a field's always; "" for the default
    content_type: str = ""


# JSON values one after another (JSON Lines, NDJSON, RFC 7464): not one JSON
# document, so not written or read as one; their text is the body.
JSON_SEQUENCES = frozenset(
    {
        "application/jsonl",
        "application/x-jsonl",
        "application/jsonlines",
        "application/x-jsonlines",
        "application/ndjson",
        "application/x-ndjson",
        "application/json-seq",
        "application/x-json-stream",
        "application/stream+json",
    }
)


def media_kind(media_type: str) -> str:
    """How a body of this media type is written: json, xml, text or binary."""
    essence = media_type.split(";")[0].strip().lower()
    if essence in JSON_SEQUENCES:
        return "text"
    if "json" in essence:
        return "json"
    if essence in ("application/xml", "text/xml") or essence.endswith("+xml"):
        return "xml"
    return "text" if essence.startswith("text/") else "binary"


BodyEncoding = Literal["json", "xml", "multipart", "form", "binary", "text"]


@ir_class
class Body:
    """How the request body is built.

    `json` and `xml`: a model whose writable properties become keyword
    arguments of the method (`flattened`), or a single argument for any other
    type. `multipart` and `form`: form fields, files among them. `binary`: an
    upload sent as it is. `text`: a string sent as UTF-8.
    """

    encoding: BodyEncoding
    wire_name: str
    python_name: str
    type: TypeRef | None
    required: bool
    description: str
    content_type: str
    flattened: tuple[Property, ...] = ()
    form_fields: tuple[FormField, ...] = ()
    xml: XmlInfo = NO_XML  # the body schema's, for an XML body
    # A required body whose schema allows one value (`enum: [true]`): no
    # argument, the method sends it. A 1-tuple, since the value may be null.
    constant: tuple[Any] | None = None
    # Every media type the operation accepts, when they call for different
    # encodings (JSON, text, bytes): the caller picks one with `content_type`
    # (or by the value's type); empty otherwise.
    media_types: tuple[str, ...] = ()


@ir_class
class ResponseHeader:
    wire_name: str
    type: TypeRef
    description: str

    @property
    def kind(self) -> str:
        """How a raw response parses it (`parse_header` in the runtime); str
        for strings, enums (their wire values) and anything else."""
        kind = self.type.kind
        return kind if kind in _HEADER_KINDS else "str"


_HEADER_KINDS = frozenset(
    {
        "int",
        "float",
        "bool",
        "datetime",
        "rfc1123",
        "date",
        "time",
        "duration",
        "bytes",
        "base64url",
        "unixtime",
        "decimal",
    }
)


@ir_class
class Response:
    status: str  # "200", "202", ..., "default"
    type: TypeRef | None
    content: Literal["json", "xml", "binary", "text", "empty"]
    headers: tuple[ResponseHeader, ...]
    description: str
    xml: XmlInfo = NO_XML  # the body schema's, for an XML body
    nullable: bool = False  # the body may be JSON null (x-nullable, a null alternative)
    # media types the answer also comes in with a schema of their own (OpenAPI
    # 3's content: a PNG or a diff beside the JSON the method reads)
    other_media: tuple[str, ...] = ()


@ir_class
class EventStream:
    """The operation streams server-sent events when `parameter` is true."""

    parameter: str  # python name of the boolean parameter
    item: TypeRef


@ir_class
class Paging:
    """x-ms-pageable: items under `item_name`, the next page's URL under
    `next_link_name` (None: a single page), fetched with `next_method`."""

    item_name: str
    next_link_name: str | None
    item: TypeRef
    next_method: str = "GET"
    # operationName: the operation that fetches the next pages (its path may
    # take the link as a parameter, its constants go with every next request)
    next_operation: str = ""


@ir_class
class LongRunning:
    final_state_via: Literal[
        "operation-location", "azure-async-operation", "location", "original-uri"
    ]
    final_type: TypeRef | None
    # Whether the spec says final-state-via; where it does not, the poller
    # follows Azure's defaults for the method and the headers it gets.
    explicit: bool = True


@ir_class
class Example:
    """One of an operation's x-ms-examples: a request the service's team
    wrote down and the answers it gave, as the file's JSON text (data for the
    package's README and its ExampleTransport, never code). Made by
    `example_of`."""

    title: str
    source: str  # the file, as the spec refers to it
    data: str  # {"parameters": {...}, "responses": {...}}: see example_of
    parameters: str = "{}"  # the parameters' part of `data` (the README's)


def example_of(title: str, source: str, parameters: Any, responses: Any) -> Example:
    """An example whose data is JSON text as `json.dumps` writes it by default
    (so that the package's `_examples.json` can put the title in front of it
    without reading it again), its parameters' text kept apart too (the
    README reads them alone, not every answer: GitHub's are 3 MB)."""
    given = json.dumps(parameters, ensure_ascii=False)
    answers = json.dumps(responses, ensure_ascii=False)
    data = f'{{"parameters": {given}, "responses": {answers}}}'
    return Example(title, source, data, given)


@ir_class
class Operation:
    operation_id: str
    method_name: str
    http_method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: tuple[Response, ...]  # success responses, by status
    error_responses: tuple[Response, ...]
    returns: TypeRef | None
    returns_binary: bool
    returns_text: bool  # a text/* body returned as str
    returns_xml: bool  # the success body is XML (read into the same models)
    accept: str
    event_stream: EventStream | None
    long_running: LongRunning | None
    paging: Paging | None
    exists_check: bool  # a HEAD without a body: True for 2xx, False for 404
    constant_query: tuple[tuple[str, str], ...]  # from an x-ms-paths key, or constants
    constant_headers: tuple[tuple[str, str], ...]  # required single-value enums
    internal: bool  # x-ms-internal: the method's name starts with _
    parameter_groups: tuple[ParameterGroup, ...]
    client_parameters: tuple[str, ...]  # wire names of the client parameters it sends
    deprecated: bool
    # query parameters sent as they are, not percent-encoded (x-ms-skip-url-encoding)
    raw_query: tuple[str, ...] = ()
    # takes Azure's Repeatability-Request-ID header: the client fills it (and
    # Repeatability-First-Sent) and may retry the request, whatever its method
    repeatable: bool = False
    examples: tuple[Example, ...] = ()
    # Other media types the answer comes in, which a caller may ask for
    # (`accept=`) instead of the one the method reads: (media type, "bytes"
    # or "text"), returned as they are (GitHub's diff of a comparison).
    other_answers: tuple[tuple[str, str], ...] = ()

    @property
    def display_path(self) -> str:
        """The path with the query string it always sends, as people read it
        (`/?restype=service&comp=properties`): several operations may share a path."""
        if not self.constant_query:
            return self.path
        return self.path + "?" + "&".join(f"{k}={v}" for k, v in self.constant_query)

    @property
    def returns_nullable(self) -> bool:
        """A success answer's body may be JSON null (the result is then None)."""
        return any(r.nullable for r in self.responses if r.type is not None)

    @property
    def success_statuses(self) -> tuple[int, ...]:
        statuses = tuple(int(r.status) for r in self.responses)
        if self.exists_check and 404 not in statuses:
            statuses += (404,)
        return statuses


@ir_class
class OperationGroup:
    attribute: str
    class_name: str
    operations: tuple[Operation, ...]


@ir_class
class ApiKeyAuth:
    name: str
    location: Literal["header", "query", "cookie"]
    description: str
    argument: str = "api_key"  # the client's argument that takes it


@ir_class
class ClientSpec:
    """One generated client package."""

    package: str
    title: str
    description: str
    version: str
    host_template: str  # with {python_name} placeholders
    host_scheme: str  # put before a filled-in template without one ("" never)
    client_parameters: tuple[ClientParameter, ...]
    # Every API key the spec defines (several may be asked for together:
    # a key and a client id); the first is the client's `api_key`.
    api_keys: tuple[ApiKeyAuth, ...]
    credential_scopes: tuple[str, ...]  # from an oauth2 security definition
    groups: tuple[OperationGroup, ...]
    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    list_aliases: tuple[ListAlias, ...]
    error_model: str | None  # the model most operations use for errors
    # An Azure service's spec (it uses x-ms-* extensions): the client sends an
    # x-ms-client-request-id with every request, as Azure SDKs do.
    azure: bool = False
    unions: tuple[UnionType, ...] = ()
    # Every server the spec lists (OpenAPI 3 `servers`): (URL, description),
    # the first the default; a client with one has none here.
    servers: tuple[tuple[str, str], ...] = ()
    # The spec's security says HTTP Basic (Swagger's `basic`, OpenAPI 3's
    # `http` scheme `basic`): the client takes a user name and a password.
    basic_auth: bool = False
    # The HTTP scheme `token` is sent under: Bearer, unless the spec names
    # another that carries a token (OpenAPI 3's `http` scheme
    # `SharedAccessKey`) and no bearer one.
    token_scheme: str = "Bearer"

    @property
    def api_key(self) -> ApiKeyAuth | None:
        return self.api_keys[0] if self.api_keys else None


@ir_class
class BuiltSoFar:
    """The models, enums and unions an unfinished IR holds, as `ClientSpec`
    will hold them (a union with no members is none), for work that may
    start before the IR is done (`Progress`). The finished IR may still
    replace or add to them."""

    models: tuple[Model, ...]
    enums: tuple[Enum, ...]
    unions: tuple[UnionType, ...]


# Told, as the IR is built, how many models and enums it holds so far, and
# how to see them (seeing them costs a copy: only when that is worth it).
Progress = Callable[[int, Callable[[], BuiltSoFar]], None]
