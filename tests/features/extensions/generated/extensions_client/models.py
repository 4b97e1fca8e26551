# Generated from tests/features/extensions/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import _serde

__all__ = [
    "FindOptions",
    "Secret",
    "Vault",
    "VaultProperties",
]


@dataclass(kw_only=True, slots=True)
class FindOptions:
    """Parameters passed together (prefix, x-ms-max-items).

    Attributes:
        prefix: -
        x_ms_max_items: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    prefix: str | None = None
    x_ms_max_items: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "prefix",
            "x-ms-max-items",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FindOptions:
        """A FindOptions from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.prefix = data.get("prefix")
        self.x_ms_max_items = data.get("x-ms-max-items")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.prefix is not None:
            data["prefix"] = self.prefix
        if self.x_ms_max_items is not None:
            data["x-ms-max-items"] = self.x_ms_max_items
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Secret:
    """Secret

    Attributes:
        value: (required)
        id: (read-only)
        note: -
        label: -
        expires: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    value: str = field(repr=False)
    id: str | None = None
    note: str | None = None
    label: str | None | _serde.Unset = _serde.UNSET
    expires: datetime.datetime | None | _serde.Unset = _serde.UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "id",
            "note",
            "label",
            "expires",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Secret:
        """A Secret from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.value = _serde.required(data, "value")
        self.id = data.get("id")
        self.note = data.get("note")
        self.label = _serde.nullable(_serde.identity, data, "label")
        self.expires = _serde.nullable(_serde.iso_datetime, data, "expires")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.value is not None:
            data["value"] = self.value
        if self.id is not None and not exclude_readonly:
            data["id"] = self.id
        if self.note is not None:
            data["note"] = self.note
        if not isinstance(self.label, _serde.Unset):
            data["label"] = self.label
        if not isinstance(self.expires, _serde.Unset):
            data["expires"] = (
                None
                if self.expires is None
                else _serde.iso_datetime_to_wire(self.expires)
            )
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Vault:
    """Vault

    Attributes:
        name: -
        sku: -
        properties_name: -
        created: (read-only)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    name: str | None = None
    sku: str | None = None
    properties_name: str | None = None
    created: datetime.datetime | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "properties",
        }
    )
    _NESTED_NAMES: ClassVar[_serde.NestedNames] = (
        (
            ("properties",),
            frozenset(
                {
                    "sku",
                    "name",
                    "created",
                }
            ),
        ),
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Vault:
        """A Vault from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.name = data.get("name")
        self.sku = _serde.nested(data, ("properties", "sku"))
        self.properties_name = _serde.nested(data, ("properties", "name"))
        self.created = _serde.opt(
            _serde.iso_datetime, _serde.nested(data, ("properties", "created"))
        )
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        _serde.nested_extras(data, cls._NESTED_NAMES, self.additional_properties)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.sku is not None:
            _serde.nest(data, ("properties",))["sku"] = self.sku
        if self.properties_name is not None:
            _serde.nest(data, ("properties",))["name"] = self.properties_name
        if self.created is not None and not exclude_readonly:
            _serde.nest(data, ("properties",))["created"] = _serde.iso_datetime_to_wire(
                self.created
            )
        _serde.merge_extras(data, self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class VaultProperties:
    """VaultProperties

    Attributes:
        sku: -
        name: -
        created: (read-only)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    sku: str | None | _serde.Unset = _serde.UNSET
    name: str | None | _serde.Unset = _serde.UNSET
    created: datetime.datetime | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "sku",
            "name",
            "created",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VaultProperties:
        """A VaultProperties from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.sku = _serde.nullable(_serde.identity, data, "sku")
        self.name = _serde.nullable(_serde.identity, data, "name")
        self.created = _serde.opt(_serde.iso_datetime, data.get("created"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if not isinstance(self.sku, _serde.Unset):
            data["sku"] = self.sku
        if not isinstance(self.name, _serde.Unset):
            data["name"] = self.name
        if self.created is not None and not exclude_readonly:
            data["created"] = _serde.iso_datetime_to_wire(self.created)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data
