"""Models (body-complex.json): primitive, array and map properties, nulls and
absent fields, inheritance, discriminated polymorphism (a subclass is sent
where the base is declared, and read back as the subclass the discriminator
names), recursion, read-only properties and unknown fields."""

from __future__ import annotations

import datetime
from typing import Any

from .conftest import Harness

UTC = datetime.UTC
SPEC = "body-complex"


def ops(h: Harness) -> Any:
    return h.client(SPEC)


def test_basic(h: Harness) -> None:
    client, models, module = ops(h), h.models(SPEC), h.module(SPEC)
    basic = h.call(client.basic.get_valid())
    assert (basic.id, basic.name, basic.color) == (2, "abc", models.CMYKColors.YELLOW)
    h.call(client.basic.put_valid(id=2, name="abc", color=models.CMYKColors.MAGENTA))
    empty = h.call(client.basic.get_empty())  # `id` is x-nullable: absent is UNSET
    assert empty.id is h.module(SPEC)._serde.UNSET and empty.name is None
    null = h.call(client.basic.get_null())
    assert null.id is None and null.name is None
    h.raises(module.DeserializationError, client.basic.get_not_provided)  # a model was promised
    invalid = h.call(client.basic.get_invalid())  # fields are not type-checked inside models
    assert invalid.id == "a" and invalid.name == "abc"


def test_primitive_properties(h: Harness) -> None:
    primitive = ops(h).primitive
    got = h.call(primitive.get_int())
    assert (got.field1, got.field2) == (-1, 2)
    h.call(primitive.put_int(field1=-1, field2=2))
    got = h.call(primitive.get_long())
    assert (got.field1, got.field2) == (1099511627775, -999511627788)
    h.call(primitive.put_long(field1=1099511627775, field2=-999511627788))
    got = h.call(primitive.get_float())
    assert (got.field1, got.field2) == (1.05, -0.003)
    h.call(primitive.put_float(field1=1.05, field2=-0.003))
    got = h.call(primitive.get_double())
    long_name = "field_56_zeros_after_the_dot_and_negative_zero_before_dot_and_this_is_a_long_field_name_on_purpose"
    assert (got.field1, getattr(got, long_name)) == (3e-100, -5e-57)
    h.call(primitive.put_double(field1=3e-100, **{long_name: -5e-57}))
    got = h.call(primitive.get_bool())
    assert got.field_true is True and got.field_false is False
    h.call(primitive.put_bool(field_true=True, field_false=False))
    got = h.call(primitive.get_string())
    assert (got.field_, got.empty, got.null) == ("goodrequest", "", None)
    h.call(primitive.put_string(field_="goodrequest", empty="", null=None))


def test_date_and_time_properties(h: Harness) -> None:
    primitive = ops(h).primitive
    got = h.call(primitive.get_date())
    assert (got.field_, got.leap) == (datetime.date(1, 1, 1), datetime.date(2016, 2, 29))
    h.call(primitive.put_date(field_=datetime.date(1, 1, 1), leap=datetime.date(2016, 2, 29)))
    got = h.call(primitive.get_date_time())
    assert got.field_ == datetime.datetime(1, 1, 1, tzinfo=UTC)
    assert got.now == datetime.datetime(2015, 5, 18, 18, 38, tzinfo=UTC)
    h.call(primitive.put_date_time(
        field_=datetime.datetime(1, 1, 1, tzinfo=UTC), now=datetime.datetime(2015, 5, 18, 18, 38, tzinfo=UTC)
    ))
    got = h.call(primitive.get_date_time_rfc1123())
    assert got.field_ == datetime.datetime(1, 1, 1, tzinfo=UTC)
    h.call(primitive.put_date_time_rfc1123(
        field_=datetime.datetime(1, 1, 1, tzinfo=UTC), now=datetime.datetime(2015, 5, 18, 11, 38, tzinfo=UTC)
    ))
    duration = datetime.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11)
    assert h.call(primitive.get_duration()).field_ == duration
    h.call(primitive.put_duration(field_=duration))
    value = bytes([0xFF, 0xFE, 0xFD, 0xFC, 0x00, 0xFA, 0xF9, 0xF8, 0xF7, 0xF6])
    assert h.call(primitive.get_byte()).field_ == value
    h.call(primitive.put_byte(field_=value))


def test_array_and_map_properties(h: Harness) -> None:
    client = ops(h)
    values = ["1, 2, 3, 4", "", None, "&S#$(*Y", "The quick brown fox jumps over the lazy dog"]
    assert h.call(client.array.get_valid()).array == values
    h.call(client.array.put_valid(array=values))
    assert h.call(client.array.get_empty()).array == []
    h.call(client.array.put_empty(array=[]))
    assert h.call(client.array.get_not_provided()).array is None
    programs = {"txt": "notepad", "bmp": "mspaint", "xls": "excel", "exe": "", "": None}
    assert h.call(client.dictionary.get_valid()).default_program == programs
    h.call(client.dictionary.put_valid(default_program=programs))
    assert h.call(client.dictionary.get_empty()).default_program == {}
    h.call(client.dictionary.put_empty(default_program={}))
    assert h.call(client.dictionary.get_null()).default_program is None
    assert h.call(client.dictionary.get_not_provided()).default_program is h.module(SPEC)._serde.UNSET


