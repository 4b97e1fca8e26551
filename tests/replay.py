"""The replay tests' view of `x-ms-examples`: examples listed from the spec
file itself (not the package), and a call that keeps each request for the
tests' detailed assertions. Mapping an example to a call is the generator's
own (`generator.replay`, the `examples` command): one implementation.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from generator.replay import arguments_for, client_arguments, expected_path
from generator.replay_wire import same_json

__all__ = ["Example", "Replay", "arguments_for", "examples_of", "expected_path", "replay", "same_json"]


@dataclass
class Example:
    operation_id: str
    title: str
    path: Path
    data: dict[str, Any]


@dataclass
class Replay:
    example: Example
    requests: list[httpx.Request] = field(default_factory=list)
    result: Any = None
    base_url: str = ""
    ignored: list[str] = field(default_factory=list)  # example parameters the spec lacks
    status: int = 0
    response_body: Any = None


def examples_of(spec_path: Path) -> tuple[list[Example], list[str]]:
    """Every example the spec references, and the references that are missing."""
    text = spec_path.read_text(encoding="utf-8")
    spec = json.loads(text) if spec_path.suffix == ".json" else yaml.safe_load(text)
    found, missing = [], []
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for title, ref in (operation.get("x-ms-examples") or {}).items():
                target = spec_path.parent / ref["$ref"]
                if not target.is_file():
                    missing.append(ref["$ref"])
                    continue
                data = json.loads(target.read_text(encoding="utf-8"))
                found.append(Example(operation["operationId"], title, target, data))
    return found, missing


def _lower_keys(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k.lower(): v for k, v in mapping.items()}


def replay(package: str, example: Example) -> Replay:
    metadata = importlib.import_module(f"{package}._metadata")
    module = importlib.import_module(package)
    operation = metadata.OPERATIONS[example.operation_id]
    params = example.data.get("parameters", {})
    status_text, response = next(iter(example.data["responses"].items()))
    outcome = Replay(example, status=int(status_text), response_body=response.get("body"))

    def handler(request: httpx.Request) -> httpx.Response:
        outcome.requests.append(request)
        headers = dict(response.get("headers") or {})
        body = response.get("body")
        if body is None:
            return httpx.Response(int(status_text), headers=headers)
        if operation["kind"] == "binary":
            content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
            headers.setdefault("content-type", "application/octet-stream")
            return httpx.Response(int(status_text), headers=headers, content=content)
        return httpx.Response(int(status_text), headers=headers, json=body)

    client_args = client_arguments(module.Client, metadata.CLIENT, params)
    models = importlib.import_module(f"{package}.models")
    kwargs = arguments_for(operation, metadata.CLIENT, params, models, outcome.ignored)
    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    with module.Client(**client_args, http_client=http_client, polling_interval=0) as client:
        outcome.base_url = client._pipeline.base_url
        method = getattr(getattr(client, operation["group"]), operation["method"])
        result = method(**kwargs)
        if operation["kind"] == "long_running":
            result = result.initial_result
        elif operation["kind"] == "paged":
            # The first page only: an example's next link would lead back here.
            result = next(iter(result.by_page()))
        outcome.result = result
    return outcome


