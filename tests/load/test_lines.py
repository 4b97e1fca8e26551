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


def test_a_json_document_is_read_for_its_lines_without_being_composed() -> None:
    """A warning on GitHub's 12 MB spec (its upload operation's own servers)
    composed the file into YAML nodes: 0.8 s and 186 MB for one line number.
    A JSON text is read only along the pointer, values skipped unmade, and
    each line is the one composing gives (keys escaped, strings holding
    brackets, arrays, places that are not there, lookups in any order)."""
    import json

    document = {
        "info": {"title": 'a "{[" b', "x-list": [1, {"k": "v"}, [2, 3]]},
        "paths": {
            "/a/{id}": {"get": {"responses": {"200": {"description": "ok}]"}}}},
            "/b~c": {"post": {"parameters": [{"name": "q"}, {"name": "r", "schema": {"type": "string"}}]}},
        },
        "components": {"schemas": {"Pet": {"properties": {"name": {"type": "string"}}}}},
    }
    text = json.dumps(document, indent=3)
    pointers = [
        "/components/schemas/Pet/properties/name/type",
        "/paths/~1a~1{id}/get/responses/200/description",
        "/paths/~1b~0c/post/parameters/1/schema",
        "/info/x-list/2/1",
        "/info/x-list/1/k",
        "/paths/~1missing/get",
        "/paths/~1b~0c/post/parameters/7",
        "/info/title/deeper",
        "/paths/~1a~1{id}/get",
        "",
    ]
    fast = LineFinder()
    fast.remember("spec.json", text)
    found = [fast.line_of("spec.json", p) for p in pointers]
    assert fast._nodes == {}  # (never composed)
    composed = LineFinder()
    composed.remember("spec.yaml", "# the same document read as YAML\n" + text)
    assert found == [composed.line_of("spec.yaml", p) - 1 for p in pointers]
    assert found[0] > found[1] > 1  # (they are real lines, not all the first)


def test_yaml_that_opens_with_a_flow_mapping_is_composed_for_its_lines() -> None:
    """A document starting with `{` may be YAML (keys unquoted): the JSON
    reading gives up on it rather than guess, and composing gives the line."""
    lines = LineFinder()
    lines.remember("spec.yaml", '{swagger: "2.0",\n paths: {"/a": {get: {}},\n  "/b": {get: {}}}}\n')
    assert lines.line_of("spec.yaml", "/paths/~1b/get") == 3
    assert lines._nodes != {}
