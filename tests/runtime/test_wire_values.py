"""Values off the wire read as services send them, on every Python a
generated client supports (3.10+).

Date-times and times: Python 3.10's fromisoformat refuses fractions of
other than 3 or 6 digits (.NET writes 7, Go as few as needed), `Z`, and
offsets without a colon, all of which services send. The runtime's own
reader of those forms is held against Python 3.11's fromisoformat (the
interpreter running these tests), which reads them all.

Bytes: base64 padded or not, in either alphabet, never with characters
dropped.
"""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from models_client import _serde

UTC = dt.UTC


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        # .NET's round-trip format: seven digits, the last dropped
        ("2023-05-01T10:20:30.1234567Z", dt.datetime(2023, 5, 1, 10, 20, 30, 123456, UTC)),
        ("9999-12-31T23:59:59.9999999Z", dt.datetime(9999, 12, 31, 23, 59, 59, 999999, UTC)),
        # Go's RFC3339Nano: trailing zeros trimmed
        ("2023-05-01T10:20:30.1Z", dt.datetime(2023, 5, 1, 10, 20, 30, 100000, UTC)),
        ("2023-05-01T10:20:30.123456789+02:00", dt.datetime(2023, 5, 1, 8, 20, 30, 123456, UTC)),
        ("2023-05-01t10:20:30z", dt.datetime(2023, 5, 1, 10, 20, 30, tzinfo=UTC)),
        ("2023-05-01T10:20:30-0130", dt.datetime(2023, 5, 1, 11, 50, 30, tzinfo=UTC)),
        ("2023-05-01 10:20:30", dt.datetime(2023, 5, 1, 10, 20, 30, tzinfo=UTC)),  # no zone: UTC
        ("2023-05-01", dt.datetime(2023, 5, 1, tzinfo=UTC)),
    ],
)
def test_date_times_in_every_rfc_3339_spelling(wire: str, expected: dt.datetime) -> None:
    assert _serde.iso_datetime(wire) == expected
    # (the reader Python 3.10 falls back to, run here)
    fallback = _serde._rfc3339_datetime(wire)
    assert (fallback if fallback.tzinfo else fallback.replace(tzinfo=UTC)) == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("10:20:30.1234567", dt.time(10, 20, 30, 123456)),
        ("10:20:30.5Z", dt.time(10, 20, 30, 500000, tzinfo=UTC)),
        ("10:20:30z", dt.time(10, 20, 30, tzinfo=UTC)),
        ("10:20:30+0100", dt.time(10, 20, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
        ("10:20", dt.time(10, 20)),
    ],
)
def test_times_in_every_rfc_3339_spelling(wire: str, expected: dt.time) -> None:
    assert _serde.iso_time(wire) == expected
    assert _serde._rfc3339_time(wire) == expected


@pytest.mark.parametrize(
    "wire",
    [
        "2023-05-01T25:00:00Z",
        "2023-13-01T00:00:00Z",
        "2023-05-01T10:20:30+24:00",
        "yesterday",
        "2023-05-01T10:20:30Z+01:00",
        "",
    ],
)
def test_what_is_no_date_time_is_refused(wire: str) -> None:
    with pytest.raises(ValueError):
        _serde._rfc3339_datetime(wire)
    with pytest.raises(ValueError):
        _serde.iso_datetime(wire)


two = st.integers(0, 99).map(lambda n: f"{n:02d}")
fractions = st.one_of(
    st.just(""), st.text("0123456789", min_size=1, max_size=9).map(lambda d: "." + d)
)
zones = st.one_of(
    st.sampled_from(["", "Z", "+00:00", "-00:00"]),
    st.tuples(
        st.sampled_from("+-"), st.integers(0, 23), st.integers(0, 59), st.sampled_from(["", ":"])
    ).map(lambda z: f"{z[0]}{z[1]:02d}{z[3]}{z[2]:02d}"),
)


