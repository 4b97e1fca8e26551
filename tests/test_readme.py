"""Every Python example in the README runs exactly as printed, against a mock
service that stands in for the real one (httpx clients are given its
transport), and prints what the README leads a reader to expect."""

from __future__ import annotations

import asyncio
import json
import time
import re
import sys
import types
from collections.abc import Iterator

import httpx
import pytest

from .conftest import ROOT

OPENAI = "myresource.openai.azure.com"
MONITOR = f"https://{OPENAI}/openai/operations/images/op-1?api-version=2023-06-01-preview"
FILE = {"id": "file-1", "filename": "train.jsonl", "purpose": "fine-tune", "status": "succeeded", "object": "file"}
NOT_FOUND = {"error": {"code": "notFound", "message": "no such thing"}}
EVENTS = (
    b'data: {"created_at": 1, "level": "info", "message": "Job enqueued."}\n\n'
    b'data: {"created_at": 2, "level": "info", "message": "Job started."}\n\ndata: [DONE]\n\n'
)
OPERATION = {
    "id": "op-1",
    "status": "succeeded",
    "created": 1,
    "result": {"created": 1, "data": [{"url": "https://img/1"}, {"url": "https://img/2"}]},
}


def completions(request: httpx.Request) -> httpx.Response:
    """The inference API's completions: events when the body asks for a stream."""
    body = json.loads(request.content)
    chunk = {"id": "c", "object": "text_completion", "created": 1, "model": "davinci"}
    if body.get("stream"):
        events = b"".join(
            f"data: {json.dumps({**chunk, 'choices': [{'text': t, 'index': 0}]})}\n\n".encode()
            for t in ("Hel", "lo")
        )
        return httpx.Response(200, content=events + b"data: [DONE]\n\n", headers={"content-type": "text/event-stream"})
    return httpx.Response(200, json={**chunk, "choices": [{"text": "Hello", "index": 0}]})


def openai(request: httpx.Request) -> httpx.Response:
    assert request.url.params["api-version"] == "2023-06-01-preview"
    if request.url.path == "/openai/deployments/davinci/completions":
        return completions(request)
    assert request.headers.get("api-key") == "..." or request.headers["authorization"] == "Bearer eyJ0eXAi..."
    route = (request.method, request.url.path)
    if route == ("GET", "/openai/files"):
        return httpx.Response(200, json={"object": "list", "data": [FILE]})
    if route == ("POST", "/openai/files"):
        return httpx.Response(201, json=FILE, headers={"Location": f"https://{OPENAI}/openai/files/file-1"})
    if route == ("GET", "/openai/files/file-1/content"):
        return httpx.Response(200, content=b"x" * 100_000, headers={"content-type": "application/octet-stream"})
    if route == ("POST", "/openai/fine-tunes"):
        assert json.loads(request.content) == {"model": "curie", "training_file": "file-1"}
        return httpx.Response(201, json={"id": "ft-1", "model": "curie", "training_files": [FILE], "status": "notRunning"})
    if route == ("GET", "/openai/fine-tunes/ft-1/events"):
        return httpx.Response(200, content=EVENTS, headers={"content-type": "text/event-stream"})
    if route == ("POST", "/openai/images/generations:submit"):
        return httpx.Response(202, json={"id": "op-1", "status": "notRunning"}, headers={"operation-location": MONITOR})
    if route == ("GET", "/openai/operations/images/op-1"):
        return httpx.Response(200, json=OPERATION)
    if route == ("GET", "/openai/models"):
        return httpx.Response(200, json={"object": "list", "data": [{"id": "curie"}, {"id": "davinci"}]})
    if route == ("GET", "/openai/models/curie"):
        return httpx.Response(200, json={"id": "curie", "capabilities": {}, "deprecation": {}, "lifecycle_status": "preview"})
    if request.method == "GET" and request.url.path in ("/openai/models/no-such-model", "/openai/files/file-missing"):
        return httpx.Response(404, json=NOT_FOUND, headers={"x-ms-request-id": "r-1"})
    raise AssertionError(f"unexpected request {route}")


def widgets(request: httpx.Request) -> httpx.Response:
    assert request.headers["authorization"] == "Bearer ..."
    page = request.url.params.get("page", "1")
    names = {"1": ["red-1", "red-2"], "2": ["red-3"]}[page]
    body: dict[str, object] = {"value": [{"name": n, "color": "red"} for n in names]}
    if page == "1":
        body["nextLink"] = "https://widgets.example.com/api/widgets?page=2"
    return httpx.Response(200, json=body)


CONTAINERS = b"""<?xml version="1.0" encoding="utf-8"?>
<EnumerationResults ServiceEndpoint="https://account.blob.example.com/"><Containers>
<Container><Name>logs-2024</Name><Metadata><owner>ana</owner></Metadata></Container>
<Container><Name>logs-2025</Name></Container>
</Containers></EnumerationResults>"""
SERVICE_PROPERTIES = (
    b"<StorageServiceProperties><Logging><Version>1.0</Version><Delete>false</Delete><Read>true</Read>"
    b"<Write>true</Write></Logging><Cors/></StorageServiceProperties>"
)


