"""Stage 5: write a package folder atomically and only where something changed.

Files are replaced one by one through a temporary file and `os.replace`, and
only when their bytes differ, so unchanged files keep their modification time.
Files that an earlier run generated (the manifest lists them) and this run
does not are removed; nothing else in the folder is ever touched.

The manifest is read as hostile text (anyone can edit it, a merge can mangle
it): an entry that is not a plain relative path inside the package folder
stops the run before anything is written or removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, GenerationFailed, Level

MANIFEST = ".generator-manifest.json"


_CHUNK = 1 << 20


def sha256(text: str) -> str:
    """Of the text's UTF-8 bytes, encoded a megabyte at a time (a big spec's
    models module is 25 MB: its bytes whole would be 25 MB more at the
    run's peak)."""
    digest = hashlib.sha256()
    for start in range(0, len(text), _CHUNK):
        digest.update(text[start : start + _CHUNK].encode("utf-8"))
    return digest.hexdigest()


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


# A plain relative path: segments without separators, drive colons or control
# characters, none of them `.` or `..`.
_PLAIN_PATH = re.compile(r"[^/\\:\x00-\x1f\x7f]+(?:/[^/\\:\x00-\x1f\x7f]+)*")


def unsafe_entries(folder: Path, names: object) -> list[str]:
    """Why each of `names` (paths a manifest lists) could name something
    outside `folder`: not a string, absolute, a drive, `..`, a backslash, a
    control character, or a path through a symbolic link."""
    if not isinstance(names, (list, dict)):
        return ["`files` is not a table of paths"]
    problems: list[str] = []
    inside: Path | None = None
    for name in names:
        if not isinstance(name, str) or not name:
            problems.append(f"{name!r} is not a path")
            continue
        parts = name.split("/")
        if not _PLAIN_PATH.fullmatch(name) or "." in parts or ".." in parts:
            problems.append(f"{name!r} is not a plain relative path inside the package")
            continue
        if len(parts) == 1:
            continue  # a file of the folder itself: no link on the way
        inside = inside or folder.resolve()
        folders = [folder.joinpath(*parts[:end]) for end in range(1, len(parts))]
        if any(f.is_symlink() for f in folders) or not (
            folders[-1].resolve().is_relative_to(inside)
        ):
            problems.append(
                f"{name!r} leads outside the package through a symbolic link"
            )
    return problems


def check_manifest(folder: Path) -> None:
    """Raise GenerationFailed, naming the manifest, when it lists an entry
    that could make a run delete or overwrite something outside `folder`."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # absent or unreadable: treated as empty (nothing is removed)
    files = data.get("files", {}) if isinstance(data, dict) else None
    problems = unsafe_entries(folder, files)
    if problems:
        from .load.lines import display_path
        from .text import one_line

        raise GenerationFailed(
            [
                Diagnostic(
                    one_line(display_path(path)),
                    0,
                    "/files",
                    Level.ERROR,
                    f"{problem}; nothing was written or removed. The manifest lists"
                    " only files the generator wrote into the package folder: restore"
                    " it from version control, or delete it (generated files no"
                    " longer generated then stay behind)",
                )
                for problem in problems
            ]
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
    check_manifest(folder)
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
