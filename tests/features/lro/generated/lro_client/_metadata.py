# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
"""What each operation is on the wire and in Python: wire names of its
parameters and the arguments they map to. Tools (such as the replay tests)
drive the client generically through this table."""

from __future__ import annotations

from typing import Any

CLIENT: dict[str, Any] = {
    "parameters": {
        "endpoint": "endpoint",
        "api-version": "api_version",
    },
    "api_keys": [
        {
            "name": "code",
            "in": "query",
            "argument": "api_key",
        },
    ],
}

OPERATIONS: dict[str, dict[str, Any]] = {
    "Resources_CreateOrReplace": {
        "group": "resources",
        "method": "begin_create_or_replace",
        "kind": "long_running",
        "http_method": "PUT",
        "path": "/resources/{name}",
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
        "body": {
            "wire_name": "resource",
            "model": "Resource",
            "flattened": {
                "size": "size",
            },
        },
        "content_type": "application/json",
        "responses": {
            "200": "json",
            "201": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Resources_Delete": {
        "group": "resources",
        "method": "begin_delete",
        "kind": "long_running",
        "http_method": "DELETE",
        "path": "/resources/{name}",
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
            "202": "empty",
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Resources_Refresh": {
        "group": "resources",
        "method": "begin_refresh",
        "kind": "long_running",
        "http_method": "POST",
        "path": "/resources/{name}:refresh",
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
            "202": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Jobs_Export": {
        "group": "jobs",
        "method": "begin_export",
        "kind": "long_running",
        "http_method": "POST",
        "path": "/jobs:export",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "request",
            "model": "ExportRequest",
            "flattened": {
                "format": "format",
            },
        },
        "content_type": "application/json",
        "responses": {
            "202": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Jobs_Run": {
        "group": "jobs",
        "method": "begin_run",
        "kind": "long_running",
        "http_method": "POST",
        "path": "/jobs:run",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "request",
            "model": "RunRequest",
            "flattened": {
                "script": "script",
            },
        },
        "content_type": "application/json",
        "responses": {
            "202": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Jobs_Archive": {
        "group": "jobs",
        "method": "begin_archive",
        "kind": "long_running",
        "http_method": "POST",
        "path": "/jobs:archive",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "202": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Jobs_Summarize": {
        "group": "jobs",
        "method": "begin_summarize",
        "kind": "long_running",
        "http_method": "POST",
        "path": "/jobs:summarize",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": None,
        "content_type": None,
        "responses": {
            "202": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "JobOperations_Get": {
        "group": "job_operations",
        "method": "get",
        "kind": "plain",
        "http_method": "GET",
        "path": "/operations/jobs/{operation-id}",
        "parameters": {
            "operation-id": {
                "argument": "operation_id",
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
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
}
