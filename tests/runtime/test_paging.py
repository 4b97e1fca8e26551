"""x-ms-pageable: items across pages, page by page, next links with the
client's api-version, custom item and link names, a next-page operation:
sync and async, on the paging feature client."""

from __future__ import annotations

import importlib
import json
import types

import httpx
import pytest

from .harness import Harness, Script

BASE = "https://widgets.example.com/api"


@pytest.fixture(params=["sync", "async"])
def pg(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    harness = Harness(request.param, package="paging_client")
    yield harness
    harness.close()


def widgets(*names: str) -> list[dict[str, str]]:
    return [{"name": n} for n in names]


def test_items_across_pages_follow_next_link_and_reapply_api_version(pg: Harness) -> None:
    script = Script(
        httpx.Response(200, json={"value": widgets("a", "b"), "nextLink": f"{BASE}/widgets?page=2&api-version=2020-01-01"}),
        httpx.Response(200, json={"value": widgets("c"), "nextLink": "/api/widgets?page=3"}),
        httpx.Response(200, json={"value": widgets("d")}),
    )
    client = pg.client(script, token="t")
    paged = client.widgets.list(color="red")
    assert script.requests == []  # nothing is sent before iteration
    assert [w.name for w in pg.collect(paged)] == ["a", "b", "c", "d"]
    first, second, third = script.requests
    assert str(first.url) == f"{BASE}/widgets?api-version=2024-01-01&color=red"
    assert second.url.params.get_list("api-version") == ["2024-01-01"]  # the client's, once
    assert second.url.params["page"] == "2"
    assert str(third.url) == f"{BASE}/widgets?page=3&api-version=2024-01-01"
    assert all(r.headers["authorization"] == "Bearer t" for r in script.requests)


def test_page_by_page(pg: Harness) -> None:
    script = Script(
        httpx.Response(200, json={"value": widgets("a", "b"), "nextLink": f"{BASE}/widgets?page=2"}),
        httpx.Response(200, json={"value": widgets("c")}),
    )
    pages = pg.collect(pg.client(script, token="t").widgets.list().by_page())
    assert [[w.name for w in page] for page in pages] == [["a", "b"], ["c"]]


def test_custom_item_and_next_link_names(pg: Harness) -> None:
    script = Script(
        httpx.Response(200, json={"items": widgets("a"), "next": f"{BASE}/widgets/batches?cursor=x"}),
        httpx.Response(200, json={"items": widgets("b"), "next": None}),
    )
    assert [w.name for w in pg.collect(pg.client(script, token="t").widgets.list_batches())] == ["a", "b"]
    assert script.requests[1].url.params["cursor"] == "x"


def test_a_null_next_link_name_means_a_single_page(pg: Harness) -> None:
    script = Script(httpx.Response(200, json={"value": widgets("a"), "nextLink": f"{BASE}/ignored"}))
    assert [w.name for w in pg.collect(pg.client(script, token="t").widgets.list_all())] == ["a"]
    assert len(script.requests) == 1


def test_next_pages_of_a_post_use_the_named_operations_method(pg: Harness) -> None:
    script = Script(
        httpx.Response(200, json={"value": widgets("a"), "nextLink": f"{BASE}/widgets:searchNext?token=2"}),
        httpx.Response(200, json={"value": widgets("b")}),
    )
    found = pg.collect(pg.client(script, token="t").widgets.search(text="blue"))
    assert [w.name for w in found] == ["a", "b"]
    first, second = script.requests
    assert first.method == "POST" and json.loads(first.content) == {"text": "blue"}
    assert second.method == "POST" and second.url.params["token"] == "2"


def test_an_error_on_a_later_page_raises_the_typed_error(pg: Harness) -> None:
    script = Script(
        httpx.Response(200, json={"value": widgets("a"), "nextLink": f"{BASE}/widgets?page=2"}),
        httpx.Response(404, json={"error": {"code": "Gone", "message": "page expired"}}),
    )
    with pytest.raises(pg.module.NotFoundError) as caught:
        pg.collect(pg.client(script, token="t").widgets.list())
    assert caught.value.code == "Gone"


@pytest.mark.parametrize(
    "page",
    [
        {"value": ["not a widget"]},  # an item that is no object
        {"value": {"name": "a"}},  # items that are no list: not its keys as items
        {"value": "ab"},  # nor its characters
    ],
)
@pytest.mark.parametrize("later", [False, True])
def test_a_page_that_does_not_read_raises_a_deserialization_error_with_its_response(
    pg: Harness, page: dict[str, object], later: bool
) -> None:
    """As for any other answer: the server's page is not what the spec
    declares (an Azure example answering a `DdlName` object with a string
    raised AttributeError out of the pager)."""
    answers = [httpx.Response(200, json=page)]
    if later:
        answers.insert(0, httpx.Response(200, json={"value": widgets("a"), "nextLink": f"{BASE}/widgets?page=2"}))
    client = pg.client(Script(*answers), token="t")
    with pytest.raises(pg.module.DeserializationError, match="the body is not what the spec declares") as caught:
        pg.collect(client.widgets.list())
    assert caught.value.response.status_code == 200
    assert ("page=2" in str(caught.value.response.request.url)) == later


def test_a_first_page_given_is_read_when_the_pager_is_made() -> None:
    """The first page a long-running operation ends with: its items are read
    at once, inside the poller's reading of the result (which raises a
    DeserializationError with the response), not later at iteration."""
    paging = importlib.import_module("paging_client._paging")
    first = paging.RequestSpec(method="GET", path="")
    with pytest.raises(TypeError, match="not a list"):
        paging.ItemPaged(None, first, lambda item: item, first_page={"value": "ab"})
    pipeline = types.SimpleNamespace(base_url=BASE)
    pager = paging.ItemPaged(pipeline, first, lambda item: item, first_page={"value": ["x"]})
    assert list(pager) == ["x"]
