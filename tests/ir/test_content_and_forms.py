"""What a body of each media type sends and an answer of each returns, as
OpenAPI 3 and Swagger 2.0 spell them: content given without a schema,
OpenAPI 3.1's content keywords, arrays and objects in forms, multipart forms
without a file. Each test generates a client from a small document and
watches what it sends through a mock transport."""

from __future__ import annotations

import inspect
import json
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest

from .documents import _document_module, recording_client


def test_content_without_a_schema_is_still_the_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenAPI 3 leaves a Media Type Object's schema optional, and 3.1 leaves
    it out of binary content on purpose (`image/png: {}`): the content is
    there all the same. Found in APIs.guru's collection (2,506 answers of 265
    specs, 511 of them PDFs, and 40 request bodies of 7): the client
    returned None for a download and took no argument for a required body.
    Without a schema, JSON is any JSON value, text a str, anything else
    (XML too, which no schema says how to read) the bytes as they came."""
    def answer_of(media: str) -> dict[str, Any]:
        return {"200": {"description": "ok", "content": {media: {}}}}

    document = {
        "openapi": "3.1.0",
        "info": {"title": "Files", "version": "1"},
        "servers": [{"url": "https://f.example.com"}],
        "paths": {
            "/report": {"get": {"operationId": "Report_Get", "responses": answer_of("application/pdf")}},
            "/export": {"get": {"operationId": "Export_Get", "responses": answer_of("application/xml")}},
            "/stats": {"get": {"operationId": "Stats_Get", "responses": answer_of("application/json")}},
            "/motd": {"get": {"operationId": "Motd_Get", "responses": answer_of("text/plain")}},
            "/blob": {"put": {
                "operationId": "Blob_Put",
                "requestBody": {"required": True, "content": {"application/octet-stream": {}}},
                "responses": {"204": {"description": "ok"}},
            }},
            "/note": {"put": {
                "operationId": "Note_Put",
                "requestBody": {"required": True, "content": {"text/plain": {}}},
                "responses": {"204": {"description": "ok"}},
            }},
            "/settings": {"put": {
                "operationId": "Settings_Put",
                "requestBody": {"required": True, "content": {"application/json": {}}},
                "responses": {"204": {"description": "ok"}},
            }},
        },
    }
    module = _document_module(document, "schemaless_client", tmp_path, monkeypatch)
    answers = {
        "/report": httpx.Response(200, content=b"%PDF-1.7\xff", headers={"content-type": "application/pdf"}),
        "/export": httpx.Response(200, content=b"<a>1</a>", headers={"content-type": "application/xml"}),
        "/stats": httpx.Response(200, json={"hits": [1, 2]}),
        "/motd": httpx.Response(200, text="hello", headers={"content-type": "text/plain"}),
    }
    client, seen = recording_client(module, lambda request: answers.get(request.url.path, httpx.Response(204)))
    assert client.report.get() == b"%PDF-1.7\xff"
    assert client.export.get() == b"<a>1</a>"
    assert client.stats.get() == {"hits": [1, 2]}
    assert client.motd.get() == "hello"
    client.blob.put(body=b"\x00\x01")
    client.note.put(body="hi")
    client.settings.put(body={"dark": True})
    sent = {r.url.path: (r.headers["content-type"], r.content) for r in seen if r.method == "PUT"}
    assert sent == {
        "/blob": ("application/octet-stream", b"\x00\x01"),
        "/note": ("text/plain", b"hi"),
        "/settings": ("application/json", b'{"dark": true}'),
    }
    put = inspect.signature(client.blob.put)
    assert put.parameters["body"].default is inspect.Parameter.empty  # (required)


def test_json_schema_content_keywords_type_strings_as_their_formats_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenAPI 3.1 writes 3.0's formats of a string as JSON Schema's content
    keywords: `contentEncoding: base64` for `format: byte` (35 such fields in
    APIs.guru's collection were typed str), `contentMediaType` of a binary
    media type for `format: binary` (a body, an answer, a multipart file).
    A text or JSON media type stays a string: it says what the text holds."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Images", "version": "1"},
        "servers": [{"url": "https://i.example.com"}],
        "paths": {
            "/things": {"post": {
                "operationId": "Things_Create",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
            }},
            "/image": {
                "put": {
                    "operationId": "Image_Put",
                    "requestBody": {"required": True, "content": {"image/png": {"schema": {"type": "string", "contentMediaType": "image/png"}}}},
                    "responses": {"204": {"description": "ok"}},
                },
                "get": {
                    "operationId": "Image_Get",
                    "responses": {"200": {"description": "ok", "content": {"image/png": {"schema": {"type": "string", "contentMediaType": "image/png"}}}}},
                },
            },
            "/upload": {"post": {
                "operationId": "Upload_Post",
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                    "type": "object", "required": ["file"],
                    "properties": {"file": {"type": "string", "contentMediaType": "application/octet-stream"}, "note": {"type": "string"}},
                }}}},
                "responses": {"204": {"description": "ok"}},
            }},
        },
        "components": {"schemas": {"Thing": {"type": "object", "properties": {
            "data": {"type": "string", "contentEncoding": "base64"},
            "token": {"type": "string", "contentEncoding": "base64url"},
            "thumbnail": {"type": "string", "contentMediaType": "image/png", "contentEncoding": "base64"},
            "html": {"type": "string", "contentMediaType": "text/html"},
            "config": {"type": "string", "contentMediaType": "application/json"},
        }}}},
    }
    module = _document_module(document, "content_keywords_client", tmp_path, monkeypatch)
    hints = typing.get_type_hints(module.models.Thing)
    assert hints["data"] == hints["token"] == hints["thumbnail"] == bytes | None
    assert hints["html"] == hints["config"] == str | None

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/things":
            return httpx.Response(200, json={"data": "AAE=", "token": "_-8", "thumbnail": "iVBO"})
        if request.method == "GET":
            return httpx.Response(200, content=b"\x89PNG\xff", headers={"content-type": "image/png"})
        return httpx.Response(204)

    client, seen = recording_client(module, answer)
    thing = client.things.create(data=b"hi", token=b"\xff\xef", html="<b>")
    assert json.loads(seen[0].content) == {"data": "aGk=", "token": "_-8", "html": "<b>"}
    assert (thing.data, thing.token, thing.thumbnail) == (b"\x00\x01", b"\xff\xef", b"\x89PN")
    assert client.image.get() == b"\x89PNG\xff"
    client.image.put(body=b"\x89PNG")
    assert (seen[-1].headers["content-type"], seen[-1].content) == ("image/png", b"\x89PNG")
    client.upload.post(file=("a.bin", b"\x00\x02"), note="n")
    assert b'name="file"; filename="a.bin"' in seen[-1].content and b"\x00\x02" in seen[-1].content


def test_arrays_in_forms_repeat_their_field_and_an_array_of_files_is_a_part_each(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenAPI 3's forms spell an array as its field repeated (style `form`,
    `explode: true`, unless an urlencoded form's `encoding` says otherwise),
    and a multipart array of binary items is several files under one name.
    The client joined both with commas: the files as one field of base64
    text, which no server reads as files."""
    tag_list = {"type": "array", "items": {"type": "string"}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Forms", "version": "1"},
        "servers": [{"url": "https://f.example.com"}],
        "paths": {
            "/upload": {"post": {
                "operationId": "Upload_Many",
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                    "type": "object", "required": ["files"],
                    "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}, "tags": tag_list, "scan": {"format": "binary"}},
                }}}},
                "responses": {"204": {"description": "ok"}},
            }},
            "/search": {"post": {
                "operationId": "Search_Post",
                "requestBody": {"content": {"application/x-www-form-urlencoded": {
                    "schema": {"type": "object", "properties": {"tags": tag_list, "ids": tag_list, "ors": tag_list}},
                    "encoding": {"ids": {"explode": False}, "ors": {"style": "pipeDelimited", "explode": False}},
                }}},
                "responses": {"204": {"description": "ok"}},
            }},
        },
    }
    module = _document_module(document, "form_arrays_client", tmp_path, monkeypatch)
    client, seen = recording_client(module)
    client.upload.many(files=(("a.txt", b"A1"), b"B2"), tags=["x", "y"], scan=b"S3")
    body = seen[0].content
    assert b'name="scan"; filename="scan"' in body  # (a format alone, no type, is a file too)
    assert body.count(b'name="files"; filename=') == 2 and b"A1" in body and b"B2" in body
    assert body.count(b'name="tags"') == 2 and b"," not in body
    client.search.post(tags=["x", "y"], ids=["1", "2"], ors=["p", "q"])
    assert seen[1].content == b"tags=x&tags=y&ids=1%2C2&ors=p%7Cq"


