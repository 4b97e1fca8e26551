"""`python -m generator diff`: the client's API changes between two specs,
each marked breaking or not, against reports checked in under
tests/api_diff/ (the Azure OpenAI authoring API across its versions)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

DIFFS = ROOT / "tests" / "api_diff"
REPORTS = sorted(DIFFS.glob("*__*.txt"))


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem)
def test_the_report_between_two_versions_is_the_checked_in_one(report: Path) -> None:
    old, new = report.stem.split("__")
    result = run("diff", f"{old}.yml", f"{new}.yml", cwd=DIFFS / "specs")
    assert result.returncode == 0, result.stderr
    assert result.stdout == report.read_text(encoding="utf-8")


def test_the_known_changes_are_there() -> None:
    removed = (DIFFS / "2023-03-15-preview__2023-05-15.txt").read_text(encoding="utf-8")
    assert "BREAKING  removed operation deployments.create" in removed
    only_default = (DIFFS / "2023-06-01-preview__2023-07-01-preview.txt").read_text(encoding="utf-8").splitlines()
    assert only_default[1:] == ["          changed client parameter api_version: default '2023-06-01-preview' -> '2023-07-01-preview'"]


def test_fail_on_breaking_sets_the_exit_code() -> None:
    breaking = run("diff", "2023-03-15-preview.yml", "2023-05-15.yml", "--fail-on-breaking", cwd=DIFFS / "specs")
    harmless = run("diff", "2023-06-01-preview.yml", "2023-07-01-preview.yml", "--fail-on-breaking", cwd=DIFFS / "specs")
    assert (breaking.returncode, harmless.returncode) == (1, 0)


def test_against_a_git_revision_of_a_configured_client(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    shutil.copy(DIFFS / "specs" / "2023-06-01-preview.yml", repo / "specs" / "api.yml")
    (repo / "pyproject.toml").write_text(
        '[tool.generator]\n\n[[tool.generator.clients]]\nspec = "specs/api.yml"\noutput = "out"\npackage = "api"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "v1"]):
        subprocess.run(["git", *command], cwd=repo, env=env, check=True)
    spec = repo / "specs" / "api.yml"
    text = spec.read_text(encoding="utf-8")
    start = text.index("  /fine-tunes/{fine-tune-id}/cancel:")
    end = text.index("  /images/generations:submit:")
    spec.write_text(text[:start] + text[end:], encoding="utf-8")
    result = run("diff", "--against", "HEAD", "--fail-on-breaking", cwd=repo)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "API changes from specs/api.yml@HEAD to specs/api.yml: 1 (1 breaking)",
        "BREAKING  removed operation fine_tunes.cancel",
    ]
