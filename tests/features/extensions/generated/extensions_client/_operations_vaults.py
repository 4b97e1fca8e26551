# Generated from tests/features/extensions/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._response import with_raw_response, with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "VaultsOperations",
]


class VaultsOperations:
    """Operations of the `vaults` group, reached as `client.vaults`."""

    def __init__(self, pipeline: _pipeline.Pipeline) -> None:
        self._pipeline = pipeline

    def create(
        self,
        name_path: str,
        *,
        name: str | None = None,
        sku: str | None = None,
        properties_name: str | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.Vault:
        """`PUT /vaults/{name}`

        Args:
            name_path: -
            name: -
            sku: -
            properties_name: -
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
        _pipeline.require(name_path=name_path)
        _body = _models.Vault(name=name, sku=sku, properties_name=properties_name)
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path("/vaults/{name}", {"name": (name_path, False)}),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
        )
        _response = self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.Vault.from_dict)

    def login(
        self,
        name: str,
        *,
        user: str,
        remember: bool | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """`POST /vaults/{name}/settings`

        Args:
            name: -
            user: -
            remember: -
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
            method="POST",
            path=_pipeline.format_path(
                "/vaults/{name}/settings", {"name": (name, False)}
            ),
            form=_pipeline.drop_none(
                {
                    "user": user,
                    "remember": (
                        None if remember is None else _pipeline.query_value(remember)
                    ),
                },
            ),
            accept="application/json",
            expected=(204,),
        )
        self._pipeline.send(_spec, request_options)

    def update_settings(
        self,
        name_path: str,
        *,
        sku: str | None | _serde.Unset = _serde.UNSET,
        name: str | None | _serde.Unset = _serde.UNSET,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """`PATCH /vaults/{name}/settings`

        Args:
            name_path: -
            sku: -
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
        _pipeline.require(name_path=name_path)
        _body = _models.VaultProperties(sku=sku, name=name)
        _spec = _pipeline.RequestSpec(
            method="PATCH",
            path=_pipeline.format_path(
                "/vaults/{name}/settings", {"name": (name_path, False)}
            ),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/merge-patch+json",
            accept="application/json",
            expected=(200,),
        )
        self._pipeline.send(_spec, request_options)

    @functools.cached_property
    def with_raw_response(self) -> VaultsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return VaultsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> VaultsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning a context manager
        for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return VaultsOperationsWithStreamingResponse(self)


class VaultsOperationsWithRawResponse:
    """`client.vaults.with_raw_response`: see `VaultsOperations`."""

    def __init__(self, operations: VaultsOperations) -> None:
        self._operations = operations
        wrap = with_raw_response
        self.create = wrap(operations.create)
        self.login = wrap(operations.login)
        self.update_settings = wrap(operations.update_settings)


class VaultsOperationsWithStreamingResponse:
    """`client.vaults.with_streaming_response`: see `VaultsOperations`."""

    def __init__(self, operations: VaultsOperations) -> None:
        self._operations = operations
        wrap = with_streaming_response
        self.create = wrap(operations.create)
        self.login = wrap(operations.login)
        self.update_settings = wrap(operations.update_settings)
