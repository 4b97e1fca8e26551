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
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform(frozen_default=True)
def ir_class(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True)` with the faster `__init__`, made instead of
    the dataclass's own (so importing the IR costs what it did). Only what
    the IR's classes use is allowed: fields that are all in `__init__`,
    positional or keyword, with plain defaults, and no `__post_init__`
    (else TypeError: a plain dataclass is the right thing there)."""
    made: Any = dataclasses.dataclass(frozen=True, init=False)(cls)
    fields = dataclasses.fields(made)
    if hasattr(made, "__post_init__") or any(
        not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING
        for f in fields
    ):
        raise TypeError(f"{made.__qualname__}: needs the dataclass's own __init__")
    # The names are the class's own field names (identifiers the dataclass
    # compiles into its own methods), never spec text.
    namespace: dict[str, Any] = {}
    signature = []
    for f in fields:
        if f.default is dataclasses.MISSING:
            signature.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            signature.append(f"{f.name}=_default_{f.name}")
    stores = "".join(f"\n    _fields[{f.name!r}] = {f.name}" for f in fields)
    exec(  # noqa: S102 - see above: no outside text
        f"def __init__(self, {', '.join(signature)}) -> None:\n"
        f"    _fields = self.__dict__{stores}\n",
        namespace,
    )
    init = namespace["__init__"]
    init.__qualname__ = f"{made.__qualname__}.__init__"
    init.__code__ = init.__code__.replace(co_qualname=init.__qualname__)
    init.__module__ = made.__module__
    init.__annotations__ = {**{f.name: f.type for f in fields}, "return": None}
    made.__init__ = init
    return made  # type: ignore[no-any-return]
