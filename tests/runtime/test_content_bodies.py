"""Bodies that are not JSON, on the content feature client
(tests/features/content, shaped like Azure Storage's blob service): XML spelled
as the spec's `xml` objects say, binary uploads sent as they are, and text."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from content_client import InternalServerError, NotFoundError, PermissionDeniedError, models

from .harness import Harness, OneShotStream, Script

UTC = dt.timezone.utc
XML = {"content-type": "application/xml"}
DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>\n'


@pytest.fixture(params=["sync", "async"])
def h(request: pytest.FixtureRequest) -> Iterator[Harness]:
    harness = Harness(request.param, package="content_client")
    yield harness
    harness.close()


def xml(status: int, body: bytes, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=body, headers={**XML, **headers})


FIRST_PAGE = b"""<?xml version="1.0" encoding="utf-8"?>
<EnumerationResults ServiceEndpoint="https://account.blob.example.com/">
  <Prefix>logs</Prefix>
  <MaxResults>2</MaxResults>
  <Containers>
    <Container>
      <Name>logs-2024</Name>
      <Properties>
        <Last-Modified>Wed, 03 Jan 2024 10:00:00 GMT</Last-Modified>
        <Etag>"0x8DC"</Etag>
        <PublicAccess>blob</PublicAccess>
        <HasImmutabilityPolicy>false</HasImmutabilityPolicy>
      </Properties>
      <Metadata><owner>ana</owner><env>prod</env></Metadata>
    </Container>
    <Container>
      <Name>logs-2025</Name>
      <Deleted>true</Deleted>
      <Properties><Last-Modified>Thu, 02 Jan 2025 08:30:00 GMT</Last-Modified><Etag>"0x8DD"</Etag></Properties>
      <Version>01DA</Version>
    </Container>
  </Containers>
  <NextLink>https://account.blob.example.com/?comp=list&amp;marker=page2</NextLink>
</EnumerationResults>"""

LAST_PAGE = b"""<EnumerationResults ServiceEndpoint="https://account.blob.example.com/">
  <Containers><Container><Name>logs-2026</Name></Container></Containers>
  <NextLink />
</EnumerationResults>"""


def test_an_xml_page_is_read_by_the_spec_s_names_and_its_next_link_is_followed(h: Harness) -> None:
    script = Script(xml(200, FIRST_PAGE), xml(200, LAST_PAGE))
    pages = h.collect(h.client(script).service.list_containers(prefix="logs", maxresults=2).by_page())

    assert [[c.name for c in page] for page in pages] == [["logs-2024", "logs-2025"], ["logs-2026"]]
    first, second = pages[0]
    assert first.properties.last_modified == dt.datetime(2024, 1, 3, 10, tzinfo=UTC)
    assert first.properties.etag == '"0x8DC"'
    assert first.properties.public_access is models.PublicAccessType.BLOB
    assert first.properties.has_immutability_policy is False
    assert first.metadata == {"owner": "ana", "env": "prod"}
    assert first.deleted is None and second.deleted is True
    # An element the spec does not describe is kept, like an unknown JSON field.
    assert second.additional_properties == {"Version": "01DA"}

    one, two = script.requests
    assert one.headers["accept"] == "application/xml" and one.headers["x-ms-version"] == "2021-08-06"
    assert (one.url.params["comp"], one.url.params["prefix"], one.url.params["maxresults"]) == ("list", "logs", "2")
    assert two.url.params["marker"] == "page2"


SERVICE_PROPERTIES = b"""<?xml version="1.0" encoding="utf-8"?>
<StorageServiceProperties>
  <Logging>
    <Version>1.0</Version><Delete>true</Delete><Read>false</Read><Write>true</Write>
    <RetentionPolicy><Enabled>true</Enabled><Days>7</Days></RetentionPolicy>
  </Logging>
  <HourMetrics><Version>1.0</Version><Enabled>false</Enabled></HourMetrics>
  <Cors>
    <CorsRule><AllowedOrigins>https://a.example</AllowedOrigins><MaxAgeInSeconds>60</MaxAgeInSeconds></CorsRule>
    <CorsRule><AllowedOrigins>*</AllowedOrigins><MaxAgeInSeconds>0</MaxAgeInSeconds></CorsRule>
  </Cors>
