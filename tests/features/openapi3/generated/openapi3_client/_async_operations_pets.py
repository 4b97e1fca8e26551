# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncPetsOperations",
]


class AsyncPetsOperations:
    """Operations of the `pets` group, reached as `client.pets`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def get(
        self,
        id: str | int,
        *,
        tags: list[str] | None = None,
        ages: list[int] | None = None,
        filter: _models.Filter | None = None,
        page: _models.Page | None = None,
        where: dict[str, str] | None = None,
        sort: list[_models.SortItem] | None = None,
        since: datetime.datetime | None = None,
        ids: list[str] | None = None,
        token: bytes | str | None = None,
        session: str | None = None,
        seen: list[str] | None = None,
        tags_cookie: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Pet:
        """A pet by its name or number.

        Args:
            id: -
            tags: -
            ages: -
            filter: -
            page: -
            where: -
            sort: Objects in an array, which no style spells, go as JSON each.
            since: -
            ids: -
            token: -
            session: -
            seen: -
            tags_cookie: -
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
        _query: list[tuple[str, str]] = []
        if tags is not None:
            _query.extend(("tags", _item) for _item in tags)
        if ages is not None:
            _query.extend(("ages", _pipeline.query_value(_item)) for _item in ages)
        if filter is not None:
            _query.extend(_pipeline.object_query("filter", filter, "deepObject"))
        if page is not None:
            _query.extend(_pipeline.object_query("page", page, "form"))
        if where is not None:
            _query.append(("where", _pipeline.json_value(where)))
        if sort is not None:
            _query.extend(("sort", _pipeline.query_value(_item)) for _item in sort)
        if since is not None:
            _query.append(("since", _pipeline.json_value(since)))
        if ids is not None:
            _query.append(("ids", _pipeline.json_value(ids)))
        if token is not None:
            _query.append(("token", _pipeline.query_value(token)))
        _cookies: list[tuple[str, str]] = []
        if session is not None:
            _cookies.append(("session", session))
        if seen is not None:
            _cookies.append(("seen", ",".join("" if v is None else v for v in seen)))
        if tags_cookie is not None:
            _cookies.append(("tags", tags_cookie))
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/pets/{id}", {"id": (_pipeline.query_value(id), False)}
            ),
            query=_query,
            cookies=_cookies,
            accept="application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models._PET_ONE_OF)

    async def put_owner(
        self,
        id: str,
        *,
        pet: _models.Pet | None = None,
        pets: list[_models.Pet] | None = None,
        contact: (
            datetime.datetime | _models.OwnerContactOption2 | None | _serde.Unset
        ) = _serde.UNSET,
        tree: _models.Tree | None = None,
        datetime_: datetime.datetime | None = None,
        born: datetime.date | None = None,
        nickname: str | None | _serde.Unset = _serde.UNSET,
        anything: Any | None = None,
        kind: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Owner:
        """Store a pet's owner.

        Args:
            id: -
            pet: A cat or a dog, told apart by petType.
            pets: -
            contact: When to call, or how.
            tree: A name, or a list of trees.
            datetime_: -
            born: -
            nickname: -
            anything: -
            kind: -
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
        _body = _models.Owner(
            pet=pet,
            pets=pets,
            contact=contact,
            tree=tree,
            datetime_=datetime_,
            born=born,
            nickname=nickname,
            anything=anything,
            kind=kind,
        )
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path("/pets/{id}", {"id": (id, False)}),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Owner.from_dict)

    async def get_cat(
        self,
        id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Cat | None:
        """The pet if it is a cat; null otherwise.

        Args:
            id: -
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
            method="GET",
            path=_pipeline.format_path("/pets/{id}/cat", {"id": (id, False)}),
            accept="application/json",
            expected=(200,),
            error_model=_models.Problem.from_dict,
            error_models={404: _models.Problem.from_dict},
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode(_response, _models.Cat.from_dict)

    async def get_card(
        self,
        id: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Owner | str | None:
        """A pet's card, or a note saying where it went (answers that differ in media
        type by status).

        Args:
            id: -
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
            method="GET",
            path=_pipeline.format_path("/pets/{id}/card", {"id": (id, False)}),
            accept="text/plain, application/json",
            expected=(200, 201, 203),
        )
        _response = await self._pipeline.send(_spec, request_options)
        _result = _pipeline.decode_by_status(
            _response,
            {
                200: (_models.Owner.from_dict, True),
                201: (_serde.as_str, False),
                203: (_pipeline.text_body, True),
            },
        )
        return cast("_models.Owner | str | None", _result)

    @overload
    async def get_record(
        self,
        id: str,
        *,
        accept: Literal["application/json"] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Owner: ...

    @overload
    async def get_record(
        self,
        id: str,
        *,
        accept: Literal["application/pdf"],
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> bytes: ...

    @overload
    async def get_record(
        self,
        id: str,
        *,
        accept: Literal["text/csv"],
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> str: ...

    async def get_record(
        self,
        id: str,
        *,
        accept: (
            Literal["application/json", "application/pdf", "text/csv"] | None
        ) = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Owner | bytes | str:
        """A pet's record, as JSON, or as a PDF or CSV when asked (accept=).

        Args:
            id: -
            accept: The media type to ask for: by default the answer is read as
                application/json; `application/pdf`, `text/csv` come back as they are
                (bytes, or text for a text type).
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
            method="GET",
            path=_pipeline.format_path("/pets/{id}/record", {"id": (id, False)}),
            accept=accept or "application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        if accept in ("application/pdf",):
            return _response.content
        if accept in ("text/csv",):
            return _response.text
        return _pipeline.decode_required(_response, _models.Owner.from_dict)

    async def wash(
        self,
        id: str,
        *,
        body: _models.WashBody,
        timeout_query: int | None = None,
        extra_headers_header: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """Spec names that every method keeps for its escape hatches.

        Args:
            id: -
            body: -
            timeout_query: -
            extra_headers_header: -
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
        _query: list[tuple[str, str]] = []
        if timeout_query is not None:
            _query.append(("timeout", _pipeline.query_value(timeout_query)))
        _headers: dict[str, str] = {}
        if extra_headers_header is not None:
            _headers["extra_headers"] = extra_headers_header
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path("/pets/{id}/wash", {"id": (id, False)}),
            query=_query,
            headers=_headers,
            json=body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(204,),
        )
        await self._pipeline.send(_spec, request_options)

    async def tag(
        self,
        id: str,
        *,
        body: _models.Tag,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Tag:
        """Tag a pet (a body whose variants add fields to shared ones).

        Args:
            id: -
            body: -
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
            path=_pipeline.format_path("/pets/{id}/tags", {"id": (id, False)}),
            json=_serde.one_of_to_wire(body),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models._TAG_ONE_OF)

    async def retag(
        self,
        id: str,
        *,
        color: str | None = None,
        text: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """Change a tag (at least one of its fields; one model).

        Args:
            id: -
            color: -
            text: -
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
        _body = _models.TagPatch(color=color, text=text)
        _spec = _pipeline.RequestSpec(
            method="PATCH",
            path=_pipeline.format_path("/pets/{id}/tags", {"id": (id, False)}),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(204,),
        )
        await self._pipeline.send(_spec, request_options)

    @functools.cached_property
    def with_raw_response(self) -> AsyncPetsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncPetsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncPetsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncPetsOperationsWithStreamingResponse(self)


class AsyncPetsOperationsWithRawResponse:
    """`client.pets.with_raw_response`: see `AsyncPetsOperations`."""

    def __init__(self, operations: AsyncPetsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.get = wrap(operations.get)
        self.put_owner = wrap(operations.put_owner)
        self.get_cat = wrap(operations.get_cat)
        self.get_card = wrap(operations.get_card)
        self.get_record = wrap(operations.get_record)
        self.wash = wrap(operations.wash)
        self.tag = wrap(operations.tag)
        self.retag = wrap(operations.retag)


class AsyncPetsOperationsWithStreamingResponse:
    """`client.pets.with_streaming_response`: see `AsyncPetsOperations`."""

    def __init__(self, operations: AsyncPetsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.get = wrap(operations.get)
        self.put_owner = wrap(operations.put_owner)
        self.get_cat = wrap(operations.get_cat)
        self.get_card = wrap(operations.get_card)
        self.get_record = wrap(operations.get_record)
        self.wash = wrap(operations.wash)
        self.tag = wrap(operations.tag)
        self.retag = wrap(operations.retag)
