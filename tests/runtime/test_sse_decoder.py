"""The event-stream decoder against the WHATWG rules."""

from __future__ import annotations

import pytest

from azure_openai_authoring._streaming import ServerSentEvent, iter_lines, iter_sse


def events(*chunks: bytes) -> list[ServerSentEvent]:
    return list(iter_sse(chunks))


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert events(b"data: a\ndata: b\n\n") == [ServerSentEvent("a\nb")]


def test_event_id_and_retry_fields() -> None:
    (event,) = events(b"event: update\nid: 7\nretry: 1500\ndata: x\n\n")
    assert event == ServerSentEvent("x", "update", "7", 1500)


def test_the_last_event_id_carries_over_and_event_type_resets() -> None:
    first, second = events(b"id: 1\nevent: a\ndata: x\n\ndata: y\n\n")
    assert (first.id, first.event) == ("1", "a")
    assert (second.id, second.event) == ("1", "message")


def test_comments_fields_without_colon_and_unknown_fields() -> None:
    assert events(b": keep-alive\nfoo: bar\ndata\ndata:no-space\n\n") == [ServerSentEvent("\nno-space")]


def test_a_single_space_after_the_colon_is_dropped_and_no_more() -> None:
    assert events(b"data:  two spaces\n\n") == [ServerSentEvent(" two spaces")]


@pytest.mark.parametrize("eol", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending(eol: bytes) -> None:
    body = b"data: a" + eol + b"data: b" + eol + eol
    assert events(body) == [ServerSentEvent("a\nb")]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    assert events(b"data: a\r", b"\n\r", b"\n") == [ServerSentEvent("a")]


def test_utf8_split_across_chunks() -> None:
    text = "data: caf\u00e9 \u2713\n\n".encode()
    assert events(*[text[i : i + 1] for i in range(len(text))]) == [ServerSentEvent("caf\u00e9 \u2713")]


def test_an_event_without_a_closing_blank_line_is_not_dispatched() -> None:
    assert events(b"data: a\n\ndata: b") == [ServerSentEvent("a")]


def test_retry_must_be_digits_and_id_must_not_contain_nul() -> None:
    (event,) = events(b"retry: soon\nid: a\x00b\ndata: x\n\n")
    assert event.retry is None and event.id is None


def test_lines() -> None:
    assert list(iter_lines([b"a\r\nb\rc\n", b"d"])) == ["a", "b", "c", "d"]


def test_line_splitting_is_linear_in_the_stream_size() -> None:
    # 8 MB without a line break, in 64 KB chunks: each chunk is scanned once.
    import time

    chunks = [b"x" * 65536] * 128 + [b"\n"]
    started = time.process_time()
    (line,) = iter_lines(chunks, max_line_size=16 * 1024 * 1024)
    assert len(line) == 8 * 1024 * 1024
    assert time.process_time() - started < 1.0


def test_a_line_over_the_cap_raises_instead_of_growing() -> None:
    from azure_openai_authoring._streaming import LineTooLongError

    with pytest.raises(LineTooLongError, match="longer than 1000"):
        list(iter_lines([b"y" * 600, b"y" * 600], max_line_size=1000))


@pytest.mark.parametrize("split", [1, 2, 3, 5])
def test_crlf_split_across_chunks_any_way_ends_each_line_once(split: int) -> None:
    data = b"a\r\n\r\nb\r\rc\n\nd\r"
    chunks = [data[i : i + split] for i in range(0, len(data), split)]
    assert list(iter_lines(chunks)) == ["a", "", "b", "", "c", "", "d"]
