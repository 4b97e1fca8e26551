"""The README's usage example runs exactly as printed, against a mock transport
that stands in for the service."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from .conftest import ROOT

MONITOR = "https://myresource.openai.azure.com/openai/operations/images/op-1?api-version=2023-06-01-preview"
FILE = {"id": "file-1", "filename": "train.jsonl", "purpose": "fine-tune", "status": "succeeded", "object": "file"}


def service(request: httpx.Request) -> httpx.Response:
    """Canned answers, by method and path, for the calls the example makes."""
    assert request.headers["api-key"] == "..."
    assert request.url.params["api-version"] == "2023-06-01-preview"
    route = (request.method, request.url.path)
    if route == ("GET", "/openai/files"):
        return httpx.Response(200, json={"object": "list", "data": [FILE]})
    if route == ("POST", "/openai/files"):
        return httpx.Response(201, json=FILE)
    if route == ("POST", "/openai/fine-tunes"):
        assert json.loads(request.content) == {"model": "curie", "training_file": "file-1"}
        return httpx.Response(201, json={"id": "ft-1", "model": "curie", "training_files": [FILE], "status": "notRunning"})
    if route == ("GET", "/openai/fine-tunes/ft-1/events"):
        events = b'data: {"created_at": 1, "level": "info", "message": "Job enqueued."}\n\ndata: [DONE]\n\n'
        return httpx.Response(200, content=events, headers={"content-type": "text/event-stream"})
    if route == ("POST", "/openai/images/generations:submit"):
        return httpx.Response(202, json={"id": "op-1", "status": "notRunning"}, headers={"operation-location": MONITOR})
    if route == ("GET", "/openai/operations/images/op-1"):
        return httpx.Response(200, json={"id": "op-1", "status": "succeeded", "created": 1, "result": {"created": 1, "data": []}})
    if route == ("GET", "/openai/models/no-such-model"):
        return httpx.Response(404, json={"error": {"code": "notFound", "message": "no such model"}}, headers={"x-ms-request-id": "r-1"})
    raise AssertionError(f"unexpected request {route}")


def test_readme_usage_example_runs_as_printed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use the generated client", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    original = httpx.Client.__init__

    def with_mock_transport(self: httpx.Client, *args: object, **kwargs: object) -> None:
        kwargs["transport"] = httpx.MockTransport(service)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.Client, "__init__", with_mock_transport)
    exec(compile(code.group(1), "README.md", "exec"), {})  # noqa: S102 - the README's own example
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "file-1 train.jsonl succeeded",
        "1970-01-01 00:00:01+00:00 Job enqueued.",
        "404 notFound r-1",
    ]