def test_a_swagger_form_field_of_collection_format_multi_repeats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Swagger 2.0: `multi` is "multiple parameter instances", in formData as
    in a query; the client joined the values with commas."""
    document = {
        "swagger": "2.0", "info": {"title": "Forms", "version": "1"}, "host": "f.example.com", "schemes": ["https"],
        "consumes": ["application/x-www-form-urlencoded"],
        "paths": {"/search": {"post": {"operationId": "Search_Post", "parameters": [
            {"name": "tags", "in": "formData", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
            {"name": "ids", "in": "formData", "type": "array", "items": {"type": "integer"}},
        ], "responses": {"204": {"description": "ok"}}}}},
    }
    module = _document_module(document, "swagger_form_multi_client", tmp_path, monkeypatch)
    client, seen = recording_client(module)
    client.search.post(tags=["x", "y"], ids=[1, 2])
    assert seen[0].content == b"tags=x&tags=y&ids=1%2C2"


@pytest.mark.parametrize("form", ["openapi3", "swagger2"])
def test_a_multipart_form_without_a_file_is_sent_as_multipart(form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx sends fields alone, with no file, as an urlencoded form: a body
    the spec declares `multipart/form-data` went as
    `application/x-www-form-urlencoded` whenever no file was given. Each
    field is a part now; in OpenAPI 3 an object's part is JSON and says so
    (its default media type), an array of them a part per item."""
    if form == "openapi3":
        meta = {"type": "object", "properties": {"a": {"type": "integer"}}}
        document: dict[str, Any] = {
            "openapi": "3.0.3", "info": {"title": "Parts", "version": "1"}, "servers": [{"url": "https://p.example.com"}],
            "paths": {"/note": {"post": {"operationId": "Note_Post", "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                "type": "object", "required": ["title"],
                "properties": {"title": {"type": "string"}, "meta": {"$ref": "#/components/schemas/Meta"}, "metas": {"type": "array", "items": {"$ref": "#/components/schemas/Meta"}}},
            }}}}, "responses": {"204": {"description": "ok"}}}}},
            "components": {"schemas": {"Meta": meta}},
        }
    else:
        document = {
            "swagger": "2.0", "info": {"title": "Parts", "version": "1"}, "host": "p.example.com", "schemes": ["https"],
            "consumes": ["multipart/form-data"],
            "paths": {"/note": {"post": {"operationId": "Note_Post", "parameters": [
                {"name": "title", "in": "formData", "type": "string", "required": True},
            ], "responses": {"204": {"description": "ok"}}}}},
        }
    module = _document_module(document, f"parts_{form}_client", tmp_path, monkeypatch)
    client, seen = recording_client(module)
    note = client.note
    if form == "openapi3":
        note.post(title="t", meta=module.models.Meta(a=1), metas=[module.models.Meta(a=2), module.models.Meta(a=3)])
    else:
        note.post(title="t")
    assert seen[0].headers["content-type"].startswith("multipart/form-data; boundary=")
    boundary = seen[0].headers["content-type"].split("boundary=")[1].encode()
    parts = [p.strip(b"\r\n") for p in seen[0].content.split(b"--" + boundary)[1:-1]]
    expected = [b'Content-Disposition: form-data; name="title"\r\n\r\nt']
    if form == "openapi3":
        expected += [
            b'Content-Disposition: form-data; name="%s"\r\nContent-Type: application/json\r\n\r\n{"a":%d}' % (name, value)
            for name, value in ((b"meta", 1), (b"metas", 2), (b"metas", 3))
        ]
    assert parts == expected


