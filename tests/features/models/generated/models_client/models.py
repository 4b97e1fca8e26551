# Generated from tests/features/models/spec.yml; do not edit (regenerate instead).
from __future__ import annotations

import builtins
import datetime
import decimal
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import _serde

__all__ = [
    "Animal",
    "Cat",
    "Dog",
    "Formats",
    "Lion",
]


@dataclass(kw_only=True, slots=True)
class Animal:
    """Animal

    Attributes:
        kind: -
        name: (required)
        born: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    kind: str | None = None
    name: str
    born: datetime.date | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
            "name",
            "born",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Animal:
        """A Animal from its wire form (a parsed JSON object)."""
        if cls is Animal:
            # The discriminator names the class; an unknown value stays a Animal.
            subtype = _Animal_SUBTYPES.get(data.get("kind"))
            if subtype is not None:
                return subtype.from_dict(data)
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.kind = data.get("kind")
        self.name = _serde.required(data, "name")
        self.born = _serde.opt(_serde.iso_date, data.get("born"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.kind is not None:
            data["kind"] = self.kind
        if self.name is not None:
            data["name"] = self.name
        if self.born is not None:
            data["born"] = _serde.iso_date_to_wire(self.born)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Cat(Animal):
    """Cat

    Attributes:
        kind: -
        name: (required)
        born: -
        lives: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    lives: int | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
            "name",
            "born",
            "lives",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cat:
        """A Cat from its wire form (a parsed JSON object)."""
        if cls is Cat:
            # The discriminator names the class; an unknown value stays a Cat.
            subtype = _Cat_SUBTYPES.get(data.get("kind"))
            if subtype is not None:
                return subtype.from_dict(data)
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.kind = data.get("kind")
        self.name = _serde.required(data, "name")
        self.born = _serde.opt(_serde.iso_date, data.get("born"))
        self.lives = data.get("lives")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["kind"] = "cat"
        if self.kind is not None:
            data["kind"] = self.kind
        if self.name is not None:
            data["name"] = self.name
        if self.born is not None:
            data["born"] = _serde.iso_date_to_wire(self.born)
        if self.lives is not None:
            data["lives"] = self.lives
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Dog(Animal):
    """Dog

    Attributes:
        kind: -
        name: (required)
        born: -
        good: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    good: bool | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
            "name",
            "born",
            "good",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dog:
        """A Dog from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.kind = data.get("kind")
        self.name = _serde.required(data, "name")
        self.born = _serde.opt(_serde.iso_date, data.get("born"))
        self.good = data.get("good")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["kind"] = "Dog"
        if self.kind is not None:
            data["kind"] = self.kind
        if self.name is not None:
            data["name"] = self.name
        if self.born is not None:
            data["born"] = _serde.iso_date_to_wire(self.born)
        if self.good is not None:
            data["good"] = self.good
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Formats:
    """Formats

    Attributes:
        int32: -
        int64: -
        float: -
        double: -
        decimal_: -
        byte: -
        base64_url: -
        date: -
        date_time: -
        rfc1123: -
        duration: -
        unixtime: -
        uuid: -
        url: -
        char: -
        password: -
        map: -
        map_of_models: -
        free_form: -
        anything: -
        list_of_lists: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    int32: int | None = None
    int64: int | None = None
    float: builtins.float | None = None
    double: builtins.float | None = None
    decimal_: decimal.Decimal | None = None
    byte: bytes | None = None
    base64_url: bytes | None = None
    date: datetime.date | None = None
    date_time: datetime.datetime | None = None
    rfc1123: datetime.datetime | None = None
    duration: datetime.timedelta | None = None
    unixtime: datetime.datetime | None = None
    uuid: str | None = None
    url: str | None = None
    char: str | None = None
    password: str | None = None
    map: dict[str, int] | None = None
    map_of_models: dict[str, Animal] | None = None
    free_form: dict[str, Any] | None = None
    anything: Any | None = None
    list_of_lists: list[list[datetime.datetime]] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "int32",
            "int64",
            "float",
            "double",
            "decimal",
            "byte",
            "base64url",
            "date",
            "dateTime",
            "rfc1123",
            "duration",
            "unixtime",
            "uuid",
            "url",
            "char",
            "password",
            "map",
            "mapOfModels",
            "freeForm",
            "anything",
            "listOfLists",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Formats:
        """A Formats from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.int32 = data.get("int32")
        self.int64 = data.get("int64")
        self.float = data.get("float")
        self.double = data.get("double")
        self.decimal_ = _serde.opt(_serde.decimal, data.get("decimal"))
        self.byte = _serde.opt(_serde.base64_bytes, data.get("byte"))
        self.base64_url = _serde.opt(_serde.base64url_bytes, data.get("base64url"))
        self.date = _serde.opt(_serde.iso_date, data.get("date"))
        self.date_time = _serde.opt(_serde.iso_datetime, data.get("dateTime"))
        self.rfc1123 = _serde.opt(_serde.rfc1123_datetime, data.get("rfc1123"))
        self.duration = _serde.opt(_serde.iso_duration, data.get("duration"))
        self.unixtime = _serde.opt_unixtime(data.get("unixtime"))
        self.uuid = data.get("uuid")
        self.url = data.get("url")
        self.char = data.get("char")
        self.password = data.get("password")
        self.map = data.get("map")
        self.map_of_models = _serde.opt_dict(Animal.from_dict, data.get("mapOfModels"))
        self.free_form = data.get("freeForm")
        self.anything = data.get("anything")
        self.list_of_lists = _serde.opt_list(
            functools.partial(_serde.req_list, _serde.iso_datetime),
            data.get("listOfLists"),
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
        if self.int32 is not None:
            data["int32"] = self.int32
        if self.int64 is not None:
            data["int64"] = self.int64
        if self.float is not None:
            data["float"] = self.float
        if self.double is not None:
            data["double"] = self.double
        if self.decimal_ is not None:
            data["decimal"] = _serde.decimal_to_wire(self.decimal_)
        if self.byte is not None:
            data["byte"] = _serde.base64_bytes_to_wire(self.byte)
        if self.base64_url is not None:
            data["base64url"] = _serde.base64url_bytes_to_wire(self.base64_url)
        if self.date is not None:
            data["date"] = _serde.iso_date_to_wire(self.date)
        if self.date_time is not None:
            data["dateTime"] = _serde.iso_datetime_to_wire(self.date_time)
        if self.rfc1123 is not None:
            data["rfc1123"] = _serde.rfc1123_to_wire(self.rfc1123)
        if self.duration is not None:
            data["duration"] = _serde.iso_duration_to_wire(self.duration)
        if self.unixtime is not None:
            data["unixtime"] = _serde.unixtime_to_wire(self.unixtime)
        if self.uuid is not None:
            data["uuid"] = self.uuid
        if self.url is not None:
            data["url"] = self.url
        if self.char is not None:
            data["char"] = self.char
        if self.password is not None:
            data["password"] = self.password
        if self.map is not None:
            data["map"] = self.map
        if self.map_of_models is not None:
            data["mapOfModels"] = {
                key: _serde.model_wire(value, exclude_readonly)
                for key, value in self.map_of_models.items()
            }
        if self.free_form is not None:
            data["freeForm"] = self.free_form
        if self.anything is not None:
            data["anything"] = self.anything
        if self.list_of_lists is not None:
            data["listOfLists"] = [
                (
                    None
                    if item is None
                    else [
                        None if item1 is None else _serde.iso_datetime_to_wire(item1)
                        for item1 in item
                    ]
                )
                for item in self.list_of_lists
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Lion(Cat):
    """Lion

    Attributes:
        kind: -
        name: (required)
        born: -
        lives: -
        pride: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    pride: list[Animal] | None = None

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "kind",
            "name",
            "born",
            "lives",
            "pride",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Lion:
        """A Lion from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.kind = data.get("kind")
        self.name = _serde.required(data, "name")
        self.born = _serde.opt(_serde.iso_date, data.get("born"))
        self.lives = data.get("lives")
        self.pride = _serde.opt_list(Animal.from_dict, data.get("pride"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        data["kind"] = "lion"
        if self.kind is not None:
            data["kind"] = self.kind
        if self.name is not None:
            data["name"] = self.name
        if self.born is not None:
            data["born"] = _serde.iso_date_to_wire(self.born)
        if self.lives is not None:
            data["lives"] = self.lives
        if self.pride is not None:
            data["pride"] = [
                _serde.model_wire(item, exclude_readonly) for item in self.pride
            ]
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


_Animal_SUBTYPES: dict[Any, type[Animal]] = {
    "Dog": Dog,
    "cat": Cat,
    "lion": Lion,
}


_Cat_SUBTYPES: dict[Any, type[Cat]] = {
    "lion": Lion,
}
