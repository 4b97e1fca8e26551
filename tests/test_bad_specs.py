"""Broken and hostile documents: each gives exactly the diagnostic expected,
none a traceback; none writes outside the output folder or runs spec text;
whatever is generated compiles and imports.

The documents are in tests/bad_specs/; those too big or too odd to keep as
files (a 5 MB description, a 10,000-value enum, a billion-laughs document,
5,000 levels of nesting, a symlink out of the tree) are made by the tests.
"""

from __future__ import annotations

import os
import py_compile
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BAD = ROOT / "tests" / "bad_specs"

# file -> (exit code, the first diagnostic line, with the file's path as given)
EXPECTED: dict[str, tuple[int, str]] = {
    "bad_final_state_via.yml": (0, "bad_final_state_via.yml:13: /paths/~1a/post/x-ms-long-running-operation-options: warning W006 (final-state-via): final-state-via 'somewhere' is not one of operation-location, azure-async-operation, location, original-uri; using operation-location"),
    "allof_wrapper_of_a_model_being_built.yml": (0, ""),
    "allof_wrappers_azure.yml": (0, ""),
    "allof_wrappers_describe_their_part.yml": (0, ""),
    "api_key_name_line_break.json": (2, "api_key_name_line_break.json:4: /securityDefinitions/key/name: error: the API key's name 'api-key\\nx-evil: 1' cannot be sent in a header (a header or cookie name is letters, digits and !#$%&'*+-.^_`|~ only; a query name has no control characters); fix the name"),
    "cookie_name_not_a_token.yml": (2, "cookie_name_not_a_token.yml:10: /paths/~1things/get/parameters/0: error: cookie name 'sid; admin=1' is not an HTTP token (letters, digits and !#$%&'*+-.^_`|~ only); fix the name"),
    "defaults_not_of_the_type.yml": (0, "defaults_not_of_the_type.yml:21: /paths/~1things/get/parameters/6/x-ms-client-default: warning W016 (default-type): the default 'x' is no value of the parameter's type that a signature can spell; left out"),
    "discriminator_values_not_strings.yml": (0, ""),
    "dangling_ref.yml": (2, "dangling_ref.yml:12: /paths/~1things/get/responses/200/schema: error: $ref '#/definitions/Missing' points to nothing: dangling_ref.yml has no /definitions/Missing; fix the name or define it"),
    "duplicate_header_names.yml": (0, "duplicate_header_names.yml:12: /paths/~1packages/post/parameters/1: warning W019 (duplicate-header): header parameter 'x-amz-content-sha256' is the header 'X-Amz-Content-Sha256' again (header names ignore case); left out"),
    "duplicate_operation_ids.yml": (2, "duplicate_operation_ids.yml:14: /paths/~1b/get/operationId: error: operationId 'Same_Get' is used twice (also at /paths/~1a/get); operationIds must be unique"),
    "empty.yml": (2, "empty.yml:1: error: the file is empty: a spec is a mapping that starts with `swagger: '2.0'` or `openapi: 3.x`"),
    # The parser reports the end of the file on the line after the last: the
    # message names the last line, which the file has.
    "truncated.yml": (2, "truncated.yml:7: error: invalid YAML: did not find expected node content"),
    "escaping_ref.yml": (2, "escaping_ref.yml:12: /paths/~1things/get/responses/200/schema: error: $ref '../../../../etc/passwd#/x' leaves the allowed folder .; move the file below it, or pass --root DIR with a folder that holds both (the default is the config's folder, or the current folder when the spec is below it)"),
    "example_outside_root.json": (2, "example_outside_root.json:8: /paths/~1things/get/x-ms-examples/peek: error: x-ms-examples 'peek' refers to ../../../../../../etc/shadow, outside the allowed folder .; move the example below it, or pass --root DIR with a folder that holds both"),
    "enum_values_not_of_the_type.yml": (0, "enum_values_not_of_the_type.yml:13: /paths/~1things/get/parameters/0/schema/enum: warning W015 (enum-type): `enum` lists 'BASIC', 'FULL', not integer values as the schema's type says; no enum: read as a plain integer"),
    "enum_values_not_of_the_type_swagger.yml": (0, "enum_values_not_of_the_type_swagger.yml:11: /paths/~1things/get/parameters/0/enum: warning W015 (enum-type): `enum` lists 'BASIC', 'FULL', not integer values as the schema's type says; no enum: read as a plain integer"),
    "extensions_in_paths_and_responses.yml": (0, ""),
    "extensions_in_paths_openapi3.yml": (0, ""),
    "extra_path_parameter.yml": (2, "extra_path_parameter.yml:7: /paths/~1things/get: error: path parameter 'id' does not appear in the path '/things'"),
    "header_constant_line_break.json": (2, "header_constant_line_break.json:8: /paths/~1things/get/parameters/0: error: header 'x-mode' has the constant value 'a\\r\\nx-evil: 1', which no HTTP header can carry (a line break, a control character or a character outside Latin-1)"),
    "header_name_line_break.json": (2, "header_name_line_break.json:8: /paths/~1things/get/parameters/0: error: header name 'x-id\\r\\nx-injected: 1' is not an HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only); fix the name"),
    "hostile_descriptions.yml": (0, ""),
    "hostile_descriptions_openapi3.yml": (0, ""),
    "ignored_headers_openapi3.yml": (0, "ignored_headers_openapi3.yml:11: /paths/~1tokens/post/parameters/0: warning W018 (ignored-header): a header parameter named 'Content-type' is ignored, as OpenAPI 3 says; the client sends the media types the operation declares"),
    "infinite_defaults.json": (0, ""),
    "infinite_defaults.yml": (0, ""),
    "invalid_json.json": (2, "invalid_json.json:2: error: invalid JSON: Expecting property name enclosed in double quotes"),
    "invalid_utf8.yml": (2, "invalid_utf8.yml: error: invalid_utf8.yml is not UTF-8 (byte 33); save it as UTF-8"),
    "invalid_yaml.yml": (2, "invalid_yaml.yml:7: error: invalid YAML: did not find expected ',' or ']'"),
    "keyword_and_colliding_names.yml": (0, ""),
    "list_alias_of_a_union.yml": (0, ""),
    "mapping_target_missing.yml": (0, "mapping_target_missing.yml:22: /paths/~1records/post/requestBody/content/application~1json/schema/discriminator/mapping/A: warning W017 (mapping-target): the discriminator mapping names what is not there: file models/record_types.yml does not exist; the entry is left out"),
    "missing_path_parameter.yml": (2, "missing_path_parameter.yml:7: /paths/~1things~1{id}/get: error: path template names {id} but no path parameter declares it"),
    "missing_ref_file.yml": (2, "missing_ref_file.yml:12: /paths/~1things/get/responses/200/schema: error: file nowhere.json does not exist"),
    "names_differing_in_case.yml": (0, ""),
    "names_the_client_keeps.yml": (0, ""),
    "no_paths.yml": (0, ""),
    "no_responses.yml": (2, "no_responses.yml:7: /paths/~1a/get: error: an operation needs at least one response"),
    "no_swagger_key.yml": (2, "no_swagger_key.yml:1: error: only Swagger 2.0 and OpenAPI 3.0/3.1 documents are supported (it has no `swagger: '2.0'` field)"),
    "not_a_mapping.yml": (2, "not_a_mapping.yml:1: error: the document is a list, not a mapping: a spec is a mapping that starts with `swagger: '2.0'` or `openapi: 3.x`"),
    "openapi3.yml": (0, ""),
    "openapi4.yml": (2, "openapi4.yml:1: error: only Swagger 2.0 and OpenAPI 3.0/3.1 documents are supported (openapi: '4.0.0')"),
    "operation_without_operation_id.yml": (0, ""),
    "pageable_without_items.yml": (0, "pageable_without_items.yml:17: /paths/~1things/get/x-ms-pageable: warning W007 (pageable-items): x-ms-pageable names items 'value', but the response has no such array; the operation returns its response as one page"),
    "openapi3_wrong_kinds.yml": (2, "openapi3_wrong_kinds.yml:5: /servers: error: `servers` must be a list, not a number"),
    "parameter_in_cookie.yml": (2, "parameter_in_cookie.yml:10: /paths/~1things/get/parameters/0: error: parameter location 'cookie' is not one of path, query, header, body, formData"),
    "parameter_without_in.yml": (2, "parameter_without_in.yml:10: /paths/~1things/get/parameters/0: error: a parameter needs `name` and `in`"),
    "path_parameter_dotdot.yml": (0, ""),
    "query_in_path_key.yml": (0, "query_in_path_key.yml:13: /paths/~1rides?page={page}&per_page={per_page}/post: warning W014 (query-template): the path's query page={page} holds a template that names no parameter of the operation; left out"),
    "query_name_template.yml": (2, "query_name_template.yml:7: /paths/~1numbers?{search}=1/get: error: the path's query {search}=1 names a path parameter where the client cannot send it (only a whole value can be a template: `name={parameter}`); declare it as a query parameter instead"),
    "recursive_model.yml": (0, ""),
    "ref_loop.yml": (2, "ref_loop.yml:15: /definitions/A: error: $ref chain loops without reaching a value"),
    "ref_not_string.yml": (2, "ref_not_string.yml:13: /paths/~1things/get/responses/200/schema/$ref: error: `$ref` must be a string, not a number"),
    "ref_to_parameter.yml": (0, "ref_to_parameter.yml:16: /paths/~1vehicles/get/parameters/0/schema/items: warning W020 (ref-to-parameter): $ref '#/paths/~1vehicles~1%7Bid%7D/get/parameters/0' points to a parameter, not a schema; read as any value (its schema is at /paths/~1vehicles~1{id}/get/parameters/0/schema)"),
    "remote_ref.yml": (2, "remote_ref.yml:12: /paths/~1things/get/responses/200/schema: error: remote reference 'https://example.com/schemas.json#/definitions/X' refused: generation never uses the network; download the file next to the spec and refer to it by a relative path"),
    "required_not_strings.yml": (2, "required_not_strings.yml:19: /definitions/Thing/required/1: error: `required[1]` must be a string, not a number"),
    "schema_not_a_mapping.yml": (2, "schema_not_a_mapping.yml:15: /definitions/X: error: `X` must be a mapping, not a number"),
    "server_variables_like_client_arguments.yml": (0, ""),
    "type_list_not_strings.yml": (2, "type_list_not_strings.yml:8: /definitions/A/type/0: error: `type[0]` must be a string, not a mapping"),
    "unknown_type.yml": (0, "unknown_type.yml:12: /paths/~1things/get/responses/200/schema: warning W002 (unknown-type): unknown type 'banana'; treated as any JSON value"),
    "yaml_timestamps.yml": (0, ""),
    "yaml_keys_not_strings.yml": (0, ""),
    "xml_object_wrong_kinds.yml": (0, "xml_object_wrong_kinds.yml:19: /definitions/Thing/xml: warning W008 (xml-shape): `xml` must be a mapping; ignored"),
}


