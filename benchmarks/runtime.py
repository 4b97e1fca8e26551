"""The generated seed client at run time, beside baselines measured in the
same run.

    python benchmarks/runtime.py

- per-call overhead: `client.models.get(...)` against a bare `httpx.Client`
  request (same mock transport, same JSON body, parsed with `.json()`);
  target: at most 30 us more per call.
- parsing: a FineTuneList of 10,000 fine-tunes with nested files, events and
  hyperparameters, `json.loads` + `from_dict` against `json.loads` alone;
  target: at most 3x `json.loads`.
- import: `import azure_openai_authoring` in a fresh interpreter, with and
  without httpx's own share; target: the package's own share at most 15 ms.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

import httpx  # noqa: E402

from azure_openai_authoring import Client, models  # noqa: E402

MODEL = {
    "id": "curie",
    "object": "model",
    "status": "succeeded",
    "created_at": 1646126127,
    "updated_at": 1646127311,
    "capabilities": {"fine_tune": True, "inference": True, "completion": True, "chat_completion": False, "embeddings": False},
    "lifecycle_status": "generally-available",
    "deprecation": {"fine_tune": 1677662127, "inference": 1709284527},
}
BODY = json.dumps(MODEL).encode()


def best_of(repeat: int, function, number: int) -> float:  # type: ignore[no-untyped-def]
    """Seconds per call: the best of `repeat` timings of `number` calls."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            function()
        timings.append((time.perf_counter() - started) / number)
    return min(timings)


def per_call() -> tuple[float, float]:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(answer)
    bare = httpx.Client(transport=transport)
    url = "https://res.openai.azure.com/openai/models/curie"
    client = Client("https://res.openai.azure.com", "key", http_client=httpx.Client(transport=transport))

    def bare_call() -> None:
        bare.get(url, params={"api-version": "2023-06-01-preview"}, headers={"api-key": "key"}).json()

    def client_call() -> None:
        client.models.get("curie")

    for warm in (bare_call, client_call):
        for _ in range(200):
            warm()
    return best_of(5, bare_call, 2000), best_of(5, client_call, 2000)


def fine_tune_list(count: int) -> bytes:
    file = {
        "object": "file",
        "id": "file-181a1cbdcdcf4677ada87f63a0928099",
        "status": "succeeded",
        "created_at": 1646126127,
        "updated_at": 1646127311,
        "bytes": 140,
        "purpose": "fine-tune",
        "filename": "puppy.jsonl",
        "statistics": {"tokens": 42, "examples": 23},
    }
    event = {"object": "fine-tune-event", "created_at": 1646126127, "level": "info", "message": "Job enqueued."}
    item = {
        "object": "fine-tune",
        "id": "ft-72a2792ef7d24ba7b82c7fe4a37e379f",
        "status": "succeeded",
        "created_at": 1646126127,
        "updated_at": 1646127311,
        "model": "curie",
        "fine_tuned_model": "curie.ft-72a2792ef7d24ba7b82c7fe4a37e379f",
        "training_files": [file],
        "result_files": [{**file, "purpose": "fine-tune-results", "filename": "results.csv"}],
        "events": [event, {**event, "message": "Job started."}, {**event, "message": "Job succeeded."}],
        "hyperparams": {"batch_size": 32, "learning_rate_multiplier": 1.0, "n_epochs": 2, "prompt_loss_weight": 0.1},
    }
    return json.dumps({"object": "list", "data": [item] * count}).encode()


def parsing() -> tuple[float, float]:
    payload = fine_tune_list(10_000)
    loads = best_of(5, lambda: json.loads(payload), 1)
    both = best_of(5, lambda: models.FineTuneList.from_dict(json.loads(payload)), 1)
    return loads, both


def _import_table(statement: str, env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Module -> (self, cumulative) microseconds, from `python -X importtime`."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    table = {}
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)$", line)
        if match:
            table[match.group(3)] = (int(match.group(1)), int(match.group(2)))
    return table


def import_times() -> tuple[float, float]:
    """(the package in all, the package's own share), medians over fresh
    interpreters, in seconds. The own share adds up the self times of every
    module the import loads that `import httpx` alone does not load, so that
    what httpx needs anyway (typing, logging, ...) counts as httpx's, whoever
    imports it first."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    package = "azure_openai_authoring"
    httpx_modules = set(_import_table("import httpx", env))
    _import_table(f"import {package}", env)  # bytecode caches
    totals, own = [], []
    for _ in range(9):
        table = _import_table(f"import {package}", env)
        totals.append(table[package][1] / 1e6)
        own.append(sum(s for name, (s, _) in table.items() if name not in httpx_modules) / 1e6)
    return statistics.median(totals), statistics.median(own)


def main() -> None:
    bare, client = per_call()
    loads, both = parsing()
    total, own = import_times()
    rows = [
        ("per call: bare httpx.Client request + .json()", f"{bare * 1e6:8.1f} us", ""),
        ("per call: client.models.get()", f"{client * 1e6:8.1f} us", f"+{(client - bare) * 1e6:.1f} us (target <= 30)"),
        ("parse 10,000 fine-tunes: json.loads", f"{loads * 1e3:8.1f} ms", ""),
        ("parse 10,000 fine-tunes: json.loads + from_dict", f"{both * 1e3:8.1f} ms", f"{both / loads:.2f}x json.loads (target <= 3)"),
        ("import azure_openai_authoring (fresh interpreter)", f"{total * 1e3:8.1f} ms", ""),
        ("  of which httpx and what it imports", f"{(total - own) * 1e3:8.1f} ms", ""),
        ("  of which the package itself", f"{own * 1e3:8.1f} ms", "(target <= 15)"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value}  {note}")


if __name__ == "__main__":
    main()
