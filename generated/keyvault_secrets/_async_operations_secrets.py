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
    "AsyncSecretsOperations",
]


class AsyncSecretsOperations:
    """Operations of the `secrets` group, reached as `client.secrets`."""

    def __init__(self, pipeline: _pipeline.AsyncPipeline) -> None:
        self._pipeline = pipeline

    async def set_secret(
        self,
        secret_name: str,
        *,
        value: str,
        tags: dict[str, str] | None = None,
        content_type: str | None = None,
        secret_attributes: _models.SecretAttributes | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.SecretBundle:
        """Sets a secret in a specified key vault.

        The SET operation adds a secret to the Azure Key Vault. If the named secret
        already exists, Azure Key Vault creates a new version of that secret. This
        operation requires the secrets/set permission.

        Args:
            secret_name: The name of the secret. The value you provide may be copied
                globally for the purpose of running the service. The value provided
                should not include personally identifiable or sensitive information.
            value: The value of the secret.
            tags: Application specific metadata in the form of key-value pairs.
            content_type: Type of the secret value such as a password.
            secret_attributes: The secret management attributes.
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
        _body = _models.SecretSetParameters(
            value=value,
            tags=tags,
            content_type=content_type,
            secret_attributes=secret_attributes,
        )
        _spec = _pipeline.RequestSpec(
            method="PUT",
            path=_pipeline.format_path(
                "/secrets/{secret-name}", {"secret-name": (secret_name, False)}
            ),
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.SecretBundle.from_dict)

    async def delete_secret(
        self,
        secret_name: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.DeletedSecretBundle:
        """Deletes a secret from a specified key vault.

        The DELETE operation applies to any secret stored in Azure Key Vault. DELETE
        cannot be applied to an individual version of a secret. This operation requires
        the secrets/delete permission.

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
                "/secrets/{secret-name}", {"secret-name": (secret_name, False)}
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

    async def get_secret(
        self,
        secret_name: str,
        secret_version: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.SecretBundle:
        """Get a specified secret from a given key vault.

        The GET operation is applicable to any secret stored in Azure Key Vault. This
        operation requires the secrets/get permission.

        Args:
            secret_name: The name of the secret.
            secret_version: The version of the secret. This URI fragment is optional. If
                not specified, the latest version of the secret is returned.
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
        _pipeline.require(secret_name=secret_name, secret_version=secret_version)
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/secrets/{secret-name}/{secret-version}",
                {
                    "secret-name": (secret_name, False),
                    "secret-version": (secret_version, False),
                },
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.SecretBundle.from_dict)

    async def update_secret(
        self,
        secret_name: str,
        secret_version: str,
        *,
        content_type: str | None = None,
        secret_attributes: _models.SecretAttributes | None = None,
        tags: dict[str, str] | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.SecretBundle:
        """Updates the attributes associated with a specified secret in a given key
        vault.

        The UPDATE operation changes specified attributes of an existing stored secret.
        Attributes that are not specified in the request are left unchanged. The value
        of a secret itself cannot be changed. This operation requires the secrets/set
        permission.

        Args:
            secret_name: The name of the secret.
            secret_version: The version of the secret.
            content_type: Type of the secret value such as a password.
            secret_attributes: The secret management attributes.
            tags: Application specific metadata in the form of key-value pairs.
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
        _pipeline.require(secret_name=secret_name, secret_version=secret_version)
        _body = _models.SecretUpdateParameters(
            content_type=content_type, secret_attributes=secret_attributes, tags=tags
        )
        _spec = _pipeline.RequestSpec(
            method="PATCH",
            path=_pipeline.format_path(
                "/secrets/{secret-name}/{secret-version}",
                {
                    "secret-name": (secret_name, False),
                    "secret-version": (secret_version, False),
                },
            ),
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.SecretBundle.from_dict)

    def get_secrets(
        self,
        *,
        maxresults: int | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncItemPaged[_models.SecretItem]:
        """List secrets in a specified key vault.

        The Get Secrets operation is applicable to the entire vault. However, only the
        base secret identifier and its attributes are provided in the response.
        Individual secret versions are not listed in the response. This operation
        requires the secrets/list permission.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

        Args:
            maxresults: Maximum number of results to return in a page. If not specified,
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
            path="/secrets",
            query=_query,
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        return AsyncItemPaged(
            self._pipeline,
            _spec,
            _models.SecretItem.from_dict,
            item_name="value",
            next_link_name="nextLink",
            request_options=request_options,
        )

    def get_secret_versions(
        self,
        secret_name: str,
        *,
        maxresults: int | None = None,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> AsyncItemPaged[_models.SecretItem]:
        """List all versions of the specified secret.

        The full secret identifier and attributes are provided in the response. No
        values are returned for the secrets. This operations requires the secrets/list
        permission.

        Returns the items of every page, fetched as iteration reaches them; `.by_page()`
        gives the pages instead.

        Args:
            secret_name: The name of the secret.
            maxresults: Maximum number of results to return in a page. If not specified,
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
        _pipeline.require(secret_name=secret_name)
        _query: list[tuple[str, str]] = []
        if maxresults is not None:
            _query.append(("maxresults", _pipeline.query_value(maxresults)))
        _spec = _pipeline.RequestSpec(
            method="GET",
            path=_pipeline.format_path(
                "/secrets/{secret-name}/versions", {"secret-name": (secret_name, False)}
            ),
            query=_query,
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        return AsyncItemPaged(
            self._pipeline,
            _spec,
            _models.SecretItem.from_dict,
            item_name="value",
            next_link_name="nextLink",
            request_options=request_options,
        )

    async def backup_secret(
        self,
        secret_name: str,
        *,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.BackupSecretResult:
        """Backs up the specified secret.

        Requests that a backup of the specified secret be downloaded to the client. All
        versions of the secret will be downloaded. This operation requires the
        secrets/backup permission.

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
            method="POST",
            path=_pipeline.format_path(
                "/secrets/{secret-name}/backup", {"secret-name": (secret_name, False)}
            ),
            client_parameters=("api-version",),
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(
            _response, _models.BackupSecretResult.from_dict
        )

    async def restore_secret(
        self,
        *,
        secret_bundle_backup: bytes,
        request_options: _pipeline.RequestOptions | None = None,
        extra_headers: _pipeline.ExtraHeaders | None = None,
        extra_query: _pipeline.ExtraQuery | None = None,
        extra_body: _pipeline.ExtraBody | None = None,
        timeout: _pipeline.Timeout | _serde.Unset = _serde.UNSET,
    ) -> _models.SecretBundle:
        """Restores a backed up secret to a vault.

        Restores a backed up secret, and all its versions, to a vault. This operation
        requires the secrets/restore permission.

        Args:
            secret_bundle_backup: The backup blob associated with a secret bundle.
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
        _body = _models.SecretRestoreParameters(
            secret_bundle_backup=secret_bundle_backup
        )
        _spec = _pipeline.RequestSpec(
            method="POST",
            path="/secrets/restore",
            client_parameters=("api-version",),
            json=_body.to_dict(exclude_readonly=True),
            has_json=True,
            content_type="application/json",
            accept="application/json",
            expected=(200,),
            error_model=_models.KeyVaultError.from_dict,
        )
        _response = await self._pipeline.send(_spec, request_options)
        return _pipeline.decode_required(_response, _models.SecretBundle.from_dict)

    @functools.cached_property
    def with_raw_response(self) -> AsyncSecretsOperationsWithRawResponse:
        """The methods that send a request when called, each returning a `RawResponse`:
        the parsed result with the status and headers it came with.
        """
        return AsyncSecretsOperationsWithRawResponse(self)

    @functools.cached_property
    def with_streaming_response(self) -> AsyncSecretsOperationsWithStreamingResponse:
        """The methods that send a request when called, each returning an async context
        manager for the answer before its body is read (`iter_bytes()`, `parse()`, ...).
        """
        return AsyncSecretsOperationsWithStreamingResponse(self)


class AsyncSecretsOperationsWithRawResponse:
    """`client.secrets.with_raw_response`: see `AsyncSecretsOperations`."""

    def __init__(self, operations: AsyncSecretsOperations) -> None:
        self._operations = operations
        wrap = async_with_raw_response
        self.set_secret = wrap(operations.set_secret)
        self.delete_secret = wrap(operations.delete_secret)
        self.get_secret = wrap(operations.get_secret)
        self.update_secret = wrap(operations.update_secret)
        self.backup_secret = wrap(operations.backup_secret)
        self.restore_secret = wrap(operations.restore_secret)


class AsyncSecretsOperationsWithStreamingResponse:
    """`client.secrets.with_streaming_response`: see `AsyncSecretsOperations`."""

    def __init__(self, operations: AsyncSecretsOperations) -> None:
        self._operations = operations
        wrap = async_with_streaming_response
        self.set_secret = wrap(operations.set_secret)
        self.delete_secret = wrap(operations.delete_secret)
        self.get_secret = wrap(operations.get_secret)
        self.update_secret = wrap(operations.update_secret)
        self.backup_secret = wrap(operations.backup_secret)
        self.restore_secret = wrap(operations.restore_secret)
