# Generated from tests/features/content/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from . import _serde

__all__ = [
    "AccessPolicy",
    "BlobFlatListSegment",
    "BlobItem",
    "BlobName",
    "BlockLookupList",
    "ContainerItem",
    "ContainerProperties",
    "CorsRule",
    "ListBlobsFlatSegmentResponse",
    "ListContainersSegmentResponse",
    "Logging",
    "Metrics",
    "PublicAccessType",
    "QueryRequest",
    "RetentionPolicy",
    "SignedIdentifier",
    "SignedIdentifiers",
    "StorageError",
    "StorageServiceProperties",
]


class PublicAccessType(str, _serde.ExtensibleEnum):
    """PublicAccessType

    Extensible: values the service adds later are accepted as members too.
    """

    CONTAINER = "container"
    BLOB = "blob"


@dataclass(kw_only=True, slots=True)
class AccessPolicy:
    """AccessPolicy

    Attributes:
        start: -
        expiry: -
        permission: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    start: datetime.datetime | None = None
    expiry: datetime.datetime | None = None
    permission: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Start",
            "Expiry",
            "Permission",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AccessPolicy:
        """A AccessPolicy from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.start = _serde.opt(_serde.iso_datetime, data.get("Start"))
        self.expiry = _serde.opt(_serde.iso_datetime, data.get("Expiry"))
        self.permission = data.get("Permission")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.start is not None:
            data["Start"] = _serde.iso_datetime_to_wire(self.start)
        if self.expiry is not None:
            data["Expiry"] = _serde.iso_datetime_to_wire(self.expiry)
        if self.permission is not None:
            data["Permission"] = self.permission
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class BlobFlatListSegment:
    """BlobFlatListSegment

    Attributes:
        blob_items: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    blob_items: list[BlobItem]
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "BlobItems",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlobFlatListSegment:
        """A BlobFlatListSegment from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.blob_items = _serde.req_list(BlobItem.from_dict, data.get("BlobItems"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.blob_items is not None:
            data["BlobItems"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.blob_items
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class BlobItem:
    """BlobItem

    Attributes:
        name: (required)
        snapshot: -
        tags: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    name: BlobName
    snapshot: str | None = None
    tags: list[str] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Name",
            "Snapshot",
            "Tags",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlobItem:
        """A BlobItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.name = _serde.req(BlobName.from_dict, data.get("Name"))
        self.snapshot = data.get("Snapshot")
        self.tags = data.get("Tags")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["Name"] = self.name.to_dict(exclude_readonly=exclude_readonly)
        if self.snapshot is not None:
            data["Snapshot"] = self.snapshot
        if self.tags is not None:
            data["Tags"] = self.tags
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class BlobName:
    """BlobName

    Attributes:
        encoded: -
        content: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    encoded: bool | None = None
    content: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Encoded",
            "content",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlobName:
        """A BlobName from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.encoded = data.get("Encoded")
        self.content = data.get("content")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.encoded is not None:
            data["Encoded"] = self.encoded
        if self.content is not None:
            data["content"] = self.content
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class BlockLookupList:
    """BlockLookupList

    Attributes:
        committed: -
        uncommitted: -
        latest: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    committed: list[str] | None = None
    uncommitted: list[str] | None = None
    latest: list[str] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Committed",
            "Uncommitted",
            "Latest",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlockLookupList:
        """A BlockLookupList from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.committed = data.get("Committed")
        self.uncommitted = data.get("Uncommitted")
        self.latest = data.get("Latest")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.committed is not None:
            data["Committed"] = self.committed
        if self.uncommitted is not None:
            data["Uncommitted"] = self.uncommitted
        if self.latest is not None:
            data["Latest"] = self.latest
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ContainerItem:
    """ContainerItem

    Attributes:
        name: (required)
        deleted: -
        properties: (required)
        metadata: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    name: str
    deleted: bool | None = None
    properties: ContainerProperties
    metadata: dict[str, str] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Name",
            "Deleted",
            "Properties",
            "Metadata",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerItem:
        """A ContainerItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.name = _serde.required(data, "Name")
        self.deleted = data.get("Deleted")
        self.properties = _serde.req(
            ContainerProperties.from_dict, data.get("Properties")
        )
        self.metadata = data.get("Metadata")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["Name"] = self.name
        if self.deleted is not None:
            data["Deleted"] = self.deleted
        if self.properties is not None:
            data["Properties"] = self.properties.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.metadata is not None:
            data["Metadata"] = self.metadata
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ContainerProperties:
    """ContainerProperties

    Attributes:
        last_modified: (required)
        etag: (required)
        public_access: -
        has_immutability_policy: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    last_modified: datetime.datetime
    etag: str
    public_access: PublicAccessType | str | None = None
    has_immutability_policy: bool | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Last-Modified",
            "Etag",
            "PublicAccess",
            "HasImmutabilityPolicy",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContainerProperties:
        """A ContainerProperties from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.last_modified = _serde.req(
            _serde.rfc1123_datetime, data.get("Last-Modified")
        )
        self.etag = _serde.required(data, "Etag")
        self.public_access = _serde.opt_enum(PublicAccessType, data.get("PublicAccess"))
        self.has_immutability_policy = data.get("HasImmutabilityPolicy")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.last_modified is not None:
            data["Last-Modified"] = _serde.rfc1123_to_wire(self.last_modified)
        if self.etag is not None:
            data["Etag"] = self.etag
        if self.public_access is not None:
            data["PublicAccess"] = _serde.enum_wire(self.public_access)
        if self.has_immutability_policy is not None:
            data["HasImmutabilityPolicy"] = self.has_immutability_policy
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class CorsRule:
    """CorsRule

    Attributes:
        allowed_origins: (required)
        max_age_in_seconds: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    allowed_origins: str
    max_age_in_seconds: int
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "AllowedOrigins",
            "MaxAgeInSeconds",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CorsRule:
        """A CorsRule from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.allowed_origins = _serde.required(data, "AllowedOrigins")
        self.max_age_in_seconds = _serde.required(data, "MaxAgeInSeconds")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.allowed_origins is not None:
            data["AllowedOrigins"] = self.allowed_origins
        if self.max_age_in_seconds is not None:
            data["MaxAgeInSeconds"] = self.max_age_in_seconds
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ListBlobsFlatSegmentResponse:
    """ListBlobsFlatSegmentResponse

    Attributes:
        container_name: (required)
        segment: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    container_name: str
    segment: BlobFlatListSegment
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "ContainerName",
            "Segment",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListBlobsFlatSegmentResponse:
        """A ListBlobsFlatSegmentResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.container_name = _serde.required(data, "ContainerName")
        self.segment = _serde.req(BlobFlatListSegment.from_dict, data.get("Segment"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.container_name is not None:
            data["ContainerName"] = self.container_name
        if self.segment is not None:
            data["Segment"] = self.segment.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ListContainersSegmentResponse:
    """ListContainersSegmentResponse

    Attributes:
        service_endpoint: (required)
        prefix: -
        max_results: -
        container_items: (required)
        next_link: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    service_endpoint: str
    prefix: str | None = None
    max_results: int | None = None
    container_items: list[ContainerItem]
    next_link: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "ServiceEndpoint",
            "Prefix",
            "MaxResults",
            "ContainerItems",
            "NextLink",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListContainersSegmentResponse:
        """A ListContainersSegmentResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.service_endpoint = _serde.required(data, "ServiceEndpoint")
        self.prefix = data.get("Prefix")
        self.max_results = data.get("MaxResults")
        self.container_items = _serde.req_list(
            ContainerItem.from_dict, data.get("ContainerItems")
        )
        self.next_link = data.get("NextLink")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.service_endpoint is not None:
            data["ServiceEndpoint"] = self.service_endpoint
        if self.prefix is not None:
            data["Prefix"] = self.prefix
        if self.max_results is not None:
            data["MaxResults"] = self.max_results
        if self.container_items is not None:
            data["ContainerItems"] = [
                _serde.model_wire(item, exclude_readonly)
                for item in self.container_items
            ]
        if self.next_link is not None:
            data["NextLink"] = self.next_link
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Logging:
    """Logging

    Attributes:
        version: (required)
        delete: (required)
        read: (required)
        write: (required)
        retention_policy: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    version: str
    delete: bool
    read: bool
    write: bool
    retention_policy: RetentionPolicy | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Version",
            "Delete",
            "Read",
            "Write",
            "RetentionPolicy",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Logging:
        """A Logging from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.version = _serde.required(data, "Version")
        self.delete = _serde.required(data, "Delete")
        self.read = _serde.required(data, "Read")
        self.write = _serde.required(data, "Write")
        self.retention_policy = _serde.opt(
            RetentionPolicy.from_dict, data.get("RetentionPolicy")
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.version is not None:
            data["Version"] = self.version
        if self.delete is not None:
            data["Delete"] = self.delete
        if self.read is not None:
            data["Read"] = self.read
        if self.write is not None:
            data["Write"] = self.write
        if self.retention_policy is not None:
            data["RetentionPolicy"] = self.retention_policy.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Metrics:
    """Metrics

    Attributes:
        version: -
        enabled: (required)
        retention_policy: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    version: str | None = None
    enabled: bool
    retention_policy: RetentionPolicy | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Version",
            "Enabled",
            "RetentionPolicy",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metrics:
        """A Metrics from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.version = data.get("Version")
        self.enabled = _serde.required(data, "Enabled")
        self.retention_policy = _serde.opt(
            RetentionPolicy.from_dict, data.get("RetentionPolicy")
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.version is not None:
            data["Version"] = self.version
        if self.enabled is not None:
            data["Enabled"] = self.enabled
        if self.retention_policy is not None:
            data["RetentionPolicy"] = self.retention_policy.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class QueryRequest:
    """QueryRequest

    Attributes:
        query_type: (constant: always "SQL") The query's language; SQL is the only one.
        expression: (required)
        output_format: How matching records are written. The service's default: "csv".
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    query_type: str = field(default="SQL", init=False)
    expression: str
    output_format: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "QueryType",
            "Expression",
            "OutputFormat",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QueryRequest:
        """A QueryRequest from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.query_type = data.get("QueryType", "SQL")
        self.expression = _serde.required(data, "Expression")
        self.output_format = data.get("OutputFormat")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.query_type is not None:
            data["QueryType"] = self.query_type
        if self.expression is not None:
            data["Expression"] = self.expression
        if self.output_format is not None:
            data["OutputFormat"] = self.output_format
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class RetentionPolicy:
    """RetentionPolicy

    Attributes:
        enabled: (required)
        days: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    enabled: bool
    days: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Enabled",
            "Days",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RetentionPolicy:
        """A RetentionPolicy from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.enabled = _serde.required(data, "Enabled")
        self.days = data.get("Days")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.enabled is not None:
            data["Enabled"] = self.enabled
        if self.days is not None:
            data["Days"] = self.days
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SignedIdentifier:
    """SignedIdentifier

    Attributes:
        id: (required)
        access_policy: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    id: str
    access_policy: AccessPolicy | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Id",
            "AccessPolicy",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SignedIdentifier:
        """A SignedIdentifier from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = _serde.required(data, "Id")
        self.access_policy = _serde.opt(
            AccessPolicy.from_dict, data.get("AccessPolicy")
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.id is not None:
            data["Id"] = self.id
        if self.access_policy is not None:
            data["AccessPolicy"] = self.access_policy.to_dict(
                exclude_readonly=exclude_readonly
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class StorageError:
    """StorageError

    Attributes:
        code: -
        message: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    code: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Code",
            "Message",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StorageError:
        """A StorageError from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.code = data.get("Code")
        self.message = data.get("Message")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["Code"] = self.code
        if self.message is not None:
            data["Message"] = self.message
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class StorageServiceProperties:
    """The blob service's properties.

    Attributes:
        logging: -
        hour_metrics: -
        cors: -
        default_service_version: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    logging: Logging | None = None
    hour_metrics: Metrics | None = None
    cors: list[CorsRule] | None = None
    default_service_version: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "Logging",
            "HourMetrics",
            "Cors",
            "DefaultServiceVersion",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StorageServiceProperties:
        """A StorageServiceProperties from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.logging = _serde.opt(Logging.from_dict, data.get("Logging"))
        self.hour_metrics = _serde.opt(Metrics.from_dict, data.get("HourMetrics"))
        self.cors = _serde.opt_list(CorsRule.from_dict, data.get("Cors"))
        self.default_service_version = data.get("DefaultServiceVersion")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.logging is not None:
            data["Logging"] = self.logging.to_dict(exclude_readonly=exclude_readonly)
        if self.hour_metrics is not None:
            data["HourMetrics"] = self.hour_metrics.to_dict(
                exclude_readonly=exclude_readonly
            )
        if self.cors is not None:
            data["Cors"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.cors
            ]
        if self.default_service_version is not None:
            data["DefaultServiceVersion"] = self.default_service_version
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


SignedIdentifiers: TypeAlias = list[SignedIdentifier]
"""The container's stored access policies."""
