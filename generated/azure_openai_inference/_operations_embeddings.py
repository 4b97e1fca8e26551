# Generated from specs/azure-openai-inference/2023-06-01-preview/inference.json; do not edit (regenerate instead).
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
    "EmbeddingsOperations",
]


class EmbeddingsOperations:
    """Operations of the `embeddings` group, reached as `client.embeddings`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def create(
        self,
        deployment_id: str,
        *,
        body: _models.CreateBody_,
        api_version: str | None = "2023-06-01-preview",
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.EmbeddingsCreateResponse:
        """Get a vector representation of a given input that can be easily consumed by
        machine learning models and algorithms.

        Args:
            deployment_id: The deployment id of the model which was deployed.
            body: -
            api_version: api version Pass None to leave it out.
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
        _pipeline.require(deployment_id=deployment_id)
        _query: list[tuple[str, str]] = []
        if api_version is not None:
            _query.append(("api-version", api_version))
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path(
                "/deployments/{deployment-id}/embeddings",
                {"deployment-id": (deployment_id, False)},
            ),
            query=_query,
            json=body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, _models.EmbeddingsCreateResponse.from_dict
        )

    @functools.cached_property
    def with_raw_response(self) -> EmbeddingsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return EmbeddingsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> EmbeddingsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return EmbeddingsOperationsWithStreamingResponse(self)


class EmbeddingsOperationsWithRawResponse:
    """`client.embeddings.with_raw_response`: see `EmbeddingsOperations`."""

    def __init__(self, operations: EmbeddingsOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.create = wrap(operations.create)


class EmbeddingsOperationsWithStreamingResponse:
    """`client.embeddings.with_streaming_response`: see `EmbeddingsOperations`."""

    def __init__(self, operations: EmbeddingsOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.create = wrap(operations.create)