def generate(spec: Path, cwd: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        # The validator's findings are tested on their own (test_validate.py).
        [sys.executable, "-m", "generator", "generate", spec.name, "--output", "out", "--package", "client", "-q", "--no-validate", *extra],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def snapshot(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def run_case(spec_source: Path | str, tmp_path: Path, name: str | None = None) -> subprocess.CompletedProcess[str]:
    """Generate from a copy of the spec in an empty folder; check what was written."""
    work = tmp_path / "work"
    work.mkdir()
    spec = work / (name or Path(str(spec_source)).name)
    if isinstance(spec_source, Path):
        shutil.copyfile(spec_source, spec)
    else:
        spec.write_text(spec_source, encoding="utf-8")
    before = snapshot(tmp_path)
    result = generate(spec, work)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    written = snapshot(tmp_path) - before
    assert all(p.startswith("work/out") for p in written), f"written outside the output folder: {written}"
    if result.returncode == 0:
        package = work / "out" / "client"
        for source in package.glob("*.py"):
            py_compile.compile(str(source), doraise=True)
        imported = subprocess.run(
            [sys.executable, "-c", "import client, client.models; client.Client"],
            cwd=work / "out",
            capture_output=True,
            text=True,
            check=False,
        )
        assert imported.returncode == 0, imported.stderr
    else:
        assert not (work / "out").exists()
    return result


# The start of a program that calls a generated client: `answer` (for an
# httpx.MockTransport) answers 204 and records each request in `seen` (its
# URL, and its header `name` or "-").
RECORDER = (
    "import httpx, client\n"
    "seen = []\n"
    "def answer(request):\n"
    "    seen.append(str(request.url) + ' ' + request.headers.get('name', '-'))\n"
    "    return httpx.Response(204)\n"
)


def type_checks(out: Path) -> None:
    """The package `client` in `out` passes mypy --strict."""
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "client"], cwd=out, capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout[:3000]


def run_python(out: Path, code: str) -> subprocess.CompletedProcess[str]:
    """`code` run in a fresh interpreter in `out` (where the package is)."""
    return subprocess.run([sys.executable, "-c", code], cwd=out, capture_output=True, text=True, check=False)


def printed(name: str, tmp_path: Path, code: str, type_check: bool = True) -> list[str]:
    """The lines `code` prints, run beside the client generated from the bad
    spec `name` (type-checked first)."""
    run_case(BAD / name, tmp_path)
    out = tmp_path / "work" / "out"
    if type_check:
        type_checks(out)
    result = run_python(out, code)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def answering(json: str) -> str:
    """A program's start: `c`, a client whose every call is answered 200
    with the JSON `json` (Python's spelling)."""
    return (
        "import httpx, client\n"
        f"answer = lambda request: httpx.Response(200, json={json})\n"
        "c = client.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
    )


def test_there_are_at_least_thirty_documents_and_each_has_an_expectation() -> None:
    files = sorted(p.name for p in BAD.iterdir())
    assert len(files) >= 30
    assert files == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_spec(name: str, tmp_path: Path) -> None:
    code, first_line = EXPECTED[name]
    result = run_case(BAD / name, tmp_path)
    assert result.returncode == code, result.stderr
    lines = result.stderr.splitlines()
    if first_line:
        assert lines and lines[0] == first_line, result.stderr
    elif code == 0:
        assert lines == [], result.stderr
    if code == 2:
        assert lines[-1] == "error: nothing was written; fix the problems above and run again"


def test_spec_text_never_runs_and_survives_as_docstrings(tmp_path: Path) -> None:
    run_case(BAD / "hostile_descriptions.yml", tmp_path)
    out = tmp_path / "work" / "out"
    result = subprocess.run(
        [sys.executable, "-c", "import client; print(client.__doc__.splitlines()[0]); print(client.AsyncClient.__doc__ is not None)"],
        cwd=out, capture_output=True, text=True, check=False,
    )
    assert "pwned" not in result.stdout.splitlines()[1:], result.stdout
    assert result.stdout.splitlines()[0] == "T\"\"\" + __import__('os').system('echo pwned') + \"\"\""


def test_keywords_builtins_and_collisions_become_distinct_identifiers(tmp_path: Path) -> None:
    run_case(BAD / "keyword_and_colliding_names.yml", tmp_path)
    code = (
        "import inspect, client, client.models as m\n"
        "print(sorted(f for f in m.Class.__dataclass_fields__ if not f.startswith('_')))\n"
        "print(list(inspect.signature(client.Client('https://x').a.get).parameters))\n"
        "data = {'None': 1, '__init__': 2, '1st': 3, '': 4, 'ünïcode': 5, 'fooBar': 6, 'foo_bar': 7, 'self': 8}\n"
        "print(m.Class.from_dict(data).to_dict() == data)\n"
    )
    result = run_python(tmp_path / "work" / "out", code)
    assert result.returncode == 0, result.stderr
    fields, parameters, round_trip = result.stdout.splitlines()
    assert fields == str(sorted(["none", "init", "field_1_st", "field_", "unicode", "foo_bar", "foo_bar_2", "additional_properties_", "list", "self_", "additional_properties"]))
    hatches = ["request_options", "extra_headers", "extra_query", "extra_body", "timeout"]
    assert parameters == str(["class_", "import_", "self_query", "request_options_query", "foo_bar", "foo_bar_query", *hatches])
    assert round_trip == "True"


def test_names_the_generated_code_keeps_are_left_to_it(tmp_path: Path) -> None:
    """Schemas called like the models module's imports, a group called like a
    client method and numbered operation ids give a client that type-checks,
    with every name reachable."""
    run_case(BAD / "names_the_client_keeps.yml", tmp_path)
    out = tmp_path / "work" / "out"
    type_checks(out)
    code = (
        "import client, client.models as m\n"
        "c = client.Client()\n"
        "print(sorted(n for n in vars(type(c)) if not n.startswith('_')))\n"
        "print(sorted(n for n in vars(type(c.payments)) if not n.startswith('_')))\n"
        "print(sorted(n for n in m.__all__))\n"
        "print(m.Holder.from_dict({'any': {'a': 'x'}, 'literal': 'y'}).any)\n"
        "print(sorted(m.Holder_.__dataclass_fields__), c.close_.list.__annotations__['holder'])\n"
    )
    result = run_python(out, code)
    assert result.returncode == 0, result.stderr
    members, payments, models, holder, group = result.stdout.splitlines()
    assert members == str(["close", "close_", "payments"])
    assert payments == str(["get_payment", "send_payment", "with_raw_response", "with_streaming_response"])
    assert models == str(["Any_", "ClassVar_", "Exception_", "Holder", "Holder_", "LazyModule_", "Literal_", "Mapping_"])
    assert group == "['_WIRE_NAMES', '_nulls', 'additional_properties', 'x', 'y'] _models.Holder_ | None"
    assert holder == "Any_(a='x', additional_properties={})"


@pytest.mark.parametrize("name", ["extensions_in_paths_and_responses.yml", "extensions_in_paths_openapi3.yml"])
def test_extensions_of_the_paths_object_are_no_paths(name: str, tmp_path: Path) -> None:
    run_case(BAD / name, tmp_path)
    code = "import client\nc = client.Client()\nprint([n for n in vars(type(c)) if not n.startswith('_')])"
    result = run_python(tmp_path / "work" / "out", code)
    assert result.stdout.strip() == "['things', 'close']", result.stderr


def test_classes_whose_names_differ_in_case_keep_their_own_subtypes(tmp_path: Path) -> None:
    run_case(BAD / "names_differing_in_case.yml", tmp_path)
    out = tmp_path / "work" / "out"
    type_checks(out)
    code = "import client.models as m\nprint(type(m.HTTPServer.from_dict({'kind': 'a'})).__name__, type(m.HttpServer.from_dict({'kind': 'b'})).__name__)"
    result = run_python(out, code)
    assert result.stdout.strip() == "HTTPServerA HttpServerB", result.stderr


def test_server_variables_named_like_the_clients_arguments_are_arguments_of_their_own(tmp_path: Path) -> None:
    run_case(BAD / "server_variables_like_client_arguments.yml", tmp_path)
    out = tmp_path / "work" / "out"
    type_checks(out)
    code = (
        RECORDER + "import inspect\n"
        "print([n for n in inspect.signature(client.Client).parameters][:7])\n"
        "c = client.Client(timeout_='t', self_='s', region_='r', http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "c.a.get_a()\n"
        "print(seen[0])\n"
    )
    result = run_python(out, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        str(["timeout_", "base_url_", "credential_", "self_", "format_host_", "region", "region_"]),
        "https://t.example.com/b/c/s/e/f/r/a -",
    ]
    # names.CLIENT_ARGUMENTS holds every argument the constructor has of its
    # own and every name its body calls (what a client parameter must avoid)
    import ast

    from generator.ir.names import CLIENT_ARGUMENTS

    tree = ast.parse((out / "client" / "_client.py").read_text(encoding="utf-8"))
    for init in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "__init__"):
        arguments = {a.arg for a in (*init.args.args, *init.args.kwonlyargs)}
        own = arguments - {"timeout_", "base_url_", "credential_", "self_", "format_host_", "region", "region_"}
        called = {n.id for statement in init.body for n in ast.walk(statement) if isinstance(n, ast.Name) and n.id.islower() and n.id not in arguments}
        assert own | called <= CLIENT_ARGUMENTS | {"_pipeline"}, (own | called) - CLIENT_ARGUMENTS


