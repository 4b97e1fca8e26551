"""`python -m generator examples`: every example a spec references, replayed
against a freshly generated client, each ending as ok, a client defect, an
example defect (with its JSON pointer) or unsupported (issue 14)."""

from __future__ import annotations

import json
import typing
from pathlib import Path

import pytest

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.replay import judge, replay, summary
from generator.write import write_package

from .conftest import ROOT
from .test_cli import run

SPEC = ROOT / "tests" / "examples_command" / "spec.yml"


def test_every_configured_client_replays_all_its_examples_sync_and_async() -> None:
    result = run("examples", "--async", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    # The inference spec's own OpenAPI 3 example of a chat completion names
    # no deployment (sync and async, one line each).
    defect = (
        "specs/azure-openai-inference/2023-06-01-preview/inference.json: ChatCompletions_Create"
        " 'ChatCompletions_Create': example defect: /parameters/deployment-id: the operation requires it;"
        " the example gives no value"
    )
    assert result.stdout.splitlines() == [defect, defect, "88 replayed, 0 client defects, 2 example defects, 0 unsupported"]


def test_each_example_gets_a_verdict_with_its_pointer() -> None:
    result = run("examples", "tests/examples_command/spec.yml", cwd=ROOT)
    assert result.returncode == 0, result.stderr  # example defects alone do not fail
    assert result.stdout.splitlines() == [
        "tests/examples_command/spec.yml: Gadgets_Put 'Store a gadget with its id': example defect:"
        " /parameters/gadget: sends fields the spec marks readOnly: /id",
        "tests/examples_command/spec.yml: Gadgets_Put 'Store a gadget with a colour': example defect:"
        " /parameters/gadget: fields the spec does not define: colour",
        "8 replayed, 0 client defects, 2 example defects, 0 unsupported",
    ]
    assert run("examples", "tests/examples_command/spec.yml", "--strict", cwd=ROOT).returncode == 1


def test_json_output_has_one_object_per_example_for_ci() -> None:
    result = run("examples", "tests/examples_command/spec.yml", "--json", "--async", cwd=ROOT)
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(verdicts) == 16 and {v["async"] for v in verdicts} == {False, True}
    assert {v["kind"] for v in verdicts} == {"ok", "example defect"}
    assert result.stderr.strip() == "16 replayed, 0 client defects, 4 example defects, 0 unsupported"


@pytest.fixture
def gadgets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    job = ClientJob(SPEC, tmp_path, "gadgets_replayed", ROOT)
    package = generate_package(job, format_mode="none")
    write_package(job.package_dir, package.files, package.manifest, package.user_owned)
    monkeypatch.syspath_prepend(str(tmp_path))
    return job.package


def _example(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((SPEC.parent / "examples" / name).read_text(encoding="utf-8"))


def test_a_client_that_sends_another_path_is_a_client_defect(gadgets: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    pipeline = importlib.import_module(f"{gadgets}._pipeline")
    original = pipeline.format_path
    monkeypatch.setattr(pipeline, "format_path", lambda path, values: original(path, values) + "x")
    verdict = judge(gadgets, "Gadgets_Get", _example("get.json"))
    assert verdict.kind == "client defect"
    assert verdict.reason == "path /gadgets/g1x, the example's is /gadgets/g1"


def test_an_operation_the_client_lacks_is_unsupported(gadgets: str) -> None:
    verdict = judge(gadgets, "Gadgets_Delete", _example("get.json"))
    assert (verdict.kind, verdict.reason) == ("unsupported", "the client has no operation 'Gadgets_Delete'")


def test_an_accept_parameter_is_the_accept_header_sent_not_added_to_it(gadgets: str) -> None:
    """A client defect the command found (Azure Container Registry's
    GetManifest): an Accept header parameter was sent beside the spec's
    own, merged into `X, application/json`."""
    outcome = replay(gadgets, "Gadgets_Get", _example("get.json"))
    assert outcome.requests[0].headers.get_list("accept") == ["application/json"]


def test_the_summary_counts_every_verdict() -> None:
    from generator.replay import Verdict

    verdicts = [Verdict("a", "t", kind) for kind in ("ok", "client defect", "example defect", "example defect", "unsupported")]
    assert summary(verdicts) == "5 replayed, 1 client defects, 2 example defects, 1 unsupported"


def test_the_checked_in_azure_sample_report_has_no_client_defect_and_nothing_unsupported() -> None:
    """benchmarks/examples-report.tsv is what benchmarks/examples.py printed
    for the 30 Azure roots; a regression shows as a changed row."""
    lines = (ROOT / "benchmarks" / "examples-report.tsv").read_text(encoding="utf-8").splitlines()
    header, *rows = [line.split("\t") for line in lines]
    assert header == ["service", "spec", "examples", "ok", "client defect", "example defect", "unsupported"]
    assert len(rows) == 30
    assert sum(int(r[2]) for r in rows) >= 1600
    assert all(r[4] == "0" and r[6] == "0" for r in rows)


def test_the_readme_shows_the_command_as_it_runs() -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```console\n\$ python -m generator examples (\S+)\n(.*?)```", readme, flags=re.DOTALL)
    spec, shown = block
    assert run("examples", spec, cwd=ROOT).stdout == shown


def test_without_httpx_the_command_says_what_to_install(tmp_path: Path) -> None:
    """A user who installed only the generator (`pip install .`) gets a
    message, not a traceback: the replayed clients need httpx."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "sys.modules['httpx'] = None  # as if it were not installed\n"
        "from generator.cli import main\n"
        "sys.exit(main(['examples', 'tests/examples_command/spec.yml']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 2, result.stderr
    assert "need httpx" in result.stderr and "Traceback" not in result.stderr


def test_a_difference_is_named_by_its_pointer_and_nulls_the_client_drops_are_the_examples() -> None:
    from generator.replay import ExampleDefect, first_difference

    assert first_difference({"a": 1}, {"a": 1}, "/body") is None
    assert first_difference({"a": {"b": 1}}, {"a": {"b": 2}}, "/body") == "at /body/a/b: the client's 1, the example's 2"
    assert first_difference({}, {"a": 1}, "/body") == "at /body/a: missing from the client's"
    # Durations compare to the microsecond the client holds (.NET writes seven digits).
    assert first_difference({"d": "P10675199DT2H48M5.477581S"}, {"d": "P10675199DT2H48M5.4775807S"}, "/body") is None
    assert first_difference({"d": "PT1.5S"}, {"d": "PT1.6S"}, "/body") == 'at /body/d: the client\'s "PT1.5S", the example\'s "PT1.6S"'
    assert first_difference({"d": "PT1S"}, {"d": "P"}, "/body") is not None
    with pytest.raises(ExampleDefect, match=r"^/body/a/c: null where the spec's schema does not allow it"):
        first_difference({"a": {"b": 1}}, {"a": {"b": 1, "c": None}}, "/body")
    # A required field that may be null, left out of the example: the client has null.
    with pytest.raises(ExampleDefect, match=r"^/body/0/expires_at: left out of the example, where the client has null"):
        first_difference([{"id": 1, "expires_at": None}], [{"id": 1}], "/body")
    # A null on either side does not excuse any other difference.
    assert first_difference([{"id": 2, "expires_at": None}], [{"id": 1}], "/body") is not None


def test_an_example_that_answers_with_an_error_is_ok_when_the_client_raises_it(gadgets: str) -> None:
    """OpenAPI 3 examples are per answer: a 404's example is replayed as the
    404 it is, which the client raises."""
    example = {"parameters": {"name": "g1"}, "responses": {"404": {"body": {"error": {"code": "NotFound", "message": "none"}}}}}
    verdict = judge(gadgets, "Gadgets_Get", example)
    assert (verdict.kind, verdict.reason) == ("ok", "the answer is a 404, raised as such")


def test_an_example_without_a_required_argument_is_an_example_defect() -> None:
    """An OpenAPI 3 example of an answer alone gives none of the request:
    the replay says so rather than calling the method without it (the
    TypeError was counted as the client's defect)."""
    from generator.replay import ExampleDefect, _given_all_required

    def method(name: str, *, body: dict, label: str, size: int = 0) -> None:  # type: ignore[type-arg]
        pass

    _given_all_required(method, {"name": "g1", "body": {}, "label": "x"})
    with pytest.raises(ExampleDefect, match=r"^/parameters: the operation requires body, label; the example gives no value$"):
        _given_all_required(method, {"name": "g1"})


def test_example_values_become_the_types_the_method_takes(gadgets: str) -> None:
    """An example's JSON gives text for a date-time argument and objects for
    a list of models; the replay passes them as the method's annotations
    name them (they were passed as text and dicts, and counted as the
    client's defects when it failed on them)."""
    import datetime as dt
    import importlib

    from generator.replay import _typed

    serde = importlib.import_module(f"{gadgets}._serde")
    models = importlib.import_module(f"{gadgets}.models")
    utc = dt.timezone.utc
    assert _typed(dt.datetime | None, "2024-01-02T03:04:05.1234567Z", serde) == dt.datetime(2024, 1, 2, 3, 4, 5, 123456, utc)
    assert _typed(list[dt.date], ["2024-01-02"], serde) == [dt.date(2024, 1, 2)]
    assert _typed(bytes, "aGk", serde) == b"hi"
    # Durations and decimals from their text, a decimal and a unix time from
    # a number (they were passed on as text and numbers: the client failed
    # comparing "P40D" with a timedelta; http-specs' Encode_Duration).
    import decimal

    assert _typed(dt.timedelta | None, "P40D", serde) == dt.timedelta(days=40)
    assert _typed(decimal.Decimal, "0.33333", serde) == decimal.Decimal("0.33333")
    assert _typed(decimal.Decimal, 0.5, serde) == decimal.Decimal("0.5")
    assert _typed(dt.datetime, 1686566864, serde) == dt.datetime(2023, 6, 12, 10, 47, 44, tzinfo=utc)
    assert _typed(list[dt.timedelta], ["PT1H"], serde) == [dt.timedelta(hours=1)]
    # A number for a union of text and numbers is the number (it was sent as
    # the text "10": http-specs' Versioning_Added `unionProp: 10`).
    assert _typed(str | int, 10, serde) == 10 and _typed(str | float | None, 1.5, serde) == 1.5
    assert _typed(str | bool, True, serde) is True and _typed(str | int, "x", serde) == "x"
    assert isinstance(_typed(models.Gadget | None, {"size": 3}, serde), models.Gadget)
    assert [g.size for g in _typed(list[models.Gadget], [{"size": 1}, {"size": 2}], serde)] == [1, 2]
    assert _typed(dict[str, models.Gadget], {"a": {"size": 1}}, serde)["a"].size == 1
    assert _typed(str | None, "2024-01-02", serde) == "2024-01-02"  # (text stays text)
    # An object or array for a plain value is the example's defect, not passed on.
    with pytest.raises(TypeError, match="an object where the method takes str"):
        _typed(str | None, {"text": "Hello"}, serde)
    with pytest.raises(TypeError, match="an array where the method takes int"):
        _typed(int, [1], serde)
    # And the mirror: a plain value for a list, a map or a model (the
    # serialized `"jobs,hello"` for an array parameter) is the example's too.
    with pytest.raises(TypeError, match="a string where the method takes a list"):
        _typed(list[str] | None, "jobs,hello", serde)
    with pytest.raises(TypeError, match="an array where the method takes a dict"):
        _typed(dict[str, int], [1], serde)
    with pytest.raises(TypeError, match="a number where the method takes Gadget"):
        _typed(models.Gadget | None, 3, serde)
    assert _typed(int | None, "5", serde) == "5"  # (a number as text is let through)
    assert _typed(str | None, 13008, serde) == "13008" and _typed(str, 1.5, serde) == "1.5"  # (a number for text: its text)
    assert _typed(str | None, True, serde) is True  # (no boolean spelling is guessed)
    assert _typed(typing.Any, {"a": 1}, serde) == {"a": 1} and _typed(typing.Any, 3, serde) == 3
    gadget = models.Gadget(size=1)
    assert _typed(models.Gadget | None, gadget, serde) is gadget  # (read already)
    assert _typed(dict[str, str] | None, serde.UNSET, serde) is serde.UNSET


def test_an_array_of_files_the_example_writes_as_texts_is_passed_as_bytes() -> None:
    """It was passed as texts, which the client refuses for a file: counted
    as the client's defect (facecheck.id, vtex)."""
    from generator.replay import _upload

    assert _upload(["a", b"b"]) == [b"a", b"b"] and _upload("c") == b"c"


def test_parameters_whose_names_differ_in_case_are_each_their_own() -> None:
    """api2cart.com has query parameters `ApiKey` and `apiKey`: matched by
    lower case alone, one took the other's value and the other went unsent."""
    from generator.replay import arguments_for

    operation = {"parameters": {"ApiKey": {"argument": "api_key", "in": "query"}, "apiKey": {"argument": "api_key1", "in": "query"}}, "body": None}
    client = {"parameters": [], "api_keys": []}
    assert arguments_for(operation, client, {"ApiKey": "a", "apiKey": "b"}, None, []) == {"api_key": "a", "api_key1": "b"}
    assert arguments_for(operation, client, {"APIKEY": "c"}, None, []) in ({"api_key": "c"}, {"api_key1": "c"})  # (any case, where none is exact)


def test_an_answer_is_compared_as_the_client_writes_it() -> None:
    """A `format: byte` answer read as bytes was compared as "b'hi'" (id4i.de)."""
    import datetime as dt

    from generator.replay import _plain

    assert _plain(b"hi") == "aGk="
    assert _plain([dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)]) == ["2024-01-02T03:04:05Z"]
    assert _plain({"d": dt.date(2024, 1, 2), "n": 1}) == {"d": "2024-01-02", "n": 1}


def test_a_path_keys_fragment_is_not_part_of_the_path_the_example_asks_for() -> None:
    from generator.replay import expected_path

    operation = {"path": "/{tenant}/{next}#Users_ListNext", "parameters": {"next": {"raw": True}}}
    assert expected_path(operation, {"tenant": "t 1", "next": "users?skip=2"}) == "/t%201/users?skip=2"
    # (a boolean as JSON and the client spell it, not as Python's str())
    assert expected_path({"path": "/a/{on}", "parameters": {}}, {"on": True}) == "/a/true"


def test_read_only_fields_are_found_inside_arrays_too() -> None:
    """xero.com sends its models in a list (`{"Accounts": [{..., "Class"}]}`):
    the read-only `Class` inside was not seen, so the client's rightful
    omission of it was counted as the client's defect."""
    from generator.replay import _paths

    assert _paths({"Accounts": [{"Code": "1", "Class": "X"}], "n": 1}) == {"/Accounts/0/Code", "/Accounts/0/Class", "/n"}
    assert _paths({"tags": []}) == {"/tags"} and _paths({}) == set()


def test_a_result_that_fails_to_write_back_in_the_clients_code_is_its_defect(gadgets: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """xero.com's null items made its models' to_dict raise while the replay
    compared the result: the whole command stopped with an internal error. A
    failure in the client's code is that example's client defect; one in the
    replay's own code is still an internal error."""
    import importlib

    models = importlib.import_module(f"{gadgets}.models")
    failing: dict[str, typing.Any] = {"__name__": f"{gadgets}.models"}  # (code of the package's own)
    exec("def to_dict(self, **options):\n    return None.to_dict()", failing)  # noqa: S102
    monkeypatch.setattr(models.Gadget, "to_dict", failing["to_dict"])
    verdict = judge(gadgets, "Gadgets_Get", _example("get.json"))
    assert verdict.kind == "client defect"
    assert verdict.reason.startswith("writing the result back raised AttributeError: ")

    def replays_own_failure(self: typing.Any, **options: typing.Any) -> typing.Any:
        raise RuntimeError("the replay's")

    monkeypatch.setattr(models.Gadget, "to_dict", replays_own_failure)
    with pytest.raises(RuntimeError):
        judge(gadgets, "Gadgets_Get", _example("get.json"))


def test_fields_the_models_write_of_themselves_that_the_example_lacks_are_its_defect() -> None:
    """Bing's examples leave out the `_type` discriminators and slack.com's the
    required `ok: true`; the client's models write them back, which the
    replay counted as client defects. Left out of the example, such a field
    is the example's defect; any other field only in the client's is not."""
    from models_client import models

    from generator.replay import ExampleDefect, _explained_by_own_fields, _plain

    cat = models.Animal.from_dict({"kind": "cat", "name": "Tom", "lives": 9})
    with pytest.raises(ExampleDefect, match=r"^/body/kind: left out of the example"):
        _explained_by_own_fields(cat, _plain(cat), {"name": "Tom", "lives": 9}, "/body")
    _explained_by_own_fields(cat, _plain(cat), {"name": "Tom"}, "/body")  # (lives is no constant)
    _explained_by_own_fields(cat, _plain(cat), {"kind": "cat", "name": "Tom", "lives": 9}, "/body")


def test_a_text_answer_whose_example_is_json_is_the_text_of_that_json(gadgets: str) -> None:
    """shutterstock.com's 302 is text/html, its example an object: the
    replay serves the object's JSON text, which the client rightly gives
    back as text (it was counted as the client's defect)."""
    example = {"parameters": {"name": "g1"}, "responses": {"200": {"body": {"text": "moved"}}}}
    assert judge(gadgets, "Gadgets_GetLabel", example).kind == "ok"
    example["responses"]["200"]["body"] = "plain words"
    assert judge(gadgets, "Gadgets_GetLabel", example).kind == "ok"


def test_a_header_value_no_request_can_carry_is_the_examples_defect(gadgets: str) -> None:
    """openbankingproject.ch's examples give a `Signature` header over
    several lines; the client refuses it before sending (a line break would
    start another header), which the replay counted as the client's defect."""
    example = {**_example("put.json")}
    example["parameters"] = {**example["parameters"], "x-signature": "keyId=1,\nsignature=abc"}
    verdict = judge(gadgets, "Gadgets_Put", example)
    assert verdict.kind == "example defect"
    assert verdict.reason.startswith("the client refuses a value of the example no request can carry: header 'x-signature'")
    example["parameters"]["x-signature"] = "keyId=1"
    assert judge(gadgets, "Gadgets_Put", example).kind == "ok"


def test_read_only_fields_in_a_list_body_are_the_examples_defect(gadgets: str) -> None:
    """mist.com's import bodies are lists of models whose examples carry
    read-only fields; the client rightly leaves them out, which only a model
    body was checked for."""
    example = {"parameters": {"gadgets": [{"id": "g1", "size": 3}]}, "responses": {"204": {}}}
    verdict = judge(gadgets, "Gadgets_PutMany", example)
    assert (verdict.kind, verdict.reason) == ("example defect", "/parameters/gadgets: sends fields the spec marks readOnly: /0/id")
    example["parameters"]["gadgets"] = [{"size": 3}]
    assert judge(gadgets, "Gadgets_PutMany", example).kind == "ok"
