"""Which front end reads a document: Swagger 2.0 or OpenAPI 3.0/3.1. Both
build the same IR; nothing after this knows which one did."""

from __future__ import annotations

from pathlib import Path

from ..diagnostics import Diagnostics
from ..load import SpecLoader
from .build import SwaggerBuilder
from .model import ClientSpec, Progress
from .openapi3 import OpenApi3Builder, is_openapi3


def build_client(
    loader: SpecLoader,
    diagnostics: Diagnostics,
    package: str,
    spec: Path,
    progress: Progress | None = None,
) -> ClientSpec | None:
    """The IR of the document `spec`, or None (errors in `diagnostics`);
    `progress` is told how far the build is (see `SchemaBuilder.progress`)."""
    document = loader.load(spec)
    if document is None:
        return None
    front = OpenApi3Builder if is_openapi3(document.data) else SwaggerBuilder
    return front(loader, diagnostics, package, progress=progress).build(spec)