def blobs(request: httpx.Request) -> httpx.Response:
    assert request.headers["authorization"] == "Bearer ..."
    route = (request.method, request.url.path, request.url.params.get("comp"))
    xml = {"content-type": "application/xml"}
    if route == ("GET", "/", "list"):
        return httpx.Response(200, content=CONTAINERS, headers=xml)
    if route == ("GET", "/", "properties"):
        return httpx.Response(200, content=SERVICE_PROPERTIES, headers=xml)
    if route == ("PUT", "/", "properties"):
        assert request.content.endswith(SERVICE_PROPERTIES.replace(b"<Cors/>", b"<Cors />"))
        return httpx.Response(202)
    if route == ("PUT", "/logs/today.log", None):
        assert request.content == b"line 1\n" and request.headers["content-length"] == "7"
        return httpx.Response(201)
    if route == ("GET", "/logs/today.log", None):
        return httpx.Response(200, content=b"line 1\n")
    raise AssertionError(f"unexpected request {route}")


def service(request: httpx.Request) -> httpx.Response:
    if request.url.host == "widgets.example.com":
        return widgets(request)
    if request.url.host == "account.blob.example.com":
        return blobs(request)
    return openai(request)


async def async_service(request: httpx.Request) -> httpx.Response:
    return service(request)


def readme_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, re.DOTALL)


EXPECTED_OUTPUT = [
    ["file-1 train.jsonl succeeded", "1970-01-01 00:00:01+00:00 Job enqueued.", "1970-01-01 00:00:02+00:00 Job started.", "404 notFound r-1"],
    ["2"],
    ["curie"],
    ["404 notFound r-1 1", "201 https://myresource.openai.azure.com/openai/files/file-1 file-1", "200 100000"],
    ["100000", "info Job enqueued.", "info Job started."],
    ["succeeded ['https://img/1', 'https://img/2']"],
    ["1", "Job enqueued.", "Job started.", "succeeded"],
    ["red-1", "red-2", "red-3", "[2, 1]"],
    ["puppy.jsonl fine-tune", "the closest"],
    ["logs-2024 {'owner': 'ana'}", "logs-2025 None", "b'line 1\\n'"],
    ["Hel", "lo", "Hello"],
]


@pytest.fixture
def mock_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    sync_init, async_init = httpx.Client.__init__, httpx.AsyncClient.__init__

    def ours(transport: object) -> bool:
        # A transport the example brings itself (ExampleTransport) stays.
        return type(transport).__name__.endswith("ExampleTransport")

    def sync_client(self: httpx.Client, *args: object, **kwargs: object) -> None:
        if not ours(kwargs.get("transport")):
            kwargs["transport"] = httpx.MockTransport(service)
        sync_init(self, *args, **kwargs)  # type: ignore[arg-type]

    def async_client(self: httpx.AsyncClient, *args: object, **kwargs: object) -> None:
        if not ours(kwargs.get("transport")):
            kwargs["transport"] = httpx.MockTransport(async_service)
        async_init(self, *args, **kwargs)  # type: ignore[arg-type]

    async def no_wait(seconds: float) -> None:
        pass

    monkeypatch.setattr(httpx.Client, "__init__", sync_client)
    monkeypatch.setattr(httpx.AsyncClient, "__init__", async_client)
    monkeypatch.setattr(time, "sleep", lambda seconds: None)  # polling waits are not the point here
    monkeypatch.setattr(asyncio, "sleep", no_wait)
    yield


def test_the_readme_has_the_examples_this_test_expects() -> None:
    assert len(readme_examples()) == len(EXPECTED_OUTPUT)


@pytest.mark.parametrize("index", range(len(EXPECTED_OUTPUT)))
def test_readme_example_runs_as_printed(
    index: int,
    mock_service: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = readme_examples()[index]
    module = types.ModuleType("readme_example")  # a real module: the examples define dataclasses
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(code, f"README.md example {index + 1}", "exec"), module.__dict__)  # noqa: S102
    assert capsys.readouterr().out.splitlines() == EXPECTED_OUTPUT[index]


def test_the_readme_and_the_architecture_document_point_only_inside_the_repository() -> None:
    """The project carries its own architecture document (docs/ARCHITECTURE.md);
    nothing in the README sends a reader to a file this checkout lacks."""
    architecture = ROOT / "docs" / "ARCHITECTURE.md"
    assert architecture.is_file()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/ARCHITECTURE.md" in readme and "DESIGN.md" not in readme
    for document in (readme, architecture.read_text(encoding="utf-8")):
        for target in re.findall(r"\]\(([^)#]+)", document):
            if "://" in target:
                continue  # a web address, not a file
            found = (ROOT / target).resolve()
            assert found.is_relative_to(ROOT.resolve()) and found.exists(), target
