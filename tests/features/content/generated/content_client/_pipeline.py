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
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import ExitStack
from contextvars import ContextVar
from typing import IO, Any, TypedDict, TypeVar
from urllib.parse import quote

import httpx

from ._auth import Auth
from ._errors import (
    ApiConnectionError,
    ApiTimeoutError,
    ArgumentError,
    ClientError,
    DeserializationError,
    error_class_for,
    request_id,
)

T = TypeVar("T")

LOGGER = logging.getLogger(__name__.rpartition(".")[0] or __name__)
# Silent unless the application configures logging (no "last resort" output).
LOGGER.addHandler(logging.NullHandler())

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
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


class RequestOptions(TypedDict, total=False):
    """Per-call options every operation method accepts as `request_options`."""

    headers: Mapping[str, str | None]  # None: do not send this header at all
    query: Mapping[str, str]
    # JSON fields the spec does not declare (yet): merged into the JSON body,
    # or sent as the body of an operation that declares none
    extra_body: Mapping[str, Any]
    timeout: float | httpx.Timeout | None
    max_retries: int


class RequestSpec:
    """What an operation method wants sent, and what it expects back."""

    __slots__ = (
        "accept",
        "client_parameters",
        "content",
        "content_type",
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
        "path",
        "query",
        "raw_query",
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
        client_parameters: tuple[str, ...] = (),
        json: Any = None,
        has_json: bool = False,
        content: FileContent | None = None,
        content_type: str | None = None,
        form: dict[str, Any] | None = None,
        files: dict[str, FileInput] | None = None,
        accept: str | None = None,
        expected: tuple[int, ...] = (200,),
        error_model: Callable[[Any], Any] | None = None,
        error_models: Mapping[int, Callable[[Any], Any]] | None = None,
        error_body: Callable[[bytes], Any] | None = None,
        stream: bool = False,
        declared_headers: Mapping[int, Mapping[str, str]] | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.query = query or []
        # names of query parameters sent as they are (x-ms-skip-url-encoding)
        self.raw_query = raw_query
        self.headers = headers or {}
        # wire names of the client's parameters that this operation sends
        self.client_parameters = client_parameters
        self.json = json
        self.has_json = has_json
        # a body sent as it is: bytes (XML, text) or an upload (binary)
        self.content = content
        self.content_type = content_type
        self.form = form
        self.files = files
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
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


# Set while `with_raw_response` runs a call: the pipeline reports the final
# response of each request there.
RESPONSE_SINK: ContextVar[list[tuple[httpx.Response, RequestSpec]] | None] = ContextVar(
    "response_sink", default=None
)


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
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if "#" in base_url or "?" in base_url:
            # Every path is appended to it: a query or fragment would swallow them.
            raise ArgumentError(
                f"the endpoint {base_url!r} has a query or fragment; pass the service's"
                " root URL (scheme, host, path) only"
            )
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        # wire name -> (where it goes: "query", "header", "path" or "path-raw",
        # value or None)
        self.client_parameters = dict(client_parameters)
        self.timeout = timeout
        self.max_retries = max_retries
        self.polling_interval = polling_interval
        # Azure clients send a new request id with every request (unless the
        # call brings its own), as Azure SDKs do; None: no such header.
        self.request_id_header: str | None = None

    def _build(
        self,
        http_client: httpx.Client | httpx.AsyncClient,
        spec: RequestSpec,
        options: RequestOptions | None,
        opened: ExitStack,
    ) -> httpx.Request:
        params: list[tuple[str, str | int | float | bool | None]] = []
        headers = dict(spec.headers)
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
        if spec.accept:
            headers.setdefault("Accept", spec.accept)
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
        full = path.startswith(("http://", "https://"))
        url: str | httpx.URL = path if full else self.base_url + path
        if full or "?" in path:
            # A URL with a query of its own (a next link, a status monitor)
            # keeps it; httpx would replace it with `params`.
            url = httpx.URL(url)
            params = [*url.params.multi_items(), *params]
            url = url.copy_with(query=None)
        if spec.raw_query:
            url = _with_raw_query(url, params, spec.raw_query)
            params = []
        _check_headers(headers)
        return http_client.build_request(
            spec.method,
            url,
            params=params or None,
            headers=headers,
            content=content,
            data=spec.form or None,
            files=_httpx_files(spec.files, opened) if spec.files else None,
            timeout=timeout,
        )

    def _max_retries(self, spec: RequestSpec, options: RequestOptions | None) -> int:
        if not _replayable(spec):
            return 0
        return (
            options.get("max_retries", self.max_retries)
            if options
            else self.max_retries
        )

    def _transport_error(
        self,
        exc: httpx.TransportError,
        request: httpx.Request,
        attempts: int,
        spec: RequestSpec,
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
        error = kind(f"{what}: {exc or type(exc).__name__}{note}", request=request)
        error.attempts = attempts
        LOGGER.debug("%s %s: %s", request.method, safe_url(request), error)
        return error

    def _why_not(self, spec: RequestSpec, response: httpx.Response) -> str:
        """Why a retryable failure was not retried, when that is not obvious."""
        retryable = response.status_code in RETRY_STATUSES
        if not retryable or _replayable(spec):
            return ""
        return "not retried: the upload is a stream that cannot be sent again"

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

    def _same_origin(self, url: httpx.URL) -> bool:
        """Whether a URL is on the client's own origin: only there do the
        client's credentials go (a redirect elsewhere is followed without them)."""
        own = httpx.URL(self.base_url)
        return (url.scheme, url.host, url.port) == (own.scheme, own.host, own.port)


class Pipeline(_PipelineCore):
    """The transport shared by a sync client and its operation groups."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth | None,
        client_parameters: Mapping[str, tuple[str, str | None]],
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        polling_interval: float = 1.0,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            client_parameters=client_parameters,
            timeout=timeout,
            max_retries=max_retries,
            polling_interval=polling_interval,
        )
        self._owns_client = http_client is None
        self.http_client = http_client if http_client is not None else httpx.Client()
        self.sleep = sleep or time.sleep

    def close(self) -> None:
        if self._owns_client:
            self.http_client.close()

    def send(
        self, spec: RequestSpec, options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send, retrying what is worth retrying; raise the typed error for an
        unexpected status. A streamed response is returned unread."""
        max_retries = self._max_retries(spec, options)
        attempt = redirects = 0
        while True:
            started = time.monotonic()
            with ExitStack() as opened:
                request = self._build(self.http_client, spec, options, opened)
                if self.auth is not None and (
                    not redirects or self._same_origin(request.url)
                ):
                    self.auth.apply(request)
                try:
                    response = self.http_client.send(request, stream=spec.stream)
                except httpx.TransportError as exc:
                    if attempt < max_retries:
                        attempt += 1
                        delay = retry_delay(attempt, None)
                        self._log_retry(request, delay, type(exc).__name__, attempt)
                        self.sleep(delay)
                        continue
                    raise self._transport_error(
                        exc, request, attempt + 1, spec
                    ) from exc
            log_response(request, response, time.monotonic() - started)
            follow = self._redirect(spec, response, redirects)
            if follow is not None:
                response.close()
                spec, redirects = follow, redirects + 1
                continue
            if response.status_code in spec.expected:
                self._finish(response, spec)
                return response
            if response.status_code in RETRY_STATUSES and attempt < max_retries:
                attempt += 1
                delay = retry_delay(attempt, response.headers)
                response.close()
                self._log_retry(
                    request, delay, f"status {response.status_code}", attempt
                )
                self.sleep(delay)
                continue
            if not response.is_closed:
                response.read()
            raise status_error(
                response,
                spec.error_models.get(response.status_code, spec.error_model),
                attempt + 1,
                self._why_not(spec, response),
                spec.error_body,
                strict_shape=response.status_code not in spec.error_models,
            )


class AsyncPipeline(_PipelineCore):
    """The transport shared by an async client and its operation groups."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth | None,
        client_parameters: Mapping[str, tuple[str, str | None]],
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        polling_interval: float = 1.0,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            auth=auth,
            client_parameters=client_parameters,
            timeout=timeout,
            max_retries=max_retries,
            polling_interval=polling_interval,
        )
        self._owns_client = http_client is None
        self.http_client = (
            http_client if http_client is not None else httpx.AsyncClient()
        )
        self.sleep = sleep or _asyncio_sleep

    async def close(self) -> None:
        if self._owns_client:
            await self.http_client.aclose()

    async def send(
        self, spec: RequestSpec, options: RequestOptions | None = None
    ) -> httpx.Response:
        """The async twin of `Pipeline.send`."""
        max_retries = self._max_retries(spec, options)
        attempt = redirects = 0
        while True:
            started = time.monotonic()
            with ExitStack() as opened:
                request = self._build(self.http_client, spec, options, opened)
                if self.auth is not None and (
                    not redirects or self._same_origin(request.url)
                ):
                    await self.auth.apply_async(request)
                try:
                    response = await self.http_client.send(request, stream=spec.stream)
                except httpx.TransportError as exc:
                    if attempt < max_retries:
                        attempt += 1
                        delay = retry_delay(attempt, None)
                        self._log_retry(request, delay, type(exc).__name__, attempt)
                        await self.sleep(delay)
                        continue
                    raise self._transport_error(
                        exc, request, attempt + 1, spec
                    ) from exc
            log_response(request, response, time.monotonic() - started)
            follow = self._redirect(spec, response, redirects)
            if follow is not None:
                await response.aclose()
                spec, redirects = follow, redirects + 1
                continue
            if response.status_code in spec.expected:
                self._finish(response, spec)
                return response
            if response.status_code in RETRY_STATUSES and attempt < max_retries:
                attempt += 1
                delay = retry_delay(attempt, response.headers)
                await response.aclose()
                self._log_retry(
                    request, delay, f"status {response.status_code}", attempt
                )
                await self.sleep(delay)
                continue
            if not response.is_closed:
                await response.aread()
            raise status_error(
                response,
                spec.error_models.get(response.status_code, spec.error_model),
                attempt + 1,
                self._why_not(spec, response),
                spec.error_body,
                strict_shape=response.status_code not in spec.error_models,
            )


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
    spec.content_type = content_type
    binary = isinstance(value, (bytes, bytearray, os.PathLike)) or hasattr(
        value, "read"
    )
    if _kind(content_type) == "json" and not binary:
        to_dict = getattr(value, "to_dict", None)
        spec.json = to_dict(exclude_readonly=True) if callable(to_dict) else value
        spec.has_json = True
    elif isinstance(value, str):
        spec.content = value.encode("utf-8")
    else:
        spec.content = value


def _kind(media_type: str) -> str:
    lowered = media_type.lower()
    if "json" in lowered:
        return "json"
    return "text" if lowered.startswith("text/") else "binary"


def _suited(value: Any, offered: tuple[str, ...]) -> str:
    wanted: tuple[str, ...]
    if isinstance(value, (bytes, bytearray, os.PathLike)) or hasattr(value, "read"):
        wanted = ("binary", "json")
    elif isinstance(value, str):
        wanted = ("text", "json")
    else:
        wanted = ("json",)
    for kind in wanted:
        for media_type in offered:
            if _kind(media_type) == kind:
                return media_type
    return offered[0]


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


def decode_by_status(
    response: httpx.Response,
    converters: Mapping[int, tuple[Callable[[Any], Any], bool]],
) -> Any:
    """`decode` for an operation whose answers differ by status (a 200 with
    one model, a 201 with another, a 204 with nothing): each status has its
    (converter, always present); a status without one has no body to read."""
    found = converters.get(response.status_code)
    if found is None:
        return None
    convert, present = found
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
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _replayable(spec: RequestSpec) -> bool:
    """Whether the request's uploads, if any, can be sent again."""
    if spec.files and not _all_replayable(spec.files):
        return False
    return spec.content is None or _all_replayable({"body": spec.content})


def _all_replayable(files: Mapping[str, FileInput]) -> bool:
    """Whether every upload can be sent again (bytes, a path, a seekable file)."""
    for value in files.values():
        content = value[1] if isinstance(value, tuple) else value
        if isinstance(content, (bytes, os.PathLike)):
            continue
        seekable = getattr(content, "seekable", None)
        if not (callable(seekable) and seekable()):
            return False
    return True


def _httpx_files(
    files: Mapping[str, FileInput], opened: ExitStack
) -> list[tuple[str, Any]]:
    """httpx's multipart form: paths are opened for this request only, and file
    objects are handed over as they are, so httpx streams them in chunks."""
    result: list[tuple[str, Any]] = []
    for name, value in files.items():
        filename: str | None = None
        content_type: str | None = None
        content: Any = value
        if isinstance(value, tuple):
            filename, content = value[0], value[1]
            content_type = value[2] if len(value) > 2 else None
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
