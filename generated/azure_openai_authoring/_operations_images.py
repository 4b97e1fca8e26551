# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._polling import LROPoller
from ._response import with_raw_response, with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "ImagesOperations",
]


class ImagesOperations:
    """Operations of the `images` group, reached as `client.images`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def begin_generate(
        self,
        *,
        prompt: str,
        n: int | None = None,
        size: _models.Size | str | None = None,
        user: str | None = None,
        operation_id: str | None = None,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> LROPoller[_models.OperationResponse]:
        """Microsoft Azure Generates A Batch Of Images From A Text Caption

        Needs a more full description created.

        Starts the long-running operation and returns a poller; `poller.result()` waits
        for its end.

        Args:
            prompt: A text description of the desired image(s).
            n: The number of images to generate. The service's default: 1.
            size: The desired size of the generated images. Must be one of 256x256,
                512x512, or 1024x1024.
            user: A unique identifier representing your end-user, which can help to
                monitor and detect abuse.
            operation_id: ID of the status monitor for the operation. If the
                Operation-Id header matches an existing operation and the request is not
                identical to the prior request, it will fail with a 400 Bad Request.
            polling_interval: Seconds between polls when the service does not say
                (default: the client's).
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
        _headers: dict[str, str] = {}
        if operation_id is not None:
            _headers["Operation-Id"] = operation_id
        _body = _models.GenerateImagesCreation(prompt=prompt, n=n, size=size, user=user)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/images/generations:submit",
            headers=_headers,
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(202,),
            error_model=_models.ErrorResponse.from_dict,
            declared_headers={
                202: {"operation-location": "str", "x-ms-request-id": "str"},
            },
        )
        _response = self._pipeline.send(_spec, request_options)
        return LROPoller(
            self._pipeline,
            _response,
            _pipeline.decode(_response, _models.GenerateImagesResponse.from_dict),
            _models.OperationResponse.from_dict,
            final_state_via="",
            error_model=_models.ErrorResponse.from_dict,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    def resume_generate(
        self,
        continuation_token: str,
        *,
        polling_interval: float | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> LROPoller[_models.OperationResponse]:
        """Picks up a `begin_generate` operation from `poller.continuation_token()`, in
        this or another process.

        Args:
            continuation_token: The token the earlier poller gave.
            polling_interval: Seconds between polls when the service does not say.
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
        return LROPoller.from_continuation_token(
            self._pipeline,
            continuation_token,
            _models.OperationResponse.from_dict,
            error_model=_models.ErrorResponse.from_dict,
            polling_interval=polling_interval,
            request_options=request_options,
        )

    @functools.cached_property
    def with_raw_response(self) -> ImagesOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return ImagesOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ImagesOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return ImagesOperationsWithStreamingResponse(self)


class ImagesOperationsWithRawResponse:
    """`client.images.with_raw_response`: see `ImagesOperations`."""

    def __init__(self, operations: ImagesOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.begin_generate = wrap(operations.begin_generate)


class ImagesOperationsWithStreamingResponse:
    """`client.images.with_streaming_response`: see `ImagesOperations`."""

    def __init__(self, operations: ImagesOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.begin_generate = wrap(operations.begin_generate)
