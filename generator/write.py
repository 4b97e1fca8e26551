"""Stage 5: write a package folder atomically and only where something changed.

Files are replaced one by one through a temporary file and `os.replace`, and
only when their bytes differ, so unchanged files keep their modification time.
Files that an earlier run generated (the manifest lists them) and this run
does not are removed; nothing else in the folder is ever touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".generator-manifest.json"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Manifest:
    """What the last generation wrote: each file's hash, and the hash of the
    unformatted text it was formatted from (so that formatting is cached)."""

    files: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            return cls(
                dict(data["files"]),
                dict(data.get("raw", {})),
                str(data.get("fingerprint", "")),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return cls()

    def text(self) -> str:
        data = {
            "fingerprint": self.fingerprint,
            "files": dict(sorted(self.files.items())),
            "raw": dict(sorted(self.raw.items())),
        }
        return json.dumps(data, indent=2, sort_keys=False) + "\n"


@dataclass
class WriteSummary:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.changed)} changed,"
            f" {len(self.removed)} removed, {len(self.unchanged)} unchanged"
        )


def write_package(
    folder: Path,
    files: dict[str, str],
    manifest: Manifest,
    user_owned: dict[str, str] | None = None,
) -> WriteSummary:
    """`user_owned` files (such as `_patch.py`) are written only when absent;
    they are not in the manifest, so no later run changes or removes them."""
    summary = WriteSummary()
    folder.mkdir(parents=True, exist_ok=True)
    previous = Manifest.read(folder)
    for relative, text in sorted((user_owned or {}).items()):
        if not (folder / relative).exists():
            _replace(folder / relative, text.encode("utf-8"))
            summary.added.append(relative)
    for relative in sorted(files):
        target = folder / relative
        data = files[relative].encode("utf-8")
        try:
            current = target.read_bytes()
        except FileNotFoundError:
            current = None
        if current == data:
            summary.unchanged.append(relative)
            continue
        (summary.added if current is None else summary.changed).append(relative)
        _replace(target, data)
    for relative in sorted(set(previous.files) - set(files)):
        target = folder / relative
        if target.is_file():
            target.unlink()
            summary.removed.append(relative)
    manifest_text = manifest.text().encode("utf-8")
    manifest_path = folder / MANIFEST
    if not manifest_path.exists() or manifest_path.read_bytes() != manifest_text:
        _replace(manifest_path, manifest_text)
    return summary


def _replace(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
