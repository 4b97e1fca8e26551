"""The IR's frozen dataclasses keep every dataclass behaviour with the
faster `__init__` (`ir.frozen.ir_class`)."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field
from typing import Any

import pytest

from generator.ir import model
from generator.ir.frozen import ir_class

IR_CLASSES = [
    value
    for value in vars(model).values()
    if isinstance(value, type) and dataclasses.is_dataclass(value)
]


def test_every_ir_class_has_the_direct_init() -> None:
    assert len(IR_CLASSES) > 20
    for cls in IR_CLASSES:
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        assert "_fields" in cls.__init__.__code__.co_varnames  # (not dataclass's)


class _Fields:
    a: int
    b: str
    c: tuple[int, ...] = ()
    d: Any = None


def _body() -> dict[str, Any]:
    return {k: v for k, v in vars(_Fields).items() if k not in ("__dict__", "__weakref__")}


# The same fields: what dataclass itself makes, to compare with, and the IR's.
_Plain = dataclass(frozen=True)(type("_Plain", (), _body()))
_Direct = ir_class(type("_Direct", (), _body()))


@pytest.mark.parametrize(
    "args, kwargs",
    [
        ((1, "x"), {}),
        ((1,), {"b": "y"}),
        ((), {"b": "y", "a": 2, "d": [1]}),
        ((1, "x", (3,), "z"), {}),
        ((1, "x"), {"d": None, "c": (1, 2)}),
    ],
)
def test_the_same_signature_and_fields_as_the_dataclass_init(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    plain, direct = _Plain(*args, **kwargs), _Direct(*args, **kwargs)
    assert dataclasses.astuple(plain) == dataclasses.astuple(direct)
    assert repr(plain).replace("_Plain", "_Direct") == repr(direct)
    assert inspect.signature(_Plain.__init__) == inspect.signature(_Direct.__init__)


@pytest.mark.parametrize(
    "args, kwargs",
    [((), {}), ((1,), {}), ((1, "x"), {"e": 1}), ((1, "x", (), None, 5), {})],
)
def test_wrong_arguments_raise_as_the_dataclass_init_does(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.raises(TypeError) as plain:
        _Plain(*args, **kwargs)
    with pytest.raises(TypeError) as direct:
        _Direct(*args, **kwargs)
    assert str(plain.value) == str(direct.value).replace("_Direct", "_Plain")


def test_still_frozen_equal_hashable_replaceable_and_picklable() -> None:
    made = _Direct(1, "x", (2,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.a = 2  # type: ignore[misc]
    assert made == _Direct(1, "x", (2,)) and made != _Direct(1, "y", (2,))
    assert hash(made) == hash(_Direct(1, "x", (2,)))
    assert dataclasses.replace(made, b="z") == _Direct(1, "z", (2,))
    assert pickle.loads(pickle.dumps(made)) == made


def test_ir_objects_equal_what_the_dataclass_init_would_make() -> None:
    ref = model.TypeRef("list", item=model.TypeRef("str"))
    prop = model.Property("w", "p", ref, True, False, "d", nullable=True)
    assert dataclasses.asdict(prop)["type"] == {
        "kind": "list",
        "name": "",
        "item": {"kind": "str", "name": "", "item": None, "collection_format": "csv"},
        "collection_format": "csv",
    }
    assert (prop.secret, prop.nullable, prop.xml) == (False, True, model.NO_XML)


def test_what_it_cannot_copy_is_refused() -> None:
    class Factory:
        a: list[int] = field(default_factory=list)

    class KeywordOnly:
        a: int = field(kw_only=True)

    class NotInInit:
        a: int = field(default=0, init=False)

    class After:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (Factory, KeywordOnly, NotInInit, After):
        with pytest.raises(TypeError, match="needs the dataclass's own __init__"):
            ir_class(cls)
