# Generated from specs/azure-openai-inference/2023-06-01-preview/inference.json; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, overload

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import with_raw_response, with_streaming_response
from ._streaming import EventStream

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "ChatCompletionsOperations",
]


class ChatCompletionsOperations:
    """Operations of the `chat_completions` group, reached as `client.chat_completions`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    @overload
    def create(
        self,
        deployment_id: str,
        *,
        messages: list[_models.CreateBody2MessagesItem],
        temperature: float | None | _serde.Unset = _serde.UNSET,
        top_p: float | None | _serde.Unset = _serde.UNSET,
        n: int | None | _serde.Unset = _serde.UNSET,
        stop: str | list[str] | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        logit_bias: dict[str, Any] | None | _serde.Unset = _serde.UNSET,
        user: str | None = None,
        api_version: str | None = "2023-06-01-preview",
        stream: Literal[False] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.ChatCompletionsCreateResponse: ...

    @overload
    def create(
        self,
        deployment_id: str,
        *,
        messages: list[_models.CreateBody2MessagesItem],
        temperature: float | None | _serde.Unset = _serde.UNSET,
        top_p: float | None | _serde.Unset = _serde.UNSET,
        n: int | None | _serde.Unset = _serde.UNSET,
        stop: str | list[str] | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        logit_bias: dict[str, Any] | None | _serde.Unset = _serde.UNSET,
        user: str | None = None,
        api_version: str | None = "2023-06-01-preview",
        stream: Literal[True],
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> EventStream[_models.ChatCompletionsCreateResponse]: ...

    def create(
        self,
        deployment_id: str,
        *,
        messages: list[_models.CreateBody2MessagesItem],
        temperature: float | None | _serde.Unset = _serde.UNSET,
        top_p: float | None | _serde.Unset = _serde.UNSET,
        n: int | None | _serde.Unset = _serde.UNSET,
        stop: str | list[str] | None = None,
        max_tokens: int | None = None,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        logit_bias: dict[str, Any] | None | _serde.Unset = _serde.UNSET,
        user: str | None = None,
        api_version: str | None = "2023-06-01-preview",
        stream: bool | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> (
        _models.ChatCompletionsCreateResponse
        | EventStream[_models.ChatCompletionsCreateResponse]
    ):
        """Creates a completion for the chat message

        Args:
            deployment_id: Deployment id of the model which was deployed.
            messages: The messages to generate chat completions for, in the chat format.
            temperature: What sampling temperature to use, between 0 and 2. Higher
                values like 0.8 will make the output more random, while lower values
                like 0.2 will make it more focused and deterministic. We generally
                recommend altering this or `top_p` but not both. The service's default:
                1.
            top_p: An alternative to sampling with temperature, called nucleus sampling,
                where the model considers the results of the tokens with top_p
                probability mass. So 0.1 means only the tokens comprising the top 10%
                probability mass are considered. We generally recommend altering this or
                `temperature` but not both. The service's default: 1.
            n: How many chat completion choices to generate for each input message. The
                service's default: 1.
            stop: Up to 4 sequences where the API will stop generating further tokens.
            max_tokens: The maximum number of tokens allowed for the generated answer.
                By default, the number of tokens the model can return will be (4096 -
                prompt tokens). The service's default: 4096.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new
                tokens based on whether they appear in the text so far, increasing the
                model's likelihood to talk about new topics. The service's default: 0.
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new
                tokens based on their existing frequency in the text so far, decreasing
                the model's likelihood to repeat the same line verbatim. The service's
                default: 0.
            logit_bias: Modify the likelihood of specified tokens appearing in the
                completion. Accepts a json object that maps tokens (specified by their
                token ID in the tokenizer) to an associated bias value from -100 to 100.
                Mathematically, the bias is added to the logits generated by the model
                prior to sampling. The exact effect will vary per model, but values
                between -1 and 1 should decrease or increase likelihood of selection;
                values like -100 or 100 should result in a ban or exclusive selection of
                the relevant token.
            user: A unique identifier representing your end-user, which can help Azure
                OpenAI to monitor and detect abuse.
            api_version: api version Pass None to leave it out.
            stream: If set, partial message deltas will be sent, like in ChatGPT. Tokens
                will be sent as data-only server-sent events as they become available,
                with the stream terminated by a `data: [DONE]` message. When true, the
                events are returned as they arrive, as an iterator that ends at `data:
                [DONE]`.
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
        _body = _models.CreateBody_2(
            messages=messages,
            temperature=temperature,
            top_p=top_p,
            n=n,
            stream=_serde.UNSET if stream is None else stream,
            stop=stop,
            max_tokens=max_tokens,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            user=user,
        )
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path(
                "/deployments/{deployment-id}/chat/completions",
                {"deployment-id": (deployment_id, False)},
            ),
            query=_query,
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="text/event-stream" if stream else "application/json",
            stream=bool(stream),
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
            declared_headers={
                200: {"apim-request-id": "str"},
            },
        )
        _response = self._pipeline.send(_spec, request_options)
        if stream:
            return EventStream(
                _response,
                _models.ChatCompletionsCreateResponse.from_dict,
                self._pipeline.max_body_size,
            )
        return _pipeline.decode_required(
            _response, _models.ChatCompletionsCreateResponse.from_dict
        )

    @functools.cached_property
    def with_raw_response(self) -> ChatCompletionsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return ChatCompletionsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> ChatCompletionsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return ChatCompletionsOperationsWithStreamingResponse(self)


class ChatCompletionsOperationsWithRawResponse:
    """`client.chat_completions.with_raw_response`: see `ChatCompletionsOperations`."""

    def __init__(self, operations: ChatCompletionsOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.create = wrap(operations.create)


class ChatCompletionsOperationsWithStreamingResponse:
    """`client.chat_completions.with_streaming_response`: see
    `ChatCompletionsOperations`.
    """

    def __init__(self, operations: ChatCompletionsOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.create = wrap(operations.create)
