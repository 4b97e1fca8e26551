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
    "CompletionsOperations",
]


class CompletionsOperations:
    """Operations of the `completions` group, reached as `client.completions`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    @overload
    def create(
        self,
        deployment_id: str,
        *,
        prompt: str | list[str] | None = None,
        max_tokens: int | None | _serde.Unset = _serde.UNSET,
        temperature: float | None | _serde.Unset = _serde.UNSET,
        top_p: float | None | _serde.Unset = _serde.UNSET,
        logit_bias: dict[str, Any] | None = None,
        user: str | None = None,
        n: int | None | _serde.Unset = _serde.UNSET,
        logprobs: int | None | _serde.Unset = _serde.UNSET,
        suffix: str | None | _serde.Unset = _serde.UNSET,
        echo: bool | None | _serde.Unset = _serde.UNSET,
        stop: str | list[str] | None = None,
        completion_config: str | None | _serde.Unset = _serde.UNSET,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        best_of: int | None = None,
        api_version: str | None = "2023-06-01-preview",
        stream: Literal[False] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.CompletionsCreateResponse: ...

    @overload
    def create(
        self,
        deployment_id: str,
        *,
        prompt: str | list[str] | None = None,
        max_tokens: int | None | _serde.Unset = _serde.UNSET,
        temperature: float | None | _serde.Unset = _serde.UNSET,
        top_p: float | None | _serde.Unset = _serde.UNSET,
        logit_bias: dict[str, Any] | None = None,
        user: str | None = None,
        n: int | None | _serde.Unset = _serde.UNSET,
        logprobs: int | None | _serde.Unset = _serde.UNSET,
        suffix: str | None | _serde.Unset = _serde.UNSET,
        echo: bool | None | _serde.Unset = _serde.UNSET,
        stop: str | list[str] | None = None,
        completion_config: str | None | _serde.Unset = _serde.UNSET,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        best_of: int | None = None,
        api_version: str | None = "2023-06-01-preview",
        stream: Literal[True],
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> EventStream[_models.CompletionsCreateResponse]: ...

    def create(
        self,
        deployment_id: str,
        *,
        prompt: str | list[str] | None = None,
        max_tokens: int | None | _serde.Unset = _serde.UNSET,
        temperature: float | None | _serde.Unset = _serde.UNSET,
        top_p: float | None | _serde.Unset = _serde.UNSET,
        logit_bias: dict[str, Any] | None = None,
        user: str | None = None,
        n: int | None | _serde.Unset = _serde.UNSET,
        logprobs: int | None | _serde.Unset = _serde.UNSET,
        suffix: str | None | _serde.Unset = _serde.UNSET,
        echo: bool | None | _serde.Unset = _serde.UNSET,
        stop: str | list[str] | None = None,
        completion_config: str | None | _serde.Unset = _serde.UNSET,
        presence_penalty: float | None = None,
        frequency_penalty: float | None = None,
        best_of: int | None = None,
        api_version: str | None = "2023-06-01-preview",
        stream: bool | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> (
        _models.CompletionsCreateResponse
        | EventStream[_models.CompletionsCreateResponse]
    ):
        """Creates a completion for the provided prompt, parameters and chosen model.

        Args:
            deployment_id: Deployment id of the model which was deployed.
            prompt: The prompt(s) to generate completions for, encoded as a string or
                array of strings. Note that <|endoftext|> is the document separator that
                the model sees during training, so if a prompt is not specified the
                model will generate as if from the beginning of a new document. Maximum
                allowed size of string list is 2048.
            max_tokens: The token count of your prompt plus max_tokens cannot exceed the
                model's context length. Most models have a context length of 2048 tokens
                (except for the newest models, which support 4096). Has minimum of 0.
                The service's default: 16.
            temperature: What sampling temperature to use. Higher values means the model
                will take more risks. Try 0.9 for more creative applications, and 0
                (argmax sampling) for ones with a well-defined answer. We generally
                recommend altering this or top_p but not both. The service's default: 1.
            top_p: An alternative to sampling with temperature, called nucleus sampling,
                where the model considers the results of the tokens with top_p
                probability mass. So 0.1 means only the tokens comprising the top 10%
                probability mass are considered. We generally recommend altering this or
                temperature but not both. The service's default: 1.
            logit_bias: Defaults to null. Modify the likelihood of specified tokens
                appearing in the completion. Accepts a json object that maps tokens
                (specified by their token ID in the GPT tokenizer) to an associated bias
                value from -100 to 100. You can use this tokenizer tool (which works for
                both GPT-2 and GPT-3) to convert text to token IDs. Mathematically, the
                bias is added to the logits generated by the model prior to sampling.
                The exact effect will vary per model, but values between -1 and 1 should
                decrease or increase likelihood of selection; values like -100 or 100
                should result in a ban or exclusive selection of the relevant token. As
                an example, you can pass {"50256" &#58; -100} to prevent the
                <|endoftext|> token from being generated.
            user: A unique identifier representing your end-user, which can help
                monitoring and detecting abuse
            n: How many completions to generate for each prompt. Minimum of 1 and
                maximum of 128 allowed. Note: Because this parameter generates many
                completions, it can quickly consume your token quota. Use carefully and
                ensure that you have reasonable settings for max_tokens and stop. The
                service's default: 1.
            logprobs: Include the log probabilities on the logprobs most likely tokens,
                as well the chosen tokens. For example, if logprobs is 5, the API will
                return a list of the 5 most likely tokens. The API will always return
                the logprob of the sampled token, so there may be up to logprobs+1
                elements in the response. Minimum of 0 and maximum of 5 allowed.
            suffix: The suffix that comes after a completion of inserted text.
            echo: Echo back the prompt in addition to the completion The service's
                default: false.
            stop: Up to 4 sequences where the API will stop generating further tokens.
                The returned text will not contain the stop sequence.
            completion_config: -
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new
                tokens based on whether they appear in the text so far, increasing the
                model's likelihood to talk about new topics. The service's default: 0.
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new
                tokens based on their existing frequency in the text so far, decreasing
                the model's likelihood to repeat the same line verbatim. The service's
                default: 0.
            best_of: Generates best_of completions server-side and returns the "best"
                (the one with the highest log probability per token). Results cannot be
                streamed. When used with n, best_of controls the number of candidate
                completions and n specifies how many to return - best_of must be greater
                than n. Note: Because this parameter generates many completions, it can
                quickly consume your token quota. Use carefully and ensure that you have
                reasonable settings for max_tokens and stop. Has maximum value of 128.
            api_version: api version Pass None to leave it out.
            stream: Whether to stream back partial progress. If set, tokens will be sent
                as data-only server-sent events as they become available, with the
                stream terminated by a data: [DONE] message. When true, the events are
                returned as they arrive, as an iterator that ends at `data: [DONE]`.
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
        _body = _models.CreateBody(
            prompt=prompt,
            max_tokens=max_tokens,
            temperature=temperature,
            top_p=top_p,
            logit_bias=logit_bias,
            user=user,
            n=n,
            stream=_serde.UNSET if stream is None else stream,
            logprobs=logprobs,
            suffix=suffix,
            echo=echo,
            stop=stop,
            completion_config=completion_config,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            best_of=best_of,
        )
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path(
                "/deployments/{deployment-id}/completions",
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
                _models.CompletionsCreateResponse.from_dict,
                self._pipeline.max_body_size,
            )
        return _pipeline.decode_required(
            _response, _models.CompletionsCreateResponse.from_dict
        )

    @functools.cached_property
    def with_raw_response(self) -> CompletionsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return CompletionsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> CompletionsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return CompletionsOperationsWithStreamingResponse(self)


class CompletionsOperationsWithRawResponse:
    """`client.completions.with_raw_response`: see `CompletionsOperations`."""

    def __init__(self, operations: CompletionsOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.create = wrap(operations.create)


class CompletionsOperationsWithStreamingResponse:
    """`client.completions.with_streaming_response`: see `CompletionsOperations`."""

    def __init__(self, operations: CompletionsOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.create = wrap(operations.create)
