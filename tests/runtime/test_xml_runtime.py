"""The XML runtime (`_xml.py`, copied into clients with XML bodies) on shapes
written here: what the content feature spec does not exercise (namespaces and
prefixes on the way out, polymorphism, xsi:nil, nested unknown elements)."""

from __future__ import annotations

import pytest

from content_client._xml import Field, Root, Shape, Value

SHAPES = {
    "Fleet": Shape(
        "Fleet",
        (
            Field("owner", "Owner", Value("str"), placement="attribute", prefix="f", namespace="urn:fleet"),
            Field("vehicles", "Vehicles", Value("list", item=Value("model", model="Vehicle"), item_name="Vehicle", wrapped=True)),
            Field("note", "Note", Value("str"), prefix="n", namespace="urn:notes"),
        ),
        prefix="f",
        namespace="urn:fleet",
    ),
    "Vehicle": Shape(
        "Vehicle",
        (Field("kind", "kind", Value("str"), placement="attribute"), Field("wheels", "Wheels", Value("int"))),
        discriminator="kind",
        subtypes={"boat": "Boat"},
    ),
    "Boat": Shape(
        "Vehicle",
        (
            Field("kind", "kind", Value("str"), placement="attribute"),
            Field("wheels", "Wheels", Value("int")),
            Field("draft", "Draft", Value("float")),
        ),
    ),
}
FLEET = Root("Fleet", Value("model", model="Fleet"), SHAPES, prefix="f", namespace="urn:fleet")


def test_prefixes_and_namespaces_are_declared_where_they_are_used() -> None:
    data = {"owner": "ana", "vehicles": [{"kind": "car", "wheels": 4}], "note": "hi"}
    assert FLEET.dumps(data) == (
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<f:Fleet xmlns:f="urn:fleet" f:Owner="ana"><Vehicles><Vehicle kind="car"><Wheels>4</Wheels></Vehicle></Vehicles>'
        b'<n:Note xmlns:n="urn:notes">hi</n:Note></f:Fleet>'
    )
    # Read back by local names, whatever the prefixes.
    assert FLEET.loads(FLEET.dumps(data)) == data


def test_a_discriminator_picks_the_subtype_shape_both_ways() -> None:
    document = (
        b'<Fleet><Vehicles><Vehicle kind="boat"><Wheels>0</Wheels><Draft>1.5</Draft></Vehicle>'
        b'<Vehicle kind="car"><Wheels>4</Wheels><Draft>9</Draft></Vehicle></Vehicles></Fleet>'
    )
    boat, car = FLEET.loads(document)["vehicles"]
    assert boat == {"kind": "boat", "wheels": 0, "draft": 1.5}
    assert car == {"kind": "car", "wheels": 4, "Draft": "9"}  # a car has no draft: kept as unknown
    assert b"<Draft>1.5</Draft>" in FLEET.dumps({"vehicles": [boat]})


def test_nil_empty_and_unknown_nested_elements() -> None:
    document = (
        b'<Fleet xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        b'<Note xsi:nil="true"/><Vehicles/><Extra><A>1</A><A>2</A><B/></Extra></Fleet>'
    )
    assert FLEET.loads(document) == {"note": None, "vehicles": [], "Extra": {"A": ["1", "2"], "B": ""}}
    # Unknown fields go back out as elements; None values are left out.
    assert FLEET.dumps({"note": None, "Extra": {"A": ["1", "2"]}}).endswith(
        b'<f:Fleet xmlns:f="urn:fleet"><Extra><A>1</A><A>2</A></Extra></f:Fleet>'
    )


def test_entity_declarations_are_refused_before_parsing() -> None:
    with pytest.raises(ValueError, match="DTD"):
        FLEET.loads(b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Fleet>&e;</Fleet>')


def test_text_that_is_not_what_the_spec_says_is_kept_and_broken_xml_is_a_value_error() -> None:
    document = b'<Fleet><Vehicles><Vehicle kind="car"><Wheels>n/a</Wheels></Vehicle><Vehicle><Wheels> </Wheels></Vehicle></Vehicles></Fleet>'
    assert FLEET.loads(document)["vehicles"] == [{"kind": "car", "wheels": "n/a"}, {"wheels": None}]
    for broken in (b"", b"<Fleet>", b"not xml"):
        with pytest.raises(ValueError, match="not well-formed XML"):
            FLEET.loads(broken)
