"""A generated method's own locals never share a name with the spec's
parameters and properties: a parameter called `query`, `headers`, `spec`,
`response` or `result`, a grouped parameter called `query`, a body property
called `body` or `payload` all reach the wire as the spec says."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import httpx
import yaml

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.write import write_package

SPEC: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Locals", "version": "1"},
    "host": "locals.example.com",
    "schemes": ["https"],
    "paths": {
        "/things/{spec}": {
            "post": {
                "operationId": "Things_Create",
                "parameters": [
                    {"name": "spec", "in": "path", "required": True, "type": "string"},
                    {"name": "query", "in": "query", "type": "string"},
                    {"name": "headers", "in": "header", "type": "string"},
                    {"name": "response", "in": "query", "type": "string"},
                    {"name": "result", "in": "header", "type": "string"},
                    {
                        "name": "query",
                        "in": "header",
                        "type": "integer",
                        "x-ms-parameter-grouping": {"name": "grouped"},
                    },
                    {"name": "thing", "in": "body", "required": True, "schema": {"$ref": "#/definitions/Thing"}},
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}},
            }
        }
    },
    "x-ms-paths": {
        "/other?mode=grouped": {
            "get": {
                "operationId": "Things_Other",
                "parameters": [
                    {"name": "query", "in": "query", "type": "string", "x-ms-parameter-grouping": {"name": "options"}},
                    {"name": "headers", "in": "header", "type": "string", "x-ms-parameter-grouping": {"name": "options"}},
                ],
                "responses": {"204": {"description": "done"}},
            }
        }
    },
    "definitions": {
        "Thing": {
            "type": "object",
            "properties": {name: {"type": "string"} for name in ("body", "payload", "query", "headers")},
        }
    },
}


def generate(tmp_path: Path) -> Any:
    spec = tmp_path / "locals.yaml"
    spec.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    job = ClientJob(spec, tmp_path / "out", "locals_client", tmp_path)
    package = generate_package(job, format_mode="none")
    write_package(job.package_dir, package.files, package.manifest, package.user_owned)
    sys.path.insert(0, str(tmp_path / "out"))
    importlib.invalidate_caches()
    return importlib.import_module("locals_client")


def test_spec_names_like_the_methods_locals_reach_the_wire(tmp_path: Path) -> None:
    module = generate(tmp_path)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if request.url.path == "/other":
            return httpx.Response(204)
        return httpx.Response(200, json={"body": "b", "payload": "p", "query": "q", "headers": "h"})

    try:
        client = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        returned = client.things.create(
            "the-spec",
            body="body-value",  # body properties keep their names ...
            payload="payload-value",
            query="query-value",
            headers="headers-value",
            query_query="q-param",  # ... so the parameters of the same names get
            headers_header="h-param",  # their location as suffix
            response="r-param",
            result="x-param",
            grouped=module.models.Grouped(query_header=7),
        )
        request = seen[-1]
        assert request.url.path == "/things/the-spec"
        assert dict(request.url.params) == {"query": "q-param", "response": "r-param"}
        assert (request.headers["headers"], request.headers["result"]) == ("h-param", "x-param")
        assert request.headers["query"] == "7"
        assert json.loads(request.content) == {
            "body": "body-value",
            "payload": "payload-value",
            "query": "query-value",
            "headers": "headers-value",
        }
        assert (returned.body, returned.query) == ("b", "q")

        client.things.other(options=module.models.Options(query="grouped-q", headers="grouped-h"))
        request = seen[-1]
        assert list(request.url.params.multi_items()) == [("mode", "grouped"), ("query", "grouped-q")]
        assert request.headers["headers"] == "grouped-h"
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m.split(".")[0] == "locals_client"]:
            del sys.modules[name]
