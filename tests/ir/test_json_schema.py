"""What a schema says, read without building anything (`ir/json_schema.py`):
the rules every front end's schemas are read by."""

from __future__ import annotations

import pytest

from generator.ir.json_schema import (
    has_choices,
    inline_single_value,
    is_object,
    json_type,
    required_constant,
    required_names,
    single_value,
    type_of_values,
    value_in_mapping,
    wrapped_part,
)
from generator.load import Location


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, "string"),
        ({"type": ["string", "null"]}, "string"),  # 3.1's nullable
        ({"type": ["integer", "number"]}, "number"),  # an integer is a number
        ({"type": ["string", "integer"]}, None),  # several: no one type
        ({"type": "null"}, None),  # only null: nothing to type
        ({}, None),
        ({"type": "strnig"}, "strnig"),  # unknown: warned about where read
    ],
)
def test_a_schema_has_one_type_null_aside(schema: dict, expected: object) -> None:
    assert json_type(schema) == expected


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "object", "properties": {"a": {}}}, True),
        ({"properties": {"a": {}}}, True),  # untyped, with properties
        ({"allOf": [{"$ref": "#/definitions/X"}]}, True),
        ({"type": "object"}, True),  # an empty model
        ({"type": "object", "additionalProperties": {}}, False),  # a map
        ({"type": "object", "properties": {"a": {}}, "additionalProperties": {}}, True),
        ({"type": "object", "enum": [{}]}, False),
        ({"type": "object", "format": "file"}, False),  # Azure's upload
        ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, False),  # a union
        ({"oneOf": [{"type": "string"}], "properties": {"a": {}}}, True),
        ({"type": "string"}, False),
        ({}, False),
    ],
)
def test_an_object_schema_is_a_model_unless_it_is_a_map_an_enum_or_a_union(
    schema: dict, expected: bool
) -> None:
    assert is_object(schema) is expected


def test_one_of_comes_before_any_of_and_empty_lists_offer_no_choice() -> None:
    assert has_choices({"oneOf": [{}], "anyOf": [{}, {}]})
    assert not has_choices({"oneOf": []})
    assert not has_choices({"anyOf": "not a list"})


def test_a_single_value_is_the_one_enum_member_or_the_const() -> None:
    assert single_value({"enum": ["only"]}) == "only"
    assert single_value({"const": 0}) == 0
    assert single_value({"enum": ["a", "b"]}) is None
    assert single_value({"enum": ["a"], "const": "b"}) == "a"  # (enum first)
    assert single_value({}) is None


def test_a_parameter_is_a_constant_only_when_required() -> None:
    assert required_constant({"required": True, "enum": ["v1"]}) == "v1"
    assert required_constant({"enum": ["v1"]}) is None


def test_an_inline_single_value_without_an_enum_name_is_no_class() -> None:
    assert inline_single_value({"enum": [""]}, named=False)
    assert not inline_single_value({"enum": [""]}, named=True)
    assert not inline_single_value(
        {"enum": ["x"], "x-ms-enum": {"name": "Kind"}}, named=False
    )
    assert not inline_single_value({"enum": ["x", "y"]}, named=False)


def test_an_untyped_enum_has_the_type_all_its_values_share() -> None:
    assert type_of_values(["a", "b"]) == "string"
    assert type_of_values([1, 2]) == "integer"
    assert type_of_values([True]) == "boolean"  # (not an integer)
    assert type_of_values([1, "a"]) is None
    assert type_of_values([None]) is None
    assert type_of_values("not a list") is None


def test_required_names_are_the_strings_listed() -> None:
    assert required_names({"required": ["a", 1, None, "b"]}) == {"a", "b"}
    assert required_names({"required": True}) == set()  # a parameter's view


def test_a_mapping_names_a_schema_by_ref_or_by_name() -> None:
    base = {
        "discriminator": {
            "propertyName": "kind",
            "mapping": {
                "cat": "#/components/schemas/Cat",
                "dog": "Dog",
                "odd": 7,
            },
        }
    }
    at = Location("spec.yml", "/components/schemas/Cat")
    assert value_in_mapping(base, at) == "cat"
    assert (
        value_in_mapping(base, Location("spec.yml", "/components/schemas/Dog")) == "dog"
    )
    assert (
        value_in_mapping(base, Location("spec.yml", "/components/schemas/Eel")) is None
    )
    assert value_in_mapping({"discriminator": "kind"}, at) is None  # Swagger's


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"allOf": [{"$ref": "#/x"}, {"description": "d"}]}, 0),  # AWS's every property
        ({"allOf": [{"description": "d"}, {"$ref": "#/x"}]}, 1),
        ({"allOf": [{"$ref": "#/x"}], "nullable": True}, 0),  # OpenAPI 3.0's nullable ref
        ({"allOf": [{"$ref": "#/x"}], "type": "string", "description": "d"}, 0),
        ({"allOf": [{"$ref": "#/x"}, {"maxLength": 3, "readOnly": True}]}, 0),  # narrows only
        ({"name": "id", "in": "path", "required": True, "allOf": [{"$ref": "#/x"}]}, 0),  # a parameter's view
        ({"allOf": [{"$ref": "#/x"}, {"$ref": "#/y"}]}, None),  # two types: a composition
        ({"allOf": [{"$ref": "#/x"}, {"properties": {"a": {}}}]}, None),  # a subtype
        ({"allOf": [{"$ref": "#/x"}], "properties": {"a": {}}}, None),
        ({"allOf": [{"$ref": "#/x"}], "required": ["a"]}, None),
        ({"allOf": [{"$ref": "#/x"}], "x-ms-discriminator-value": "cat"}, None),
        ({"allOf": [{"description": "only words"}]}, None),
        ({"$ref": "#/x"}, None),
    ],
)
def test_a_wrapper_is_an_allof_of_one_typed_part_and_descriptions(schema: dict, expected: int | None) -> None:
    assert wrapped_part(schema) == expected
