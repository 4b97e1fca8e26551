"""A faster `__init__` for the IR's frozen dataclasses.

A frozen dataclass's own `__init__` sets each field through
`object.__setattr__` (its `__setattr__` refuses): on GitHub's spec the IR
makes 110,000 objects of up to 28 fields, and those calls were a seventh of
building it. This one has the same signature and defaults and stores the
fields straight into the instance's `__dict__`, three times faster; what
the dataclass says otherwise (equality, hash, refusal to be changed,
`replace`) is untouched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def ir_class(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True)` with the faster `__init__` (made instead of
    the dataclass's own, so a process starts no slower for it)."""
    made = dataclasses.dataclass(frozen=True, init=False)(cls)
    _add_inits([made])
    return made


def direct_init(*classes: type[Any]) -> None:
    """Gives each frozen dataclass of `classes` the faster `__init__` in
    place of its own."""
    _add_inits(classes)


def _add_inits(classes: Sequence[type[Any]]) -> None:
    """Only what the IR's classes use is allowed: fields that are all in
    `__init__`, positional or keyword, with plain defaults, no
    `__post_init__`, no `__slots__` (else TypeError: the dataclass's own
    `__init__` is the right one there)."""
    namespace: dict[str, Any] = {}
    sources = []
    for index, cls in enumerate(classes):
        params = dataclasses.fields(cls) if dataclasses.is_dataclass(cls) else ()
        if (
            not params
            or not cls.__dataclass_params__.frozen
            or hasattr(cls, "__post_init__")
            or "__slots__" in cls.__dict__
            or any(
                not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING
                for f in params
            )
        ):
            raise TypeError(f"{cls.__qualname__}: keeps the dataclass's own __init__")
        # The names are the class's own field names (identifiers the
        # dataclass compiles into its own methods), never spec text.
        signature = []
        for f in params:
            if f.default is dataclasses.MISSING:
                signature.append(f.name)
            else:
                namespace[f"_default_{index}_{f.name}"] = f.default
                signature.append(f"{f.name}=_default_{index}_{f.name}")
        stores = "".join(f"\n    _fields[{f.name!r}] = {f.name}" for f in params)
        sources.append(
            f"def _init_{index}(self, {', '.join(signature)}) -> None:\n"
            f"    _fields = self.__dict__{stores}\n"
        )
    exec("\n".join(sources), namespace)  # noqa: S102 - see above: no outside text
    for index, cls in enumerate(classes):
        init = namespace[f"_init_{index}"]
        init.__name__ = "__init__"
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        # (as tracebacks and profiles name it)
        init.__code__ = init.__code__.replace(
            co_name="__init__", co_qualname=init.__qualname__
        )
        init.__module__ = cls.__module__
        init.__annotations__ = {
            **{f.name: f.type for f in dataclasses.fields(cls)},
            "return": None,
        }
        cls.__init__ = init
