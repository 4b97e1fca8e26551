"""The OpenAPI 3.0/3.1 front end (issue #12, first part): a document is read
into the same IR as Swagger 2.0 and gives a client of the same shape:
servers with variables, components, parameter schemas with style/explode,
request bodies (JSON, multipart, binary), response content and headers,
nullable (3.0) and `type: [..., "null"]` (3.1), discriminator objects,
security schemes, cookie parameters and API keys sent as cookies. Callbacks
and links are warned about and left out; bad documents get located
diagnostics. Each client is generated,
type-checked and called."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.config import ClientJob
from generator.diagnostics import GenerationFailed, Level
from generator.pipeline import generate_package
from generator.write import write_package

from ..conftest import ROOT
from .documents import _client_module, _document_module, recording_client

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "2024-05-01"},
    "servers": [{"url": "https://{account}.pets.example.com/v1", "variables": {"account": {"default": "demo"}}}],
    "security": [{"key": []}],
    "paths": {
        "/pets/{petId}": {
            "parameters": [{"$ref": "#/components/parameters/PetId"}],
            "get": {
                "operationId": "Pets_Get",
                "parameters": [
                    {"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "fields", "in": "query", "style": "form", "explode": False, "schema": {"type": "array", "items": {"type": "string"}}},
                    {"name": "filter", "in": "query", "allowReserved": True, "schema": {"type": "string"}},
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                    {"name": "api-version", "in": "query", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "The pet.",
                        "headers": {"ETag": {"schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    },
                    "default": {"$ref": "#/components/responses/Error"},
                },
            },
            "put": {
                "operationId": "Pets_Put",
                "requestBody": {"$ref": "#/components/requestBodies/PetBody"},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                                      "links": {"self": {"operationId": "Pets_Get"}}}},
                "callbacks": {"done": {}},
            },
        },
        "/pets/{petId}/photo": {
            "parameters": [{"$ref": "#/components/parameters/PetId"}],
            "post": {
                "operationId": "Photos_Upload",
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                    "type": "object", "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}, "caption": {"type": "string"}},
                }}}},
                "responses": {"204": {"description": "Stored."}},
            },
            "put": {
                "operationId": "Photos_Replace",
                "requestBody": {"required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"204": {"description": "Stored."}},
            },
        },
    },
    "components": {
        "parameters": {"PetId": {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}},
        "requestBodies": {"PetBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}},
        "responses": {"Error": {"description": "An error.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "x-api-key"}, "bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Pet": {
                "type": "object", "required": ["name", "kind"],
                "discriminator": {"propertyName": "kind", "mapping": {"dog": "#/components/schemas/Dog"}},
                "properties": {
                    "name": {"type": "string"},
                    "kind": {"type": "string"},
                    "nickname": {"type": ["string", "null"]},
                    "age": {"type": "integer", "nullable": True},
                    "collar": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                },
            },
            "Dog": {"allOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "object", "properties": {"barks": {"type": "boolean"}}}]},
            "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}},
        },
    },
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, Path]:
    folder = tmp_path_factory.mktemp("oas3")
    (folder / "pets.json").write_text(json.dumps(SPEC, indent=1), encoding="utf-8")
    package = generate_package(ClientJob(folder / "pets.json", folder / "out", "pets_client", folder))
    write_package(package.job.package_dir, package.files, package.manifest, package.user_owned)
    sys.path.insert(0, str(folder / "out"))
    importlib.invalidate_caches()
    return importlib.import_module("pets_client"), package, folder


def client(module: Any, answer: Any, seen: list[httpx.Request], **kwargs: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return answer(request)

    return module.Client(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)


PET = {"name": "Rex", "kind": "dog", "barks": True, "nickname": None, "age": 3, "collar": 7}


def test_servers_parameters_and_responses(built: Any) -> None:
    module, _, _ = built
    seen: list[httpx.Request] = []
    pets = client(module, lambda r: httpx.Response(200, json=PET, headers={"ETag": "e"}), seen, account="zoo").pets
    pet = pets.get("p 1", tags=["a", "b"], fields=["x", "y"], filter="a/b")
    request = seen[0]
    assert request.url.host == "zoo.pets.example.com" and request.url.raw_path.startswith(b"/v1/pets/p%201?")
    assert request.url.params.get_list("tags") == ["a", "b"]  # form, exploded: repeated
    assert request.url.params["fields"] == "x,y"  # form, not exploded: csv
    assert "filter=a/b" in str(request.url)  # allowReserved: sent as it is
    assert request.url.params["api-version"] == "2024-05-01"  # the document's version by default
    assert request.headers["x-api-key"] == "k"
    assert type(pet).__name__ == "Dog" and pet.barks is True  # discriminator object
    assert (pet.nickname, pet.age, pet.collar) == (None, 3, 7)


def test_request_bodies_json_multipart_and_binary(built: Any) -> None:
    module, _, _ = built
    seen: list[httpx.Request] = []
    pets_client = client(module, lambda r: httpx.Response(204) if "photo" in r.url.path else httpx.Response(200, json=PET), seen)
    pets_client.pets.put("p1", body=module.models.Dog(name="Rex", barks=False))
    assert json.loads(seen[-1].content) == {"name": "Rex", "kind": "dog", "barks": False}
    pets_client.photos.upload("p1", file=("a.png", b"\x89PNG"), caption="hi")
    assert seen[-1].headers["content-type"].startswith("multipart/form-data")
    assert b"\x89PNG" in seen[-1].content and b"hi" in seen[-1].content
    pets_client.photos.replace("p1", body=b"raw")
    assert (seen[-1].content, seen[-1].headers["content-type"]) == (b"raw", "application/octet-stream")


def test_unsupported_parts_are_warned_about_and_left_out(built: Any) -> None:
    _, package, _ = built
    warnings = [(d.pointer, d.message) for d in package.diagnostics if d.level is Level.WARNING]
    assert sorted(warnings) == [
        ("/paths/~1pets~1{petId}/put/callbacks", "callbacks are not supported yet; left out"),
        ("/paths/~1pets~1{petId}/put/responses/200/links", "links are not supported yet; left out"),
    ]


def test_cookie_parameters_are_arguments_sent_in_one_cookie_header(built: Any) -> None:
    module, _, _ = built
    seen: list[httpx.Request] = []
    pets = client(module, lambda r: httpx.Response(200, json=PET), seen, account="zoo").pets
    pets.get("p1", session="s 1;x=2")
    # percent-encoded: a value cannot end its cookie or start another
    assert seen[-1].headers["cookie"] == "session=s%201%3Bx=2"
    pets.get("p1")
    assert "cookie" not in seen[-1].headers  # none given, no header


def test_an_api_key_in_a_cookie_joins_the_operations_cookies_and_stays_on_its_origin(tmp_path: Path) -> None:
    document = json.loads(json.dumps(SPEC))
    document["components"]["securitySchemes"] = {"key": {"type": "apiKey", "in": "cookie", "name": "sid"}}
    (tmp_path / "pets.json").write_text(json.dumps(document), encoding="utf-8")
    package = generate_package(ClientJob(tmp_path / "pets.json", tmp_path / "out", "cookie_pets", tmp_path))
    write_package(package.job.package_dir, package.files, package.manifest, package.user_owned)
    sys.path.insert(0, str(tmp_path / "out"))
    importlib.invalidate_caches()
    module = importlib.import_module("cookie_pets")
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(307, headers={"Location": "https://elsewhere.example.net/pets/p1"}), httpx.Response(200, json=PET)])
    pets = client(module, lambda r: next(answers), seen, account="zoo").pets
    pets.get("p1", session="abc")
    first, redirected = seen
    assert first.headers["cookie"] == "session=abc; sid=k"
    assert "s3cr3t" not in repr(module.Client(api_key="s3cr3t")._pipeline.auth)
    assert redirected.url.host == "elsewhere.example.net" and "cookie" not in redirected.headers


def test_errors_use_the_default_response_model(built: Any) -> None:
    module, _, _ = built
    answer = lambda r: httpx.Response(404, json={"error": {"code": "NotFound", "message": "no pet"}})
    with pytest.raises(module.NotFoundError) as caught:
        client(module, answer, [], max_retries=0).pets.get("p1")
    assert caught.value.code == "NotFound" and caught.value.error.error.message == "no pet"


def test_a_dangling_ref_in_an_openapi3_document_is_a_located_error(tmp_path: Path) -> None:
    document = json.loads(json.dumps(SPEC))
    document["paths"]["/pets/{petId}"]["put"]["requestBody"] = {"$ref": "#/components/requestBodies/Missing"}
    document["components"]["schemas"]["Pet"]["properties"]["owner"] = {"$ref": "#/components/schemas/Owner"}
    (tmp_path / "pets.json").write_text(json.dumps(document, indent=1), encoding="utf-8")
    with pytest.raises(GenerationFailed) as caught:
        generate_package(ClientJob(tmp_path / "pets.json", tmp_path / "out", "pets_client", tmp_path))
    text = [d.format() for d in caught.value.diagnostics]
    located = [t.split(": error: ")[0].split("pets.json:")[-1] for t in text]
    assert any(place.endswith("/paths/~1pets~1{petId}/put/requestBody") for place in located), text
    assert any(place.endswith("/components/schemas/Pet/properties/owner") for place in located), text
    assert all(not place.startswith("1:") for place in located), text  # real lines, not the top


@pytest.mark.slow  # mypy
def test_the_openapi3_client_passes_mypy_strict(built: Any) -> None:
    _, _, folder = built
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-ppets_client"], cwd=folder / "out", capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout


def test_the_azure_openai_inference_api_is_a_configured_client() -> None:
    sys.path.insert(0, str(ROOT / "generated"))
    module = importlib.import_module("azure_openai_inference")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={"id": "c1", "object": "text_completion", "created": 1, "model": "davinci", "choices": [{"text": "hi", "index": 0}]})

    ai = module.Client(api_key="k", endpoint="res.openai.azure.com", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    result = ai.completions.create("davinci", prompt="Say hi", max_tokens=5)
    assert str(seen[0].url) == "https://res.openai.azure.com/openai/deployments/davinci/completions?api-version=2023-06-01-preview"
    assert seen[0].headers["api-key"] == "k"
    assert json.loads(seen[0].content) == {"prompt": "Say hi", "max_tokens": 5}
    assert result.choices[0].text == "hi"


def test_the_seed_and_its_openapi3_conversion_give_the_same_client_api(tmp_path: Path) -> None:
    """tests/openapi3/: the seed converted by swagger2openapi 7.0.8."""
    converted = ROOT / "tests" / "openapi3" / "azure-openai-catalog.openapi3.yaml"
    seed = ROOT / "specs" / "azure-openai-authoring" / "2023-06-01-preview" / "azure-openai-catalog.yml"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(seed), str(converted)],
        cwd=tmp_path, capture_output=True, text=True, check=False, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "API changes from azure-openai-catalog.yml to azure-openai-catalog.openapi3.yaml: 0 (0 breaking)"


@pytest.mark.parametrize("feature", ["models", "paging", "lro", "extensions", "content"])
def test_each_feature_spec_and_its_openapi3_conversion_give_the_same_client_api(feature: str, tmp_path: Path) -> None:
    """tests/openapi3/features/: the Swagger 2.0 feature specs converted by
    swagger2openapi 7.0.8: inheritance, formats, paging, long-running
    operations, x-ms-* extensions, XML, forms and binary bodies, x-ms-paths."""
    swagger = ROOT / "tests" / "features" / feature / "spec.yml"
    converted = ROOT / "tests" / "openapi3" / "features" / f"{feature}.openapi3.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(swagger), str(converted)],
        cwd=tmp_path, capture_output=True, text=True, check=False, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith(": 0 (0 breaking)"), result.stdout


RANGES: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Ranges", "version": "1"},
    "servers": [{"url": "https://r.example.com"}],
    "paths": {
        "/x": {
            "get": {
                "operationId": "X_Get",
                "deprecated": True,
                "responses": {
                    "2XX": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}},
                    "4XX": {"description": "no", "content": {"application/json": {"schema": {"type": "object", "properties": {"message": {"type": "string"}}}}}},
                },
            },
            "put": {
                "operationId": "X_Put",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {"204": {"description": "ok"}},
            },
        }
    },
    "components": {"schemas": {"Thing": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "const": "fixed"}, "b": {"type": "integer"}}}}},
}


def test_ranges_const_and_deprecated_operations(tmp_path: Path) -> None:
    (tmp_path / "ranges.json").write_text(json.dumps(RANGES), encoding="utf-8")
    package = generate_package(ClientJob(tmp_path / "ranges.json", tmp_path / "out", "ranges_client", tmp_path))
    write_package(package.job.package_dir, package.files, package.manifest, package.user_owned)
    sys.path.insert(0, str(tmp_path / "out"))
    importlib.invalidate_caches()
    module = importlib.import_module("ranges_client")
    models = package.files["models.py"]
    assert models.count("class XGetResponse:") == 1 and "XGetResponse2" not in models  # 2XX read once
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if request.method == "GET":
            return httpx.Response(201, json={"a": "x"}) if len(seen) == 1 else httpx.Response(409, json={"message": "busy"})
        return httpx.Response(204)

    x = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer))).x
    with pytest.warns(DeprecationWarning, match="X_Get is deprecated"):
        assert x.get().a == "x"  # a 201 is in 2XX
    with pytest.raises(module.ConflictError) as caught, pytest.warns(DeprecationWarning):
        x.get()
    assert caught.value.error.message == "busy"  # 4XX: the error model
    x.put(b=1)
    assert json.loads(seen[-1].content) == {"kind": "fixed", "b": 1}  # const: always sent


@pytest.mark.parametrize(
    ("streams", "message"),
    [
        ((("completions.make", ("stream", "CompletionsCreateResponse")),), "stream names 'completions.make', which is no operation of the client"),
        ((("completions.create", ("prompt", "CompletionsCreateResponse")),), "flag 'prompt' is not a boolean field of the operation's body"),
        ((("completions.create", ("stream", "Nothing")),), "item 'Nothing' is not a model of the client"),
    ],
)
def test_a_stream_entry_that_names_nothing_is_an_error(tmp_path: Path, streams: Any, message: str) -> None:
    from dataclasses import replace

    spec = ROOT / "specs" / "azure-openai-inference" / "2023-06-01-preview" / "inference.json"
    job = replace(ClientJob(spec, tmp_path, "inference", spec.parent), streams=streams)
    with pytest.raises(GenerationFailed) as caught:
        generate_package(job)
    assert any(message in d.message for d in caught.value.diagnostics), caught.value.diagnostics


def test_a_required_object_query_parameter_with_an_inline_schema(tmp_path: Path) -> None:
    """Found in the public corpus (apideck.com/file-storage): the parameter's
    own `required: true` beside an inline object schema crashed the build."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Filters", "version": "1"},
        "servers": [{"url": "https://f.example.com"}],
        "paths": {"/files": {"get": {
            "operationId": "Files_List",
            "parameters": [{
                "name": "filter", "in": "query", "required": True, "style": "deepObject", "explode": True,
                "schema": {"type": "object", "required": ["folder"], "properties": {"folder": {"type": "string"}, "name": {"type": "string"}}},
            }],
            "responses": {"200": {"description": "ok"}},
        }}},
    }
    (tmp_path / "filters.json").write_text(json.dumps(document), encoding="utf-8")
    package = generate_package(ClientJob(tmp_path / "filters.json", tmp_path / "out", "filters_client", tmp_path))
    assert "class Filter" in package.files["models.py"]
    assert '_pipeline.object_query("filter", filter, "deepObject")' in package.files["_operations_files.py"]


