"""Paged results (`x-ms-pageable`): iterate items across pages, or pages
themselves with `by_page()`. Nothing is sent until iteration starts.

Each next page is fetched from the link the previous page names (its
`nextLinkName` property), with the client's `api-version` applied again: next
links often omit it, or carry the service's own.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar

import httpx

from ._pipeline import (
    AsyncPipeline,
    Pipeline,
    RequestOptions,
    RequestSpec,
    _decode_error,
    decode,
)
from ._serde import identity

T = TypeVar("T")

_UNREAD: Any = object()  # no first page given: fetch it


class _Pages:
    """How to read a page and find the next one; no I/O."""

    def __init__(
        self,
        first: RequestSpec,
        convert: Callable[[Any], Any],
        item_name: str,
        next_link_name: str | None,
        next_method: str,
        decode: Callable[[bytes], Any] | None,
        next_request: Callable[[str], RequestSpec] | None = None,
    ) -> None:
        self.first = first
        # builds a next page's request from its link (x-ms-pageable operationName)
        self.next_request = next_request
        self.convert = convert
        self.item_name = item_name
        self.next_link_name = next_link_name
        self.next_method = next_method
        self.decode = decode

    def body(self, response: httpx.Response) -> Any:
        """A page's wire form: parsed JSON, or what `decode` makes of it (XML);
        None for an empty page."""
        return decode(response, identity, self.decode)

    def items(self, body: Any) -> list[Any]:
        """A page's items read; raises what reading raised (a page whose items
        are no list raises TypeError: iterating a string or a dict would give
        its characters or keys as items)."""
        raw = body.get(self.item_name) if isinstance(body, dict) else body
        if raw is not None and not isinstance(raw, list):
            raise TypeError(f"the page's items are a {type(raw).__name__}, not a list")
        return [self.convert(item) for item in raw or []]

    def read(self, response: httpx.Response) -> tuple[Any, list[Any]]:
        """A page's body and its items; whatever does not read as the spec
        declares is a DeserializationError with the response, as for any
        other answer."""
        body = self.body(response)
        try:
            return body, self.items(body)
        except Exception as exc:
            raise _decode_error(response, exc) from exc

    def next_spec(self, body: Any, base_url: str) -> RequestSpec | None:
        if not self.next_link_name or not isinstance(body, dict):
            return None
        link = body.get(self.next_link_name)
        if not isinstance(link, str) or not link:
            return None
        if self.next_request is not None:
            spec = self.next_request(link)
            if not spec.path.startswith(("http://", "https://", "/")):
                spec.path = "/" + spec.path  # relative to the client's root
            return spec
        url = httpx.URL(link)
        if not url.is_absolute_url:
            url = httpx.URL(base_url + "/").join(link)
        # The client's own values for its query parameters (api-version) win.
        params = [
            (k, v)
            for k, v in url.params.multi_items()
            if k not in self.first.client_parameters
        ]
        if "api-version" not in url.params:
            # (a method's api-version goes along where the link names none)
            params += [(k, v) for k, v in self.first.query if k == "api-version"]
        return RequestSpec(
            method=self.next_method,
            path=str(url.copy_with(params=params or None)),
            headers=self.first.headers,
            client_parameters=self.first.client_parameters,
            accept=self.first.accept,
            expected=self.first.expected,
            error_model=self.first.error_model,
            error_body=self.first.error_body,
        )


class ItemPaged(Generic[T]):
    """Items across every page; `by_page()` gives the pages (lists) instead."""

    def __init__(
        self,
        pipeline: Pipeline,
        first: RequestSpec,
        convert: Callable[[Any], T],
        *,
        item_name: str = "value",
        next_link_name: str | None = "nextLink",
        next_method: str = "GET",
        decode: Callable[[bytes], Any] | None = None,
        next_request: Callable[[str], RequestSpec] | None = None,
        request_options: RequestOptions | None = None,
        first_page: Any = _UNREAD,
    ) -> None:
        self._pipeline = pipeline
        self._pages = _Pages(
            first, convert, item_name, next_link_name, next_method, decode, next_request
        )
        self._options = request_options
        # the first page's body when it came already (the end of a
        # long-running operation); else `first` is sent for it. Its items are
        # read now: where they do not read, the operation's result raises
        # (the poller reads it inside its own DeserializationError).
        self._first_page = first_page
        self._first_items = (
            None if first_page is _UNREAD else self._pages.items(first_page)
        )

    def by_page(self) -> Iterator[list[T]]:
        spec: RequestSpec | None = self._pages.first
        if self._first_items is not None:
            yield self._first_items
            spec = self._pages.next_spec(self._first_page, self._pipeline.base_url)
        while spec is not None:
            response = self._pipeline.send(spec, self._options)
            body, items = self._pages.read(response)
            yield items
            spec = self._pages.next_spec(body, self._pipeline.base_url)

    def __iter__(self) -> Iterator[T]:
        for page in self.by_page():
            yield from page


class AsyncItemPaged(Generic[T]):
    """The async twin of `ItemPaged`: `async for item in paged`."""

    def __init__(
        self,
        pipeline: AsyncPipeline,
        first: RequestSpec,
        convert: Callable[[Any], T],
        *,
        item_name: str = "value",
        next_link_name: str | None = "nextLink",
        next_method: str = "GET",
        decode: Callable[[bytes], Any] | None = None,
        next_request: Callable[[str], RequestSpec] | None = None,
        request_options: RequestOptions | None = None,
        first_page: Any = _UNREAD,
    ) -> None:
        self._pipeline = pipeline
        self._pages = _Pages(
            first, convert, item_name, next_link_name, next_method, decode, next_request
        )
        self._options = request_options
        # the first page's body when it came already (the end of a
        # long-running operation); else `first` is sent for it. Its items are
        # read now: where they do not read, the operation's result raises
        # (the poller reads it inside its own DeserializationError).
        self._first_page = first_page
        self._first_items = (
            None if first_page is _UNREAD else self._pages.items(first_page)
        )

    async def by_page(self) -> AsyncIterator[list[T]]:
        spec: RequestSpec | None = self._pages.first
        if self._first_items is not None:
            yield self._first_items
            spec = self._pages.next_spec(self._first_page, self._pipeline.base_url)
        while spec is not None:
            response = await self._pipeline.send(spec, self._options)
            body, items = self._pages.read(response)
            yield items
            spec = self._pages.next_spec(body, self._pipeline.base_url)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.by_page():
            for item in page:
                yield item
