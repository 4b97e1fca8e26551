"""Sending requests: URL building, auth, retries, timeouts, error mapping and
logging, for the sync and the async client alike. Generated operation
methods describe a request (`RequestSpec`) and hand it here."""

from __future__ import annotations

import email.utils
import enum
import json
import logging
import os
import random
import re
import threading
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import ExitStack
from contextvars import ContextVar
from typing import IO, Any, TypeAlias, TypedDict, TypeVar
from urllib.parse import quote

import httpx

from . import _serde
from ._auth import Auth
from ._errors import (
    ApiConnectionError,
    ApiTimeoutError,
    ArgumentError,
    ClientError,
    DeserializationError,
    InsecureTransportError,
    ResponseTooLargeError,
    error_class_for,
    request_id,
)

T = TypeVar("T")

LOGGER = logging.getLogger(__name__.rpartition(".")[0] or __name__)
# Silent unless the application configures logging (no "last resort" output).
LOGGER.addHandler(logging.NullHandler())

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# The service says it did not act on the request: safe to send again, whatever
# the method.
NOT_ACTED_ON_STATUSES = frozenset({408, 429})
# Methods whose repetition has the effect of one request (RFC 9110, 9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
# Failures before the request left: sending it again cannot repeat an effect.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Azure's repeatable requests (the service recognizes a repeat by these).
REPEATABILITY_ID = "Repeatability-Request-ID"
REPEATABILITY_FIRST_SENT = "Repeatability-First-Sent"
DEFAULT_MAX_BODY_SIZE = 100 * 1024 * 1024
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 10
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
MAX_RETRY_DELAY = 60.0  # a longer Retry-After is not waited for
INITIAL_RETRY_DELAY = 0.5
MAX_BACKOFF = 8.0

FileContent = bytes | IO[bytes] | os.PathLike[str]
FileInput = FileContent | tuple[str, FileContent] | tuple[str, FileContent, str]
"""A file to upload: bytes, an open binary file (streamed, not read whole), a
path, or a (filename, content[, content type]) tuple."""
FileInputs: TypeAlias = Sequence[FileInput]
"""Files uploaded under one name (an array of files in a multipart form)."""


# The escape hatches every operation method accepts as keyword arguments.
ExtraHeaders: TypeAlias = Mapping[str, str | None]
ExtraQuery: TypeAlias = Mapping[str, str]
ExtraBody: TypeAlias = Mapping[str, Any]
Timeout: TypeAlias = float | httpx.Timeout | None


class RequestOptions(TypedDict, total=False):
    """Per-call options every operation method accepts as `request_options`."""

    headers: Mapping[str, str | None]  # None: do not send this header at all
    query: Mapping[str, str]
    # JSON fields the spec does not declare (yet): merged into the JSON body,
    # or sent as the body of an operation that declares none
    extra_body: Mapping[str, Any]
    timeout: float | httpx.Timeout | None
    # Seconds the whole call may take: every attempt, wait and body read
    deadline: float | None
    max_retries: int


def with_extras(
    options: RequestOptions | None,
    extra_headers: ExtraHeaders | None,
    extra_query: ExtraQuery | None,
    extra_body: ExtraBody | None,
    timeout: Timeout | _serde.Unset,
) -> RequestOptions | None:
    """`options` with a method's escape hatches folded in. What they say wins
    over the same key in `options` (they are the more specific of the two)."""
    if (
        extra_headers is None
        and extra_query is None
        and extra_body is None
        and isinstance(timeout, _serde.Unset)
    ):
        return options
    merged: RequestOptions = {**options} if options else {}
    if extra_headers is not None:
        merged["headers"] = {**merged.get("headers", {}), **extra_headers}
    if extra_query is not None:
        merged["query"] = {**merged.get("query", {}), **extra_query}
    if extra_body is not None:
        merged["extra_body"] = {**merged.get("extra_body", {}), **extra_body}
    if not isinstance(timeout, _serde.Unset):
        merged["timeout"] = timeout
    return merged