def test_a_query_in_a_path_key_is_sent_as_its_parameters(tmp_path: Path) -> None:
    run_case(BAD / "query_in_path_key.yml", tmp_path)
    code = (
        RECORDER + "c = client.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "c.export.export_file(name='a b&c', name_header='h')\n"
        "c.search.search_things(query='q', tags=['x', 'y'])\n"
        "c.rides.add_ride()\n"
        "print('\\n'.join(seen))\n"
    )
    result = run_python(tmp_path / "work" / "out", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "https://example.com/export?format=csv&file=a+b%26c h",
        "https://example.com/search?query=q&tags=x%2Cy -",
        "https://example.com/rides -",
    ]


@pytest.mark.parametrize("name", ["enum_values_not_of_the_type.yml", "enum_values_not_of_the_type_swagger.yml"])
def test_enum_members_are_values_of_their_class_and_go_on_the_wire_as_such(name: str, tmp_path: Path) -> None:
    """An enum's members are values of its class (a number spelled as a
    string is the number; a number in a string enum is its JSON text); a
    value that cannot be one is left out, and an enum without values is the
    plain type."""
    code = (
        RECORDER + "from client import models\n"
        "c = client.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "print([(m.name, m.value) for m in models.Level])\n"
        "print([(m.name, m.value) for m in models.Version])\n"
        "print(models.Thing.from_dict({'level': 3}).to_dict())\n"
        "c.things.list(page_size=5, version=models.Version.TRUE)\n"
        "c.things.list(version=models.Version.V_1_0)\n"
        "print('\\n'.join(seen))\n"
    )
    assert printed(name, tmp_path, code) == [
        "[('V_1', 1), ('V_2', 2), ('V_3', 3)]",
        "[('V_1_0', '1.0'), ('V_2', '2'), ('TRUE', 'true')]",
        "{'level': 3, 'kind': 7}",
        "https://example.com/things?pageSize=5&version=true -",
        "https://example.com/things?version=1.0 -",
    ]


