"""The generated package works copied anywhere under any name, in an
environment with nothing but httpx; and it installs with pip."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import GENERATED

pytestmark = pytest.mark.slow

SCRIPT = '''
import importlib.util, json
import httpx
from myapp._vendor.aoai import Client, NotFoundError, models

for absent in ("generator", "jinja2", "black", "yaml"):
    assert importlib.util.find_spec(absent) is None, absent

def answer(request):
    if request.url.path.endswith("/missing"):
        return httpx.Response(404, json={"error": {"code": "notFound", "message": "gone"}})
    return httpx.Response(201, json={"id": "ft-1", "model": json.loads(request.content)["model"], "training_files": []})

with Client("https://r.openai.azure.com", "key", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
    job = client.fine_tunes.create(model="curie", training_file="file-1")
    print(type(job).__module__, job.id, job.model)
    try:
        client.models.get("missing")
    except NotFoundError as error:
        print(error.status_code, error.code)
'''


@pytest.fixture(scope="module")
def bare_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with httpx and nothing else."""
    folder = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(folder)
    python = folder / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "httpx"], check=True, timeout=300)
    return python


def test_the_package_copied_under_another_name_runs_with_only_httpx(bare_python: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    vendor = project / "myapp" / "_vendor"
    shutil.copytree(GENERATED / "azure_openai_authoring", vendor / "aoai", ignore=shutil.ignore_patterns("__pycache__"))
    (project / "myapp" / "__init__.py").write_text("", encoding="utf-8")
    (vendor / "__init__.py").write_text("", encoding="utf-8")
    result = subprocess.run([str(bare_python), "-c", SCRIPT], cwd=project, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["myapp._vendor.aoai.models ft-1 curie", "404 notFound"]


def test_the_package_folder_installs_with_pip(bare_python: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(GENERATED / "azure_openai_authoring", source, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([str(bare_python), "-m", "pip", "install", "--quiet", str(source)], check=True, timeout=300)
    result = subprocess.run(
        [str(bare_python), "-c", "import azure_openai_authoring as p, importlib.metadata as m; print(m.version('azure-openai-authoring'), p.Client.__name__, p.__file__.endswith('__init__.py'))"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.split() == ["2023.6.1b0", "Client", "True"], result.stderr
    typed = subprocess.run(
        [str(bare_python), "-c", "import azure_openai_authoring, pathlib; print((pathlib.Path(azure_openai_authoring.__file__).parent / 'py.typed').exists())"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert typed.stdout.strip() == "True"
