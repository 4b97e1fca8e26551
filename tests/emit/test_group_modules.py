"""An operation group's module has a name a file system takes, however long
the group's name in the spec: Microsoft Graph beta's groups, named after
their paths, run to 270 characters, and `_async_operations_<group>.py`
(with the writer's temporary suffix) was more than the 255 bytes a Linux
file name may have: the run failed. A long name is cut and ends with a
digest of the whole; the group keeps its attribute and class."""

from __future__ import annotations

import asyncio
import importlib
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from generator.config import ClientJob
from generator.emit.render import MAX_MODULE_NAME, group_module
from generator.pipeline import generate_package
from generator.write import write_package

# Two groups whose names share their first 200 characters (operation ids
# `<Group>_Get`), and the client's attributes for them.
SHARED = "AccessPackageResourceRoleScopes" * 6
GROUPS = (f"{SHARED}First", f"{SHARED}Second")
ATTRIBUTES = tuple(
    "_".join(["access_package_resource_role_scopes"] * 6 + [last]) for last in ("first", "second")
)


def spec() -> dict[str, Any]:
    paths = {
        f"/{index}": {
            "get": {
                "operationId": f"{group}_Get",
                "responses": {"200": {"description": "ok", "schema": {"type": "string"}}},
            }
        }
        for index, group in enumerate(GROUPS)
    }
    return {
        "swagger": "2.0",
        "info": {"title": "Long", "version": "1"},
        "host": "long.example.com",
        "schemes": ["https"],
        "paths": paths,
    }


@pytest.fixture
def package(tmp_path: Path) -> Any:
    source = tmp_path / "long.yaml"
    source.write_text(yaml.safe_dump(spec()), encoding="utf-8")
    job = ClientJob(source, tmp_path / "out", "long_client", tmp_path)
    generated = generate_package(job, format_mode="auto")
    write_package(job.package_dir, generated.files, generated.manifest, generated.user_owned)
    sys.path.insert(0, str(tmp_path / "out"))
    importlib.invalidate_caches()
    try:
        yield job.package_dir, importlib.import_module("long_client")
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m.split(".")[0] == "long_client"]:
            del sys.modules[name]


def test_a_long_group_gets_a_module_name_a_file_system_takes(package: Any) -> None:
    folder, _ = package
    names = sorted(path.stem for path in folder.glob("*operations_*.py"))
    assert len(names) == 4  # (sync and async, each group its own module)
    assert all(len(name) <= MAX_MODULE_NAME for name in names)
    assert all(name.isidentifier() for name in names)
    assert names == sorted(
        group_module(index, attribute) for index in ("_operations", "_async_operations") for attribute in ATTRIBUTES
    )


def test_groups_of_long_names_keep_their_attributes_and_work(package: Any) -> None:
    _, module = package

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=request.url.path)

    client = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    assert getattr(client, ATTRIBUTES[0]).get() == "/0"
    assert getattr(client, ATTRIBUTES[1]).get() == "/1"
    group_class = type(getattr(client, ATTRIBUTES[1]))
    assert group_class.__name__ == f"{GROUPS[1]}Operations"
    operations = importlib.import_module("long_client._operations")
    assert getattr(operations, group_class.__name__) is group_class

    async def call() -> Any:
        async with module.AsyncClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer))) as async_client:
            return await getattr(async_client, ATTRIBUTES[1]).get()

    assert asyncio.run(call()) == "/1"


def test_a_short_group_keeps_its_plain_module_name() -> None:
    assert group_module("_async_operations", "files") == "_async_operations_files"
    cut = group_module("_operations", "x" * 200)
    assert len(cut) == MAX_MODULE_NAME and cut.startswith("_operations_xxx")
    assert cut != group_module("_operations", "x" * 201)
