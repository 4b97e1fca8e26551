# Generated from specs/azure-openai-authoring/2023-06-01-preview/azure-openai-catalog.yml; do not edit (regenerate instead).
"""Microsoft Azure Azure OpenAI API version 2023-06-01-preview

APIs for fine-tuning, managing deployments of OpenAI models and to support OpenAI
DALL-E.
"""

from . import models
from ._client import Client
from ._errors import (
    ApiConnectionError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    HttpResponseError,
    InternalServerError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
    RateLimitError,
    StreamError,
    UnprocessableEntityError,
)
from ._pipeline import FileInput, RequestOptions
from ._polling import LROPoller
from ._streaming import ByteStream, EventStream

__version__ = "2023-06-01-preview"

__all__ = [
    "ApiConnectionError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ByteStream",
    "Client",
    "ClientError",
    "ConflictError",
    "EventStream",
    "FileInput",
    "HttpResponseError",
    "InternalServerError",
    "LROPoller",
    "NotFoundError",
    "OperationFailedError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "StreamError",
    "UnprocessableEntityError",
    "models",
]
