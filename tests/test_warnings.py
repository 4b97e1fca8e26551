"""Warnings have stable codes (`W012 missing-example`) that `ignore` in the
config and `--ignore` name, and that `--strict` respects; this repository's
own clients generate without a warning (issue 13, item 9)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import parse_ignore, read_config
from generator.diagnostics import WARNINGS, GenerationFailed, Ignore
from generator.pipeline import generate_package

from .conftest import ROOT
from .test_cli import run

SPEC = """\
swagger: "2.0"
info: {title: Warned, version: "1.0"}
host: example.com
paths:
  /a:
    get:
      operationId: A_Get
      x-ms-examples:
        One: {$ref: ./examples/one.json}
        Two: {$ref: ./examples/two.json}
      parameters:
        - {name: ids, in: query, type: array, items: {type: string}, collectionFormat: commas}
      responses:
        "200": {description: OK, schema: {$ref: "#/definitions/Thing"}}
definitions:
  Thing:
    type: object
    properties:
      kind: {type: string, enum: [a, b], x-ms-enum: {name: Kind, values: [{value: a}, {value: b}, {value: c}]}}
"""


def project(tmp_path: Path, ignore: str = "") -> Path:
    (tmp_path / "spec.yml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.generator]\n\n[[tool.generator.clients]]\nspec = "spec.yml"\npackage = "warned"\n' + ignore,
        encoding="utf-8",
    )
    return tmp_path


def test_every_warning_says_its_code_and_name(tmp_path: Path) -> None:
    result = run("generate", "-q", cwd=project(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 5, lines
    assert any("/parameters/0: warning W001 (spec-validator): openapi-spec-validator:" in line for line in lines)
    assert any("/paths/~1a/get/x-ms-examples/One: warning W012 (missing-example): x-ms-examples 'One'" in line for line in lines)
    assert any(": warning W003 (collection-format): collectionFormat 'commas'" in line for line in lines)
    assert any(": warning W005 (enum-values): x-ms-enum lists 'c'" in line for line in lines)


def test_ignore_in_the_config_by_code_name_or_pointer(tmp_path: Path) -> None:
    rules = (
        'ignore = ["W003", "spec-validator", { code = "missing-example", pointer = "/paths/~1a/get/x-ms-examples/One",'
        ' reason = "upstream never had it" }]\n'
    )
    result = run("generate", "-q", cwd=project(tmp_path, rules))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert [line.split(": warning ")[1].split(":")[0] for line in lines] == ["W012 (missing-example)", "W005 (enum-values)"]
    assert "examples/two.json" in lines[0]


def test_a_pointer_covers_what_is_below_it_and_strict_fails_only_on_what_is_left(tmp_path: Path) -> None:
    folder = project(tmp_path, 'ignore = ["missing-example:/paths/~1a", "enum-values", "W001"]\n')
    strict = run("generate", "-q", "--strict", cwd=folder)
    assert strict.returncode == 2 and "error W003 (collection-format)" in strict.stderr
    assert not (folder / "generated").exists()  # nothing written
    assert run("generate", "-q", "--strict", "--ignore", "W003", cwd=folder).returncode == 0


@pytest.mark.parametrize(
    "rule",
    ['ignore = ["W999"]', 'ignore = ["missing-exampel"]', 'ignore = [{ code = "W012", pointr = "/paths" }]', "ignore = [12]"],
)
def test_an_ignore_rule_that_names_no_warning_is_an_error_not_a_silence(tmp_path: Path, rule: str) -> None:
    result = run("generate", "-q", cwd=project(tmp_path, rule + "\n"))
    assert result.returncode == 2
    assert "names no warning" in result.stderr and "W012 missing-example" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_summary_of_many_missing_examples_counts_only_those_not_ignored() -> None:
    (job,) = [j for j in read_config(ROOT / "pyproject.toml") if j.package == "appconfiguration"]
    four = replace(job, ignore=job.ignore[:4])
    found = [d for d in generate_package(four).diagnostics if d.code == "W012"]
    assert len(found) == 3  # three left: each named, not summed up
    assert all("which does not exist" in d.message for d in found)


def test_ignore_rules_parse_codes_names_and_pointers() -> None:
    assert parse_ignore(["W012", "missing-example:/paths/~1a", {"code": "w005"}], "x") == (
        Ignore("W012"),
        Ignore("W012", "/paths/~1a"),
        Ignore("W005"),
    )
    with pytest.raises(GenerationFailed):
        parse_ignore(["nothing"], "x")
    assert len({name for name, _ in WARNINGS.values()}) == len(WARNINGS)  # names are unique


@pytest.mark.parametrize("job", read_config(ROOT / "pyproject.toml"), ids=lambda j: j.package)
def test_this_repositorys_clients_generate_without_a_warning(job) -> None:  # type: ignore[no-untyped-def]
    package = generate_package(job, validate=True, strict=True)
    assert package.diagnostics == []


def test_the_readme_lists_every_warning_and_its_ignore_example_parses() -> None:
    import re
    import tomllib

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (W\d{3}) \| ([a-z-]+) \|", readme, flags=re.MULTILINE))
    assert table == {code: name for code, (name, _) in WARNINGS.items()}
    blocks = [b for b in re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL) if "ignore" in b]
    assert blocks
    for block in blocks:
        for client in tomllib.loads(block)["tool"]["generator"]["clients"]:
            assert parse_ignore(client["ignore"], "README")