def test_a_server_variable_whose_default_yaml_read_as_a_number_has_it_as_text(tmp_path: Path) -> None:
    """`port: {default: 443}` in YAML is a number, where OpenAPI wants a
    string: its text is the default (the variable was made required)."""
    (tmp_path / "ports.yaml").write_text(
        "openapi: 3.0.3\n"
        "info: {title: Ports, version: '1'}\n"
        "servers:\n"
        "  - url: 'https://example.com:{port}/{base}'\n"
        "    variables:\n"
        "      port: {default: 443, enum: [443, 8443]}\n"
        "      base: {default: none}\n"
        "paths:\n"
        "  /x: {get: {operationId: X_Get, responses: {'204': {description: done}}}}\n",
        encoding="utf-8",
    )
    package = generate_package(ClientJob(tmp_path / "ports.yaml", tmp_path / "out", "ports_client", tmp_path))
    client_module = package.files["_client.py"]
    assert 'port: str = "443",' in client_module
    assert "base: str," in client_module  # (`none`: a stand-in, the caller gives it)


def test_a_server_variable_whose_default_its_enum_does_not_allow_is_its_one_value_or_the_callers(tmp_path: Path) -> None:
    """TypeSpec writes `default: ''` beside a version enum (http-specs'
    `Server_Path_Multiple`): the client took any text for it, and the
    stand-in reached the URL. A default the enum does not allow is no
    default: the enum's one value, where it has one; else the caller's
    choice."""
    (tmp_path / "versions.yaml").write_text(
        "openapi: 3.0.3\n"
        "info: {title: Versions, version: '1'}\n"
        "servers:\n"
        "  - url: '{endpoint}/v/{apiVersion}/{region}'\n"
        "    variables:\n"
        "      endpoint: {default: ''}\n"
        "      apiVersion: {default: '', enum: [v1.0]}\n"
        "      region: {default: '', enum: [eu, us]}\n"
        "paths:\n"
        "  /x: {get: {operationId: X_Get, responses: {'204': {description: done}}}}\n",
        encoding="utf-8",
    )
    package = generate_package(ClientJob(tmp_path / "versions.yaml", tmp_path / "out", "versions_client", tmp_path))
    client_module = package.files["_client.py"]
    assert 'api_version: str = "v1.0",' in client_module
    assert "region: str," in client_module and "endpoint: str," in client_module