class RequestSpec:
    """What an operation method wants sent, and what it expects back."""

    __slots__ = (
        "accept",
        "client_parameters",
        "content",
        "content_type",
        "cookies",
        "declared_headers",
        "error_body",
        "error_model",
        "error_models",
        "expected",
        "files",
        "form",
        "has_json",
        "headers",
        "json",
        "method",
        "part_types",
        "path",
        "query",
        "raw_query",
        "repeatable",
        "stream",
    )

    def __init__(
        self,
        *,
        method: str,
        path: str,
        query: list[tuple[str, str]] | None = None,
        raw_query: tuple[str, ...] = (),
        headers: dict[str, str] | None = None,
        cookies: list[tuple[str, str]] | None = None,
        client_parameters: tuple[str, ...] = (),
        json: Any = None,
        has_json: bool = False,
        content: FileContent | None = None,
        content_type: str | None = None,
        form: dict[str, Any] | None = None,
        files: dict[str, FileInput | list[FileInput]] | None = None,
        accept: str | None = None,
        expected: tuple[int, ...] = (200,),
        error_model: Callable[[Any], Any] | None = None,
        error_models: Mapping[int, Callable[[Any], Any]] | None = None,
        error_body: Callable[[bytes], Any] | None = None,
        stream: bool = False,
        declared_headers: Mapping[int, Mapping[str, str]] | None = None,
        repeatable: bool = False,
        part_types: Mapping[str, str] | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.query = query or []
        # names of query parameters sent as they are (x-ms-skip-url-encoding)
        self.raw_query = raw_query
        self.headers = headers or {}
        # cookie parameters, sent as one `Cookie` header
        self.cookies = cookies or []
        # wire names of the client's parameters that this operation sends
        self.client_parameters = client_parameters
        self.json = json
        self.has_json = has_json
        # a body sent as it is: bytes (XML, text) or an upload (binary)
        self.content = content
        self.content_type = content_type
        self.form = form
        self.files = files
        # field name -> the media type its multipart part is sent as (a
        # file's unless the caller gives one), as the spec's encoding says
        self.part_types = part_types or {}
        self.accept = accept
        self.expected = expected
        self.error_model = error_model
        # status -> the error's own type where the spec declares one for that
        # status (x-ms-error-response); error_model covers the other statuses
        self.error_models = error_models or {}
        # how an error body that is not JSON (XML) becomes its wire form
        self.error_body = error_body
        self.stream = stream
        # status -> {header name: kind}, for raw responses (see _response.py)
        self.declared_headers = declared_headers or {}
        # the operation takes Azure's Repeatability-* headers: the service
        # recognizes a repeat, so even a POST may be retried
        self.repeatable = repeatable


def _copy_spec(spec: RequestSpec, **changes: Any) -> RequestSpec:
    """A copy of `spec` with some fields changed (redirects, extra body fields)."""
    copy = RequestSpec(method=spec.method, path=spec.path)
    for name in RequestSpec.__slots__:
        setattr(copy, name, changes.get(name, getattr(spec, name)))
    return copy


def format_path(template: str, values: Mapping[str, tuple[Any, bool]]) -> str:
    """Fill a path template; each value is (value, skip_url_encoding). An empty
    value or a dot segment would make the URL name another resource (httpx
    resolves `..`), so it is refused before anything is sent."""
    path = template
    for name, (value, raw) in values.items():
        if value is None:
            raise ArgumentError(
                f"path parameter {name!r} is required; None cannot be sent"
            )
        text = query_value(value)
        segments = text.split("/") if raw else [text]
        if not text or any(
            segment.lower().replace("%2e", ".") in (".", "..") for segment in segments
        ):
            raise ArgumentError(
                f"path parameter {name!r} cannot be {text!r}: the URL would name"
                " another resource"
            )
        path = path.replace("{" + name + "}", text if raw else quote(text, safe=""))
    return path


def styled(value: Any, style: str, name: str, encode: bool = True) -> str:
    """A path or header value in OpenAPI's `simple`, `label` or `matrix`
    style (`*` after it: exploded), as RFC 6570 spells them: a list `3,4`,
    `.3,4` (`.3.4`), `;id=3,4` (`;id=3;id=4`); an object `R,1,G,2`
    (`R=1,G=2`), `.R,1,G,2` (`.R=1.G=2`), `;c=R,1,G,2` (`;R=1;G=2`); `;id`
    for an empty value. In a path (`encode`) its values are
    percent-encoded and the style's own `.`, `;`, `=` and `,` are not. An
    object with an object or a list inside, which RFC 6570 does not spell
    (it goes one level deep), is its JSON text, as in any other place."""
    kind, explode = style.rstrip("*"), style.endswith("*")

    def text(item: Any) -> str:
        wire = query_value(item)
        return quote(wire, safe="") if encode else wire

    fields = _plain(value)
    if isinstance(fields, Mapping) and any(
        isinstance(_plain(v), (Mapping, list, tuple)) for v in fields.values()
    ):
        wire = json_value(value)
        return quote(wire, safe="") if encode else wire
    if isinstance(fields, Mapping):
        pairs = [(text(k), text(v)) for k, v in fields.items() if v is not None]
        if explode:
            if kind == "matrix":
                return "".join(f";{k}={v}" for k, v in pairs)
            joined = ("." if kind == "label" else ",").join(
                f"{k}={v}" for k, v in pairs
            )
            return ("." if kind == "label" else "") + joined
        items, explode = [part for pair in pairs for part in pair], False
    else:
        items = [text(item) for item in (value if isinstance(value, list) else [value])]
    if kind == "simple":
        return ",".join(items)
    if kind == "label":
        return "." + ("." if explode else ",").join(items)
    key = text(name)
    parts = items if explode else [",".join(items)]
    return "".join(f";{key}={part}" if part else f";{key}" for part in parts)


def require(**values: Any) -> None:
    """Refuse a required argument given as None (it would be sent as `None`)."""
    for name, value in values.items():
        if value is None:
            raise ArgumentError(f"{name} is required; None cannot be sent")


_HAS_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def format_host(
    template: str, values: Mapping[str, tuple[str, bool]], scheme: str = ""
) -> str:
    """Fill a host template such as `{endpoint}/openai`; each value is
    (value, skip_url_encoding). A value used as is loses a trailing slash, so
    that `https://x/` and `https://x` give the same URL. With `scheme`, a URL
    that has none gets it (`{account}{host}` filled with `acct` and `.host`)."""
    url = template
    for name, (value, raw) in values.items():
        url = url.replace(
            "{" + name + "}", value.rstrip("/") if raw else quote(value, safe="")
        )
    if scheme and not _HAS_SCHEME.match(url):
        url = f"{scheme}://{url}"
    return url


def new_request_id() -> str:
    """A random (version 4) UUID, spelled out without the uuid module's cost."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


def drop_none(values: Mapping[str, T | None]) -> dict[str, T]:
    return {k: v for k, v in values.items() if v is not None}


def query_value(value: Any) -> str:
    """A value as the text of a path segment, a query parameter or a header:
    its wire form (a date-time in ISO 8601, bytes in base64, an enum as its
    value), and an object as compact JSON (no `style` spells an object in an
    array, or a union's object alternative)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return ",".join(query_value(item) for item in value)
    wire = _serde.one_of_to_wire(value)
    if isinstance(wire, (dict, list)):
        return json.dumps(wire, separators=(",", ":"), default=str)
    return str(wire)


def _plain(value: Any) -> Any:
    """A model as its wire dict (what an object parameter's fields are)."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def object_query(name: str, value: Any, style: str) -> list[tuple[str, str]]:
    """An object (a dict or a model) as query pairs, as OpenAPI's `style`
    spells it: `deepObject` as name[key]=value (see `_deep`), `form`
    exploded as key=value, `form-flat` as name=key,value,..."""
    fields = _plain(value)
    if style == "deepObject":
        return _deep(name, fields)
    if not isinstance(fields, Mapping):
        return [(name, query_value(fields))]
    if style == "form":
        return [(str(k), query_value(v)) for k, v in fields.items() if v is not None]
    joined = ",".join(
        f"{k},{query_value(v)}" for k, v in fields.items() if v is not None
    )
    return [(name, joined)]


def _deep(name: str, value: Any) -> list[tuple[str, str]]:
    """deepObject's brackets: name[key]=value, nested objects deeper. OpenAPI
    leaves arrays undefined; they are spelled as the bracket conventions
    (qs, PHP, Rack) read them and as Stripe documents its own: plain items
    as name[]=item each, objects (which need them told apart) by index,
    name[0][key]=value."""
    value = _plain(value)
    if isinstance(value, Mapping):
        return [
            pair
            for key, item in value.items()
            if item is not None
            for pair in _deep(f"{name}[{key}]", item)
        ]
    if isinstance(value, (list, tuple)):
        items = [_plain(item) for item in value if item is not None]
        if any(isinstance(item, (Mapping, list, tuple)) for item in items):
            return [
                pair
                for index, item in enumerate(items)
                for pair in _deep(f"{name}[{index}]", item)
            ]
        return [(f"{name}[]", query_value(item)) for item in items]
    return [(name, query_value(value))]


class StyledField:
    """A form field that OpenAPI's `style` spells as fields of its own (an
    object's, or deepObject's brackets); the pipeline writes them out."""

    __slots__ = ("style", "value")

    def __init__(self, value: Any, style: str) -> None:
        self.value = value
        self.style = style


def _spelled(form: Mapping[str, Any]) -> dict[str, Any]:
    """A form with its styled fields written out (a name given several
    values holds them in a list, as a repeated field does)."""
    if not any(isinstance(value, StyledField) for value in form.values()):
        return dict(form)
    result: dict[str, list[Any]] = {}
    for name, value in _each(form):
        pairs = (
            object_query(name, value.value, value.style)
            if isinstance(value, StyledField)
            else [(name, value)]
        )
        for key, one in pairs:
            result.setdefault(key, []).append(one)
    return {
        key: values[0] if len(values) == 1 else values for key, values in result.items()
    }


def json_value(value: Any) -> str:
    """A parameter whose `content` is JSON: the value as compact JSON text
    (of its wire form: a date-time in ISO 8601, bytes in base64)."""
    return json.dumps(_serde.one_of_to_wire(value), separators=(",", ":"), default=str)


# Set while `with_raw_response` runs a call: the pipeline reports the final
# response of each request there.
RESPONSE_SINK: ContextVar[list[tuple[httpx.Response, RequestSpec]] | None] = ContextVar(
    "response_sink", default=None
)
# Set while `with_streaming_response` starts a call: the first expected answer
# is handed over unread (by `Deferred`) instead of read and parsed.
DEFER_BODY: ContextVar[bool] = ContextVar("defer_body", default=False)
# Set while a streamed response is parsed: the call's first request is
# answered by this response instead of being sent (see `_replayed`).
REPLAY: ContextVar[list[httpx.Response] | None] = ContextVar("replay", default=None)


class Deferred(BaseException):
    """Carries an expected answer, unread, out of an operation method's code
    to `with_streaming_response` (a BaseException, so that no `except
    Exception` on the way can take it for an error)."""

    def __init__(self, response: httpx.Response, spec: RequestSpec) -> None:
        super().__init__(response.status_code)
        self.response = response
        self.spec = spec


def _replayed() -> httpx.Response | None:
    """The response to answer the next request with, once (see REPLAY)."""
    waiting = REPLAY.get()
    return waiting.pop() if waiting else None


def _deferred(response: httpx.Response, spec: RequestSpec) -> None:
    """Hand an expected answer over unread when `with_streaming_response`
    asked for it (once per call)."""
    if DEFER_BODY.get():
        DEFER_BODY.set(False)
        raise Deferred(response, spec)


class _Call:
    """What the attempts of one call share: the retry budget, the deadline,
    whether a repeat is safe, and the headers that make it so (the same on
    every attempt)."""

    __slots__ = ("deadline", "end", "headers", "max_retries", "repeatable")

    def __init__(
        self,
        max_retries: int,
        deadline: float | None,
        repeatable: bool,
        headers: dict[str, str],
    ) -> None:
        self.max_retries = max_retries
        self.deadline = deadline
        self.end = None if deadline is None else time.monotonic() + deadline
        self.repeatable = repeatable
        self.headers = headers

    def remaining(self) -> float | None:
        return None if self.end is None else self.end - time.monotonic()

    def check(self, request: httpx.Request | None) -> None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise ApiTimeoutError(
                f"the call's deadline of {self.deadline}s passed", request=request
            )

    def may_wait(self, delay: float) -> bool:
        left = self.remaining()
        return left is None or delay < left


class _PipelineCore:
    """What the sync and async pipelines share: everything but the I/O."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth | None,
        client_parameters: Mapping[str, tuple[str, str | None]],
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        polling_interval: float,
        credential_hosts: Sequence[str] = (),
        enforce_https: bool = True,
        idempotency_header: str | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        deadline: float | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if "#" in base_url or "?" in base_url:
            # Every path is appended to it: a query or fragment would swallow them.
            raise ArgumentError(
                f"the endpoint {base_url!r} has a query or fragment; pass the service's"
                " root URL (scheme, host, path) only"
            )
        if isinstance(credential_hosts, str):
            raise ArgumentError("credential_hosts is a list of host names, not a str")
        self.base_url = base_url.rstrip("/")
        own = httpx.URL(self.base_url)
        self._origin = (own.scheme, own.host, own.port)
        self.auth = auth
        # wire name -> (where it goes: "query", "header", "path" or "path-raw",
        # value or None)
        self.client_parameters = dict(client_parameters)
        self.timeout = timeout
        self.max_retries = max_retries
        self.polling_interval = polling_interval
        # Other hosts that may see the client's credentials (a service that
        # polls or pages on another host); "*.example.com" covers subdomains.
        self.credential_hosts = tuple(h.lower() for h in credential_hosts)
        self.enforce_https = enforce_https
        self.idempotency_header = idempotency_header
        self.max_body_size = max_body_size
        self.deadline = deadline
        # Azure clients send a new request id with every request (unless the
        # call brings its own), as Azure SDKs do; None: no such header.
        self.request_id_header: str | None = None
        if auth is not None and auth.query_names:
            redact_in_httpx_logs(auth.query_names)

    def _call(self, spec: RequestSpec, options: RequestOptions | None) -> _Call:
        """The shared state of a call's attempts. A request that is not
        idempotent is repeated only when the service can recognize a repeat:
        Azure's Repeatability-* headers, or the client's idempotency header."""
        max_retries = self._max_retries(spec, options)
        deadline = options.get("deadline", self.deadline) if options else self.deadline
        headers: dict[str, str] = {}
        repeatable = spec.method.upper() in IDEMPOTENT_METHODS
        if not repeatable and spec.repeatable:
            headers[REPEATABILITY_ID] = new_request_id()
            headers[REPEATABILITY_FIRST_SENT] = email.utils.formatdate(usegmt=True)
            repeatable = True
        elif not repeatable and self.idempotency_header:
            headers[self.idempotency_header] = new_request_id()
            repeatable = True
        return _Call(max_retries, deadline, repeatable, headers)

    def _build(
        self,
        http_client: httpx.Client | httpx.AsyncClient,
        spec: RequestSpec,
        options: RequestOptions | None,
        opened: ExitStack,
        call: _Call,
    ) -> httpx.Request:
        call.check(None)
        params: list[tuple[str, str | int | float | bool | None]] = []
        headers = dict(spec.headers)
        if call.headers:  # the call's idempotency headers, unless the caller gave them
            given = {name.lower() for name in headers}
            headers.update(
                (k, v) for k, v in call.headers.items() if k.lower() not in given
            )
        path = spec.path
        for name in spec.client_parameters:
            where, value = self.client_parameters[name]
            if where.startswith("path"):
                path = format_path(path, {name: (value, where == "path-raw")})
            elif value is not None:
                if where == "header":
                    headers[name] = value
                else:
                    params.append((name, value))
        params += spec.query
        if spec.cookies:
            headers["Cookie"] = cookie_header(spec.cookies, headers.get("Cookie"))
        if spec.accept and not any(name.lower() == "accept" for name in headers):
            headers["Accept"] = spec.accept  # (unless an Accept parameter says)
        content: Any = None
        extra = options.get("extra_body") if options else None
        if extra:
            spec = _with_extra_body(spec, extra)
        if spec.has_json:
            content = json.dumps(spec.json, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = spec.content_type or "application/json"
        elif spec.content is not None:
            content = _raw_content(
                spec.content,
                opened,
                headers,
                isinstance(http_client, httpx.AsyncClient),
            )
            headers["Content-Type"] = spec.content_type or "application/octet-stream"
        wanted = self.request_id_header
        if wanted and wanted not in headers:  # (a per-call header replaces it below)
            headers[wanted] = new_request_id()
        if options:
            params += list((options.get("query") or {}).items())
            for name, value in (options.get("headers") or {}).items():
                for existing in [k for k in headers if k.lower() == name.lower()]:
                    del headers[existing]
                if value is not None:  # None: do not send this header at all
                    headers[name] = value
        timeout = options.get("timeout", self.timeout) if options else self.timeout
        left = call.remaining()
        if left is not None:
            timeout = _bounded(timeout, left)
        full = path.startswith(("http://", "https://"))
        url: str | httpx.URL = path if full else self.base_url + path
        if full or "?" in path:
            # A URL with a query of its own (a next link, a status monitor)
            # keeps it; httpx would replace it with `params`.
            url = httpx.URL(url)
            params = [*url.params.multi_items(), *params]
            url = url.copy_with(query=None)
        if full and not self._trusted(httpx.URL(url)):
            # A URL the service named, on another origin: no credential the
            # caller or the client put in headers goes there.
            _drop_credentials(headers, self.auth)
            params = [(k, v) for k, v in params if not self._is_query_credential(k)]
        if spec.raw_query:
            url = _with_raw_query(url, params, spec.raw_query)
            params = []
        _check_headers(headers)
        form = _spelled(spec.form) if spec.form else None
        files = (
            _httpx_files(spec.files, opened, spec.part_types) if spec.files else None
        )
        if form and spec.content_type == "multipart/form-data":
            # httpx sends fields alone, with no file, as an urlencoded form
            files = [*_form_parts(form, spec.part_types), *(files or [])]
            form = None
        return http_client.build_request(
            spec.method,
            url,
            params=params or None,
            headers=headers,
            content=content,
            data=form,
            files=files,
            timeout=timeout,
        )

    def _credentials_for(self, request: httpx.Request) -> Auth | None:
        """The credentials that go with this request: only to the client's
        own origin (or a host the caller named), and a bearer token (or a
        password) never over plain http."""
        if self.auth is None or not self._trusted(request.url):
            return None
        if self.auth.bearer and self.enforce_https and request.url.scheme != "https":
            raise InsecureTransportError(
                f"{self.auth.what} would go over plain http to {request.url.host};"
                " use an https:// endpoint (or, against a local test server only,"
                " pass enforce_https=False)"
            )
        return self.auth

    def _trusted(self, url: httpx.URL) -> bool:
        if (url.scheme, url.host, url.port) == self._origin:
            return True
        if url.scheme != "https" or not self.credential_hosts:
            return False
        host = url.host.lower()
        return any(
            host == allowed or (allowed.startswith("*.") and host.endswith(allowed[1:]))
            for allowed in self.credential_hosts
        )

    def _is_query_credential(self, name: str) -> bool:
        return self.auth is not None and name in self.auth.query_names

    def public_url(self, url: str) -> str:
        """`url` without the client's query credentials (for continuation
        tokens and anything else that leaves the client)."""
        if self.auth is None or not self.auth.query_names or "?" not in url:
            return url
        parsed = httpx.URL(url)
        kept = [
            (k, v)
            for k, v in parsed.params.multi_items()
            if not self._is_query_credential(k)
        ]
        return str(
            parsed.copy_with(params=kept) if kept else parsed.copy_with(query=None)
        )

    def _max_retries(self, spec: RequestSpec, options: RequestOptions | None) -> int:
        if not _replayable(spec):
            return 0
        return (
            options.get("max_retries", self.max_retries)
            if options
            else self.max_retries
        )

    def _retry_error(
        self, exc: httpx.TransportError, call: _Call, attempt: int, delay: float
    ) -> bool:
        """Whether to send again after a failure without an answer. A request
        that may have reached the service is repeated only if that is safe."""
        if attempt >= call.max_retries or not call.may_wait(delay):
            return False
        return call.repeatable or isinstance(exc, NOT_SENT_ERRORS)

    def _retry_status(
        self, response: httpx.Response, call: _Call, attempt: int, delay: float
    ) -> bool:
        status = response.status_code
        if attempt >= call.max_retries or not call.may_wait(delay):
            return False
        if status in NOT_ACTED_ON_STATUSES:
            return True
        return status in RETRY_STATUSES and call.repeatable

    def _transport_error(
        self,
        exc: httpx.TransportError,
        request: httpx.Request,
        attempts: int,
        spec: RequestSpec,
        call: _Call,
    ) -> ClientError:
        kind = (
            ApiTimeoutError
            if isinstance(exc, httpx.TimeoutException)
            else ApiConnectionError
        )
        what = "request timed out" if kind is ApiTimeoutError else "connection failed"
        note = ""
        if not _replayable(spec):
            note = "; not retried: the upload is a stream that cannot be sent again"
        elif not call.repeatable and not isinstance(exc, NOT_SENT_ERRORS):
            note = "; " + _not_repeatable(request.method)
        error = kind(f"{what}: {exc or type(exc).__name__}{note}", request=request)
        error.attempts = attempts
        LOGGER.debug("%s %s: %s", request.method, safe_url(request), error)
        return error

    def _why_not(self, spec: RequestSpec, response: httpx.Response, call: _Call) -> str:
        """Why a retryable failure was not retried, when that is not obvious."""
        status = response.status_code
        if status not in RETRY_STATUSES or status in NOT_ACTED_ON_STATUSES:
            return ""
        if not _replayable(spec):
            return "not retried: the upload is a stream that cannot be sent again"
        if not call.repeatable:
            return _not_repeatable(spec.method)
        return ""

    def _log_retry(
        self, request: httpx.Request, delay: float, why: str, attempt: int
    ) -> None:
        LOGGER.debug(
            "retrying %s %s in %.2fs (%s; retry %d)",
            request.method,
            safe_url(request),
            delay,
            why,
            attempt,
        )

    def _finish(self, response: httpx.Response, spec: RequestSpec) -> None:
        sink = RESPONSE_SINK.get()
        if sink is not None:
            sink.append((response, spec))

    def _redirect(
        self, spec: RequestSpec, response: httpx.Response, redirects: int
    ) -> RequestSpec | None:
        """The request to send next when the answer is a redirect a client
        follows: 301/302 for GET and HEAD (a PUT or PATCH is not repeated
        elsewhere), 303 as a GET, 307/308 as they were. None otherwise."""
        status, method = response.status_code, spec.method
        location = response.headers.get("location")
        if not location or status not in REDIRECT_STATUSES:
            return None
        if status in (301, 302) and method not in ("GET", "HEAD"):
            return None
        if redirects >= MAX_REDIRECTS:
            raise ApiConnectionError(
                f"more than {MAX_REDIRECTS} redirects, the last to {location}",
                request=response.request,
            )
        target = str(response.request.url.join(location))
        # The target is a whole URL: the query it names is the query to send.
        changes: dict[str, Any] = {"path": target, "query": [], "raw_query": ()}
        changes["client_parameters"] = ()
        if status == 303:  # See Other: a GET of the new place, without the body
            changes.update(
                method="GET" if method != "HEAD" else method,
                json=None,
                has_json=False,
                content=None,
                form=None,
                files=None,
            )
        return _copy_spec(spec, **changes)

    def _too_large(self, response: httpx.Response, size: int) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{response.request.method} {safe_url(response.request)}: the body is"
            f" larger than max_body_size ({self.max_body_size} bytes; {size} read);"
            " pass a larger max_body_size to the client if that is expected",
            response,
        )

    def _declared_size(self, response: httpx.Response, call: _Call) -> str:
        """ "small": the body's declared length is within the cap and nothing
        can make it grow (no compression) or slow (no deadline), so httpx may
        read it as it is; "large": over the cap already; else "unknown"."""
        declared = response.headers.get("content-length", "")
        if not declared.isdigit() or "content-encoding" in response.headers:
            return "unknown"
        if int(declared) > self.max_body_size:
            return "large"
        return "small" if call.end is None else "unknown"


def _check_open(closed: bool) -> None:
    if closed:
        # (as httpx says of a closed client of its own)
        raise RuntimeError("Cannot send a request, as the client has been closed.")


class Pipeline(_PipelineCore):
    """The transport shared by a sync client and its operation groups."""

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] | None = None,
        **settings: Any,
    ) -> None:
        settings.setdefault("timeout", DEFAULT_TIMEOUT)
        settings.setdefault("max_retries", DEFAULT_MAX_RETRIES)
        settings.setdefault("polling_interval", 1.0)
        super().__init__(**settings)
        self._owns_client = http_client is None
        self._http_client = http_client
        self._closed = False
        self._making = threading.Lock()
        self.sleep = sleep or time.sleep

    @property
    def http_client(self) -> httpx.Client:
        """The httpx client; one of the client's own is made at the first
        request, not with the client (its TLS set-up costs tens of
        milliseconds that creating a client, or importing code that does,
        should not)."""
        made = self._http_client
        if made is None:
            _check_open(self._closed)
            with self._making:
                if self._http_client is None:
                    self._http_client = httpx.Client()
                made = self._http_client
        return made

    def close(self) -> None:
        self._closed = True
        if self._owns_client and self._http_client is not None:
            self._http_client.close()

    def send(
        self, spec: RequestSpec, options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send, retrying what is worth retrying; raise the typed error for an
        unexpected status. A streamed response is returned unread."""
        call = self._call(spec, options)
        replayed = _replayed()
        if replayed is not None:
            if not spec.stream:
                self._read(replayed, call)
            self._finish(replayed, spec)
            return replayed
        attempt = redirects = 0
        while True:
            started = time.monotonic()
            with ExitStack() as opened:
                request = self._build(self.http_client, spec, options, opened, call)
                auth = self._credentials_for(request)
                if auth is not None:
                    auth.apply(request)
                try:
                    # Redirects are ours to follow, whatever the httpx client
                    # was told: only we know which headers are credentials.
                    response = self.http_client.send(
                        request, stream=True, follow_redirects=False
                    )
                except httpx.TransportError as exc:
                    delay = retry_delay(attempt + 1, None)
                    if self._retry_error(exc, call, attempt, delay):
                        attempt += 1
                        self._log_retry(request, delay, type(exc).__name__, attempt)
                        self.sleep(delay)
                        continue
                    raise self._transport_error(
                        exc, request, attempt + 1, spec, call
                    ) from exc
            log_response(request, response, time.monotonic() - started)
            follow = self._redirect(spec, response, redirects)
            if follow is not None:
                response.close()
                spec, redirects = follow, redirects + 1
                continue
            if response.status_code in spec.expected:
                _deferred(response, spec)
                if not spec.stream:
                    try:
                        self._read(response, call)
                    except httpx.TransportError as exc:  # the body broke off
                        delay = retry_delay(attempt + 1, None)
                        if self._retry_error(exc, call, attempt, delay):
                            attempt += 1
                            self._log_retry(request, delay, type(exc).__name__, attempt)
                            self.sleep(delay)
                            continue
                        raise self._transport_error(
                            exc, request, attempt + 1, spec, call
                        ) from exc
                self._finish(response, spec)
                return response
            delay = retry_delay(attempt + 1, response.headers)
            if self._retry_status(response, call, attempt, delay):
                attempt += 1
                response.close()
                self._log_retry(
                    request, delay, f"status {response.status_code}", attempt
                )
                self.sleep(delay)
                continue
            try:
                self._read(response, call)
            except httpx.TransportError as exc:
                raise self._transport_error(
                    exc, request, attempt + 1, spec, call
                ) from exc
            raise status_error(
                response,
                spec.error_models.get(response.status_code, spec.error_model),
                attempt + 1,
                self._why_not(spec, response, call),
                spec.error_body,
                strict_shape=response.status_code not in spec.error_models,
            )

    def _read(self, response: httpx.Response, call: _Call) -> None:
        """Read the body, at most `max_body_size` bytes (after decompression)
        and within the call's deadline; else close the connection and raise."""
        size_class = self._declared_size(response, call)
        if size_class == "small":
            response.read()  # HTTP/1.1 framing holds it to the declared length
            return
        if size_class == "large":
            response.close()
            raise self._too_large(response, 0)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.max_body_size:
                    raise self._too_large(response, size)
                call.check(response.request)
                chunks.append(chunk)
        finally:
            response.close()
        # What httpx's own `read()` stores: `.content` and `.json()` read it.
        response._content = b"".join(chunks)


class AsyncPipeline(_PipelineCore):
    """The transport shared by an async client and its operation groups."""

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        **settings: Any,
    ) -> None:
        settings.setdefault("timeout", DEFAULT_TIMEOUT)
        settings.setdefault("max_retries", DEFAULT_MAX_RETRIES)
        settings.setdefault("polling_interval", 1.0)
        super().__init__(**settings)
        self._owns_client = http_client is None
        self._http_client = http_client
        self._closed = False
        self.sleep = sleep or _asyncio_sleep

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The httpx client; one of the client's own is made at the first
        request (see Pipeline.http_client). One event loop runs this, and
        nothing awaits between the test and the assignment: no lock."""
        made = self._http_client
        if made is None:
            _check_open(self._closed)
            made = self._http_client = httpx.AsyncClient()
        return made

    async def close(self) -> None:
        self._closed = True
        if self._owns_client and self._http_client is not None:
            await self._http_client.aclose()

    async def send(
        self, spec: RequestSpec, options: RequestOptions | None = None
    ) -> httpx.Response:
        """The async twin of `Pipeline.send`."""
        call = self._call(spec, options)
        replayed = _replayed()
        if replayed is not None:
            if not spec.stream:
                await self._read(replayed, call)
            self._finish(replayed, spec)
            return replayed
        attempt = redirects = 0
        while True:
            started = time.monotonic()
            with ExitStack() as opened:
                request = self._build(self.http_client, spec, options, opened, call)
                auth = self._credentials_for(request)
                if auth is not None:
                    await auth.apply_async(request)
                try:
                    response = await self.http_client.send(
                        request, stream=True, follow_redirects=False
                    )
                except httpx.TransportError as exc:
                    delay = retry_delay(attempt + 1, None)
                    if self._retry_error(exc, call, attempt, delay):
                        attempt += 1
                        self._log_retry(request, delay, type(exc).__name__, attempt)
                        await self.sleep(delay)
                        continue
                    raise self._transport_error(
                        exc, request, attempt + 1, spec, call
                    ) from exc
            log_response(request, response, time.monotonic() - started)
            follow = self._redirect(spec, response, redirects)
            if follow is not None:
                await response.aclose()
                spec, redirects = follow, redirects + 1
                continue
            if response.status_code in spec.expected:
                _deferred(response, spec)
                if not spec.stream:
                    try:
                        await self._read(response, call)
                    except httpx.TransportError as exc:  # the body broke off
                        delay = retry_delay(attempt + 1, None)
                        if self._retry_error(exc, call, attempt, delay):
                            attempt += 1
                            self._log_retry(request, delay, type(exc).__name__, attempt)
                            await self.sleep(delay)
                            continue
                        raise self._transport_error(
                            exc, request, attempt + 1, spec, call
                        ) from exc
                self._finish(response, spec)
                return response
            delay = retry_delay(attempt + 1, response.headers)
            if self._retry_status(response, call, attempt, delay):
                attempt += 1
                await response.aclose()
                self._log_retry(
                    request, delay, f"status {response.status_code}", attempt
                )
                await self.sleep(delay)
                continue
            try:
                await self._read(response, call)
            except httpx.TransportError as exc:
                raise self._transport_error(
                    exc, request, attempt + 1, spec, call
                ) from exc
            raise status_error(
                response,
                spec.error_models.get(response.status_code, spec.error_model),
                attempt + 1,
                self._why_not(spec, response, call),
                spec.error_body,
                strict_shape=response.status_code not in spec.error_models,
            )

    async def _read(self, response: httpx.Response, call: _Call) -> None:
        """The async twin of `Pipeline._read`."""
        size_class = self._declared_size(response, call)
        if size_class == "small":
            await response.aread()
            return
        if size_class == "large":
            await response.aclose()
            raise self._too_large(response, 0)
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.max_body_size:
                    raise self._too_large(response, size)
                call.check(response.request)
                chunks.append(chunk)
        finally:
            await response.aclose()
        response._content = b"".join(chunks)


def _not_repeatable(method: str) -> str:
    return (
        f"not retried: {method} is not idempotent and the service has no way to"
        " recognize a repeat (pass idempotency_header=... to the client if the"
        " service deduplicates by a key)"
    )


def _bounded(
    timeout: float | httpx.Timeout | None, left: float
) -> float | httpx.Timeout:
    """`timeout`, no longer than what is left of the call's deadline."""
    if timeout is None:
        return left
    if not isinstance(timeout, httpx.Timeout):
        return min(timeout, left)
    return httpx.Timeout(
        connect=_shorter(timeout.connect, left),
        read=_shorter(timeout.read, left),
        write=_shorter(timeout.write, left),
        pool=_shorter(timeout.pool, left),
    )


