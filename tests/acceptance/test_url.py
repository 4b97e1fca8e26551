"""Path and query parameters of every type (url.json): serialized as their
type's wire form, percent-encoded unless the spec says not to, constants sent
by the method itself, optional ones left out when None, and required ones
refused when None (nothing is sent)."""

from __future__ import annotations

import base64
import datetime

import pytest

from .conftest import Harness

# The server's multi-byte string (CJK compatibility ideographs, which editors
# like to normalize away), spelled as the base64 of its UTF-8 bytes.
MULTIBYTE = base64.b64decode("5ZWK6b2E5LiC54ub54uc76ex76Ss76ex76iM76ip").decode("utf-8")
URL_ENCODED = "begin!*'();:@ &=+$,/?#[]end"

CONSTANT_PATHS = [
    "get_boolean_true",
    "get_boolean_false",
    "get_int_one_million",
    "get_int_negative_one_million",
    "get_ten_billion",
    "get_negative_ten_billion",
    "float_scientific_positive",
    "float_scientific_negative",
    "double_decimal_positive",
    "double_decimal_negative",
    "string_unicode",
    "string_url_encoded",
    "string_url_non_encoded",
    "string_empty",
    "byte_empty",
    "date_valid",
    "date_time_valid",
]


@pytest.mark.parametrize("operation", CONSTANT_PATHS)
def test_constant_path_parameters(h: Harness, operation: str) -> None:
    assert h.call(getattr(h.client("url", "globalStringPath", global_string_query=None).paths, operation)()) is None


def test_path_parameters_of_every_type(h: Harness) -> None:
    paths = h.client("url", "globalStringPath").paths
    models = h.models("url")
    h.call(paths.enum_valid(models.UriColor.GREEN_COLOR))
    h.call(paths.byte_multi_byte(MULTIBYTE.encode("utf-8")))
    h.call(paths.base64_url(b"lorem"))
    h.call(paths.array_csv_in_path(["ArrayPath1", URL_ENCODED, None, ""]))
    h.call(paths.unix_time_url(datetime.datetime(2016, 4, 13, tzinfo=datetime.UTC)))


@pytest.mark.parametrize("operation", ["string_null", "enum_null", "byte_null", "date_null", "date_time_null"])
def test_a_required_path_parameter_cannot_be_none(h: Harness, operation: str) -> None:
    module = h.module("url")
    error = h.raises(module.ArgumentError, lambda: getattr(h.client("url", "globalStringPath").paths, operation)(None))
    assert isinstance(error, ValueError) and "required" in str(error)


# The same constants in the query (there is no unencoded query string scenario).
CONSTANT_QUERIES = [name for name in CONSTANT_PATHS if name != "string_url_non_encoded"]


@pytest.mark.parametrize("operation", CONSTANT_QUERIES)
def test_constant_query_parameters(h: Harness, operation: str) -> None:
    h.call(getattr(h.client("url", "globalStringPath").queries, operation)())


@pytest.mark.parametrize(
    "operation",
    [
        "get_boolean_null",
        "get_int_null",
        "get_long_null",
        "float_null",
        "double_null",
        "string_null",
        "enum_null",
        "byte_null",
        "date_null",
        "date_time_null",
        "array_string_csv_null",
    ],
)
def test_an_optional_query_parameter_left_none_is_not_sent(h: Harness, operation: str) -> None:
    h.call(getattr(h.client("url", "globalStringPath").queries, operation)())


def test_query_parameters_of_every_type(h: Harness) -> None:
    queries = h.client("url", "globalStringPath").queries
    models = h.models("url")
    h.call(queries.enum_valid(enum_query=models.UriColor.GREEN_COLOR))
    h.call(queries.byte_multi_byte(byte_query=MULTIBYTE.encode("utf-8")))


def test_query_arrays(h: Harness) -> None:
    queries = h.client("url", "globalStringPath").queries
    values = ["ArrayQuery1", URL_ENCODED, None, ""]
    h.call(queries.array_string_csv_valid(array_query=values))
    h.call(queries.array_string_ssv_valid(array_query=values))
    h.call(queries.array_string_tsv_valid(array_query=values))
    h.call(queries.array_string_pipes_valid(array_query=values))
    h.call(queries.array_string_csv_empty(array_query=[]))
    h.call(queries.array_string_no_collection_format_empty(array_query=["hello", "nihao", "bonjour"]))


def test_path_items_with_global_and_local_parameters(h: Harness) -> None:
    items = h.client("url", "globalStringPath", global_string_query="globalStringQuery").path_items
    # globalStringPath is a global parameter: the client carries it.
    arguments = {
        "path_item_string_path": "pathItemStringPath",
        "local_string_path": "localStringPath",
    }
    h.call(items.get_all_with_values(
        **arguments, path_item_string_query="pathItemStringQuery", local_string_query="localStringQuery"
    ))
    h.call(items.get_local_path_item_query_null(**arguments))
    without_global = h.client("url", "globalStringPath").path_items
    h.call(without_global.get_global_query_null(
        **arguments, path_item_string_query="pathItemStringQuery", local_string_query="localStringQuery"
    ))
    h.call(without_global.get_global_and_local_query_null(
        **arguments, path_item_string_query="pathItemStringQuery"
    ))


def test_multi_collection_format_repeats_the_parameter(h: Harness) -> None:
    queries = h.client("url-multi-collectionFormat").queries
    h.call(queries.array_string_multi_null())
    h.call(queries.array_string_multi_empty(array_query=[]))
    h.call(queries.array_string_multi_valid(array_query=["ArrayQuery1", URL_ENCODED, None, ""]))