@given(
    date=st.dates(min_value=dt.date(1, 1, 1)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    second=st.integers(0, 59),
    fraction=fractions,
    zone=zones,
    separator=st.sampled_from("Tt "),
)
def test_the_runtime_reads_a_date_time_as_python_3_11_reads_it(
    date: dt.date, hour: int, minute: int, second: int, fraction: str, zone: str, separator: str
) -> None:
    wire = f"{date.isoformat()}{separator}{hour:02d}:{minute:02d}:{second:02d}{fraction}{zone}"
    assert _serde._rfc3339_datetime(wire) == dt.datetime.fromisoformat(wire)
    expected = dt.datetime.fromisoformat(wire)
    assert _serde.iso_datetime(wire) == (
        expected if expected.tzinfo else expected.replace(tzinfo=UTC)
    )


@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    second=st.integers(0, 59),
    fraction=fractions,
    zone=zones,
)
def test_the_runtime_reads_a_time_as_python_3_11_reads_it(
    hour: int, minute: int, second: int, fraction: str, zone: str
) -> None:
    wire = f"{hour:02d}:{minute:02d}:{second:02d}{fraction}{zone}"
    assert _serde._rfc3339_time(wire) == dt.time.fromisoformat(wire)


@given(st.binary(max_size=64), st.sampled_from(["standard", "url"]), st.booleans(), st.booleans())
def test_bytes_in_either_base64_alphabet_padded_or_not(
    raw: bytes, alphabet: str, padded: bool, wrapped: bool
) -> None:
    text = (base64.b64encode if alphabet == "standard" else base64.urlsafe_b64encode)(raw).decode()
    if not padded:
        text = text.rstrip("=")
    if wrapped:  # (MIME breaks lines every 76 characters)
        text = "\r\n".join(text[i : i + 8] for i in range(0, len(text), 8))
    assert _serde.base64_bytes(text) == raw
    assert _serde.base64url_bytes(text) == raw


@pytest.mark.parametrize("text", ["::::SWAGGER::::", "aGVsbG8-!", "a", "aGVs bG8=x"])
def test_what_is_no_base64_is_refused_not_read_in_part(text: str) -> None:
    with pytest.raises(ValueError):
        _serde.base64_bytes(text)
    with pytest.raises(ValueError):
        _serde.base64url_bytes(text)


@given(st.timedeltas())
def test_a_duration_written_reads_back_as_the_same_duration(value: dt.timedelta) -> None:
    """Every microsecond survives the wire, at any size (Azure Batch's
    `maxWallClockTime` is .NET's TimeSpan.MaxValue, 10,675,199 days)."""
    text = _serde.iso_duration_to_wire(value)
    assert "e" not in text.lower()  # (no exponent: `1e-06S` is no duration)
    assert _serde.iso_duration(text) == value


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (dt.timedelta(seconds=12.345678), "PT12.345678S"),
        (dt.timedelta(minutes=1, seconds=59.999999), "PT1M59.999999S"),
        (dt.timedelta(microseconds=1), "PT0.000001S"),
        (dt.timedelta(days=10675199, hours=2, minutes=48, seconds=5, microseconds=477581), "P10675199DT2H48M5.477581S"),
        (dt.timedelta(minutes=30), "PT30M"),
        (dt.timedelta(seconds=1.5), "PT1.5S"),
        (dt.timedelta(0), "PT0S"),
        (-dt.timedelta(days=1, seconds=1), "-P1DT1S"),
    ],
)
def test_a_duration_is_written_to_the_microsecond(value: dt.timedelta, wire: str) -> None:
    assert _serde.iso_duration_to_wire(value) == wire


class _Shade(_serde.WireEnum):
    DARK = "dark"


@pytest.mark.parametrize("wire", [{"override": True}, ["dark"]])
def test_an_enum_value_that_is_no_scalar_is_refused_by_its_enum_name(wire: object) -> None:
    # (a server's object where a spec says enum value: no bare "unhashable
    # type" from the lookup table, and no dict passed on as a member)
    with pytest.raises(TypeError, match=r"expected a _Shade value, got "):
        _serde.opt_enum(_Shade, wire)
    assert _serde.opt_enum(_Shade, "light") == "light"  # (unknown scalars are kept)
