"""openapi-spec-validator's verdict on a spec, as diagnostics.

Importing the validator costs about 0.2 s and running it more, so a spec is
validated again only when the content of one of its files changed: the
verdict is cached by content hash in the user's cache folder (like the
up-to-date record). Many real specs fail strict validation yet generate fine
(the seed does, on a `type: file` response schema), so findings are warnings
unless `--strict` makes them errors.

The validator's own checks beyond the OpenAPI schema (each default and
example against its schema, through its path objects) cost 15 s on GitHub's
13 MB spec, and its reader 7 s more. So during generation it gets the
document the loader already parsed, and a spec larger than `FULL_CHECK_BYTES`
is checked against the OpenAPI schema only, by a compiled check (0.2 s; the
validator's own 6 s only when the check says no, for its messages);
`python -m generator validate` always runs every check.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostics, Level
from .load import pointer_token
from .state import cache_folder
from .workshare import BESIDE_NICENESS, as_helper, can_fork

VALIDATOR = "openapi-spec-validator"


Digests = list[
    tuple[Path, str]
]  # each file the spec reads, and the sha256 of its bytes


def _key(root: Path, files: Digests) -> str:
    digest = hashlib.sha256(f"v5|{root.name}".encode())
    for path, content in sorted(set(files)):
        digest.update(f"{path.name}\0{content}\0".encode())
    return digest.hexdigest()


def _digests(inputs: Iterable[Path]) -> Digests:
    return [(path, hashlib.sha256(path.read_bytes()).hexdigest()) for path in inputs]


FULL_CHECK_BYTES = 4 * 1024 * 1024

# The parsed root document of the run, set before the validator's process is
# forked so that it inherits the document instead of reading it again.
_PARSED: dict[Path, Any] = {}


def run_validator(
    root: Path, document: Any = None, full: bool = True
) -> list[tuple[str, str]]:
    """(message, where in the document) of every finding, in a stable order;
    `document` is the root file already parsed; without `full`, only the
    OpenAPI schema's checks."""
    # The OpenAPI schema's part of the verdict, by the compiled check: when
    # it holds, only the validator's own checks (of defaults and examples
    # against their schemas, of path parameters, ...) remain to run.
    schema_holds = document is not None and _satisfies_schema(document)
    if not full and schema_holds:
        return []  # (without importing the validator)
    from openapi_spec_validator import (
        OpenAPIV2SpecValidator,
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )
    from openapi_spec_validator.readers import read_from_filename

    findings = set()
    try:
        if document is None:
            spec, base_uri = read_from_filename(str(root.resolve()))
        else:
            spec, base_uri = document, root.resolve().as_uri()
        version = str(spec.get("openapi", "")) if isinstance(spec, dict) else ""
        # (OpenAPI 3 has no `type: file`: there the finding stands.)
        allows_file = not version and _has_file_response(spec)
        validator = (
            OpenAPIV31SpecValidator
            if version.startswith("3.1")
            else (
                OpenAPIV30SpecValidator
                if version.startswith("3.")
                else OpenAPIV2SpecValidator
            )
        )
        checker = validator(spec, base_uri=base_uri)
        if schema_holds:
            checker.schema_validator = _NoSchemaErrors()
        errors = (
            checker.iter_errors()
            if full
            else checker.schema_validator.iter_errors(spec)
        )
        for error in errors:
            where = getattr(error, "json_path", "") or ""
            if allows_file and error.instance == "file" and str(where).endswith("type"):
                # Swagger 2.0 allows `type: file` for a response's schema; the
                # validator checks each schema alone and cannot tell.
                continue
            findings.add((str(error.message), str(where)))
    except Exception as exc:  # noqa: BLE001 - its failure must not stop generation
        # The generator read the spec already; the validator's own reader is stricter.
        findings.add(
            (
                # (its text may quote the whole document: the start says why)
                f"could not check the spec ({type(exc).__name__}:"
                f" {_shortened(str(exc))})".replace("\n", " "),
                "",
            )
        )
    return sorted(findings)


def _satisfies_schema(spec: Any) -> bool:
    """Whether the spec satisfies the OpenAPI schema openapi-spec-validator
    checks it against, answered by the compiled check (`metaschema`, 30
    times faster); False also when that check cannot answer: then the
    validator itself runs and says why."""
    from .metaschema import Unsupported, compile_check, packaged_json

    version = str(spec.get("openapi", "")) if isinstance(spec, dict) else ""
    # (the validator's choice: 3.1, other 3.x as 3.0, the rest as 2.0)
    folder = (
        "v3.1"
        if version.startswith("3.1")
        else "v3.0" if version[:2] == "3." else "v2.0"
    )
    try:
        if folder not in _COMPILED:
            _COMPILED[folder] = compile_check(
                packaged_json(
                    "openapi_spec_validator",
                    "resources",
                    "schemas",
                    folder,
                    "schema.json",
                )
            )
        return bool(_COMPILED[folder](spec))
    except (Unsupported, RecursionError):
        return False


_COMPILED: dict[str, Any] = {}


class _NoSchemaErrors:
    """The validator's schema validator for a spec the compiled check passed."""

    def iter_errors(self, instance: Any) -> Iterable[Any]:
        return ()


def _cached(root: Path, files: Digests) -> tuple[Path, list[tuple[str, str]] | None]:
    cached = cache_folder() / f"validation-{_key(root, files)}.json"
    try:
        data = json.loads(cached.read_text(encoding="utf-8"))
        return cached, [(str(message), str(where)) for message, where in data]
    except (OSError, ValueError, TypeError):
        return cached, None


