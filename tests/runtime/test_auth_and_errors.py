"""Credentials and typed errors: sync and async."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import httpx
import pytest

from azure_openai_authoring import (
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    HttpResponseError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    models,
)

from .harness import Harness, Script

ENDPOINT = "https://res.openai.azure.com"
LIST = {"object": "list", "data": []}
SECRET = "sk-very-secret-value"


def ok() -> httpx.Response:
    return httpx.Response(200, json=LIST)


def test_api_key_goes_in_the_header_the_spec_names(h: Harness) -> None:
    script = Script(ok())
    h.call(h.client(script, endpoint=ENDPOINT, api_key=SECRET).models.list())
    assert script.requests[0].headers["api-key"] == SECRET
    assert "authorization" not in script.requests[0].headers


def test_bearer_token_as_a_string_or_a_callable_asked_on_every_request(h: Harness) -> None:
    script = Script(ok(), ok(), ok())
    h.call(h.client(script, endpoint=ENDPOINT, token="t-0").models.list())
    issued = iter(["t-1", "t-2"])
    client = h.client(script, endpoint=ENDPOINT, token=lambda: next(issued))
    h.call(client.models.list())
    h.call(client.models.list())
    assert [r.headers["authorization"] for r in script.requests] == ["Bearer t-0", "Bearer t-1", "Bearer t-2"]
    assert "api-key" not in script.requests[0].headers


@dataclass
class AccessToken:
    token: str
    expires_on: int


class Credential:
    """An Azure-style credential: get_token(*scopes) -> (token, expires_on)."""

    def __init__(self, lifetime: int) -> None:
        self.lifetime = lifetime
        self.calls: list[tuple[str, ...]] = []

    def get_token(self, *scopes: str, **kwargs: object) -> AccessToken:
        self.calls.append(scopes)
        return AccessToken(f"aad-{len(self.calls)}", int(time.time()) + self.lifetime)


class AsyncCredential(Credential):
    async def get_token(self, *scopes: str, **kwargs: object) -> AccessToken:  # type: ignore[override]
        return Credential.get_token(self, *scopes)


def test_token_credential_is_cached_until_shortly_before_expiry(h: Harness) -> None:
    credential = (AsyncCredential if h.is_async else Credential)(lifetime=3600)
    script = Script(ok(), ok(), ok())
    scopes = ["https://cognitiveservices.azure.com/.default"]
    client = h.client(script, endpoint=ENDPOINT, credential=credential, credential_scopes=scopes)
    for _ in range(3):
        h.call(client.models.list())
    assert credential.calls == [tuple(scopes)]
    assert {r.headers["authorization"] for r in script.requests} == {"Bearer aad-1"}

    expiring = Credential(lifetime=120)  # inside the refresh margin: renewed every time
    script = Script(ok(), ok())
    client = h.client(script, endpoint=ENDPOINT, credential=expiring, credential_scopes=scopes)
    h.call(client.models.list())
    h.call(client.models.list())
    assert len(expiring.calls) == 2


def test_credential_scopes_default_to_the_specs_oauth2_scopes() -> None:
    import paging_client

    credential = Credential(lifetime=3600)
    script = Script(httpx.Response(200, json={"name": "w"}))
    client = paging_client.Client(credential=credential, http_client=httpx.Client(transport=httpx.MockTransport(script)))
    client.widgets.get("w")
    assert credential.calls == [("https://widgets.example.com/.default",)]


def test_a_credential_without_scopes_and_two_credentials_are_refused(h: Harness) -> None:
    with pytest.raises(ValueError, match="credential_scopes"):
        h.client(Script(), endpoint=ENDPOINT, credential=Credential(60))
    with pytest.raises(ValueError, match="only one of basic_auth, token and credential"):
        h.client(Script(), endpoint=ENDPOINT, token="t", credential=Credential(60), credential_scopes=["s"])


def test_secrets_never_show_in_repr_logs_or_errors(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="azure_openai_authoring")
    script = Script(httpx.Response(401, json={"error": {"code": "unauthorized", "message": "bad key"}}))
    client = h.client(script, endpoint=ENDPOINT, api_key=SECRET)
    with pytest.raises(AuthenticationError) as caught:
        h.call(client.models.list())
    assert SECRET not in repr(client) + repr(client._pipeline.auth) + str(caught.value) + repr(caught.value)
    assert SECRET not in caplog.text and "401" in caplog.text


def test_a_key_sent_in_the_query_is_masked_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    import lro_client

    caplog.set_level(logging.DEBUG, logger="lro_client")
    script = Script(httpx.Response(200, json={"id": "1", "status": "succeeded"}))
    client = lro_client.Client("https://jobs.example.com", SECRET, http_client=httpx.Client(transport=httpx.MockTransport(script)))
    client.job_operations.get("op-1")
    assert script.requests[0].url.params["code"] == SECRET
    assert SECRET not in caplog.text
    assert "code=%2A%2A%2A" in caplog.text or "code=***" in caplog.text
    assert "api-version=2024-02-01" in caplog.text


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, HttpResponseError),
    ],
)
def test_each_status_raises_its_error_class(h: Harness, status: int, error_class: type[HttpResponseError]) -> None:
    body = {"error": {"code": "someCode", "message": "what went wrong", "innererror": {"code": "deeper"}}}
    answers = [httpx.Response(status, json=body, headers={"x-ms-request-id": "req-9"}) for _ in range(3)]
    client = h.client(Script(*answers), endpoint=ENDPOINT, api_key="k")
    with pytest.raises(error_class) as caught:
        h.call(client.models.get("m"))
    error = caught.value
    assert type(error) is error_class and isinstance(error, ClientError)
    assert error.status_code == status and error.request_id == "req-9"
    assert error.code == "someCode" and error.message == "what went wrong"
    assert "someCode" in str(error) and "what went wrong" in str(error)
    assert isinstance(error.error, models.ErrorResponse)
    assert error.error.error.innererror is not None and error.error.error.innererror.code == "deeper"
    assert error.response.status_code == status


@pytest.mark.parametrize("header", ["x-request-id", "request-id", "apim-request-id"])
def test_the_request_id_comes_from_whichever_header_the_service_uses(h: Harness, header: str) -> None:
    # Azure OpenAI answers through API Management, which sends apim-request-id.
    script = Script(httpx.Response(404, json={}, headers={header: "req-7"}), httpx.Response(200, json={"id": "m"}, headers={header: "req-8"}))
    client = h.client(script, endpoint=ENDPOINT, api_key="k")
    with pytest.raises(NotFoundError) as caught:
        h.call(client.models.get("m"))
    assert caught.value.request_id == "req-7"
    assert h.call(h.raw(client.models.get)("m")).request_id == "req-8"


def test_an_error_body_that_is_not_json_still_gives_the_typed_error(h: Harness) -> None:
    script = Script(httpx.Response(404, text="<html>gone</html>", headers={"x-ms-error-code": "NotHere"}))
    with pytest.raises(NotFoundError) as caught:
        h.call(h.client(script, endpoint=ENDPOINT, api_key="k").models.get("m"))
    assert caught.value.error is None and caught.value.code == "NotHere"


def test_x_ms_error_response_decides_which_declared_statuses_raise() -> None:
    import paging_client

    script = Script(
        httpx.Response(404, json={"error": {"code": "NoWidget", "message": "none"}}),
        httpx.Response(409, json={"name": "w", "color": "red"}),
    )
    client = paging_client.Client(token="t", http_client=httpx.Client(transport=httpx.MockTransport(script)))
    with pytest.raises(paging_client.NotFoundError) as caught:
        client.widgets.get("w")
    assert isinstance(caught.value.error, paging_client.models.ErrorResponse)
    # 409 is declared with x-ms-error-response: false: a result, not an error.
    widget = client.widgets.get("w")
    assert widget.name == "w" and widget.color is paging_client.models.Color.RED


def test_a_client_closes_what_it_opened_and_never_what_it_was_given(h: Harness) -> None:
    given = httpx.AsyncClient() if h.is_async else httpx.Client()
    client = h.module.AsyncClient(ENDPOINT, "k", http_client=given) if h.is_async else h.module.Client(ENDPOINT, "k", http_client=given)
    h.call(client.close())
    assert not given.is_closed
    h.call(given.aclose() if h.is_async else given.close())

    own = h.module.AsyncClient(ENDPOINT, "k") if h.is_async else h.module.Client(ENDPOINT, "k")
    opened = own._pipeline.http_client
    if h.is_async:

        async def use() -> None:
            async with own:
                pass

        h.call(use())
    else:
        with own:
            pass
    assert opened.is_closed


def test_a_client_makes_its_own_httpx_client_at_first_use_once_and_not_after_close(h: Harness) -> None:
    # httpx's TLS set-up costs tens of milliseconds: not at Client(...), which
    # code creates at import time and tests create by the hundred.
    own = h.module.AsyncClient(ENDPOINT, "k") if h.is_async else h.module.Client(ENDPOINT, "k")
    assert own._pipeline._http_client is None
    from concurrent.futures import ThreadPoolExecutor

    # (the sync client may be shared by threads; an async one runs on one loop)
    with ThreadPoolExecutor(1 if h.is_async else 8) as pool:
        made = set(pool.map(lambda _: id(own._pipeline.http_client), range(32)))
    assert len(made) == 1  # one, however many threads asked first
    h.call(own.close())
    never_used = h.module.AsyncClient(ENDPOINT, "k") if h.is_async else h.module.Client(ENDPOINT, "k")
    h.call(never_used.close())
    assert never_used._pipeline._http_client is None  # nothing made to be closed
    with pytest.raises(RuntimeError, match="client has been closed"):
        h.call(never_used.models.list())


def test_a_redirect_is_followed_with_credentials_only_on_the_clients_origin(h: Harness) -> None:
    script = Script(
        httpx.Response(302, headers={"Location": f"{ENDPOINT}/openai/models-moved"}),
        httpx.Response(307, headers={"Location": "https://elsewhere.example.com/models"}),
        ok(),
    )
    h.call(h.client(script, endpoint=ENDPOINT, api_key=SECRET).models.list())
    first, same_origin, other_origin = script.requests
    assert first.headers["api-key"] == SECRET
    assert same_origin.url.path == "/openai/models-moved" and same_origin.headers["api-key"] == SECRET
    assert other_origin.url.host == "elsewhere.example.com"
    assert "api-key" not in other_origin.headers and "authorization" not in other_origin.headers


def test_a_delete_is_not_repeated_elsewhere_on_a_301(h: Harness) -> None:
    # 301/302 are followed for GET and HEAD only; the answer is the error.
    script = Script(httpx.Response(301, headers={"Location": f"{ENDPOINT}/elsewhere"}))
    with pytest.raises(HttpResponseError) as caught:
        h.call(h.client(script, endpoint=ENDPOINT, api_key=SECRET).files.delete("file-1"))
    assert caught.value.status_code == 301 and len(script.requests) == 1


def test_redirects_stop_after_ten(h: Harness) -> None:
    loop = httpx.Response(302, headers={"Location": f"{ENDPOINT}/openai/models"})
    script = Script(*[loop] * 11)
    with pytest.raises(ClientError, match="redirects"):
        h.call(h.client(script, endpoint=ENDPOINT, api_key=SECRET).models.list())


def test_an_error_the_caller_gets_is_not_also_logged_above_debug(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    script = Script(httpx.Response(404, json={"error": {"code": "NotFound", "message": "no"}}))
    with pytest.raises(NotFoundError):
        h.call(h.client(script, endpoint=ENDPOINT, api_key=SECRET, max_retries=0).models.get("x"))
    ours = [r for r in caplog.records if r.name.startswith("azure_openai_authoring")]
    assert [r for r in ours if r.levelno >= logging.INFO] == []
    package_logger = logging.getLogger("azure_openai_authoring")
    assert any(isinstance(handler, logging.NullHandler) for handler in package_logger.handlers)


def test_extra_body_fields_are_merged_into_the_json_body(h: Harness) -> None:
    script = Script(httpx.Response(201, json={"id": "ft-1"}))
    client = h.client(script, endpoint=ENDPOINT, api_key=SECRET)
    h.call(client.fine_tunes.create(
        model="curie", training_file="file-1", request_options={"extra_body": {"suffix_v2": "x"}}
    ))
    import json

    sent = json.loads(script.requests[0].content)
    assert sent["model"] == "curie" and sent["suffix_v2"] == "x"


@pytest.mark.parametrize("value", ["a\r\nInjected: yes", "caf\u00e9\u4e2d"])
def test_a_header_that_cannot_be_sent_is_refused_at_once(h: Harness, value: str) -> None:
    script = Script()
    client = h.client(script, endpoint=ENDPOINT, api_key=SECRET)
    with pytest.raises(ValueError) as caught:
        h.call(client.models.list(request_options={"headers": {"x-trace": value}}))
    assert isinstance(caught.value, ClientError) and "x-trace" in str(caught.value)
    assert script.requests == []  # nothing sent, nothing retried


@pytest.mark.parametrize("endpoint", ["https://res.openai.azure.com?x=1", "https://res.openai.azure.com#frag"])
def test_an_endpoint_with_a_query_or_fragment_is_refused(h: Harness, endpoint: str) -> None:
    with pytest.raises(ValueError, match="query or fragment"):
        h.client(Script(), endpoint=endpoint, api_key=SECRET)