def test_discriminator_values_yaml_read_as_other_types_are_their_json_text(tmp_path: Path) -> None:
    code = (
        "from client import models\n"
        "print(type(models.Pet.from_dict({'kind': 'true', 'meows': True})).__name__)\n"
        "print(type(models.Pet.from_dict({'kind': '1'})).__name__)\n"
        "print(models.Cat(meows=False).to_dict())\n"
    )
    lines = printed("discriminator_values_not_strings.yml", tmp_path, code, type_check=False)
    assert lines == ["Cat", "Dog", "{'kind': 'true', 'meows': False}"]


def test_yaml_keys_are_the_text_they_are_written_as(tmp_path: Path) -> None:
    code = answering("{'1': 'a', 'true': 2, 'null': 'n'}") + (
        "thing = c.things.get()\n"
        "print(thing.to_dict(), thing.additional_properties)\n"
    )
    assert printed("yaml_keys_not_strings.yml", tmp_path, code) == ["{'1': 'a', 'true': 2, 'null': 'n'} {}"]


def test_a_list_alias_of_a_union_alias_imports_type_checks_and_is_black(tmp_path: Path) -> None:
    code = answering("[{'path': '/a'}, {'topic': 't'}]") + "print([type(m).__name__ for m in c.messages.list()])\n"
    assert printed("list_alias_of_a_union.yml", tmp_path, code) == ["['Request', 'Event']"]
    black = subprocess.run([sys.executable, "-m", "black", "--check", "-q", "client"], cwd=tmp_path / "work" / "out", capture_output=True, text=True, check=False)
    assert black.returncode == 0, black.stderr


