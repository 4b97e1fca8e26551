# Generated from tests/features/models/spec.yml; do not edit (regenerate instead).
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
    "Animals_List": {
        "group": "animals",
        "method": "list",
        "kind": "plain",
        "http_method": "GET",
        "path": "/animals",
        "parameters": {
            "tags": {
                "argument": "tags",
                "in": "query",
            },
            "ids": {
                "argument": "ids",
                "in": "query",
            },
            "names": {
                "argument": "names",
                "in": "query",
            },
            "colors": {
                "argument": "colors",
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
    "Animals_Add": {
        "group": "animals",
        "method": "add",
        "kind": "plain",
        "http_method": "POST",
        "path": "/animals",
        "parameters": {},
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "animal",
            "argument": "animal",
            "encoding": "json",
            "model": "Animal",
        },
        "content_type": "application/json",
        "responses": {
            "201": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "Formats_Echo": {
        "group": "formats",
        "method": "echo",
        "kind": "plain",
        "http_method": "PUT",
        "path": "/formats",
        "parameters": {},
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "formats",
            "model": "Formats",
            "flattened": {
                "int32": "int32",
                "int64": "int64",
                "float": "float",
                "double": "double",
                "decimal": "decimal_",
                "byte": "byte",
                "base64url": "base64_url",
                "date": "date",
                "dateTime": "date_time",
                "rfc1123": "rfc1123",
                "duration": "duration",
                "unixtime": "unixtime",
                "uuid": "uuid",
                "url": "url",
                "char": "char",
                "password": "password",
                "map": "map",
                "mapOfModels": "map_of_models",
                "freeForm": "free_form",
                "anything": "anything",
                "listOfLists": "list_of_lists",
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
