"""Required and optional values (required-optional.json): optional ones left
None are not sent (no body, no header, no query parameter); required ones
given as None raise ArgumentError (or TypeError when left out) before anything
is sent; optional binary bodies may be left out."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Harness

SPEC = "required-optional"


def client(h: Harness, **kwargs: Any) -> Any:
    kwargs.setdefault("required_global_query", "required")
    return h.client(SPEC, "required-path", **kwargs)


def test_optional_values_left_out(h: Harness) -> None:
    implicit = client(h).implicit
    h.call(implicit.put_optional_query(query_parameter=None))
    h.call(implicit.put_optional_header(query_parameter=None))
    h.call(implicit.put_optional_body(body_parameter=None))
    h.call(implicit.put_optional_binary_body(body_parameter=None))
    h.call(client(h, optional_global_query=None).implicit.get_optional_global_query())


def test_binary_bodies(h: Harness) -> None:
    explicit = client(h).explicit
    h.call(explicit.put_optional_binary_body(body_parameter=None))
    h.call(explicit.put_required_binary_body(body_parameter=b"\x00\x01\x02"))


@pytest.mark.parametrize(
    "operation",
    [
        "post_optional_integer_parameter",
        "post_optional_integer_property",
        "post_optional_integer_header",
        "post_optional_string_parameter",
        "post_optional_string_property",
        "post_optional_string_header",
        "post_optional_class_property",
        "post_optional_array_parameter",
        "post_optional_array_property",
        "post_optional_array_header",
    ],
)
def test_general_optional_values(h: Harness, operation: str) -> None:
    h.call(getattr(client(h).explicit, operation)())


@pytest.mark.parametrize(
    ("operation", "argument"),
    [
        ("post_required_integer_header", "header_parameter"),
        ("post_required_string_header", "header_parameter"),
        ("post_required_array_header", "header_parameter"),
    ],
)
def test_a_required_header_given_as_none_is_refused(h: Harness, operation: str, argument: str) -> None:
    module = h.module(SPEC)
    h.raises(module.ArgumentError, lambda: getattr(client(h).explicit, operation)(**{argument: None}))


def test_required_path_and_global_values_given_as_none_are_refused(h: Harness) -> None:
    module = h.module(SPEC)
    h.raises(module.ArgumentError, lambda: client(h).implicit.get_required_path(None))
    # Required client parameters are checked when the client is made.
    h.raises(module.ArgumentError, lambda: h.client(SPEC, None, required_global_query="q"))
    h.raises(module.ArgumentError, lambda: client(h, required_global_query=None))
