"""Sending requests: URL building, auth, retries, timeouts, error mapping and
logging. Generated operation methods describe a request and hand it here."""

from __future__ import annotations

import email.utils
import enum
import json
import logging
import os
import random
import time
from collections.abc import Callable, Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import IO, Any, TypedDict, TypeVar
from urllib.parse import quote

import httpx

from ._errors import ApiConnectionError, ApiTimeoutError, error_class_for

T = TypeVar("T")

_LOGGER = logging.getLogger(__name__.rpartition(".")[0] or __name__)

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
_MAX_RETRY_DELAY = 60.0

FileContent = bytes | IO[bytes] | os.PathLike[str]
FileInput = FileContent | tuple[str, FileContent] | tuple[str, FileContent, str]
"""A file to upload: bytes, an open binary file (streamed, not read whole), a
path, or a (filename, content[, content type]) tuple."""


class RequestOptions(TypedDict, total=False):
    """Per-call options every operation method accepts as `request_options`."""

    headers: Mapping[str, str]
    query: Mapping[str, str]
    timeout: float | httpx.Timeout | None
    max_retries: int


@dataclass
class RequestSpec:
    """What an operation method wants sent."""

    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    client_query: tuple[str, ...] = ()
    json: Any = None
    has_json: bool = False
    content_type: str | None = None
    form: dict[str, Any] | None = None
    files: dict[str, FileInput] | None = None
    accept: str | None = None
    expected: tuple[int, ...] = (200,)
    error_model: Callable[[Any], Any] | None = None
    stream: bool = False


def format_path(template: str, values: Mapping[str, tuple[Any, bool]]) -> str:
    """Fill a path template; each value is (value, skip_url_encoding)."""
    path = template
    for name, (value, raw) in values.items():
        text = query_value(value)
        path = path.replace("{" + name + "}", text if raw else quote(text, safe=""))
    return path


def format_host(template: str, values: Mapping[str, tuple[str, bool]]) -> str:
    """Fill a host template such as `{endpoint}/openai`; each value is
    (value, skip_url_encoding). A value used as is loses a trailing slash, so
    that `https://x/` and `https://x` give the same URL."""
    url = template
    for name, (value, raw) in values.items():
        url = url.replace(
            "{" + name + "}", value.rstrip("/") if raw else quote(value, safe="")
        )
    return url


def drop_none(values: Mapping[str, T | None]) -> dict[str, T]:
    return {k: v for k, v in values.items() if v is not None}


def query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


class ApiKeyAuth:
    """An API key sent in a header or query parameter; never shown in repr."""

    def __init__(self, name: str, key: str, location: str = "header") -> None:
        self.name = name
        self._key = key
        self.location = location

    def apply(self, request: httpx.Request) -> None:
        if self.location == "header":
            request.headers[self.name] = self._key
        else:
            request.url = request.url.copy_merge_params({self.name: self._key})

    @classmethod
    def from_key(cls, name: str, key: str | None, location: str) -> ApiKeyAuth | None:
        return None if key is None else cls(name, key, location)

    def __repr__(self) -> str:
        return f"ApiKeyAuth(name={self.name!r}, key='***')"


