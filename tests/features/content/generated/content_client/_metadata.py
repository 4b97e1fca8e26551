# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
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
    "Service_GetProperties": {
        "group": "service",
        "method": "get_properties",
        "kind": "plain",
        "http_method": "GET",
        "path": "/",
        "parameters": {},
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "xml",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "restype": "service",
            "comp": "properties",
        },
    },
    "Service_SetProperties": {
        "group": "service",
        "method": "set_properties",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/",
        "parameters": {},
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "StorageServiceProperties",
            "model": "StorageServiceProperties",
            "flattened": {
                "Logging": "logging",
                "HourMetrics": "hour_metrics",
                "Cors": "cors",
                "DefaultServiceVersion": "default_service_version",
            },
        },
        "content_type": "application/xml",
        "responses": {
            "202": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "restype": "service",
            "comp": "properties",
        },
    },
    "Service_ListContainers": {
        "group": "service",
        "method": "list_containers",
        "kind": "paged",
        "http_method": "GET",
        "path": "/",
        "parameters": {
            "prefix": {
                "argument": "prefix",
                "in": "query",
            },
            "maxresults": {
                "argument": "maxresults",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "xml",
        },
        "event_stream": None,
        "item_name": "ContainerItems",
        "next_link_name": "NextLink",
        "query": {
            "comp": "list",
        },
    },
    "Container_GetAccessPolicy": {
        "group": "container",
        "method": "get_access_policy",
        "kind": "plain",
        "http_method": "GET",
        "path": "/{container}",
        "parameters": {
            "container": {
                "argument": "container",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "xml",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "restype": "container",
            "comp": "acl",
        },
    },
    "Container_SetAccessPolicy": {
        "group": "container",
        "method": "set_access_policy",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/{container}",
        "parameters": {
            "container": {
                "argument": "container",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "containerAcl",
            "argument": "container_acl",
            "encoding": "xml",
            "model": None,
        },
        "content_type": "application/xml",
        "responses": {
            "200": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "restype": "container",
            "comp": "acl",
        },
    },
    "Container_ListBlobFlatSegment": {
        "group": "container",
        "method": "list_blob_flat_segment",
        "kind": "plain",
        "http_method": "GET",
        "path": "/{container}",
        "parameters": {
            "container": {
                "argument": "container",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "xml",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "restype": "container",
            "comp": "list",
        },
    },
    "Blob_Download": {
        "group": "blob",
        "method": "download",
        "kind": "binary",
        "http_method": "GET",
        "path": "/{container}/{blob}",
        "parameters": {
            "container": {
                "argument": "container",
                "in": "path",
                "required": True,
            },
            "blob": {
                "argument": "blob",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "binary",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Blob_Query": {
        "group": "blob",
        "method": "query",
        "kind": "plain",
        "http_method": "POST",
        "path": "/{container}/{blob}",
        "parameters": {
            "container": {
                "argument": "container",
                "in": "path",
                "required": True,
            },
            "blob": {
                "argument": "blob",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "queryRequest",
            "model": "QueryRequest",
            "flattened": {
                "Expression": "expression",
                "OutputFormat": "output_format",
            },
        },
        "content_type": "application/xml",
        "responses": {
            "200": "text",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "comp": "query",
        },
    },
    "Blob_SetNotes": {
        "group": "blob",
        "method": "set_notes",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/{container}/{blob}",
        "parameters": {
            "container": {
                "argument": "container",
                "in": "path",
                "required": True,
            },
            "blob": {
                "argument": "blob",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "notes",
            "argument": "notes",
            "encoding": "text",
            "model": None,
        },
        "content_type": "text/plain",
        "responses": {
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "comp": "notes",
        },
    },
    "BlockBlob_Upload": {
        "group": "block_blob",
        "method": "upload",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/{container}/{blob}",
        "parameters": {
            "container": {
                "argument": "container",
                "in": "path",
                "required": True,
            },
            "blob": {
                "argument": "blob",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "argument": "body",
            "encoding": "binary",
            "model": None,
        },
        "content_type": "application/octet-stream",
        "responses": {
            "201": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "BlockBlob_CommitBlockList": {
        "group": "block_blob",
        "method": "commit_block_list",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/{container}/{blob}",
        "parameters": {
            "container": {
                "argument": "container",
                "in": "path",
                "required": True,
            },
            "blob": {
                "argument": "blob",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "blocks",
            "model": "BlockLookupList",
            "flattened": {
                "Committed": "committed",
                "Uncommitted": "uncommitted",
                "Latest": "latest",
            },
        },
        "content_type": "application/xml",
        "responses": {
            "201": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "comp": "blocklist",
        },
    },
}
