# Generated from tests/features/models/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import with_raw_response, with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AnimalsOperations",
]


class AnimalsOperations:
    """Operations of the `animals` group, reached as `client.animals`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def list(
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
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, functools.partial(_serde.req_list, _models.Animal.from_dict)
        )

    def add(
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
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Animal.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> AnimalsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AnimalsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AnimalsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AnimalsOperationsWithStreamingResponse(self)


class AnimalsOperationsWithRawResponse:
    """`client.animals.with_raw_response`: see `AnimalsOperations`."""

    def __init__(self, operations: AnimalsOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.list = wrap(operations.list)
        self.add = wrap(operations.add)


class AnimalsOperationsWithStreamingResponse:
    """`client.animals.with_streaming_response`: see `AnimalsOperations`."""

    def __init__(self, operations: AnimalsOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.list = wrap(operations.list)
        self.add = wrap(operations.add)
