"""Every swagger the AutoRest test server ships (74, 29 with a UTF-8 BOM)
generates, imports, and passes `mypy --strict`: the breadth of what Swagger
2.0 and x-ms-* can say, beyond our own specs. (tests/acceptance/ calls them.)"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import ClientJob
from generator.ir.names import snake_case
from generator.pipeline import generate_package
from generator.write import write_package

from .acceptance.testserver import install, swagger_dir

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    install()
    out = tmp_path_factory.mktemp("testserver_swaggers")
    names = []
    for spec in sorted(swagger_dir().glob("*.json")):
        name = "every_" + snake_case(spec.stem)
        job = ClientJob(spec, out, name, spec.parent)
        package = generate_package(job, format_mode="none")
        write_package(job.package_dir, package.files, package.manifest, package.user_owned)
        names.append(name)
    return out, names


def test_all_74_generate_and_import(generated: tuple[Path, list[str]]) -> None:
    out, names = generated
    assert len(names) == 74
    sys.path.insert(0, str(out))
    try:
        for name in names:
            module = importlib.import_module(name)
            assert module.Client.__name__ == "Client"
            importlib.import_module(f"{name}.models")
    finally:
        sys.path.remove(str(out))


def test_all_74_pass_mypy_strict(generated: tuple[Path, list[str]]) -> None:
    out, names = generated
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--no-incremental", *names],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:]
