"""The models module's enums and models rendered while the IR is still
being built.

On a big spec the IR takes seconds of one core, and the other core is idle
for much of it (it only checks shapes and validates). Most enums and models
are whole long before the IR is done, and most are never changed after.
So, as the IR reports its progress, a forked process at low priority
renders (and formats) the units built so far; once the IR is finished,
the unit texts that still hold are kept and only the rest is rendered.

A unit's text holds when its enum or model is the one the finished IR has
(the same object, or an equal one) and every entry of the enum and union
tables its rendering looked up is too (the tables are recorded as they are
read, misses included): exactly what its text depends on (see
`emit.models_module`). So the module is byte for byte the one rendered
after the IR, however much was guessed, and wrong guesses only cost the
idle core's time.

One process at a time: a new one is forked with the units built since,
once the last one has finished its list. Low priority keeps it from
slowing the IR, which is the run's critical path; once the IR is done it
is told to stop, and sends what it finished."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .emit.models_module import (
    UnitKey,
    lookup_tables,
    model_view,
    render_units,
)
from .ir.model import BuiltSoFar, ClientSpec, Enum, Model, UnionType
from .workshare import BESIDE_NICENESS, as_helper, can_fork

T = TypeVar("T")
S = TypeVar("S")
V = TypeVar("V")

# A process is forked once this many enums and models are built and not
# handed to one yet: fewer are not worth a fork.
ROUND_UNITS = 400
# Units rendered between looks at whether to stop.
BATCH = 25
# An enum or a model handed to a process to render, by its unit's key
Handed = tuple[UnitKey, "Enum | Model"]
# The lookups of one unit: per table, the keys read, or None for all of it.
Lookups = tuple["frozenset[str] | None", "frozenset[str] | None"]
# A batch done: each unit's result and lookups, and the batch's summary. The
# units are the ones handed out, in order, a batch at a time: their keys are
# not sent back (6,700 of them on GitHub's spec, unpickled on the critical
# path).
Batch = tuple[list[tuple[T, Lookups]], S]


class Speculation(Generic[T, S]):
    """Renders units as the IR reports them (`progress`, an IR `Progress`);
    `results` gives those that hold for the finished IR. `prepare` turns a
    unit's rendered text into what the caller keeps of it (formatted, say),
    `summarize` a batch of those into what the caller wants of a batch (the
    imports it asks for, say): both run in the forked process."""

    def __init__(
        self, prepare: Callable[[str], T], summarize: Callable[[list[T]], S]
    ) -> None:
        self._prepare = prepare
        self._summarize = summarize
        self._rounds: list[_Round[T, S]] = []
        self._handed: dict[UnitKey, Enum | Model] = {}
        self._counted = 0  # the IR's count when the last round was handed out
        self._enabled = can_fork()

    def progress(self, count: int, built: Callable[[], BuiltSoFar]) -> None:
        if not self._enabled or count - self._counted < ROUND_UNITS:
            return
        if self.busy():
            return  # (one process at a time)
        so_far = built()
        self._counted = count
        units = [
            (key, unit)
            for key, unit in _units(so_far.enums, so_far.models)
            if self._handed.get(key) is not unit
        ]
        if units:
            enums, unions = lookup_tables(so_far.enums, so_far.unions)
            try:
                round_ = _Round.start(
                    units, enums, unions, self._prepare, self._summarize
                )
            except OSError:  # (no process to be had: the run renders it all after)
                self._enabled = False
                return
            self._handed.update(units)
            self._rounds.append(round_)

    def busy(self) -> bool:
        """Whether a process is still rendering its units."""
        return bool(self._rounds) and not self._rounds[-1].finished.value

    def results(self, client: ClientSpec) -> tuple[dict[UnitKey, T], list[S]]:
        """What the processes finished that holds for `client` (the finished
        IR), by unit, and the summaries of those (one per batch, where a
        batch was kept in part summarized again); the processes are stopped
        and gone after."""
        for round_ in self._rounds:
            round_.stop.value = 1
        enums, unions = lookup_tables(client.enums, client.unions)
        final = dict(_units(client.enums, client.models))
        kept: dict[UnitKey, T] = {}
        summaries: list[S] = []
        for round_ in self._rounds:
            handed = iter(round_.units)
            for done, summary in round_.receive():
                holding = [
                    (key, result)
                    # (the batch first: zip stops on it without taking a unit)
                    for (result, (enum_keys, union_keys)), (key, unit) in zip(
                        done, handed
                    )
                    if key not in kept
                    and _same(unit, final.get(key))
                    and _still(enum_keys, round_.enums, enums)
                    and _still(union_keys, round_.unions, unions)
                ]
                kept.update(holding)
                if len(holding) == len(done):
                    summaries.append(summary)
                elif holding:
                    summaries.append(self._summarize([r for _, r in holding]))
        self._rounds.clear()
        return kept, summaries

    def cancel(self) -> None:
        """Stops every process (a run that failed needs nothing of them)."""
        for round_ in self._rounds:
            round_.end()
        self._rounds.clear()


def _units(enums: Sequence[Enum], models: Sequence[Model]) -> Iterator[Handed]:
    yield from ((("enum", e.name), e) for e in enums)
    yield from ((("model", m.name), m) for m in models)


def _same(a: object, b: object) -> bool:
    return a is b or a == b


def _still(
    keys: frozenset[str] | None, then: Mapping[str, V], now: Mapping[str, V]
) -> bool:
    """Whether the entries `keys` (None: all) of a table read as `then` are
    the same in `now`."""
    if keys is None:
        return then.keys() == now.keys() and all(_same(then[k], now[k]) for k in then)
    return all(_same(then.get(k), now.get(k)) for k in keys)


@dataclass
class _Round(Generic[T, S]):
    """One forked process and the units handed to it."""

    units: list[Handed]
    enums: dict[str, Enum]  # the tables it looks up in, as handed out
    unions: dict[str, UnionType]
    process: Any
    receiver: Any
    stop: Any  # set by the parent: finish the batch, send, end
    finished: Any  # set by the child: nothing more to render

    @classmethod
    def start(
        cls,
        units: list[Handed],
        enums: dict[str, Enum],
        unions: dict[str, UnionType],
        prepare: Callable[[str], T],
        summarize: Callable[[list[T]], S],
    ) -> _Round[T, S]:
        context = multiprocessing.get_context("fork")
        stop = context.Value("b", 0, lock=False)
        finished = context.Value("b", 0, lock=False)
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(
            target=_render,
            args=(units, enums, unions, prepare, summarize, stop, finished, sender),
            daemon=True,
        )
        process.start()
        sender.close()
        return cls(units, enums, unions, process, receiver, stop, finished)

    def receive(self) -> list[Batch[T, S]]:
        """The batches the process finished (none, if it died)."""
        try:
            pickled: list[bytes] = self.receiver.recv()
        except (EOFError, OSError):
            pickled = []
        self.end()
        return [pickle.loads(batch) for batch in pickled]

    def end(self) -> None:
        self.receiver.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


class _Recording(Mapping[str, V]):
    """A table that remembers which keys were read (None once it was read
    whole)."""

    def __init__(self, table: dict[str, V]) -> None:
        self._table = table
        self.read: set[str] | None = set()

    def __getitem__(self, key: str) -> V:
        if self.read is not None:
            self.read.add(key)
        return self._table[key]

    def __iter__(self) -> Iterator[str]:
        self.read = None
        return iter(self._table)

    def __len__(self) -> int:
        self.read = None
        return len(self._table)

    def taken(self) -> frozenset[str] | None:
        """The keys read since the last call (None: all), forgotten."""
        read, self.read = self.read, set()
        return None if read is None else frozenset(read)


def _render(
    units: list[Handed],
    enums: dict[str, Enum],
    unions: dict[str, UnionType],
    prepare: Callable[[str], T],
    summarize: Callable[[list[T]], S],
    stop: Any,
    finished: Any,
    sender: Any,
) -> None:
    """The forked process: renders `units` a batch at a time until done or
    told to stop, then sends what it did."""
    # (the IR, the run's critical path, comes first, then what `beside` does)
    as_helper(BESIDE_NICENESS + 10)
    # (each batch pickled as it is done: once told to stop, only bytes are
    # left to send, while the parent waits)
    done: list[bytes] = []
    seen_enums, seen_unions = _Recording(enums), _Recording(unions)
    try:
        for start in range(0, len(units), BATCH):
            if stop.value:
                break
            batch = units[start : start + BATCH]
            lookups: dict[UnitKey, Lookups] = {}
            views = []
            for key, unit in batch:
                if isinstance(unit, Model):
                    views.append(model_view(unit, seen_enums, seen_unions))
                    lookups[key] = (seen_enums.taken(), seen_unions.taken())
            objects = [unit for _, unit in batch]
            results = [prepare(t) for t in render_units(objects, enums, unions, views)]
            finished_batch: Batch[T, S] = (
                [
                    (result, lookups.get(key, NO_LOOKUPS))
                    for (key, _), result in zip(batch, results)
                ],
                summarize(results),
            )
            done.append(pickle.dumps(finished_batch, pickle.HIGHEST_PROTOCOL))
    finally:  # (what failed here is rendered again, and raises, in the parent)
        finished.value = 1
        sender.send(done)
        sender.close()


NO_LOOKUPS: Lookups = (frozenset(), frozenset())
