"""Open models, `any`, free-form objects, non-string and extensible enums,
multiple inheritance and times of day (additionalProperties, any-type,
object-type, non-string-enum, extensible-enums-swagger, multiple-inheritance,
body-time)."""

from __future__ import annotations

import datetime
from typing import Any

from .conftest import Harness

UTC = datetime.UTC


def test_additional_properties_are_sent_and_kept(h: Harness) -> None:
    pets, models = h.client("additionalProperties").pets, h.models("additionalProperties")
    extra = {"birthdate": "2017-12-13T02:29:51Z", "complexProperty": {"color": "Red"}}
    got = h.call(pets.create_ap_true(
        create_parameters=models.PetAPTrue(id=1, name="Puppy", additional_properties=dict(extra))
    ))
    assert got.status is True and got.additional_properties == extra
    got = h.call(pets.create_cat_ap_true(
        create_parameters=models.CatAPTrue(id=1, name="Lisa", friendly=True, additional_properties=dict(extra))
    ))
    assert got.friendly is True and got.additional_properties == extra
    siblings = [{"id": 1, "name": "Puppy", **extra}]
    got = h.call(pets.create_ap_object(
        create_parameters=models.PetAPObject(
            id=2, name="Hira", additional_properties={"siblings": siblings, "picture": "//////4="}
        )
    ))
    assert got.additional_properties["siblings"] == siblings
    strings = {"color": "red", "weight": "10 kg", "city": "Bombay"}
    got = h.call(pets.create_ap_string(
        create_parameters=models.PetAPString(id=3, name="Tommy", additional_properties=dict(strings))
    ))
    assert got.additional_properties == strings


def test_a_property_named_additional_properties(h: Harness) -> None:
    pets, models = h.client("additionalProperties").pets, h.models("additionalProperties")
    sizes = {"height": 5.61, "weight": 599, "footsize": 11.5}
    got = h.call(pets.create_ap_in_properties(id=4, name="Bunny", additional_properties_=sizes))
    assert got.additional_properties_ == sizes
    strings = {"color": "red", "city": "Seattle", "food": "tikka masala"}
    got = h.call(pets.create_ap_in_properties_with_ap_string(
        create_parameters=models.PetAPInPropertiesWithAPString(
            id=5, name="Funny", odata_location="westus", additional_properties_=sizes,
            additional_properties=dict(strings),
        )
    ))
    assert got.odata_location == "westus" and got.additional_properties == strings


def test_anything(h: Harness) -> None:
    ops = h.client("any-type").anything  # no tag nor prefix: grouped by its path
    assert h.call(ops.get_string()) == "anything"
    h.call(ops.put_string(input="anything"))
    assert h.call(ops.get_object()) == {"message": "An object was successfully returned"}
    h.call(ops.put_object(input={"foo": "bar"}))
    assert h.call(ops.get_array()) == ["foo", "bar"]
    h.call(ops.put_array(input=["foo", "bar"]))


def test_free_form_objects(h: Harness) -> None:
    ops, module = h.client("object-type").object_type, h.module("object-type")
    got = h.call(ops.get())
    assert got.additional_properties == {"message": "An object was successfully returned"}
    h.call(ops.put(put_object={"foo": "bar"}))
    error = h.raises(module.BadRequestError, lambda: ops.put(put_object={"should": "fail"}))
    assert error.message == "The object you passed was incorrect"


def test_non_string_enums(h: Harness) -> None:
    client, models = h.client("non-string-enum"), h.models("non-string-enum")
    assert h.call(client.int.put(input=models.IntEnum(200))) == "Nice job posting an int enum"
    assert h.call(client.int.get()) == 429
    assert h.call(client.float.put(input=models.FloatEnum(200.4))) == "Nice job posting a float enum"
    assert h.call(client.float.get()) == 429.1


def test_extensible_enums(h: Harness) -> None:
    pet, models = h.client("extensible-enums-swagger").pet, h.models("extensible-enums-swagger")
    tommy = h.call(pet.get_by_pet_id("tommy"))
    assert tommy.days_of_week is models.DaysOfWeekExtensibleEnum.MONDAY
    casper = h.call(pet.get_by_pet_id("casper"))
    assert casper.days_of_week == "Weekend"  # not in the spec: kept as it came
    scooby = h.call(pet.get_by_pet_id("scooby"))
    assert scooby.days_of_week == "Thursday" and scooby.int_enum == "2.1"
    back = h.call(pet.add_pet(name="Retriever", int_enum="3", days_of_week="Friday"))
    assert (back.name, back.int_enum, back.days_of_week) == ("Retriever", "3", "Friday")


def test_multiple_inheritance(h: Harness) -> None:
    ops = h.client("multiple-inheritance").multiple_inheritance
    models = h.models("multiple-inheritance")
    assert h.call(ops.get_pet()).name == "Peanut"
    assert h.call(ops.put_pet(name="Butter")) == "Pet was correct!"
    horse = h.call(ops.get_horse())
    assert (horse.name, horse.is_a_show_horse) == ("Fred", True)
    assert h.call(ops.put_horse(name="General", is_a_show_horse=False)) == "Horse was correct!"
    feline = h.call(ops.get_feline())
    assert (feline.meows, feline.hisses) == (True, True)
    assert h.call(ops.put_feline(meows=False, hisses=True)) == "Feline was correct!"
    cat = h.call(ops.get_cat())
    assert (cat.name, cat.likes_milk, cat.meows, cat.hisses) == ("Whiskers", True, True, True)
    assert h.call(ops.put_cat(name="Boots", likes_milk=False, meows=True, hisses=False)) == "Cat was correct!"
    kitten = h.call(ops.get_kitten())
    assert isinstance(kitten, models.Kitten) and kitten.eats_mice_yet is False
    put = ops.put_kitten(name="Kitty", likes_milk=False, meows=True, hisses=False, eats_mice_yet=True)
    assert h.call(put) == "Kitten was correct!"


def test_time_of_day(h: Harness) -> None:
    ops: Any = h.client("body-time").time
    assert h.call(ops.get()) == datetime.time(11, 34, 56)
    assert h.call(ops.put(time_body=datetime.time(8, 7, 56))) == "Nice job posting time"
