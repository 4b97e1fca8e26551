"""XML bodies (xml-service.json): models read from and written to XML as the
spec's xml objects spell them (wrapped and unwrapped lists, root lists,
attributes, x-ms-text, empty elements, namespaces of Storage's shapes), and
a JSON operation in an XML service."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from .conftest import Harness

SPEC = "xml-service"


def ops(h: Harness) -> Any:
    return h.client(SPEC).xml


def fields(model: Any) -> dict[str, Any]:
    """A model's fields as the keyword arguments of a flattened body."""
    return {
        f.name: getattr(model, f.name)
        for f in dataclasses.fields(model)
        if f.init and not f.name.startswith("_") and f.name != "additional_properties"
    }


def test_simple_document(h: Harness) -> None:
    xml = ops(h)
    show = h.call(xml.get_simple())
    assert (show.title, show.date, show.author) == ("Sample Slide Show", "Date of publication", "Yours Truly")
    first, second = show.slides
    assert (first.type, first.title, first.items) == ("all", "Wake up to WonderWidgets!", None)
    assert second.items == ["Why WonderWidgets are great", "", "Who buys WonderWidgets"]
    h.call(xml.put_simple(**fields(show)))


def test_empty_things(h: Harness) -> None:
    xml = ops(h)
    banana = h.call(xml.get_empty_child_element())
    assert banana.flavor == ""  # an empty element is an empty string
    h.call(xml.put_empty_child_element(**fields(banana)))
    assert h.call(xml.get_empty_root_list()) == []
    h.call(xml.put_empty_root_list(bananas=[]))
    barrel = h.call(xml.get_empty_wrapped_lists())
    assert barrel.good_apples == [] and barrel.bad_apples == []
    h.call(xml.put_empty_wrapped_lists(**fields(barrel)))
    show = h.call(xml.get_empty_list())  # <slideshow/>: no slide elements at all
    assert show.slides is None
    h.call(xml.put_empty_list(**fields(show)))


def test_lists(h: Harness) -> None:
    xml = ops(h)
    bananas = h.call(xml.get_root_list())
    assert [b.name for b in bananas] == ["Cavendish", "Plantain"]
    assert bananas[0].expiration == datetime.datetime(2018, 2, 28, 0, 40, 0, 123000, tzinfo=datetime.UTC)
    h.call(xml.put_root_list(bananas=bananas))
    single = h.call(xml.get_root_list_single_item())
    assert [b.name for b in single] == ["Cavendish"]
    h.call(xml.put_root_list_single_item(bananas=single))
    barrel = h.call(xml.get_wrapped_lists())
    assert barrel.good_apples == ["Fuji", "Gala"] and barrel.bad_apples == ["Red Delicious"]
    h.call(xml.put_wrapped_lists(**fields(barrel)))


def test_referenced_models_with_and_without_xml_names(h: Harness) -> None:
    xml = ops(h)
    root = h.call(xml.get_complex_type_ref_no_meta())
    assert root.ref_to_model.id == "myid"
    h.call(xml.put_complex_type_ref_no_meta(**fields(root)))
    root = h.call(xml.get_complex_type_ref_with_meta())
    assert root.ref_to_model.id == "myid"
    h.call(xml.put_complex_type_ref_with_meta(**fields(root)))


def test_storage_shapes(h: Harness) -> None:
    xml, models = ops(h), h.models(SPEC)
    containers = h.call(xml.list_containers())
    assert len(containers.containers) == 3
    blobs = h.call(xml.list_blobs())
    blob = blobs.blobs.blob[0]
    assert len(blobs.blobs.blob) == 5 and not blobs.blobs.blob_prefix
    assert blob.name == "blob1.txt" and blob.properties.content_length == 100
    assert blob.properties.content_encoding == "" and blob.properties.destination_snapshot is None
    assert blob.properties.blob_type == models.BlobType.BLOCK_BLOB
    assert blob.metadata == {"Color": "blue", "BlobNumber": "01", "SomeMetadataName": "SomeMetadataValue"}
    properties = h.call(xml.get_service_properties())
    assert properties.hour_metrics is not None and properties.minute_metrics is not None
    h.call(xml.put_service_properties(**fields(properties)))
    acls = h.call(xml.get_acls())
    assert [a.id for a in acls] == ["MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI="]
    h.call(xml.put_acls(properties=acls))


def test_text_bytes_and_urls(h: Harness) -> None:
    xml = ops(h)
    text = h.call(xml.get_x_ms_text())
    assert (text.language, text.content) == ("english", "I am text")
    assert h.call(xml.get_bytes()).bytes == b"Hello world"
    h.call(xml.put_binary(bytes=b"Hello world"))
    assert h.call(xml.get_uri()).url == "https://myaccount.blob.core.windows.net/"
    h.call(xml.put_uri(url="https://myaccount.blob.core.windows.net/"))


def test_json_in_an_xml_service(h: Harness) -> None:
    xml = ops(h)
    h.call(xml.json_input(id=42))
    assert h.call(xml.json_output()).id == 42
