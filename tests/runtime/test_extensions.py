"""x-ms-paths, x-ms-client-request-id, x-ms-header-collection-prefix,
x-ms-internal, x-ms-secret and x-ms-mutability, on the extensions feature
client (tests/features/extensions)."""

from __future__ import annotations

import json
import uuid

import httpx

import extensions_client
from extensions_client import models

from .harness import Script
from .test_escape_hatches import HATCHES


def client(script: Script) -> extensions_client.Client:
    return extensions_client.Client(http_client=httpx.Client(transport=httpx.MockTransport(script)))


def test_an_x_ms_paths_key_sends_its_query_string_as_constants() -> None:
    script = Script(httpx.Response(200, json=[{"value": "v", "id": "1"}]))
    secrets = client(script).secrets.list_deleted()
    assert str(script.requests[0].url) == "https://vault.example.com/secrets?view=deleted"
    assert secrets[0].id == "1"


def test_a_client_request_id_is_made_up_unless_given_and_header_collections_fan_out() -> None:
    script = Script(*[httpx.Response(200, json={"value": "v"}) for _ in range(2)])
    api = client(script).secrets
    api.set("s", value="v", x_ms_meta={"owner": "ana", "env": "prod"})
    api.set("s", value="v", x_ms_client_request_id="mine")
    first, second = script.requests
    uuid.UUID(first.headers["x-ms-client-request-id"])  # a fresh UUID
    assert second.headers["x-ms-client-request-id"] == "mine"
    assert (first.headers["x-ms-meta-owner"], first.headers["x-ms-meta-env"]) == ("ana", "prod")
    assert "x-ms-meta" not in first.headers


def test_read_only_by_mutability_is_never_sent_and_secrets_stay_out_of_repr() -> None:
    secret = models.Secret(value="hunter2", id="set-by-service", note="n")
    assert "hunter2" not in repr(secret) and "note='n'" in repr(secret)
    script = Script(httpx.Response(200, json={"value": "hunter2", "id": "1"}))
    client(script).secrets.set("s", value="hunter2", note="n")
    assert json.loads(script.requests[0].content) == {"value": "hunter2", "note": "n"}


def test_an_internal_operation_is_a_private_method() -> None:
    script = Script(httpx.Response(204))
    api = client(script).secrets
    assert not hasattr(api, "ping") and api._ping() is None


def test_required_single_value_enums_are_constants_not_arguments() -> None:
    import inspect

    script = Script(httpx.Response(204), httpx.Response(204))
    api = client(script).secrets
    assert list(inspect.signature(api._ping).parameters) == ["mode", *HATCHES]
    api._ping()
    api._ping(mode="quick")
    first, second = script.requests
    assert first.url.params["depth"] == "shallow" and first.headers["x-ms-version"] == "2024-04-01"
    assert "mode" not in first.url.params and second.url.params["mode"] == "quick"


def test_nullable_fields_tell_not_set_from_null() -> None:
    import datetime as dt

    from extensions_client import _serde

    absent = models.Secret.from_dict({"value": "v"})
    null = models.Secret.from_dict({"value": "v", "label": None, "expires": None})
    given = models.Secret.from_dict({"value": "v", "label": "l", "expires": "2024-01-01T00:00:00Z"})
    assert absent.label is _serde.UNSET and null.label is None and given.label == "l"
    assert given.expires == dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert absent.to_dict() == {"value": "v"}
    assert null.to_dict() == {"value": "v", "label": None, "expires": None}
    assert given.to_dict()["expires"] == "2024-01-01T00:00:00Z"

    script = Script(*[httpx.Response(200, json={"value": "v"}) for _ in range(2)])
    api = client(script).secrets
    api.set("s", value="v")
    api.set("s", value="v", label=None)
    assert json.loads(script.requests[0].content) == {"value": "v"}
    assert json.loads(script.requests[1].content) == {"value": "v", "label": None}


def test_a_text_plain_response_is_returned_as_str() -> None:
    script = Script(httpx.Response(200, text="hunter2", headers={"content-type": "text/plain"}))
    assert client(script).secrets.get_raw("s") == "hunter2"
    assert script.requests[0].headers["accept"] == "text/plain"


