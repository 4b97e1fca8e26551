"""The models module in parts: each of its units (`emit.models_module`)
hashed and, where nothing can be reused, formatted where it is rendered
(in any process, even before the IR is done: `speculate`), the imports each
batch of them asks for, and the module put together from them.

A big spec's models module is 19 MB: nothing here needs it whole before it
is joined, and the imports are read a batch at a time (the module's are
the union of its batches', and a call per unit would cost more than the
reading: 6,700 units on GitHub's spec)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .emit.models_module import Unit, render_unit_batch
from .ir.model import ClientSpec, Enum, UnionType
from .write import sha256

# A unit as rendered: (hash of its raw text, its text, whether formatted).
# What a batch of parts imports (`import_usage`) goes beside them; it is
# None while their text is not final (to be formatted once the last run's
# file on disk is known not to be the answer).
Part = tuple[str, str, bool]


@dataclass(frozen=True)
class PartMaker:
    """How a run makes its parts: formatted at once (`now`: a fresh output
    folder in `auto` mode), or left as rendered for later."""

    now: bool
    format_mode: str

    @property
    def final(self) -> bool:
        """Whether a part's text is final as it is made."""
        return self.now or self.format_mode == "none"

    def part(self, raw: str) -> Part:
        if not self.now:
            return sha256(raw), raw, False
        from .format import format_statements

        return sha256(raw), format_statements(raw), True

    def usage(self, parts: Sequence[Part]) -> frozenset[str] | None:
        """What the batch `parts` imports, if its text is final."""
        if not self.final:
            return None
        from .emit.imports import import_usage

        return import_usage("".join(text for _, text, _ in parts))


def unit_parts(
    client: ClientSpec,
    spec_display: str,
    units: Sequence[Unit],
    tables: tuple[Mapping[str, Enum], Mapping[str, UnionType]],
    maker: PartMaker,
) -> tuple[list[Part], frozenset[str] | None]:
    """The parts of `units` and what they import, as one batch."""
    parts = [
        maker.part(raw)
        for raw in render_unit_batch(client, spec_display, units, tables)
    ]
    return parts, maker.usage(parts)


def finished(texts: list[str], format_mode: str) -> tuple[list[str], frozenset[str]]:
    """A batch of parts rendered earlier as they will be (formatted in
    `auto` mode; `black` formats the module whole), and what they import."""
    from .emit.imports import import_usage
    from .format import format_statements

    if format_mode == "auto":
        texts = [format_statements(text) for text in texts]
    return texts, import_usage("".join(texts))


def joined(texts: Sequence[str], usage: frozenset[str]) -> str:
    """The module from its parts' final texts and their usage."""
    from .emit.imports import resolve_imports

    return resolve_imports(*texts, usage=usage)
