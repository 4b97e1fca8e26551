# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
"""How the models of this package are spelled in XML: a shape per model that
travels as XML, and a root per XML body (see _xml.py)."""

from __future__ import annotations

from . import _xml

_SHAPES: dict[str, _xml.Shape] = {
    "StorageServiceProperties": _xml.Shape(
        "StorageServiceProperties",
        (
            _xml.Field("Logging", "Logging", _xml.Value("model", model="Logging")),
            _xml.Field(
                "HourMetrics", "HourMetrics", _xml.Value("model", model="Metrics")
            ),
            _xml.Field(
                "Cors",
                "Cors",
                _xml.Value(
                    "list",
                    item=_xml.Value("model", model="CorsRule"),
                    item_name="CorsRule",
                    wrapped=True,
                ),
            ),
            _xml.Field(
                "DefaultServiceVersion", "DefaultServiceVersion", _xml.Value("str")
            ),
        ),
    ),
    "Logging": _xml.Shape(
        "Logging",
        (
            _xml.Field("Version", "Version", _xml.Value("str")),
            _xml.Field("Delete", "Delete", _xml.Value("bool")),
            _xml.Field("Read", "Read", _xml.Value("bool")),
            _xml.Field("Write", "Write", _xml.Value("bool")),
            _xml.Field(
                "RetentionPolicy",
                "RetentionPolicy",
                _xml.Value("model", model="RetentionPolicy"),
            ),
        ),
    ),
    "RetentionPolicy": _xml.Shape(
        "RetentionPolicy",
        (
            _xml.Field("Enabled", "Enabled", _xml.Value("bool")),
            _xml.Field("Days", "Days", _xml.Value("int")),
        ),
    ),
    "Metrics": _xml.Shape(
        "Metrics",
        (
            _xml.Field("Version", "Version", _xml.Value("str")),
            _xml.Field("Enabled", "Enabled", _xml.Value("bool")),
            _xml.Field(
                "RetentionPolicy",
                "RetentionPolicy",
                _xml.Value("model", model="RetentionPolicy"),
            ),
        ),
    ),
    "CorsRule": _xml.Shape(
        "CorsRule",
        (
            _xml.Field("AllowedOrigins", "AllowedOrigins", _xml.Value("str")),
            _xml.Field("MaxAgeInSeconds", "MaxAgeInSeconds", _xml.Value("int")),
        ),
    ),
    "StorageError": _xml.Shape(
        "Error",
        (
            _xml.Field("Code", "Code", _xml.Value("str")),
            _xml.Field("Message", "Message", _xml.Value("str")),
        ),
    ),
    "ListContainersSegmentResponse": _xml.Shape(
        "EnumerationResults",
        (
            _xml.Field(
                "ServiceEndpoint",
                "ServiceEndpoint",
                _xml.Value("str"),
                placement="attribute",
            ),
            _xml.Field("Prefix", "Prefix", _xml.Value("str")),
            _xml.Field("MaxResults", "MaxResults", _xml.Value("int")),
            _xml.Field(
                "ContainerItems",
                "Containers",
                _xml.Value(
                    "list",
                    item=_xml.Value("model", model="ContainerItem"),
                    item_name="Container",
                    wrapped=True,
                ),
            ),
            _xml.Field("NextLink", "NextLink", _xml.Value("str")),
        ),
    ),
    "ContainerItem": _xml.Shape(
        "Container",
        (
            _xml.Field("Name", "Name", _xml.Value("str")),
            _xml.Field("Deleted", "Deleted", _xml.Value("bool")),
            _xml.Field(
                "Properties",
                "Properties",
                _xml.Value("model", model="ContainerProperties"),
            ),
            _xml.Field(
                "Metadata", "Metadata", _xml.Value("dict", item=_xml.Value("str"))
            ),
        ),
    ),
    "ContainerProperties": _xml.Shape(
        "ContainerProperties",
        (
            _xml.Field("Last-Modified", "Last-Modified", _xml.Value("str")),
            _xml.Field("Etag", "Etag", _xml.Value("str")),
            _xml.Field("PublicAccess", "PublicAccess", _xml.Value("str")),
            _xml.Field(
                "HasImmutabilityPolicy", "HasImmutabilityPolicy", _xml.Value("bool")
            ),
        ),
    ),
    "SignedIdentifier": _xml.Shape(
        "SignedIdentifier",
        (
            _xml.Field("Id", "Id", _xml.Value("str")),
            _xml.Field(
                "AccessPolicy",
                "AccessPolicy",
                _xml.Value("model", model="AccessPolicy"),
            ),
        ),
    ),
    "AccessPolicy": _xml.Shape(
        "AccessPolicy",
        (
            _xml.Field("Start", "Start", _xml.Value("str")),
            _xml.Field("Expiry", "Expiry", _xml.Value("str")),
            _xml.Field("Permission", "Permission", _xml.Value("str")),
        ),
    ),
    "ListBlobsFlatSegmentResponse": _xml.Shape(
        "EnumerationResults",
        (
            _xml.Field(
                "ContainerName",
                "ContainerName",
                _xml.Value("str"),
                placement="attribute",
            ),
            _xml.Field(
                "Segment", "Blobs", _xml.Value("model", model="BlobFlatListSegment")
            ),
        ),
        namespace="http://schemas.example.com/blobs/2021-08-06",
    ),
    "BlobFlatListSegment": _xml.Shape(
        "Blobs",
        (
            _xml.Field(
                "BlobItems",
                "BlobItems",
                _xml.Value(
                    "list", item=_xml.Value("model", model="BlobItem"), item_name="Blob"
                ),
            ),
        ),
    ),
    "BlobItem": _xml.Shape(
        "Blob",
        (
            _xml.Field("Name", "Name", _xml.Value("model", model="BlobName")),
            _xml.Field("Snapshot", "Snapshot", _xml.Value("str")),
            _xml.Field(
                "Tags",
                "Tags",
                _xml.Value(
                    "list", item=_xml.Value("str"), item_name="Tag", wrapped=True
                ),
            ),
        ),
    ),
    "BlobName": _xml.Shape(
        "BlobName",
        (
            _xml.Field("Encoded", "Encoded", _xml.Value("bool"), placement="attribute"),
            _xml.Field("content", "content", _xml.Value("str"), placement="text"),
        ),
    ),
    "QueryRequest": _xml.Shape(
        "QueryRequest",
        (
            _xml.Field("QueryType", "QueryType", _xml.Value("str")),
            _xml.Field("Expression", "Expression", _xml.Value("str")),
            _xml.Field("OutputFormat", "OutputFormat", _xml.Value("str")),
        ),
    ),
    "BlockLookupList": _xml.Shape(
        "BlockList",
        (
            _xml.Field(
                "Committed",
                "Committed",
                _xml.Value("list", item=_xml.Value("str"), item_name="Committed"),
            ),
            _xml.Field(
                "Uncommitted",
                "Uncommitted",
                _xml.Value("list", item=_xml.Value("str"), item_name="Uncommitted"),
            ),
            _xml.Field(
                "Latest",
                "Latest",
                _xml.Value("list", item=_xml.Value("str"), item_name="Latest"),
            ),
        ),
    ),
}

