# Generated from tests/features/openapi3/spec.yaml; do not edit (regenerate instead).
from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeAlias

from . import _serde

__all__ = [
    "Carer",
    "Cat",
    "Color",
    "Dog",
    "DogSize",
    "Filter",
    "Found",
    "Owner",
    "OwnerContactOption2",
    "Page",
    "Pet",
    "Problem",
    "Query",
    "SortItem",
    "Tag",
    "TagBase",
    "TagOption1",
    "TagOption1Color",
    "TagOption2",
    "TagPatch",
    "Tree",
    "WashBody",
]


class Color(str, _serde.ExtensibleEnum):
    """Color

    Extensible: values the service adds later are accepted as members too.
    """

    RED = "red"
    BROWN = "brown"


class DogSize(int, _serde.ExtensibleEnum):
    """null is a value, not a member.

    Extensible: values the service adds later are accepted as members too.
    """

    V_1 = 1
    V_2 = 2
    V_3 = 3


class TagOption1Color(str, _serde.ExtensibleEnum):
    """TagOption1Color

    Extensible: values the service adds later are accepted as members too.
    """

    RED = "red"
    GREEN = "green"


@dataclass(kw_only=True, slots=True)
class Carer:
    """Who brings the pet (bracketed, `carer[name]=...`).

    Attributes:
        name: -
        phones: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    name: str | None = None
    phones: list[str] | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "phones",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Carer:
        """A Carer from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.name = data.get("name")
        self.phones = data.get("phones")
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
        if self.phones is not None:
            data["phones"] = self.phones
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Cat:
    """Cat

    Attributes:
        pet_type: (required)
        name: (required)
        lives: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    pet_type: str
    name: str
    lives: int | None | _serde.Unset = _serde.UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "petType",
            "name",
            "lives",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cat:
        """A Cat from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.pet_type = _serde.required(data, "petType")
        self.name = _serde.required(data, "name")
        self.lives = _serde.nullable(_serde.identity, data, "lives")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.pet_type is not None:
            data["petType"] = self.pet_type
        if self.name is not None:
            data["name"] = self.name
        if not isinstance(self.lives, _serde.Unset):
            data["lives"] = self.lives
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Dog:
    """Dog

    Attributes:
        pet_type: (required)
        barks: -
        size: null is a value, not a member.
        color: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    pet_type: str
    barks: bool | None = None
    size: DogSize | int | None | _serde.Unset = _serde.UNSET
    color: Color | str | None | _serde.Unset = _serde.UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "petType",
            "barks",
            "size",
            "color",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dog:
        """A Dog from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.pet_type = _serde.required(data, "petType")
        self.barks = data.get("barks")
        self.size = _serde.nullable(_serde.enum_of(DogSize), data, "size")
        self.color = _serde.nullable(_serde.enum_of(Color), data, "color")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.pet_type is not None:
            data["petType"] = self.pet_type
        if self.barks is not None:
            data["barks"] = self.barks
        if not isinstance(self.size, _serde.Unset):
            data["size"] = None if self.size is None else _serde.enum_wire(self.size)
        if not isinstance(self.color, _serde.Unset):
            data["color"] = None if self.color is None else _serde.enum_wire(self.color)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Filter:
    """Filter

    Attributes:
        color: -
        size: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    color: str | None = None
    size: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "color",
            "size",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Filter:
        """A Filter from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.color = data.get("color")
        self.size = data.get("size")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.color is not None:
            data["color"] = self.color
        if self.size is not None:
            data["size"] = self.size
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Owner:
    """Owner

    Attributes:
        pet: A cat or a dog, told apart by petType.
        pets: -
        contact: When to call, or how.
        tree: A name, or a list of trees.
        datetime_: -
        born: -
        nickname: -
        anything: -
        kind: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    pet: Pet | None = None
    pets: list[Pet] | None = None
    contact: datetime.datetime | OwnerContactOption2 | None | _serde.Unset = (
        _serde.UNSET
    )
    tree: Tree | None = None
    datetime_: datetime.datetime | None = None
    born: datetime.date | None = None
    nickname: str | None | _serde.Unset = _serde.UNSET
    anything: Any | None = None
    kind: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "pet",
            "pets",
            "contact",
            "tree",
            "datetime",
            "born",
            "nickname",
            "anything",
            "kind",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Owner:
        """A Owner from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.pet = _serde.opt(_PET_ONE_OF, data.get("pet"))
        self.pets = _serde.opt_list(_PET_ONE_OF, data.get("pets"))
        self.contact = _serde.nullable(_OWNER_CONTACT_ONE_OF, data, "contact")
        self.tree = _serde.opt(_TREE_ONE_OF, data.get("tree"))
        self.datetime_ = _serde.opt(_serde.iso_datetime, data.get("datetime"))
        self.born = _serde.opt(_serde.iso_date, data.get("born"))
        self.nickname = _serde.nullable(_serde.identity, data, "nickname")
        self.anything = data.get("anything")
        self.kind = data.get("kind")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.pet is not None:
            data["pet"] = _serde.one_of_to_wire(self.pet)
        if self.pets is not None:
            data["pets"] = [_serde.one_of_to_wire(item) for item in self.pets]
        if not isinstance(self.contact, _serde.Unset):
            data["contact"] = (
                None if self.contact is None else _serde.one_of_to_wire(self.contact)
            )
        if self.tree is not None:
            data["tree"] = _serde.one_of_to_wire(self.tree)
        if self.datetime_ is not None:
            data["datetime"] = _serde.iso_datetime_to_wire(self.datetime_)
        if self.born is not None:
            data["born"] = _serde.iso_date_to_wire(self.born)
        if not isinstance(self.nickname, _serde.Unset):
            data["nickname"] = self.nickname
        if self.anything is not None:
            data["anything"] = self.anything
        if self.kind is not None:
            data["kind"] = self.kind
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class OwnerContactOption2:
    """OwnerContactOption2

    Attributes:
        email: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    email: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OwnerContactOption2:
        """A OwnerContactOption2 from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.email = data.get("email")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.email is not None:
            data["email"] = self.email
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Page:
    """Page

    Attributes:
        offset: -
        limit: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    offset: int | None = None
    limit: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "offset",
            "limit",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Page:
        """A Page from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.offset = data.get("offset")
        self.limit = data.get("limit")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.offset is not None:
            data["offset"] = self.offset
        if self.limit is not None:
            data["limit"] = self.limit
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Problem:
    """Problem

    Attributes:
        title: -
        status: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    title: str | None = None
    status: int | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "status",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        """A Problem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.title = data.get("title")
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
        if self.title is not None:
            data["title"] = self.title
        if self.status is not None:
            data["status"] = self.status
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class Query:
    """Query

    Attributes:
        text: (required)
        limit: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    text: str
    limit: float | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "limit",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Query:
        """A Query from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.text = _serde.required(data, "text")
        self.limit = data.get("limit")
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
        if self.limit is not None:
            data["limit"] = self.limit
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class SortItem:
    """SortItem

    Attributes:
        key: -
        desc: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    key: str | None = None
    desc: bool | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "desc",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SortItem:
        """A SortItem from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.key = data.get("key")
        self.desc = data.get("desc")
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
        if self.desc is not None:
            data["desc"] = self.desc
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class TagBase:
    """A colour or a text, with a note either way.

    Attributes:
        note: (required)
        related: A colour or a text, with a note either way.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    note: str
    related: Tag | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "note",
            "related",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagBase:
        """A TagBase from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.note = _serde.required(data, "note")
        self.related = _serde.opt(_TAG_ONE_OF, data.get("related"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.note is not None:
            data["note"] = self.note
        if self.related is not None:
            data["related"] = _serde.one_of_to_wire(self.related)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class TagOption1(TagBase):
    """TagOption1

    Attributes:
        note: (required)
        related: A colour or a text, with a note either way.
        color: (required)
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    color: TagOption1Color | str

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "note",
            "related",
            "color",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagOption1:
        """A TagOption1 from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.note = _serde.required(data, "note")
        self.related = _serde.opt(_TAG_ONE_OF, data.get("related"))
        self.color = _serde.req_enum(TagOption1Color, data.get("color"))
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.note is not None:
            data["note"] = self.note
        if self.related is not None:
            data["related"] = _serde.one_of_to_wire(self.related)
        if self.color is not None:
            data["color"] = _serde.enum_wire(self.color)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class TagOption2:
    """TagOption2

    Attributes:
        text: (required)
        note: -
        related: A colour or a text, with a note either way.
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    text: str
    note: str | None = None
    related: Tag | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "note",
            "related",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagOption2:
        """A TagOption2 from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.text = _serde.required(data, "text")
        self.note = data.get("note")
        self.related = _serde.opt(_TAG_ONE_OF, data.get("related"))
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
        if self.note is not None:
            data["note"] = self.note
        if self.related is not None:
            data["related"] = _serde.one_of_to_wire(self.related)
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class TagPatch:
    """TagPatch

    Attributes:
        color: -
        text: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    color: str | None = None
    text: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "color",
            "text",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TagPatch:
        """A TagPatch from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.color = data.get("color")
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
        if self.color is not None:
            data["color"] = self.color
        if self.text is not None:
            data["text"] = self.text
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


@dataclass(kw_only=True, slots=True)
class WashBody:
    """WashBody

    Attributes:
        timeout: -
        soap: -
        additional_properties: Fields the service sent that the spec does not define;
            sent back as they are.
    """

    timeout: int | None = None
    soap: str | None = None
    additional_properties: dict[str, Any] = field(default_factory=dict)
    _nulls: frozenset[str] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )

    _WIRE_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "timeout",
            "soap",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WashBody:
        """A WashBody from its wire form (a parsed JSON object)."""
        # Setting the slots directly skips __init__'s argument handling: this
        # runs once per object of every response.
        self = cls.__new__(cls)
        self.timeout = data.get("timeout")
        self.soap = data.get("soap")
        # Unknown fields and explicit nulls are rare: C-level checks first.
        if data.keys() <= cls._WIRE_NAMES:
            self.additional_properties = {}
        else:
            self.additional_properties = _serde.extras(data, cls._WIRE_NAMES)
        self._nulls = _serde.nulls(data) if None in data.values() else _serde.NO_NULLS
        return self

    def to_dict(self, *, exclude_readonly: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.timeout is not None:
            data["timeout"] = self.timeout
        if self.soap is not None:
            data["soap"] = self.soap
        data.update(self.additional_properties)
        for name in self._nulls:
            data.setdefault(name, None)
        return data


Pet: TypeAlias = Cat | Dog
Found: TypeAlias = Owner | Cat | str
Tree: TypeAlias = "str | list[Tree]"
Tag: TypeAlias = TagOption1 | TagOption2


# Readers of the values of oneOf/anyOf schemas (see _serde.OneOf).
_PET_ONE_OF: _serde.OneOf[Pet] = _serde.OneOf(
    (
        _serde.Choice(
            "object",
            Cat.from_dict,
            Cat._WIRE_NAMES,
            frozenset({"name", "petType"}),
        ),
        _serde.Choice("object", Dog.from_dict, Dog._WIRE_NAMES, frozenset({"petType"})),
    ),
    "petType",
    {"Dog": Dog.from_dict, "kitty": Cat.from_dict},
)

_FOUND_ONE_OF: _serde.OneOf[Found] = _serde.OneOf(
    (
        _serde.Choice("object", Owner.from_dict, Owner._WIRE_NAMES),
        _serde.Choice(
            "object",
            Cat.from_dict,
            Cat._WIRE_NAMES,
            frozenset({"name", "petType"}),
        ),
        _serde.Choice("string"),
    ),
)

_OWNER_CONTACT_ONE_OF: _serde.OneOf[datetime.datetime | OwnerContactOption2] = (
    _serde.OneOf(
        (
            _serde.Choice("string", _serde.iso_datetime),
            _serde.Choice(
                "object",
                OwnerContactOption2.from_dict,
                OwnerContactOption2._WIRE_NAMES,
            ),
        ),
    )
)

_TREE_ONE_OF: _serde.OneOf[Tree] = _serde.OneOf(
    (
        _serde.Choice("string"),
        _serde.Choice(
            "array",
            lambda value: functools.partial(_serde.req_list, _TREE_ONE_OF)(value),
        ),
    ),
)

_TAG_ONE_OF: _serde.OneOf[Tag] = _serde.OneOf(
    (
        _serde.Choice(
            "object",
            TagOption1.from_dict,
            TagOption1._WIRE_NAMES,
            frozenset({"color", "note"}),
        ),
        _serde.Choice(
            "object",
            TagOption2.from_dict,
            TagOption2._WIRE_NAMES,
            frozenset({"text"}),
        ),
    ),
)

_ID_ONE_OF: _serde.OneOf[str | int] = _serde.OneOf(
    (_serde.Choice("string"), _serde.Choice("integer"))
)

_TOKEN_ONE_OF: _serde.OneOf[bytes | str] = _serde.OneOf(
    (_serde.Choice("string", _serde.base64_bytes), _serde.Choice("string"))
)
