"""The models module's enums and models rendered while the IR is still being
built: what is kept is exactly what rendering them after the IR gives,
whatever the IR changed in between, and the rest is rendered after."""

from __future__ import annotations

import os
import re
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator import speculate
from generator.emit import models_module
from generator.emit.models_module import lookup_tables, render_units
from generator.ir.model import (
    BuiltSoFar,
    Enum,
    EnumMember,
    Model,
    Property,
    TypeRef,
    UnionType,
)
from generator.speculate import Speculation

PARENT = os.getpid()


def enum(name: str, *values: str) -> Enum:
    members = tuple(EnumMember(v.upper(), v, "") for v in values)
    return Enum(name, "", members, "str", True, "")


def model(name: str, *fields: tuple[str, TypeRef], description: str = "") -> Model:
    properties = tuple(
        Property(field, field, kind, False, False, "") for field, kind in fields
    )
    return Model(name, description, properties, "")


def union(name: str, *members: TypeRef) -> UnionType:
    return UnionType(name, "", "", members)


COLOR = enum("Color", "red", "green")
PAINT = model("Paint", ("color", TypeRef("enum", "Color")))
BRUSH = model("Brush", ("width", TypeRef("int")))
SHAPE = union("_read_shape", TypeRef("model", "Paint"), TypeRef("model", "Brush"))
CANVAS = model("Canvas", ("shape", TypeRef("union", "_read_shape")))


def speculate_on(
    rounds: list[BuiltSoFar], final: Any, prepare: Any = None
) -> tuple[dict[tuple[str, str], str], list[list[str]]]:
    """What a speculation handed `rounds` (one process each, one after the
    other) keeps for the finished IR `final`, and its batches' summaries
    (here: the names of the classes in each batch)."""
    speculation: Speculation[str, list[str]] = Speculation(
        prepare or (lambda text: text), classes
    )
    for count, so_far in enumerate(rounds, start=1):
        speculation.progress(count * speculate.ROUND_UNITS, lambda: so_far)
        deadline = time.monotonic() + 30
        while speculation.busy() and time.monotonic() < deadline:
            time.sleep(0.01)
    return speculation.results(final)


def classes(texts: list[str]) -> list[str]:
    return [re.search(r"class (\w+)", text)[1] for text in texts]  # type: ignore[index]


def speculated(
    rounds: list[BuiltSoFar], final: Any, prepare: Any = None
) -> dict[tuple[str, str], str]:
    return speculate_on(rounds, final, prepare)[0]


def finished(*, models: tuple[Model, ...], enums=(), unions=()) -> Any:  # type: ignore[no-untyped-def]
    # (results reads a ClientSpec's models, enums and unions: nothing else)
    return SimpleNamespace(models=models, enums=enums, unions=unions)


def rendered(final: Any, *objects: Enum | Model) -> list[str]:
    enums, unions = lookup_tables(final.enums, final.unions)
    return render_units(objects, enums, unions)


@pytest.fixture(autouse=True)
def every_unit_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speculate, "ROUND_UNITS", 1)


def test_what_did_not_change_is_kept_as_rendering_after_the_ir_gives_it() -> None:
    so_far = BuiltSoFar(models=(PAINT, BRUSH), enums=(COLOR,), unions=())
    final = finished(models=(PAINT, BRUSH), enums=(COLOR,))
    kept = speculated([so_far], final)
    assert list(kept) == [("enum", "Color"), ("model", "Paint"), ("model", "Brush")]
    assert list(kept.values()) == rendered(final, COLOR, PAINT, BRUSH)


def test_a_model_the_ir_replaced_is_rendered_again_and_an_equal_one_is_not() -> None:
    changed = replace(PAINT, description="Now with a description.")
    rebuilt = replace(BRUSH)  # (another object, equal to the one handed out)
    so_far = BuiltSoFar(models=(PAINT, BRUSH), enums=(COLOR,), unions=())
    final = finished(models=(changed, rebuilt), enums=(COLOR,))
    kept = speculated([so_far], final)
    assert set(kept) == {("enum", "Color"), ("model", "Brush")}
    assert kept[("model", "Brush")] == rendered(final, rebuilt)[0]


def test_a_model_whose_enum_changed_is_rendered_again() -> None:
    more = enum("Color", "red", "green", "blue")
    so_far = BuiltSoFar(models=(PAINT, BRUSH), enums=(COLOR,), unions=())
    final = finished(models=(PAINT, BRUSH), enums=(more,))
    assert set(speculated([so_far], final)) == {("model", "Brush")}


def test_a_lookup_that_missed_counts_when_the_entry_appears_later() -> None:
    # The union did not exist yet when Canvas was rendered (its field was
    # `Any` then); once it does, Canvas's text is not the one to keep.
    so_far = BuiltSoFar(models=(PAINT, BRUSH, CANVAS), enums=(COLOR,), unions=())
    final = finished(models=(PAINT, BRUSH, CANVAS), enums=(COLOR,), unions=(SHAPE,))
    kept = speculated([so_far], final)
    assert ("model", "Canvas") not in kept
    assert set(kept) == {("enum", "Color"), ("model", "Paint"), ("model", "Brush")}


