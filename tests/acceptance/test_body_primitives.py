"""Primitive bodies: booleans, integers, numbers (body-boolean, body-integer,
body-number swaggers)."""

from __future__ import annotations

import datetime

import pytest

from .conftest import Harness


def test_bool_true_and_false(h: Harness) -> None:
    ops = h.client("body-boolean").bool
    assert h.call(ops.get_true()) is True
    assert h.call(ops.get_false()) is False
    h.call(ops.put_true())
    h.call(ops.put_false())


def test_bool_null_is_none(h: Harness) -> None:
    assert h.call(h.client("body-boolean").bool.get_null()) is None


def test_bool_invalid_json_is_a_deserialization_error(h: Harness) -> None:
    module = h.module("body-boolean")
    error = h.raises(module.DeserializationError, h.client("body-boolean").bool.get_invalid)
    assert isinstance(error, module.ClientError)
    assert error.response.status_code == 200
