"""The up-to-date record that lets `check` and a no-op `generate` skip the work,
and every change that must invalidate it."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.config import ClientJob
from generator.pipeline import generate_package
from generator.state import is_up_to_date, remember
from generator.write import write_package

from .conftest import SEED_DIR


def _generated(tmp_path: Path) -> ClientJob:
    shutil.copytree(SEED_DIR, tmp_path / "spec")
    job = ClientJob(tmp_path / "spec" / "azure-openai-catalog.yml", tmp_path / "out", "seed", tmp_path)
    package = generate_package(job)
    write_package(job.package_dir, package.files, package.manifest, package.user_owned)
    remember(job, "auto", package.inputs, package.manifest.text())
    return job


def test_a_recorded_run_is_up_to_date(tmp_path: Path) -> None:
    job = _generated(tmp_path)
    assert is_up_to_date(job, "auto")


def test_another_format_mode_is_not_the_same_run(tmp_path: Path) -> None:
    job = _generated(tmp_path)
    assert not is_up_to_date(job, "black")


def test_a_changed_spec_invalidates_the_record(tmp_path: Path) -> None:
    job = _generated(tmp_path)
    job.spec.write_text(job.spec.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert not is_up_to_date(job, "auto")


def test_a_spec_edited_while_the_run_read_it_is_not_taken_for_what_the_output_was_made_from(
    tmp_path: Path,
) -> None:
    # The record keeps the digests of the bytes the run read: an edit saved
    # between reading and recording (an editor, a checkout) means a full run.
    shutil.copytree(SEED_DIR, tmp_path / "spec")
    job = ClientJob(tmp_path / "spec" / "azure-openai-catalog.yml", tmp_path / "out", "seed", tmp_path)
    package = generate_package(job)
    write_package(job.package_dir, package.files, package.manifest, package.user_owned)
    job.spec.write_text(job.spec.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    remember(job, "auto", package.inputs, package.manifest.text())
    assert not is_up_to_date(job, "auto")


def test_a_hand_edited_or_missing_output_file_invalidates_the_record(tmp_path: Path) -> None:
    job = _generated(tmp_path)
    target = job.package_dir / "models.py"
    original = target.read_text(encoding="utf-8")
    target.write_text(original + "# edited\n", encoding="utf-8")
    assert not is_up_to_date(job, "auto")
    target.write_text(original, encoding="utf-8")
    assert is_up_to_date(job, "auto")
    (job.package_dir / "_serde.py").unlink()
    assert not is_up_to_date(job, "auto")


def test_no_record_means_a_full_run(tmp_path: Path) -> None:
    shutil.copytree(SEED_DIR, tmp_path / "spec")
    job = ClientJob(tmp_path / "spec" / "azure-openai-catalog.yml", tmp_path / "out", "seed", tmp_path)
    assert not is_up_to_date(job, "auto")


def test_a_changed_generator_source_invalidates_the_record(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    job = _generated(tmp_path)
    from generator import state

    fake_templates = tmp_path / "templates"
    shutil.copytree(state.TEMPLATES, fake_templates)
    monkeypatch.setattr(state, "TEMPLATES", fake_templates)
    assert is_up_to_date(job, "auto")
    (fake_templates / "models.py.jinja").write_text("changed", encoding="utf-8")
    assert not is_up_to_date(job, "auto")
