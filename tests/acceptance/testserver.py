"""The AutoRest test server: installed from npm (pinned), run on loopback.

The server counts a scenario only when it receives exactly the expected
request; its reports say which scenarios were counted.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

PACKAGE = "@microsoft.azure/autorest.testserver"
VERSION = "3.3.51"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Shared by every run on this machine; .ci/run installs it first.
INSTALL_DIR = Path(os.environ.get("TESTSERVER_DIR", ROOT / ".testserver"))
REPORTS = ("vanilla", "azure", "optional")


def package_dir() -> Path:
    return INSTALL_DIR / "node_modules" / PACKAGE


def swagger_dir() -> Path:
    return package_dir() / "swagger"


def install() -> Path:
    """Install the pinned server unless it already is; return its folder."""
    installed = package_dir() / "package.json"
    if installed.exists() and json.loads(installed.read_text())["version"] == VERSION:
        return package_dir()
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("the acceptance tests need Node.js and npm on PATH")
    INSTALL_DIR.mkdir(parents=True, exist_ok=True)
    (INSTALL_DIR / "package.json").write_text('{"private": true}\n')
    subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error", f"{PACKAGE}@{VERSION}"],
        cwd=INSTALL_DIR,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return package_dir()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TestServer:
    """A running server: `url`, `report(name)`, `stop()`."""

    def __init__(self, log: Path, coverage: Path) -> None:
        folder = install()
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("the acceptance tests need Node.js on PATH")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [
                node,
                "-r",
                str(HERE / "loopback.js"),
                str(folder / "dist" / "cli" / "cli.js"),
                "--port",
                str(self.port),
                "--coverageDirectory",
                str(coverage),
            ],
            cwd=folder,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                self.report("vanilla")
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"the test server did not start; see {log}") from None
                time.sleep(0.1)

    def report(self, name: str) -> dict[str, int]:
        with urllib.request.urlopen(f"{self.url}/report/{name}", timeout=5) as response:
            return dict(json.loads(response.read()))

    def reports(self) -> dict[str, dict[str, int]]:
        return {name: self.report(name) for name in REPORTS}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["install"]:
        print(f"{PACKAGE}@{VERSION} in {install()}")
    else:
        sys.exit("usage: python -m tests.acceptance.testserver install")