def test_form_fields_are_spelled_as_their_encoding_object_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An Encoding Object's `style`/`explode` say how a form field is
    written; the client sent every object as JSON text. deepObject brackets
    an object's fields (`metadata[plan]=pro`, deeper for nested ones) and,
    as Stripe writes both its forms and its queries, an array (`expand[]=a`;
    objects by index, `items[0][price]=p1`); `form` exploded makes an
    object's fields fields of their own, unexploded `name=key,value`.
    Without one, an object is its JSON text (its default content type, as
    OpenAPI 3.0.4 and 3.1.1 make clear)."""
    item = {"type": "object", "properties": {"price": {"type": "string"}, "quantity": {"type": "integer"}}}
    meta = {"type": "object", "additionalProperties": {"type": "string"}}
    address = {"type": "object", "properties": {"city": {"type": "string"}, "zip": {"type": "string"}}}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Styled", "version": "1"},
        "servers": [{"url": "https://s.example.com"}],
        "paths": {
            "/checkout": {"post": {
                "operationId": "Checkout_Create",
                "parameters": [{"name": "expand", "in": "query", "style": "deepObject", "explode": True, "schema": {"type": "array", "items": {"type": "string"}}}],
                "requestBody": {"required": True, "content": {"application/x-www-form-urlencoded": {
                    "schema": {"type": "object", "required": ["items"], "properties": {
                        "items": {"type": "array", "items": item},
                        "metadata": meta,
                        "expand": {"type": "array", "items": {"type": "string"}},
                        "shipping": {"type": "object", "properties": {"address": address, "name": {"type": "string"}}},
                        "billing": address, "other": address, "plain": address, "odd": address,
                    }},
                    "encoding": {
                        "items": {"style": "deepObject", "explode": True},
                        "metadata": {"style": "deepObject", "explode": True},
                        "expand": {"style": "deepObject", "explode": True},
                        "shipping": {"style": "deepObject", "explode": True},
                        "billing": {"style": "form", "explode": True},
                        "other": {"style": "form", "explode": False},
                        "plain": {"contentType": "application/json"},
                        "odd": {"style": "matrix"},  # (no form style: as without one)
                    },
                }}},
                "responses": {"204": {"description": "ok"}},
            }},
        },
    }
    module = _document_module(document, "styled_form_client", tmp_path, monkeypatch)
    client, seen = recording_client(module)
    models = module.models
    client.checkout.create(
        items=[models.ItemsItem(price="p1", quantity=2), {"price": "p2"}],
        metadata={"plan": "pro"},
        expand=["customer", "invoice"],
        shipping={"address": {"city": "Oslo"}, "name": "Kari"},
        billing=models.Billing(city="Bergen", zip="5003"),
        other={"city": "Molde"},
        plain={"city": "Vik"},
        odd={"city": "Ulvik"},
    )
    sent = seen[0]
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert httpx.QueryParams(sent.content.decode()).multi_items() == [
        ("items[0][price]", "p1"), ("items[0][quantity]", "2"), ("items[1][price]", "p2"),
        ("metadata[plan]", "pro"),
        ("expand[]", "customer"), ("expand[]", "invoice"),
        ("shipping[address][city]", "Oslo"), ("shipping[name]", "Kari"),
        ("city", "Bergen"), ("zip", "5003"),
        ("other", "city,Molde"),
        ("plain", '{"city":"Vik"}'),
        ("odd", '{"city":"Ulvik"}'),
    ]
    assert sent.url.params.multi_items() == []
    client.checkout.create(items=[], expand_query=["a", "b"])
    assert seen[1].url.params.multi_items() == [("expand[]", "a"), ("expand[]", "b")]


def test_multipart_parts_are_of_the_media_type_their_encoding_object_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A multipart Encoding Object's `contentType` is the part's media type:
    a file's unless the caller gives its own (the first type of a list; a
    range such as `video/*` says what the server takes, not what a part
    is), a field's always (a string of JSON text goes as it is, as JSON).
    The client ignored it: files went as httpx guessed from their names,
    fields untyped."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Parts", "version": "1"},
        "servers": [{"url": "https://p.example.com"}],
        "paths": {"/videos": {"post": {
            "operationId": "Videos_Upload",
            "requestBody": {"required": True, "content": {"multipart/form-data": {
                "schema": {"type": "object", "required": ["video"], "properties": {
                    "video": {"type": "string", "format": "binary"},
                    "thumbnail": {"type": "string", "format": "binary"},
                    "captions": {"type": "array", "items": {"type": "string", "format": "binary"}},
                    "options": {"type": "string", "description": "JSON text"},
                    "title": {"type": "string"},
                }},
                "encoding": {
                    "video": {"contentType": "video/*"},
                    "thumbnail": {"contentType": "image/png, image/jpeg"},
                    "captions": {"contentType": "text/vtt", "style": "deepObject"},  # (files: no style)
                    "options": {"contentType": "application/json"},
                },
            }}},
            "responses": {"204": {"description": "ok"}},
        }}},
    }
    module = _document_module(document, "typed_parts_client", tmp_path, monkeypatch)
    client, seen = recording_client(module)
    client.videos.upload(
        video=("v.mp4", b"V"), thumbnail=b"T", captions=[b"C1", ("c2.srt", b"C2", "application/x-subrip")],
        options='{"private":true}', title="Hi",
    )
    boundary = seen[0].headers["Content-Type"].split("boundary=")[1].encode()

    def typed(part: bytes) -> tuple[bytes, bytes | None]:
        head = part.split(b"\r\n\r\n")[0]
        name = head.split(b'name="')[1].split(b'"')[0]
        return name, head.split(b"Content-Type: ")[1] if b"Content-Type: " in head else None

    parts = [typed(part) for part in seen[0].content.split(b"--" + boundary) if b"name=" in part]
    assert parts == [
        (b"options", b"application/json"),
        (b"title", None),
        (b"video", b"video/mp4"),  # (httpx's guess from the name: a range is not sent)
        (b"thumbnail", b"image/png"),
        (b"captions", b"text/vtt"),
        (b"captions", b"application/x-subrip"),  # (the caller's own)
    ]
    assert b'{"private":true}' in seen[0].content and b'"{\\"private' not in seen[0].content


def test_a_form_schema_composed_with_all_of_has_the_fields_of_every_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PeerTube's upload (and mineskin's, soundcloud's forms) is `allOf` a
    video's fields and the file's: the client took the form's own
    `properties` only, so every field of the parts was missing (the upload
    could not say its channel, which the server requires)."""
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Videos", "version": "1"},
        "servers": [{"url": "https://v.example.com"}],
        "paths": {"/videos/upload": {"post": {
            "operationId": "Videos_Upload",
            "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {"allOf": [
                {"$ref": "#/components/schemas/VideoCreate"},
                {"type": "object", "required": ["videofile"], "properties": {"videofile": {"type": "string", "format": "binary"}}},
            ]}}}},
            "responses": {"204": {"description": "ok"}},
        }}},
        "components": {"schemas": {"VideoCreate": {
            "type": "object", "required": ["channelId", "name"],
            "properties": {"channelId": {"type": "integer"}, "name": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}},
        }}},
    }
    module = _document_module(document, "videos_client", tmp_path, monkeypatch)
    signature = inspect.signature(module.Client().videos.upload)
    assert [n for n, p in signature.parameters.items() if p.kind is p.KEYWORD_ONLY and p.default is p.empty] == ["channel_id", "name", "videofile"]
    client, seen = recording_client(module)
    client.videos.upload(channel_id=3, name="Cat", videofile=b"V", tags=["a", "b"])
    body = seen[0].content
    assert b'name="channelId"\r\n\r\n3' in body and b'name="name"\r\n\r\nCat' in body
    assert body.count(b'name="tags"') == 2 and b'name="videofile"; filename="videofile"' in body