def _shorter(value: float | None, left: float) -> float:
    return left if value is None else min(value, left)


_CREDENTIAL_HEADERS = ("authorization", "proxy-authorization", "cookie")


def _drop_credentials(headers: dict[str, str], auth: Auth | None) -> None:
    names = {
        *_CREDENTIAL_HEADERS,
        *(n.lower() for n in (auth.header_names if auth else ())),
    }
    for name in [k for k in headers if k.lower() in names]:
        del headers[name]


# RFC 6265's cookie-octet, and the comma OpenAPI's form style joins lists with;
# anything else in a value is percent-encoded (so is `%`, to stay reversible).
_COOKIE_SAFE = "".join(c for c in map(chr, range(0x21, 0x7F)) if c not in '"%;\\')


def cookie_header(pairs: Sequence[tuple[str, str]], existing: str | None = None) -> str:
    """`name=value; name=value`: the cookie parameters as one `Cookie` header,
    after one the request has already (an API key sent as a cookie)."""
    text = "; ".join(
        f"{name}={quote(value, safe=_COOKIE_SAFE)}" for name, value in pairs
    )
    return f"{existing}; {text}" if existing else text


def _check_headers(headers: Mapping[str, str]) -> None:
    """A header that cannot be sent is the caller's mistake, found before
    anything goes out (not a connection failure to retry): a line break would
    start another header, and HTTP/1.1 headers are Latin-1."""
    for name, value in headers.items():
        text = f"{name}{value}"
        if "\r" in text or "\n" in text or "\x00" in text:
            raise ArgumentError(f"header {name!r} contains a line break or NUL")
        try:
            text.encode("latin-1")
        except UnicodeEncodeError:
            raise ArgumentError(
                f"header {name!r} has characters HTTP headers cannot carry;"
                " encode the value first (for example, percent-encode it)"
            ) from None