def test_a_query_parameter_of_an_object_or_a_string_is_sent_as_its_style_spells_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found replaying the corpus's examples (here.com/tracking's `floor`:
    `anyOf: [{object}, {enum: ["null"]}]`, style deepObject): an object went
    into the query as the text of its repr. A union with an object member is
    sent as the style spells objects; its other members as themselves."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Fences", "version": "1"},
        "servers": [{"url": "https://f.example.com"}],
        "paths": {"/fences": {"get": {
            "operationId": "Fences_List",
            "parameters": [{
                "name": "floor", "in": "query", "style": "deepObject", "explode": True,
                "schema": {"anyOf": [{"$ref": "#/components/schemas/Floor"}, {"type": "string", "enum": ["null"]}]},
            }],
            "responses": {"204": {"description": "ok"}},
        }}},
        "components": {"schemas": {"Floor": {"type": "object", "properties": {"id": {"type": "string"}}}}},
    }
    module = _document_module(document, "fences_client", tmp_path, monkeypatch)
    seen: list[httpx.Request] = []
    fences = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204)))).fences
    fences.list(floor=module.models.Floor(id="DM_1234"))
    fences.list(floor="null")
    assert [str(r.url.query, "ascii") for r in seen] == ["floor%5Bid%5D=DM_1234", "floor=null"]


