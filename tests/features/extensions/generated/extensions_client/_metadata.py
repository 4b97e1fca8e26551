# Generated from tests/features/extensions/spec.yml; do not edit (regenerate instead).
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
    "Secrets_Set": {
        "group": "secrets",
        "method": "set",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/secrets/{name}",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "path",
                "required": True,
            },
            "x-ms-client-request-id": {
                "argument": "x_ms_client_request_id",
                "in": "header",
            },
            "x-ms-meta": {
                "argument": "x_ms_meta",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "secret",
            "model": "Secret",
            "flattened": {
                "value": "value",
                "note": "note",
                "label": "label",
                "expires": "expires",
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
    "Secrets_Ping": {
        "group": "secrets",
        "method": "_ping",
        "kind": "plain",
        "http_method": "GET",
        "path": "/ping",
        "parameters": {
            "mode": {
                "argument": "mode",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {
            "depth": "shallow",
        },
    },
    "Secrets_Rotate": {
        "group": "secrets",
        "method": "rotate",
        "kind": "plain",
        "http_method": "POST",
        "path": "/secrets/{name}:rotate",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "path",
                "required": True,
            },
            "Repeatability-Request-ID": {
                "argument": "repeatability_request_id",
                "in": "header",
            },
            "Repeatability-First-Sent": {
                "argument": "repeatability_first_sent",
                "in": "header",
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
    "Secrets_Find": {
        "group": "secrets",
        "method": "find",
        "kind": "plain",
        "http_method": "GET",
        "path": "/secrets",
        "parameters": {
            "prefix": {
                "argument": "prefix",
                "in": "query",
                "group": "FindOptions",
            },
            "x-ms-max-items": {
                "argument": "x_ms_max_items",
                "in": "header",
                "group": "FindOptions",
            },
            "trace": {
                "argument": "trace",
                "in": "header",
            },
            "maxpagesize": {
                "argument": "maxpagesize",
                "in": "query",
            },
        },
        "groups": {
            "find_options": "FindOptions",
        },
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
    "Secrets_GetRaw": {
        "group": "secrets",
        "method": "get_raw",
        "kind": "plain",
        "http_method": "GET",
        "path": "/secrets/{name}/raw",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": None,
        "content_type": None,
        "responses": {
            "200": "text",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Secrets_ListDeleted": {
        "group": "secrets",
        "method": "list_deleted",
        "kind": "plain",
        "http_method": "GET",
        "path": "/secrets",
        "parameters": {},
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
        "query": {
            "view": "deleted",
        },
    },
    "Vaults_Create": {
        "group": "vaults",
        "method": "create",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/vaults/{name}",
        "parameters": {
            "name": {
                "argument": "name_path",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "vault",
            "model": "Vault",
            "flattened": {
                "name": "properties_name",
                "sku": "sku",
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
    "Vaults_Login": {
        "group": "vaults",
        "method": "login",
        "kind": "plain",
        "http_method": "POST",
        "path": "/vaults/{name}/settings",
        "parameters": {
            "name": {
                "argument": "name",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "form": {
                "user": "user",
                "remember": "remember",
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
    "Vaults_UpdateSettings": {
        "group": "vaults",
        "method": "update_settings",
        "kind": "plain",
        "http_method": "PATCH",
        "path": "/vaults/{name}/settings",
        "parameters": {
            "name": {
                "argument": "name_path",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "settings",
            "model": "VaultProperties",
            "flattened": {
                "sku": "sku",
                "name": "name",
            },
        },
        "content_type": "application/merge-patch+json",
        "responses": {
            "200": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
}