def _with_extra_body(spec: RequestSpec, extra: Mapping[str, Any]) -> RequestSpec:
    """A copy of `spec` whose JSON body has the extra fields too."""
    if spec.content is not None or spec.form or spec.files:
        raise ArgumentError("extra_body goes only with a JSON body, or none")
    if spec.has_json and not isinstance(spec.json, dict):
        raise ArgumentError("extra_body goes only with a JSON object body")
    return _copy_spec(spec, json={**(spec.json or {}), **extra}, has_json=True)


def negotiate_body(
    spec: RequestSpec, value: Any, content_type: str | None, offered: tuple[str, ...]
) -> None:
    """Put a body the operation accepts in several media types into `spec`:
    as the media type the caller named, or one that suits the value (bytes,
    a file or a path: a binary type; a str: a text type; else JSON)."""
    if value is None:
        return  # an optional body left out
    if content_type is None:
        content_type = _suited(value, offered)
        if content_type is None:
            raise ArgumentError(
                f"the service takes {', '.join(offered)}: name the media type"
                " of the body (content_type=...)"
            )
    spec.content_type = content_type
    binary = isinstance(value, (bytes, bytearray, os.PathLike)) or hasattr(
        value, "read"
    )
    if _kind(content_type) == "json" and not binary:
        spec.json = _json_body(value)
        spec.has_json = True
    elif isinstance(value, str):
        spec.content = value.encode("utf-8")
    else:
        spec.content = value


