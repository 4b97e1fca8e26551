"""The checked-in seed client, driven through scripted httpx.MockTransport
answers: what it sends, what it returns, and how it fails."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from azure_openai_authoring import (
    ByteStream,
    Client,
    EventStream,
    NotFoundError,
    OperationFailedError,
    RateLimitError,
    models,
)

ENDPOINT = "https://myresource.openai.azure.com"
ERROR_BODY = {
    "error": {
        "code": "notFound",
        "message": "File file-9 not found.",
        "details": [{"code": "notFound", "message": "inner detail"}],
        "innererror": {"code": "invalidPayload", "innererror": {"code": "somethingNew"}},
    }
}
FILE_BODY = {
    "object": "file",
    "id": "file-1",
    "purpose": "fine-tune",
    "filename": "puppy.jsonl",
    "status": "succeeded",
    "bytes": 140,
    "created_at": 1646126127,
}


class Recorder:
    """A scripted transport: answers in order, remembers the requests."""

    def __init__(self, *answers: httpx.Response | Callable[[httpx.Request], httpx.Response]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0)
        return answer(request) if callable(answer) else answer


def make_client(recorder: Recorder, **kwargs: Any) -> Client:
    kwargs.setdefault("polling_interval", 0)
    return Client(
        endpoint=ENDPOINT,
        api_key="secret-key",
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        **kwargs,
    )


def test_readme_usage() -> None:
    recorder = Recorder(
        httpx.Response(200, json={"object": "list", "data": [FILE_BODY]}),
        httpx.Response(201, json={"model": "curie", "training_files": [], "id": "ft-1", "status": "notRunning"}),
    )
    with make_client(recorder) as client:
        names = [f.filename for f in client.files.list().data or []]
        job = client.fine_tunes.create(model="curie", training_file="file-1")
    assert names == ["puppy.jsonl"]
    assert job.id == "ft-1" and job.status == models.State.NOT_RUNNING
    create = recorder.requests[1]
    assert json.loads(create.content) == {"model": "curie", "training_file": "file-1"}


def test_endpoint_is_used_as_is_with_the_host_template_and_every_call_sends_api_version_and_key() -> None:
    recorder = Recorder(*[httpx.Response(200, json={"data": []}) for _ in range(3)])
    client = make_client(recorder)
    client.models.list()
    client.files.list()
    make_client(recorder, api_version="2099-01-01").files.list()
    urls = [str(r.url) for r in recorder.requests]
    assert urls[0] == f"{ENDPOINT}/openai/models?api-version=2023-06-01-preview"
    assert urls[1] == f"{ENDPOINT}/openai/files?api-version=2023-06-01-preview"
    assert urls[2].endswith("?api-version=2099-01-01")
    assert all(r.headers["api-key"] == "secret-key" for r in recorder.requests)
    assert "secret-key" not in repr(client) and "secret-key" not in repr(client._pipeline.auth)


def test_path_parameters_are_url_encoded() -> None:
    recorder = Recorder(httpx.Response(200, json=FILE_BODY))
    make_client(recorder).files.get("a/b c")
    assert recorder.requests[0].url.raw_path.startswith(b"/openai/files/a%2Fb%20c?")


def test_models_parse_unixtime_as_aware_datetimes_and_keep_unknown_fields() -> None:
    body = {**FILE_BODY, "brand_new_field": {"x": [1, 2]}}
    parsed = models.File.from_dict(body)
    assert parsed.created_at == dt.datetime(2022, 3, 1, 9, 15, 27, tzinfo=dt.UTC)
    assert parsed.created_at is not None and parsed.created_at.tzinfo is not None
    assert parsed.additional_properties == {"brand_new_field": {"x": [1, 2]}}
    assert parsed.to_dict() == body


def test_read_only_properties_are_never_sent() -> None:
    parsed = models.File.from_dict(FILE_BODY)
    sent = parsed.to_dict(exclude_readonly=True)
    # id, created_at, bytes are readOnly; status and object refer to readOnly definitions.
    assert sent == {"purpose": "fine-tune", "filename": "puppy.jsonl"}


def test_extensible_enums_accept_values_the_spec_does_not_list() -> None:
    parsed = models.File.from_dict({**FILE_BODY, "status": "paused", "purpose": "assistants"})
    assert isinstance(parsed.status, models.State) and parsed.status == "paused"
    assert parsed.purpose == "assistants"
    assert parsed.to_dict()["status"] == "paused"
    assert models.State("succeeded") is models.State.SUCCEEDED
    assert str(models.State.SUCCEEDED) == f"{models.State.SUCCEEDED}" == "succeeded"
    assert str(parsed.status) == "paused"
    # x-ms-enum lists `deployment`, `enum` does not: the client knows both.
    assert models.TypeDiscriminator("deployment") is models.TypeDiscriminator.DEPLOYMENT


def test_recursive_error_models_and_inline_result_class() -> None:
    error = models.ErrorResponse.from_dict(ERROR_BODY).error
    assert error.code == models.ErrorCode.NOT_FOUND
    assert error.details is not None and error.details[0].message == "inner detail"
    assert error.innererror is not None and error.innererror.innererror is not None
    assert error.innererror.innererror.code == "somethingNew"
    operation = models.OperationResponse.from_dict(
        {"id": "op", "status": "succeeded", "created": 1, "result": {"created": 2, "data": [{"url": "https://x"}]}}
    )
    assert isinstance(operation.result, models.OperationResponseResult)
    assert isinstance(operation.result.data[0], models.ImageResult)
    assert models.ImageResults == list[models.ImageResult]


def _multipart_file_part(request: httpx.Request) -> tuple[str, bytes]:
    body = request.content
    header, _, rest = body.partition(b'name="file"; filename="')
    filename, _, rest = rest.partition(b'"')
    content = rest.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n--", 1)[0]
    assert header
    return filename.decode(), content


def test_upload_takes_bytes() -> None:
    recorder = Recorder(httpx.Response(201, json=FILE_BODY))
    uploaded = make_client(recorder).files.upload(purpose="fine-tune", file=b'{"prompt": 1}\n')
    assert uploaded.filename == "puppy.jsonl"
    request = recorder.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="purpose"\r\n\r\nfine-tune\r\n' in request.content
    assert _multipart_file_part(request)[1] == b'{"prompt": 1}\n'


def test_upload_takes_a_path_and_names_the_file_after_it(tmp_path: Path) -> None:
    path = tmp_path / "train.jsonl"
    path.write_bytes(b"line\n" * 3)
    recorder = Recorder(httpx.Response(201, json=FILE_BODY))
    make_client(recorder).files.upload(purpose=models.Purpose.FINE_TUNE, file=path)
    assert _multipart_file_part(recorder.requests[0]) == ("train.jsonl", b"line\n" * 3)


def test_upload_streams_an_open_file_instead_of_reading_it_whole() -> None:
    size = 3 * 1024 * 1024

    class Watched(io.BytesIO):
        reads: list[int] = []

        def read(self, n: int | None = -1) -> bytes:
            data = super().read(n)
            self.reads.append(len(data))
            return data

    source = Watched(b"x" * size)
    source.name = "big.jsonl"
    seen: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(len(request.content))
        return httpx.Response(201, json=FILE_BODY)

    recorder = Recorder(answer)
    make_client(recorder).files.upload(purpose="fine-tune", file=source)
    assert seen[0] > size
    assert sum(source.reads) >= size
    assert max(source.reads) < size, "the file was read in one piece"
    assert _multipart_file_part(recorder.requests[0])[0] == "big.jsonl"


def test_get_content_returns_bytes_and_the_stream_variant_yields_chunks() -> None:
    def chunks() -> Iterator[bytes]:
        yield b"first,"
        yield b"second,"
        yield b"third"

    recorder = Recorder(
        httpx.Response(200, content=b"a,b\n1,2\n", headers={"content-type": "application/octet-stream"}),
        httpx.Response(200, content=chunks(), headers={"content-type": "application/octet-stream"}),
    )
    client = make_client(recorder)
    assert client.files.get_content("file-1") == b"a,b\n1,2\n"
    with client.files.get_content_stream("file-1") as stream:
        assert isinstance(stream, ByteStream)
        received = list(stream)
    assert received == [b"first,", b"second,", b"third"]
    assert stream.response.is_closed
    assert recorder.requests[1].url.path == "/openai/files/file-1/content"


SSE_BODY = (
    b'data: {"object": "fine-tune-event", "created_at": 1646126127, "level": "info",'
    b' "message": "Job enqueued."}\n\n'
    b": a comment line\r\n"
    b'data: {"created_at": 1646126169, "level": "warning",\r\n'
    b'data:  "message": "Job started."}\r\n\r\n'
    b"data: [DONE]\n\n"
    b'data: {"after": "done is never parsed"}\n\n'
)


def test_events_stream_true_yields_events_until_done() -> None:
    recorder = Recorder(httpx.Response(200, content=SSE_BODY, headers={"content-type": "text/event-stream"}))
    stream = make_client(recorder).fine_tunes.get_events("ft-1", stream=True)
    assert isinstance(stream, EventStream)
    events = list(stream)
    assert [e.message for e in events] == ["Job enqueued.", "Job started."]
    assert all(isinstance(e, models.Event) for e in events)
    assert events[1].level == models.LogLevel.WARNING
    request = recorder.requests[0]
    assert request.url.params["stream"] == "true"
    assert request.headers["accept"] == "text/event-stream"
    assert stream.response.is_closed


def test_events_without_stream_return_the_list() -> None:
    recorder = Recorder(httpx.Response(200, json={"object": "list", "data": [{"created_at": 1, "level": "info", "message": "m"}]}))
    events = make_client(recorder).fine_tunes.get_events("ft-1")
    assert isinstance(events, models.EventList) and events.data is not None
    assert events.data[0].message == "m"
    assert "stream" not in recorder.requests[0].url.params


def test_begin_generate_polls_operation_location_honouring_retry_after() -> None:
    monitor = f"{ENDPOINT}/openai/operations/images/op-1?api-version=2023-06-01-preview"
    recorder = Recorder(
        httpx.Response(202, json={"id": "op-1", "status": "notRunning"}, headers={"operation-location": monitor}),
        httpx.Response(200, json={"id": "op-1", "status": "running", "created": 1679320850}, headers={"retry-after": "2"}),
        httpx.Response(
            200,
            json={
                "id": "op-1",
                "status": "succeeded",
                "created": 1679320850,
                "result": {"created": 1679320850, "data": [{"url": "https://img/1"}]},
            },
        ),
    )
    client = make_client(recorder, polling_interval=0.5)
    slept: list[float] = []
    client._pipeline.sleep = slept.append
    poller = client.images.begin_generate(prompt="An avocado chair", n=1, size=models.Size.SIZE_256X256)
    assert not poller.done() and poller.status() == "notRunning"
    assert poller.initial_result.id == "op-1"
    final = poller.result()
    assert poller.done() and poller.status() == "succeeded"
    assert isinstance(final, models.OperationResponse)
    assert final.result is not None and final.result.data[0].url == "https://img/1"
    assert slept == [0.5, 2.0]  # the client's interval, then the service's retry-after
    assert [str(r.url) for r in recorder.requests[1:]] == [monitor, monitor]
    assert json.loads(recorder.requests[0].content) == {"prompt": "An avocado chair", "n": 1, "size": "256x256"}


def test_failed_long_running_operation_raises() -> None:
    recorder = Recorder(
        httpx.Response(202, json={"id": "op", "status": "notRunning"}, headers={"operation-location": f"{ENDPOINT}/m"}),
        httpx.Response(200, json={"id": "op", "status": "failed", "error": {"code": "contentFilter", "message": "no"}}),
    )
    poller = make_client(recorder).images.begin_generate(prompt="x")
    with pytest.raises(OperationFailedError) as caught:
        poller.result()
    assert caught.value.status == "failed" and "contentFilter" in str(caught.value)


def test_errors_carry_status_parsed_error_request_id_and_response() -> None:
    recorder = Recorder(httpx.Response(404, json=ERROR_BODY, headers={"x-ms-request-id": "req-42"}))
    with pytest.raises(NotFoundError) as caught:
        make_client(recorder).files.get("file-9")
    error = caught.value
    assert error.status_code == 404
    assert isinstance(error.error, models.ErrorResponse)
    assert error.error.error.code == models.ErrorCode.NOT_FOUND
    assert error.error.error.innererror is not None
    assert error.request_id == "req-42"
    assert error.response.status_code == 404
    assert "notFound" in str(error) and "File file-9 not found." in str(error) and "req-42" in str(error)


def test_a_retryable_status_is_retried_after_retry_after() -> None:
    recorder = Recorder(
        httpx.Response(429, json={"error": {"code": "tooManyRequests", "message": "slow down"}}, headers={"retry-after": "2"}),
        httpx.Response(200, json={"data": []}),
    )
    client = make_client(recorder)
    slept: list[float] = []
    client._pipeline.sleep = slept.append
    client.models.list()
    assert slept == [2.0] and len(recorder.requests) == 2

    recorder = Recorder(*[httpx.Response(429, json={"error": {"code": "tooManyRequests", "message": "m"}}) for _ in range(3)])
    client = make_client(recorder)
    client._pipeline.sleep = lambda seconds: None
    with pytest.raises(RateLimitError) as caught:
        client.models.list()
    assert len(recorder.requests) == 3 and caught.value.attempts == 3  # type: ignore[attr-defined]


def test_per_call_options_add_headers_and_query() -> None:
    recorder = Recorder(httpx.Response(200, json={"data": []}))
    make_client(recorder).models.list(request_options={"headers": {"x-trace": "t"}, "query": {"extra": "1"}})
    request = recorder.requests[0]
    assert request.headers["x-trace"] == "t" and request.url.params["extra"] == "1"


def test_docstrings_come_from_the_spec_normalized() -> None:
    from azure_openai_authoring import _operations

    source = Path(_operations.__file__).read_text(encoding="utf-8")
    assert "\r" not in source
    doc = _operations.FilesOperations.list.__doc__
    assert doc is not None and doc.startswith("Microsoft Azure Gets A List Of All Files")
    assert "\n        these Include User Uploaded Content" in doc