def test_a_wrapper_of_a_model_being_built_is_that_model(tmp_path: Path) -> None:
    code = (
        "from client import models\n"
        "wire = {'name': 'a', 'template': {'name': 'b'}, 'scheme': {'id': 1, 'default': {'name': 'c'}}}\n"
        "event = models.Event.from_dict(wire)\n"
        "print(type(event.template).__name__, type(event.scheme.default).__name__, event.to_dict() == wire)\n"
    )
    assert printed("allof_wrapper_of_a_model_being_built.yml", tmp_path, code) == ["Event Event True"]


def test_an_allof_wrapper_is_the_part_it_describes(tmp_path: Path) -> None:
    code = (
        "import typing, client\n"
        "from client import models\n"
        "hints = typing.get_type_hints(models.Preview)\n"
        "for name in ('id', 'status', 'created_at', 'owner', 'parent', 'tags'):\n"
        "    print(name, str(hints[name]).replace('client.models.', ''))\n"
        "wire = {'id': 'a1b2c3d4', 'status': 'Completed', 'createdAt': '2024-01-02T03:04:05Z', 'owner': None, 'parent': {'id': 'ffffffff', 'status': 'Creating'}, 'tags': ['x']}\n"
        "p = models.Preview.from_dict(wire)\n"
        "print(p.id, p.status, p.created_at.year, p.owner, p.parent.id, p.to_dict() == wire)\n"
        "print(p.to_dict(exclude_readonly=True).get('createdAt'))\n"
        "print(hasattr(models, 'PreviewCreatedAt'), hasattr(models, 'CreatedAt'), hasattr(models, 'PreviewOwner'))\n"
        "print(models.Preview.__doc__.count('The unique ID.'), models.Preview.__doc__.count('(read-only)'))\n"
        "import inspect; print(inspect.signature(client.Client().previews.get).parameters['id'].annotation)\n"
    )
    assert printed("allof_wrappers_describe_their_part.yml", tmp_path, code) == [
        "id <class 'str'>",
        "status Status | str",
        "created_at datetime.datetime | None",
        "owner Owner | None | client._serde.Unset",
        "parent Preview | None",
        "tags list[str] | None",
        "a1b2c3d4 Completed 2024 None ffffffff True",
        "None",
        "False False False",
        "1 1",
        "str",
    ]


