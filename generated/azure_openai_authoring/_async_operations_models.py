# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
from __future__ import annotations

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
    "AsyncModelsOperations",
]


class AsyncModelsOperations:
    """Operations of the `models` group, reached as `client.models`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def list(
        self,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.ModelList:
        """Microsoft Azure Gets A List Of All Models That Are Accessible By The Azure
        Openai Resource
        these Include Base Models As Well As All Successfully Completed Fine Tuned
        Models Owned By The Azure Openai Resource

        Needs a more full description created.

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
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/models",
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.ModelList.from_dict)

    async def get(
        self,
        model_id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Model:
        """Microsoft Azure Gets Details For The Model Specified By The Given Modelid

        Needs a more full description created.

        Args:
            model_id: The identifier of the model.
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
        _pipeline.require(model_id=model_id)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/models/{model-id}", {"model-id": (model_id, False)}
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Model.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> AsyncModelsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncModelsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncModelsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncModelsOperationsWithStreamingResponse(self)


class AsyncModelsOperationsWithRawResponse:
    """`client.models.with_raw_response`: see `AsyncModelsOperations`."""

    def __init__(self, operations: AsyncModelsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.list = wrap(operations.list)
        self.get = wrap(operations.get)


class AsyncModelsOperationsWithStreamingResponse:
    """`client.models.with_streaming_response`: see `AsyncModelsOperations`."""

    def __init__(self, operations: AsyncModelsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.list = wrap(operations.list)
        self.get = wrap(operations.get)