@pytest.mark.parametrize("form", ["openapi3", "swagger2"])
def test_a_body_of_several_types_of_bytes_or_of_a_range_is_labelled_as_the_caller_says(
    form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upload the service takes as image/png or image/jpeg went out as
    image/png whatever it was; one it takes as `image/*` went out as
    application/octet-stream, which no image service reads (TypeSpec's
    http-specs `Type_File_Body` scenarios; 105 request bodies of APIs.guru's
    collection are `*/*`). Several types are a `content_type` choice (the
    first by default), a range any type (`*/*`: octet-stream by default),
    and a range with no default (`image/*`) a required argument."""
    bodies = {"Any": ["*/*"], "Image": ["image/*"], "Two": ["image/png", "image/jpeg"], "Text": ["text/plain", "text/csv"]}
    if form == "openapi3":
        document: dict[str, Any] = {
            "openapi": "3.0.3", "info": {"title": "U", "version": "1"}, "servers": [{"url": "https://u.example.com"}],
            "paths": {
                f"/{name.lower()}": {"post": {
                    "operationId": f"{name}_Put",
                    "requestBody": {"required": True, "content": {
                        m: {"schema": {"type": "string", "format": "binary" if name != "Text" else None}} for m in types}},
                    "responses": {"204": {"description": "ok"}},
                }}
                for name, types in bodies.items()
            },
        }
        for item in document["paths"].values():
            for media in item["post"]["requestBody"]["content"].values():
                if media["schema"]["format"] is None:
                    del media["schema"]["format"]
    else:
        document = {
            "swagger": "2.0", "info": {"title": "U", "version": "1"}, "host": "u.example.com", "schemes": ["https"],
            "paths": {
                f"/{name.lower()}": {"post": {
                    "operationId": f"{name}_Put", "consumes": types,
                    "parameters": [{"name": "body", "in": "body", "required": True,
                                    "schema": {"type": "string", "format": "binary" if name != "Text" else "text"}}],
                    "responses": {"204": {"description": "ok"}},
                }}
                for name, types in bodies.items()
            },
        }
    module = _document_module(document, f"uploads_{form}_client", tmp_path, monkeypatch)
    client, requests = recording_client(module)
    client.any.put(body=b"\x00")
    client.any.put(body=b"GIF8", content_type="image/gif")
    client.image.put(body=b"\x89PNG", content_type="image/png")
    client.two.put(body=b"\x89PNG")
    client.two.put(body=b"\xff\xd8", content_type="image/jpeg")
    client.text.put(body="a,b", content_type="text/csv")
    assert [r.headers["Content-Type"] for r in requests] == [
        "application/octet-stream", "image/gif", "image/png", "image/png", "image/jpeg", "text/csv"
    ]
    assert requests[1].content == b"GIF8" and requests[5].content == b"a,b"
    image = inspect.signature(client.image.put).parameters["content_type"]
    assert image.default is inspect.Parameter.empty  # (only the caller knows which image)
    hints = typing.get_type_hints(type(client.two).put)
    assert typing.get_args(hints["content_type"])[0] == typing.Literal["image/png", "image/jpeg"]


def test_a_form_field_of_a_named_schema_is_that_model_and_a_json_array_part_is_one_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A multipart field `address: {$ref: Address}` was typed by a copy of
    Address named after the field (`Address_`, then `Address_2`), whose
    required fields had become optional (the field's own `required` flag
    replaced the schema's list), and an array whose Encoding Object says
    `application/json` went as a part per item, which TypeSpec's
    `HttpPart<Address[]>` services read as one JSON text (http-specs'
    `jsonArrayAndFileArray`: the server failed to parse it)."""
    address = {"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}}
    form = {
        "type": "object", "required": ["address", "picture"],
        "properties": {
            "address": {"$ref": "#/components/schemas/Address"},
            "previous": {"type": "array", "items": {"$ref": "#/components/schemas/Address"}},
            "tags": {"type": "array", "items": {"type": "string"}},
            "inline": {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}, "note": {"type": "string"}}},
            "picture": {"type": "string", "format": "binary"},
        },
    }
    document = {
        "openapi": "3.0.3", "info": {"title": "P", "version": "1"}, "servers": [{"url": "https://p.example.com"}],
        "paths": {"/people": {"post": {
            "operationId": "People_Create",
            "requestBody": {"required": True, "content": {"multipart/form-data": {
                "schema": form, "encoding": {"previous": {"contentType": "application/json"}}}}},
            "responses": {"204": {"description": "ok"}},
        }}},
        "components": {"schemas": {"Address": address}},
    }
    module = _document_module(document, "parts_client", tmp_path, monkeypatch)
    models = module.models
    assert not hasattr(models, "Address_") and not hasattr(models, "Address_2")
    hints = typing.get_type_hints(type(recording_client(module)[0].people).create)
    assert hints["address"] is models.Address and hints["previous"] == list[models.Address] | None
    assert inspect.signature(models.Inline).parameters["code"].default is inspect.Parameter.empty
    client, requests = recording_client(module)
    client.people.create(
        address=models.Address(city="X"), previous=[models.Address(city="Y"), models.Address(city="Z")],
        tags=["a", "b"], inline=models.Inline(code="c"), picture=b"\x89PNG",
    )
    body = requests[0].content
    parts = body.split(b"--" + body.split(b"\r\n", 1)[0][2:])
    named = {p.split(b'name="', 1)[1].split(b'"', 1)[0]: p for p in parts if b'name="' in p}
    assert [p.count(b'name="previous"') for p in parts].count(1) == 1  # (one part)
    assert json.loads(named[b"previous"].split(b"\r\n\r\n", 1)[1].strip()) == [{"city": "Y"}, {"city": "Z"}]
    assert b"application/json" in named[b"previous"]
    assert sum(p.count(b'name="tags"') for p in parts) == 2  # (no encoding: a part per item)
    assert json.loads(named[b"address"].split(b"\r\n\r\n", 1)[1].strip()) == {"city": "X"}


