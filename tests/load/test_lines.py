"""A diagnostic's line: where its JSON pointer is in the file as written."""

from __future__ import annotations

from generator.load.lines import LineFinder


def test_a_pointer_names_the_line_of_its_key() -> None:
    lines = LineFinder()
    lines.remember("spec.json", '{\n  "paths": {\n    "/a": {\n      "get": {}\n    }\n  }\n}\n')
    assert lines.line_of("spec.json", "/paths/~1a/get") == 4
    assert lines.line_of("spec.json", "/paths/~1missing") == 2  # (as far as it goes)
    assert lines.line_of("other.json", "/paths") == 0


def test_a_document_on_one_line_is_on_line_one_without_being_composed() -> None:
    """Minified JSON (APIs.guru's Microsoft Graph, 20 MB on one line): every
    place is on line 1, and composing the document for it took 18 s."""
    lines = LineFinder()
    lines.remember("graph.json", '{"paths": {"/a": {"get": {}}}}\n')
    assert lines.line_of("graph.json", "/paths/~1a/get") == 1
    assert lines._nodes == {}
