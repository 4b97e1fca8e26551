"""Inheritance, polymorphism, every format, maps and collection formats, on
the models feature client (tests/features/models)."""

from __future__ import annotations

import datetime as dt
import decimal
import json

import httpx
import pytest

import models_client
from models_client import models

from .harness import Harness, Script


@pytest.fixture(params=["sync", "async"])
def zoo(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    harness = Harness(request.param, package="models_client")
    yield harness
    harness.close()


def test_a_base_type_deserializes_to_the_subclass_its_discriminator_names() -> None:
    lion = models.Animal.from_dict({"kind": "lion", "name": "Leo", "lives": 9, "pride": [{"kind": "cat", "name": "Kit"}]})
    assert type(lion) is models.Lion and isinstance(lion, models.Cat) and isinstance(lion, models.Animal)
    assert lion.lives == 9 and lion.pride is not None
    assert type(lion.pride[0]) is models.Cat
    dog = models.Animal.from_dict({"kind": "Dog", "name": "Rex", "good": True})  # no x-ms-discriminator-value: the name
    assert type(dog) is models.Dog and dog.good is True
    assert type(models.Cat.from_dict({"kind": "lion", "name": "L"})) is models.Lion


def test_an_unknown_discriminator_value_gives_the_base_type_with_its_data_kept() -> None:
    data = {"kind": "unicorn", "name": "Sparkle", "horn": {"length": 30}}
    animal = models.Animal.from_dict(data)
    assert type(animal) is models.Animal and animal.kind == "unicorn"
    assert animal.additional_properties == {"horn": {"length": 30}}
    assert animal.to_dict() == data


def test_a_subclass_writes_its_discriminator_value_itself() -> None:
    cat = models.Cat(name="Tom", lives=7)
    assert cat.to_dict() == {"kind": "cat", "name": "Tom", "lives": 7}
    assert models.Dog(name="Rex").to_dict()["kind"] == "Dog"


def test_every_format_round_trips() -> None:
    wire = {
        "int32": 7,
        "int64": 9007199254740993,
        "float": 1.5,
        "double": 2.25,
        "decimal": 0.1,
        "byte": "aGVsbG8=",
        "base64url": "aGk_Pz4-",
        "date": "2024-02-29",
        "dateTime": "2024-02-29T12:30:00Z",
        "rfc1123": "Thu, 29 Feb 2024 12:30:00 GMT",
        "duration": "P1DT2H30M",
        "unixtime": 1709209800,
        "uuid": "2f1c8f0e-6a57-4f5b-9d5e-0c6b8e0b7a11",
        "url": "https://example.com/a?b=c",
        "char": "x",
        "password": "hunter2",
        "map": {"a": 1, "b": 2},
        "mapOfModels": {"tom": {"kind": "cat", "name": "Tom"}},
        "freeForm": {"anything": [1, {"goes": True}]},
        "anything": [1, "two"],
        "listOfLists": [["2024-01-01T00:00:00Z"], []],
    }
    parsed = models.Formats.from_dict(wire)
    assert parsed.byte == b"hello" and parsed.base64_url == b"hi??>>"
    assert parsed.date == dt.date(2024, 2, 29)
    assert parsed.date_time == dt.datetime(2024, 2, 29, 12, 30, tzinfo=dt.timezone.utc)
    assert parsed.rfc1123 == parsed.date_time and parsed.unixtime == dt.datetime(2024, 2, 29, 12, 30, tzinfo=dt.timezone.utc)
    assert parsed.duration == dt.timedelta(days=1, hours=2, minutes=30)
    assert parsed.decimal_ == decimal.Decimal("0.1")
    assert parsed.map_of_models is not None
    assert type(parsed.map_of_models["tom"]) is models.Cat
    assert parsed.list_of_lists == [[dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)], []]
    assert parsed.to_dict() == wire


def test_null_items_of_lists_and_maps_write_back_as_they_were_read() -> None:
    """Services send null items (xero.com's answers); reading keeps them, and
    writing a model read from an answer (to send it back, to log it) raised
    AttributeError on `None.to_dict` and on `None.isoformat`."""
    wire = {
        "mapOfModels": {"tom": None, "rex": {"kind": "Dog", "name": "Rex"}},
        "listOfLists": [None, [None, "2024-01-01T00:00:00Z"]],
    }
    parsed = models.Formats.from_dict(wire)
    assert parsed.to_dict() == wire and parsed.to_dict(exclude_readonly=True) == wire
    lion = models.Lion.from_dict({"kind": "lion", "name": "Leo", "pride": [None, {"kind": "cat", "name": "Kit"}]})
    assert lion.to_dict()["pride"] == [None, {"kind": "cat", "name": "Kit"}]


def test_collection_formats_of_query_and_header_arrays(zoo: Harness) -> None:
    script = Script(httpx.Response(200, json=[{"kind": "lion", "name": "Leo"}, {"kind": "cat", "name": "Kit"}]))
    client = zoo.client(script)
    animals = zoo.call(client.animals.list(tags=["a", "b"], ids=[1, 2, 3], names=["x y", "z"], colors=["red", "blue"]))
    assert [type(a) for a in animals] == [models.Lion, models.Cat]
    request = script.requests[0]
    assert request.url.params.get_list("tags") == ["a", "b"]
    assert request.url.params["ids"] == "1|2|3"
    assert request.url.params["names"] == "x y z"
    assert request.headers["colors"] == "red,blue"


def test_a_polymorphic_body_is_sent_with_its_subclass_fields(zoo: Harness) -> None:
    script = Script(lambda request: httpx.Response(201, json=json.loads(request.content)))
    client = zoo.client(script)
    added = zoo.call(client.animals.add(animal=models.Lion(name="Leo")))
    assert json.loads(script.requests[0].content) == {"kind": "lion", "name": "Leo"}
    assert type(added) is models.Lion
    assert models_client.Client.__name__ == "Client"
