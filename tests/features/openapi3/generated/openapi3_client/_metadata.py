# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
"""What each operation is on the wire and in Python: wire names of its
parameters and the arguments they map to. Tools (such as the replay tests)
drive the client generically through this table."""

from __future__ import annotations

from typing import Any

CLIENT: dict[str, Any] = {
    "parameters": {},
    "api_keys": [],
}

OPERATIONS: dict[str, dict[str, Any]] = {
    "Pets_Get": {
        "group": "pets",
        "method": "get",
        "kind": "plain",
        "http_method": "GET",
        "path": "/pets/{id}",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
            "tags": {
                "argument": "tags_cookie",
                "in": "cookie",
            },
            "ages": {
                "argument": "ages",
                "in": "query",
            },
            "filter": {
                "argument": "filter",
                "in": "query",
            },
            "page": {
                "argument": "page",
                "in": "query",
            },
            "where": {
                "argument": "where",
                "in": "query",
                "json": True,
            },
            "sort": {
                "argument": "sort",
                "in": "query",
            },
            "since": {
                "argument": "since",
                "in": "query",
                "json": True,
            },
            "ids": {
                "argument": "ids",
                "in": "query",
                "json": True,
            },
            "token": {
                "argument": "token",
                "in": "query",
            },
            "session": {
                "argument": "session",
                "in": "cookie",
            },
            "seen": {
                "argument": "seen",
                "in": "cookie",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Pets_PutOwner": {
        "group": "pets",
        "method": "put_owner",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/pets/{id}",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "model": "Owner",
            "flattened": {
                "pet": "pet",
                "pets": "pets",
                "contact": "contact",
                "tree": "tree",
                "datetime": "datetime_",
                "born": "born",
                "nickname": "nickname",
                "anything": "anything",
                "kind": "kind",
            },
        },
        "content_type": "application/json",
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Pets_GetCat": {
        "group": "pets",
        "method": "get_cat",
        "kind": "plain",
        "http_method": "GET",
        "path": "/pets/{id}/cat",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Pets_GetCard": {
        "group": "pets",
        "method": "get_card",
        "kind": "plain",
        "http_method": "GET",
        "path": "/pets/{id}/card",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
            "201": "json",
            "203": "text",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Pets_GetRecord": {
        "group": "pets",
        "method": "get_record",
        "kind": "plain",
        "http_method": "GET",
        "path": "/pets/{id}/record",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Pets_Wash": {
        "group": "pets",
        "method": "wash",
        "kind": "plain",
        "http_method": "POST",
        "path": "/pets/{id}/wash",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
            "timeout": {
                "argument": "timeout_query",
                "in": "query",
            },
            "extra_headers": {
                "argument": "extra_headers_header",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "argument": "body",
            "encoding": "json",
            "model": "WashBody",
        },
        "content_type": "application/json",
        "responses": {
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Pets_Tag": {
        "group": "pets",
        "method": "tag",
        "kind": "plain",
        "http_method": "POST",
        "path": "/pets/{id}/tags",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "argument": "body",
            "encoding": "json",
            "model": None,
        },
        "content_type": "application/json",
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Pets_Retag": {
        "group": "pets",
        "method": "retag",
        "kind": "plain",
        "http_method": "PATCH",
        "path": "/pets/{id}/tags",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "model": "TagPatch",
            "flattened": {
                "color": "color",
                "text": "text",
            },
        },
        "content_type": "application/json",
        "responses": {
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Photos_Put": {
        "group": "photos",
        "method": "put",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/pets/{id}/photo",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "form": {
                "photo": "photo",
                "caption": "caption",
            },
            "files": [
                "photo",
            ],
        },
        "content_type": "multipart/form-data",
        "responses": {
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Visits_Book": {
        "group": "visits",
        "method": "book",
        "kind": "plain",
        "http_method": "POST",
        "path": "/pets/{id}/visits",
        "parameters": {
            "id": {
                "argument": "id",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "form": {
                "since": "since",
                "at": "at",
                "labels": "labels",
                "note": "note",
                "timeout": "timeout_field",
                "carer": "carer",
            },
            "files": [],
        },
        "content_type": "application/x-www-form-urlencoded",
        "responses": {
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Search": {
        "group": "search",
        "method": "search",
        "kind": "plain",
        "http_method": "POST",
        "path": "/search",
        "parameters": {},
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "model": "Query",
            "flattened": {
                "text": "text",
                "limit": "limit",
            },
        },
        "content_type": "application/json",
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
}
