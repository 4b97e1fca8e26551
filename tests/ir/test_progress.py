"""The IR tells, as it is built, how many models and enums it holds and how
to see them (for work that starts before it is done, `speculate`): what it
shows is whole, and the finished IR holds the same or replaces it by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import Diagnostics
from generator.ir.front import build_client
from generator.ir.model import BuiltSoFar
from generator.load import SpecLoader

from ..conftest import ROOT

SPECS = [
    *(ROOT / "specs" / "azure-openai-authoring").glob("*/*.json"),
    ROOT / "tests" / "features" / "openapi3" / "spec.yaml",
    ROOT / "tests" / "features" / "models" / "spec.yml",
]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.parent.name + "/" + p.name)
def test_progress_shows_whole_named_types_that_the_finished_ir_keeps_by_name(spec: Path) -> None:
    seen: list[tuple[int, BuiltSoFar]] = []
    diagnostics = Diagnostics()
    client = build_client(
        SpecLoader(diagnostics, spec.parent),
        diagnostics,
        "client",
        spec,
        lambda count, built: seen.append((count, built())),
    )
    assert client is not None and seen
    counts = [count for count, _ in seen]
    assert counts == sorted(counts)
    for count, so_far in seen:
        assert count == len(so_far.models) + len(so_far.enums)
        assert all(u.members for u in so_far.unions)  # (as ClientSpec holds them)
    final_models = {m.name for m in client.models}
    last = seen[-1][1]
    assert {m.name for m in last.models} <= final_models
    assert last.enums == client.enums and last.unions == client.unions
