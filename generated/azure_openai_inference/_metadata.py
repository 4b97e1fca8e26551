# Generated from specs/azure-openai-inference/2023-06-01-preview/inference.json; do not edit (regenerate instead).
"""What each operation is on the wire and in Python: wire names of its
parameters and the arguments they map to. Tools (such as the replay tests)
drive the client generically through this table."""

from __future__ import annotations

from typing import Any

CLIENT: dict[str, Any] = {
    "parameters": {
        "endpoint": "endpoint",
    },
    "api_keys": [
        {
            "name": "api-key",
            "in": "header",
            "argument": "api_key",
        },
    ],
}

OPERATIONS: dict[str, dict[str, Any]] = {
    "Completions_Create": {
        "group": "completions",
        "method": "create",
        "kind": "plain",
        "http_method": "POST",
        "path": "/deployments/{deployment-id}/completions",
        "parameters": {
            "deployment-id": {
                "argument": "deployment_id",
                "in": "path",
                "required": True,
            },
            "api-version": {
                "argument": "api_version",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "model": "CreateBody",
            "flattened": {
                "prompt": "prompt",
                "max_tokens": "max_tokens",
                "temperature": "temperature",
                "top_p": "top_p",
                "logit_bias": "logit_bias",
                "user": "user",
                "n": "n",
                "stream": "stream",
                "logprobs": "logprobs",
                "suffix": "suffix",
                "echo": "echo",
                "stop": "stop",
                "completion_config": "completion_config",
                "presence_penalty": "presence_penalty",
                "frequency_penalty": "frequency_penalty",
                "best_of": "best_of",
            },
        },
        "content_type": "application/json",
        "responses": {
            "200": "json",
        },
        "event_stream": "stream",
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "embeddings_create": {
        "group": "embeddings",
        "method": "create",
        "kind": "plain",
        "http_method": "POST",
        "path": "/deployments/{deployment-id}/embeddings",
        "parameters": {
            "deployment-id": {
                "argument": "deployment_id",
                "in": "path",
                "required": True,
            },
            "api-version": {
                "argument": "api_version",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "argument": "body",
            "encoding": "json",
            "model": "CreateBody_",
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
    "ChatCompletions_Create": {
        "group": "chat_completions",
        "method": "create",
        "kind": "plain",
        "http_method": "POST",
        "path": "/deployments/{deployment-id}/chat/completions",
        "parameters": {
            "deployment-id": {
                "argument": "deployment_id",
                "in": "path",
                "required": True,
            },
            "api-version": {
                "argument": "api_version",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "model": "CreateBody_2",
            "flattened": {
                "messages": "messages",
                "temperature": "temperature",
                "top_p": "top_p",
                "n": "n",
                "stream": "stream",
                "stop": "stop",
                "max_tokens": "max_tokens",
                "presence_penalty": "presence_penalty",
                "frequency_penalty": "frequency_penalty",
                "logit_bias": "logit_bias",
                "user": "user",
            },
        },
        "content_type": "application/json",
        "responses": {
            "200": "json",
        },
        "event_stream": "stream",
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "ExtensionsChatCompletions_Create": {
        "group": "extensions_chat_completions",
        "method": "create",
        "kind": "plain",
        "http_method": "POST",
        "path": "/deployments/{deployment-id}/extensions/chat/completions",
        "parameters": {
            "deployment-id": {
                "argument": "deployment_id",
                "in": "path",
                "required": True,
            },
            "api-version": {
                "argument": "api_version",
                "in": "query",
            },
        },
        "groups": {},
        "client_parameters": [],
        "body": {
            "wire_name": "body",
            "model": "ExtensionsChatCompletionsRequest",
            "flattened": {
                "temperature": "temperature",
                "top_p": "top_p",
                "stream": "stream",
                "stop": "stop",
                "max_tokens": "max_tokens",
                "presence_penalty": "presence_penalty",
                "frequency_penalty": "frequency_penalty",
                "logit_bias": "logit_bias",
                "user": "user",
                "messages": "messages",
                "dataSources": "data_sources",
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