def _json_body(value: Any) -> Any:
    """A body value as JSON: models as their dicts (read-only fields left
    out), in lists and maps too; dates, bytes and enums in their wire form."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict(exclude_readonly=True)
    if isinstance(value, (list, tuple)):
        return [_json_body(item) for item in value]
    if isinstance(value, Mapping):
        return {key: _json_body(item) for key, item in value.items()}
    return _serde.one_of_to_wire(value)


# JSON values one after another (JSON Lines, NDJSON): their text is the body.
_JSON_SEQUENCES = (
    "jsonl",
    "jsonlines",
    "ndjson",
    "json-seq",
    "json-stream",
    "stream+json",
)


def _kind(media_type: str) -> str:
    lowered = media_type.split(";")[0].strip().lower()
    if lowered.startswith("text/") or lowered.endswith(_JSON_SEQUENCES):
        return "text"
    return "json" if "json" in lowered else "binary"


def _suited(value: Any, offered: tuple[str, ...]) -> str | None:
    wanted: tuple[str, ...]
    if isinstance(value, (bytes, bytearray, os.PathLike)) or hasattr(value, "read"):
        wanted = ("binary", "json")
    elif isinstance(value, str):
        wanted = ("text", "json")
    else:
        wanted = ("json",)
    sendable = [(m, _concrete(m)) for m in offered]
    for kind in wanted:
        for media_type, concrete in sendable:
            if concrete is not None and _kind(media_type) == kind:
                return concrete
    return next((concrete for _, concrete in sendable if concrete is not None), None)


# A range a request may be labelled by without the caller naming a type.
_RANGE_DEFAULTS = {
    "*/*": "application/octet-stream",
    "application/*": "application/octet-stream",
    "text/*": "text/plain",
}


def _concrete(media_type: str) -> str | None:
    """The type a request of this listed media type carries: itself, a
    default for a range that has one (`*/*`, `application/*+json`), else
    None (`image/*`: only the caller knows which image it sends)."""
    essence = media_type.split(";")[0].strip().lower()
    if "*" not in essence:
        return media_type
    if essence.endswith("+json"):
        return "application/json"
    return _RANGE_DEFAULTS.get(essence)


def _with_raw_query(
    url: str | httpx.URL,
    params: list[tuple[str, str | int | float | bool | None]],
    raw: tuple[str, ...],
) -> str:
    """The URL with its query written out: the parameters named in `raw` as
    they are, the others percent-encoded as usual."""
    encoded = str(httpx.QueryParams([(k, v) for k, v in params if k not in raw]))
    verbatim = "&".join(f"{k}={v}" for k, v in params if k in raw)
    query = "&".join(part for part in (encoded, verbatim) if part)
    return f"{url}?{query}" if query else str(url)


def decode(
    response: httpx.Response,
    convert: Callable[[Any], T],
    loads: Callable[[bytes], Any] | None = None,
) -> T | None:
    """The body of a success as the operation's return type: JSON (or what
    `loads` makes of the bytes), converted. An empty body or a null is None;
    a body that cannot be read as the spec declares is a DeserializationError."""
    content = response.content
    try:
        if not content.strip():
            return None
        value = json.loads(content) if loads is None else loads(content)
        return None if value is None else convert(value)
    except Exception as exc:
        # Whatever went wrong (bad JSON, a string for a number, a bad date),
        # the caller sees one kind of error, with the response.
        raise _decode_error(response, exc) from exc


def decode_required(
    response: httpx.Response,
    convert: Callable[[Any], T],
    loads: Callable[[bytes], Any] | None = None,
) -> T:
    """`decode` for a body the spec always promises (a model, an array, a map):
    an empty body or a null is a DeserializationError too."""
    value = decode(response, convert, loads)
    if value is None:
        raise DeserializationError(
            f"{response.request.method} {safe_url(response.request)}: the service sent"
            " no body (or null) where the spec declares one",
            response,
        )
    return value


def text_body(value: Any) -> str:
    """Marks, in `decode_by_status`, a status whose body is text: the
    response's own text is the result (never parsed as JSON)."""
    return str(value)


