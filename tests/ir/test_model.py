"""The IR's own helpers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.ir.model import example_of

VALUES: list[Any] = [
    {},
    {"api-version": "2024-01-01", "body": {"name": "a\u2019b", "n": [1, 2.5, None, True]}},
    {"emoji": "\U0001f600", "quote": '"', "backslash": "\\", "nested": {"a": {"b": []}}},
    [],
    None,
]


@pytest.mark.parametrize("parameters", VALUES)
@pytest.mark.parametrize("responses", [{"200": {"body": {"id": 1}}}, {}])
def test_an_examples_text_is_what_json_dumps_writes_and_its_parameters_are_that_part(
    parameters: Any, responses: Any
) -> None:
    example = example_of("title", "file.json", parameters, responses)
    whole = {"parameters": parameters, "responses": responses}
    assert example.data == json.dumps(whole, ensure_ascii=False)
    assert json.loads(example.parameters) == parameters
    assert json.loads(example.data) == whole
