# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Literal, overload

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import with_raw_response, with_streaming_response
from ._streaming import EventStream

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "FineTunesOperations",
]


class FineTunesOperations:
    """Operations of the `fine_tunes` group, reached as `client.fine_tunes`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def list(
        self,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.FineTuneList:
        """Microsoft Azure Gets A List Of All Fine Tune Jobs Owned By The Azure Openai
        Resource
        the Details That Are Returned For Each Fine Tune Job Contain Besides Its
        Identifier
        the Base Model, Training And Validation Files, Hyper Parameters, Time Stamps,
        Status And Events
        events Are Created When The Job Status Changes, E G Running Or Complete, And
        When Results Are Uploaded

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
            path="/fine-tunes",
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.FineTuneList.from_dict)

    def create(
        self,
        *,
        model: str,
        training_file: str,
        validation_file: str | None = None,
        suffix: str | None = None,
        n_epochs: int | None = None,
        batch_size: int | None = None,
        learning_rate_multiplier: float | None = None,
        prompt_loss_weight: float | None = None,
        compute_classification_metrics: bool | None = None,
        classification_n_classes: int | None = None,
        classification_positive_class: str | None = None,
        classification_betas: builtins.list[float] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.FineTune:
        """Microsoft Azure Creates A Job That Fine Tunes A Specified Model From A Given
        Training File
        response Includes Details Of The Enqueued Job Including Job Status And Hyper
        Parameters
        the Name Of The Fine Tuned Model Is Added To The Response Once Complete

        Needs a more full description created.

        Args:
            model: The identifier (model-id) of the base model used for this fine-tune.
            training_file: The file identity (file-id) that is used for training this
                fine tuned model.
            validation_file: The file identity (file-id) that is used to evaluate the
                fine tuned model during training.
            suffix: The suffix used to identify the fine-tuned model. The suffix can
                contain up to 40 characters (a-z, A-Z, 0-9,- and _) that will be added
                to your fine-tuned model name.
            n_epochs: The number of epochs to train the model for. An epoch refers to
                one full cycle through the training dataset.
            batch_size: The batch size to use for training. The batch size is the number
                of training examples used to train a single forward and backward pass.
                In general, we've found that larger batch sizes tend to work better for
                larger datasets. The default value as well as the maximum value for this
                property are specific to a base model.
            learning_rate_multiplier: The learning rate multiplier to use for training.
                The fine-tuning learning rate is the original learning rate used for
                pre-training multiplied by this value. Larger learning rates tend to
                perform better with larger batch sizes. We recommend experimenting with
                values in the range 0.02 to 0.2 to see what produces the best results.
            prompt_loss_weight: The weight to use for loss on the prompt tokens. This
                controls how much the model tries to learn to generate the prompt (as
                compared to the completion which always has a weight of 1.0), and can
                add a stabilizing effect to training when completions are short. If
                prompts are extremely long (relative to completions), it may make sense
                to reduce this weight so as to avoid over-prioritizing learning the
                prompt.
            compute_classification_metrics: A value indicating whether to compute
                classification metrics. If set, we calculate classification-specific
                metrics such as accuracy and F-1 score using the validation set at the
                end of every epoch. These metrics can be viewed in the results file. In
                order to compute classification metrics, you must provide a
                validation_file.Additionally, you must specify classification_n_classes
                for multiclass classification or classification_positive_class for
                binary classification.
            classification_n_classes: The number of classes in a classification task.
                This parameter is required for multiclass classification.
            classification_positive_class: The positive class in binary classification.
                This parameter is needed to generate precision, recall, and F1 metrics
                when doing binary classification.
            classification_betas: The classification beta values. If this is provided,
                we calculate F-beta scores at the specified beta values. The F-beta
                score is a generalization of F-1 score. This is only used for binary
                classification. With a beta of 1 (i.e.the F-1 score), precision and
                recall are given the same weight. A larger beta score puts more weight
                on recall and less on precision. A smaller beta score puts more weight
                on precision and less on recall.
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
        _body = _models.FineTuneCreation(
            model=model,
            training_file=training_file,
            validation_file=validation_file,
            suffix=suffix,
            n_epochs=n_epochs,
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            prompt_loss_weight=prompt_loss_weight,
            compute_classification_metrics=compute_classification_metrics,
            classification_n_classes=classification_n_classes,
            classification_positive_class=classification_positive_class,
            classification_betas=classification_betas,
        )
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/fine-tunes",
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(201,),
            error_model=_models.ErrorResponse.from_dict,
            declared_headers={
                201: {"Location": "str"},
            },
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.FineTune.from_dict)

    def get(
        self,
        fine_tune_id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.FineTune:
        """Microsoft Azure Gets Details For A Single Fine Tune Job Specified By The
        Given Fine Tune Id
        the Details Contain The Base Model, Training And Validation Files, Hyper
        Parameters, Time Stamps, Status And Events
        events Are Created When The Job Status Changes, E G Running Or Complete, And
        When Results Are Uploaded

        Needs a more full description created.

        Args:
            fine_tune_id: The identifier of the fine-tune job.
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
        _pipeline.require(fine_tune_id=fine_tune_id)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/fine-tunes/{fine-tune-id}", {"fine-tune-id": (fine_tune_id, False)}
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.FineTune.from_dict)

    def delete(
        self,
        fine_tune_id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """Microsoft Azure Deletes The Fine Tune Job Specified By The Given Fine Tune Id

        Needs a more full description created.

        Args:
            fine_tune_id: The identifier of the fine-tune job.
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
        _pipeline.require(fine_tune_id=fine_tune_id)
        _spec = _pipeline.RequestSpec(
            method="DELETE",
            path=_pipeline.format_path(
                "/fine-tunes/{fine-tune-id}", {"fine-tune-id": (fine_tune_id, False)}
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(204,),
            error_model=_models.ErrorResponse.from_dict,
        )
        self._pipeline.send(_spec, request_options)

    @overload
    def get_events(
        self,
        fine_tune_id: str,
        *,
        stream: Literal[False] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.EventList: ...

    @overload
    def get_events(
        self,
        fine_tune_id: str,
        *,
        stream: Literal[True],
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> EventStream[_models.Event]: ...

    def get_events(
        self,
        fine_tune_id: str,
        *,
        stream: bool | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.EventList | EventStream[_models.Event]:
        """Microsoft Azure Gets The Events For The Fine Tune Job Specified By The Given
        Fine Tune Id
        events Are Created When The Job Status Changes, E G Running Or Complete, And
        When Results Are Uploaded

        Needs a more full description created.

        Args:
            fine_tune_id: The identifier of the fine-tune job.
            stream: A flag indicating whether to stream events for the fine-tune job. If
                set to true, events will be sent as data-only server-sent events as they
                become available. The stream will terminate with a data: [DONE] message
                when the job is finished (succeeded, cancelled, or failed). If set to
                false, only events generated so far will be returned.. When true, the
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
        _pipeline.require(fine_tune_id=fine_tune_id)
        _query: list[tuple[str, str]] = []
        if stream is not None:
            _query.append(("stream", _pipeline.query_value(stream)))
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/fine-tunes/{fine-tune-id}/events",
                {"fine-tune-id": (fine_tune_id, False)},
            ),
            query=_query,
            client_parameters=("api-version",),
            accept="text/event-stream" if stream else "application/json",
            stream=bool(stream),
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        _response = self._pipeline.send(_spec, request_options)
        if stream:
            return EventStream(
                _response, _models.Event.from_dict, self._pipeline.max_body_size
            )
        return _pipeline.decode_required(_response, _models.EventList.from_dict)

    def cancel(
        self,
        fine_tune_id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.FineTune:
        """Microsoft Azure Cancels The Processing Of The Fine Tune Job Specified By The
        Given Fine Tune Id

        Needs a more full description created.

        Args:
            fine_tune_id: The identifier of the fine-tune job.
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
        _pipeline.require(fine_tune_id=fine_tune_id)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path(
                "/fine-tunes/{fine-tune-id}/cancel",
                {"fine-tune-id": (fine_tune_id, False)},
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.FineTune.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> FineTunesOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return FineTunesOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> FineTunesOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return FineTunesOperationsWithStreamingResponse(self)


class FineTunesOperationsWithRawResponse:
    """`client.fine_tunes.with_raw_response`: see `FineTunesOperations`."""

    def __init__(self, operations: FineTunesOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.list = wrap(operations.list)
        self.create = wrap(operations.create)
        self.get = wrap(operations.get)
        self.delete = wrap(operations.delete)
        self.get_events = wrap(operations.get_events)
        self.cancel = wrap(operations.cancel)


class FineTunesOperationsWithStreamingResponse:
    """`client.fine_tunes.with_streaming_response`: see `FineTunesOperations`."""

    def __init__(self, operations: FineTunesOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.list = wrap(operations.list)
        self.create = wrap(operations.create)
        self.get = wrap(operations.get)
        self.delete = wrap(operations.delete)
        self.get_events = wrap(operations.get_events)
        self.cancel = wrap(operations.cancel)