def test_an_allof_wrapper_of_a_model_stays_a_subclass_in_azure_documents(tmp_path: Path) -> None:
    code = (
        "import typing\n"
        "from client import models\n"
        "hints = typing.get_type_hints(models.Profile)\n"
        "for name in ('offer_type', 'identity', 'parent'):\n"
        "    print(name, str(hints[name]).replace('client.models.', ''))\n"
        "print(models.ProfileIdentity.__mro__[1].__name__)\n"
        "p = models.Profile.from_dict({'offerType': 'SaaS', 'identity': {'clientId': 'c'}, 'parent': {'offerType': 'Other'}})\n"
        "print(p.offer_type, type(p.identity).__name__, p.parent.offer_type)\n"
    )
    assert printed("allof_wrappers_azure.yml", tmp_path, code) == [
        "offer_type OfferType | str | None",
        "identity ProfileIdentity | None",
        "parent Profile | None",
        "Identity",
        "SaaS ProfileIdentity Other",
    ]


def test_defaults_are_values_of_their_arguments_types(tmp_path: Path) -> None:
    """An argument's default (x-ms-client-default, a client parameter's
    default) is a value of its type as a signature spells it: a string that
    spells one is that value, one that cannot be is no default."""
    code = (
        RECORDER + "c = client.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "c.things.list()\n"
        "print('\\n'.join(seen))\n"
    )
    assert printed("defaults_not_of_the_type.yml", tmp_path, code) == [
        "https://example.com/things?size=10&verbose=true&top=5&mode=2&on=true -"
    ]


