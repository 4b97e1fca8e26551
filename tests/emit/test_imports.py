"""The import manager: a module imports exactly the names its code uses,
found by patterns tried where their plain text occurs (a big spec's models
module is megabytes), never in docstrings."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from generator.emit.imports import IMPORTS_MARKER, _used, import_usage, resolve_imports


@pytest.mark.parametrize(
    ("pattern", "code", "found"),
    [
        (r"\bAny\b", "class Company: ...\nx: Any = 1", True),  # the second occurrence is the one
        (r"\bAny\b", "class Company: ...\nAnyway = 1", False),  # inside other words only
        (r"\bItemPaged\b", "AsyncItemPaged[int]", False),
        (r"(?m)^@dataclass\b", "x = '@dataclass'\n@dataclass\nclass A: ...", True),
        (r"(?m)^@dataclass\b", "x = '@dataclass'", False),
        (r"(?m)^\s*@overload\b", "class A:\n    @overload\n    def f(self) -> None: ...", True),  # text not first
        (r"\bdatetime\.(?:datetime|date|time|timedelta)\b", "datetime.datetimes\ndatetime.date(1)", True),
    ],
)
def test_a_name_is_used_where_its_pattern_matches_anywhere(pattern: str, code: str, found: bool) -> None:
    assert _used(pattern, code) is found
    assert (re.search(pattern, code) is not None) is found  # what a whole-text search says


def test_prose_never_asks_for_an_import() -> None:
    module = f'{IMPORTS_MARKER}\nclass A:\n    """Any Mapping[str] in prose."""\n\n    x: Any = 1\n'
    assert "from typing import Any\n" in resolve_imports(module)
    assert "Mapping" not in resolve_imports(module).split('"""')[0]


def test_a_module_in_parts_gets_the_imports_of_all_its_parts() -> None:
    head = f'"""Models."""\n\nfrom __future__ import annotations\n\n{IMPORTS_MARKER}\n\n__all__ = []\n'
    parts = [
        head,
        '\n\n@dataclass\nclass A:\n    """Any prose."""\n\n    x: Any = None\n',
        "\n\nclass B(enum.Enum):\n    X = 1\n",
        "\n\nC: TypeAlias = list[datetime.date]\n",
    ]
    whole = resolve_imports("".join(parts))
    assert resolve_imports(*parts) == whole
    for line in (
        "import datetime",
        "import enum",
        "from dataclasses import dataclass, field",
        "from typing import Any, TypeAlias",
    ):
        assert line in whole.split("\n")
    assert resolve_imports(*parts[1:]) == "".join(parts[1:])  # (no marker: nothing to write)


def test_the_usage_of_parts_read_where_they_were_made_gives_the_same_module() -> None:
    # Each part is scanned in the process that rendered it; the module is
    # put together from the texts and the union of their usage.
    head = f'"""Models: datetime.date in prose."""\n\n{IMPORTS_MARKER}\n\n__all__ = []\n'
    parts = [
        head,
        '\n\n@dataclass\nclass A:\n    """Mapping[str] in prose."""\n\n    x: Any = None\n',
        "\n\nclass B(enum.Enum):\n    X = 1\n\n\ny: _models.A | None = None\n",
    ]
    usages = [import_usage(part) for part in parts]
    assert not usages[0]  # (the head's prose, above the marker, asks for nothing)
    together = resolve_imports(*parts, usage=frozenset().union(*usages))
    assert together == resolve_imports(*parts) == resolve_imports("".join(parts))
    assert "import datetime\n" not in together and "Mapping" not in together.split('"""')[2]
    assert "from ._lazy import LazyModule\n" in together and "if TYPE_CHECKING:" in together
    # (a usage that says less gives fewer imports: it is what is read)
    assert "import enum" not in resolve_imports(*parts, usage=usages[1])


def test_an_import_too_long_for_a_line_is_written_as_black_writes_it() -> None:
    # (no import the manager writes today is that long; a name added later may be)
    from generator.emit.imports import _black_import
    from generator.format import black_formatter

    for line in (
        "from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias, cast, overload, Protocol",
        "from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias, cast, overload",
        "import datetime",
    ):
        assert _black_import(line) + "\n" == black_formatter()(line + "\n")


def _oracle_usage(text: str) -> frozenset[str]:
    """What a module uses, read the plain way: its docstrings cut out, each
    pattern searched for in the whole of the rest."""
    from generator.emit.imports import _PATTERNS

    _, marker, body = text.partition(IMPORTS_MARKER + "\n")
    code = re.sub(r'""".*?"""', "", body if marker else text, flags=re.DOTALL)
    return frozenset(p for p in _PATTERNS if re.search(p, code))


# Code that asks for each import (and some that only looks like it does).
_CODE = [
    "x: Any = 1",
    "class Company: ...",
    "Anyway = 1",
    "y: ClassVar[int]",
    "z: Literal['a']",
    "A: TypeAlias = int",
    "v = _models.A",
    "w = cast(int, v)",
    "    @overload",
    "@overload",
    "p: ItemPaged[int]",
    "q: AsyncItemPaged[int]",
    "r: LROPoller[int]",
    "s: AsyncLROPoller[int]",
    "t: ByteStream",
    "u: AsyncEventStream[A]",
    "e: EventStream[A]",
    "_pipeline.send(x)",
    "_serde.required(d, 'a')",
    "_xml_shapes.Shape",
    "builtins.list[int]",
    "datetime.datetimes",
    "datetime.date(1)",
    "decimal.Decimal(1)",
    "enum.Enum",
    "functools.partial(f)",
    "functools.cached_property",
    "warnings.warn(x)",
    "m: Mapping[str, A]",
    "@dataclass",
    "x = '@dataclass'",
    "wrap = with_raw_response",
    "wrap = async_with_raw_response",
    "pass",
]


def _prose(rng: random.Random) -> str:
    words = rng.sample(_CODE, rng.randint(0, 3))
    return '"""' + "\n".join(words) + '"""'


@pytest.mark.parametrize("seed", range(40))
def test_usage_is_what_a_search_of_the_code_without_docstrings_finds(seed: int) -> None:
    # Docstrings anywhere (holding the names too), a marker or none, an
    # unclosed triple quote at the end.
    rng = random.Random(seed)
    for _ in range(100):
        pieces = [rng.choice(_CODE) if rng.random() < 0.6 else _prose(rng) for _ in range(rng.randint(0, 12))]
        pieces = [("\n" + p if p.startswith('"""') else p) for p in pieces]
        if rng.random() < 0.3:
            pieces.insert(rng.randint(0, len(pieces)), IMPORTS_MARKER)
        if rng.random() < 0.1:
            pieces.append('"""' + rng.choice(_CODE))
        # (a docstring has lines of its own, as the emitter writes it)
        text = "".join(
            piece + ("\n" if piece.endswith('"""') else rng.choice(["\n", "\n\n", " ", "\n    "])) for piece in pieces
        )
        assert import_usage(text) == _oracle_usage(text), text


def test_usage_of_every_generated_module_is_what_the_plain_search_finds() -> None:
    modules = sorted(Path(__file__).resolve().parents[2].glob("generated/*/**/*.py"))
    assert len(modules) >= 100
    for module in modules:
        text = module.read_text(encoding="utf-8")
        assert import_usage(text) == _oracle_usage(text), module
