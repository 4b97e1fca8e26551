"""The catalog YAML (operationIds like microsoftAzureFilesList, tags 'Files:')
and Microsoft's original azureopenai.json (Files_List, no tags on images)
describe the same API; the clients generated from them have the same public
surface: groups, methods, signatures, models, fields and enum members."""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.write import write_package

from .conftest import SEED_JSON, SEED_SPEC


def surface(package: str) -> dict[str, Any]:
    module = importlib.import_module(package)
    models = importlib.import_module(f"{package}.models")
    client = module.Client("https://example.test", "key")
    groups: dict[str, Any] = {}
    for name in sorted(dir(client)):
        group = None if name.startswith("_") else getattr(client, name)  # (loaded on first use)
        if not type(group).__name__.endswith("Operations"):
            continue
        groups[name] = {
            method: str(inspect.signature(getattr(group, method)))
            for method in sorted(dir(group))
            if not method.startswith("_") and callable(getattr(group, method))
        }
    classes: dict[str, Any] = {}
    for name in models.__all__:
        item = getattr(models, name)
        if isinstance(item, type) and issubclass(item, enum.Enum):
            classes[name] = sorted((m.name, m.value) for m in item)
        elif dataclasses.is_dataclass(item):
            classes[name] = [(f.name, str(f.type)) for f in dataclasses.fields(item)]
        else:
            classes[name] = repr(item).replace(f"{package}.", "")
    return {"groups": groups, "models": classes}


@pytest.fixture(scope="module")
def json_client(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("surface")
    job = ClientJob(SEED_JSON, out, "aoai_original", SEED_JSON.parent)
    package = generate_package(job, format_mode="none")
    write_package(job.package_dir, package.files, package.manifest, package.user_owned)
    import sys

    sys.path.insert(0, str(out))
    return "aoai_original"


def test_both_spellings_of_the_spec_give_the_same_public_surface(json_client: str) -> None:
    assert SEED_SPEC.suffix == ".yml"
    catalog, original = surface("azure_openai_authoring"), surface(json_client)
    assert catalog == original


def test_the_surface_reads_like_a_hand_written_sdk() -> None:
    groups = surface("azure_openai_authoring")["groups"]
    assert {name: sorted(methods) for name, methods in groups.items()} == {
        "files": ["delete", "get", "get_content", "get_content_stream", "import_", "list", "upload"],
        "fine_tunes": ["cancel", "create", "delete", "get", "get_events", "list"],
        "images": ["begin_generate", "resume_generate"],
        "models": ["get", "list"],
        "operations_images": ["delete", "get"],
    }
    assert groups["fine_tunes"]["create"].startswith("(*, model: 'str', training_file: 'str', validation_file: 'str | None' = None")
    assert groups["files"]["get"].startswith("(file_id: 'str', *, request_options")


def test_path_of_the_examples_folder_is_shared() -> None:
    assert Path(SEED_SPEC).parent == Path(SEED_JSON).parent
