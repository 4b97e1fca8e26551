"""Two processes share a list of tasks: the results are the ones doing the
tasks in order gives, whoever did them, and a failure is the parent's own."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import workshare
from generator.workshare import share

from .conftest import ROOT

PARENT = os.getpid()


def slow(value: int) -> Callable[[], tuple[int, int]]:
    def run() -> tuple[int, int]:
        time.sleep(0.01)
        return value * value, os.getpid()

    return run


def test_results_come_in_the_order_of_the_tasks_and_both_processes_do_some() -> None:
    results, mine = share([slow(n) for n in range(30)], lambda: time.sleep(0.05) or "own")
    assert [value for value, _ in results] == [n * n for n in range(30)]
    assert mine == "own"
    doers = {pid for _, pid in results}
    assert PARENT in doers and len(doers) == 2


def test_a_task_that_fails_in_the_child_is_done_again_by_the_parent() -> None:
    def only_here(n: int) -> Callable[[], int]:
        def run() -> int:
            if os.getpid() != PARENT:
                raise RuntimeError("in the child")
            return n

        return run

    results, _ = share([only_here(n) for n in range(10)], lambda: None)
    assert results == list(range(10))


def test_a_task_that_fails_everywhere_raises_in_the_parent() -> None:
    def broken() -> int:
        raise ValueError("the real error")

    with pytest.raises(ValueError, match="the real error"):
        share([slow(1), broken, slow(2)], lambda: time.sleep(0.05))


def test_a_child_that_dies_leaves_its_tasks_to_the_parent() -> None:
    def dies() -> tuple[int, int]:
        if os.getpid() != PARENT:
            os._exit(1)
        return 7, PARENT

    results, _ = share([dies, slow(2), slow(3)], lambda: time.sleep(0.05))
    assert [value for value, _ in results] == [7, 4, 9]


def test_a_failure_of_the_parents_own_work_stops_the_child() -> None:
    def own() -> None:
        raise KeyError("own")

    with pytest.raises(KeyError):
        share([slow(n) for n in range(200)], own)


def test_without_fork_everything_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workshare, "can_fork", lambda: False)
    results, _ = share([slow(n) for n in range(5)], lambda: None)
    assert {pid for _, pid in results} == {PARENT}
    results, _ = share([slow(n) for n in range(5)], lambda: None, fork=False)
    assert {pid for _, pid in results} == {PARENT}


def _in_a_pool_worker() -> list[int]:
    results, _ = share([slow(n) for n in range(4)], lambda: None)
    return [pid for _, pid in results]


def test_a_daemonic_process_such_as_a_pools_worker_does_everything_itself() -> None:
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        pids = pool.apply(_in_a_pool_worker)
    assert len(set(pids)) == 1 and PARENT not in pids


def _running(pid: int) -> bool:
    """Whether the process runs (a zombie, dead but not yet reaped by
    whoever adopted it, does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:  # (no /proc: whether a signal can reach it)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


@pytest.mark.parametrize("kind", ["beside", "share"])
def test_a_helper_ends_when_the_generator_is_killed(tmp_path: Path, kind: str) -> None:
    """A generator killed outright (SIGKILL: a CI timeout) runs no exit
    handlers: its forked helpers ended with it only if they watched it (one
    of Microsoft Graph's, 1.7 GB, ran on for minutes)."""
    pid_file = tmp_path / "helper.pid"
    script = (
        "import os, sys, time\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from generator import workshare\n"
        f"pid_file = {str(pid_file)!r}\n"
        "def task():\n"
        "    with open(pid_file, 'w') as f: f.write(str(os.getpid()))\n"
        "    time.sleep(60)\n"
        "    return 1\n"
        f"if {kind!r} == 'beside':\n"
        "    workshare.beside(task, lambda: time.sleep(60))\n"
        "else:\n"
        "    workshare.share([task, task, task], lambda: time.sleep(60))\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 30
        while not pid_file.exists() or not pid_file.read_text():
            assert time.monotonic() < deadline, "the helper never started"
            time.sleep(0.05)
        helper = int(pid_file.read_text())
        assert _running(helper)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while _running(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(helper)
