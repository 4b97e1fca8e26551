# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from . import _pipeline
from ._auth import ApiKeyAuth, AsyncTokenCredential, TokenCredential, choose_auth
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
        AsyncJobOperationsOperations,
        AsyncJobsOperations,
        AsyncResourcesOperations,
    )
    from ._operations import (
        JobOperationsOperations,
        JobsOperations,
        ResourcesOperations,
    )

__all__ = ["AsyncClient", "Client"]


class Client:
    """Jobs.

    Long-running operations, each finishing a different way.

    Operation groups: `resources`, `jobs`, `job_operations`.

    Args:
        endpoint: -
        api_version: -
        api_key: The code key.
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
        api_key: str | None = None,
        *,
        api_version: str = "2024-02-01",
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
                api_key=ApiKeyAuth.from_key("code", api_key, "query"),
                token=token,
                credential=credential,
                scopes=credential_scopes,
            ),
            client_parameters={
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
    def resources(self) -> ResourcesOperations:
        """The `resources` operations (their module is imported on first use)."""
        from ._operations_resources import ResourcesOperations

        return ResourcesOperations(self._pipeline)

    @functools.cached_property
    def jobs(self) -> JobsOperations:
        """The `jobs` operations (their module is imported on first use)."""
        from ._operations_jobs import JobsOperations

        return JobsOperations(self._pipeline)

    @functools.cached_property
    def job_operations(self) -> JobOperationsOperations:
        """The `job_operations` operations (their module is imported on first use)."""
        from ._operations_job_operations import JobOperationsOperations

        return JobOperationsOperations(self._pipeline)

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

    Operation groups: `resources`, `jobs`, `job_operations`.

    Args:
        endpoint: -
        api_version: -
        api_key: The code key.
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
        api_key: str | None = None,
        *,
        api_version: str = "2024-02-01",
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
                api_key=ApiKeyAuth.from_key("code", api_key, "query"),
                token=token,
                credential=credential,
                scopes=credential_scopes,
            ),
            client_parameters={
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
    def resources(self) -> AsyncResourcesOperations:
        """The `resources` operations (their module is imported on first use)."""
        from ._async_operations_resources import AsyncResourcesOperations

        return AsyncResourcesOperations(self._pipeline)

    @functools.cached_property
    def jobs(self) -> AsyncJobsOperations:
        """The `jobs` operations (their module is imported on first use)."""
        from ._async_operations_jobs import AsyncJobsOperations

        return AsyncJobsOperations(self._pipeline)

    @functools.cached_property
    def job_operations(self) -> AsyncJobOperationsOperations:
        """The `job_operations` operations (their module is imported on first use)."""
        from ._async_operations_job_operations import AsyncJobOperationsOperations

        return AsyncJobOperationsOperations(self._pipeline)

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
