"""A big document is built while its shapes are checked on the other core;
whatever the document, the run says and builds exactly what checking first
and building after says and builds: the same errors for a document of the
wrong shape (even where building it alone would crash), the same warnings
and the same IR for a good one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import workshare
from generator.diagnostics import Diagnostics
from generator.ir import build
from generator.ir.front import build_client
from generator.load import SpecLoader

from ..conftest import ROOT

SPECS = sorted(
    [
        *(ROOT / "tests" / "bad_specs").glob("*.*"),
        *(ROOT / "tests" / "features").glob("*/spec.*"),
        ROOT / "tests" / "features" / "openapi3" / "spec.yaml",
    ]
)


def run(spec: Path) -> tuple[list[Any], int, Any]:
    diagnostics = Diagnostics()
    loader = SpecLoader(diagnostics, spec.parent)
    try:
        client = build_client(loader, diagnostics, "client", spec)
    except RecursionError:
        client = "RecursionError"
    return diagnostics.sorted(), diagnostics.ignored, client


@pytest.fixture
def speculating(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every document is built beside its shape checks; the list counts the
    builds that went that way."""
    calls: list[int] = []
    real = workshare.beside

    def beside(task, work):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(task, work)

    monkeypatch.setattr(build, "beside", beside)
    monkeypatch.setattr(build, "SPECULATE_BYTES", -1)
    return calls


@pytest.mark.parametrize("spec", sorted(set(SPECS)), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_building_beside_the_shape_checks_is_checking_first(spec: Path, request: pytest.FixtureRequest) -> None:
    first = run(spec)
    calls = request.getfixturevalue("speculating")
    assert run(spec) == first
    assert calls == [1] or first[2] is None  # (a built client went this way)


@pytest.mark.parametrize("name", ["openapi3_wrong_kinds.yml", "schema_not_a_mapping.yml", "ref_not_string.yml"])
def test_documents_of_the_wrong_shape_go_the_same_way_and_fail_on_the_checks(name: str, speculating: list[int]) -> None:
    diagnostics, _, client = run(ROOT / "tests" / "bad_specs" / name)
    assert speculating == [1] and client is None
    assert any(d.pointer for d in diagnostics)


def test_the_documents_include_ones_whose_build_alone_would_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (the case speculation must get right: the check's errors, no traceback)
    spec = ROOT / "tests" / "bad_specs" / "openapi3_wrong_kinds.yml"
    monkeypatch.setattr(build.SwaggerBuilder, "_check_shapes", lambda self, document: True)
    from generator.ir.openapi3 import OpenApi3Builder

    monkeypatch.setattr(OpenApi3Builder, "_check_shapes", lambda self, document: True)
    with pytest.raises((AttributeError, TypeError)):  # ('bool' object has no attribute 'get')
        run(spec)
    monkeypatch.undo()
    diagnostics, _, client = run(spec)
    assert client is None and diagnostics


def test_a_failure_of_the_build_on_a_well_shaped_document_still_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: Any, document: Any) -> None:
        raise ZeroDivisionError("a defect of the builder")

    monkeypatch.setattr(build.SwaggerBuilder, "_build_checked", broken)
    monkeypatch.setattr(build, "SPECULATE_BYTES", -1)
    with pytest.raises(ZeroDivisionError):
        run(ROOT / "tests" / "features" / "paging" / "spec.yml")