@pytest.mark.parametrize("media", ["application/jsonl", "application/x-ndjson", "application/json-seq"])
def test_json_lines_are_their_text_not_one_json_document(media: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """JSON Lines (NDJSON, RFC 7464's sequences) hold JSON values one after
    another, which no JSON parser reads as one document: a string body was
    sent as a quoted JSON string (and then refused as not bytes), and the
    answer failed to decode ("Extra data", http-specs' `Streaming_Jsonl`).
    A string of such a media type is its text, both ways."""
    document = {
        "openapi": "3.0.3", "info": {"title": "L", "version": "1"}, "servers": [{"url": "https://l.example.com"}],
        "paths": {"/lines": {
            "post": {"operationId": "Lines_Send", "requestBody": {"required": True, "content": {media: {"schema": {"type": "string"}}}},
                     "responses": {"204": {"description": "ok"}}},
            "get": {"operationId": "Lines_Receive", "responses": {"200": {"description": "ok", "content": {media: {"schema": {"type": "string"}}}}}},
        }},
    }
    package = "lines_" + media.split("/")[1].replace("-", "_") + "_client"
    module = _document_module(document, package, tmp_path, monkeypatch)
    lines = '{"desc": "one"}\n{"desc": "two"}\n'
    client, requests = recording_client(module, lambda r: httpx.Response(200, text=lines, headers={"Content-Type": media}) if r.method == "GET" else httpx.Response(204))
    client.lines.send(body=lines)
    assert requests[0].content == lines.encode() and requests[0].headers["Content-Type"] == media
    assert client.lines.receive() == lines


@pytest.mark.parametrize("form", ["openapi3", "swagger2"])
def test_a_merge_patch_sends_none_as_null_and_leaves_out_what_was_not_set(
    form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a JSON merge patch (RFC 7396) null removes a field, and TypeSpec's
    patch models (http-specs' `Payload_JsonMergePatch`, Azure's newer
    data-plane specs) do not mark fields nullable: the client left every
    None out, so no field could be removed. In a merge-patch body (nested
    fields too) None is sent as null and a field not given is left out; the
    same model elsewhere is unchanged where no patch holds it."""
    inner = {"type": "object", "properties": {"name": {"type": "string"}, "description": {"type": "string"}}}
    patch = {
        "type": "object",
        "properties": {
            "description": {"type": "string"}, "count": {"type": "integer"},
            "inner": {"$ref": f"#/{'components/schemas' if form == 'openapi3' else 'definitions'}/Inner"},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
    }
    other = {"type": "object", "properties": {"label": {"type": "string"}}}
    ref = "#/components/schemas/" if form == "openapi3" else "#/definitions/"
    if form == "openapi3":
        document: dict[str, Any] = {
            "openapi": "3.0.3", "info": {"title": "M", "version": "1"}, "servers": [{"url": "https://m.example.com"}],
            "paths": {"/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "patch": {"operationId": "Things_Update", "requestBody": {"required": True, "content": {
                    "application/merge-patch+json": {"schema": {"$ref": ref + "ThingPatch"}}}},
                    "responses": {"204": {"description": "ok"}}},
                "put": {"operationId": "Things_Put", "requestBody": {"required": True, "content": {
                    "application/json": {"schema": {"$ref": ref + "Other"}}}},
                    "responses": {"204": {"description": "ok"}}},
            }},
            "components": {"schemas": {"ThingPatch": patch, "Inner": inner, "Other": other}},
        }
    else:
        document = {
            "swagger": "2.0", "info": {"title": "M", "version": "1"}, "host": "m.example.com", "schemes": ["https"],
            "paths": {"/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
                "patch": {"operationId": "Things_Update", "consumes": ["application/merge-patch+json"],
                          "parameters": [{"name": "body", "in": "body", "required": True, "schema": {"$ref": ref + "ThingPatch"}}],
                          "responses": {"204": {"description": "ok"}}},
                "put": {"operationId": "Things_Put", "parameters": [{"name": "body", "in": "body", "required": True, "schema": {"$ref": ref + "Other"}}],
                        "responses": {"204": {"description": "ok"}}},
            }},
            "definitions": {"ThingPatch": patch, "Inner": inner, "Other": other},
        }
    module = _document_module(document, f"merge_{form}_client", tmp_path, monkeypatch)
    client, requests = recording_client(module)
    client.things.update("t1", description=None, inner=module.models.Inner(name="n", description=None))
    client.things.update("t1", count=3)
    client.things.put("t1", label=None)
    assert requests[0].headers["Content-Type"] == "application/merge-patch+json"
    assert json.loads(requests[0].content) == {"description": None, "inner": {"name": "n", "description": None}}
    assert json.loads(requests[1].content) == {"count": 3}
    assert json.loads(requests[2].content) == {}  # (not a patch: None is "not given")


@pytest.mark.parametrize("form", ["openapi3", "swagger2"])
def test_a_request_asks_only_for_answers_the_method_can_read(form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer the spec gives as JSON or PNG (http-specs'
    `Payload_ContentNegotiation`), or JSON or XML (Swagger's `produces`), is
    read as JSON, yet Accept named the others too, first where the spec
    listed them first: a server picking the PNG sent what the method then
    failed to decode. Accept names the kinds the method reads; bytes read
    anything, so a download still asks for every type."""
    model = {"type": "object", "properties": {"content": {"type": "string"}}}
    if form == "openapi3":
        document: dict[str, Any] = {
            "openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "servers": [{"url": "https://a.example.com"}],
            "paths": {
                "/avatar": {"get": {"operationId": "Avatar_Get", "responses": {"200": {"description": "ok", "content": {
                    "image/png": {"schema": {"type": "string", "format": "binary"}},
                    "application/json": {"schema": {"$ref": "#/components/schemas/Avatar"}}}}}}},
                "/file": {"get": {"operationId": "File_Get", "responses": {"200": {"description": "ok", "content": {
                    "image/png": {"schema": {"type": "string", "format": "binary"}},
                    "image/jpeg": {"schema": {"type": "string", "format": "binary"}}}}}}},
            },
            "components": {"schemas": {"Avatar": model}},
        }
    else:
        document = {
            "swagger": "2.0", "info": {"title": "A", "version": "1"}, "host": "a.example.com", "schemes": ["https"],
            "produces": ["application/xml", "application/json"],
            "paths": {
                "/avatar": {"get": {"operationId": "Avatar_Get", "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Avatar"}}}}},
                "/file": {"get": {"operationId": "File_Get", "produces": ["image/png", "image/jpeg"],
                                  "responses": {"200": {"description": "ok", "schema": {"type": "file"}}}}},
            },
            "definitions": {"Avatar": model},
        }
    module = _document_module(document, f"accept_{form}_client", tmp_path, monkeypatch)

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/avatar":
            return httpx.Response(200, json={"content": "x"})
        return httpx.Response(200, content=b"\\x89PNG", headers={"Content-Type": "image/png"})

    client, requests = recording_client(module, answer)
    assert client.avatar.get().content == "x"
    client.file.get()
    assert [r.headers["Accept"] for r in requests] == ["application/json", "image/png, image/jpeg"]


