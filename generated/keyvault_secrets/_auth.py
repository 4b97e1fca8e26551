"""Credentials: an API key (header, query or cookie), a user name and password
(HTTP Basic), a bearer token (a string or a callable that returns one), or any
Azure-style token credential.

A token credential is duck-typed: an object whose `get_token(*scopes)` returns
something with `.token` and `.expires_on` (seconds since the epoch), as
azure-identity's credentials do; no azure-core is needed. Its token is cached
until shortly before it expires. No secret ever appears in a repr.
"""

from __future__ import annotations

import base64
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import httpx

if TYPE_CHECKING:
    import asyncio

    from typing_extensions import TypeIs

__all__ = [
    "AccessTokenLike",
    "ApiKeyAuth",
    "AsyncTokenCredential",
    "Auth",
    "BasicAuth",
    "BearerTokenAuth",
    "Credentials",
    "TokenCredential",
    "TokenCredentialAuth",
]


def _is_awaitable(value: object) -> TypeIs[Awaitable[Any]]:
    # inspect.isawaitable, without importing inspect (5 ms) at import time
    return hasattr(value, "__await__")


# A token is renewed this many seconds before it expires.
REFRESH_MARGIN = 300.0


class AccessTokenLike(Protocol):
    @property
    def token(self) -> str: ...

    @property
    def expires_on(self) -> int: ...


class TokenCredential(Protocol):
    def get_token(self, *scopes: str, **kwargs: Any) -> AccessTokenLike: ...


class AsyncTokenCredential(Protocol):
    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessTokenLike: ...


class Auth:
    """Adds credentials to a request.

    `header_names` and `query_names` say where a credential goes, so that the
    pipeline can keep it out of requests to other origins and out of logs and
    continuation tokens; `bearer` credentials (`what` says which) never go
    over plain http."""

    header_names: tuple[str, ...] = ()
    query_names: tuple[str, ...] = ()
    bearer = False
    what = "a bearer token"

    def apply(self, request: httpx.Request) -> None:
        raise NotImplementedError

    async def apply_async(self, request: httpx.Request) -> None:
        self.apply(request)


class ApiKeyAuth(Auth):
    """An API key in a header, the query or a cookie (`location`)."""

    def __init__(self, name: str, key: str, location: str = "header") -> None:
        self.name = name
        self._key = key
        self.location = location
        if location == "header":
            self.header_names = (name,)
        elif location == "cookie":
            self.header_names = ("Cookie",)
        else:
            self.query_names = (name,)

    @classmethod
    def from_key(cls, name: str, key: str | None, location: str) -> ApiKeyAuth | None:
        return None if key is None else cls(name, key, location)

    @staticmethod
    def combine(*keys: ApiKeyAuth | None) -> Auth | None:
        """The keys given, as one credential (a spec may ask for several
        together: a key and a client id)."""
        return Credentials.of(*keys)

    def apply(self, request: httpx.Request) -> None:
        if self.location == "header":
            request.headers[self.name] = self._key
        elif self.location == "cookie":
            # After the operation's own cookies, in the same header.
            cookie = f"{self.name}={self._key}"
            existing = request.headers.get("Cookie")
            request.headers["Cookie"] = f"{existing}; {cookie}" if existing else cookie
        else:
            request.url = request.url.copy_merge_params({self.name: self._key})

    def __repr__(self) -> str:
        return f"ApiKeyAuth(name={self.name!r}, location={self.location!r}, key='***')"


class Credentials(Auth):
    """Several credentials sent together, each where its own spec entry says
    (a spec may ask for two API keys, or a key beside a token); a bearer
    one among them keeps the whole off plain http."""

    def __init__(self, parts: Sequence[Auth]) -> None:
        self.parts = tuple(parts)
        self.header_names = tuple(n for part in parts for n in part.header_names)
        self.query_names = tuple(n for part in parts for n in part.query_names)
        bearer = [part for part in parts if part.bearer]
        self.bearer = bool(bearer)
        if bearer:
            self.what = bearer[0].what

    @staticmethod
    def of(*parts: Auth | None) -> Auth | None:
        given = [part for part in parts if part is not None]
        if len(given) > 1:
            return Credentials(given)
        return given[0] if given else None

    def apply(self, request: httpx.Request) -> None:
        for part in self.parts:
            part.apply(request)

    async def apply_async(self, request: httpx.Request) -> None:
        for part in self.parts:
            await part.apply_async(request)

    def __repr__(self) -> str:
        return f"Credentials({', '.join(repr(part) for part in self.parts)})"


