"""Two processes share a list of independent tasks.

Rendering and formatting a big spec's models module takes seconds of one
core while the other waits (GitHub's: 490,000 lines). The run forks once,
after the IR is built, so the child has the IR without copying or pickling
it; the parent does its own work first, then both take tasks (the child
from the front, the parent from the back) until none is left, and the child
sends back what it did.
Each task's result depends only on the task, so the results are the ones
doing the tasks in order in one process gives. A task that fails in the
child, or a child that dies, leaves its tasks to the parent, where a failure
raises as it always did. Where fork is unavailable, everything runs here.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
U = TypeVar("U")


def can_fork() -> bool:
    """Whether this process may fork a helper: the platform has fork, and
    this is no daemonic process (a pool's worker), which may have none."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and not multiprocessing.current_process().daemon
    )


def share(
    tasks: Sequence[Callable[[], T]], own: Callable[[], U], fork: bool = True
) -> tuple[list[T], U]:
    """(the results of `tasks`, in order; `own()`), with `own` run here and
    the tasks shared with a forked process (unless `fork` is false: a fork
    costs more than a small job)."""
    if not fork or len(tasks) < 2 or not can_fork():
        mine = own()
        return [task() for task in tasks], mine
    context = multiprocessing.get_context("fork")
    # The child takes tasks from the front, the parent (once its own work is
    # done) from the back, till they meet: the last task, often a big one,
    # does not start last.
    bounds: Any = context.Array("i", [0, len(tasks)])
    receiver, sender = context.Pipe(duplex=False)

    def take(from_back: bool) -> int | None:
        with bounds.get_lock():
            front, back = bounds[0], bounds[1]
            if front >= back:
                return None
            if from_back:
                bounds[1] = back - 1
                return int(back - 1)
            bounds[0] = front + 1
            return int(front)

    def child() -> None:
        dies_with_parent()
        # (each result pickled as soon as it is made: at the end only bytes
        # are left to send, while the parent may be waiting for them)
        done: dict[int, bytes] = {}
        try:
            while (index := take(from_back=False)) is not None:
                done[index] = pickle.dumps(tasks[index](), pickle.HIGHEST_PROTOCOL)
        finally:  # (what failed is done again, and raises, in the parent)
            # (all at the end: a parent busy with its own work would hold
            # the child up at every result it sent)
            sender.send(done)
            sender.close()

    process = context.Process(target=child, daemon=True)
    process.start()
    sender.close()
    try:
        mine = own()
        results: dict[int, T] = {}
        while (index := take(from_back=True)) is not None:
            results[index] = tasks[index]()
        try:
            pickled: dict[int, bytes] = receiver.recv()
        except (EOFError, OSError):  # the child died: its tasks are redone here
            pickled = {}
        results.update((index, pickle.loads(data)) for index, data in pickled.items())
        for index, task in enumerate(tasks):
            if index not in results:
                results[index] = task()
        return [results[index] for index in range(len(tasks))], mine
    finally:
        receiver.close()
        if process.is_alive():
            process.terminate()
        process.join()


# How far a process whose answer is wanted only at the end of the parent's
# work (`beside`, the validator) lowers its priority: while more processes
# than cores want to run, the parent, whose work is the run's critical path,
# keeps a core to itself (and `speculate`, whose work may be thrown away,
# goes lower still).
BESIDE_NICENESS = 5


def as_helper(niceness: int) -> None:
    """Makes this forked process a helper: its priority lowered by
    `niceness` where the platform lets it, and its cyclic collector on (the
    parent may have paused its own while it builds the IR, see
    `pipeline._no_cycles_made`; a helper may make cycles: the validator's
    errors, black's syntax trees). What it inherited is frozen first: a
    collection would walk the parent's millions of objects (and copy every
    page it wrote a header on)."""
    dies_with_parent()
    gc.freeze()
    gc.enable()
    try:
        os.nice(niceness)
    except OSError:
        pass


# How often a forked helper looks whether its parent is still there.
PARENT_WATCH_SECONDS = 0.5


def dies_with_parent() -> None:
    """Ends this forked process when the process that forked it is gone. A
    generator killed outright (a CI timeout, a pre-commit hook interrupted:
    SIGKILL runs no exit handlers) left its helpers running, the validator
    or a speculation of Microsoft Graph's models holding gigabytes, until
    they finished work nobody would read."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.pid is None:
        return
    expected = parent.pid

    def watch() -> None:
        while os.getppid() == expected:
            time.sleep(PARENT_WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def beside(task: Callable[[], T], work: Callable[[], U]) -> tuple[T, U | Exception]:
    """(`task()`, `work()`), with the task run in a forked process while the
    work runs here. The work's failure is returned, not raised: the task's
    answer may say what it means (a check that explains why the work could
    not succeed). A task that fails in the child is done again here."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        try:
            as_helper(BESIDE_NICENESS)
            sender.send(task())
        finally:
            sender.close()

    process = context.Process(target=child, daemon=True)
    process.start()
    sender.close()
    try:
        outcome: U | Exception
        try:
            outcome = work()
        except Exception as failure:  # noqa: BLE001 - a value for the caller to judge
            outcome = failure
        try:
            answer: T = receiver.recv()
        except (EOFError, OSError):  # the task failed there: here it raises
            answer = task()
        return answer, outcome
    finally:
        receiver.close()
        if process.is_alive():
            process.terminate()
        process.join()
