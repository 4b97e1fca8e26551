"""x-ms-pageable: items across pages, page by page, next links with the
client's api-version, custom item and link names, a next-page operation:
sync and async, on the paging feature client."""

from __future__ import annotations

import json

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
