# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
from __future__ import annotations

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
    "SearchOperations",
]


class SearchOperations:
    """Operations of the `search` group, reached as `client.search`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def search(
        self,
        *,
        text: str,
        limit: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> list[_models.Found]:
        """A search whose answer is one of several shapes.

        Args:
            text: -
            limit: -
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
        _body = _models.Query(text=text, limit=limit)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/search",
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, functools.partial(_serde.req_list, _models._FOUND_ONE_OF)
        )

    @functools.cached_property
    def with_raw_response(self) -> SearchOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return SearchOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> SearchOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return SearchOperationsWithStreamingResponse(self)


class SearchOperationsWithRawResponse:
    """`client.search.with_raw_response`: see `SearchOperations`."""

    def __init__(self, operations: SearchOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.search = wrap(operations.search)


class SearchOperationsWithStreamingResponse:
    """`client.search.with_streaming_response`: see `SearchOperations`."""

    def __init__(self, operations: SearchOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.search = wrap(operations.search)
