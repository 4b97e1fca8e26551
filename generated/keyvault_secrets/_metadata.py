# Generated from specs/azure-rest/keyvault/data-plane/Microsoft.KeyVault/stable/7.4/secrets.json; do not edit (regenerate instead).
"""What each operation is on the wire and in Python: wire names of its
parameters and the arguments they map to. Tools (such as the replay tests)
drive the client generically through this table."""

from __future__ import annotations

from typing import Any

CLIENT: dict[str, Any] = {
    "parameters": {
        "vaultBaseUrl": "vault_base_url",
        "api-version": "api_version",
    },
    "api_keys": [],
}

OPERATIONS: dict[str, dict[str, Any]] = {
    "SetSecret": {
        "group": "secrets",
        "method": "set_secret",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/secrets/{secret-name}",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "parameters",
            "model": "SecretSetParameters",
            "flattened": {
                "value": "value",
                "tags": "tags",
                "contentType": "content_type",
                "attributes": "secret_attributes",
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
    "DeleteSecret": {
        "group": "secrets",
        "method": "delete_secret",
        "kind": "plain",
        "http_method": "DELETE",
        "path": "/secrets/{secret-name}",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
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
    "GetSecret": {
        "group": "secrets",
        "method": "get_secret",
        "kind": "plain",
        "http_method": "GET",
        "path": "/secrets/{secret-name}/{secret-version}",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
                "in": "path",
                "required": True,
            },
            "secret-version": {
                "argument": "secret_version",
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
    "UpdateSecret": {
        "group": "secrets",
        "method": "update_secret",
        "kind": "plain",
        "http_method": "PATCH",
        "path": "/secrets/{secret-name}/{secret-version}",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
                "in": "path",
                "required": True,
            },
            "secret-version": {
                "argument": "secret_version",
                "in": "path",
                "required": True,
            },
        },
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "parameters",
            "model": "SecretUpdateParameters",
            "flattened": {
                "contentType": "content_type",
                "attributes": "secret_attributes",
                "tags": "tags",
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
    "GetSecrets": {
        "group": "secrets",
        "method": "get_secrets",
        "kind": "paged",
        "http_method": "GET",
        "path": "/secrets",
        "parameters": {
            "maxresults": {
                "argument": "maxresults",
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
    "GetSecretVersions": {
        "group": "secrets",
        "method": "get_secret_versions",
        "kind": "paged",
        "http_method": "GET",
        "path": "/secrets/{secret-name}/versions",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
                "in": "path",
                "required": True,
            },
            "maxresults": {
                "argument": "maxresults",
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
    "BackupSecret": {
        "group": "secrets",
        "method": "backup_secret",
        "kind": "plain",
        "http_method": "POST",
        "path": "/secrets/{secret-name}/backup",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
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
    "RestoreSecret": {
        "group": "secrets",
        "method": "restore_secret",
        "kind": "plain",
        "http_method": "POST",
        "path": "/secrets/restore",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "parameters",
            "model": "SecretRestoreParameters",
            "flattened": {
                "value": "secret_bundle_backup",
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
    "GetDeletedSecrets": {
        "group": "deleted_secrets",
        "method": "get_deleted_secrets",
        "kind": "paged",
        "http_method": "GET",
        "path": "/deletedsecrets",
        "parameters": {
            "maxresults": {
                "argument": "maxresults",
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
    "GetDeletedSecret": {
        "group": "deleted_secrets",
        "method": "get_deleted_secret",
        "kind": "plain",
        "http_method": "GET",
        "path": "/deletedsecrets/{secret-name}",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
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
    "PurgeDeletedSecret": {
        "group": "deleted_secrets",
        "method": "purge_deleted_secret",
        "kind": "plain",
        "http_method": "DELETE",
        "path": "/deletedsecrets/{secret-name}",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
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
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "RecoverDeletedSecret": {
        "group": "deleted_secrets",
        "method": "recover_deleted_secret",
        "kind": "plain",
        "http_method": "POST",
        "path": "/deletedsecrets/{secret-name}/recover",
        "parameters": {
            "secret-name": {
                "argument": "secret_name",
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
