# Generated from specs/azure-rest/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json; do not edit (regenerate instead).
"""What each operation is on the wire and in Python: wire names of its
parameters and the arguments they map to. Tools (such as the replay tests)
drive the client generically through this table."""

from __future__ import annotations

from typing import Any

CLIENT: dict[str, Any] = {
    "parameters": {
        "endpoint": "endpoint",
        "Sync-Token": "sync_token",
        "api-version": "api_version",
    },
    "api_keys": [],
}

OPERATIONS: dict[str, dict[str, Any]] = {
    "GetKeys": {
        "group": "keys",
        "method": "get_keys",
        "kind": "paged",
        "http_method": "GET",
        "path": "/keys",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "query",
            },
            "After": {
                "argument": "after",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": "items",
        "next_link_name": "@nextLink",
        "query": {},
    },
    "CheckKeys": {
        "group": "keys",
        "method": "check_keys",
        "kind": "exists",
        "http_method": "HEAD",
        "path": "/keys",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "query",
            },
            "After": {
                "argument": "after",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "GetKeyValues": {
        "group": "key_values",
        "method": "get_key_values",
        "kind": "paged",
        "http_method": "GET",
        "path": "/kv",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "query",
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "After": {
                "argument": "after",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
            "$Select": {
                "argument": "select",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": "items",
        "next_link_name": "@nextLink",
        "query": {},
    },
    "CheckKeyValues": {
        "group": "key_values",
        "method": "check_key_values",
        "kind": "exists",
        "http_method": "HEAD",
        "path": "/kv",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "query",
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "After": {
                "argument": "after",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
            "$Select": {
                "argument": "select",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "GetKeyValue": {
        "group": "key_values",
        "method": "get_key_value",
        "kind": "plain",
        "http_method": "GET",
        "path": "/kv/{key}",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "path",
                "required": True,
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
            "If-Match": {
                "argument": "if_match",
                "in": "header",
            },
            "If-None-Match": {
                "argument": "if_none_match",
                "in": "header",
            },
            "$Select": {
                "argument": "select",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
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
    "PutKeyValue": {
        "group": "key_values",
        "method": "put_key_value",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/kv/{key}",
        "parameters": {
            "key": {
                "argument": "key_path",
                "in": "path",
                "required": True,
            },
            "label": {
                "argument": "label_query",
                "in": "query",
            },
            "If-Match": {
                "argument": "if_match",
                "in": "header",
            },
            "If-None-Match": {
                "argument": "if_none_match",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": {
            "wire_name": "entity",
            "model": "KeyValue",
            "flattened": {
                "key": "key",
                "label": "label",
                "content_type": "content_type",
                "value": "value",
                "last_modified": "last_modified",
                "tags": "tags",
                "locked": "locked",
                "etag": "etag",
            },
        },
        "content_type": "application/vnd.microsoft.appconfig.kv+json",
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "DeleteKeyValue": {
        "group": "key_values",
        "method": "delete_key_value",
        "kind": "plain",
        "http_method": "DELETE",
        "path": "/kv/{key}",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "path",
                "required": True,
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "If-Match": {
                "argument": "if_match",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "CheckKeyValue": {
        "group": "key_values",
        "method": "check_key_value",
        "kind": "exists",
        "http_method": "HEAD",
        "path": "/kv/{key}",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "path",
                "required": True,
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
            "If-Match": {
                "argument": "if_match",
                "in": "header",
            },
            "If-None-Match": {
                "argument": "if_none_match",
                "in": "header",
            },
            "$Select": {
                "argument": "select",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "GetLabels": {
        "group": "labels",
        "method": "get_labels",
        "kind": "paged",
        "http_method": "GET",
        "path": "/labels",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "query",
            },
            "After": {
                "argument": "after",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
            "$Select": {
                "argument": "select",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": "items",
        "next_link_name": "@nextLink",
        "query": {},
    },
    "CheckLabels": {
        "group": "labels",
        "method": "check_labels",
        "kind": "exists",
        "http_method": "HEAD",
        "path": "/labels",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "query",
            },
            "After": {
                "argument": "after",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
            "$Select": {
                "argument": "select",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "PutLock": {
        "group": "locks",
        "method": "put_lock",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/locks/{key}",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "path",
                "required": True,
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "If-Match": {
                "argument": "if_match",
                "in": "header",
            },
            "If-None-Match": {
                "argument": "if_none_match",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
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
    "DeleteLock": {
        "group": "locks",
        "method": "delete_lock",
        "kind": "plain",
        "http_method": "DELETE",
        "path": "/locks/{key}",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "path",
                "required": True,
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "If-Match": {
                "argument": "if_match",
                "in": "header",
            },
            "If-None-Match": {
                "argument": "if_none_match",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
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
    "GetRevisions": {
        "group": "revisions",
        "method": "get_revisions",
        "kind": "paged",
        "http_method": "GET",
        "path": "/revisions",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "query",
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "After": {
                "argument": "after",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
            "$Select": {
                "argument": "select",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "json",
        },
        "event_stream": None,
        "item_name": "items",
        "next_link_name": "@nextLink",
        "query": {},
    },
    "CheckRevisions": {
        "group": "revisions",
        "method": "check_revisions",
        "kind": "exists",
        "http_method": "HEAD",
        "path": "/revisions",
        "parameters": {
            "key": {
                "argument": "key",
                "in": "query",
            },
            "label": {
                "argument": "label",
                "in": "query",
            },
            "After": {
                "argument": "after",
                "in": "query",
            },
            "Accept-Datetime": {
                "argument": "accept_datetime",
                "in": "header",
            },
            "$Select": {
                "argument": "select",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [
            "Sync-Token",
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
}
