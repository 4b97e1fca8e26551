# Generated from tests/features/models/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import builtins
import datetime
import decimal
import functools
from typing import TYPE_CHECKING, Any

from . import _pipeline, _serde
from ._lazy import LazyModule

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncAnimalsOperations",
    "AsyncFormatsOperations",
]


class AsyncAnimalsOperations:
    """Operations of the `animals` group, reached as `client.animals`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def list(
        self,
        *,
        tags: builtins.list[str] | None = None,
        ids: builtins.list[int] | None = None,
        names: builtins.list[str] | None = None,
        colors: builtins.list[str] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> builtins.list[_models.Animal]:
        """`GET /animals`

        Args:
            tags: -
            ids: -
            names: -
            colors: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
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
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, functools.partial(_serde.req_list, _models.Animal.from_dict)
        )

    async def add(
        self,
        *,
        animal: _models.Animal,
        request_options: _pipeline.RequestOptions | None = None,
    ) -> _models.Animal:
        """`POST /animals`

        Args:
            animal: -
            request_options: Per-call headers, query parameters, timeout and retries.
        """
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/animals",
            json=animal.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(201,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Animal.from_dict)


class AsyncFormatsOperations:
    """Operations of the `formats` group, reached as `client.formats`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def echo(
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
        """
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
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Formats.from_dict)
