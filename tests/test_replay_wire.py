"""How what a client sends and reads is compared with an example's
(`generator/replay_wire.py`)."""

from __future__ import annotations

from httpx import QueryParams

from generator.replay_wire import (
    deep_in_query,
    items_in_query,
    object_in_query,
    same_json,
    simple_spellings,
)


def test_json_compares_timestamps_as_instants_and_base64_as_its_bytes() -> None:
    assert same_json({"at": "2024-01-01T00:00:00Z"}, {"at": "2024-01-01T00:00:00.000+00:00"})
    # bytes written back: base64 whose last character sets bits no byte holds
    assert same_json("abcd120=", "abcd123=") and not same_json("abcd120=", "abcd124=")


def test_an_object_in_a_header_matches_in_its_simple_style() -> None:
    """An object in a header goes in RFC 6570's simple style (`k,v,...`;
    exploded `k=v,...`): it was counted as the client's defect."""
    assert simple_spellings({"id": 3, "ok": True, "none": None}) == ("id,3,ok,true", "id=3,ok=true")


def test_an_array_in_the_query_matches_repeated_or_joined_and_its_objects_as_json() -> None:
    assert items_in_query(["a", "b"], ["a", "b"])  # exploded
    assert items_in_query(["a,b"], ["a", "b"]) and items_in_query(["a|b"], ["a", "b"])  # csv, pipes
    assert items_in_query(['{"k": 1}', '{"k":2}'], [{"k": 1}, {"k": 2}])  # objects: JSON each
    assert not items_in_query(["a"], ["a", "b"])
    assert not items_in_query(["{'k': 1}"], [{"k": 1}])  # (a repr is no spelling of it)


def test_an_array_in_the_query_matches_in_deep_object_brackets_too() -> None:
    """Stripe's query arrays in deepObject style, as the client writes them
    (`expand[]=a`; objects by index, `lines[0][amount]=1`): the replay took
    the client's rightful spelling for a defect."""
    q = QueryParams([("expand[]", "a"), ("expand[]", "b"), ("lines[0][amount]", "1"), ("lines[0][tax][]", "t")])
    assert deep_in_query(q, "expand", ["a", "b"]) and not deep_in_query(q, "expand", ["a"])
    assert deep_in_query(q, "lines", [{"amount": 1, "tax": ["t"]}])
    assert not deep_in_query(q, "lines", [{"amount": 2}])


def test_an_object_in_the_query_matches_in_any_spelling_openapi_gives_it() -> None:
    def q(*pairs: tuple[str, str]) -> QueryParams:
        return QueryParams(list(pairs))

    value = {"eq": "Palace", "range": {"gt": 3}, "none": None}
    assert object_in_query(q(("name[eq]", "Palace"), ("name[range][gt]", "3")), "name", value)  # deepObject
    assert object_in_query(q(("eq", "Palace"), ("range", "{'gt': 3}")), "name", {"eq": "Palace"})  # form, exploded
    assert object_in_query(q(("name", "eq,Palace")), "name", {"eq": "Palace"})  # form
    assert object_in_query(q(("name", '{"eq": "Palace"}')), "name", {"eq": "Palace"})  # content: application/json
    assert not object_in_query(q(("name[eq]", "Castle")), "name", {"eq": "Palace"})
    assert not object_in_query(q(("name", '{"eq": "Castle"}')), "name", {"eq": "Palace"})
    # An array inside a deepObject (OpenAPI leaves it undefined; pandascore's
    # `range[name]=a,b` joined, the client's items repeated): either matches.
    ranged = {"name": ["a", "b"]}
    assert object_in_query(q(("range[name]", "a"), ("range[name]", "b")), "range", ranged)
    assert object_in_query(q(("range[name]", "a,b")), "range", ranged)
    assert not object_in_query(q(("range[name]", "b")), "range", ranged)
    assert object_in_query(q(("range[name][]", "a"), ("range[name][]", "b")), "range", ranged)  # the client's
    # ... and objects in one by index, as the client writes them
    lines = {"items": [{"price": "p1"}, {"price": "p2", "n": 2}]}
    assert object_in_query(q(("o[items][0][price]", "p1"), ("o[items][1][price]", "p2"), ("o[items][1][n]", "2")), "o", lines)
    assert not object_in_query(q(("o[items][0][price]", "p1"), ("o[items][1][price]", "p3"), ("o[items][1][n]", "2")), "o", lines)
    # An exploded form object whose field is an array of objects (telnyx's
    # `filter[status]`): the items as compact JSON, as the client writes them.
    status = {"details": [{"code": "X", "n": 1}], "value": "draft"}
    assert object_in_query(q(("details", '{"code":"X","n":1}'), ("value", "draft")), "filter[status]", status)
    # (date-times compare as instants: the client writes .38Z for .380Z)
    instants = {"at": ["2025-10-15T13:52:12.380Z"] * 2}
    assert object_in_query(q(("range[at]", "2025-10-15T13:52:12.38Z"), ("range[at]", "2025-10-15T13:52:12.38Z")), "range", instants)
    assert not object_in_query(q(("name", "{'eq': 'Palace'}")), "name", {"eq": "Palace"})
