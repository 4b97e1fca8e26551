"""The generated packages pass black --check, mypy --strict and ruff's default
rules, and import nothing but their own modules, httpx and the standard library."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from generator.config import read_config

from .conftest import ROOT

PACKAGES = [job.package_dir for job in read_config(ROOT / "pyproject.toml")]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    *head, package = command
    folder = __import__("pathlib").Path(package)
    return subprocess.run(
        [*head, folder.name], cwd=folder.parent, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_black_check(package) -> None:  # type: ignore[no-untyped-def]
    result = _run(sys.executable, "-m", "black", "--check", "--target-version", "py310", str(package))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_mypy_strict(package) -> None:  # type: ignore[no-untyped-def]
    result = _run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version", "3.10", str(package))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_generator_itself_passes_mypy_strict() -> None:
    """The generator is held to what it asks of its output (it had 30
    errors, among them a parameter list reused for wire names)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "generator"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_ruff_default_rules(package) -> None:  # type: ignore[no-untyped-def]
    result = _run(sys.executable, "-m", "ruff", "check", "--isolated", "--target-version", "py310", str(package))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_imports_only_itself_httpx_and_the_standard_library(package) -> None:  # type: ignore[no-untyped-def]
    allowed = set(sys.stdlib_module_names) | {"httpx", "typing_extensions"}
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        type_checking_only = {
            id(inner)
            for node in tree.body
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    continue  # relative: the package's own modules
                roots = [str(node.module).split(".")[0]]
            else:
                continue
            for root in roots:
                assert root in allowed, f"{source.name} imports {root}"
                if root == "typing_extensions":
                    # Only for type checkers: never imported at run time.
                    assert id(node) in type_checking_only, f"{source.name} imports {root}"
