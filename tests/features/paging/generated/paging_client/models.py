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


@dataclass(kw_only=True)
class ErrorResponse:
    """ErrorResponse

    Attributes:
        error: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    error: ErrorResponseError | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorResponse:
        return cls(
            error=_serde.opt(ErrorResponseError.from_dict, data.get("error")),
            additional_properties=_serde.extras(data, cls._WIRE_NAMES),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.error is not None:
            data["error"] = self.error.to_dict(exclude_readonly=exclude_readonly)
        data.update(self.additional_properties)
        return data


@dataclass(kw_only=True)
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

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorResponseError:
        return cls(
            code=data.get("code"),
            message=data.get("message"),
            additional_properties=_serde.extras(data, cls._WIRE_NAMES),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        data.update(self.additional_properties)
        return data


@dataclass(kw_only=True)
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

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "color",
            "created",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Widget:
        return cls(
            name=_serde.required(data, "name"),
            color=_serde.opt(Color, data.get("color")),
            created=_serde.opt(_serde.iso_datetime, data.get("created")),
            additional_properties=_serde.extras(data, cls._WIRE_NAMES),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.color is not None:
            data["color"] = _serde.enum_wire(self.color)
        if self.created is not None:
            data["created"] = _serde.iso_datetime_to_wire(self.created)
        data.update(self.additional_properties)
        return data


@dataclass(kw_only=True)
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

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
            "next",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WidgetBatch:
        return cls(
            items=_serde.opt_list(Widget.from_dict, data.get("items")),
            next=data.get("next"),
            additional_properties=_serde.extras(data, cls._WIRE_NAMES),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.items is not None:
            data["items"] = [
                item.to_dict(exclude_readonly=exclude_readonly) for item in self.items
            ]
        if self.next is not None:
            data["next"] = self.next
        data.update(self.additional_properties)
        return data


@dataclass(kw_only=True)
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

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
            "nextLink",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WidgetList:
        return cls(
            value=_serde.opt_list(Widget.from_dict, data.get("value")),
            next_link=data.get("nextLink"),
            additional_properties=_serde.extras(data, cls._WIRE_NAMES),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.value is not None:
            data["value"] = [
                item.to_dict(exclude_readonly=exclude_readonly) for item in self.value
            ]
        if self.next_link is not None:
            data["nextLink"] = self.next_link
        data.update(self.additional_properties)
        return data


@dataclass(kw_only=True)
class WidgetQuery:
    """WidgetQuery

    Attributes:
        text: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    text: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WidgetQuery:
        return cls(
            text=data.get("text"),
            additional_properties=_serde.extras(data, cls._WIRE_NAMES),
        )

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.text is not None:
            data["text"] = self.text
        data.update(self.additional_properties)
        return data
