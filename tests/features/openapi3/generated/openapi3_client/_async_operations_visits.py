# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
from __future__ import annotations

import datetime
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
    "AsyncVisitsOperations",
]


class AsyncVisitsOperations:
    """Operations of the `visits` group, reached as `client.visits`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def book(
        self,
        id: str,
        *,
        since: datetime.date | None = None,
        at: datetime.datetime | None = None,
        labels: list[str] | None = None,
        note: str | None = None,
        timeout_field: int | None = None,
        carer: _models.Carer | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """Book a visit (a form).

        Args:
            id: -
            since: -
            at: -
            labels: -
            note: -
            timeout_field: Minutes the visit may take.
            carer: Who brings the pet (bracketed, `carer[name]=...`).
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
        _pipeline.require(id=id)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path("/pets/{id}/visits", {"id": (id, False)}),
            form=_pipeline.drop_none(
                {
                    "since": (
                        None if since is None else str(_serde.iso_date_to_wire(since))
                    ),
                    "at": None if at is None else str(_serde.iso_datetime_to_wire(at)),
                    "labels": (
                        None
                        if labels is None
                        else ["" if v is None else v for v in labels]
                    ),
                    "note": note,
                    "timeout": (
                        None
                        if timeout_field is None
                        else _pipeline.query_value(timeout_field)
                    ),
                    "carer": (
                        None
                        if carer is None
                        else _pipeline.StyledField(carer, "deepObject")
                    ),
                },
            ),
            accept="application/json",
            expected=(204,),
        )
        await self._pipeline.send(_spec, request_options)

    @functools.cached_property
    def with_raw_response(self) -> AsyncVisitsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncVisitsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncVisitsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncVisitsOperationsWithStreamingResponse(self)


class AsyncVisitsOperationsWithRawResponse:
    """`client.visits.with_raw_response`: see `AsyncVisitsOperations`."""

    def __init__(self, operations: AsyncVisitsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.book = wrap(operations.book)


class AsyncVisitsOperationsWithStreamingResponse:
    """`client.visits.with_streaming_response`: see `AsyncVisitsOperations`."""

    def __init__(self, operations: AsyncVisitsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.book = wrap(operations.book)
