# Generated from specs/azure-rest/keyvault/data-plane/Microsoft.KeyVault/stable/7.4/secrets.json; do not edit (regenerate instead).
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import _pipeline, _serde
from ._lazy import LazyModule
from ._paging import AsyncItemPaged
from ._response import async_with_raw_response, async_with_streaming_response

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = LazyModule(__name__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncDeletedSecretsOperations",
]


class AsyncDeletedSecretsOperations:
    """Operations of the `deleted_secrets` group, reached as `client.deleted_secrets`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    def get_deleted_secrets(
        self,
        *,
        maxresults: int | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncItemPaged[_models.DeletedSecretItem]:
        """Lists deleted secrets for the specified vault.

        The Get Deleted Secrets operation returns the secrets that have been deleted for
        a vault enabled for soft-delete. This operation requires the secrets/list
        permission.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

        Args:
            maxresults: Maximum number of results to return in a page. If not specified
                the service will return up to 25 results.
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
        if maxresults is not None:
            _query.append(("maxresults", _pipeline.query_value(maxresults)))
        _spec = _pipeline.RequestSpec(
            method="GET",
            path="/deletedsecrets",
            query=_query,
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        return AsyncItemPaged(
            self._pipeline,
            _spec,
            _models.DeletedSecretItem.from_dict,
            item_name="value",
            next_link_name="nextLink",
            request_options=request_options,
        )

    async def get_deleted_secret(
        self,
        secret_name: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.DeletedSecretBundle:
        """Gets the specified deleted secret.

        The Get Deleted Secret operation returns the specified deleted secret along with
        its attributes. This operation requires the secrets/get permission.

        Args:
            secret_name: The name of the secret.
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
        _pipeline.require(secret_name=secret_name)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/deletedsecrets/{secret-name}", {"secret-name": (secret_name, False)}
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, _models.DeletedSecretBundle.from_dict
        )

    async def purge_deleted_secret(
        self,
        secret_name: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> None:
        """Permanently deletes the specified secret.

        The purge deleted secret operation removes the secret permanently, without the
        possibility of recovery. This operation can only be enabled on a soft-delete
        enabled vault. This operation requires the secrets/purge permission.

        Args:
            secret_name: The name of the secret.
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
        _pipeline.require(secret_name=secret_name)
        _spec = _pipeline.RequestSpec(
            method="DELETE",
            path=_pipeline.format_path(
                "/deletedsecrets/{secret-name}", {"secret-name": (secret_name, False)}
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(204,),
            error_model=_models.KeyVaultError.from_dict,
        )
        await self._pipeline.send(_spec, request_options)

    async def recover_deleted_secret(
        self,
        secret_name: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.SecretBundle:
        """Recovers the deleted secret to the latest version.

        Recovers the deleted secret in the specified vault. This operation can only be
        performed on a soft-delete enabled vault. This operation requires the
        secrets/recover permission.

        Args:
            secret_name: The name of the deleted secret.
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
        _pipeline.require(secret_name=secret_name)
        _spec = _pipeline.RequestSpec(
            method="POST",
            path=_pipeline.format_path(
                "/deletedsecrets/{secret-name}/recover",
                {"secret-name": (secret_name, False)},
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.SecretBundle.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> AsyncDeletedSecretsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncDeletedSecretsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(
        self,
    ) -> AsyncDeletedSecretsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncDeletedSecretsOperationsWithStreamingResponse(self)


class AsyncDeletedSecretsOperationsWithRawResponse:
    """`client.deleted_secrets.with_raw_response`: see `AsyncDeletedSecretsOperations`."""

    def __init__(self, operations: AsyncDeletedSecretsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.get_deleted_secret = wrap(operations.get_deleted_secret)
        self.purge_deleted_secret = wrap(operations.purge_deleted_secret)
        self.recover_deleted_secret = wrap(operations.recover_deleted_secret)


class AsyncDeletedSecretsOperationsWithStreamingResponse:
    """`client.deleted_secrets.with_streaming_response`: see
    `AsyncDeletedSecretsOperations`.
    """

    def __init__(self, operations: AsyncDeletedSecretsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.get_deleted_secret = wrap(operations.get_deleted_secret)
        self.purge_deleted_secret = wrap(operations.purge_deleted_secret)
        self.recover_deleted_secret = wrap(operations.recover_deleted_secret)