def test_grouped_parameters_are_passed_as_one_model() -> None:
    import inspect

    script = Script(httpx.Response(200, json=[]), httpx.Response(200, json=[]))
    api = client(script).secrets
    assert list(inspect.signature(api.find).parameters) == ["trace", "maxpagesize", "find_options", *HATCHES]
    api.find(find_options=models.FindOptions(prefix="db-", x_ms_max_items=5), trace="t")
    api.find()
    first, second = script.requests
    assert first.url.params["prefix"] == "db-" and first.headers["x-ms-max-items"] == "5"
    assert first.headers["trace"] == "t"
    assert "prefix" not in second.url.params and "x-ms-max-items" not in second.headers


def test_a_client_default_is_the_signature_s_default_and_is_sent_unless_none() -> None:
    import inspect

    script = Script(*[httpx.Response(200, json=[]) for _ in range(3)])
    api = client(script).secrets
    assert inspect.signature(api.find).parameters["maxpagesize"].default == 25
    api.find()
    api.find(maxpagesize=100)
    api.find(maxpagesize=None)
    assert [r.url.params.get("maxpagesize") for r in script.requests] == ["25", "100", None]


def test_a_flattened_property_brings_its_fields_up_and_the_wire_keeps_the_nesting() -> None:
    import datetime as dt

    wire = {"name": "v", "properties": {"sku": "premium", "name": "inner", "created": "2024-01-01T00:00:00Z"}}
    vault = models.Vault.from_dict(wire)
    assert (vault.name, vault.sku, vault.properties_name) == ("v", "premium", "inner")
    assert vault.created == dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert not hasattr(vault, "properties")
    assert vault.to_dict() == wire
    script = Script(lambda request: httpx.Response(200, json=json.loads(request.content)))
    created = client(script).vaults.create("v", name="v", sku="standard")
    assert json.loads(script.requests[0].content) == {"name": "v", "properties": {"sku": "standard"}}
    assert created.sku == "standard"


def test_fields_the_spec_lacks_inside_a_flattened_object_are_kept_where_they_were() -> None:
    wire = {"name": "v", "properties": {"sku": "premium", "colour": "red", "tier": {"level": 2}}, "etag": "e"}
    vault = models.Vault.from_dict(wire)
    assert vault.additional_properties == {"etag": "e", "properties": {"colour": "red", "tier": {"level": 2}}}
    assert vault.to_dict() == wire
    # only unknown fields there: the object still goes back
    assert models.Vault.from_dict({"properties": {"colour": "red"}}).to_dict() == {"properties": {"colour": "red"}}
    # and what a caller adds there is merged with the fields the model knows
    built = models.Vault(name="v", sku="standard", additional_properties={"properties": {"colour": "blue"}})
    assert built.to_dict() == {"name": "v", "properties": {"sku": "standard", "colour": "blue"}}


def test_merge_patch_json_and_urlencoded_forms_are_sent_as_declared() -> None:
    script = Script(httpx.Response(200), httpx.Response(204))
    api = client(script).vaults
    api.update_settings("v", sku="premium")
    api.login("v", user="ana", remember=True)
    patch, login = script.requests
    assert patch.method == "PATCH" and patch.headers["content-type"] == "application/merge-patch+json"
    assert json.loads(patch.content) == {"sku": "premium"}
    assert login.headers["content-type"] == "application/x-www-form-urlencoded"
    assert login.content == b"user=ana&remember=true"


def test_a_host_template_starting_with_a_parameter_gets_the_scheme_where_its_value_has_none() -> None:
    from azure_openai_authoring._pipeline import format_host

    template = "{account}{host}"
    assert format_host(template, {"account": ("acct", True), "host": (".example.com", True)}, "https") == (
        "https://acct.example.com"
    )
    filled = {"account": ("http://127.0.0.1", True), "host": (":3000", True)}
    assert format_host(template, filled, "https") == "http://127.0.0.1:3000"