def test_a_parameter_whose_schema_is_a_named_object_is_typed_by_that_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found in held-out 73 (pandascore.co: `range`/`search`/`filter`
    parameters, each a `$ref` to a component, style deepObject): every
    operation got its own copy of the component named after the parameter
    (`Range_`, `Range_2`, ... `Range_39`: 120 models too many), so the
    component's own model could not be passed. The named schema is the type,
    in the query or as a JSON `content` parameter, and no copy is made."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Leagues", "version": "1"},
        "servers": [{"url": "https://l.example.com"}],
        "paths": {"/leagues": {"get": {
            "operationId": "Leagues_List",
            "parameters": [
                {"name": "range", "in": "query", "style": "deepObject", "explode": True, "description": "Ranges",
                 "schema": {"$ref": "#/components/schemas/RangeOverLeagues"}},
                {"name": "where", "in": "query", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Where"}}}},
            ],
            "responses": {"204": {"description": "ok"}},
        }}},
        "components": {"schemas": {
            "RangeOverLeagues": {"type": "object", "properties": {"name": {"type": "array", "items": {"type": "string"}}}},
            "Where": {"oneOf": [{"$ref": "#/components/schemas/RangeOverLeagues"}, {"type": "object", "properties": {"id": {"type": "integer"}}}]},
        }},
    }
    module = _document_module(document, "leagues_client", tmp_path, monkeypatch)
    assert not hasattr(module.models, "Range") and not hasattr(module.models, "Where_")
    seen: list[httpx.Request] = []
    leagues = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204)))).leagues
    leagues.list(range=module.models.RangeOverLeagues(name=["a", "b"]), where=module.models.RangeOverLeagues(name=["c"]))
    # (an array inside a deepObject as `name[]` each, which Plug, Rack, PHP
    # and qs all read as a list; repeated `range[name]` was read as one value
    # by all but qs)
    assert str(seen[0].url.query, "ascii") == "range%5Bname%5D%5B%5D=a&range%5Bname%5D%5B%5D=b&where=%7B%22name%22%3A%5B%22c%22%5D%7D"
    signature = inspect.signature(leagues.list)
    assert signature.parameters["range"].annotation == "_models.RangeOverLeagues | None"


