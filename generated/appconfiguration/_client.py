# Generated from specs/azure-rest/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json; do not edit (regenerate instead).
from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from . import _pipeline
from ._auth import AsyncTokenCredential, TokenCredential, choose_auth
from ._pipeline import (
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncPipeline,
    Pipeline,
    format_host,
)

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._async_operations import (
        AsyncKeysOperations,
        AsyncKeyValuesOperations,
        AsyncLabelsOperations,
        AsyncLocksOperations,
        AsyncRevisionsOperations,
    )
    from ._operations import (
        KeysOperations,
        KeyValuesOperations,
        LabelsOperations,
        LocksOperations,
        RevisionsOperations,
    )

__all__ = ["AsyncClient", "Client"]


class Client:
    """Azure App Configuration.

    Operation groups: `keys`, `key_values`, `labels`, `locks`, `revisions`.

    Args:
        endpoint: The endpoint of the App Configuration instance to send requests to.
        sync_token: Used to guarantee real-time consistency between requests.
        api_version: The API version to be used with the HTTP request.
        base_url: The service's root URL, used instead of the one built from the host
            parameters (a proxy, a staging service, a local mock).
        token: A bearer token, or a callable that returns one (asked on every request).
        credential: A token credential (any object with `get_token(*scopes)`, such as
            azure-identity's); its token is cached until shortly before it expires.
        credential_scopes: The scopes to ask the credential for.
        http_client: An httpx client to send requests with (proxies, mounts,
            transports); the caller closes it.
        timeout: Seconds, or an httpx.Timeout with connect and read limits, for every
            request unless a call says otherwise.
        max_retries: How often to retry a request that failed in a way worth retrying (0
            disables).
        polling_interval: Seconds between polls of a long-running operation when the
            service does not say.
        deadline: Seconds a whole call may take (every attempt, wait and body read),
            unless a call says otherwise; None: no limit.
        credential_hosts: Hosts besides the endpoint's own that may receive the
            credentials (https only; "*.example.com" covers subdomains), for services
            that page or poll on another host.
        enforce_https: Refuse to send a bearer token over plain http (False only for a
            local test server).
        idempotency_header: A header the service deduplicates requests by (such as
            Idempotency-Key): each POST or PATCH then carries a fresh key, the same on
            every retry, and is retried like a GET.
        max_body_size: The most bytes a response body (or an event-stream line) may take
            in memory.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        sync_token: str | None = None,
        api_version: str = "1.0",
        base_url: str | None = None,
        token: str | Callable[[], str] | None = None,
        credential: TokenCredential | None = None,
        credential_scopes: Sequence[str] = (),
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        polling_interval: float = 1.0,
        deadline: float | None = None,
        credential_hosts: Sequence[str] = (),
        enforce_https: bool = True,
        idempotency_header: str | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        _pipeline.require(endpoint=endpoint)
        if base_url is None:
            base_url = format_host("{endpoint}", {"endpoint": (endpoint, True)})
        self._pipeline = Pipeline(
            base_url=base_url,
            auth=choose_auth(
                api_key=None,
                token=token,
                credential=credential,
                scopes=credential_scopes,
            ),
            client_parameters={
                "Sync-Token": ("header", sync_token),
                "api-version": ("query", api_version),
            },
            http_client=http_client,
            timeout=timeout,
            max_retries=max_retries,
            polling_interval=polling_interval,
            deadline=deadline,
            credential_hosts=credential_hosts,
            enforce_https=enforce_https,
            idempotency_header=idempotency_header,
            max_body_size=max_body_size,
        )
        self._pipeline.request_id_header = "x-ms-client-request-id"

    @functools.cached_property
    def keys(self) -> KeysOperations:
        """The `keys` operations (their module is imported on first use)."""
        from ._operations_keys import KeysOperations

        return KeysOperations(self._pipeline)

    @functools.cached_property
    def key_values(self) -> KeyValuesOperations:
        """The `key_values` operations (their module is imported on first use)."""
        from ._operations_key_values import KeyValuesOperations

        return KeyValuesOperations(self._pipeline)

    @functools.cached_property
    def labels(self) -> LabelsOperations:
        """The `labels` operations (their module is imported on first use)."""
        from ._operations_labels import LabelsOperations

        return LabelsOperations(self._pipeline)

    @functools.cached_property
    def locks(self) -> LocksOperations:
        """The `locks` operations (their module is imported on first use)."""
        from ._operations_locks import LocksOperations

        return LocksOperations(self._pipeline)

    @functools.cached_property
    def revisions(self) -> RevisionsOperations:
        """The `revisions` operations (their module is imported on first use)."""
        from ._operations_revisions import RevisionsOperations

        return RevisionsOperations(self._pipeline)

    def close(self) -> None:
        """Close the HTTP client, unless it was passed in by the caller."""
        self._pipeline.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self._pipeline.base_url!r})"


class AsyncClient:
    """The async twin of `Client`: the same operations, awaited.

    Operation groups: `keys`, `key_values`, `labels`, `locks`, `revisions`.

    Args:
        endpoint: The endpoint of the App Configuration instance to send requests to.
        sync_token: Used to guarantee real-time consistency between requests.
        api_version: The API version to be used with the HTTP request.
        base_url: The service's root URL, used instead of the one built from the host
            parameters (a proxy, a staging service, a local mock).
        token: A bearer token, or a callable that returns one (asked on every request).
        credential: A token credential (any object with `get_token(*scopes)`, such as
            azure-identity's); its token is cached until shortly before it expires.
        credential_scopes: The scopes to ask the credential for.
        http_client: An httpx client to send requests with (proxies, mounts,
            transports); the caller closes it.
        timeout: Seconds, or an httpx.Timeout with connect and read limits, for every
            request unless a call says otherwise.
        max_retries: How often to retry a request that failed in a way worth retrying (0
            disables).
        polling_interval: Seconds between polls of a long-running operation when the
            service does not say.
        deadline: Seconds a whole call may take (every attempt, wait and body read),
            unless a call says otherwise; None: no limit.
        credential_hosts: Hosts besides the endpoint's own that may receive the
            credentials (https only; "*.example.com" covers subdomains), for services
            that page or poll on another host.
        enforce_https: Refuse to send a bearer token over plain http (False only for a
            local test server).
        idempotency_header: A header the service deduplicates requests by (such as
            Idempotency-Key): each POST or PATCH then carries a fresh key, the same on
            every retry, and is retried like a GET.
        max_body_size: The most bytes a response body (or an event-stream line) may take
            in memory.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        sync_token: str | None = None,
        api_version: str = "1.0",
        base_url: str | None = None,
        token: str | Callable[[], str] | Callable[[], Awaitable[str]] | None = None,
        credential: TokenCredential | AsyncTokenCredential | None = None,
        credential_scopes: Sequence[str] = (),
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        polling_interval: float = 1.0,
        deadline: float | None = None,
        credential_hosts: Sequence[str] = (),
        enforce_https: bool = True,
        idempotency_header: str | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        _pipeline.require(endpoint=endpoint)
        if base_url is None:
            base_url = format_host("{endpoint}", {"endpoint": (endpoint, True)})
        self._pipeline = AsyncPipeline(
            base_url=base_url,
            auth=choose_auth(
                api_key=None,
                token=token,
                credential=credential,
                scopes=credential_scopes,
            ),
            client_parameters={
                "Sync-Token": ("header", sync_token),
                "api-version": ("query", api_version),
            },
            http_client=http_client,
            timeout=timeout,
            max_retries=max_retries,
            polling_interval=polling_interval,
            deadline=deadline,
            credential_hosts=credential_hosts,
            enforce_https=enforce_https,
            idempotency_header=idempotency_header,
            max_body_size=max_body_size,
        )
        self._pipeline.request_id_header = "x-ms-client-request-id"

    @functools.cached_property
    def keys(self) -> AsyncKeysOperations:
        """The `keys` operations (their module is imported on first use)."""
        from ._async_operations_keys import AsyncKeysOperations

        return AsyncKeysOperations(self._pipeline)

    @functools.cached_property
    def key_values(self) -> AsyncKeyValuesOperations:
        """The `key_values` operations (their module is imported on first use)."""
        from ._async_operations_key_values import AsyncKeyValuesOperations

        return AsyncKeyValuesOperations(self._pipeline)

    @functools.cached_property
    def labels(self) -> AsyncLabelsOperations:
        """The `labels` operations (their module is imported on first use)."""
        from ._async_operations_labels import AsyncLabelsOperations

        return AsyncLabelsOperations(self._pipeline)

    @functools.cached_property
    def locks(self) -> AsyncLocksOperations:
        """The `locks` operations (their module is imported on first use)."""
        from ._async_operations_locks import AsyncLocksOperations

        return AsyncLocksOperations(self._pipeline)

    @functools.cached_property
    def revisions(self) -> AsyncRevisionsOperations:
        """The `revisions` operations (their module is imported on first use)."""
        from ._async_operations_revisions import AsyncRevisionsOperations

        return AsyncRevisionsOperations(self._pipeline)

    async def close(self) -> None:
        """Close the HTTP client, unless it was passed in by the caller."""
        await self._pipeline.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self._pipeline.base_url!r})"