STORAGE_SERVICE_PROPERTIES = _xml.Root(
    "StorageServiceProperties",
    _xml.Value("model", model="StorageServiceProperties"),
    _SHAPES,
)

STORAGE_ERROR = _xml.Root("Error", _xml.Value("model", model="StorageError"), _SHAPES)

LIST_CONTAINERS_SEGMENT_RESPONSE = _xml.Root(
    "EnumerationResults",
    _xml.Value("model", model="ListContainersSegmentResponse"),
    _SHAPES,
)

SIGNED_IDENTIFIERS = _xml.Root(
    "SignedIdentifiers",
    _xml.Value(
        "list",
        item=_xml.Value("model", model="SignedIdentifier"),
        item_name="SignedIdentifier",
        wrapped=True,
    ),
    _SHAPES,
)

LIST_BLOBS_FLAT_SEGMENT_RESPONSE = _xml.Root(
    "EnumerationResults",
    _xml.Value("model", model="ListBlobsFlatSegmentResponse"),
    _SHAPES,
    namespace="http://schemas.example.com/blobs/2021-08-06",
)

QUERY_REQUEST = _xml.Root(
    "QueryRequest", _xml.Value("model", model="QueryRequest"), _SHAPES
)

BLOCK_LOOKUP_LIST = _xml.Root(
    "BlockList", _xml.Value("model", model="BlockLookupList"), _SHAPES
)
