# Generated from tests/features/extensions/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncSecretsOperations",
]


class AsyncSecretsOperations:
    """Operations of the `secrets` group, reached as `client.secrets`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def set(
        self,
        name: str,
        *,
        value: str,
        note: str | None = None,
        label: str | None | _serde.Unset = _serde.UNSET,
        expires: datetime.datetime | None | _serde.Unset = _serde.UNSET,
        x_ms_client_request_id: str | None = None,
        x_ms_meta: Mapping[str, str] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Secret:
        """`PUT /secrets/{name}`

        Args:
            name: -
            value: -
            note: -
            label: -
            expires: -
            x_ms_client_request_id: -
            x_ms_meta: -
            request_options: Per-call headers, query parameters, timeout and retries.
            extra_headers: Headers to send too (replacing any of the same name; None
                drops one).
            extra_query: Query parameters to send after the method's own.
            extra_body: JSON fields the spec does not declare (yet), merged into the
                body.
            timeout: Seconds or an `httpx.Timeout` for this call (None: no limit).
        """
        request_options = _pipeline.with_extras(
            request_options, extra_headers, extra_query, extra_body, timeout
        )
        _pipeline.require(name=name)
        _headers: dict[str, str] = {}
        _headers["x-ms-client-request-id"] = (
            x_ms_client_request_id
            if x_ms_client_request_id is not None
            else _pipeline.new_request_id()
        )
        if x_ms_meta is not None:
            for _header_key, _header_value in x_ms_meta.items():
                _headers["x-ms-meta-" + _header_key] = _header_value
        _body = _models.Secret(value=value, note=note, label=label, expires=expires)
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path("/secrets/{name}", {"name": (name, False)}),
            headers=_headers,
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Secret.from_dict)

    async def _ping(
        self,
        *,
        mode: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """`GET /ping?depth=shallow`

        Args:
            mode: -
            request_options: Per-call headers, query parameters, timeout and retries.
            extra_headers: Headers to send too (replacing any of the same name; None
                drops one).
            extra_query: Query parameters to send after the method's own.
            extra_body: JSON fields the spec does not declare (yet), merged into the
                body.
            timeout: Seconds or an `httpx.Timeout` for this call (None: no limit).
        """
        request_options = _pipeline.with_extras(
            request_options, extra_headers, extra_query, extra_body, timeout
        )
        _query: list[tuple[str, str]] = [("depth", "shallow")]
        if mode is not None:
            _query.append(("mode", mode))
        _headers: dict[str, str] = {"x-ms-version": "2024-04-01"}
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/ping",
            query=_query,
            headers=_headers,
            accept="application/json",
            expected=(204,),
        )
        await self._pipeline.send(_spec, request_options)

    async def rotate(
        self,
        name: str,
        *,
        repeatability_request_id: str | None = None,
        repeatability_first_sent: datetime.datetime | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Secret:
        """A POST the service recognizes when repeated (Azure's repeatable requests).

        Args:
            name: -
            repeatability_request_id: Filled in by the client (the same on every retry)
                unless given.
            repeatability_first_sent: Filled in by the client (the same on every retry)
                unless given.
            request_options: Per-call headers, query parameters, timeout and retries.
            extra_headers: Headers to send too (replacing any of the same name; None
                drops one).
            extra_query: Query parameters to send after the method's own.
            extra_body: JSON fields the spec does not declare (yet), merged into the
                body.
            timeout: Seconds or an `httpx.Timeout` for this call (None: no limit).
        """
        request_options = _pipeline.with_extras(
            request_options, extra_headers, extra_query, extra_body, timeout
        )
        _pipeline.require(name=name)
        _headers: dict[str, str] = {}
        if repeatability_request_id is not None:
            _headers["Repeatability-Request-ID"] = repeatability_request_id
        if repeatability_first_sent is not None:
            _headers["Repeatability-First-Sent"] = str(
                _serde.rfc1123_to_wire(repeatability_first_sent)
            )
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path(
                "/secrets/{name}:rotate", {"name": (name, False)}
            ),
            repeatable=True,
            headers=_headers,
            accept="application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Secret.from_dict)

    async def find(
        self,
        *,
        trace: str | None = None,
        maxpagesize: int | None = 25,
        find_options: _models.FindOptions | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> list[_models.Secret]:
        """`GET /secrets`

        Args:
            trace: -
            maxpagesize: Secrets per page. Pass None to leave it out.
            find_options: The grouped parameters prefix, x_ms_max_items.
            request_options: Per-call headers, query parameters, timeout and retries.
            extra_headers: Headers to send too (replacing any of the same name; None
                drops one).
            extra_query: Query parameters to send after the method's own.
            extra_body: JSON fields the spec does not declare (yet), merged into the
                body.
            timeout: Seconds or an `httpx.Timeout` for this call (None: no limit).
        """
        request_options = _pipeline.with_extras(
            request_options, extra_headers, extra_query, extra_body, timeout
        )
        prefix = None if find_options is None else find_options.prefix
        x_ms_max_items = None if find_options is None else find_options.x_ms_max_items
        _query: list[tuple[str, str]] = []
        if prefix is not None:
            _query.append(("prefix", prefix))
        if maxpagesize is not None:
            _query.append(("maxpagesize", _pipeline.query_value(maxpagesize)))
        _headers: dict[str, str] = {}
        if x_ms_max_items is not None:
            _headers["x-ms-max-items"] = _pipeline.query_value(x_ms_max_items)
        if trace is not None:
            _headers["trace"] = trace
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/secrets",
            query=_query,
            headers=_headers,
            accept="application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, functools.partial(_serde.req_list, _models.Secret.from_dict)
        )

    async def get_raw(
        self,
        name: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> str | None:
        """`GET /secrets/{name}/raw`

        Args:
            name: -
            request_options: Per-call headers, query parameters, timeout and retries.
            extra_headers: Headers to send too (replacing any of the same name; None
                drops one).
            extra_query: Query parameters to send after the method's own.
            extra_body: JSON fields the spec does not declare (yet), merged into the
                body.
            timeout: Seconds or an `httpx.Timeout` for this call (None: no limit).
        """
        request_options = _pipeline.with_extras(
            request_options, extra_headers, extra_query, extra_body, timeout
        )
        _pipeline.require(name=name)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path("/secrets/{name}/raw", {"name": (name, False)}),
            accept="text/plain",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _response.text

    async def list_deleted(
        self,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> list[_models.Secret]:
        """`GET /secrets?view=deleted`

        Args:
            request_options: Per-call headers, query parameters, timeout and retries.
            extra_headers: Headers to send too (replacing any of the same name; None
                drops one).
            extra_query: Query parameters to send after the method's own.
            extra_body: JSON fields the spec does not declare (yet), merged into the
                body.
            timeout: Seconds or an `httpx.Timeout` for this call (None: no limit).
        """
        request_options = _pipeline.with_extras(
            request_options, extra_headers, extra_query, extra_body, timeout
        )
        _query: list[tuple[str, str]] = [("view", "deleted")]
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/secrets",
            query=_query,
            accept="application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, functools.partial(_serde.req_list, _models.Secret.from_dict)
        )

    @functools.cached_property
    def with_raw_response(self) -> AsyncSecretsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncSecretsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncSecretsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncSecretsOperationsWithStreamingResponse(self)


class AsyncSecretsOperationsWithRawResponse:
    """`client.secrets.with_raw_response`: see `AsyncSecretsOperations`."""

    def __init__(self, operations: AsyncSecretsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.set = wrap(operations.set)
        self.rotate = wrap(operations.rotate)
        self.find = wrap(operations.find)
        self.get_raw = wrap(operations.get_raw)
        self.list_deleted = wrap(operations.list_deleted)


class AsyncSecretsOperationsWithStreamingResponse:
    """`client.secrets.with_streaming_response`: see `AsyncSecretsOperations`."""

    def __init__(self, operations: AsyncSecretsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.set = wrap(operations.set)
        self.rotate = wrap(operations.rotate)
        self.find = wrap(operations.find)
        self.get_raw = wrap(operations.get_raw)
        self.list_deleted = wrap(operations.list_deleted)
