"""The acceptance suite: clients generated from the AutoRest test server's
swagger files, called against the running server (on loopback), sync and async.

Every test here runs in one xdist group (one worker, one server), so that the
scenarios the server counts while a test runs belong to that test: a scenario
is covered only when it was counted during a passing test (see
`tests/acceptance/coverage.py`).
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..runtime.harness import Flavored
from . import coverage
from .testserver import TestServer, swagger_dir

GROUP = "testserver"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.xdist_group(GROUP))
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestServer]:
    folder = tmp_path_factory.mktemp("testserver")
    running = TestServer(folder / "server.log", folder / "coverage")
    # The scenarios the server knows from the start are the ones counted; some
    # routes add keys of their own as they are called (reported apart).
    known = running.reports()
    yield running
    coverage.record_keys(known, running.reports())
    running.stop()


class Generated:
    """Clients generated from the server's swaggers on first use (`ts_<name>`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        sys.path.insert(0, str(folder))

    def package(self, swagger: str) -> Any:
        from generator.config import ClientJob
        from generator.ir.names import snake_case
        from generator.pipeline import generate_package
        from generator.write import write_package

        name = "ts_" + snake_case(swagger)
        if name not in sys.modules:
            spec = swagger_dir() / f"{swagger}.json"
            job = ClientJob(spec, self.folder, name, spec.parent)
            package = generate_package(job, format_mode="none")
            write_package(job.package_dir, package.files, package.manifest, package.user_owned)
        return importlib.import_module(name)


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return Generated(tmp_path_factory.mktemp("clients"))


class Harness(Flavored):
    """One test, written once, run with the sync and the async client."""

    def __init__(self, flavor: str, server: TestServer, generated: Generated) -> None:
        super().__init__(flavor)
        self.server = server
        self.generated = generated

    def client(self, swagger: str, *args: Any, **kwargs: Any) -> Any:
        module = self.generated.package(swagger)
        kwargs.setdefault("polling_interval", 0)
        if "base_url" in inspect.signature(module.Client).parameters:
            kwargs.setdefault("base_url", self.server.url)
        client = (module.AsyncClient if self.is_async else module.Client)(*args, **kwargs)
        self.clients.append(client)
        return client

    def models(self, swagger: str) -> Any:
        return importlib.import_module(self.generated.package(swagger).__name__ + ".models")

    def module(self, swagger: str) -> Any:
        return self.generated.package(swagger)

    def collect(self, iterable: Any) -> list[Any]:
        return super().collect(self.call(iterable))

    def raises(self, error: type[BaseException], value: Any) -> BaseException:
        with pytest.raises(error) as info:
            self.call(value() if callable(value) else value)
        return info.value


@pytest.fixture(params=["sync", "async"])
def h(request: pytest.FixtureRequest, server: TestServer, generated: Generated) -> Iterator[Harness]:
    harness = Harness(request.param, server, generated)
    yield harness
    harness.close()


@pytest.fixture(autouse=True)
def _counted(request: pytest.FixtureRequest, server: TestServer) -> Iterator[None]:
    """Record which scenarios the server counted while this test ran."""
    before = server.reports()
    yield
    after = server.reports()
    coverage.record(request.node, before, after)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.failed or (report.when == "call" and report.skipped):
        item.stash[coverage.FAILED] = True
