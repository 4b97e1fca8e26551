"""TypeSpec's http-specs against their own mock server: an outside oracle for
documents as TypeSpec writes them (Azure's newer specs are).

    python benchmarks/spector.py [--suite http|azure] [--cache DIR] [--only SUBSTRING] [--verbose]

`--suite http` (the default) compiles `@typespec/http-specs` to OpenAPI 3;
`--suite azure` compiles `@azure-tools/azure-http-specs` to Swagger 2.0 with
x-ms-* (`typespec-autorest`, as Azure's specs are published), with Azure's
common types (`--arm-types`) beside the resource-manager documents. What
follows says it of the http suite; the azure one runs the same way.

Installs the pinned npm packages below into `--cache` (default
`.cache/spector`) on first use: `@typespec/http-specs` (a scenario per
behaviour, each a TypeSpec program and a mock API that says which request
is exactly right), Spector (the mock server) and the TypeSpec compiler with
its OpenAPI 3 emitter. Then it

1. compiles every scenario's `main.tsp` to OpenAPI 3 (a versioned one to
   each version; the latest is the service the mock serves), and generates
   a client from each with `python -m generator generate`, as a user would;
2. starts Spector on 127.0.0.1 (it has no host option: the AutoRest test
   server's loopback preload binds it) and calls, for every request a
   scenario's mock expects, the client method whose path and HTTP method
   match, with the mock's values read as the method's arguments (the
   example replay's reader: JSON bodies as models, dates from text);
3. prints what Spector counted (a scenario passes when every request it
   expects arrived exactly right), by area, and each scenario not passed
   with what the client or the driver met. A JSON answer the client parsed
   is compared with the mock's too (Spector judges requests only).

Scenarios whose TypeSpec the OpenAPI 3 emitter refuses (status code ranges
other than 4XX/5XX, query strings in routes, some special words) have no
document: they are counted apart, as unreachable. A failure is the
client's ("client"), the driver's, which could not say the request as
arguments ("arguments"), or the document's (TypeSpec's emitter drops what
OpenAPI 3 cannot say, such as `base64url` bytes and `@nextLink` paging):
benchmarks/CORPUS.md explains each one left.
"""

from __future__ import annotations

import argparse
import base64
import collections
import dataclasses
import importlib
import inspect
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import typing
import urllib.request
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import replay  # (the example replay's argument reader)
from generator.ir.model import media_kind

_TYPESPEC = (
    "@typespec/spector@0.1.0-alpha.24-dev.2",
    "@typespec/compiler@1.11.0",
    "@typespec/http@1.11.0",
    "@typespec/rest@0.81.0",
    "@typespec/openapi@1.11.0",
    "@typespec/versioning@0.81.0",
    "@typespec/xml@0.80.0",
    "@typespec/events@0.81.0",
    "@typespec/sse@0.81.0",
    "@typespec/streams@0.81.0",
)


@dataclasses.dataclass(frozen=True)
class Suite:
    """A scenario package, the emitter its programs are compiled with, and
    the documents that emitter writes."""

    specs: str  # the npm package of scenarios
    packages: tuple[str, ...]
    emitter: str
    documents: str  # a glob under the output folder


SUITES = {
    # OpenAPI 3, as TypeSpec's own emitter writes it
    "http": Suite(
        "@typespec/http-specs",
        (
            "@typespec/http-specs@0.1.0-alpha.33-dev.3",
            "@typespec/openapi3@1.11.0",
            *_TYPESPEC,
        ),
        "@typespec/openapi3",
        "openapi*.yaml",
    ),
    # Swagger 2.0 with x-ms-*, as Azure's specs are written from TypeSpec
    "azure": Suite(
        "@azure-tools/azure-http-specs",
        (
            "@azure-tools/azure-http-specs@0.1.0-alpha.38-dev.2",
            "@azure-tools/typespec-autorest@0.66.1",
            "@azure-tools/typespec-azure-core@0.66.1",
            "@azure-tools/typespec-client-generator-core@0.66.4",
            "@azure-tools/typespec-azure-resource-manager@0.66.0",
            *_TYPESPEC,
        ),
        "@azure-tools/typespec-autorest",
        "openapi.json",
    ),
}
LOOPBACK = ROOT / "tests" / "acceptance" / "loopback.js"