def decode_by_status(
    response: httpx.Response,
    converters: Mapping[int, tuple[Callable[[Any], Any], bool]],
) -> Any:
    """`decode` for an operation whose answers differ by status (a 200 with
    one model, a 201 with another, a 204 with nothing, a redirect with
    text): each status has its (converter, always present); a status without
    one has no body to read."""
    found = converters.get(response.status_code)
    if found is None:
        return None
    convert, present = found
    if convert is text_body:
        return response.text
    if present:
        return decode_required(response, convert)
    return decode(response, convert)


def _decode_error(response: httpx.Response, exc: Exception) -> DeserializationError:
    return DeserializationError(
        f"{response.request.method} {safe_url(response.request)}: the body is not"
        f" what the spec declares: {type(exc).__name__}: {exc}",
        response,
    )


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # only async clients pay for importing it

    await asyncio.sleep(seconds)


def status_error(
    response: httpx.Response,
    error_model: Callable[[Any], Any] | None,
    attempts: int = 1,
    note: str = "",
    error_body: Callable[[bytes], Any] | None = None,
    strict_shape: bool = True,
) -> ClientError:
    """The typed error for an unexpected status, with the parsed error body
    (JSON, or what `error_body` makes of it). A model is tried only on an
    object, unless the spec declares this status's own type (`strict_shape`
    False: a string or a number may be the error)."""
    try:
        body = response.json()
    except ValueError:
        body = _decoded_or_none(error_body, response.content)
    error = None
    if error_model is not None and (
        isinstance(body, dict) or (body is not None and not strict_shape)
    ):
        try:
            error = error_model(body)
        except Exception:  # noqa: BLE001 - a bad error body must not hide the status
            error = None
    exc = error_class_for(response.status_code)(response, error, body)
    exc.attempts = attempts
    if note:
        exc.args = (f"{exc.args[0]}; {note}",)
    # DEBUG, not WARNING: the caller gets the error, and may well expect it
    # (a 404 that means "absent"); a library should not print it too.
    LOGGER.debug(
        "%s %s failed: %s", response.request.method, safe_url(response.request), exc
    )
    return exc


