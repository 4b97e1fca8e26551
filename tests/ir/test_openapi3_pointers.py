"""Diagnostics about an OpenAPI 3 document name its own places: the views
the shared layers read (a body as a parameter, a response's one schema, a
parameter with its schema's fields) have places the document does not.
Each warning below is about a schema the views reach in a different way;
every pointer must resolve in the document, on the line of that schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import ClientJob
from generator.pipeline import generate_package

DOCUMENT = """\
openapi: 3.0.3
info: {title: Places, version: '1'}
servers: [{url: 'https://example.com'}]
paths:
  /things/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: intg}}
    post:
      operationId: things_post
      parameters:
        - name: q
          in: query
          schema: {type: strin}
        - name: filter
          in: query
          content:
            application/json:
              schema: {type: objx}
        - $ref: '#/components/parameters/A'
      requestBody:
        content:
          application/json:
            schema: {type: objectt}
      responses:
        '200':
          description: ok
          headers:
            X-A:
              schema: {type: intt}
          content:
            application/json:
              schema: {type: arrayy}
        '201': {$ref: '#/components/responses/R'}
        4XX:
          description: bad
          content:
            application/json:
              schema: {type: nope}
  /forms:
    put:
      operationId: forms_put
      requestBody: {$ref: '#/components/requestBodies/Form'}
      responses:
        '204': {description: done}
  /other:
    patch:
      operationId: other_patch
      requestBody: {$ref: '#/components/requestBodies/B'}
      responses:
        '204': {description: done}
components:
  parameters:
    A:
      name: a
      in: header
      schema: {type: stringg}
  requestBodies:
    B:
      content:
        application/json:
          schema: {type: boo}
    Form:
      content:
        multipart/form-data:
          schema:
            type: object
            properties:
              first: {type: string}
              second: {type: numbr}
  responses:
    R:
      description: made
      content:
        text/plain:
          schema: {type: txt}
"""

EXPECTED = {
    # pointer: the unknown type its schema has
    "/paths/~1things~1{id}/parameters/0": "intg",
    "/paths/~1things~1{id}/post/parameters/0": "strin",  # (the parameter: as Swagger's)
    "/paths/~1things~1{id}/post/parameters/1": "objx",  # (the parameter: as Swagger's)
    "/components/parameters/A": "stringg",
    "/paths/~1things~1{id}/post/requestBody/content/application~1json/schema": "objectt",
    "/paths/~1things~1{id}/post/responses/200/headers/X-A": "intt",
    "/paths/~1things~1{id}/post/responses/200/content/application~1json/schema": "arrayy",
    "/components/responses/R/content/text~1plain/schema": "txt",
    "/paths/~1things~1{id}/post/responses/4XX/content/application~1json/schema": "nope",
    "/components/requestBodies/Form/content/multipart~1form-data/schema/properties/second": "numbr",
    "/components/requestBodies/B/content/application~1json/schema": "boo",
}


def resolve(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


@pytest.fixture(scope="module")
def warnings(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    folder = tmp_path_factory.mktemp("places")
    (folder / "places.yaml").write_text(DOCUMENT, encoding="utf-8")
    package = generate_package(ClientJob(folder / "places.yaml", folder / "out", "places", folder))
    return [d for d in package.diagnostics if d.code == "W002"]


def schema_of(place: Any) -> Any:
    """The schema a place is, or the one a parameter or header has."""
    if "schema" in place:
        return place["schema"]
    if "content" in place:
        return next(iter(place["content"].values()))["schema"]
    return place


def test_each_warning_names_its_schema_in_the_document(warnings: list[Any]) -> None:
    document = yaml.safe_load(DOCUMENT)
    found = {d.pointer: d.message.split("'")[1] for d in warnings}
    assert found == EXPECTED
    for pointer, kind in found.items():
        assert schema_of(resolve(document, pointer))["type"] == kind, pointer


def test_each_warning_is_on_the_line_of_its_place(warnings: list[Any]) -> None:
    lines = DOCUMENT.splitlines()
    for d in warnings:
        kind = d.message.split("'")[1]
        # a schema's own line, or the first of the parameter or header that has it
        own = f"type: {kind}" in lines[d.line - 1] or f"type: {kind}" in lines[d.line]
        holder = d.pointer.endswith(("parameters/0", "parameters/1", "parameters/A", "X-A"))
        assert own or holder, (d.pointer, d.line)


def test_a_pointer_no_view_made_stays_as_it_is() -> None:
    from generator.diagnostics import Diagnostics
    from generator.ir.openapi3_pointers import document_pointer
    from generator.load import SpecLoader

    class Loaded:
        data = yaml.safe_load(DOCUMENT)

    loader = SpecLoader(Diagnostics(), Path("."))
    loader.document = lambda display: Loaded()  # type: ignore[method-assign, assignment, return-value]
    for pointer in ("/paths/~1nowhere/get", "/components/schemas/Missing/type", "/paths/~1things~1{id}/post/parameters/9"):
        assert document_pointer(loader, "places.yaml", pointer) == pointer
