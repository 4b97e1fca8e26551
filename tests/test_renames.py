"""Renames in the configuration change the client's names, not the spec's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .test_cli import make_project, run

RENAMES = """
[tool.generator.clients.rename]
groups = { operations_images = "image_operations" }
operations = { "files.import_" = "import_from_url", "fine_tunes.get_events" = "events" }
models = { OperationResponseResult = "ImageGenerationResult", File = "UploadedFile" }
properties = { "File.bytes" = "size_in_bytes", "FineTuneCreation.training_file" = "training_file_id" }
"""

USE = '''
import inspect, json, httpx, aoai
from aoai import models

def answer(request):
    if request.url.path.endswith("/fine-tunes"):
        return httpx.Response(201, json={"model": "curie", "training_files": [{"filename": "f", "purpose": "fine-tune", "bytes": 5}]})
    return httpx.Response(200, json={"object": "list", "data": []})

client = aoai.Client("https://r.openai.azure.com", "k", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
job = client.fine_tunes.create(model="curie", training_file_id="file-1")
print(type(job.training_files[0]).__name__, job.training_files[0].size_in_bytes, job.training_files[0].to_dict()["bytes"])
print(hasattr(client, "image_operations"), hasattr(client.files, "import_from_url"), hasattr(client.fine_tunes, "events"))
print(models.OperationResponse.__dataclass_fields__["result"].type)
'''


def test_renames_from_the_configuration(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    config = project / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8") + RENAMES, encoding="utf-8")
    assert run("generate", cwd=project).returncode == 0
    used = subprocess.run([sys.executable, "-c", USE], cwd=project / "generated", capture_output=True, text=True, check=False)
    assert used.stdout.splitlines() == ["UploadedFile 5 5", "True True True", "ImageGenerationResult | None"], used.stderr


def test_a_rename_of_something_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    config = project / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[tool.generator.clients.rename]\nmodels = { Nope = "X" }\n', encoding="utf-8")
    result = run("generate", cwd=project)
    assert result.returncode == 2
    assert "rename: no model 'Nope' (models: Capabilities, Deprecation," in result.stderr


def test_renaming_a_base_class_property_renames_it_in_subclasses(tmp_path: Path) -> None:
    from generator.config import ClientJob
    from generator.pipeline import generate_package
    from generator.write import write_package

    from .conftest import ROOT

    spec = ROOT / "tests" / "features" / "models" / "spec.yml"
    job = ClientJob(spec, tmp_path, "zoo", ROOT, renames=(("properties", (("Animal.name", "title"),)),))
    package = generate_package(job)
    write_package(job.package_dir, package.files, package.manifest, package.user_owned)
    code = "import zoo.models as m; lion = m.Animal.from_dict({'kind': 'lion', 'name': 'Leo'}); print(type(lion).__name__, lion.title, lion.to_dict())"
    used = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert used.stdout.strip() == "Lion Leo {'kind': 'lion', 'name': 'Leo'}", used.stderr


@pytest.mark.parametrize(
    ("renames", "message"),
    [
        # a new name is code: only an identifier, never spec-like text
        ((("models", (("Cat", "Cat:\n    pass\nimport os\nclass Y"),)),), "rename: models 'Cat' -> 'Cat:\\n    pass\\nimport os\\nclass Y': not an identifier (ASCII letters, digits and _, starting with a letter)"),
        ((("properties", (("Animal.name", "a b"),)),), "rename: properties 'Animal.name' -> 'a b': not an identifier (ASCII letters, digits and _, starting with a letter)"),
        ((("operations", (("animals.list", "_hidden"),)),), "rename: operations 'animals.list' -> '_hidden': not an identifier (ASCII letters, digits and _, starting with a letter)"),
        ((("models", (("Cat", "None"),)),), "rename: models 'Cat' -> 'None': a Python keyword"),
        # names the generated code keeps for itself
        ((("models", (("Cat", "Any"),)),), "rename: models 'Cat' -> 'Any': a name the models module imports, or a builtin's; choose another name"),
        ((("groups", (("animals", "close"),)),), "rename: groups 'animals' -> 'close': a name every client keeps; choose another name"),
        ((("operations", (("animals.list", "with_raw_response"),)),), "rename: operations 'animals.list' -> 'with_raw_response': a name every operation group keeps; choose another name"),
        ((("properties", (("Animal.name", "to_dict"),)),), "rename: properties 'Animal.name' -> 'to_dict': a name every model keeps; choose another name"),
        # two names where the client would hold both
        ((("models", (("Cat", "Dog"),)),), "rename: models 'Cat' and 'Dog' would both be 'Dog'"),
        ((("groups", (("animals", "Formats"),)),), "rename: groups 'animals' and 'formats' would both be 'formats' (as file names, which ignore case)"),
        ((("operations", (("animals.list", "add"),)),), "rename: operations 'animals.list' and 'animals.add' would both be 'add'"),
        # an inherited field and a subclass's own
        ((("properties", (("Animal.name", "good"),)),), "rename: properties 'name' and 'good' would both be 'good' (in Dog)"),
    ],
)
def test_a_rename_that_would_break_the_client_is_an_error(renames: tuple[tuple[str, tuple[tuple[str, str], ...]], ...], message: str, tmp_path: Path) -> None:
    from generator.config import ClientJob
    from generator.diagnostics import GenerationFailed
    from generator.pipeline import generate_package

    from .conftest import ROOT

    spec = ROOT / "tests" / "features" / "models" / "spec.yml"
    with pytest.raises(GenerationFailed) as failed:
        generate_package(ClientJob(spec, tmp_path, "zoo", ROOT, renames=renames))
    assert [d.message for d in failed.value.diagnostics] == [message]
    assert not any(tmp_path.iterdir())
