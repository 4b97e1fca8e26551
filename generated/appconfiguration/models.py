# Generated from specs/azure-rest/appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json; do not edit (regenerate instead).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import _serde

__all__ = [
    "Error",
    "Key",
    "KeyListResult",
    "KeyValue",
    "KeyValueListResult",
    "Label",
    "LabelFields",
    "LabelListResult",
    "SettingFields",
]


class LabelFields(str, _serde.ExtensibleEnum):
    """LabelFields

    Extensible: values the service adds later are accepted as members too.
    """

    NAME = "name"


class SettingFields(str, _serde.ExtensibleEnum):
    """SettingFields

    Extensible: values the service adds later are accepted as members too.
    """

    KEY = "key"
    LABEL = "label"
    CONTENT_TYPE = "content_type"
    VALUE = "value"
    LAST_MODIFIED = "last_modified"
    TAGS = "tags"
    LOCKED = "locked"
    ETAG = "etag"


@dataclass(kw_only=True, slots=True)
class Error:
    """Azure App Configuration error object.

    Attributes:
        type: The type of the error.
        title: A brief summary of the error.
        name: The name of the parameter that resulted in the error.
        detail: A detailed description of the error.
        status: The HTTP status code that the error maps to.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    type: str | None = None
    title: str | None = None
    name: str | None = None
    detail: str | None = None
    status: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "title",
            "name",
            "detail",
            "status",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """A Error from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.type = data.get("type")
        self.title = data.get("title")
        self.name = data.get("name")
        self.detail = data.get("detail")
        self.status = data.get("status")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.type is not None:
            data["type"] = self.type
        if self.title is not None:
            data["title"] = self.title
        if self.name is not None:
            data["name"] = self.name
        if self.detail is not None:
            data["detail"] = self.detail
        if self.status is not None:
            data["status"] = self.status
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Key:
    """Key

    Attributes:
        name: (read-only)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    name: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Key:
        """A Key from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.name = data.get("name")
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
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class KeyListResult:
    """The result of a list request.

    Attributes:
        items: The collection value.
        next_link: The URI that can be used to request the next set of paged results.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    items: list[Key] | None = None
    next_link: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
            "@nextLink",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeyListResult:
        """A KeyListResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.items = _serde.opt_list(Key.from_dict, data.get("items"))
        self.next_link = data.get("@nextLink")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.items is not None:
            data["items"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.items
            ]
        if self.next_link is not None:
            data["@nextLink"] = self.next_link
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class KeyValue:
    """KeyValue

    Attributes:
        key: -
        label: -
        content_type: -
        value: -
        last_modified: -
        tags: -
        locked: -
        etag: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    key: str | None = None
    label: str | None = None
    content_type: str | None = None
    value: str | None = None
    last_modified: datetime.datetime | None = None
    tags: dict[str, str] | None = None
    locked: bool | None = None
    etag: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "label",
            "content_type",
            "value",
            "last_modified",
            "tags",
            "locked",
            "etag",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeyValue:
        """A KeyValue from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.key = data.get("key")
        self.label = data.get("label")
        self.content_type = data.get("content_type")
        self.value = data.get("value")
        self.last_modified = _serde.opt(_serde.iso_datetime, data.get("last_modified"))
        self.tags = data.get("tags")
        self.locked = data.get("locked")
        self.etag = data.get("etag")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.key is not None:
            data["key"] = self.key
        if self.label is not None:
            data["label"] = self.label
        if self.content_type is not None:
            data["content_type"] = self.content_type
        if self.value is not None:
            data["value"] = self.value
        if self.last_modified is not None:
            data["last_modified"] = _serde.iso_datetime_to_wire(self.last_modified)
        if self.tags is not None:
            data["tags"] = self.tags
        if self.locked is not None:
            data["locked"] = self.locked
        if self.etag is not None:
            data["etag"] = self.etag
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class KeyValueListResult:
    """The result of a list request.

    Attributes:
        items: The collection value.
        next_link: The URI that can be used to request the next set of paged results.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    items: list[KeyValue] | None = None
    next_link: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
            "@nextLink",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeyValueListResult:
        """A KeyValueListResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.items = _serde.opt_list(KeyValue.from_dict, data.get("items"))
        self.next_link = data.get("@nextLink")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.items is not None:
            data["items"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.items
            ]
        if self.next_link is not None:
            data["@nextLink"] = self.next_link
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Label:
    """Label

    Attributes:
        name: (read-only)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    name: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Label:
        """A Label from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.name = data.get("name")
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
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class LabelListResult:
    """The result of a list request.

    Attributes:
        items: The collection value.
        next_link: The URI that can be used to request the next set of paged results.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    items: list[Label] | None = None
    next_link: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
            "@nextLink",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LabelListResult:
        """A LabelListResult from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.items = _serde.opt_list(Label.from_dict, data.get("items"))
        self.next_link = data.get("@nextLink")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.items is not None:
            data["items"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.items
            ]
        if self.next_link is not None:
            data["@nextLink"] = self.next_link
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data
