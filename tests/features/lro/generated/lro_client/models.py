# Generated from tests/features/lro/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import _serde

__all__ = [
    "ExportRequest",
    "ExportResult",
    "JobOperation",
    "JobOperationResult",
    "Resource",
    "RunRequest",
    "Summary",
]


@dataclass(kw_only=True, slots=True)
class ExportRequest:
    """ExportRequest

    Attributes:
        format: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    format: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "format",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportRequest:
        """A ExportRequest from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.format = data.get("format")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.format is not None:
            data["format"] = self.format
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ExportResult:
    """ExportResult

    Attributes:
        url: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    url: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExportResult:
        """A ExportResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.url = data.get("url")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.url is not None:
            data["url"] = self.url
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class JobOperation:
    """JobOperation

    Attributes:
        id: (required)
        status: (required)
        result: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    id: str
    status: str
    result: JobOperationResult | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
            "result",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JobOperation:
        """A JobOperation from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.id = _serde.required(data, "id")
        self.status = _serde.required(data, "status")
        self.result = _serde.opt(JobOperationResult.from_dict, data.get("result"))
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
            data["id"] = self.id
        if self.status is not None:
            data["status"] = self.status
        if self.result is not None:
            data["result"] = self.result.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class JobOperationResult:
    """JobOperationResult

    Attributes:
        output: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    output: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "output",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JobOperationResult:
        """A JobOperationResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.output = data.get("output")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.output is not None:
            data["output"] = self.output
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Resource:
    """Resource

    Attributes:
        name: (read-only)
        size: -
        provisioning_state: (read-only)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    name: str | None = None
    size: int | None = None
    provisioning_state: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "size",
            "provisioningState",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Resource:
        """A Resource from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.name = data.get("name")
        self.size = data.get("size")
        self.provisioning_state = data.get("provisioningState")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None and not exclude_readonly:
            data["name"] = self.name
        if self.size is not None:
            data["size"] = self.size
        if self.provisioning_state is not None and not exclude_readonly:
            data["provisioningState"] = self.provisioning_state
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class RunRequest:
    """RunRequest

    Attributes:
        script: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    script: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "script",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RunRequest:
        """A RunRequest from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.script = _serde.required(data, "script")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.script is not None:
            data["script"] = self.script
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Summary:
    """Summary

    Attributes:
        jobs: -
        failed: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    jobs: int | None = None
    failed: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "jobs",
            "failed",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Summary:
        """A Summary from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.jobs = data.get("jobs")
        self.failed = data.get("failed")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.jobs is not None:
            data["jobs"] = self.jobs
        if self.failed is not None:
            data["failed"] = self.failed
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data
