from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SEED_DIR = ROOT / "specs" / "azure-openai-authoring" / "2023-06-01-preview"
SEED_SPEC = SEED_DIR / "azure-openai-catalog.yml"
SEED_JSON = SEED_DIR / "azureopenai.json"

FEATURES = ROOT / "tests" / "features"

# The checked-in clients are imported from where they are generated, as a user
# of this repository would import them.
for folder in [GENERATED, *sorted(FEATURES.glob("*/generated"))]:
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


import pytest


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Up-to-date records go to a per-test cache folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


def pytest_configure(config: pytest.Config) -> None:
    # The controlling process names the file where the acceptance tests'
    # worker records the scenarios it verified (workers inherit it).
    import os
    import tempfile

    from .acceptance.coverage import COVERAGE_FILE_ENV

    if not hasattr(config, "workerinput"):
        folder = tempfile.mkdtemp(prefix="acceptance-")
        os.environ[COVERAGE_FILE_ENV] = os.path.join(folder, "coverage.jsonl")


def pytest_unconfigure(config: pytest.Config) -> None:
    # The coverage folder lives only as long as the run that made it.
    import os
    import shutil

    from .acceptance.coverage import COVERAGE_FILE_ENV

    if hasattr(config, "workerinput"):
        return
    path = os.environ.pop(COVERAGE_FILE_ENV, None)
    if path:
        shutil.rmtree(os.path.dirname(path), ignore_errors=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    import os

    from .acceptance.coverage import COVERAGE_FILE_ENV, report_lines

    path = os.environ.get(COVERAGE_FILE_ENV)
    lines = report_lines(Path(path)) if path else []
    if lines:
        terminalreporter.section("AutoRest test server coverage")
        for line in lines:
            terminalreporter.write_line(line)
    for problem in terminalreporter.config.stash.get(_SHORTFALL, []):
        terminalreporter.write_line(f"FAILED acceptance target: {problem}", red=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A full run of the acceptance suite must meet its target (see EXEMPT.md).
    import os

    from .acceptance.coverage import COVERAGE_FILE_ENV, shortfall

    if hasattr(session.config, "workerinput"):
        return
    path = os.environ.get(COVERAGE_FILE_ENV)
    problems = shortfall(Path(path)) if path else []
    if problems and exitstatus == 0:
        session.config.stash[_SHORTFALL] = problems
        session.exitstatus = 1


_SHORTFALL = pytest.StashKey[list[str]]()