def test_units_built_later_go_to_a_later_process() -> None:
    first = BuiltSoFar(models=(PAINT,), enums=(COLOR,), unions=())
    second = BuiltSoFar(models=(PAINT, BRUSH, CANVAS), enums=(COLOR,), unions=(SHAPE,))
    final = finished(models=(PAINT, BRUSH, CANVAS), enums=(COLOR,), unions=(SHAPE,))
    kept = speculated([first, second], final)
    assert len(kept) == 4
    assert [kept[("model", n)] for n in ("Paint", "Brush", "Canvas")] == rendered(
        final, PAINT, BRUSH, CANVAS
    )


def test_a_batch_kept_whole_keeps_its_summary_and_one_kept_in_part_is_summarized_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speculate, "BATCH", 2)  # (Color, Paint) and (Brush)
    changed = replace(PAINT, description="Now with a description.")
    so_far = BuiltSoFar(models=(PAINT, BRUSH), enums=(COLOR,), unions=())
    _, whole = speculate_on([so_far], finished(models=(PAINT, BRUSH), enums=(COLOR,)))
    assert whole == [["Color", "Paint"], ["Brush"]]
    final = finished(models=(changed, BRUSH), enums=(COLOR,))
    _, in_part = speculate_on([so_far], final)
    assert in_part == [["Color"], ["Brush"]]


def test_what_failed_in_the_process_is_left_to_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speculate, "BATCH", 1)  # (what came before is kept)

    def prepare(text: str) -> str:
        if os.getpid() != PARENT and "class Brush" in text:
            raise RuntimeError("only in the forked process")
        return text

    so_far = BuiltSoFar(models=(PAINT, BRUSH), enums=(COLOR,), unions=())
    final = finished(models=(PAINT, BRUSH), enums=(COLOR,))
    kept = speculated([so_far], final, prepare)
    assert set(kept) == {("enum", "Color"), ("model", "Paint")}


def test_a_table_read_whole_must_be_whole_the_same() -> None:
    table = speculate._Recording({"a": 1})
    assert table.get("b") is None and "a" in table
    assert table.taken() == frozenset({"a", "b"})
    assert table.taken() == frozenset()  # (forgotten once taken)
    list(table)
    assert table.taken() is None
    assert speculate._still(None, {"a": 1}, {"a": 1})
    assert not speculate._still(None, {"a": 1}, {"a": 1, "b": 2})
    assert speculate._still(frozenset({"a"}), {"a": 1}, {"a": 1, "b": 2})
    assert not speculate._still(frozenset({"b"}), {"a": 1}, {"a": 1, "b": 2})


def test_a_batch_cut_wrongly_is_rendered_a_unit_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    final = finished(models=(PAINT, BRUSH), enums=(COLOR,))
    expected = rendered(final, PAINT, COLOR, BRUSH)
    monkeypatch.setattr(models_module, "UNIT_BREAK", "class")  # (in every text)
    assert rendered(final, PAINT, COLOR, BRUSH) == expected


def test_a_small_spec_forks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # (the real threshold)
    speculation: Speculation[str, int] = Speculation(lambda text: text, len)
    so_far = BuiltSoFar(models=(PAINT, BRUSH), enums=(COLOR,), unions=())
    speculation.progress(3, lambda: so_far)
    assert not speculation.busy()
    final = finished(models=(PAINT, BRUSH), enums=(COLOR,))
    assert speculation.results(final) == ({}, [])


@pytest.mark.parametrize("earlier_run", [False, True], ids=["fresh folder", "earlier run"])
def test_a_whole_run_gives_the_same_files_with_every_unit_guessed(
    earlier_run: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.test_golden import JOBS

    from generator import pipeline
    from generator.pipeline import generate_package

    job = next(j for j in JOBS if j.package == "azure_openai_authoring")
    plain = generate_package(replace(job, output=tmp_path / "plain"))
    if earlier_run:
        # (where an earlier run's files might be reused, units are guessed
        # unformatted, and formatted once that run's file proves stale)
        stale = pipeline.Manifest(raw={"models.py": "stale"})
        monkeypatch.setattr(pipeline.Manifest, "read", classmethod(lambda cls, folder: stale))
    kept: list[int] = []
    real = Speculation.results

    def results(self: Speculation[Any, Any], client: Any) -> Any:
        # (a loaded machine may not have run the low-priority process yet:
        # let it finish, so that its guesses are what is compared)
        deadline = time.monotonic() + 30
        while self.busy() and time.monotonic() < deadline:
            time.sleep(0.01)
        found = real(self, client)
        kept.append(len(found[0]))
        return found

    monkeypatch.setattr(Speculation, "results", results)
    guessed = generate_package(replace(job, output=tmp_path / "guessed"))
    assert guessed.files == plain.files
    assert kept and kept[0] > 0


def test_a_fork_that_fails_leaves_everything_to_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_process(*args: Any, **kwargs: Any) -> Any:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(speculate._Round, "start", no_process)
    so_far = BuiltSoFar(models=(PAINT, BRUSH), enums=(COLOR,), unions=())
    assert speculated([so_far, so_far], finished(models=(PAINT, BRUSH), enums=(COLOR,))) == {}
