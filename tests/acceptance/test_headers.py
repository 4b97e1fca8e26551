"""Header parameters and response headers of every type (header.json):
request headers spelled as their type's wire form; declared response headers
parsed to their types on the raw response (`with_raw_response`)."""

from __future__ import annotations

import base64
import datetime
from typing import Any

import pytest

from .conftest import Harness

UTC = datetime.UTC
MULTIBYTE = base64.b64decode("5ZWK6b2E5LiC54ub54uc76ex76Ss76ex76iM76ip").decode("utf-8")
DURATION = datetime.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11)

PARAMETERS: list[tuple[str, str, Any]] = [
    ("integer", "positive", 1),
    ("integer", "negative", -2),
    ("long", "positive", 105),
    ("long", "negative", -2),
    ("float", "positive", 0.07),
    ("float", "negative", -3.0),
    ("double", "positive", 7e120),
    ("double", "negative", -3.0),
    ("bool", "true", True),
    ("bool", "false", False),
    ("string", "valid", "The quick brown fox jumps over the lazy dog"),
    ("string", "null", None),
    ("string", "empty", ""),
    ("date", "valid", datetime.date(2010, 1, 1)),
    ("date", "min", datetime.date(1, 1, 1)),
    ("datetime", "valid", datetime.datetime(2010, 1, 1, 12, 34, 56, tzinfo=UTC)),
    ("datetime", "min", datetime.datetime(1, 1, 1, tzinfo=UTC)),
    ("datetime_rfc1123", "valid", datetime.datetime(2010, 1, 1, 12, 34, 56, tzinfo=UTC)),
    ("datetime_rfc1123", "min", datetime.datetime(1, 1, 1, tzinfo=UTC)),
    ("duration", "valid", DURATION),
    ("byte", "valid", MULTIBYTE.encode("utf-8")),
]


@pytest.mark.parametrize(("kind", "scenario", "value"), PARAMETERS, ids=[f"{k}-{s}" for k, s, _ in PARAMETERS])
def test_header_parameters(h: Harness, kind: str, scenario: str, value: Any) -> None:
    group = h.client("header").header
    h.call(getattr(group, f"param_{kind}")(scenario=scenario, value=value))


@pytest.mark.parametrize(("kind", "scenario", "value"), PARAMETERS, ids=[f"{k}-{s}" for k, s, _ in PARAMETERS])
def test_response_headers(h: Harness, kind: str, scenario: str, value: Any) -> None:
    group = h.client("header").header
    raw = h.call(raw_call(h, getattr(group, f"response_{kind}"))(scenario=scenario))
    got = raw.declared_headers.get("value")
    if kind == "string" and scenario == "null":
        assert got == "null"  # express writes a null header as the text
    else:
        assert got == value


def raw_call(h: Harness, method: Any) -> Any:
    module = h.module("header")
    return (module.async_with_raw_response if h.is_async else module.with_raw_response)(method)


def test_enum_headers(h: Harness) -> None:
    group = h.client("header").header
    models = h.models("header")
    h.call(group.param_enum(scenario="valid", value=models.GreyscaleColors.GREY))
    h.call(group.param_enum(scenario="null", value=None))
    assert h.call(raw_call(h, group.response_enum)(scenario="valid")).declared_headers["value"] == "GREY"
    assert h.call(raw_call(h, group.response_enum)(scenario="null")).declared_headers["value"] == ""


def test_existing_and_protected_keys(h: Harness) -> None:
    group = h.client("header").header
    h.call(group.param_existing_key(user_agent="overwrite"))
    raw = h.call(raw_call(h, group.response_existing_key)())
    assert raw.declared_headers["user-agent"] == "overwrite"
    h.call(group.param_protected_key(content_type="text/html"))
    raw = h.call(raw_call(h, group.response_protected_key)())
    assert raw.declared_headers["content-type"].startswith("text/html")


def test_custom_request_id(h: Harness) -> None:
    group = h.client("header").header
    h.call(group.custom_request_id(
        request_options={"headers": {"x-ms-client-request-id": "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"}}
    ))
