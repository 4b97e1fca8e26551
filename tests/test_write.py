"""Writing a package: only changed files are rewritten, files an earlier run
generated and this one does not are removed, nothing else is touched."""

from __future__ import annotations

import os
from pathlib import Path

from generator.write import MANIFEST, Manifest, sha256, write_package


def manifest_for(files: dict[str, str]) -> Manifest:
    return Manifest(files={name: sha256(text) for name, text in files.items()})


def test_unchanged_files_keep_their_bytes_and_modification_time(tmp_path: Path) -> None:
    files = {"a.py": "a = 1\n", "b.py": "b = 1\n"}
    write_package(tmp_path, files, manifest_for(files))
    old = 1_000_000_000
    for name in files:
        os.utime(tmp_path / name, (old, old))
    changed = {"a.py": "a = 1\n", "b.py": "b = 2\n"}
    summary = write_package(tmp_path, changed, manifest_for(changed))
    assert (summary.unchanged, summary.changed) == (["a.py"], ["b.py"])
    assert (tmp_path / "a.py").stat().st_mtime == old
    assert (tmp_path / "b.py").stat().st_mtime != old and (tmp_path / "b.py").read_text() == "b = 2\n"


def test_only_files_the_last_run_generated_are_removed(tmp_path: Path) -> None:
    first = {"a.py": "a\n", "gone.py": "x\n", "sub/c.py": "c\n"}
    write_package(tmp_path, first, manifest_for(first))
    (tmp_path / "mine.py").write_text("user code\n")
    (tmp_path / "sub" / "mine.txt").write_text("user notes\n")
    second = {"a.py": "a\n", "sub/c.py": "c\n"}
    summary = write_package(tmp_path, second, manifest_for(second))
    assert summary.removed == ["gone.py"]
    assert not (tmp_path / "gone.py").exists()
    assert (tmp_path / "mine.py").read_text() == "user code\n"
    assert (tmp_path / "sub" / "mine.txt").read_text() == "user notes\n"
    assert set(Manifest.read(tmp_path).files) == {"a.py", "sub/c.py"}
    assert (tmp_path / MANIFEST).is_file()


def test_user_owned_files_are_written_once(tmp_path: Path) -> None:
    write_package(tmp_path, {}, Manifest(), {"_patch.py": "default\n"})
    (tmp_path / "_patch.py").write_text("mine\n")
    summary = write_package(tmp_path, {}, Manifest(), {"_patch.py": "default\n"})
    assert (tmp_path / "_patch.py").read_text() == "mine\n" and summary.added == []
    assert "_patch.py" not in Manifest.read(tmp_path).files


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    files = {"a.py": "a\n"}
    write_package(tmp_path, files, manifest_for(files))
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, "a.py"]


def test_a_texts_hash_is_that_of_its_utf8_bytes_however_long() -> None:
    import hashlib

    from generator.write import sha256

    for text in ("", "abc", "é" * 700_000, "x" * (1 << 20), "x" * ((1 << 20) + 1) + "\U0001f600"):
        assert sha256(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
