"""Drive a generated client the same way in its sync and async flavors.

A test is written once against `Harness`: `h.call(x)` returns x, or awaits it
on the harness's event loop; `h.collect(stream)` gathers an iterator or an
async iterator. Sleeping is virtual: `h.slept` records the delays asked for.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import io
from collections.abc import Callable
from typing import Any

import httpx


class OneShotStream(io.RawIOBase):
    """An upload that can be read once only (a pipe, a socket): not seekable."""

    def __init__(self, data: bytes) -> None:
        self.data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self.data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


Answer = httpx.Response | Callable[[httpx.Request], httpx.Response] | Exception


class Script:
    """Answers in order, remembering each request (read in full)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.answers:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer(request) if callable(answer) else answer


class Flavored:
    """Runs the same test code with sync and async clients: `call`, `collect`,
    and closing every client made."""

    def __init__(self, flavor: str) -> None:
        self.flavor = flavor
        self.is_async = flavor == "async"
        self.loop = asyncio.new_event_loop() if self.is_async else None
        self.clients: list[Any] = []

    def call(self, value: Any) -> Any:
        if inspect.isawaitable(value):
            assert self.loop is not None, "a sync client returned an awaitable"
            return self.loop.run_until_complete(value)
        assert not self.is_async or not inspect.iscoroutinefunction(value), value
        return value

    def collect(self, iterable: Any) -> list[Any]:
        if hasattr(iterable, "__aiter__"):
            assert self.loop is not None

            async def gather() -> list[Any]:
                return [item async for item in iterable]

            return self.loop.run_until_complete(gather())
        return list(iterable)

    def close(self) -> None:
        for client in self.clients:
            self.call(client.close())
        if self.loop is not None:
            self.loop.close()


class Harness(Flavored):
    def __init__(self, flavor: str, package: str = "azure_openai_authoring") -> None:
        super().__init__(flavor)
        self.module = importlib.import_module(package)
        self.slept: list[float] = []

    def client(self, script: Script, **kwargs: Any) -> Any:
        kwargs.setdefault("polling_interval", 0)
        transport = httpx.MockTransport(script)
        if self.is_async:
            kwargs.setdefault("http_client", httpx.AsyncClient(transport=transport))
            client = self.module.AsyncClient(**kwargs)

            async def sleep(seconds: float) -> None:
                self.slept.append(seconds)

            client._pipeline.sleep = sleep
        else:
            kwargs.setdefault("http_client", httpx.Client(transport=transport))
            client = self.module.Client(**kwargs)
            client._pipeline.sleep = self.slept.append
        self.clients.append(client)
        return client

    def raw(self, method: Callable[..., Any]) -> Callable[..., Any]:
        wrap = self.module.async_with_raw_response if self.is_async else self.module.with_raw_response
        return wrap(method)