def test_a_ref_into_another_operation_is_the_model_that_operation_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found in held-out 73 (enode.io: `#/paths/~1vehicles~1%7BvehicleId%7D/get/
    responses/200/content/application~1json/schema`, a URI fragment's spelling):
    the schema reached by the `$ref` and the same schema where it is written
    were two models, the first named `Schema` (then `Schema_`, `Schema_3`...:
    14 copies), and a warning inside it was printed twice. One schema is one
    model, named as its operation names it whichever is reached first."""
    owner = "#/paths/~1vehicles~1%7BvehicleId%7D"
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Cars", "version": "1"},
        "servers": [{"url": "https://c.example.com"}],
        "paths": {
            "/vehicles": {
                "get": {
                    "operationId": "getVehicles",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                        "type": "array", "items": {"$ref": owner + "/get/responses/200/content/application~1json/schema"}}}}}},
                },
                "post": {
                    "operationId": "addVehicle",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": owner + "/put/requestBody/content/application~1json/schema"}}}},
                    "responses": {"204": {"description": "ok"}},
                },
            },
            "/vehicles/{vehicleId}": {
                "parameters": [{"name": "vehicleId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getVehicle",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string"},
                            "state": {"type": "object", "properties": {"level": {"type": "number"}}},
                            "kind": {"type": "string", "enum": [{"override": True}, "DEFAULT"]},  # (W015, once)
                        },
                    }}}}},
                },
                "put": {
                    "operationId": "updateVehicle",
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}}},
                    "responses": {"204": {"description": "ok"}},
                },
            },
        },
    }
    spec = tmp_path / "cars.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    module, package = _client_module(spec, "cars_client", tmp_path / "out", monkeypatch)
    assert [d.code for d in package.diagnostics if d.level is Level.WARNING] == ["W015"]
    names = sorted(n for n in module.models.__all__)
    assert names == ["GetVehicleResponse", "GetVehicleResponseKind", "GetVehicleResponseState", "UpdateVehicleBody"]
    cars = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(
        lambda r: httpx.Response(200, json=[{"id": "v1", "state": {"level": 0.5}}]) if r.method == "GET" else httpx.Response(204)))).vehicles
    (car,) = cars.get_vehicles()
    assert type(car) is module.models.GetVehicleResponse and car.state.level == 0.5


def test_accept_and_content_type_header_parameters_are_ignored_as_openapi_3_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by made-up answers (benchmarks/synthetic.py): akeneo.com declares
    `Content-type` as a header parameter beside a JSON body, and the client
    sent both (`Content-Type: text, application/json`); vtex.local's
    `Content-Type` argument was overridden silently. OpenAPI 3 says such a
    parameter SHALL be ignored (names compared as HTTP compares them); a
    declared Authorization header is kept."""
    spec = ROOT / "tests" / "bad_specs" / "ignored_headers_openapi3.yml"
    module, package = _client_module(spec, "ignored_headers_client", tmp_path / "out", monkeypatch)
    warnings = [d for d in package.diagnostics if d.code == "W018"]
    assert [d.pointer for d in warnings] == ["/paths/~1tokens/post/parameters/0", "/paths/~1tokens/post/parameters/1"]
    seen: list[httpx.Request] = []
    tokens = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200)))).tokens
    tokens.create(user="ann", authorization="Basic YTpi")
    assert seen[0].headers.get_list("content-type") == ["application/json"]
    assert seen[0].headers["authorization"] == "Basic YTpi"
    with pytest.raises(TypeError):
        tokens.create(user="ann", content_type="text/plain")