def test_a_property_s_own_xml_name_beside_its_reference_names_its_element(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`inputData: {allOf: [{$ref: SimpleModel}], xml: {name: InputData}}`
    (how TypeSpec writes a renamed XML field; http-specs'
    `Payload_Xml_ModelWithRenamedFields`) went out as `<inputData>`: only
    the referred schema's `xml` was read. The property's own keys win, on
    a wrapper or beside a 3.1 `$ref`, and the rest come from the schema."""
    simple = {"type": "object", "properties": {"name": {"type": "string"}}, "xml": {"name": "Simple", "namespace": "urn:s"}}
    renamed = {
        "type": "object", "xml": {"name": "Renamed"},
        "properties": {
            "inputData": {"allOf": [{"$ref": "#/components/schemas/Simple"}], "xml": {"name": "InputData"}},
            "outputData": {"$ref": "#/components/schemas/Simple", "xml": {"name": "OutputData"}},
            "plain": {"$ref": "#/components/schemas/Simple"},
        },
    }
    document = {
        "openapi": "3.1.0", "info": {"title": "X", "version": "1"}, "servers": [{"url": "https://x.example.com"}],
        "paths": {"/renamed": {"put": {
            "operationId": "Renamed_Put",
            "requestBody": {"required": True, "content": {"application/xml": {"schema": {"$ref": "#/components/schemas/Renamed"}}}},
            "responses": {"204": {"description": "ok"}},
        }}},
        "components": {"schemas": {"Simple": simple, "Renamed": renamed}},
    }
    module = _document_module(document, "renamed_xml_client", tmp_path, monkeypatch)
    client, requests = recording_client(module)
    value = module.models.Simple(name="n")
    client.renamed.put(input_data=value, output_data=value, plain=value)
    body = requests[0].content.decode()
    assert '<InputData xmlns="urn:s"><name>n</name></InputData>' in body
    assert '<OutputData xmlns="urn:s"><name>n</name></OutputData>' in body
    assert '<Simple xmlns="urn:s"><name>n</name></Simple>' in body  # (the schema's own name)


def test_an_answer_that_also_comes_in_other_media_types_is_asked_for_by_accept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An operation whose answer comes as JSON, a diff or a PNG (GitHub's
    comparison and its `vnd.github.diff`, http-specs'
    `Payload_ContentNegotiation`) could only be read as JSON: no way to ask
    for the others, and a server that sent one failed the method. `accept=`
    asks for one, returned as it came (text for a text type, else bytes),
    with an overload per kind; where the other types share the JSON's schema
    (ASP.NET's `text/plain` beside `application/json`) there is no choice."""
    comparison = {"$ref": "#/components/schemas/Comparison"}
    document = {
        "openapi": "3.0.3", "info": {"title": "N", "version": "1"}, "servers": [{"url": "https://n.example.com"}],
        "paths": {
            "/compare": {"get": {"operationId": "Compare_Get", "responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": comparison},
                "text/x-diff": {"schema": {"type": "string"}},
                "image/png": {"schema": {"type": "string", "format": "binary"}}}}}}},
            "/same": {"get": {"operationId": "Same_Get", "responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": comparison}, "text/plain": {"schema": comparison}}}}}},
        },
        "components": {"schemas": {"Comparison": {"type": "object", "properties": {"ahead": {"type": "integer"}}}}},
    }
    module = _document_module(document, "negotiated_client", tmp_path, monkeypatch)

    def answer(request: httpx.Request) -> httpx.Response:
        accept = request.headers["Accept"]
        if accept == "text/x-diff":
            return httpx.Response(200, text="--- a\n+++ b\n", headers={"Content-Type": accept})
        if accept == "image/png":
            return httpx.Response(200, content=b"\x89PNG", headers={"Content-Type": accept})
        return httpx.Response(200, json={"ahead": 2})

    client, requests = recording_client(module, answer)
    assert client.compare.get().ahead == 2
    assert client.compare.get(accept="text/x-diff") == "--- a\n+++ b\n"
    assert client.compare.get(accept="image/png") == b"\x89PNG"
    assert [r.headers["Accept"] for r in requests] == ["application/json", "text/x-diff", "image/png"]
    assert client.same.get().ahead == 2
    assert "accept" not in inspect.signature(client.same.get).parameters
    source = inspect.getsource(type(client.compare))
    assert source.count("@overload") == 3  # (JSON, text, bytes)


