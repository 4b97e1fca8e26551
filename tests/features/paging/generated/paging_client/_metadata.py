# Generated from tests/features/paging/spec.yml; do not edit (regenerate instead).
"""What each operation is on the wire and in Python: wire names of its
parameters and the arguments they map to. Tools (such as the replay tests)
drive the client generically through this table."""

from __future__ import annotations

from typing import Any

CLIENT: dict[str, Any] = {
    "parameters": {
        "api-version": "api_version",
    },
    "api_keys": [],
}

OPERATIONS: dict[str, dict[str, Any]] = {
    "Widgets_List": {
        "group": "widgets",
        "method": "list",
        "kind": "paged",
        "http_method": "GET",
        "path": "/widgets",
        "parameters": {
            "color": {
                "argument": "color",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": "value",
        "next_link_name": "nextLink",
        "query": {},
    },
    "Widgets_ListBatches": {
        "group": "widgets",
        "method": "list_batches",
        "kind": "paged",
        "http_method": "GET",
        "path": "/widgets/batches",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": "items",
        "next_link_name": "next",
        "query": {},
    },
    "Widgets_ListAll": {
        "group": "widgets",
        "method": "list_all",
        "kind": "paged",
        "http_method": "GET",
        "path": "/widgets/all",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": "value",
        "next_link_name": None,
        "query": {},
    },
    "Widgets_Search": {
        "group": "widgets",
        "method": "search",
        "kind": "paged",
        "http_method": "POST",
        "path": "/widgets:search",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "query",
            "model": "WidgetQuery",
            "flattened": {
                "text": "text",
            },
        },
        "content_type": "application/json",
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": "value",
        "next_link_name": "nextLink",
        "query": {},
    },
    "Widgets_SearchNext": {
        "group": "widgets",
        "method": "_search_next",
        "kind": "plain",
        "http_method": "POST",
        "path": "/widgets:searchNext",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
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
    "Widgets_Get": {
        "group": "widgets",
        "method": "get",
        "kind": "plain",
        "http_method": "GET",
        "path": "/widgets/{name}",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
            "409": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
}