def _has_file_response(spec: Any) -> bool:
    """Whether some response's schema is `type: file` (as Swagger 2.0 allows)."""
    paths = spec.get("paths") if isinstance(spec, dict) else None
    for item in (paths or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            responses = (
                operation.get("responses") if isinstance(operation, dict) else None
            )
            for response in (responses or {}).values():
                schema = response.get("schema") if isinstance(response, dict) else None
                if isinstance(schema, dict) and schema.get("type") == "file":
                    return True
    return False


def validation_findings(
    root: Path, inputs: list[Path], use_cache: bool = True
) -> list[tuple[str, str]]:
    cached, known = _cached(root, _digests(inputs))
    if use_cache and known is not None:
        return known
    findings = run_validator(root, _PARSED.get(root), full=_full(inputs))
    _store(cached, findings)
    return findings


def _full(inputs: Iterable[Path]) -> bool:
    """Whether every check runs (else the OpenAPI schema's only)."""
    return sum(path.stat().st_size for path in set(inputs)) <= FULL_CHECK_BYTES


def _store(cached: Path, findings: list[tuple[str, str]]) -> None:
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(findings), encoding="utf-8")
        os.replace(temporary, cached)
    except OSError:
        pass


def _child(root: Path, full: bool, sender: Any) -> None:
    as_helper(BESIDE_NICENESS)  # (its verdict is read at the run's end)
    sender.send(run_validator(root, _PARSED.get(root), full=full))
    sender.close()


class PendingValidation:
    """The validator's verdict, computed while the rest of the run goes on.

    The validator (seconds on a big spec) starts in a forked process, on the
    other core, as soon as the root document is parsed: beside building the
    IR, rendering and formatting. Which files the spec reads, and so whether
    a cached verdict exists, is known only once the IR is built (`inputs`):
    then a cached verdict stops the process, and so does a spec whose files
    together turn out too big for every check (it starts again with the
    schema's checks only). Where fork is unavailable, the validator runs
    when the verdict is asked for. `document` is the root file as the loader
    parsed it."""

    def __init__(self, root: Path, document: Any = None) -> None:
        self._root = root
        if document is not None:
            _PARSED[root] = document
        self._inputs: Digests | None = None
        self._cache: Path | None = None  # where the verdict for the inputs is kept
        self._known: list[tuple[str, str]] | None = None
        self._process: Any = None
        self._full = _full([root])
        if can_fork():
            self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_child, args=(self._root, self._full, sender), daemon=True
        )
        self._process.start()
        sender.close()

    def cancel(self) -> None:
        """Stop the validator if it still runs (the run ended without it)."""
        self._stop()
        _PARSED.pop(self._root, None)

    def _stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.join()
            self._receiver.close()
            self._process = None

    def inputs(self, files: Digests) -> None:
        """Every file the spec reads and the sha256 of its bytes, as the
        loader read them (known once the IR is built)."""
        self._inputs = files
        self._cache, self._known = _cached(self._root, files)
        if self._known is not None:
            self._stop()
        elif self._full and not _full(path for path, _ in files):
            self._stop()
            self._full = False
            self._start()
        if self._known is not None or self._process is not None:
            # (the validator's process has its own copy; the run can free its)
            _PARSED.pop(self._root, None)

    def result(self) -> list[tuple[str, str]]:
        if self._known is not None:
            self._stop()
            return self._known
        findings: list[tuple[str, str]] | None = None
        if self._process is not None:
            try:
                findings = self._receiver.recv()
            except (EOFError, OSError):  # a broken worker: validate here
                findings = None
            self._stop()
        if findings is None:
            findings = run_validator(self._root, _PARSED.get(self._root), self._full)
        if self._cache is None:
            self._cache, _ = _cached(self._root, self._inputs or _digests([self._root]))
        _store(self._cache, findings)
        self._known = findings
        _PARSED.pop(self._root, None)
        return findings


_JSON_PATH_STEP = re.compile(r"\.([A-Za-z0-9_$-]+)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]")
_TOP_LEVEL = frozenset(
    {
        "swagger",
        "info",
        "host",
        "basePath",
        "schemes",
        "consumes",
        "produces",
        "paths",
        "definitions",
        "parameters",
        "responses",
        "securityDefinitions",
        "security",
        "tags",
        "externalDocs",
    }
)


def json_path_to_pointer(path: str) -> str | None:
    """`$.paths['/a'].get` -> `/paths/~1a/get`; None if it is not a full path
    from the document's root (the validator reports some paths relative to
    the schema it was checking)."""
    if not path.startswith("$"):
        return None
    tokens: list[str] = []
    position = 1
    while position < len(path):
        match = _JSON_PATH_STEP.match(path, position)
        if match is None:
            return None
        tokens.append(next(group for group in match.groups() if group is not None))
        position = match.end()
    if not tokens or tokens[0] not in _TOP_LEVEL:
        return None
    return "".join("/" + pointer_token(t) for t in tokens)


def report(
    findings: list[tuple[str, str]],
    display: str,
    diagnostics: Diagnostics,
    level: Level,
) -> None:
    for message, where in findings:
        pointer = json_path_to_pointer(where)
        location = (
            f" (at {where})" if pointer is None and where not in ("", "$") else ""
        )
        diagnostics.add(
            level,
            f"{VALIDATOR}: {message}{location}",
            display,
            pointer or "",
            # Without a pointer the finding has no line: none is better than 1.
            locate=pointer is not None,
            code="W001",
        )


def _shortened(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + " ..."