def test_inheritance(h: Harness) -> None:
    client, models = ops(h), h.models(SPEC)
    cat = h.call(client.inheritance.get_valid())
    assert isinstance(cat, models.Siamese) and cat.id == 2 and cat.name == "Siameeee"
    assert cat.hates[1].id == -1 and cat.hates[1].name == "Tomato"
    h.call(client.inheritance.put_valid(
        id=2,
        name="Siameeee",
        color="green",
        breed="persian",
        hates=[models.Dog(id=1, name="Potato", food="tomato"), models.Dog(id=-1, name="Tomato", food="french fries")],
    ))


def sharks(models: Any) -> list[Any]:
    return [
        models.Shark(length=20, birthday=datetime.datetime(2012, 1, 5, 1, tzinfo=UTC), age=6, species="predator"),
        models.Sawshark(
            length=10,
            birthday=datetime.datetime(1900, 1, 5, 1, tzinfo=UTC),
            age=105,
            species="dangerous",
            picture=bytes([255, 255, 255, 255, 254]),
        ),
        models.Goblinshark(
            length=30,
            birthday=datetime.datetime(2015, 8, 8, tzinfo=UTC),
            age=1,
            species="scary",
            jawsize=5,
            color="pinkish-gray",
        ),
    ]


def test_polymorphism(h: Harness) -> None:
    client, models = ops(h), h.models(SPEC)
    fish = h.call(client.polymorphism.get_valid())
    assert isinstance(fish, models.Salmon) and fish.location == "alaska"
    assert [type(s) for s in fish.siblings] == [models.Shark, models.Sawshark, models.Goblinshark]
    assert [s.age for s in fish.siblings] == [6, 105, 1]
    salmon = models.Salmon(length=1, iswild=True, location="alaska", species="king", siblings=sharks(models))
    h.call(client.polymorphism.put_valid(complex_body=salmon))  # a subclass where Fish is declared


def test_polymorphism_variants(h: Harness) -> None:
    client, models = ops(h), h.models(SPEC)
    market = h.call(client.polymorphism.get_composed_with_discriminator())
    assert isinstance(market.sample_fish, models.DotSalmon)
    market = h.call(client.polymorphism.get_composed_without_discriminator())
    assert type(market.sample_fish) is models.DotFish
    dot = h.call(client.polymorphism.get_dot_syntax())
    assert dot.fish_type == "DotSalmon" and dot.location == "sweden"
    smart = h.call(client.polymorphism.get_complicated())
    assert isinstance(smart, models.SmartSalmon)
    h.call(client.polymorphism.put_complicated(complex_body=smart))  # its unknown fields go back too
    regular = models.Salmon(length=1, iswild=True, location="alaska", species="king", siblings=sharks(models))
    back = h.call(client.polymorphism.put_missing_discriminator(complex_body=regular))
    assert isinstance(back, models.Salmon)


def test_polymorphic_recursion(h: Harness) -> None:
    client, models = ops(h), h.models(SPEC)
    fish = h.call(client.polymorphicrecursive.get_valid())
    assert isinstance(fish, models.Salmon)
    assert isinstance(fish.siblings[0], models.Shark)
    assert isinstance(fish.siblings[0].siblings[0], models.Salmon)
    assert fish.siblings[0].siblings[0].location == "atlantic"
    shark, sawshark, _ = sharks(models)
    inner = models.Salmon(iswild=True, length=2, location="atlantic", species="coho", siblings=[shark, sawshark])
    request = models.Salmon(
        iswild=True,
        length=1,
        species="king",
        location="alaska",
        siblings=[
            models.Shark(
                age=6,
                length=20,
                species="predator",
                siblings=[inner, models.Sawshark(
                    age=105, length=10, species="dangerous", siblings=[],
                    birthday=datetime.datetime(1900, 1, 5, 1, tzinfo=UTC), picture=bytes([255, 255, 255, 255, 254]),
                )],
                birthday=datetime.datetime(2012, 1, 5, 1, tzinfo=UTC),
            ),
            models.Sawshark(
                age=105, length=10, species="dangerous", siblings=[],
                birthday=datetime.datetime(1900, 1, 5, 1, tzinfo=UTC), picture=bytes([255, 255, 255, 255, 254]),
            ),
        ],
    )
    h.call(client.polymorphicrecursive.put_valid(complex_body=request))


def test_read_only_properties(h: Harness) -> None:
    client = ops(h)
    got = h.call(client.readonlyproperty.get_valid())
    assert got.id == "1234" and got.size == 2
    h.call(client.readonlyproperty.put_valid(size=2))  # the read-only id is never sent
