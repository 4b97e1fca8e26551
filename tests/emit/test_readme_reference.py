"""The package README shows how to call each operation: its full signature,
what it returns, what it raises, and the spec's first example as a Python
call, which runs (issue 13, item 5)."""

from __future__ import annotations

import importlib
import inspect
import json
import re

import httpx
import pytest

from generator.config import read_config
from generator.emit.readme import fence
from generator.emit.render import group_module

from ..conftest import ROOT
from ..replay import client_arguments

JOBS = {job.package: job for job in read_config(ROOT / "pyproject.toml")}
HATCHES = {"request_options", "extra_headers", "extra_query", "extra_body", "timeout"}


def sections(package: str) -> dict[str, str]:
    """`client.group.method` -> the README's section about it."""
    readme = (JOBS[package].package_dir / "README.md").read_text(encoding="utf-8")
    parts = re.split(r"^### `(client\.[\w.]+)\(\.\.\.\)`$", readme, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


@pytest.mark.parametrize("package", sorted(JOBS))
def test_every_public_operation_has_its_signature_returns_and_raises(package: str) -> None:
    metadata = importlib.import_module(f"{package}._metadata")
    found = sections(package)
    for operation in metadata.OPERATIONS.values():
        if operation["method"].startswith("_"):
            continue
        call = f"client.{operation['group']}.{operation['method']}"
        section = found[call]
        assert "Returns " in section and "Raises " in section and "HttpResponseError" in section
        group = importlib.import_module(f"{package}.{group_module('_operations', operation['group'])}")
        (cls,) = [c for n, c in inspect.getmembers(group, inspect.isclass) if n.endswith("Operations") and c.__module__ == group.__name__]
        parameters = [p for p in inspect.signature(getattr(cls, operation["method"])).parameters if p not in HATCHES | {"self"}]
        signature = re.search(r"```python\ndef (\w+)\((.*?)\) -> ", section, flags=re.DOTALL)
        assert signature is not None and signature.group(1) == operation["method"]
        shown = [p.strip().split(":")[0] for p in signature.group(2).split(",\n") if p.strip() not in ("", "*", "*,")]
        assert [s.rstrip(",") for s in shown] == parameters, call


def _examples(package: str) -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    data = JOBS[package].package_dir / "_examples.json"
    if not data.is_file():
        return []
    return [(op, listed[0]["title"], listed[0]) for op, listed in json.loads(data.read_text(encoding="utf-8")).items()]


CASES = [(package, op, title, example) for package in sorted(JOBS) for op, title, example in _examples(package)]


@pytest.mark.parametrize(("package", "operation_id", "title", "example"), CASES, ids=[f"{p}:{o}" for p, o, _, _ in CASES])
def test_the_first_example_is_shown_as_a_call_that_runs(package: str, operation_id: str, title: str, example: dict) -> None:  # type: ignore[type-arg]
    metadata = importlib.import_module(f"{package}._metadata")
    module = importlib.import_module(package)
    operation = metadata.OPERATIONS[operation_id]
    section = sections(package)[f"client.{operation['group']}.{operation['method']}"]
    shown = re.search(r"Example \((.*?)\):\n\n(`{3,})python\n(.*?)\n\2", section, flags=re.DOTALL)
    assert shown is not None and shown.group(1) == title
    code = shown.group(3)
    compile(code, "README example", "exec")
    client = module.Client(
        **client_arguments(module.Client, metadata.CLIENT, example["parameters"]),
        http_client=httpx.Client(transport=module.ExampleTransport()),
        polling_interval=0,
    )
    with client:
        exec(code, {"client": client})  # noqa: S102 - the README's own example, on the example double


def test_a_fence_is_longer_than_any_backticks_inside() -> None:
    assert fence('x = "a"') == "```"
    assert fence('x = "```\\n# pwned"') == "````"


def test_the_errors_the_readme_names_are_those_the_runtime_raises() -> None:
    """emit/readme.py keeps its own status -> exception table (the generator
    does not import the runtime it copies); it must say what the runtime does."""
    from azure_openai_authoring import _errors

    from generator.emit.readme import _STATUS_ERRORS

    assert {status: cls.__name__ for status, cls in _errors._BY_STATUS.items()} == _STATUS_ERRORS


@pytest.mark.parametrize(
    ("value", "kind", "shown"),
    [
        # .NET's seven digits and `Z`: Python 3.10's fromisoformat reads neither
        ("2023-05-01T10:20:30.1234567Z", "datetime", "2023-05-01T10:20:30.123456+00:00"),
        ("2023-05-01t10:20:30.5z", "datetime", "2023-05-01T10:20:30.500000+00:00"),
        # RFC 1123 is no ISO spelling at all (and year 1 stays year 1)
        ("Mon, 01 Jan 0001 00:00:00 GMT", "rfc1123", "0001-01-01T00:00:00+00:00"),
        ("Wed, 21 Oct 2015 07:28:00 GMT", "rfc1123", "2015-10-21T07:28:00+00:00"),
        ("2023-05-01", "date", "2023-05-01"),
        ("not a date", "datetime", "not a date"),  # a defective example, as written
    ],
)
def test_an_example_date_is_shown_as_every_supported_python_reads_it(value: str, kind: str, shown: str) -> None:
    from generator.emit.readme import _Values
    from generator.ir.model import TypeRef

    rendered = _Values({}).value(value, TypeRef(kind))  # type: ignore[arg-type]
    function = "date" if kind == "date" else "datetime"
    assert rendered == f'datetime.{function}.fromisoformat("{shown}")'
