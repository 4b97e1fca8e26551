"""OpenAPI 3.1's own vocabulary on the openapi3 feature client
(tests/features/openapi3): unions read by discriminator, by JSON kind and by
best fit, written back by what they hold; recursive and nullable unions;
type lists; boolean schemas; and the shapes the public corpus showed (two
repeated query parameters of different item types, optional form fields
that need converting, a field named like a module)."""

from __future__ import annotations

import datetime as dt
import json
import typing
import urllib.parse

import httpx
import pytest

from openapi3_client import models

from .harness import Harness, Script

UTC = dt.timezone.utc


@pytest.fixture(params=["sync", "async"])
def pets(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    harness = Harness(request.param, package="openapi3_client")
    yield harness
    harness.close()


def test_a_named_union_is_a_public_alias_of_its_alternatives() -> None:
    assert typing.get_args(models.Pet) == (models.Cat, models.Dog)
    assert "Pet" in models.__all__ and "Found" in models.__all__


def test_a_discriminator_picks_the_model_by_mapping_or_by_schema_name() -> None:
    owner = models.Owner.from_dict({"pet": {"petType": "kitty", "name": "Tom"}, "pets": [{"petType": "Dog"}, {"petType": "kitty", "name": "Kit"}]})
    assert type(owner.pet) is models.Cat and owner.pet.name == "Tom"
    assert owner.pets is not None and [type(p) for p in owner.pets] == [models.Dog, models.Cat]


def test_without_a_known_discriminator_value_the_best_fitting_model_is_read() -> None:
    # "fish" is in no mapping: the fields decide (Cat requires a name).
    assert type(models.Owner.from_dict({"pet": {"petType": "fish", "name": "Nemo"}}).pet) is models.Cat
    assert type(models.Owner.from_dict({"pet": {"petType": "fish", "barks": False}}).pet) is models.Dog


def test_an_undiscriminated_union_reads_by_json_kind_then_by_fit(pets: Harness) -> None:
    script = Script(httpx.Response(200, json=[{"pet": {"petType": "Dog"}}, {"petType": "x", "name": "Tom"}, "a note"]))
    found = pets.call(pets.client(script).search.search(text="tom"))
    assert type(found[0]) is models.Owner and type(found[0].pet) is models.Dog
    assert type(found[1]) is models.Cat and found[1].name == "Tom"
    assert found[2] == "a note"


def test_alternatives_of_one_json_kind_are_tried_in_order() -> None:
    when = models.Owner.from_dict({"contact": "2024-05-01T10:00:00Z"}).contact
    assert when == dt.datetime(2024, 5, 1, 10, tzinfo=UTC)
    how = models.Owner.from_dict({"contact": {"email": "a@example.com"}}).contact
    assert isinstance(how, models.OwnerContactOption2) and how.email == "a@example.com"


def test_a_null_alternative_makes_the_field_nullable_and_null_round_trips() -> None:
    owner = models.Owner.from_dict({"contact": None, "nickname": None})
    assert owner.contact is None and owner.nickname is None
    assert owner.to_dict() == {"contact": None, "nickname": None}
    assert isinstance(models.Owner().contact, models._serde.Unset)  # left out, not null


def test_a_recursive_union_reads_and_writes_to_any_depth() -> None:
    tree = ["a", ["b", ["c"]], "d"]
    owner = models.Owner.from_dict({"tree": tree})
    assert owner.tree == tree and owner.to_dict() == {"tree": tree}


def test_a_value_of_no_alternative_is_a_deserialization_error(pets: Harness) -> None:
    script = Script(httpx.Response(200, json=[42]))
    with pytest.raises(pets.module.DeserializationError, match="none of the types"):
        pets.call(pets.client(script).search.search(text="x"))


def test_a_union_is_written_by_what_it_holds(pets: Harness) -> None:
    script = Script(lambda request: httpx.Response(200, json=json.loads(request.content)))
    client = pets.client(script)
    stored = pets.call(
        client.pets.put_owner(
            "p1",
            pet=models.Cat(pet_type="kitty", name="Tom"),
            contact=dt.datetime(2024, 5, 1, 10, tzinfo=UTC),
            tree=["a", ["b"]],
            datetime_=dt.datetime(2024, 1, 1, tzinfo=UTC),
            born=dt.date(2020, 2, 29),
        )
    )
    sent = json.loads(script.requests[0].content)
    assert sent == {
        "pet": {"petType": "kitty", "name": "Tom"},
        "contact": "2024-05-01T10:00:00Z",
        "tree": ["a", ["b"]],
        "datetime": "2024-01-01T00:00:00Z",
        "born": "2020-02-29",
    }
    assert type(stored.pet) is models.Cat and stored.born == dt.date(2020, 2, 29)


def test_a_path_parameter_of_several_scalar_types_takes_each(pets: Harness) -> None:
    script = Script(httpx.Response(200, json={"petType": "Dog"}), httpx.Response(200, json={"petType": "kitty", "name": "T"}))
    client = pets.client(script)
    assert type(pets.call(client.pets.get(7, tags=["x", "y"], ages=[1, 2]))) is models.Dog
    assert type(pets.call(client.pets.get("tom"))) is models.Cat
    first, second = (urllib.parse.urlsplit(str(r.url)) for r in script.requests)
    assert first.path == "/v1/pets/7" and first.query == "tags=x&tags=y&ages=1&ages=2"
    assert second.path == "/v1/pets/tom"


def test_optional_form_fields_are_converted_when_given_and_left_out_when_not(pets: Harness) -> None:
    script = Script(httpx.Response(204), httpx.Response(204))
    client = pets.client(script)
    carer = models.Carer(name="Ann", phones=["1", "2"])
    pets.call(client.visits.book("p1", since=dt.date(2024, 5, 1), labels=["a", "b"], carer=carer))
    pets.call(client.visits.book("p1"))
    # (an array in a form repeats its field: OpenAPI 3's default style, `form`,
    # exploded; the carer's Encoding Object says deepObject)
    assert urllib.parse.parse_qs(script.requests[0].content.decode()) == {
        "since": ["2024-05-01"], "labels": ["a", "b"], "carer[name]": ["Ann"], "carer[phones][]": ["1", "2"]
    }
    assert script.requests[1].content == b""


def test_multipart_parts_are_of_the_media_type_their_encoding_gives(pets: Harness) -> None:
    script = Script(httpx.Response(204), httpx.Response(204))
    client = pets.client(script)
    pets.call(client.photos.put("p1", photo=b"PNG", caption="*Tom*"))
    pets.call(client.photos.put("p1", photo=("tom.jpg", b"JPG", "image/jpeg")))
    first, second = (r.content for r in script.requests)
    assert b'name="photo"; filename="photo"\r\nContent-Type: image/png\r\n' in first
    assert b'name="caption"\r\nContent-Type: text/markdown\r\n\r\n*Tom*' in first
    assert b'filename="tom.jpg"\r\nContent-Type: image/jpeg\r\n' in second  # (the caller's own)


def test_a_false_schema_property_is_left_out_and_type_lists_and_consts_are_typed() -> None:
    assert "additionalProperties" not in models.Owner._WIRE_NAMES
    annotations = {**models.Owner.__annotations__, **models.Query.__annotations__, **models.Cat.__annotations__}
    assert annotations["limit"] == "float | None"  # [integer, number]
    assert annotations["lives"] == "int | None | _serde.Unset"  # [integer, "null"]
    assert annotations["nickname"] == "str | None | _serde.Unset"
    assert annotations["kind"] == "str | None"  # const: owner
    assert annotations["anything"] == "Any | None"  # type: "null"
    assert models.Query.from_dict({"text": "t", "limit": 2.5}).limit == 2.5


def test_null_among_enum_values_makes_the_field_nullable_not_a_member() -> None:
    assert [m.value for m in models.DogSize] == [1, 2, 3] and [m.value for m in models.Color] == ["red", "brown"]
    dog = models.Dog.from_dict({"petType": "Dog", "size": None, "color": None})
    assert dog.size is None and dog.color is None
    assert dog.to_dict() == {"petType": "Dog", "size": None, "color": None}
    assert models.Dog.from_dict({"petType": "Dog", "size": 2}).size is models.DogSize.V_2


def test_object_query_parameters_are_spelled_as_their_style_says(pets: Harness) -> None:
    script = Script(httpx.Response(200, json={"petType": "Dog"}))
    client = pets.client(script)
    pet = pets.call(
        client.pets.get("p1", filter=models.Filter(color="brown", size=3), page=models.Page(offset=20, limit=10), where={"name": "Rex"})
    )
    assert type(pet) is models.Dog  # a union of models: never None in the annotation
    query = urllib.parse.parse_qsl(urllib.parse.urlsplit(str(script.requests[0].url)).query)
    assert query == [
        ("filter[color]", "brown"),
        ("filter[size]", "3"),  # deepObject
        ("offset", "20"),
        ("limit", "10"),  # form, exploded (OpenAPI's default for a query object)
        ("where", '{"name":"Rex"}'),  # content: application/json
    ]


def test_a_query_value_goes_in_its_wire_form_and_an_object_no_style_spells_as_json(pets: Harness) -> None:
    script = Script(httpx.Response(200, json={"petType": "Dog"}))
    since = dt.datetime(2024, 5, 1, 10, tzinfo=UTC)
    sort = [models.SortItem(key="name", desc=True), models.SortItem(key="age")]
    pets.call(pets.client(script).pets.get("p1", sort=sort, since=since, ids=["a", "b"], token=b"hi"))
    query = urllib.parse.parse_qsl(urllib.parse.urlsplit(str(script.requests[0].url)).query)
    assert query == [
        ("sort", '{"key":"name","desc":true}'),  # an array's objects: JSON each
        ("sort", '{"key":"age"}'),
        ("since", '"2024-05-01T10:00:00Z"'),  # content: application/json, in ISO 8601
        ("ids", '["a","b"]'),  # content: application/json: one JSON array, not repeated
        ("token", "aGk="),  # bytes (a union's `format: byte`) in base64
    ]


def test_variants_beside_shared_properties_are_a_union_each_with_the_shared_fields(pets: Harness) -> None:
    """Found by made-up answers: vercel.com's DNS record body has `properties:
    {type}` and nine `anyOf` variants with name, value, ttl...; it was a model
    of the shared `type` alone, and no variant's field could be passed. A
    variant that lacks the shared fields is a subclass of their model; one
    that declares them is whole. Variants that only add `required`
    ("at least one of") leave one model (TagPatch)."""
    assert typing.get_args(models.Tag) == (models.TagOption1, models.TagOption2)
    assert issubclass(models.TagOption1, models.TagBase) and not issubclass(models.TagOption2, models.TagBase)
    assert "color" in models.TagPatch.__dataclass_fields__ and "text" in models.TagPatch.__dataclass_fields__
    script = Script(httpx.Response(200, json={"text": "old", "note": "x", "related": {"note": "y", "color": "green"}}), httpx.Response(204))
    client = pets.client(script)
    stored = pets.call(client.pets.tag("p1", body=models.TagOption1(note="vet", color=models.TagOption1Color.RED)))
    assert json.loads(script.requests[0].content) == {"note": "vet", "color": "red"}
    assert type(stored) is models.TagOption2 and stored.text == "old" and stored.note == "x"
    assert type(stored.related) is models.TagOption1 and stored.related.color == models.TagOption1Color.GREEN  # (a shared field that refers back)
    pets.call(client.pets.retag("p1", text="new"))
    assert json.loads(script.requests[1].content) == {"text": "new"}


def test_every_server_the_spec_lists_is_on_the_client_and_the_first_is_the_default(pets: Harness) -> None:
    import openapi3_client

    assert openapi3_client.Client.SERVERS == ("https://pets.example.com/v1", "https://sandbox.pets.example.com/v1")
    assert openapi3_client.AsyncClient.SERVERS == openapi3_client.Client.SERVERS
    assert "Sandbox, reset every night" in (openapi3_client.Client.__doc__ or "")
    script = Script(httpx.Response(200, json={"petType": "Dog"}), httpx.Response(200, json={"petType": "Dog"}))
    pets.call(pets.client(script).pets.get("a"))
    pets.call(pets.client(script, base_url=openapi3_client.Client.SERVERS[1]).pets.get("b"))
    assert [str(r.url) for r in script.requests] == ["https://pets.example.com/v1/pets/a", "https://sandbox.pets.example.com/v1/pets/b"]


def test_an_answer_the_spec_lets_be_null_returns_none(pets: Harness) -> None:
    script = Script(httpx.Response(200, json=None), httpx.Response(200, json={"petType": "kitty", "name": "Tom"}))
    client = pets.client(script)
    assert pets.call(client.pets.get_cat("a")) is None
    assert pets.call(client.pets.get_cat("b")).name == "Tom"


def test_answers_that_differ_in_media_type_by_status_are_each_read_as_their_own(pets: Harness) -> None:
    # 200 is declared text/plain with an object schema (read as the JSON it is);
    # 201 is a JSON string; 203 is text: the string as sent, never parsed, even
    # when it looks like JSON, though the operation produces JSON too.
    script = Script(
        httpx.Response(200, text='{"pet": {"petType": "Dog"}}', headers={"content-type": "text/plain"}),
        httpx.Response(201, json="card-2"),
        httpx.Response(203, text="moved to the shelter", headers={"content-type": "text/plain; charset=utf-8"}),
        httpx.Response(203, text='{"a": 1}', headers={"content-type": "text/plain"}),
        httpx.Response(200, text="not json", headers={"content-type": "text/plain"}),
    )
    client = pets.client(script)
    card = pets.call(client.pets.get_card("a"))
    assert type(card) is models.Owner and type(card.pet) is models.Dog
    assert pets.call(client.pets.get_card("a")) == "card-2"
    assert pets.call(client.pets.get_card("a")) == "moved to the shelter"
    assert pets.call(client.pets.get_card("a")) == '{"a": 1}'
    with pytest.raises(pets.module.DeserializationError):
        pets.call(client.pets.get_card("a"))
    assert type(client.pets).get_card.__annotations__["return"] == "_models.Owner | str | None"


def test_a_listed_4xx_answer_is_raised_with_its_model_outside_azure_documents(pets: Harness) -> None:
    script = Script(httpx.Response(404, json={"title": "No such pet", "status": 404}))
    with pytest.raises(pets.module.NotFoundError) as caught:
        pets.call(pets.client(script).pets.get_cat("a"))
    assert isinstance(caught.value.error, models.Problem) and caught.value.error.title == "No such pet"


def test_cookie_parameters_are_one_cookie_header_spelled_as_form_style(pets: Harness) -> None:
    script = Script(*(httpx.Response(200, json={"petType": "Dog"}) for _ in range(2)))
    client = pets.client(script)
    # `tags` is a query parameter too: the cookie's argument takes its location
    pets.call(client.pets.get("p1", tags=["q"], session="s1", seen=["a", "b c"], tags_cookie="t"))
    assert script.requests[0].headers["Cookie"] == "session=s1; seen=a,b%20c; tags=t"
    assert script.requests[0].url.params.get_list("tags") == ["q"]
    # the caller's own Cookie header replaces the operation's, as any extra header does
    pets.call(client.pets.get("p1", session="s1", extra_headers={"Cookie": "mine=1"}))
    assert script.requests[1].headers["Cookie"] == "mine=1"
