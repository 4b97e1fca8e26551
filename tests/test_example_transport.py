"""`ExampleTransport`: every generated package answers requests from the
spec's own examples, so users test their code without a network or a
hand-written mock (issue 13, item 6). Every example of every configured
client is called through it, sync and async, and gives the example's answer."""

from __future__ import annotations

import asyncio
import importlib
import json
from typing import Any

import httpx
import pytest

from generator.config import read_config
from generator.replay import unsettled

from .conftest import ROOT
from .replay import arguments_for, client_arguments, same_json

def _jobs() -> dict[str, Any]:
    return {job.package: job for job in read_config(ROOT / "pyproject.toml")}


def _cases() -> list[tuple[str, str, dict[str, Any]]]:
    cases = []
    for package, job in _jobs().items():
        data = job.package_dir / "_examples.json"
        if data.is_file():
            for operation_id, examples in json.loads(data.read_text(encoding="utf-8")).items():
                cases += [(package, operation_id, example) for example in examples]
    return cases


CASES = _cases()


def _final(example: dict[str, Any], kind: str) -> tuple[int, Any]:
    responses = example["responses"]
    order = ("200", "201") if kind == "long_running" else ("200", "201", "204")
    status = next((s for s in order if s in responses), next(s for s in responses if s.startswith("2")))
    return int(status), responses[status].get("body")


def _call(package: str, operation_id: str, example: dict[str, Any], is_async: bool) -> Any:
    module = importlib.import_module(package)
    metadata = importlib.import_module(f"{package}._metadata")
    models = importlib.import_module(f"{package}.models")
    operation = metadata.OPERATIONS[operation_id]
    params = example["parameters"]
    # A required parameter the example does not give (as the README's
    # placeholder): the example answers whatever value is sent.
    given = {wire.lower() for wire, value in params.items() if value is not None}
    missing = {wire: "..." for wire, info in operation["parameters"].items() if info.get("required") and wire.lower() not in given}
    params = {**params, **missing}
    kwargs = arguments_for(operation, metadata.CLIENT, params, models, [])
    client_args = client_arguments(module.Client, metadata.CLIENT, params)
    if is_async:

        async def run() -> Any:
            http = httpx.AsyncClient(transport=module.AsyncExampleTransport())
            async with module.AsyncClient(**client_args, http_client=http, polling_interval=0) as client:
                method = getattr(getattr(client, operation["group"]), operation["method"])
                if operation["kind"] == "paged":
                    return [item async for item in method(**kwargs)]
                result = await method(**kwargs)
                if operation["kind"] == "long_running":
                    return await result.result()
                return result

        return asyncio.run(run())
    http = httpx.Client(transport=module.ExampleTransport())
    with module.Client(**client_args, http_client=http, polling_interval=0) as client:
        result = getattr(getattr(client, operation["group"]), operation["method"])(**kwargs)
        if operation["kind"] == "long_running":
            return result.result()
        if operation["kind"] == "paged":
            return list(result)
        return result


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("package", "operation_id", "example"), CASES, ids=[f"{p}:{o}:{e['title']}" for p, o, e in CASES])
def test_every_example_is_answered_as_it_says(package: str, operation_id: str, example: dict[str, Any], is_async: bool) -> None:
    operation = importlib.import_module(f"{package}._metadata").OPERATIONS[operation_id]
    result = _call(package, operation_id, example, is_async)
    status, body = _final(example, operation["kind"])
    kind = operation["kind"]
    if kind == "paged":
        assert same_json([item.to_dict() for item in result], body[operation["item_name"]])
    elif kind == "binary":
        assert result == (body.encode() if isinstance(body, str) else json.dumps(body).encode())
    elif kind == "exists":
        assert result is True
    elif body is None or result is None:
        assert result is None or body is None
    elif kind == "long_running" and not {"200", "201"} & set(example["responses"]):
        pass  # no final answer in the example: the poll ended at the monitor's Succeeded
    elif kind == "long_running":
        final = result.to_dict() if hasattr(result, "to_dict") else result
        # (as the transport gives it: a provisioning state that had not ended reads Succeeded)
        assert same_json(unsettled(final), unsettled(body))
    else:
        assert same_json(result.to_dict() if hasattr(result, "to_dict") else result, body)



def test_there_are_examples_to_answer_from() -> None:
    assert {p for p, _, _ in CASES} >= {"azure_openai_authoring", "keyvault_secrets", "appconfiguration"}
    assert len(CASES) >= 40


def test_a_request_no_example_matches_names_the_closest_and_what_differs() -> None:
    from azure_openai_authoring import Client, NoMatchingExample

    client = Client("https://aoairesource.openai.azure.com", api_key="k", http_client=httpx.Client(transport=_transport()))
    with pytest.raises(NoMatchingExample) as caught:
        client.files.get("file-that-no-example-has")
    message = str(caught.value)
    assert "the closest, 'Getting a file.'" in message and "file-id=" in message
    assert "(sent 'file-that-no-example-has')" in message
    with pytest.raises(NoMatchingExample, match="no operation with examples has that method and path"):
        client._pipeline.http_client.get("https://aoairesource.openai.azure.com/openai/nothing/here")


def test_examples_given_explicitly_replace_those_of_the_package() -> None:
    from azure_openai_authoring import Client, ExampleTransport

    mine = {"microsoftAzureFilesGet": [{"title": "mine", "parameters": {"file-id": "f-1"}, "responses": {"200": {"body": {"id": "f-1", "purpose": "fine-tune", "filename": "x", "bytes": 1, "created_at": 1, "status": "uploaded", "object": "file"}}}}]}
    client = Client("https://r.openai.azure.com", api_key="k", http_client=httpx.Client(transport=ExampleTransport(mine)))
    assert client.files.get("f-1").filename == "x"


def _transport() -> httpx.BaseTransport:
    from azure_openai_authoring import ExampleTransport

    return ExampleTransport()


@pytest.mark.parametrize("link", ["https://myvault.vault.azure.net:443/secrets?$skiptoken=t&api-version=7.2", "url-to-next-page", "/secrets?page=2"])
def test_a_next_link_absolute_or_relative_leads_to_an_empty_last_page(link: str) -> None:
    """Azure examples write next links as full URLs, as paths, and as bare
    words (`url-to-next-page`); each ends the pager after its first page."""
    from keyvault_secrets import Client, ExampleTransport

    page = {"value": [{"id": "https://myvault.vault.azure.net/secrets/a"}], "nextLink": link}
    mine = {"GetSecrets": [{"title": "one page", "parameters": {"api-version": "7.4"}, "responses": {"200": {"body": page}}}]}
    http = httpx.Client(transport=ExampleTransport(mine))
    with Client("https://myvault.vault.azure.net", token="t", http_client=http) as client:
        assert [item.id for item in client.secrets.get_secrets()] == ["https://myvault.vault.azure.net/secrets/a"]


def test_cookie_parameters_choose_between_examples_as_other_parameters_do() -> None:
    from openapi3_client import Client, ExampleTransport

    def example(session: str, name: str) -> dict[str, Any]:
        return {"parameters": {"id": "p1", "session": session}, "responses": {"200": {"body": {"petType": "kitty", "name": name}}}}

    mine = {"Pets_Get": [example("a b", "Tom"), example("c", "Kit")]}
    client = Client(http_client=httpx.Client(transport=ExampleTransport(mine)))
    assert client.pets.get("p1", session="c").name == "Kit"
    assert client.pets.get("p1", session="a b").name == "Tom"  # sent percent-encoded, read decoded