def test_a_wildcard_request_media_type_is_sent_as_the_concrete_type_of_what_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by made-up answers (benchmarks/synthetic.py): id4i.de's request
    body is `*/*`, and the client sent `Content-Type: */*`, which names no
    type. A wildcard says the service takes anything: the request names
    what it sends (JSON, or bytes)."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Store", "version": "1"},
        "servers": [{"url": "https://s.example.com"}],
        "paths": {
            "/blobs": {"put": {
                "operationId": "Blobs_Put",
                "requestBody": {"content": {"*/*": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"204": {"description": "ok"}},
            }},
            "/notes": {"put": {
                "operationId": "Notes_Put",
                "requestBody": {"content": {"application/*": {"schema": {"type": "object", "properties": {"text": {"type": "string"}}}}}},
                "responses": {"204": {"description": "ok"}},
            }},
        },
    }
    module = _document_module(document, "store_client", tmp_path, monkeypatch)
    seen: list[httpx.Request] = []
    client = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204))))
    client.blobs.put(body=b"\x00\x01")
    client.notes.put(text="hi")
    assert [r.headers["content-type"] for r in seen] == ["application/octet-stream", "application/json"]
    assert seen[0].content == b"\x00\x01" and json.loads(seen[1].content) == {"text": "hi"}


def test_a_binary_field_of_a_json_body_or_answer_is_base64(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by made-up answers (benchmarks/synthetic.py): akeneo.com's JSON
    bodies have `format: binary` fields; the client put the bytes in the
    dict and json.dumps raised TypeError, and an answer's field came back
    as the str the JSON held, typed bytes. JSON carries bytes as base64,
    as it carries `format: byte`."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Media", "version": "1"},
        "servers": [{"url": "https://m.example.com"}],
        "paths": {"/media": {"post": {
            "operationId": "Media_Post",
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Media"}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Media"}}}}},
        }}},
        "components": {"schemas": {"Media": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary"}, "parts": {"type": "array", "items": {"type": "string", "format": "binary"}}},
        }}},
    }
    module = _document_module(document, "media_client", tmp_path, monkeypatch)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, json={"file": "AAE=", "parts": ["aGk="]})

    result = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer))).media.post(file=b"hi", parts=[b"\x00\x01"])
    assert json.loads(seen[0].content) == {"file": "aGk=", "parts": ["AAE="]}
    assert result.file == b"\x00\x01" and result.parts == [b"hi"]