def test_fields_and_arguments_named_like_any_builtin_type_check(tmp_path: Path) -> None:
    """A model field or a method argument may take any builtin's name: the
    code around it never means the builtin by that name (a field called
    `dict`, an argument called `list`)."""
    import builtins
    import keyword

    names = sorted(n for n in dir(builtins) if n.islower() and n.isidentifier() and not n.startswith("_") and not keyword.iskeyword(n))
    fields = "".join(f"      {n}: {{type: string}}\n" for n in names)
    lists = "".join(f"      {n}_list: {{type: array, items: {{type: integer}}}}\n" for n in names[:5])
    parameters = "".join(f"        - {{name: {n}, in: query, type: string}}\n" for n in names)
    spec = (
        "swagger: '2.0'\ninfo: {title: T, version: '1'}\nhost: example.com\npaths:\n  /a:\n    post:\n"
        "      operationId: A_Post\n      parameters:\n" + parameters
        + "        - {name: body, in: body, schema: {$ref: '#/definitions/Everything'}}\n"
        "      responses:\n        '200': {description: ok, schema: {$ref: '#/definitions/Everything'}}\n"
        "definitions:\n  Everything:\n    type: object\n    properties:\n" + fields + lists
        + "  Child:\n    allOf: [{$ref: '#/definitions/Everything'}]\n    properties:\n      more: {type: boolean}\n"
    )
    assert run_case(spec, tmp_path, "builtins.yml").returncode == 0
    out = tmp_path / "work" / "out"
    type_checks(out)
    code = (
        "import client.models as m\n"
        "data = {n: n for n in " + repr(names) + "}\n"
        "print(m.Child.from_dict({**data, 'more': True}).to_dict() == {**data, 'more': True})\n"
    )
    result = run_python(out, code)
    assert result.stdout.strip() == "True", result.stderr


def test_groups_and_methods_named_like_any_builtin_or_import_type_check(tmp_path: Path) -> None:
    """A group (an attribute of the client) or a method (of its group) may
    take any builtin's name or any name a generated module imports: the
    class bodies around them never mean the builtin or the import by it."""
    import builtins
    import keyword

    from generator.ir.names import MODULE_NAMES

    names = sorted(
        n
        for n in {*dir(builtins), *MODULE_NAMES, "httpx", "choose_auth", "format_host", "close"}
        if n.isidentifier() and n.lstrip("_").islower() and not n.startswith("__") and not keyword.iskeyword(n)
    )
    paths = "".join(
        f"  /{n}:\n    get:\n      operationId: {n}_List\n      responses: {{'204': {{description: ok}}}}\n"
        for n in sorted({n.lstrip("_") for n in names})
    )
    # one group with a method of each name, of each kind that adds arguments
    kinds = [
        "x-ms-long-running-operation: true\n      responses: {'200': {description: ok, schema: {type: object}}}",
        "x-ms-pageable: {nextLinkName: next}\n      responses: {'200': {description: ok, schema: {type: object, properties: {value: {type: array, items: {type: string}}, next: {type: string}}}}}",
        "produces: [application/octet-stream]\n      responses: {'200': {description: ok, schema: {type: file}}}",
        "responses: {'200': {description: ok, schema: {type: object}}}",
    ]
    paths += "".join(
        # (an internal method's name starts with `_`; its id differs in case)
        f"  /all/{n}:\n    post:\n      operationId: All_{n.lstrip('_').capitalize() if n.startswith('_') else n}\n"
        + ("      x-ms-internal: true\n" if n.startswith("_") else "")
        + f"      {kinds[i % len(kinds)]}\n"
        for i, n in enumerate(names)
    )
    spec = "swagger: '2.0'\ninfo: {title: T, version: '1'}\nhost: example.com\npaths:\n" + paths
    assert run_case(spec, tmp_path, "members.yml").returncode == 0
    out = tmp_path / "work" / "out"
    type_checks(out)
    code = "import client\nc = client.Client()\nprint(sum(1 for n in vars(type(c.all)) if not n.startswith('__')))\nc.close()\n"
    result = run_python(out, code)
    assert result.returncode == 0, result.stderr


def test_a_ten_thousand_value_enum(tmp_path: Path) -> None:
    values = "".join(f"      - value{i}\n" for i in range(10_000))
    spec = "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\ndefinitions:\n  Big:\n    type: string\n    enum:\n" + values
    run_case(spec, tmp_path, "enum.yml")
    models = (tmp_path / "work" / "out" / "client" / "models.py").read_text(encoding="utf-8")
    assert 'VALUE9999 = "value9999"' in models


def test_a_five_megabyte_description_is_cut_in_the_docstring(tmp_path: Path) -> None:
    text = "word " * 1_000_000
    spec = f"swagger: '2.0'\ninfo: {{title: T, version: '1'}}\npaths: {{}}\ndefinitions:\n  X:\n    type: object\n    description: \"{text}\"\n    properties:\n      a: {{type: string}}\n"
    run_case(spec, tmp_path, "desc.yml")
    models = (tmp_path / "work" / "out" / "client" / "models.py").read_text(encoding="utf-8")
    assert len(models) < 100_000 and "(cut: the spec's text has 5000000 characters)" in models


