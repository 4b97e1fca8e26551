# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
"""Jobs

Long-running operations, each finishing a different way.
"""

from typing import TYPE_CHECKING, Any

from ._auth import AsyncTokenCredential, TokenCredential
from ._client import AsyncClient, Client
from ._errors import (
    ApiConnectionError,
    ApiTimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    DeserializationError,
    HttpResponseError,
    InsecureTransportError,
    InternalServerError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    StreamError,
    UnprocessableEntityError,
)
from ._examples import AsyncExampleTransport, ExampleTransport, NoMatchingExample
from ._paging import AsyncItemPaged, ItemPaged
from ._pipeline import FileInput, RequestOptions
from ._polling import AsyncLROPoller, LROPoller
from ._response import (
    AsyncStreamedResponse,
    RawResponse,
    StreamedResponse,
    async_with_raw_response,
    async_with_streaming_response,
    with_raw_response,
    with_streaming_response,
)
from ._streaming import AsyncByteStream, AsyncEventStream, ByteStream, EventStream

if TYPE_CHECKING:
    from . import models

__version__ = "2024.2.1"

__all__ = [
    "ApiConnectionError",
    "ApiTimeoutError",
    "ArgumentError",
    "AsyncByteStream",
    "AsyncClient",
    "AsyncEventStream",
    "AsyncExampleTransport",
    "AsyncItemPaged",
    "AsyncLROPoller",
    "AsyncStreamedResponse",
    "AsyncTokenCredential",
    "AuthenticationError",
    "BadRequestError",
    "ByteStream",
    "Client",
    "ClientError",
    "ConflictError",
    "DeserializationError",
    "EventStream",
    "ExampleTransport",
    "FileInput",
    "HttpResponseError",
    "InsecureTransportError",
    "InternalServerError",
    "ItemPaged",
    "LROPoller",
    "NoMatchingExample",
    "NotFoundError",
    "OperationFailedError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseTooLargeError",
    "StreamError",
    "StreamedResponse",
    "TokenCredential",
    "UnprocessableEntityError",
    "async_with_raw_response",
    "async_with_streaming_response",
    "models",
    "with_raw_response",
    "with_streaming_response",
]

# User-owned customizations (see _patch.py) apply last.
from . import _patch

_patch.patch_sdk()
for _name in _patch.__all__:
    globals()[_name] = getattr(_patch, _name)
__all__.extend(_patch.__all__)


def __getattr__(name: str) -> Any:
    # `models` is imported on first use: it is most of the import time.
    if name == "models":
        import importlib

        return importlib.import_module(".models", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
