# Generated from tests/features/paging/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import _serde

__all__ = [
    "Color",
    "ErrorResponse",
    "ErrorResponseError",
    "Widget",
    "WidgetBatch",
    "WidgetList",
    "WidgetQuery",
]


class Color(str, _serde.WireEnum):
    """Color"""

    RED = "red"
    BLUE = "blue"


@dataclass(kw_only=True, slots=True)
class ErrorResponse:
    """ErrorResponse

    Attributes:
        error: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    error: ErrorResponseError | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorResponse:
        """A ErrorResponse from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.error = _serde.opt(ErrorResponseError.from_dict, data.get("error"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.error is not None:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class ErrorResponseError:
    """ErrorResponseError

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
            "code",
            "message",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorResponseError:
        """A ErrorResponseError from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.code = data.get("code")
        self.message = data.get("message")
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
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Widget:
    """Widget

    Attributes:
        name: (required)
        color: -
        created: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    name: str
    color: Color | str | None = None
    created: datetime.datetime | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "color",
            "created",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Widget:
        """A Widget from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.name = _serde.required(data, "name")
        self.color = _serde.opt_enum(Color, data.get("color"))
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
        if self.name is not None:
            data["name"] = self.name
        if self.color is not None:
            data["color"] = _serde.enum_wire(self.color)
        if self.created is not None:
            data["created"] = _serde.iso_datetime_to_wire(self.created)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class WidgetBatch:
    """WidgetBatch

    Attributes:
        items: -
        next: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    items: list[Widget] | None = None
    next: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
            "next",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WidgetBatch:
        """A WidgetBatch from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.items = _serde.opt_list(Widget.from_dict, data.get("items"))
        self.next = data.get("next")
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
        if self.next is not None:
            data["next"] = self.next
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class WidgetList:
    """WidgetList

    Attributes:
        value: -
        next_link: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    value: list[Widget] | None = None
    next_link: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "nextLink",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WidgetList:
        """A WidgetList from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.value = _serde.opt_list(Widget.from_dict, data.get("value"))
        self.next_link = data.get("nextLink")
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
            data["value"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.value
            ]
        if self.next_link is not None:
            data["nextLink"] = self.next_link
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class WidgetQuery:
    """WidgetQuery

    Attributes:
        text: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    text: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WidgetQuery:
        """A WidgetQuery from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.text = data.get("text")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.text is not None:
            data["text"] = self.text
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data
