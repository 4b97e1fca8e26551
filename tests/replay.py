"""A generic replay harness for `x-ms-examples`.

Given a spec and a generated package, it finds each example's operation by
operationId, turns the example's wire-named parameters into method arguments
through the package's own `_metadata` table, serves the example's response
from an `httpx.MockTransport`, and reports what the client sent and returned.
Nothing in here knows about one particular spec.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import yaml


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

    client_args = client_arguments(metadata.CLIENT, params)
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


def client_arguments(client: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    """The client's own arguments (endpoint, api-version, API key, ...) from
    an example's parameters."""
    arguments: dict[str, Any] = {}
    lowered = _lower_keys(params)
    for wire, argument in client["parameters"].items():
        if wire.lower() in lowered:
            arguments[argument] = lowered[wire.lower()]
    api_key = client["api_key"]
    if api_key and api_key["name"].lower() in lowered:
        arguments["api_key"] = lowered[api_key["name"].lower()]
    return arguments


def arguments_for(
    operation: dict[str, Any],
    client: dict[str, Any],
    params: dict[str, Any],
    models: Any,
    ignored: list[str],
) -> dict[str, Any]:
    """Method arguments from an example's parameters, by the metadata's mapping.
    A JSON body is parsed into the model the operation takes, so flattened
    arguments get model values. Parameters the spec does not declare go to
    `ignored` (the test says which it expects)."""
    skipped = {w.lower() for w in client["parameters"]} | {"content-type"}
    if client["api_key"]:
        skipped.add(client["api_key"]["name"].lower())
    by_wire = _lower_keys(operation["parameters"])
    body = operation["body"] or {}
    kwargs: dict[str, Any] = {}
    for wire, value in params.items():
        key = wire.lower()
        if key in skipped:
            continue
        if key in by_wire:
            kwargs[by_wire[key]["argument"]] = value
        elif body.get("wire_name") == wire and "flattened" in body:
            model = getattr(models, body["model"]).from_dict(value)
            unknown = set(value) - set(body["flattened"])
            assert not unknown, f"example body has fields the spec does not define: {unknown}"
            kwargs.update({argument: getattr(model, argument) for argument in body["flattened"].values()})
        elif body.get("wire_name") == wire:
            model = body.get("model")
            kwargs[body["argument"]] = getattr(models, model).from_dict(value) if model else value
        elif wire in body.get("form", {}):
            argument = body["form"][wire]
            kwargs[argument] = value.encode() if wire in body["files"] and isinstance(value, str) else value
        else:
            ignored.append(wire)
    return kwargs


def expected_path(operation: dict[str, Any], params: dict[str, Any]) -> str:
    lowered = _lower_keys(params)
    path = operation["path"]
    for wire, info in operation["parameters"].items():
        if info["in"] == "path":
            path = path.replace("{" + wire + "}", quote(str(lowered[wire.lower()]), safe=""))
    return path


def same_json(actual: Any, expected: Any) -> bool:
    """JSON equality where numbers compare by value and timestamps as instants."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return actual.keys() == expected.keys() and all(same_json(actual[k], expected[k]) for k in expected)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(actual) == len(expected) and all(same_json(a, e) for a, e in zip(actual, expected))
    if isinstance(expected, str) and isinstance(actual, str) and actual != expected:
        return _instant(actual) is not None and _instant(actual) == _instant(expected)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual is expected
    return bool(actual == expected)


def _instant(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
