"""How clients are built (security-key, security-aad, custom-baseUrl,
custom-baseUrl-more-options, parameterized-endpoint, client-enum, constants,
merge-patch): credentials where the spec puts them, host templates filled from
client parameters, constants the client sends by itself."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from .conftest import Harness


@dataclass
class AccessToken:
    token: str
    expires_on: int


class ScopeAsToken:
    """A credential whose token is the scope it was asked for."""

    def get_token(self, *scopes: str) -> AccessToken:
        return AccessToken(scopes[0], int(time.time()) + 3600)


def test_api_key_in_the_header_the_spec_names(h: Harness) -> None:
    assert h.call(h.client("security-key", api_key="123456789").securitykey.head()) is True


def test_token_credential_asked_for_the_specs_scope(h: Harness) -> None:
    # The spec's oauth2 definition names no scope; AutoRest's configuration
    # for this server does.
    client = h.client(
        "security-aad",
        credential=ScopeAsToken(),
        credential_scopes=["https://security.microsoft.com/.default"],
        enforce_https=False,  # the test server speaks plain http on loopback
    )
    assert h.call(client.securityaad.head()) is True


def test_a_host_template_filled_from_client_parameters(h: Harness) -> None:
    port = urlsplit(h.server.url).port
    # "{accountName}{host}": the spec names no scheme (https by Swagger's rule),
    # and a value that brings its own keeps it.
    client = h.client(
        "custom-baseUrl", account_name="http://127.0.0.1", host=f":{port}", base_url=None
    )
    h.call(client.paths.get_empty())
    more = h.client(
        "custom-baseUrl-more-options",
        vault="http://127.0",
        secret=".0.1",
        subscription_id="test12",
        dns_suffix=f":{port}",
        base_url=None,
    )
    h.call(more.paths.get_empty(key_name="key1", key_version="v1"))


def test_an_endpoint_parameter(h: Harness) -> None:
    client = h.client("parameterized-endpoint", endpoint=h.server.url, base_url=None)
    h.call(client.parameterized_endpoint.get())


def test_client_parameters_sent_on_every_call(h: Harness) -> None:
    client = h.client("client-enum")  # x-ms-enum allows one value: sent by the client
    assert h.call(client.client_enum.head()) is True


def test_client_constants_take_no_argument(h: Harness) -> None:
    client = h.client("constants")  # header-constant and query-constant are sent by the client
    h.call(client.contants.put_client_constants())


def test_merge_patch_body(h: Harness) -> None:
    h.call(h.client("merge-patch").merge_patch_json.patch_single(body={"foo": "bar"}))
