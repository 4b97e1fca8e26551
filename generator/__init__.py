"""An OpenAPI (Swagger 2.0 with x-ms-* extensions) to Python client generator."""

__version__ = "0.1.0"
