"""Reading specs and resolving refs."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.load import Location, SpecLoader
from generator.load.yaml_reader import parse_yaml


def test_yaml_1_1_surprises_do_not_change_strings() -> None:
    data = parse_yaml("version: 2024-02-01T00:00:00Z\ndate: 2023-06-01\non: yes\nflag: true\n")
    assert data == {"version": "2024-02-01T00:00:00Z", "date": "2023-06-01", "on": "yes", "flag": True}


def _loader(tmp_path: Path) -> tuple[SpecLoader, Diagnostics]:
    diagnostics = Diagnostics()
    return SpecLoader(diagnostics, tmp_path), diagnostics


def test_refs_into_other_files_resolve_relative_to_the_referring_file(tmp_path: Path) -> None:
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "types.json").write_text('{"definitions": {"Id": {"type": "string"}}}')
    (tmp_path / "common" / "more.yaml").write_text("definitions:\n  Ref:\n    $ref: './types.json#/definitions/Id'\n")
    (tmp_path / "spec.yml").write_text("x: 1\n")
    loader, diagnostics = _loader(tmp_path)
    root = loader.load(tmp_path / "spec.yml")
    assert root is not None
    found = loader.deref({"$ref": "common/more.yaml#/definitions/Ref"}, Location(root.display, "/x"))
    assert found is not None and found[0] == {"type": "string"}
    assert found[1].file.endswith("common/types.json") and found[1].pointer == "/definitions/Id"
    assert not diagnostics.items


def test_remote_refs_are_refused(tmp_path: Path) -> None:
    (tmp_path / "spec.yml").write_text("x: 1\n")
    loader, diagnostics = _loader(tmp_path)
    root = loader.load(tmp_path / "spec.yml")
    assert root is not None
    assert loader.resolve("https://example.com/x.json#/a", Location(root.display, "/x")) is None
    (problem,) = diagnostics.items
    assert "remote reference" in problem.message and "never uses the network" in problem.message


def test_refs_may_not_leave_the_allowed_folder(tmp_path: Path) -> None:
    inside = tmp_path / "inside"
    inside.mkdir()
    (tmp_path / "secret.json").write_text("{}")
    (inside / "spec.yml").write_text("x: 1\n")
    diagnostics = Diagnostics()
    loader = SpecLoader(diagnostics, inside)
    root = loader.load(inside / "spec.yml")
    assert root is not None
    assert loader.resolve("../secret.json", Location(root.display, "/x")) is None
    assert "leaves the allowed folder" in diagnostics.items[0].message


def test_a_ref_loop_without_structure_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "spec.yml").write_text("a:\n  $ref: '#/b'\nb:\n  $ref: '#/a'\n")
    loader, diagnostics = _loader(tmp_path)
    root = loader.load(tmp_path / "spec.yml")
    assert root is not None
    assert loader.deref({"$ref": "#/a"}, Location(root.display, "/x")) is None
    assert "loops" in diagnostics.items[0].message


def test_a_ref_resolves_once_per_file_and_a_broken_one_is_reported_where_each_use_is(tmp_path: Path) -> None:
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "types.json").write_text('{"definitions": {"Id": {"type": "string"}}}')
    (tmp_path / "spec.yml").write_text("definitions:\n  A: {}\n")
    loader, diagnostics = _loader(tmp_path)
    root = loader.load(tmp_path / "spec.yml")
    assert root is not None
    first = loader.resolve("common/types.json#/definitions/Id", Location(root.display, "/a"))
    again = loader.resolve("common/types.json#/definitions/Id", Location(root.display, "/b"))
    assert first is not None and again is not None and again[0] is first[0] and again[1] == first[1]
    for pointer in ("/a", "/b"):
        assert loader.resolve("#/definitions/Missing", Location(root.display, pointer)) is None
    assert [d.pointer for d in diagnostics.items] == ["/a", "/b"]
    # (from another file the same text means another target)
    other = loader.resolve("#/definitions/Id", Location(first[1].file, "/x"))
    assert other is not None and other[0] == {"type": "string"}
    assert loader.resolve("#/definitions/Id", Location(root.display, "/c")) is None


def test_releasing_the_parsed_files_forgets_what_refs_resolved_to(tmp_path: Path) -> None:
    (tmp_path / "spec.yml").write_text("definitions:\n  A: {type: string}\n")
    loader, _ = _loader(tmp_path)
    root = loader.load(tmp_path / "spec.yml")
    assert root is not None
    assert loader.resolve("#/definitions/A", Location(root.display, "/x")) is not None
    loader.release_parsed()
    assert loader.resolve("#/definitions/A", Location(root.display, "/x")) is None


def test_a_plain_name_fragment_is_the_schema_of_that_anchor(tmp_path: Path) -> None:
    """`$ref: "#point"` (JSON Schema 2020-12, OpenAPI 3.1) names the schema
    whose `$anchor` is `point` (or, as draft 4 spells it, whose `$id` is
    `#point`); it was read as the empty pointer, the whole document. One no
    schema defines is an error where the ref is."""
    (tmp_path / "spec.json").write_text(
        '{"components": {"schemas": {"P": {"$anchor": "point", "type": "object"},'
        ' "Q": {"items": [{"$id": "#old", "type": "string"}]}}}, "x": 1}'
    )
    loader, diagnostics = _loader(tmp_path)
    root = loader.load(tmp_path / "spec.json")
    assert root is not None
    at = Location(root.display, "/x")
    found = loader.resolve("#point", at)
    assert found is not None and found[0] == {"$anchor": "point", "type": "object"}
    assert found[1].pointer == "/components/schemas/P"
    old = loader.resolve("#old", at)
    assert old is not None and old[1].pointer == "/components/schemas/Q/items/0"
    assert loader.resolve("#nowhere", at) is None
    assert [d.message for d in diagnostics.items] == [
        f"$ref '#nowhere' points to nothing: {root.display} has no schema with `$anchor: nowhere`; fix the name or define it"
    ]
