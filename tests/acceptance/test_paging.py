"""Pageable operations (paging.json): items of every page, fetched as
iteration reaches them; next links relative or absolute, with or without
items under the declared name; failures on any page raise the typed error."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from .conftest import Harness


def items(h: Harness, pager: Any) -> list[Any]:
    return h.collect(pager)


@pytest.mark.parametrize(
    ("operation", "arguments", "count"),
    [
        ("get_no_item_name_pages", {}, 1),
        ("get_empty_next_link_name_pages", {}, 1),
        ("get_null_next_link_name_pages", {}, 1),
        ("get_single_pages", {}, 1),
        ("get_single_pages_with_body_params", {"name": "body"}, 1),
        ("first_response_empty", {}, 1),
        ("get_multiple_pages", {}, 10),
        ("get_odata_multiple_pages", {}, 10),
        ("get_multiple_pages_with_offset", {"offset": 100}, 10),
        ("get_multiple_pages_retry_first", {}, 10),
        ("get_multiple_pages_retry_second", {}, 10),
        ("duplicate_params", {"filter": "foo"}, 1),
        ("append_api_version", {}, 1),
        ("replace_api_version", {}, 1),
        ("get_paging_model_with_item_name_with_xms_client_name", {}, 1),
    ],
)
def test_pages(h: Harness, operation: str, arguments: dict[str, Any], count: int) -> None:
    pager = getattr(h.client("paging").paging, operation)(**arguments)
    got = items(h, pager)
    assert len(got) == count
    assert all(isinstance(item, h.models("paging").Product) for item in got)
    assert got[0].properties is not None and got[0].properties.id == 1


def test_an_optional_page_size_left_out_is_not_sent(h: Harness) -> None:
    # (the server answers 400 where `$maxpagesize` is sent)
    assert items(h, h.client("paging").paging.page_with_max_page_size()) == []


@pytest.mark.parametrize(
    "operation",
    ["get_single_pages_failure", "get_multiple_pages_failure", "get_multiple_pages_failure_uri"],
)
def test_a_failing_page_raises(h: Harness, operation: str) -> None:
    module = h.module("paging")
    pager = getattr(h.client("paging").paging, operation)()
    h.raises(module.HttpResponseError, lambda: items(h, pager))


def test_the_next_operation_the_spec_names(h: Harness) -> None:
    paging, models = h.client("paging").paging, h.models("paging")
    # Its constant query parameter goes with the next request.
    got = items(h, paging.get_with_query_params(required_query_parameter=100))
    assert [p.properties.id for p in got] == [1, 2]
    # The link is a fragment that the next operation's path takes.
    got = items(h, paging.get_multiple_pages_fragment_next_link("test_user", api_version="1.6"))
    assert len(got) == 10
    group = models.CustomParameterGroup(api_version="1.6")
    got = items(h, paging.get_multiple_pages_fragment_with_grouping_next_link("test_user", custom_parameter_group=group))
    assert len(got) == 10
    # The next operations themselves are not public methods.
    assert not hasattr(paging, "next_fragment") and hasattr(paging, "_next_fragment")


def test_relative_next_links_on_a_parameterized_host(h: Harness) -> None:
    port = urlsplit(h.server.url).port
    client = h.client("custom-baseUrl-paging", account_name="http://127.0.0.1", host=f":{port}", base_url=None)
    got = items(h, client.paging.get_pages_partial_url())
    assert [p.properties.id for p in got] == [1, 2]
    got = items(h, client.paging.get_pages_partial_url_operation())
    assert [p.properties.id for p in got] == [1, 2]


def test_a_long_running_operation_that_ends_in_pages(h: Harness) -> None:
    paging = h.client("paging").paging
    poller = h.call(paging.begin_get_multiple_pages_lro())
    pager = h.call(poller.result())
    assert len(items(h, pager)) == 10
