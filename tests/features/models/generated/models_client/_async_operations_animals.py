# Generated from tests/features/models/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncAnimalsOperations",
]


class AsyncAnimalsOperations:
    """Operations of the `animals` group, reached as `client.animals`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def list(
        self,
        *,
        tags: builtins.list[str] | None = None,
        ids: builtins.list[int] | None = None,
        names: builtins.list[str] | None = None,
        colors: builtins.list[str] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> builtins.list[_models.Animal]:
        """`GET /animals`

        Args:
            tags: -
            ids: -
            names: -
            colors: -
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
        _query: list[tuple[str, str]] = []
        if tags is not None:
            _query.extend(("tags", _item) for _item in tags)
        if ids is not None:
            _query.append(
                (
                    "ids",
                    "|".join(
                        "" if v is None else _pipeline.query_value(v) for v in ids
                    ),
                ),
            )
        if names is not None:
            _query.append(("names", " ".join("" if v is None else v for v in names)))
        _headers: dict[str, str] = {}
        if colors is not None:
            _headers["colors"] = ",".join("" if v is None else v for v in colors)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/animals",
            query=_query,
            headers=_headers,
            accept="application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, functools.partial(_serde.req_list, _models.Animal.from_dict)
        )

    async def add(
        self,
        *,
        animal: _models.Animal,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Animal:
        """`POST /animals`

        Args:
            animal: -
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
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/animals",
            json=animal.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(201,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Animal.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> AsyncAnimalsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncAnimalsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncAnimalsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncAnimalsOperationsWithStreamingResponse(self)


class AsyncAnimalsOperationsWithRawResponse:
    """`client.animals.with_raw_response`: see `AsyncAnimalsOperations`."""

    def __init__(self, operations: AsyncAnimalsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.list = wrap(operations.list)
        self.add = wrap(operations.add)


class AsyncAnimalsOperationsWithStreamingResponse:
    """`client.animals.with_streaming_response`: see `AsyncAnimalsOperations`."""

    def __init__(self, operations: AsyncAnimalsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.list = wrap(operations.list)
        self.add = wrap(operations.add)