class BasicAuth(Auth):
    """HTTP Basic: `Authorization: Basic <user:password in base64>` (RFC 7617,
    as UTF-8); like a bearer token, never over plain http."""

    header_names = ("Authorization",)
    bearer = True
    what = "a password"

    def __init__(self, username: str, password: str) -> None:
        if ":" in username:
            raise ValueError("an HTTP Basic user name cannot hold ':' (RFC 7617)")
        self.username = username
        pair = f"{username}:{password}".encode()
        self._header = "Basic " + base64.b64encode(pair).decode("ascii")

    @classmethod
    def from_pair(cls, pair: tuple[str, str] | None) -> BasicAuth | None:
        return None if pair is None else cls(*pair)

    def apply(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = self._header

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password='***')"


class BearerTokenAuth(Auth):
    """`Authorization: Bearer <token>` (or the scheme the spec names); a
    callable is asked on every request (it may cache and refresh as it likes)."""

    header_names = ("Authorization",)
    bearer = True

    def __init__(
        self,
        token: str | Callable[[], str] | Callable[[], Awaitable[str]],
        scheme: str = "Bearer",
    ) -> None:
        self._token = token
        self._scheme = scheme

    def _header(self, token: str) -> str:
        return f"{self._scheme} {token}"

    def apply(self, request: httpx.Request) -> None:
        token = self._token() if callable(self._token) else self._token
        if _is_awaitable(token):
            raise TypeError("an async token callable needs the AsyncClient")
        request.headers["Authorization"] = self._header(token)

    async def apply_async(self, request: httpx.Request) -> None:
        token = self._token() if callable(self._token) else self._token
        if _is_awaitable(token):
            token = await token
        request.headers["Authorization"] = self._header(token)

    def __repr__(self) -> str:
        return f"BearerTokenAuth(scheme={self._scheme!r}, token='***')"


class TokenCredentialAuth(Auth):
    """Bearer tokens from a token credential, cached until `REFRESH_MARGIN`
    seconds before they expire."""

    header_names = ("Authorization",)
    bearer = True

    def __init__(
        self,
        credential: TokenCredential | AsyncTokenCredential,
        scopes: Sequence[str],
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not scopes:
            raise ValueError(
                "a token credential needs scopes; pass credential_scopes=[...]"
                " (Azure Cognitive Services use"
                " https://cognitiveservices.azure.com/.default)"
            )
        self._credential = credential
        self.scopes = tuple(scopes)
        self._clock = clock
        self._token: str | None = None
        self._expires_on = 0.0
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def _fresh(self) -> bool:
        return (
            self._token is not None
            and self._clock() < self._expires_on - REFRESH_MARGIN
        )

    def _store(self, access: AccessTokenLike) -> str:
        self._token = access.token
        self._expires_on = float(access.expires_on)
        return access.token

    def apply(self, request: httpx.Request) -> None:
        with self._lock:
            if not self._fresh():
                access = self._credential.get_token(*self.scopes)
                if _is_awaitable(access):
                    raise TypeError("an async credential needs the AsyncClient")
                self._store(access)
        request.headers["Authorization"] = f"Bearer {self._token}"

    async def apply_async(self, request: httpx.Request) -> None:
        if self._async_lock is None:
            import asyncio  # only async clients pay for importing it

            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            if not self._fresh():
                access: Any = self._credential.get_token(*self.scopes)
                if _is_awaitable(access):
                    access = await access
                self._store(access)
        request.headers["Authorization"] = f"Bearer {self._token}"

    def __repr__(self) -> str:
        return f"TokenCredentialAuth(scopes={self.scopes!r})"


def choose_auth(
    *,
    api_key: Auth | None,
    basic: Auth | None = None,
    token: str | Callable[[], str] | Callable[[], Awaitable[str]] | None,
    credential: TokenCredential | AsyncTokenCredential | None,
    scopes: Sequence[str],
    token_scheme: str = "Bearer",
) -> Auth | None:
    """The credentials a client sends: its API keys, and one of a password, a
    token and a token credential (a spec may ask for a key beside a token).
    Two that would fill the same header are a mistake worth saying."""
    authorization = [a for a in (basic, token, credential) if a is not None]
    if len(authorization) > 1:
        raise ValueError("pass only one of basic_auth, token and credential")
    chosen: Auth | None = basic
    if token is not None:
        chosen = BearerTokenAuth(token, token_scheme)
    elif credential is not None:
        chosen = TokenCredentialAuth(credential, scopes)
    if api_key is not None and chosen is not None:
        taken = {n.lower() for n in chosen.header_names}
        clash = [n for n in api_key.header_names if n.lower() in taken]
        if clash:
            raise ValueError(
                f"an API key and a {chosen.what.removeprefix('a ')} would both be"
                f" the {clash[0]} header; pass only one"
            )
    return Credentials.of(api_key, chosen)
