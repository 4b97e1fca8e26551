"""Remember that a package is up to date, so that `check` and a no-op
`generate` need not regenerate it (the pre-commit hook runs them on every
commit).

After a run, a small record goes to the user's cache folder: a fingerprint of
everything the output depends on (the spec files the run read, the job's
settings, the generator's own code and templates, the Python, PyYAML, Jinja
and black installs) and the hash of the manifest it wrote. A later run that
computes the same fingerprint, and finds the manifest and every file it lists
unchanged on disk, knows the output is what a full run would write. Any
doubt (no record, a changed input, a hand-edited file) means a full run. The
record never goes into the output, which must be identical on every machine.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

from .config import ClientJob
from .write import MANIFEST, Manifest, sha256, unsafe_entries

GENERATOR_ROOT = Path(__file__).resolve().parent
TEMPLATES = GENERATOR_ROOT.parent / "templates"
if not TEMPLATES.is_dir():
    TEMPLATES = GENERATOR_ROOT / "templates"  # an installed generator


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "openapi-python-generator"


def _record_path(job: ClientJob) -> Path:
    key = hashlib.sha256(str(job.package_dir.resolve()).encode()).hexdigest()[:32]
    return cache_folder() / f"state-{key}.json"


def _toolchain() -> str:
    sources = [
        (root, path)
        for root, pattern in ((GENERATOR_ROOT, "*.py"), (TEMPLATES, "*"))
        for path in sorted(root.rglob(pattern))
        if path.is_file() and "__pycache__" not in path.parts
    ]
    # Hashing every source costs ~5 ms; a run with many clients does it once
    # (the stat() of each file says whether one changed since).
    stamp = tuple((str(path), *_stat(path)) for _, path in sources)
    return _toolchain_digest(stamp, tuple(sources))


def _stat(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_size, found.st_mtime_ns


@functools.lru_cache(maxsize=4)
def _toolchain_digest(
    stamp: tuple[tuple[str, int, int], ...], sources: tuple[tuple[Path, Path], ...]
) -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in ("yaml", "jinja2", "black"):
        spec = importlib.util.find_spec(name)
        origin = (spec.origin if spec else None) or ""
        stat = os.stat(origin) if origin else None
        digest.update(
            f"{name}:{origin}:{stat and stat.st_size}:{stat and stat.st_mtime_ns}".encode()
        )
    for root, path in sources:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(job: ClientJob, format_mode: str, inputs: list[tuple[str, str]]) -> str:
    """Of the toolchain, the job's settings and the spec files read: (the
    resolved path, the sha256 of the bytes) of each."""
    digest = hashlib.sha256(_toolchain().encode())
    digest.update(
        f"{job.spec.resolve()}|{job.package}|{job.allowed_root.resolve()}|{format_mode}|{job.renames}|{job.version}|{job.streams}".encode()
    )
    for name, content in inputs:
        digest.update(f"{name}\0{content}\0".encode())
    return digest.hexdigest()


def remember(
    job: ClientJob,
    format_mode: str,
    inputs: list[tuple[Path, str]],
    manifest_text: str,
) -> None:
    """`inputs`: each spec file the run read and the sha256 of the bytes it
    read (not read again here: a file changed since is not what the output
    was made from, and GitHub's spec is 13 MB)."""
    read = sorted((str(path.resolve()), content) for path, content in inputs)
    record = {
        "fingerprint": fingerprint(job, format_mode, read),
        "inputs": [name for name, _ in read],
        "manifest": sha256(manifest_text),
    }
    path = _record_path(job)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(record), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # no cache folder: every run is a full run, which is fine


def is_up_to_date(job: ClientJob, format_mode: str) -> bool:
    try:
        record = json.loads(_record_path(job).read_text(encoding="utf-8"))
        manifest_text = (job.package_dir / MANIFEST).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return False
    if not isinstance(record, dict) or sha256(manifest_text) != record.get("manifest"):
        return False
    try:
        read = [
            (name, hashlib.sha256(Path(name).read_bytes()).hexdigest())
            for name in record.get("inputs") or []
        ]
    except (OSError, TypeError):
        return False
    if fingerprint(job, format_mode, read) != record.get("fingerprint"):
        return False
    if not (job.package_dir / "_patch.py").exists():
        return False  # created once by a full run
    manifest = Manifest.read(job.package_dir)
    if unsafe_entries(job.package_dir, manifest.files):
        return False  # a full run reports it
    for name, expected in manifest.files.items():
        try:
            if sha256((job.package_dir / name).read_text(encoding="utf-8")) != expected:
                return False
        except (OSError, UnicodeDecodeError):
            return False
    return True
