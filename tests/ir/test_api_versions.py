"""What a TypeSpec-written Azure document asks of follow-up requests: the
api-version is each operation's own parameter there, and the URLs the
service gives for polls and next pages leave it out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from .documents import _document_module


def test_polls_and_next_pages_carry_the_first_requests_api_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """TypeSpec's azure-http-specs (`Azure_Core_Lro_Standard`, `_Rpc`) give
    an Operation-Location without the api-version and refuse a poll that
    lacks it; the api-version is a method parameter (x-ms-parameter-location:
    method), so the client's own parameters had none to add. The first
    request's api-version goes along with each poll and next page whose URL
    names none; one the URL names is kept."""
    version = {"$ref": "#/parameters/ApiVersion"}
    document: dict[str, Any] = {
        "swagger": "2.0", "info": {"title": "V", "version": "2022-12-01-preview"},
        "host": "v.example.com", "schemes": ["https"],
        "parameters": {"ApiVersion": {"name": "api-version", "in": "query", "required": True, "type": "string",
                                      "x-ms-parameter-location": "method"}},
        "paths": {
            "/users/{name}": {"put": {
                "operationId": "Users_CreateOrReplace", "x-ms-long-running-operation": True,
                "x-ms-long-running-operation-options": {"final-state-via": "original-uri"},
                "parameters": [version, {"name": "name", "in": "path", "required": True, "type": "string"}],
                "responses": {"201": {"description": "ok", "schema": {"$ref": "#/definitions/User"}},
                              "200": {"description": "ok", "schema": {"$ref": "#/definitions/User"}}},
            }},
            "/users": {"get": {
                "operationId": "Users_List", "x-ms-pageable": {"nextLinkName": "nextLink"},
                "parameters": [version],
                "responses": {"200": {"description": "ok", "schema": {"type": "object", "properties": {
                    "value": {"type": "array", "items": {"$ref": "#/definitions/User"}}, "nextLink": {"type": "string"}}}}},
            }},
        },
        "definitions": {"User": {"type": "object", "properties": {"name": {"type": "string"}}}},
    }
    module = _document_module(document, "versions_client", tmp_path, monkeypatch)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = request.url.path
        if request.method == "PUT":
            return httpx.Response(201, json={"name": "u"}, headers={"Operation-Location": "https://v.example.com/operations/1"})
        if path == "/operations/1":
            return httpx.Response(200, json={"id": "1", "status": "Succeeded"})
        if path == "/users" and "page" not in request.url.params:
            return httpx.Response(200, json={"value": [{"name": "a"}], "nextLink": "https://v.example.com/users?page=2"})
        if path == "/users" and request.url.params["page"] == "2":
            return httpx.Response(200, json={"value": [{"name": "b"}], "nextLink": "https://v.example.com/users?page=3&api-version=2099-01-01"})
        if path == "/users":
            return httpx.Response(200, json={"value": [{"name": "c"}]})
        return httpx.Response(200, json={"name": "u", "value": []})

    client = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)), polling_interval=0)
    client.users.begin_create_or_replace("u").result()
    assert [n.name for n in client.users.list()] == ["a", "b", "c"]
    versions = [(r.method, r.url.path, r.url.params.get("api-version")) for r in seen]
    assert versions == [
        ("PUT", "/users/u", "2022-12-01-preview"),
        ("GET", "/operations/1", "2022-12-01-preview"),  # (the monitor named none)
        ("GET", "/users/u", "2022-12-01-preview"),
        ("GET", "/users", "2022-12-01-preview"),
        ("GET", "/users", "2022-12-01-preview"),  # (the link named none)
        ("GET", "/users", "2099-01-01"),  # (the link's own is kept)
    ]
