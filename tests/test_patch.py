"""Customization that survives regeneration: `_patch.py` is created once,
never overwritten or removed, and applied when the package is imported."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .test_cli import make_project, run

PATCH = '''
from . import models
from ._operations import FilesOperations

__all__ = ["describe"]


class File(models.File):
    __slots__ = ()

    @property
    def kilobytes(self) -> float:
        return (self.bytes or 0) / 1024


def _names(self: FilesOperations) -> list[str]:
    return [f.filename or "" for f in self.list().data or []]


def describe() -> str:
    return "patched"


def patch_sdk() -> None:
    models.File = File
    FilesOperations.names = _names  # type: ignore[attr-defined]
'''

USE = '''
import httpx
import aoai
from aoai import models

def answer(request):
    return httpx.Response(200, json={"object": "list", "data": [{"filename": "a.jsonl", "purpose": "fine-tune", "bytes": 2048}]})

client = aoai.Client("https://r.openai.azure.com", "k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
print(client.files.names())
files = client.files.list().data
print(type(files[0]).__name__, files[0].kilobytes)
print(aoai.describe(), "describe" in aoai.__all__)
'''


def test_a_method_and_a_model_added_in_patch_survive_regeneration(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    assert run("generate", cwd=project).returncode == 0
    patch = project / "generated" / "aoai" / "_patch.py"
    assert "def patch_sdk() -> None:" in patch.read_text(encoding="utf-8")
    patch.write_text(PATCH, encoding="utf-8")

    spec = project / "specs" / "aoai" / "azure-openai-catalog.yml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("2023-06-01-preview", "2023-07-01-preview"), encoding="utf-8")
    regenerated = run("generate", cwd=project)
    assert regenerated.returncode == 0 and "0 added" in regenerated.stdout
    assert patch.read_text(encoding="utf-8") == PATCH
    assert run("check", cwd=project).returncode == 0

    used = subprocess.run([sys.executable, "-c", USE], cwd=project / "generated", capture_output=True, text=True, check=False)
    assert used.stdout.splitlines() == ["['a.jsonl']", "File 2.0", "patched True"], used.stderr


def test_a_deleted_patch_file_is_created_again_and_check_notices_it_missing(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    run("generate", cwd=project)
    (project / "generated" / "aoai" / "_patch.py").unlink()
    stale = run("check", cwd=project)
    assert stale.returncode == 1 and "_patch.py is missing" in stale.stdout
    again = run("generate", cwd=project)
    assert again.returncode == 0 and (project / "generated" / "aoai" / "_patch.py").is_file()
    shutil.rmtree(project / "generated")
