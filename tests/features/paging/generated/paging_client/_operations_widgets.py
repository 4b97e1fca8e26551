# Generated from tests/features/paging/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._paging import ItemPaged
from ._response import with_raw_response, with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "WidgetsOperations",
]


class WidgetsOperations:
    """Operations of the `widgets` group, reached as `client.widgets`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def list(
        self,
        *,
        color: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> ItemPaged[_models.Widget]:
        """Lists widgets, page by page.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

        Args:
            color: -
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
        _query: list[tuple[str, str]] = []
        if color is not None:
            _query.append(("color", color))
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/widgets",
            query=_query,
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        return ItemPaged(
            self._pipeline,
            _spec,
            _models.Widget.from_dict,
            item_name="value",
            next_link_name="nextLink",
            request_options=request_options,
        )

    def list_batches(
        self,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> ItemPaged[_models.Widget]:
        """Lists widgets in batches named `items`, linked by `next`.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

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
            path="/widgets/batches",
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.ErrorResponse.from_dict,
        )
        return ItemPaged(
            self._pipeline,
            _spec,
            _models.Widget.from_dict,
            item_name="items",
            next_link_name="next",
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> ItemPaged[_models.Widget]:
        """All widgets in one page.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

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
            path="/widgets/all",
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
        )
        return ItemPaged(
            self._pipeline,
            _spec,
            _models.Widget.from_dict,
            item_name="value",
            next_link_name=None,
            request_options=request_options,
        )

    def search(
        self,
        *,
        text: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> ItemPaged[_models.Widget]:
        """Searches widgets; later pages come from Widgets_SearchNext.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

        Args:
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
        _body = _models.WidgetQuery(text=text)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/widgets:search",
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
        )

        def _next_request(_link: str) -> _pipeline.RequestSpec:
            _spec = _pipeline.RequestSpec(
                method="POST",
                path="/widgets:searchNext",
                client_parameters=("api-version",),
                accept="application/json",
                expected=(200,),
            )
            _spec.path = _link
            return _spec

        return ItemPaged(
            self._pipeline,
            _spec,
            _models.Widget.from_dict,
            item_name="value",
            next_link_name="nextLink",
            next_method="POST",
            next_request=_next_request,
            request_options=request_options,
        )

    def _search_next(
        self,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.WidgetList:
        """The next page of a search.

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
            method="POST",
            path="/widgets:searchNext",
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.WidgetList.from_dict)

    def get(
        self,
        name: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Widget:
        """Gets a widget.

        Args:
            name: -
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
        _pipeline.require(name=name)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path("/widgets/{name}", {"name": (name, False)}),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200, 409),
            error_model=_models.ErrorResponse.from_dict,
            error_models={404: _models.ErrorResponse.from_dict},
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Widget.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> WidgetsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return WidgetsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> WidgetsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return WidgetsOperationsWithStreamingResponse(self)


class WidgetsOperationsWithRawResponse:
    """`client.widgets.with_raw_response`: see `WidgetsOperations`."""

    def __init__(self, operations: WidgetsOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.get = wrap(operations.get)


class WidgetsOperationsWithStreamingResponse:
    """`client.widgets.with_streaming_response`: see `WidgetsOperations`."""

    def __init__(self, operations: WidgetsOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.get = wrap(operations.get)