</StorageServiceProperties>"""


def test_xml_read_and_written_back_keeps_names_order_and_types(h: Harness) -> None:
    script = Script(xml(200, SERVICE_PROPERTIES), httpx.Response(202))
    client = h.client(script)
    props = h.call(client.service.get_properties())
    assert props.logging == models.Logging(
        version="1.0", delete=True, read=False, write=True, retention_policy=models.RetentionPolicy(enabled=True, days=7)
    )
    assert props.hour_metrics.enabled is False and props.hour_metrics.retention_policy is None
    assert [(r.allowed_origins, r.max_age_in_seconds) for r in props.cors] == [("https://a.example", 60), ("*", 0)]

    h.call(
        client.service.set_properties(
            cors=props.cors, logging=props.logging, default_service_version="2021-08-06"
        )
    )
    sent = script.requests[1]
    assert sent.headers["content-type"] == "application/xml"
    assert sent.content == DECLARATION + (
        b"<StorageServiceProperties>"
        b"<Logging><Version>1.0</Version><Delete>true</Delete><Read>false</Read><Write>true</Write>"
        b"<RetentionPolicy><Enabled>true</Enabled><Days>7</Days></RetentionPolicy></Logging>"
        b"<Cors><CorsRule><AllowedOrigins>https://a.example</AllowedOrigins><MaxAgeInSeconds>60</MaxAgeInSeconds></CorsRule>"
        b"<CorsRule><AllowedOrigins>*</AllowedOrigins><MaxAgeInSeconds>0</MaxAgeInSeconds></CorsRule></Cors>"
        b"<DefaultServiceVersion>2021-08-06</DefaultServiceVersion>"
        b"</StorageServiceProperties>"
    )


SIGNED_IDENTIFIERS = b"""<?xml version="1.0" encoding="utf-8"?>
<SignedIdentifiers>
  <SignedIdentifier>
    <Id>read-only</Id>
    <AccessPolicy><Start>2024-01-01T00:00:00Z</Start><Expiry>2024-12-31T00:00:00Z</Expiry><Permission>r</Permission></AccessPolicy>
  </SignedIdentifier>
  <SignedIdentifier><Id>empty</Id></SignedIdentifier>
</SignedIdentifiers>"""


def test_a_top_level_xml_array_is_a_list_and_goes_back_as_the_same_document(h: Harness) -> None:
    script = Script(xml(200, SIGNED_IDENTIFIERS), httpx.Response(200), httpx.Response(200))
    client = h.client(script)
    identifiers = h.call(client.container.get_access_policy("logs"))
    assert [i.id for i in identifiers] == ["read-only", "empty"]
    assert identifiers[0].access_policy.start == dt.datetime(2024, 1, 1, tzinfo=UTC)
    assert identifiers[1].access_policy is None

    h.call(client.container.set_access_policy("logs", container_acl=identifiers))
    assert script.requests[1].content == DECLARATION + (
        b"<SignedIdentifiers><SignedIdentifier><Id>read-only</Id><AccessPolicy>"
        b"<Start>2024-01-01T00:00:00Z</Start><Expiry>2024-12-31T00:00:00Z</Expiry><Permission>r</Permission>"
        b"</AccessPolicy></SignedIdentifier><SignedIdentifier><Id>empty</Id></SignedIdentifier></SignedIdentifiers>"
    )
    # The body is optional: without it nothing is sent, not even a Content-Type.
    h.call(client.container.set_access_policy("logs"))
    assert script.requests[2].content == b"" and "content-type" not in script.requests[2].headers


BLOBS = b"""<?xml version="1.0" encoding="utf-8"?>
<EnumerationResults xmlns="http://schemas.example.com/blobs/2021-08-06" ContainerName="logs">
  <Blobs>
    <Blob><Name Encoded="true">a%2Fb.txt</Name><Tags><Tag>x</Tag><Tag>y</Tag></Tags></Blob>
    <Blob><Name>c.txt</Name><Snapshot>2024-01-01</Snapshot></Blob>
  </Blobs>
