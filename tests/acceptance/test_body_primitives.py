"""Primitive bodies (body-boolean, body-integer, body-number, body-string,
body-byte, body-date, body-datetime, body-datetime-rfc1123, body-duration):
what the service sends is parsed to the declared Python type; an empty body
or null is None; a body that is not what the spec declares raises
DeserializationError."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import pytest

from .conftest import Harness
from .testserver import swagger_dir

UTC = datetime.UTC


def invalid(h: Harness, swagger: str, call: object) -> None:
    module = h.module(swagger)
    error = h.raises(module.DeserializationError, call)
    assert isinstance(error, module.ClientError)
    assert error.response.status_code == 200


def test_bool(h: Harness) -> None:
    ops = h.client("body-boolean").bool
    assert h.call(ops.get_true()) is True
    assert h.call(ops.get_false()) is False
    h.call(ops.put_true())  # a body that allows one value is sent by the method
    h.call(ops.put_false())
    assert h.call(ops.get_null()) is None
    invalid(h, "body-boolean", ops.get_invalid)


def test_integer(h: Harness) -> None:
    ops = h.client("body-integer").int
    h.call(ops.put_max32(int_body=2147483647))
    h.call(ops.put_min32(int_body=-2147483648))
    h.call(ops.put_max64(int_body=9223372036854775807))
    h.call(ops.put_min64(int_body=-9223372036854775808))
    assert h.call(ops.get_null()) is None
    invalid(h, "body-integer", ops.get_invalid)
    # Python's int has no overflow: the values arrive as sent.
    assert h.call(ops.get_overflow_int32()) == 2147483656
    assert h.call(ops.get_underflow_int32()) == -2147483656
    assert h.call(ops.get_overflow_int64()) == 9223372036854775910
    assert h.call(ops.get_underflow_int64()) == -9223372036854775910


def test_unix_time(h: Harness) -> None:
    ops = h.client("body-integer").int
    when = datetime.datetime(2016, 4, 13, tzinfo=UTC)
    h.call(ops.put_unix_time_date(int_body=when))
    assert h.call(ops.get_unix_time()) == when
    assert h.call(ops.get_null_unix_time()) is None
    invalid(h, "body-integer", ops.get_invalid_unix_time)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("big_float", 3.402823e20),
        ("small_float", 3.402823e-20),
        ("big_double", 2.5976931e101),
        ("small_double", 2.5976931e-101),
    ],
)
def test_number(h: Harness, name: str, value: float) -> None:
    ops = h.client("body-number").number
    h.call(getattr(ops, f"put_{name}")(number_body=value))
    assert h.call(getattr(ops, f"get_{name}")()) == value


def test_number_constants_and_decimals(h: Harness) -> None:
    ops = h.client("body-number").number
    h.call(ops.put_big_double_positive_decimal())
    h.call(ops.put_big_double_negative_decimal())
    assert h.call(ops.get_big_double_positive_decimal()) == 99999999.99
    assert h.call(ops.get_big_double_negative_decimal()) == -99999999.99
    assert h.call(ops.get_null()) is None
    invalid(h, "body-number", ops.get_invalid_float)
    invalid(h, "body-number", ops.get_invalid_double)


def test_decimal(h: Harness) -> None:
    ops = h.client("body-number").number
    h.call(ops.put_big_decimal(number_body=Decimal("2.5976931e101")))
    assert h.call(ops.get_big_decimal()) == Decimal("2.5976931e101")
    h.call(ops.put_small_decimal(number_body=Decimal("2.5976931e-101")))
    assert h.call(ops.get_small_decimal()) == Decimal("2.5976931e-101")
    h.call(ops.put_big_decimal_positive_decimal())
    h.call(ops.put_big_decimal_negative_decimal())
    assert h.call(ops.get_big_decimal_positive_decimal()) == Decimal("99999999.99")
    assert h.call(ops.get_big_decimal_negative_decimal()) == Decimal("-99999999.99")
    invalid(h, "body-number", ops.get_invalid_decimal)


WHITESPACE = "    Now is the time for all good men to come to the aid of their country    "


def test_string(h: Harness) -> None:
    ops = h.client("body-string").string
    assert h.call(ops.get_null()) is None
    h.call(ops.put_null())
    assert h.call(ops.get_empty()) == ""
    h.call(ops.put_empty())
    spec = json.loads((swagger_dir() / "body-string.json").read_text(encoding="utf-8-sig"))
    get_mbcs = spec["paths"]["/string/mbcs"]["get"]["responses"]["200"]["schema"]
    assert h.call(ops.get_mbcs()) == get_mbcs["enum"][0]
    h.call(ops.put_mbcs())
    assert h.call(ops.get_whitespace()) == WHITESPACE
    h.call(ops.put_whitespace())
    assert h.call(ops.get_not_provided()) is None


def test_string_base64(h: Harness) -> None:
    ops = h.client("body-string").string
    assert h.call(ops.get_base64_encoded()) == b"a string that gets encoded with base64"
    assert h.call(ops.get_base64_url_encoded()) == b"a string that gets encoded with base64url"
    h.call(ops.put_base64_url_encoded(string_body=b"a string that gets encoded with base64url"))
    assert h.call(ops.get_null_base64_url_encoded()) is None


def test_string_enums(h: Harness) -> None:
    ops = h.client("body-string").enum
    models = h.models("body-string")
    assert h.call(ops.get_not_expandable()) == models.Colors.RED_COLOR
    h.call(ops.put_not_expandable(string_body=models.Colors.RED_COLOR))
    assert h.call(ops.get_referenced()) == models.Colors.RED_COLOR
    h.call(ops.put_referenced(enum_string_body=models.Colors.RED_COLOR))
    constant = h.call(ops.get_referenced_constant())
    assert constant.field1 == "Sample String"
    h.call(ops.put_referenced_constant())  # sends the constant ColorConstant


def test_byte(h: Harness) -> None:
    ops = h.client("body-byte").byte
    value = bytes([255, 254, 253, 252, 251, 250, 249, 248, 247, 246])
    assert h.call(ops.get_null()) is None
    assert h.call(ops.get_empty()) == b""
    assert h.call(ops.get_non_ascii()) == value
    h.call(ops.put_non_ascii(byte_body=value))
    invalid(h, "body-byte", ops.get_invalid)


def test_date(h: Harness) -> None:
    ops = h.client("body-date").date
    assert h.call(ops.get_null()) is None
    h.call(ops.put_max_date(date_body=datetime.date(9999, 12, 31)))
    assert h.call(ops.get_max_date()) == datetime.date(9999, 12, 31)
    h.call(ops.put_min_date(date_body=datetime.date(1, 1, 1)))
    assert h.call(ops.get_min_date()) == datetime.date(1, 1, 1)
    for call in (ops.get_invalid_date, ops.get_overflow_date, ops.get_underflow_date):
        invalid(h, "body-date", call)


MAX_UTC = datetime.datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=UTC)
MIN_UTC = datetime.datetime(1, 1, 1, tzinfo=UTC)


def offset(hours: int) -> datetime.timezone:
    return datetime.timezone(datetime.timedelta(hours=hours))


def test_datetime_utc(h: Harness) -> None:
    ops = h.client("body-datetime").datetime
    assert h.call(ops.get_null()) is None
    h.call(ops.put_utc_max_date_time(datetime_body=MAX_UTC))
    assert h.call(ops.get_utc_lowercase_max_date_time()) == MAX_UTC
    assert h.call(ops.get_utc_uppercase_max_date_time()) == MAX_UTC
    h.call(ops.put_utc_min_date_time(datetime_body=MIN_UTC))
    assert h.call(ops.get_utc_min_date_time()) == MIN_UTC
    # Seven fraction digits (.NET's round-trip format) read on any Python
    # (3.10's fromisoformat refuses them): the seventh is dropped.
    seven = h.call(ops.get_utc_uppercase_max_date_time7_digits())
    assert seven == datetime.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
    for call in (ops.get_invalid, ops.get_underflow):
        invalid(h, "body-datetime", call)
    # Year 10000 in UTC, but a valid instant in its own offset: kept as sent.
    assert h.call(ops.get_overflow()) == datetime.datetime(
        9999, 12, 31, 23, 59, 59, 999000, tzinfo=offset(-14)
    )


def test_datetime_offsets(h: Harness) -> None:
    ops = h.client("body-datetime").datetime
    positive = datetime.datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=offset(14))
    assert h.call(ops.get_local_positive_offset_lowercase_max_date_time()) == positive
    assert h.call(ops.get_local_positive_offset_uppercase_max_date_time()) == positive
    negative = datetime.datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=offset(-14))
    assert h.call(ops.get_local_negative_offset_lowercase_max_date_time()) == negative
    assert h.call(ops.get_local_negative_offset_uppercase_max_date_time()) == negative
    # Sent in UTC unless that leaves year 1: then in its own offset.
    h.call(ops.put_local_positive_offset_min_date_time(
        datetime_body=datetime.datetime(1, 1, 1, tzinfo=offset(14))
    ))
    assert h.call(ops.get_local_positive_offset_min_date_time()) == datetime.datetime(
        1, 1, 1, tzinfo=offset(14)
    )
    h.call(ops.put_local_negative_offset_min_date_time(
        datetime_body=datetime.datetime(1, 1, 1, 0, tzinfo=offset(-14))
    ))
    assert h.call(ops.get_local_negative_offset_min_date_time()) == datetime.datetime(
        1, 1, 1, tzinfo=offset(-14)
    )
    # No offset: read as UTC.
    assert h.call(ops.get_local_no_offset_min_date_time()) == MIN_UTC


def test_datetime_rfc1123(h: Harness) -> None:
    ops = h.client("body-datetime-rfc1123").datetimerfc1123
    assert h.call(ops.get_null()) is None
    max_value = datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
    h.call(ops.put_utc_max_date_time(datetime_body=max_value))
    assert h.call(ops.get_utc_lowercase_max_date_time()) == max_value
    assert h.call(ops.get_utc_uppercase_max_date_time()) == max_value
    h.call(ops.put_utc_min_date_time(datetime_body=MIN_UTC))
    assert h.call(ops.get_utc_min_date_time()) == MIN_UTC
    for call in (ops.get_invalid, ops.get_overflow, ops.get_underflow):
        invalid(h, "body-datetime-rfc1123", call)


def test_duration(h: Harness) -> None:
    ops = h.client("body-duration").duration
    assert h.call(ops.get_null()) is None
    h.call(ops.put_positive_duration(
        duration_body=datetime.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11)
    ))
    # P3Y6M4DT12H30M5S: years count 365 days, months 30.
    assert h.call(ops.get_positive_duration()) == datetime.timedelta(
        days=3 * 365 + 6 * 30 + 4, hours=12, minutes=30, seconds=5
    )
    invalid(h, "body-duration", ops.get_invalid)
