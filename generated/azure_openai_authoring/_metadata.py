# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
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
            "name": "api-key",
            "in": "header",
            "argument": "api_key",
        },
    ],
}

OPERATIONS: dict[str, dict[str, Any]] = {
    "microsoftAzureFilesList": {
        "group": "files",
        "method": "list",
        "kind": "plain",
        "http_method": "GET",
        "path": "/files",
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
    "microsoftAzureFilesUpload": {
        "group": "files",
        "method": "upload",
        "kind": "plain",
        "http_method": "POST",
        "path": "/files",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "form": {
                "purpose": "purpose",
                "file": "file",
            },
            "files": [
                "file",
            ],
        },
        "content_type": "multipart/form-data",
        "responses": {
            "201": "json",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "microsoftAzureFilesGet": {
        "group": "files",
        "method": "get",
        "kind": "plain",
        "http_method": "GET",
        "path": "/files/{file-id}",
        "parameters": {
            "file-id": {
                "argument": "file_id",
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
    "microsoftAzureFilesDelete": {
        "group": "files",
        "method": "delete",
        "kind": "plain",
        "http_method": "DELETE",
        "path": "/files/{file-id}",
        "parameters": {
            "file-id": {
                "argument": "file_id",
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
    "microsoftAzureFilesGetcontent": {
        "group": "files",
        "method": "get_content",
        "kind": "binary",
        "http_method": "GET",
        "path": "/files/{file-id}/content",
        "parameters": {
            "file-id": {
                "argument": "file_id",
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
            "200": "binary",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "microsoftAzureFilesImport": {
        "group": "files",
        "method": "import_",
        "kind": "plain",
        "http_method": "POST",
        "path": "/files/import",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "fileImport",
            "model": "FileImport",
            "flattened": {
                "purpose": "purpose",
                "filename": "filename",
                "content_url": "content_url",
            },
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
    "microsoftAzureFinetunesList": {
        "group": "fine_tunes",
        "method": "list",
        "kind": "plain",
        "http_method": "GET",
        "path": "/fine-tunes",
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
    "microsoftAzureFinetunesCreate": {
        "group": "fine_tunes",
        "method": "create",
        "kind": "plain",
        "http_method": "POST",
        "path": "/fine-tunes",
        "parameters": {},
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "fineTune",
            "model": "FineTuneCreation",
            "flattened": {
                "model": "model",
                "training_file": "training_file",
                "validation_file": "validation_file",
                "suffix": "suffix",
                "n_epochs": "n_epochs",
                "batch_size": "batch_size",
                "learning_rate_multiplier": "learning_rate_multiplier",
                "prompt_loss_weight": "prompt_loss_weight",
                "compute_classification_metrics": "compute_classification_metrics",
                "classification_n_classes": "classification_n_classes",
                "classification_positive_class": "classification_positive_class",
                "classification_betas": "classification_betas",
            },
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
    "microsoftAzureFinetunesGet": {
        "group": "fine_tunes",
        "method": "get",
        "kind": "plain",
        "http_method": "GET",
        "path": "/fine-tunes/{fine-tune-id}",
        "parameters": {
            "fine-tune-id": {
                "argument": "fine_tune_id",
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
    "microsoftAzureFinetunesDelete": {
        "group": "fine_tunes",
        "method": "delete",
        "kind": "plain",
        "http_method": "DELETE",
        "path": "/fine-tunes/{fine-tune-id}",
        "parameters": {
            "fine-tune-id": {
                "argument": "fine_tune_id",
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
    "microsoftAzureFinetunesGetevents": {
        "group": "fine_tunes",
        "method": "get_events",
        "kind": "plain",
        "http_method": "GET",
        "path": "/fine-tunes/{fine-tune-id}/events",
        "parameters": {
            "fine-tune-id": {
                "argument": "fine_tune_id",
                "in": "path",
                "required": True,
            },
            "stream": {
                "argument": "stream",
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
        "event_stream": "stream",
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
    "microsoftAzureFinetunesCancel": {
        "group": "fine_tunes",
        "method": "cancel",
        "kind": "plain",
        "http_method": "POST",
        "path": "/fine-tunes/{fine-tune-id}/cancel",
        "parameters": {
            "fine-tune-id": {
                "argument": "fine_tune_id",
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
    "microsoftAzureImagesGenerate": {
        "group": "images",
        "method": "begin_generate",
        "kind": "long_running",
        "http_method": "POST",
        "path": "/images/generations:submit",
        "parameters": {
            "Operation-Id": {
                "argument": "operation_id",
                "in": "header",
            },
        },
        "groups": {},
        "client_parameters": [
            "api-version",
        ],
        "body": {
            "wire_name": "body",
            "model": "GenerateImagesCreation",
            "flattened": {
                "prompt": "prompt",
                "n": "n",
                "size": "size",
                "user": "user",
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
    "microsoftAzureModelsList": {
        "group": "models",
        "method": "list",
        "kind": "plain",
        "http_method": "GET",
        "path": "/models",
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
    "microsoftAzureModelsGet": {
        "group": "models",
        "method": "get",
        "kind": "plain",
        "http_method": "GET",
        "path": "/models/{model-id}",
        "parameters": {
            "model-id": {
                "argument": "model_id",
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
    "microsoftAzureOperationsimagesGet": {
        "group": "operations_images",
        "method": "get",
        "kind": "plain",
        "http_method": "GET",
        "path": "/operations/images/{operation-id}",
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
    "microsoftAzureOperationsimagesDelete": {
        "group": "operations_images",
        "method": "delete",
        "kind": "plain",
        "http_method": "DELETE",
        "path": "/operations/images/{operation-id}",
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
            "204": "empty",
        },
        "event_stream": None,
        "item_name": None,
        "next_link_name": None,
        "query": {},
    },
}
