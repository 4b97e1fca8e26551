"""Clients generated from small documents written in a test, imported."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.write import write_package


def _client_module(spec: Path, name: str, out: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """The package generated from `spec` as `name` into `out`, imported, and
    what generation gave (its files and diagnostics)."""
    job = ClientJob(spec, out, name, spec.parent)
    package = generate_package(job)
    write_package(job.package_dir, package.files, package.manifest, package.user_owned)
    monkeypatch.syspath_prepend(str(out))
    return importlib.import_module(name), package


def _document_module(document: dict[str, Any], name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The package generated from `document` (written as JSON), imported."""
    spec = tmp_path / f"{name}.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    return _client_module(spec, name, tmp_path / "out", monkeypatch)[0]


def recording_client(
    module: Any, answer: Callable[[httpx.Request], httpx.Response] | None = None
) -> tuple[Any, list[httpx.Request]]:
    """A client of the generated `module` and the requests it sends, each
    read whole and answered by `answer` (by default 204, no content)."""
    seen: list[httpx.Request] = []

    def answered(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return answer(request) if answer is not None else httpx.Response(204)

    return module.Client(http_client=httpx.Client(transport=httpx.MockTransport(answered))), seen