def test_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    levels = "".join(f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))
    spec = "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\nx-laughs:\n  a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + levels
    spec += "definitions:\n  X:\n    type: string\n    enum: *a9\n"
    result = run_case(spec, tmp_path, "bomb.yml")
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == (
        "bomb.yml: error: the document's YAML aliases expand to more than 1,000,000 nodes;"
        " write the repeated parts out or use $ref"
    )


@pytest.mark.parametrize("suffix", ["json", "yml"])
def test_extreme_nesting_is_refused_with_a_message(suffix: str, tmp_path: Path) -> None:
    depth = 5000
    if suffix == "json":
        inner = '{"type": "array", "items": ' * depth + '{"type": "string"}' + "}" * depth
        spec = '{"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}, "definitions": {"X": ' + inner + "}}"
    else:
        inner = "{type: array, items: " * depth + "{type: string}" + "}" * depth
        spec = f"swagger: '2.0'\ninfo: {{title: T, version: '1'}}\npaths: {{}}\ndefinitions:\n  X: {inner}\n"
    result = run_case(spec, tmp_path, f"deep.{suffix}")
    assert result.returncode == 2
    expected = {
        "json": "deep.json: error: the document is nested too deeply to read",
        "yml": "deep.yml:5: error: invalid YAML: exceeded maximum nesting depth",  # libyaml's own limit
    }
    assert result.stderr.splitlines()[0] == expected[suffix]


def test_a_symlink_does_not_get_around_the_allowed_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text('{"definitions": {"X": {"type": "string"}}}', encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    (work / "link.json").symlink_to(outside / "secret.json")
    spec = work / "spec.yml"
    spec.write_text(
        "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: A_Get\n"
        "      responses:\n        '200':\n          description: ok\n          schema:\n"
        "            $ref: 'link.json#/definitions/X'\n",
        encoding="utf-8",
    )
    (work / "pyproject.toml").write_text("[tool.other]\n", encoding="utf-8")
    result = generate(spec, work)
    assert result.returncode == 2
    assert "$ref 'link.json#/definitions/X' leaves the allowed folder" in result.stderr
    assert not (work / "out").exists()


def test_arguments_named_like_what_each_kind_of_method_keeps_for_itself_type_check(tmp_path: Path) -> None:
    """Found in held-out 83 (jellyfin.local: `/Videos/{itemId}/{stream}.{container}`,
    a download): the request builder's own `stream: bool` beside the spec's
    path parameter `stream` was a duplicate argument, a SyntaxError on import.
    A download, a pager and a long-running operation each take parameters
    named like every local and keyword their methods and builders use."""
    names = [
        "stream", "_stream", "chunk_size", "polling_interval", "stream_events", "request_options",
        "timeout", "extra_headers", "extra_query", "extra_body", "_spec", "_query", "_headers",
        "_response", "_body", "spec", "response", "item", "page", "self", "cls",
    ]
    query = "".join(f"        - {{name: '{n}', in: query, type: string}}\n" for n in names)
    spec = (
        "swagger: '2.0'\ninfo: {title: T, version: '1'}\nhost: example.com\nx-ms-paths: {}\npaths:\n"
        "  /files/{stream}:\n    get:\n      operationId: Files_Download\n      produces: [application/octet-stream]\n"
        "      parameters:\n        - {name: stream, in: path, required: true, type: string}\n"
        + query.replace("'stream', in: query", "'streamed', in: query")
        + "      responses:\n        '200': {description: ok, schema: {type: file}}\n"
        "  /things:\n    get:\n      operationId: Things_List\n      x-ms-pageable: {nextLinkName: nextLink}\n"
        "      parameters:\n" + query
        + "      responses:\n        '200': {description: ok, schema: {$ref: '#/definitions/Page'}}\n"
        "  /jobs:\n    put:\n      operationId: Jobs_Start\n      x-ms-long-running-operation: true\n"
        "      parameters:\n" + query
        + "      responses:\n        '200': {description: ok, schema: {$ref: '#/definitions/Page'}}\n"
        "definitions:\n  Page:\n    type: object\n    properties:\n"
        "      value: {type: array, items: {type: string}}\n      nextLink: {type: string}\n"
    )
    assert run_case(spec, tmp_path, "kept_names.yml").returncode == 0
    out = tmp_path / "work" / "out"
    type_checks(out)
    code = (
        "import httpx, client\n"
        "seen = []\n"
        "def answer(r):\n    seen.append(r.url)\n    return httpx.Response(200, content=b'bytes')\n"
        "c = client.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "print(c.files.download('s1', chunk_size_query='7'), seen[0].path, seen[0].params['chunk_size'])\n"
    )
    result = run_python(out, code)
    assert result.stdout.split() == ["b'bytes'", "/files/s1", "7"], result.stderr
