"""Operations that accept several media types (media_types.json): the body is
sent as the media type the caller names, or as one that suits the value
(bytes: binary, str: text, a model or a dict: JSON); a media type with a
charset parameter is sent as the spec spells it."""

from __future__ import annotations

from .conftest import Harness

SPEC = "media_types"


def test_json_or_pdf(h: Harness) -> None:
    ops, models = h.client(SPEC).mediatypes, h.models(SPEC)
    assert h.call(ops.analyze_body(input=models.SourcePath(source="http://example.org/a.pdf"))) == "Nice job with JSON"
    assert h.call(ops.analyze_body(input=b"PDF", content_type="application/pdf")) == "Nice job with PDF"
    h.call(ops.analyze_body_no_accept_header(input=models.SourcePath(source="http://example.org/a.pdf")))
    h.call(ops.analyze_body_no_accept_header(input=b"PDF", content_type="application/pdf"))


def test_a_media_type_with_a_charset(h: Harness) -> None:
    ops = h.client(SPEC).mediatypes
    assert h.call(ops.content_type_with_encoding(input="input")) == "Nice job sending content type with encoding"


def test_binary_text_and_json_bodies(h: Harness) -> None:
    ops = h.client(SPEC).mediatypes
    h.call(ops.binary_body_with_two_content_types(message=b'{"hello": "world"}', content_type="application/json"))
    h.call(ops.binary_body_with_two_content_types(message=b"\\x00\\x01"))
    h.call(ops.binary_body_with_three_content_types(message=b'{"hello": "world"}', content_type="application/json"))
    h.call(ops.binary_body_with_three_content_types(message=b"\\x00\\x01"))
    h.call(ops.binary_body_with_three_content_types(message="hello, world"))  # text/plain
    h.call(ops.body_three_types(message={"hello": "world"}))  # JSON
    h.call(ops.body_three_types(message=b"\\x00\\x01"))
    h.call(ops.body_three_types(message="hello, world"))
    # (put_text_and_json_body has no route on the server.)
