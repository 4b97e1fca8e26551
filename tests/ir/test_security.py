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


def test_an_http_scheme_that_answers_a_challenge_is_warned_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`digest` (and the other schemes that answer a server's challenge)
    cannot be sent by the client's own credentials: said where it is
    declared, not dropped silently."""
    spec = tmp_path / "digest.json"
    spec.write_text(
        '{"openapi": "3.0.3", "info": {"title": "D", "version": "1"}, "servers": [{"url": "https://d.example.com"}],'
        ' "paths": {}, "components": {"securitySchemes": {"d": {"type": "http", "scheme": "digest"}}}}',
        encoding="utf-8",
    )
    _, package = _client_module(spec, "digest_client", tmp_path / "out", monkeypatch)
    assert [(d.code, d.pointer) for d in package.diagnostics] == [("W011", "/components/securitySchemes/d")]
    assert "'digest' is not supported yet" in package.diagnostics[0].message


def test_every_api_key_the_spec_defines_is_an_argument_and_each_given_is_sent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """228 specs of APIs.guru's collection ask for two or three API keys
    together (api2cart's api and store keys, apisetu.gov.in's key and client
    id, Trello's key and token in the query): the client took the first
    only, so none of them could authenticate. The first is `api_key`, each
    other the argument named after its scheme; every key given is sent where
    its scheme says, and none appears in a repr."""
    document = {
        "openapi": "3.0.3", "info": {"title": "Keys", "version": "1"}, "servers": [{"url": "https://k.example.com"}],
        "security": [{"apiKey": [], "storeKey": [], "token": []}],
        "paths": {"/carts": {"get": {"operationId": "Carts_List", "responses": {"204": {"description": "ok"}}}}},
        "components": {"securitySchemes": {
            "apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"},
            "storeKey": {"type": "apiKey", "in": "header", "name": "x-store-key", "description": "The store's key."},
            "token": {"type": "apiKey", "in": "query", "name": "token"},
            "again": {"type": "apiKey", "in": "header", "name": "X-API-KEY"},  # (the first's header again)
        }},
    }
    module = _document_module(document, "keys_client", tmp_path, monkeypatch)
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204))
    client = module.Client("a1", store_key="s2", token_key="t3", http_client=httpx.Client(transport=transport))
    client.carts.list()
    assert seen[0].headers["x-api-key"] == "a1" and seen[0].headers["x-store-key"] == "s2"
    assert seen[0].url.params["token"] == "t3"
    assert not any(secret in repr(client._pipeline.auth) for secret in ("a1", "s2", "t3"))
    assert "again" not in str(module.Client.__init__.__annotations__)
    module.Client(store_key="s2", http_client=httpx.Client(transport=transport)).carts.list()
    assert "x-api-key" not in seen[1].headers and seen[1].headers["x-store-key"] == "s2"
    assert "store_key: The store's key." in " ".join((module.Client.__doc__ or "").split())


def test_an_api_key_asked_for_beside_a_token_is_sent_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A security requirement may AND an API key with an oauth2 token or a
    password (Azure Container Registry, conjur, mineskin, nbg.gr, visma):
    the client refused the pair ("only one of"), so a caller could not meet
    it. Keys go beside the one credential that fills `Authorization`; two
    that would fill the same header are still refused, since one would be
    lost."""
    document = {
        "openapi": "3.0.3", "info": {"title": "Both", "version": "1"}, "servers": [{"url": "https://b.example.com"}],
        "security": [{"key": [], "oauth": []}],
        "paths": {"/me": {"get": {"operationId": "Me_Get", "responses": {"204": {"description": "ok"}}}}},
        "components": {"securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "X-Client-Key"},
            "oauth": {"type": "oauth2", "flows": {"clientCredentials": {
                "tokenUrl": "https://b.example.com/token", "scopes": {"https://b.example.com/all": "all"}}}},
        }},
    }
    module = _document_module(document, "both_client", tmp_path, monkeypatch)

    class Credential:
        def get_token(self, *scopes: str) -> Any:
            return type("Token", (), {"token": "tok", "expires_on": 2**40})()

    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204))
    module.Client(api_key="k1", token="t1", http_client=httpx.Client(transport=transport)).me.get()
    module.Client(api_key="k2", credential=Credential(), http_client=httpx.Client(transport=transport)).me.get()
    assert [(r.headers["X-Client-Key"], r.headers["Authorization"]) for r in seen] == [("k1", "Bearer t1"), ("k2", "Bearer tok")]
    both = module.Client(api_key="k3", token="t3", http_client=httpx.Client(transport=transport))
    assert "k3" not in repr(both._pipeline.auth) and "t3" not in repr(both._pipeline.auth)
    plain = module.Client(api_key="k", token="t", base_url="http://b.example.com", http_client=httpx.Client(transport=transport))
    with pytest.raises(module.InsecureTransportError, match="a bearer token would go over plain http"):
        plain.me.get()
    assert len(seen) == 2  # (nothing sent: not even the key)
    with pytest.raises(ValueError, match="only one of basic_auth, token and credential"):
        module.Client(token="t", credential=Credential())

    async def asynchronous() -> None:
        async_seen: list[httpx.Request] = []
        answer = httpx.MockTransport(lambda r: async_seen.append(r) or httpx.Response(204))
        async with module.AsyncClient(api_key="k4", token="t4", http_client=httpx.AsyncClient(transport=answer)) as client:
            await client.me.get()
        assert (async_seen[0].headers["X-Client-Key"], async_seen[0].headers["Authorization"]) == ("k4", "Bearer t4")

    import asyncio

    asyncio.run(asynchronous())

    document["components"]["securitySchemes"]["key"]["name"] = "authorization"  # (a key that is the token's header)
    clashing = _document_module(document, "clash_client", tmp_path, monkeypatch)
    with pytest.raises(ValueError, match="an API key and a bearer token would both be the authorization header"):
        clashing.Client(api_key="k", token="t")


def test_a_token_goes_under_the_http_scheme_the_spec_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An `http` scheme of the service's own (`SharedAccessKey`, http-specs'
    `Authentication_Http_Custom`) was warned about and never sent: RFC 7235
    credentials are the scheme's name and a token, which `token` takes. With
    a bearer scheme beside it, or several of their own, Bearer stays."""
    def document(schemes: dict[str, Any]) -> dict[str, Any]:
        return {
            "openapi": "3.0.3", "info": {"title": "C", "version": "1"}, "servers": [{"url": "https://c.example.com"}],
            "paths": {"/me": {"get": {"operationId": "Me_Get", "responses": {"204": {"description": "ok"}}}}},
            "components": {"securitySchemes": schemes},
        }

    custom = _document_module(document({"sak": {"type": "http", "scheme": "SharedAccessKey"}}), "custom_client", tmp_path, monkeypatch)
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204))
    client = custom.Client(token="valid-key", http_client=httpx.Client(transport=transport))
    client.me.get()
    assert seen[0].headers["Authorization"] == "SharedAccessKey valid-key"
    assert "valid-key" not in repr(client._pipeline.auth)
    assert "Authorization: SharedAccessKey <token>" in " ".join((custom.Client.__doc__ or "").split())
    both = _document_module(
        document({"sak": {"type": "http", "scheme": "SharedAccessKey"}, "b": {"type": "http", "scheme": "bearer"}}),
        "both_schemes_client", tmp_path, monkeypatch,
    )
    both.Client(token="t", http_client=httpx.Client(transport=transport)).me.get()
    assert seen[1].headers["Authorization"] == "Bearer t"
