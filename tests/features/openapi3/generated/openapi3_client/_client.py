# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, ClassVar

import httpx

from ._auth import AsyncTokenCredential, TokenCredential, choose_auth
from ._pipeline import (
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncPipeline,
    Pipeline,
)

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._async_operations import (
        AsyncPetsOperations,
        AsyncPhotosOperations,
        AsyncSearchOperations,
        AsyncVisitsOperations,
    )
    from ._operations import (
        PetsOperations,
        PhotosOperations,
        SearchOperations,
        VisitsOperations,
    )

__all__ = ["AsyncClient", "Client"]


class Client:
    """Unions and JSON Schema.

    Operation groups: `pets`, `photos`, `visits`, `search`.

    Args:
        base_url: The service's root URL; another one points the client at a proxy, a
            staging service or a local mock. The spec lists these servers (the first is
            the default): `https://pets.example.com/v1` (Production);
            `https://sandbox.pets.example.com/v1` (Sandbox, reset every night);
            `Client.SERVERS` holds their URLs in this order.
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

    SERVERS: ClassVar[tuple[str, ...]] = (
        "https://pets.example.com/v1",
        "https://sandbox.pets.example.com/v1",
    )

    def __init__(
        self,
        *,
        base_url: str = "https://pets.example.com/v1",
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
        self._pipeline = Pipeline(
            base_url=base_url,
            auth=choose_auth(
                api_key=None,
                token=token,
                credential=credential,
                scopes=credential_scopes,
            ),
            client_parameters={},
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

    @functools.cached_property
    def pets(self) -> PetsOperations:
        """The `pets` operations (their module is imported on first use)."""
        from ._operations_pets import PetsOperations

        return PetsOperations(self._pipeline)

    @functools.cached_property
    def photos(self) -> PhotosOperations:
        """The `photos` operations (their module is imported on first use)."""
        from ._operations_photos import PhotosOperations

        return PhotosOperations(self._pipeline)

    @functools.cached_property
    def visits(self) -> VisitsOperations:
        """The `visits` operations (their module is imported on first use)."""
        from ._operations_visits import VisitsOperations

        return VisitsOperations(self._pipeline)

    @functools.cached_property
    def search(self) -> SearchOperations:
        """The `search` operations (their module is imported on first use)."""
        from ._operations_search import SearchOperations

        return SearchOperations(self._pipeline)

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

    Operation groups: `pets`, `photos`, `visits`, `search`.

    Args:
        base_url: The service's root URL; another one points the client at a proxy, a
            staging service or a local mock. The spec lists these servers (the first is
            the default): `https://pets.example.com/v1` (Production);
            `https://sandbox.pets.example.com/v1` (Sandbox, reset every night);
            `Client.SERVERS` holds their URLs in this order.
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

    SERVERS: ClassVar[tuple[str, ...]] = (
        "https://pets.example.com/v1",
        "https://sandbox.pets.example.com/v1",
    )

    def __init__(
        self,
        *,
        base_url: str = "https://pets.example.com/v1",
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
        self._pipeline = AsyncPipeline(
            base_url=base_url,
            auth=choose_auth(
                api_key=None,
                token=token,
                credential=credential,
                scopes=credential_scopes,
            ),
            client_parameters={},
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

    @functools.cached_property
    def pets(self) -> AsyncPetsOperations:
        """The `pets` operations (their module is imported on first use)."""
        from ._async_operations_pets import AsyncPetsOperations

        return AsyncPetsOperations(self._pipeline)

    @functools.cached_property
    def photos(self) -> AsyncPhotosOperations:
        """The `photos` operations (their module is imported on first use)."""
        from ._async_operations_photos import AsyncPhotosOperations

        return AsyncPhotosOperations(self._pipeline)

    @functools.cached_property
    def visits(self) -> AsyncVisitsOperations:
        """The `visits` operations (their module is imported on first use)."""
        from ._async_operations_visits import AsyncVisitsOperations

        return AsyncVisitsOperations(self._pipeline)

    @functools.cached_property
    def search(self) -> AsyncSearchOperations:
        """The `search` operations (their module is imported on first use)."""
        from ._async_operations_search import AsyncSearchOperations

        return AsyncSearchOperations(self._pipeline)

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