@pytest.mark.parametrize("form", ["openapi3", "swagger2"])
def test_a_default_response_alone_describes_the_successes_too(form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by made-up answers (benchmarks/synthetic.py): fec.gov lists
    only `default` for each of its 92 operations, and every call raised on
    its 200 (no success status was expected) and returned None. OpenAPI's
    `default` describes every answer not listed: with no success listed, the
    successes too (as 2XX: 200-203); any other status is still an error of
    its model. Azure's documents keep AutoRest's reading (default = error)."""
    item = {"type": "object", "properties": {"total": {"type": "integer"}}}
    if form == "openapi3":
        document: dict[str, Any] = {
            "openapi": "3.0.3", "info": {"title": "Audit", "version": "1"}, "servers": [{"url": "https://a.example.com"}],
            "paths": {"/audits": {"get": {"operationId": "Audits_List", "responses": {"default": {
                "description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
            "components": {"schemas": {"Page": item}},
        }
    else:
        document = {
            "swagger": "2.0", "info": {"title": "Audit", "version": "1"}, "host": "a.example.com", "schemes": ["https"],
            "paths": {"/audits": {"get": {"operationId": "Audits_List", "responses": {"default": {
                "description": "", "schema": {"$ref": "#/definitions/Page"}}}}}},
            "definitions": {"Page": item},
        }
    module = _document_module(document, f"audit_{form}_client", tmp_path, monkeypatch)
    answers = iter([httpx.Response(200, json={"total": 3}), httpx.Response(201, json={"total": 4}), httpx.Response(400, json={"total": 0})])
    audits = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(lambda r: next(answers)))).audits
    assert audits.list().total == 3 and audits.list().total == 4
    with pytest.raises(module.BadRequestError) as caught:
        audits.list()
    assert caught.value.error.total == 0


def test_a_body_of_several_media_types_sends_a_list_of_models_as_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by made-up answers (benchmarks/synthetic.py): archive.org's
    wayback API takes an array of models as JSON, a form or CSV; the client
    put the models themselves into the JSON and json.dumps raised TypeError."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Wayback", "version": "1"},
        "servers": [{"url": "https://w.example.com"}],
        "paths": {"/available": {"post": {
            "operationId": "Available",
            "requestBody": {"content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Requests"}},
                "text/csv": {"schema": {"$ref": "#/components/schemas/Requests"}},
            }},
            "responses": {"204": {"description": "ok"}},
        }}},
        "components": {"schemas": {
            "Requests": {"type": "array", "items": {"$ref": "#/components/schemas/Request"}},
            "Request": {"type": "object", "properties": {"url": {"type": "string"}, "at": {"type": "string", "format": "date-time"}, "id": {"type": "string", "readOnly": True}}},
        }},
    }
    module = _document_module(document, "wayback_client", tmp_path, monkeypatch)
    seen: list[httpx.Request] = []
    client = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204))))
    import datetime as dt

    at = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    client.available.available(body=[module.models.Request(url="http://a.example", at=at, id="x")])
    client.available.available(body=[{"url": "http://b.example", "at": at}])
    assert [json.loads(r.content) for r in seen] == [
        [{"url": "http://a.example", "at": "2024-05-01T00:00:00Z"}],  # (readOnly left out)
        [{"url": "http://b.example", "at": "2024-05-01T00:00:00Z"}],
    ]
    assert {r.headers["content-type"] for r in seen} == {"application/json"}


def test_header_parameters_whose_names_differ_only_in_case_are_one_header(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by made-up answers (benchmarks/synthetic.py): amazonaws.com's
    codeartifact declares X-Amz-Content-Sha256 and x-amz-content-sha256;
    the client took both and sent `text, text`. One header, sent once
    (W019 for the second)."""
    spec = ROOT / "tests" / "bad_specs" / "duplicate_header_names.yml"
    module, package = _client_module(spec, "duplicate_headers_client", tmp_path / "out", monkeypatch)
    assert [d.code for d in package.diagnostics if d.code] == ["W019"]
    seen: list[httpx.Request] = []
    packages = module.Client(http_client=httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204)))).packages
    packages.publish(x_amz_content_sha256="abc")
    assert seen[0].headers.get_list("x-amz-content-sha256") == ["abc"]


def test_path_parameters_in_the_label_and_matrix_styles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenAPI 3's `label` (`.5`) and `matrix` (`;id=5`) styles of a path
    parameter, arrays joined with commas or, exploded, repeated; the values
    are percent-encoded and the style's own characters are not. They were
    sent as `simple` (`5`)."""
    def path_parameter(name: str, style: str, explode: bool, schema: dict[str, Any]) -> dict[str, Any]:
        return {"name": name, "in": "path", "required": True, "style": style, "explode": explode, "schema": schema}

    strings = {"type": "array", "items": {"type": "string"}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Styles", "version": "1"},
        "servers": [{"url": "https://s.example.com"}],
        "paths": {"/items/{id}/{tags}/{ids}/{keys}/{flags}": {"get": {
            "operationId": "Items_Get",
            "parameters": [
                path_parameter("id", "label", False, {"type": "integer"}),
                path_parameter("tags", "label", True, strings),
                path_parameter("ids", "matrix", False, strings),
                path_parameter("keys", "matrix", True, strings),
                path_parameter("flags", "matrix", False, {"type": "string"}),
            ],
            "responses": {"204": {"description": "ok"}},
        }}},
    }
    module = _document_module(document, "path_styles_client", tmp_path, monkeypatch)
    client, seen = recording_client(module)
    client.items.get(5, ["a b", "c"], ["1", "2"], ["x", "y;z"], "")
    assert seen[0].url.raw_path == b"/items/.5/.a%20b.c/;ids=1,2/;keys=x;keys=y%3Bz/;flags"


def test_objects_in_a_path_or_a_header_are_spelled_as_their_style_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An object in the path or a header: `simple` (their default) is its
    keys and values joined by commas, `R,1,G,2`, exploded `R=1,G=2`;
    `label` and `matrix` as RFC 6570 spells them (`.R=1.G=2`,
    `;color=R,1,G,2`, `;R=1;G=2`). A path's values are percent-encoded, the
    style's own characters not; a header's are as they are. They went as
    JSON text, which no style spells."""
    color = {"$ref": "#/components/schemas/Color"}

    def parameter(name: str, where: str, style: str, explode: bool) -> dict[str, Any]:
        return {"name": name, "in": where, "required": where == "path", "style": style, "explode": explode, "schema": color}

    document = {
        "openapi": "3.0.3",
        "info": {"title": "Objects", "version": "1"},
        "servers": [{"url": "https://o.example.com"}],
        "paths": {"/paint/{a}/{b}/{c}/{d}/{e}": {"get": {
            "operationId": "Paint_Get",
            "parameters": [
                parameter("a", "path", "simple", False),
                parameter("b", "path", "simple", True),
                parameter("c", "path", "label", True),
                parameter("d", "path", "matrix", False),
                parameter("e", "path", "matrix", True),
                parameter("X-Color", "header", "simple", False),
                parameter("X-Exploded", "header", "simple", True),
            ],
            "responses": {"204": {"description": "ok"}},
        }}},
        "components": {"schemas": {"Color": {"type": "object", "properties": {"R": {"type": "integer"}, "G": {"type": "string"}}}}},
    }
    module = _document_module(document, "object_styles_client", tmp_path, monkeypatch)
    client, seen = recording_client(module)
    color_value = module.models.Color(r=1, g="a b")
    client.paint.get(color_value, color_value, color_value, color_value, {"R": 3}, x_color=color_value, x_exploded={"R": 2, "G": "x"})
    assert seen[0].url.raw_path == b"/paint/R,1,G,a%20b/R=1,G=a%20b/.R=1.G=a%20b/;d=R,1,G,a%20b/;R=3"
    assert seen[0].headers["X-Color"] == "R,1,G,a b" and seen[0].headers["X-Exploded"] == "R=2,G=x"
    # (one level deep: an object inside one, which RFC 6570 does not spell,
    # makes the whole its JSON text, as cloudmersive's header wants it)
    client.paint.get(color_value, color_value, color_value, color_value, {"R": 3}, x_color={"R": 1, "G": {"v": 2}})
    assert seen[1].headers["X-Color"] == '{"R":1,"G":{"v":2}}'