def install(cache: Path, suite: Suite) -> Path:
    """The scenario package's folder, installed on first use. Spector reads
    the commit of the folder it runs in, so the cache is a git repository."""
    specs = cache.joinpath("node_modules", *suite.specs.split("/"))
    if not (specs / "package.json").is_file():
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "package.json").write_text('{"private": true}\n')
        subprocess.run(
            ["npm", "install", "--no-save", "--no-audit", "--no-fund",
             "--legacy-peer-deps", "--loglevel=error", *suite.packages],
            cwd=cache, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    if not (cache / ".git").exists():
        git = ["git", "-c", "user.name=spector", "-c", "user.email=spector@localhost"]
        subprocess.run(["git", "init", "-q"], cwd=cache, check=True)
        subprocess.run(
            [*git, "commit", "-q", "--allow-empty", "-m", "cache"],
            cwd=cache,
            check=True,
        )
    return specs


def _version_key(path: Path) -> tuple[str, bool]:
    # openapi.v2preview.yaml comes before openapi.v2.yaml, and
    # preview/2022-12-01-preview/openapi.json before stable/2022-12-01/; dates
    # sort as text
    version = path.name.removeprefix("openapi").removesuffix(".yaml").strip(".")
    if path.suffix == ".json":
        version = path.parent.name
    return version.replace("preview", "").rstrip("-_."), "preview" not in version


def compile_specs(
    cache: Path, specs: Path, out: Path, suite: Suite, arm_types: Path | None
) -> tuple[dict[str, Path], dict[str, str]]:
    """Each scenario folder's document (the latest version's), and the
    folders the emitter refused, with its first error. Resource-manager
    documents refer to Azure's common types, which no npm package holds:
    `arm_types` (a checkout's `common-types/resource-management`) is copied
    beside them."""
    tsp = cache / "node_modules" / "@typespec" / "compiler" / "cmd" / "tsp.js"
    options: list[str] = []
    if arm_types is not None and suite.emitter == "@azure-tools/typespec-autorest":
        copied = out / "common-types" / "resource-management"
        shutil.copytree(arm_types, copied)
        options = ["--option", f"{suite.emitter}.arm-types-dir={copied}"]
    documents: dict[str, Path] = {}
    refused: dict[str, str] = {}
    for main in sorted((specs / "specs").rglob("main.tsp")):
        folder = main.parent.relative_to(specs / "specs").as_posix()
        target = out / folder.replace("/", "_")
        done = subprocess.run(
            ["node", str(tsp), "compile", "main.tsp", "--emit", suite.emitter,
             "--output-dir", str(target), *options],
            cwd=main.parent, capture_output=True, text=True, check=False,
        )  # fmt: skip
        found = sorted(target.rglob(suite.documents), key=_version_key)
        if done.returncode != 0 or not found:
            error = next(
                (line for line in done.stdout.splitlines() if " error " in line), ""
            )
            refused[folder] = error.split(" error ", 1)[-1][:160] or "no document"
            continue
        documents[folder] = found[-1]
    return documents, refused


def scenarios_of(specs: Path) -> dict[str, Any]:
    dumped = subprocess.run(
        ["node", str(Path(__file__).with_name("spector_scenarios.mjs")), str(specs / "dist" / "specs")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return dict(json.loads(dumped.stdout))


class Server:
    """Spector on a free loopback port, serving every scenario."""

    def __init__(self, cache: Path, specs: Path, log: Path) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        cli = cache / "node_modules" / "@typespec" / "spector" / "cmd" / "cli.mjs"
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            ["node", "-r", str(LOOPBACK), str(cli), "serve", str(specs / "specs"),
             "--port", str(self.port), "--coverageFile", str(log.with_suffix(".coverage.json"))],
            cwd=cache, stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while True:
            try:
                self.coverage()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise SystemExit(f"Spector did not start; see {log}") from None
                time.sleep(0.2)

    def coverage(self) -> dict[str, str]:
        with urllib.request.urlopen(f"{self.url}/.coverage", timeout=5) as answer:
            return dict(json.loads(answer.read())[0]["results"])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


def generate(documents: dict[str, Path], out: Path, root: Path) -> dict[str, str]:
    """A client package per document, by folder (`root` holds every file
    they refer to); the diagnostics of any that failed are printed."""
    packages = {}
    for folder, document in documents.items():
        package = "sp_" + re.sub(r"\W", "_", folder).lower()
        done = subprocess.run(
            [sys.executable, "-m", "generator", "generate", str(document),
             "--output", str(out), "--package", package, "--root", str(root), "--quiet"],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            print(f"{folder}: generation failed: {done.stderr.strip()[-300:]}")
            continue
        packages[folder] = package
    return packages


class Operations:
    """Every generated operation, found by a request's method and URI, and
    the values of its server's variables that URI holds."""

    def __init__(self, packages: dict[str, str], documents: dict[str, Path]) -> None:
        self.entries = []
        self.servers: dict[str, re.Pattern[str]] = {}
        for folder, package in packages.items():
            url = _server_url(yaml.safe_load(documents[folder].read_text()))
            # (a fixed origin, `http://localhost:3000`, is the mock's wherever it runs)
            origin = re.match(r"^https?://[^/{]+", url)
            template = re.escape(url[origin.end() :] if origin else url)
            for name in re.findall(r"{([^}]+)}", url):
                template = template.replace(
                    re.escape("{" + name + "}"), f"(?P<{_group(name)}>.*?)", 1
                )
            prefix = r"https?://[^/]+" if origin or not url else ""
            self.servers[package] = re.compile(f"^{prefix}{template}/?$")
            metadata = importlib.import_module(f"{package}._metadata")
            for operation in metadata.OPERATIONS.values():
                pattern, names = re.escape(operation["path"]), []
                for index, name in enumerate(
                    re.findall(r"{([^}]+)}", operation["path"])
                ):
                    names.append(name)
                    pattern = pattern.replace(
                        re.escape("{" + name + "}"), f"(?P<p{index}>[^/]*)", 1
                    )
                # (a mock names the server's root without the path's "/")
                rx = re.compile(
                    f"^(?P<prefix>.*?){pattern}{'?' if pattern.endswith('/') else ''}$"
                )
                self.entries.append((package, operation, rx, names))

    def find(
        self, method: str, uri: str, server: str
    ) -> tuple[str, dict[str, Any], dict[str, str], str] | None:
        """The operation a request is for: its path matches the URI's end, and
        its server's template the rest (two documents may share a path)."""
        best: (
            tuple[tuple[int, int, int], str, dict[str, Any], dict[str, str], str] | None
        ) = None
        for package, operation, rx, names in self.entries:
            found = (
                rx.match(uri)
                if operation["http_method"].lower() == method.lower()
                else None
            )
            if found is None or not self.servers[package].match(
                server + found["prefix"]
            ):
                continue
            score = (
                len(re.sub(r"{[^}]+}", "", operation["path"])),
                -len(names),
                -len(found["prefix"]),
            )
            if best is None or score > best[0]:
                values = {name: found[f"p{i}"] for i, name in enumerate(names)}
                best = (score, package, operation, values, found["prefix"])
        return None if best is None else best[1:]

    def server_values(self, package: str, base: str) -> dict[str, str]:
        """The server variables a base URL spells (`{endpoint}/v/{version}`)."""
        found = self.servers[package].match(base)
        pattern = self.servers[package].pattern
        names = re.findall(r"\(\?P<(\w+)>", pattern)
        return {} if found is None else {_ungroup(n): found[n] for n in names}


def _server_url(document: dict[str, Any]) -> str:
    """The URL template of a document's (first) server: OpenAPI 3's
    `servers`, Swagger's x-ms-parameterized-host or host and basePath."""
    if "openapi" in document:
        return str(((document.get("servers") or [{}])[0]).get("url") or "")
    base = str(document.get("basePath") or "").rstrip("/")
    host = document.get("x-ms-parameterized-host")
    if isinstance(host, dict):
        return str(host.get("hostTemplate") or "") + base
    return (f"http://{document['host']}" if document.get("host") else "") + base


def _group(name: str) -> str:
    return "v_" + name.encode().hex()


def _ungroup(group: str) -> str:
    return bytes.fromhex(group.removeprefix("v_")).decode()


def parameters_of(api: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """The mock's request as an example's parameters (wire names)."""
    request = api.get("request") or {}
    params: dict[str, Any] = {
        **(request.get("query") or {}),
        **(request.get("headers") or {}),
    }
    body = request.get("body") or {}
    wire = (operation["body"] or {}).get("wire_name")
    if body.get("kind") == "multipart":
        params.update(body.get("parts") or {})
        for file in body.get("files") or []:
            given = (
                file["originalname"],
                base64.b64decode(file["base64"]),
                file["mimetype"],
            )
            params.setdefault(file["fieldname"], []).append(given)
        for name, value in params.items():
            if (
                isinstance(value, list)
                and len(value) == 1
                and isinstance(value[0], tuple)
            ):
                params[name] = value[0]
    elif "raw" in body and wire:
        json_body = (
            "json" in (body.get("contentType") or "")
            and "jsonl" not in body["contentType"]
        )
        params[wire] = json.loads(body["raw"]) if json_body else body["raw"]
    elif "base64" in body and wire:
        content = base64.b64decode(body["base64"])
        text = media_kind(body.get("contentType") or "") == "text"
        params[wire] = content.decode() if text else content
    return params


def _lists_from_text(method: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """A mock writes a list parameter as its wire text (`blue,red`): split."""
    hints = typing.get_type_hints(method)
    for name, value in kwargs.items():
        options = [hints.get(name), *typing.get_args(hints.get(name))]
        if isinstance(value, str) and any(
            typing.get_origin(o) is list for o in options
        ):
            items = [item for item in re.split(r"[,| \t]", value) if item]
            kwargs[name] = [int(item) if item.isdigit() else item for item in items]
    return kwargs


def call(
    server: str, package: str, operation: dict[str, Any], api: dict[str, Any],
    path_values: dict[str, str], server_values: dict[str, str],
) -> list[str]:  # fmt: skip
    """Send the mock's request through the client; what went wrong, if anything."""
    module = importlib.import_module(package)
    metadata = importlib.import_module(f"{package}._metadata")
    params = parameters_of(api, operation)
    params.update(
        {k: v for k, v in {**server_values, **path_values}.items() if k not in params}
    )
    try:
        arguments = replay.client_arguments(
            module.Client, metadata.CLIENT, params, operation
        )
        kwargs = replay.arguments_for(
            operation, metadata.CLIENT, params, module.models, []
        )
    except replay.ExampleDefect as exc:
        return [f"arguments: {exc}"]
    headers = {
        k.lower(): str(v)
        for k, v in ((api.get("request") or {}).get("headers") or {}).items()
    }
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if token and scheme.lower() != "basic":  # (`token` goes under the spec's scheme)
        arguments.pop("credential", None)
        arguments["token"] = token
    if not server_values:
        arguments["base_url"] = server
    body = (api.get("request") or {}).get("body") or {}
    with module.Client(**arguments, enforce_https=False, max_retries=0) as client:
        method = getattr(getattr(client, operation["group"]), operation["method"])
        taken = inspect.signature(method).parameters
        if "content_type" in taken and body.get("contentType"):
            kwargs["content_type"] = body["contentType"]
        if "accept" in taken and "accept" in headers:
            kwargs["accept"] = headers["accept"]
        try:
            kwargs = replay._typed_arguments(
                method, _lists_from_text(method, kwargs), package
            )
            inspect.signature(method).bind(**kwargs)
        except (replay.ExampleDefect, TypeError) as exc:
            return [f"arguments: {exc}"]
        try:
            result = method(**kwargs)
            if operation["kind"] == "paged":
                result = list(result)
            elif operation["kind"] == "long_running":
                result = result.result()
                if hasattr(result, "by_page"):  # (a long-running operation's pages)
                    result = list(result)
        except Exception as exc:  # noqa: BLE001 - every failure is reported
            return [f"client: {type(exc).__name__}: {exc}"]
    return _answer_problems(api, result)


def _answer_problems(api: dict[str, Any], result: Any) -> list[str]:
    """A JSON model the client parsed, compared with the mock's answer."""
    answer = (api.get("response") or {}).get("body") or {}
    if (
        "raw" not in answer
        or "json" not in (answer.get("contentType") or "")
        or not hasattr(result, "to_dict")
    ):
        return []
    expected, got = json.loads(answer["raw"]), result.to_dict()
    return (
        []
        if got == expected
        else [
            f"answer: got {json.dumps(got)[:200]}, the mock sent {answer['raw'][:200]}"
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--suite", choices=sorted(SUITES), default="http")
    parser.add_argument("--cache", type=Path, help="default: .cache/spector-SUITE")
    shared = ROOT.parent / "shared" / "specs" / "azure-rest-sample" / "specification"
    parser.add_argument(
        "--arm-types",
        type=Path,
        default=shared / "common-types" / "resource-management",
        help="Azure's common-types/resource-management (for --suite azure)",
    )
    parser.add_argument(
        "--only", default="", help="only scenarios whose name holds this"
    )
    parser.add_argument(
        "--verbose", action="store_true", help="list passed scenarios' problems too"
    )
    args = parser.parse_args()
    suite = SUITES[args.suite]
    cache = (args.cache or ROOT / ".cache" / f"spector-{args.suite}").resolve()
    specs = install(cache, suite)
    scratch = Path(tempfile.mkdtemp(prefix="spector-"))
    try:
        arm_types = args.arm_types if args.arm_types.is_dir() else None
        documents, refused = compile_specs(
            cache, specs, scratch / "documents", suite, arm_types
        )
        packages = generate(documents, scratch / "clients", scratch)
        sys.path.insert(0, str(scratch / "clients"))
        scenarios = scenarios_of(specs)
        operations = Operations(packages, documents)
        server = Server(cache, specs, scratch / "spector.log")
        problems: dict[str, list[str]] = {}
        try:
            for name, scenario in scenarios.items():
                if args.only not in name:
                    continue
                for api in scenario["apis"]:
                    api["uri"] = api["uri"].replace("\\:", ":")  # (Express's escape)
                    found = operations.find(api["method"], api["uri"], server.url)
                    if found is None:
                        problems.setdefault(name, []).append(
                            f"no operation for {api['method'].upper()} {api['uri']}"
                        )
                        continue
                    package, operation, path_values, prefix = found
                    values = operations.server_values(package, server.url + prefix)
                    problems.setdefault(name, []).extend(
                        call(server.url, package, operation, api, path_values, values)
                    )
            coverage = server.coverage()
        finally:
            server.stop()
        report(scenarios, coverage, refused, problems, args.only, args.verbose)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def report(
    scenarios: dict[str, Any], coverage: dict[str, str], refused: dict[str, str],
    problems: dict[str, list[str]], only: str, verbose: bool,
) -> None:  # fmt: skip
    unreachable = {
        name for name, s in scenarios.items() if os.path.dirname(s["file"]) in refused
    }
    by_area: dict[str, collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    for name in scenarios:
        if only not in name:
            continue
        area = name.split("_")[0]
        by_area[area]["scenarios"] += 1
        if name in unreachable:
            by_area[area]["unreachable"] += 1
        elif coverage.get(name) == "pass":
            by_area[area]["passed"] += 1
    print(f"{'area':16} {'scenarios':>9} {'no document':>11} {'passed':>7}")
    total: collections.Counter[str] = collections.Counter()
    for area, counts in sorted(by_area.items()):
        total.update(counts)
        print(
            f"{area:16} {counts['scenarios']:9} {counts['unreachable']:11} {counts['passed']:7}"
        )
    reachable = total["scenarios"] - total["unreachable"]
    print(f"{'all':16} {total['scenarios']:9} {total['unreachable']:11} {total['passed']:7}"
          f"  ({100 * total['passed'] / max(reachable, 1):.1f} % of those with a document)")  # fmt: skip
    print("\nno document (the OpenAPI 3 emitter refused the TypeSpec):")
    for folder, error in sorted(refused.items()):
        print(f"  {folder}: {error}")
    print("\nnot passed:")
    for name in sorted(scenarios):
        if only not in name or name in unreachable:
            continue
        found = problems.get(name) or []
        if coverage.get(name) != "pass":
            print(f"  {name}: {' | '.join(found)[:300] or 'the mock did not count it'}")
        elif verbose and found:
            print(f"  (passed) {name}: {' | '.join(found)[:300]}")


if __name__ == "__main__":
    sys.exit(main())
