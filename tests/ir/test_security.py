"""What a spec's security says a client takes, and where it sends it."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import httpx
import pytest

from .documents import _client_module, _document_module, recording_client


@pytest.mark.parametrize("form", ["openapi3", "swagger2"])
def test_http_basic_is_a_user_name_and_password_sent_only_over_https_to_its_origin(
    form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP Basic (OpenAPI 3's `http` scheme `basic`, Swagger's `basic`) was
    dropped without a word: the client had no way to send it. It takes
    `basic_auth=(user, password)`, sends `Authorization: Basic ...` (RFC 7617,
    UTF-8), keeps the password out of its repr, and like a bearer token
    never sends it over plain http nor to another origin."""
    operation = {"operationId": "Me_Get", "responses": {"204": {"description": "ok"}}}
    document: dict[str, Any] = (
        {
            "openapi": "3.0.3", "info": {"title": "B", "version": "1"}, "servers": [{"url": "https://b.example.com"}],
            "security": [{"basic": []}], "paths": {"/me": {"get": operation}},
            "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "Basic"}}},
        }
        if form == "openapi3"
        else {
            "swagger": "2.0", "info": {"title": "B", "version": "1"}, "host": "b.example.com", "schemes": ["https"],
            "security": [{"basic": []}], "paths": {"/me": {"get": operation}},
            "securityDefinitions": {"basic": {"type": "basic"}},
        }
    )
    module = _document_module(document, f"basic_{form}_client", tmp_path, monkeypatch)
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204))
    client = module.Client(basic_auth=("zoë", "s3cr:t"), http_client=httpx.Client(transport=transport))
    client.me.get()
    assert seen[0].headers["Authorization"] == "Basic " + base64.b64encode("zoë:s3cr:t".encode()).decode()
    assert "s3cr" not in repr(client._pipeline.auth) and "zoë" in repr(client._pipeline.auth)
    plain = module.Client(basic_auth=("u", "p"), base_url="http://b.example.com", http_client=httpx.Client(transport=transport))
    with pytest.raises(module.InsecureTransportError, match="a password would go over plain http"):
        plain.me.get()
    with pytest.raises(ValueError, match="only one of"):
        module.Client(basic_auth=("u", "p"), token="t")
    with pytest.raises(ValueError, match="cannot hold ':'"):
        module.Client(basic_auth=("a:b", "p"))  # (the server would split it there)
    unauthenticated, requests = recording_client(module)
    unauthenticated.me.get()
    assert "Authorization" not in requests[0].headers


def test_an_http_scheme_other_than_basic_and_bearer_is_warned_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`digest` (and any other http scheme) cannot be sent by the client's
    own credentials: said where it is declared, not dropped silently."""
    spec = tmp_path / "digest.json"
    spec.write_text(
        '{"openapi": "3.0.3", "info": {"title": "D", "version": "1"}, "servers": [{"url": "https://d.example.com"}],'
        ' "paths": {}, "components": {"securitySchemes": {"d": {"type": "http", "scheme": "digest"}}}}',
        encoding="utf-8",
    )
    _, package = _client_module(spec, "digest_client", tmp_path / "out", monkeypatch)
    assert [(d.code, d.pointer) for d in package.diagnostics] == [("W011", "/components/securitySchemes/d")]
    assert "'digest' is not supported yet" in package.diagnostics[0].message