def test_servers_of_a_path_or_an_operation_of_their_own_are_warned_about(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """87 specs of APIs.guru's collection give paths or operations servers
    of their own (pinecone.io's data operations go to another host), and
    they were left out silently: the client sends every operation to its
    endpoint. Not supported yet (credentials go only to the client's own
    origin), so said where it happens; servers that repeat the document's
    (886 of the 1,977) say nothing new and are not warned about."""
    ok = {"204": {"description": "ok"}}
    document = {
        "openapi": "3.0.3", "info": {"title": "S", "version": "1"}, "servers": [{"url": "https://api.example.com/v2"}],
        "paths": {
            "/a": {"servers": [{"url": "https://data.example.com"}], "get": {"operationId": "A_Get", "responses": ok},
                   "put": {"operationId": "A_Put", "servers": [{"url": "https://data.example.com"}], "responses": ok}},
            "/b": {"get": {"operationId": "B_Get", "servers": [{"url": "https://api.example.com/v2"}], "responses": ok}},
            "/c": {"get": {"operationId": "C_Get", "servers": [{"url": "https://upload.example.com"}], "responses": ok}},
        },
    }
    spec = tmp_path / "servers.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    package = _client_module(spec, "own_servers_client", tmp_path / "out", monkeypatch)[1]
    warned = sorted((d.code, d.pointer, d.message.split(" are ")[0]) for d in package.diagnostics if d.level is Level.WARNING)
    assert warned == [
        ("W011", "/paths/~1a/servers", "servers of its own ('https://data.example.com')"),
        ("W011", "/paths/~1c/get/servers", "servers of its own ('https://upload.example.com')"),
    ]


def test_boolean_schemas_and_prefix_items_of_json_schema_2020_12(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenAPI 3.1's schemas may be `true` and `false`, and a tuple is
    `prefixItems` with `items: false` after it: the generator refused the
    document ("a schema must be a mapping"). A tuple whose items share one
    type is a list of it; of several types, a list of any value."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Tuples", "version": "1"},
        "servers": [{"url": "https://t.example.com"}],
        "paths": {"/t": {"get": {"operationId": "T_Get", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
        "components": {"schemas": {
            "Thing": {"type": "object", "properties": {
                "point": {"type": "array", "prefixItems": [{"type": "number"}, {"type": "number"}], "items": False},
                "pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": False},
                "never": {"type": "array", "items": False},
                "anything": True,
                "named": {"$ref": "#/components/schemas/Anything"},
            }},
            "Anything": True,
        }},
    }
    module = _document_module(document, "tuples_client", tmp_path, monkeypatch)
    annotations = module.models.Thing.__annotations__
    assert annotations["point"] == "list[float] | None"
    assert annotations["pair"] == annotations["never"] == "list[Any] | None"
    assert annotations["anything"] == annotations["named"] == "Any | None"
    thing = module.models.Thing.from_dict({"point": [1.5, 2], "pair": ["a", 1], "anything": {"x": 1}})
    assert thing.point == [1.5, 2] and thing.pair == ["a", 1] and thing.anything == {"x": 1}