def _decoded_or_none(decode: Callable[[bytes], Any] | None, content: bytes) -> Any:
    if decode is None or not content:
        return None
    try:
        return decode(content)
    except Exception:  # noqa: BLE001 - a bad error body must not hide the status
        return None


def retry_delay(attempt: int, headers: Mapping[str, str] | None) -> float:
    """Exponential backoff with jitter and a cap, unless the service said how
    long to wait (`retry-after-ms`, `Retry-After` in seconds or as a date)."""
    if headers is not None:
        told = told_delay(headers)
        if told is not None and 0 <= told <= MAX_RETRY_DELAY:
            return told
    base: float = min(INITIAL_RETRY_DELAY * 2.0 ** (attempt - 1), MAX_BACKOFF)
    return base * (1 - 0.25 * random.random())


def told_delay(headers: Mapping[str, str]) -> float | None:
    """The delay a response asks for, in seconds, if any."""
    for name in ("retry-after-ms", "x-ms-retry-after-ms"):
        value = headers.get(name)
        if value:
            try:
                return float(value) / 1000
            except ValueError:
                pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError):
        return None  # not a date a clock can hold: as if none was given


def _replayable(spec: RequestSpec) -> bool:
    """Whether the request's uploads, if any, can be sent again."""
    if spec.files and not _all_replayable(spec.files):
        return False
    return spec.content is None or _all_replayable({"body": spec.content})