</EnumerationResults>"""


def test_namespaces_unwrapped_arrays_attributes_and_text_content_are_read(h: Harness) -> None:
    script = Script(xml(200, BLOBS))
    result = h.call(h.client(script).container.list_blob_flat_segment("logs"))
    assert result.container_name == "logs"
    first, second = result.segment.blob_items
    assert (first.name.encoded, first.name.content, first.tags) == (True, "a%2Fb.txt", ["x", "y"])
    assert (second.name.encoded, second.name.content, second.snapshot, second.tags) == (None, "c.txt", "2024-01-01", None)


def test_unwrapped_arrays_repeat_their_items_in_place(h: Harness) -> None:
    script = Script(httpx.Response(201))
    h.call(h.client(script).block_blob.commit_block_list("logs", "big.bin", committed=["AAA", "BBB"], latest=["CCC"]))
    assert script.requests[0].content == DECLARATION + (
        b"<BlockList><Committed>AAA</Committed><Committed>BBB</Committed><Latest>CCC</Latest></BlockList>"
    )


def test_a_required_single_value_enum_property_is_a_constant_the_model_always_sends(h: Harness) -> None:
    script = Script(httpx.Response(200, text="a,b\n1,2\n", headers={"content-type": "text/csv"}))
    records = h.call(h.client(script).blob.query("logs", "data.csv", expression="SELECT * FROM BlobStorage"))
    assert records == "a,b\n1,2\n"
    assert script.requests[0].content == DECLARATION + (
        b"<QueryRequest><QueryType>SQL</QueryType><Expression>SELECT * FROM BlobStorage</Expression></QueryRequest>"
    )
    # A constant the answer leaves out reads as the constant.
    assert models.QueryRequest.from_dict({"Expression": "x"}).query_type == "SQL"
    # An inline enum of one value names no class: the constant is its plain value.
    assert models.QueryRequest(expression="x").query_type == "SQL"
    with pytest.raises(TypeError):
        models.QueryRequest(expression="x", query_type="SQL")  # type: ignore[call-arg]


def test_an_xml_error_body_becomes_the_typed_error_with_its_model(h: Harness) -> None:
    body = b"<Error><Code>ContainerNotFound</Code><Message>The specified container does not exist.</Message></Error>"
    script = Script(xml(404, body, **{"x-ms-request-id": "req-1"}))
    with pytest.raises(NotFoundError) as caught:
        h.call(h.client(script).container.get_access_policy("missing"))
    error = caught.value
    assert (error.code, error.request_id) == ("ContainerNotFound", "req-1")
    assert error.error == models.StorageError(code="ContainerNotFound", message="The specified container does not exist.")
    assert "The specified container does not exist." in str(error)


def test_an_xml_body_with_a_dtd_is_refused(h: Harness) -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><SignedIdentifiers>&b;</SignedIdentifiers>'
    with pytest.raises(ValueError, match="DTD"):
        h.call(h.client(Script(xml(200, bomb))).container.get_access_policy("logs"))
    # In an error body it is ignored: the status error (and the header's code) still come through.
    script = Script(xml(403, bomb, **{"x-ms-error-code": "AuthorizationFailure"}))
    with pytest.raises(PermissionDeniedError) as caught:
        h.call(h.client(script).container.get_access_policy("logs"))
    assert caught.value.code == "AuthorizationFailure" and caught.value.error is None


def test_a_binary_body_is_sent_as_it_is_from_bytes_a_file_or_a_path(h: Harness, tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01from a path")
    script = Script(*[httpx.Response(201, headers={"ETag": '"1"'}) for _ in range(3)])
    api = h.client(script).block_blob
    h.call(api.upload("logs", "a.bin", body=b"\x00raw bytes"))
    h.call(api.upload("logs", "b.bin", body=io.BytesIO(b"from a file object")))
    h.call(api.upload("logs", "c.bin", body=path))
    contents = [r.content for r in script.requests]
    assert contents == [b"\x00raw bytes", b"from a file object", b"\x00\x01from a path"]
    assert {r.headers["content-type"] for r in script.requests} == {"application/octet-stream"}
    # Files are streamed, with their length known up front (no chunked encoding).
    assert [r.headers.get("content-length") for r in script.requests] == ["10", "18", "13"]
    assert all("transfer-encoding" not in r.headers for r in script.requests)


def test_a_binary_upload_is_retried_from_its_start_unless_it_cannot_be_replayed(h: Harness) -> None:
    script = Script(httpx.Response(503), httpx.Response(201))
    upload = io.BytesIO(b"0123456789")
    h.call(h.client(script).block_blob.upload("logs", "a.bin", body=upload))
    assert [r.content for r in script.requests] == [b"0123456789", b"0123456789"]

    script = Script(httpx.Response(503))
    with pytest.raises(InternalServerError) as caught:
        h.call(h.client(script).block_blob.upload("logs", "b.bin", body=OneShotStream(b"once only")))  # type: ignore[arg-type]
    assert len(script.requests) == 1 and script.requests[0].content == b"once only"
    assert "not retried: the upload is a stream that cannot be sent again" in str(caught.value)


def test_a_text_body_is_sent_as_utf8_with_its_media_type(h: Harness) -> None:
    script = Script(httpx.Response(204))
    h.call(h.client(script).blob.set_notes("logs", "a.bin", notes="crème brûlée"))
    request = script.requests[0]
    assert request.content == "crème brûlée".encode() and request.headers["content-type"] == "text/plain"


def test_a_binary_download_still_maps_an_xml_error(h: Harness) -> None:
    script = Script(httpx.Response(200, content=b"\x00\xff"), xml(404, b"<Error><Code>BlobNotFound</Code></Error>"))
    client = h.client(script)
    assert h.call(client.blob.download("logs", "a.bin")) == b"\x00\xff"
    with pytest.raises(NotFoundError) as caught:
        h.call(client.blob.download("logs", "missing.bin"))
    assert caught.value.code == "BlobNotFound"


def test_an_optional_body_with_required_fields_can_be_left_out(h: Harness) -> None:
    script = Script(
        httpx.Response(200, text="a\n", headers={"content-type": "text/csv"}),
        httpx.Response(200, text="b\n", headers={"content-type": "text/csv"}),
    )
    client = h.client(script)
    h.call(client.blob.query("logs", "data.csv"))  # no body at all
    assert script.requests[0].content == b""
    h.call(client.blob.query("logs", "data.csv", expression="SELECT 1"))
    assert b"<Expression>SELECT 1</Expression>" in script.requests[1].content
    with pytest.raises(TypeError):  # a field given, but not the required one
        h.call(client.blob.query("logs", "data.csv", output_format="json"))
