# Generated from tests/features/models/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import builtins
import datetime
import decimal
import functools
from typing import TYPE_CHECKING, Any

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import with_raw_response, with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "FormatsOperations",
]


class FormatsOperations:
    """Operations of the `formats` group, reached as `client.formats`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def echo(
        self,
        *,
        int32: int | None = None,
        int64: int | None = None,
        float: float | None = None,
        double: float | None = None,
        decimal_: decimal.Decimal | None = None,
        byte: bytes | None = None,
        base64_url: bytes | None = None,
        date: datetime.date | None = None,
        date_time: datetime.datetime | None = None,
        rfc1123: datetime.datetime | None = None,
        duration: datetime.timedelta | None = None,
        unixtime: datetime.datetime | None = None,
        uuid: str | None = None,
        url: str | None = None,
        char: str | None = None,
        password: str | None = None,
        map: dict[str, int] | None = None,
        map_of_models: dict[str, _models.Animal] | None = None,
        free_form: dict[str, Any] | None = None,
        anything: Any | None = None,
        list_of_lists: builtins.list[builtins.list[datetime.datetime]] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Formats:
        """`PUT /formats`

        Args:
            int32: -
            int64: -
            float: -
            double: -
            decimal_: -
            byte: -
            base64_url: -
            date: -
            date_time: -
            rfc1123: -
            duration: -
            unixtime: -
            uuid: -
            url: -
            char: -
            password: -
            map: -
            map_of_models: -
            free_form: -
            anything: -
            list_of_lists: -
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
        _body = _models.Formats(
            int32=int32,
            int64=int64,
            float=float,
            double=double,
            decimal_=decimal_,
            byte=byte,
            base64_url=base64_url,
            date=date,
            date_time=date_time,
            rfc1123=rfc1123,
            duration=duration,
            unixtime=unixtime,
            uuid=uuid,
            url=url,
            char=char,
            password=password,
            map=map,
            map_of_models=map_of_models,
            free_form=free_form,
            anything=anything,
            list_of_lists=list_of_lists,
        )
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path="/formats",
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Formats.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> FormatsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return FormatsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> FormatsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return FormatsOperationsWithStreamingResponse(self)


class FormatsOperationsWithRawResponse:
    """`client.formats.with_raw_response`: see `FormatsOperations`."""

    def __init__(self, operations: FormatsOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.echo = wrap(operations.echo)


class FormatsOperationsWithStreamingResponse:
    """`client.formats.with_streaming_response`: see `FormatsOperations`."""

    def __init__(self, operations: FormatsOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.echo = wrap(operations.echo)