def _all_replayable(files: Mapping[str, FileInput | list[FileInput]]) -> bool:
    """Whether every upload can be sent again (bytes, a path, a seekable file)."""
    for _, value in _each(files):
        content = value[1] if isinstance(value, tuple) else value
        if isinstance(content, (bytes, os.PathLike)):
            continue
        seekable = getattr(content, "seekable", None)
        if not (callable(seekable) and seekable()):
            return False
    return True


class JsonPart(str):
    """A form field's JSON text, which a multipart form sends as a part of
    type application/json (OpenAPI 3's default for an object)."""


def json_part(value: Any) -> JsonPart:
    return JsonPart(json_value(value))


def _each(values: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(name, value) of each field of a form, a list being the field
    repeated (several values, several files, under one name)."""
    return [
        (name, one)
        for name, value in values.items()
        for one in (value if isinstance(value, list) else [value])
    ]


def _form_parts(
    form: Mapping[str, Any], part_types: Mapping[str, str]
) -> list[tuple[str, Any]]:
    """The fields of a form as multipart parts (no file name: a field), each
    of the media type the spec gives it, else JSON text as JSON."""
    parts: list[tuple[str, Any]] = []
    for name, one in _each(form):
        content_type = part_types.get(name) or (
            "application/json" if isinstance(one, JsonPart) else None
        )
        data = str(one).encode("utf-8")
        parts.append(
            (name, (None, data) if content_type is None else (None, data, content_type))
        )
    return parts


def _httpx_files(
    files: Mapping[str, FileInput | list[FileInput]],
    opened: ExitStack,
    part_types: Mapping[str, str],
) -> list[tuple[str, Any]]:
    """httpx's multipart form: paths are opened for this request only, and file
    objects are handed over as they are, so httpx streams them in chunks. A
    list is several files under one name, each a part of its own; a file the
    caller gives no media type is of the one the spec gives its part."""
    result: list[tuple[str, Any]] = []
    for name, value in _each(files):
        filename: str | None = None
        content_type: str | None = part_types.get(name)
        content: Any = value
        if isinstance(value, tuple):
            filename, content = value[0], value[1]
            content_type = value[2] if len(value) > 2 else content_type
        if isinstance(content, os.PathLike):
            path = os.fspath(content)
            filename = filename or os.path.basename(path)
            content = opened.enter_context(open(path, "rb"))  # noqa: SIM115
        elif isinstance(content, str):
            raise TypeError(
                f"{name}: pass bytes, an open binary file or a pathlib.Path, not str"
            )
        elif not isinstance(content, bytes) and content.seekable():
            content.seek(0)
        if filename is None:
            filename = os.path.basename(str(getattr(content, "name", "") or "")) or name
        entry = (
            (filename, content)
            if content_type is None
            else (filename, content, content_type)
        )
        result.append((name, entry))
    return result


UPLOAD_CHUNK = 64 * 1024


def _raw_content(
    value: FileContent, opened: ExitStack, headers: dict[str, str], is_async: bool
) -> Any:
    """A body sent as it is. Paths are opened for this request only; files are
    streamed in chunks (from their start, so that a retry sends them whole),
    with a Content-Length when their size is known."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        raise TypeError("pass bytes, an open binary file or a pathlib.Path, not str")
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        file: IO[bytes] = opened.enter_context(open(path, "rb"))  # noqa: SIM115
    else:
        file = value
    if file.seekable():
        headers["Content-Length"] = str(file.seek(0, os.SEEK_END))
        file.seek(0)
    if is_async:
        return _async_chunks(file)
    return iter(lambda: file.read(UPLOAD_CHUNK), b"")


async def _async_chunks(file: IO[bytes]) -> Any:
    # The file is read synchronously, a chunk at a time, as httpx asks for it.
    while chunk := file.read(UPLOAD_CHUNK):
        yield chunk


_SAFE_QUERY_NAMES = frozenset({"api-version"})


def safe_url(request: httpx.Request) -> str:
    """The URL with query values that could be secrets masked."""
    url = request.url
    if not url.query:
        return str(url)
    masked = [
        (name, value if name.lower() in _SAFE_QUERY_NAMES else "***")
        for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(params=masked))


def log_response(
    request: httpx.Request, response: httpx.Response, elapsed: float
) -> None:
    if LOGGER.isEnabledFor(logging.DEBUG):
        LOGGER.debug(
            "%s %s -> %d in %.3fs (request id %s)",
            request.method,
            safe_url(request),
            response.status_code,
            elapsed,
            request_id(response.headers),
        )


class _RedactQueryCredentials(logging.Filter):
    """Masks the values of query credentials in httpx's own log lines (with
    logging at INFO, httpx logs every request's full URL)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(self._masked(arg) for arg in record.args)
        return True

    def _masked(self, value: Any) -> Any:
        if not isinstance(value, (httpx.URL, str)) or "?" not in str(value):
            return value
        try:
            url = httpx.URL(str(value))
        except (httpx.InvalidURL, ValueError):
            return value
        if not any(name in self.names for name in url.params):
            return value
        masked = [
            (name, "***" if name in self.names else item)
            for name, item in url.params.multi_items()
        ]
        return str(url.copy_with(params=masked))


_HTTPX_LOG_FILTER = _RedactQueryCredentials()


def redact_in_httpx_logs(names: Sequence[str]) -> None:
    """Keep the values of these query parameters out of httpx's log lines."""
    _HTTPX_LOG_FILTER.names.update(names)
    logger = logging.getLogger("httpx")
    if _HTTPX_LOG_FILTER not in logger.filters:
        logger.addFilter(_HTTPX_LOG_FILTER)