class Pipeline:
    """The transport shared by a client and its operation groups."""

    def __init__(
        self,
        *,
        base_url: str,
        auth: ApiKeyAuth | None,
        client_query: Mapping[str, str],
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        polling_interval: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.polling_interval = polling_interval
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.client_query = dict(client_query)
        self._owns_client = http_client is None
        self.http_client = http_client if http_client is not None else httpx.Client()
        self.timeout = timeout
        self.max_retries = max_retries
        self.sleep = sleep

    def close(self) -> None:
        if self._owns_client:
            self.http_client.close()

    def build_request(
        self, spec: RequestSpec, options: RequestOptions | None, opened: ExitStack
    ) -> httpx.Request:
        params: list[tuple[str, str | int | float | bool | None]] = [
            (n, self.client_query[n]) for n in spec.client_query
        ]
        params += spec.query
        headers = dict(spec.headers)
        if spec.accept:
            headers.setdefault("Accept", spec.accept)
        content: bytes | None = None
        if spec.has_json:
            content = json.dumps(spec.json, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = spec.content_type or "application/json"
        if options:
            params += list((options.get("query") or {}).items())
            headers.update(options.get("headers") or {})
        timeout = options.get("timeout", self.timeout) if options else self.timeout
        url = (
            spec.path
            if spec.path.startswith(("http://", "https://"))
            else self.base_url + spec.path
        )
        request = self.http_client.build_request(
            spec.method,
            url,
            params=params or None,
            headers=headers,
            content=content,
            data=spec.form if spec.files is None else spec.form or None,
            files=_httpx_files(spec.files, opened) if spec.files else None,
            timeout=timeout,
        )
        if self.auth is not None:
            self.auth.apply(request)
        return request

    def send(
        self, spec: RequestSpec, options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send, retrying what is worth retrying; raise the typed error for an
        unexpected status. A streamed response is returned unread."""
        max_retries = (
            options.get("max_retries", self.max_retries)
            if options
            else self.max_retries
        )
        attempt = 0
        replayable = not spec.files or _all_replayable(spec.files)
        while True:
            started = time.monotonic()
            try:
                with ExitStack() as opened:
                    request = self.build_request(spec, options, opened)
                    response = self.http_client.send(request, stream=spec.stream)
            except httpx.TimeoutException as exc:
                if attempt < max_retries and replayable:
                    attempt += 1
                    self._wait_before_retry(attempt, None, request, f"timeout: {exc}")
                    continue
                raise ApiTimeoutError(
                    _attempts(f"request timed out: {exc}", attempt), request=request
                ) from exc
            except httpx.TransportError as exc:
                if attempt < max_retries and replayable:
                    attempt += 1
                    self._wait_before_retry(
                        attempt, None, request, f"connection error: {exc}"
                    )
                    continue
                raise ApiConnectionError(
                    _attempts(f"connection failed: {exc}", attempt), request=request
                ) from exc
            _log_response(request, response, time.monotonic() - started)
            if response.status_code in spec.expected:
                return response
            if (
                response.status_code in RETRY_STATUSES
                and attempt < max_retries
                and replayable
            ):
                attempt += 1
                response.close()
                self._wait_before_retry(
                    attempt, response, request, f"status {response.status_code}"
                )
                continue
            raise_for_status(response, spec.error_model, attempt + 1)

    def _wait_before_retry(
        self,
        attempt: int,
        response: httpx.Response | None,
        request: httpx.Request,
        why: str,
    ) -> None:
        delay = retry_delay(attempt, response.headers if response is not None else None)
        _LOGGER.debug(
            "retrying %s %s after %.2fs (%s, retry %d)",
            request.method,
            _safe_url(request),
            delay,
            why,
            attempt,
        )
        self.sleep(delay)


def raise_for_status(
    response: httpx.Response,
    error_model: Callable[[Any], Any] | None,
    attempts: int = 1,
) -> None:
    if response.is_stream_consumed is False and not response.is_closed:
        response.read()
    try:
        body = response.json()
    except ValueError:
        body = None
    error = None
    if error_model is not None and isinstance(body, dict):
        try:
            error = error_model(body)
        except Exception:  # noqa: BLE001 - a bad error body must not hide the status
            error = None
    exc = error_class_for(response.status_code)(response, error, body)
    exc.attempts = attempts  # type: ignore[attr-defined]
    _LOGGER.warning(
        "%s %s failed: %s", response.request.method, _safe_url(response.request), exc
    )
    raise exc


def retry_delay(attempt: int, headers: Mapping[str, str] | None) -> float:
    """Exponential backoff with jitter and a cap, unless the service said how
    long to wait (`retry-after-ms`, `Retry-After` in seconds or as a date)."""
    if headers is not None:
        told = _told_delay(headers)
        if told is not None and 0 <= told <= _MAX_RETRY_DELAY:
            return told
    base: float = min(0.5 * 2.0 ** (attempt - 1), 8.0)
    return base * (1 - 0.25 * random.random())


def _told_delay(headers: Mapping[str, str]) -> float | None:
    for name, scale in (("retry-after-ms", 0.001), ("x-ms-retry-after-ms", 0.001)):
        value = headers.get(name)
        if value:
            try:
                return float(value) * scale
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


def _attempts(message: str, retries: int) -> str:
    return f"{message} (after {retries + 1} attempts)" if retries else message


def _all_replayable(files: Mapping[str, FileInput]) -> bool:
    for value in files.values():
        content = value[1] if isinstance(value, tuple) else value
        if not isinstance(content, (bytes, os.PathLike)) and not (
            hasattr(content, "seekable") and content.seekable()
        ):
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


def _safe_url(request: httpx.Request) -> str:
    """The URL without query values that could be secrets."""
    url = request.url
    if not url.query:
        return str(url)
    names = [name for name, _ in url.params.multi_items()]
    safe = [
        (n, v if n.lower() in ("api-version",) else "***")
        for n, v in url.params.multi_items()
    ]
    return str(url.copy_with(params=safe)) if names else str(url)


def _log_response(
    request: httpx.Request, response: httpx.Response, elapsed: float
) -> None:
    if _LOGGER.isEnabledFor(logging.DEBUG):
        _LOGGER.debug(
            "%s %s -> %d in %.3fs (request id %s)",
            request.method,
            _safe_url(request),
            response.status_code,
            elapsed,
            response.headers.get("x-ms-request-id")
            or response.headers.get("x-request-id"),
        )


def iter_chunks(response: httpx.Response, chunk_size: int | None) -> Iterable[bytes]:
    return response.iter_bytes(chunk_size)