@pytest.mark.parametrize("form", ["openapi3", "swagger2"])
def test_a_download_of_several_types_asks_for_the_one_the_caller_names(form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A download the service gives as PNG or JPEG (http-specs'
    `Payload_ContentNegotiation_SameBody`) asked for both, and a service
    that wants one named was refused ("Unsupported Accept header"). The
    bytes are the answer either way; `accept=` names the type to ask for,
    and without it the request asks for any of them, as before."""
    binary = {"type": "string", "format": "binary"}
    if form == "openapi3":
        document: dict[str, Any] = {
            "openapi": "3.0.3", "info": {"title": "D", "version": "1"}, "servers": [{"url": "https://d.example.com"}],
            "paths": {"/avatar": {"get": {"operationId": "Avatar_Get", "responses": {"200": {"description": "ok", "content": {
                "image/png": {"schema": binary}, "image/jpeg": {"schema": binary}}}}}}},
        }
    else:
        document = {
            "swagger": "2.0", "info": {"title": "D", "version": "1"}, "host": "d.example.com", "schemes": ["https"],
            "paths": {"/avatar": {"get": {"operationId": "Avatar_Get", "produces": ["image/png", "image/jpeg"],
                                          "responses": {"200": {"description": "ok", "schema": {"type": "file"}}}}}},
        }
    module = _document_module(document, f"download_{form}_client", tmp_path, monkeypatch)
    client, requests = recording_client(module, lambda r: httpx.Response(200, content=b"\xff\xd8"))
    assert client.avatar.get(accept="image/jpeg") == b"\xff\xd8"
    assert client.avatar.get() == b"\xff\xd8"
    with client.avatar.get_stream(accept="image/png") as stream:
        assert b"".join(stream) == b"\xff\xd8"
    assert [r.headers["Accept"] for r in requests] == ["image/jpeg", "image/png, image/jpeg", "image/png"]
