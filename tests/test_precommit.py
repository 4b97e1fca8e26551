"""The pre-commit hooks, driven by the real `pre-commit` in a throwaway git
repository that refers to this project (at its HEAD commit): a stale client
cannot be committed, and the regenerated files are left for staging."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEED_DIR

pytestmark = pytest.mark.slow

CONFIG = """[tool.generator]

[[tool.generator.clients]]
spec = "specs/azure-openai-catalog.yml"
output = "clients"
package = "aoai"
"""


def head() -> str:
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One hook environment for the module: building it installs the generator.
    return tmp_path_factory.mktemp("pre-commit-home")


def git(repo: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False, timeout=600)


def make_repo(tmp_path: Path, hook: str, home: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(SEED_DIR, repo / "specs")
    (repo / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head()}\n    hooks:\n      - id: {hook}\n", encoding="utf-8"
    )
    assert git(repo, "init", "-q", home=home).returncode == 0
    installed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"], cwd=repo, capture_output=True, text=True, check=False,
        env={**os.environ, "PRE_COMMIT_HOME": str(home)},
    )
    assert installed.returncode == 0, installed.stderr
    return repo


def change_api_version(repo: Path) -> None:
    spec = repo / "specs" / "azure-openai-catalog.yml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("x-ms-client-default: 2023-06-01-preview", "x-ms-client-default: 2023-07-01-preview"),
        encoding="utf-8",
    )


def test_the_generate_hook_refuses_a_stale_commit_and_leaves_the_files_to_stage(tmp_path: Path, pre_commit_home: Path) -> None:
    repo = make_repo(tmp_path, "generate-clients", pre_commit_home)
    git(repo, "add", "-A", home=pre_commit_home)
    first = git(repo, "commit", "-m", "spec", home=pre_commit_home)
    assert first.returncode != 0, first.stdout + first.stderr
    assert "generated code changed; stage it and commit again: git add clients/aoai" in first.stdout + first.stderr
    assert (repo / "clients" / "aoai" / "_client.py").is_file()

    git(repo, "add", "-A", home=pre_commit_home)
    second = git(repo, "commit", "-m", "spec and client", home=pre_commit_home)
    assert second.returncode == 0, second.stdout + second.stderr

    change_api_version(repo)
    git(repo, "add", "specs", home=pre_commit_home)
    third = git(repo, "commit", "-m", "new api-version", home=pre_commit_home)
    assert third.returncode != 0
    status = git(repo, "status", "--porcelain", home=pre_commit_home).stdout
    assert " M clients/aoai/_client.py" in status  # regenerated, waiting to be staged
    assert '"2023-07-01-preview"' in (repo / "clients" / "aoai" / "_client.py").read_text(encoding="utf-8")

    git(repo, "add", "-A", home=pre_commit_home)
    fourth = git(repo, "commit", "-m", "new api-version", home=pre_commit_home)
    assert fourth.returncode == 0, fourth.stdout + fourth.stderr
    log = git(repo, "log", "--format=%s", home=pre_commit_home).stdout.splitlines()
    assert log == ["new api-version", "spec and client"]


def test_the_check_hook_refuses_with_a_diff_and_changes_nothing(tmp_path: Path, pre_commit_home: Path) -> None:
    repo = make_repo(tmp_path, "check-clients", pre_commit_home)
    # Generate with the same (committed) generator that the check hook runs.
    (repo / "generate.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head()}\n    hooks:\n      - id: generate-clients\n", encoding="utf-8"
    )
    git(repo, "add", "-A", home=pre_commit_home)
    generated = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--config", "generate.yaml", "--all-files"],
        cwd=repo, capture_output=True, text=True, check=False,
        env={**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home)},
    )
    assert (repo / "clients" / "aoai" / "_client.py").is_file(), generated.stdout + generated.stderr
    git(repo, "add", "-A", home=pre_commit_home)
    assert git(repo, "commit", "-m", "up to date", home=pre_commit_home).returncode == 0

    change_api_version(repo)
    git(repo, "add", "-A", home=pre_commit_home)
    refused = git(repo, "commit", "-m", "stale", home=pre_commit_home)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0
    assert '+        api_version: str = "2023-07-01-preview",' in output
    assert "run `python -m generator generate`" in output
    assert git(repo, "status", "--porcelain", home=pre_commit_home).stdout.strip() == "M  specs/azure-openai-catalog.yml"
