"""The command line as a user runs it: generate without configuration, check
with a readable diff, deterministic output, and failures that write nothing."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, SEED_DIR


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def make_project(tmp_path: Path) -> Path:
    """A repository of a user: a spec and a [tool.generator] config."""
    project = tmp_path / "project"
    shutil.copytree(SEED_DIR, project / "specs" / "aoai")
    (project / "pyproject.toml").write_text(
        "[tool.generator]\n\n[[tool.generator.clients]]\n"
        'spec = "specs/aoai/azure-openai-catalog.yml"\noutput = "generated"\npackage = "aoai"\n',
        encoding="utf-8",
    )
    return project


def test_generate_a_spec_without_any_configuration(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yml"
    shutil.copy(SEED_DIR / "azure-openai-catalog.yml", spec)
    result = run("generate", str(spec), "--output", "out", "--package", "my_client", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    added = re.search(r"out/my_client: (\d+) added, 0 changed, 0 removed, 0 unchanged", result.stdout)
    assert added is not None, result.stdout
    written = [p for p in (tmp_path / "out" / "my_client").iterdir() if p.name != ".generator-manifest.json"]
    assert int(added.group(1)) == len(written)
    # The spec's 19 example files were not copied: one summary line (the
    # first one named), and generation goes on; --verbose lists each.
    assert "warning W012 (missing-example): 19 x-ms-examples files do not exist (the first: ./examples/get_files.json," in result.stderr
    assert result.stderr.count("do not exist") == 1 and "which does not exist" not in result.stderr
    verbose = run("generate", str(spec), "--output", "out", "--package", "my_client", "--full", "--verbose", cwd=tmp_path)
    assert "delete_finetune.json, which does not exist" in verbose.stderr
    assert verbose.stderr.count("which does not exist") == 19
    check = subprocess.run(
        [sys.executable, "-c", "import my_client; print(my_client.Client.__name__)"],
        cwd=tmp_path / "out", capture_output=True, text=True, check=False,
    )
    assert check.stdout.strip() == "Client", check.stderr


def test_check_passes_when_up_to_date_and_fails_with_a_diff_and_the_fix(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    assert run("generate", cwd=project).returncode == 0
    ok = run("check", cwd=project)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    spec = project / "specs" / "aoai" / "azure-openai-catalog.yml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("x-ms-client-default: 2023-06-01-preview", "x-ms-client-default: 2023-07-01-preview"), encoding="utf-8")
    stale = run("check", cwd=project)
    assert stale.returncode == 1
    assert '-        api_version: str = "2023-06-01-preview",' in stale.stdout
    assert '+        api_version: str = "2023-07-01-preview",' in stale.stdout
    assert "generated/aoai/_client.py (on disk)" in stale.stdout
    assert "run `python -m generator generate`" in stale.stdout


def test_check_notices_a_hand_edited_or_deleted_file(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    run("generate", cwd=project)
    (project / "generated" / "aoai" / "models.py").write_text("edited\n", encoding="utf-8")
    (project / "generated" / "aoai" / "_polling.py").unlink()
    stale = run("check", cwd=project)
    assert stale.returncode == 1
    assert "-edited" in stale.stdout and "_polling.py" in stale.stdout
    assert run("generate", cwd=project).returncode == 0
    assert run("check", cwd=project).returncode == 0


def test_output_is_byte_identical_across_folders_and_working_directories(tmp_path: Path) -> None:
    first = make_project(tmp_path / "a")
    second = make_project(tmp_path / "b")
    assert run("generate", cwd=first).returncode == 0
    (second / "elsewhere").mkdir()
    result = run("generate", "--config", str(second / "pyproject.toml"), cwd=second / "elsewhere")
    assert result.returncode == 0, result.stderr
    one, two = tree_digest(first / "generated"), tree_digest(second / "generated")
    assert one == two and len(one) == len(list((first / "generated" / "aoai").iterdir()))
    assert str(tmp_path) not in "".join(p.read_text() for p in (first / "generated").rglob("*.py"))


def test_a_failed_generation_exits_2_names_the_file_and_pointer_and_writes_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    assert run("generate", cwd=project).returncode == 0
    before = tree_digest(project / "generated")
    spec = project / "specs" / "aoai" / "azure-openai-catalog.yml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("$ref: '#/definitions/FileStatistics'", "$ref: '#/definitions/NoSuchThing'"), encoding="utf-8")
    result = run("generate", cwd=project)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert (
        "specs/aoai/azure-openai-catalog.yml:795: /definitions/File/properties/statistics: error:"
        " $ref '#/definitions/NoSuchThing' points to nothing: specs/aoai/azure-openai-catalog.yml"
        " has no /definitions/NoSuchThing; fix the name or define it" in result.stderr
    ), result.stderr
    assert "nothing was written" in result.stderr
    assert tree_digest(project / "generated") == before


def test_invalid_yaml_is_reported_with_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yml"
    spec.write_text("swagger: '2.0'\ninfo:\n  title: x\n  version: [1\npaths: {}\n", encoding="utf-8")
    result = run("generate", str(spec), "--output", "out", "--package", "broken", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("broken.yml:5: error: invalid YAML")
    assert not (tmp_path / "out").exists()


def test_a_bad_package_name_is_refused(tmp_path: Path) -> None:
    result = run("generate", str(SEED_DIR / "azure-openai-catalog.yml"), "--package", "not-valid", cwd=tmp_path)
    assert result.returncode == 2 and "not a valid Python identifier" in result.stderr


@pytest.mark.parametrize(
    ("stem", "derived", "plain"),
    [("numbers", "numbers_client", "numbers"), ("6-dot.example", "client_6_dot_example", "6_dot_example")],
)
def test_a_package_name_derived_from_the_spec_file_is_made_one_a_package_can_have(
    tmp_path: Path, stem: str, derived: str, plain: str
) -> None:
    """Without --package, the spec file's name names the package: one that
    would shadow the standard library's module (APIs.guru's `numbers.json`,
    `profile.json`) or that starts with a digit is made a name a package can
    have, not refused; the same name given is still refused (it was chosen)."""
    spec = tmp_path / f"{stem}.yml"
    spec.write_text((SEED_DIR / "azure-openai-catalog.yml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("generate", str(spec), "--output", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / derived / "_client.py").is_file()
    imported = subprocess.run(
        [sys.executable, "-c", f"import {derived}; print({derived}.Client.__name__)"],
        cwd=tmp_path / "out", capture_output=True, text=True, check=False,
    )
    assert imported.stdout.strip() == "Client", imported.stderr
    given = run("generate", str(spec), "--output", "out", "--package", plain, cwd=tmp_path)
    assert given.returncode == 2


def test_the_package_version_comes_from_the_config_or_the_spec(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    assert run("generate", cwd=project).returncode == 0
    package = project / "generated" / "aoai"
    assert 'version = "2023.6.1b0"' in (package / "pyproject.toml").read_text(encoding="utf-8")
    config = project / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'version = "1.2.3"\n', encoding="utf-8")
    assert run("generate", cwd=project).returncode == 0
    assert 'version = "1.2.3"' in (package / "pyproject.toml").read_text(encoding="utf-8")
    assert '__version__ = "1.2.3"' in (package / "__init__.py").read_text(encoding="utf-8")


def test_help_names_every_command_and_says_where_output_goes(tmp_path: Path) -> None:
    top = run("--help", cwd=tmp_path)
    assert top.returncode == 0
    assert "Swagger 2.0 and OpenAPI 3" in top.stdout
    for command in ("generate", "check", "diff", "validate"):
        listed = [line for line in top.stdout.splitlines() if line.strip().startswith(command + " ")]
        assert listed, f"{command} has no line of its own in --help"
    generate = run("generate", "--help", cwd=tmp_path)
    text = " ".join(generate.stdout.split())
    assert "default: ./generated, so the package lands in ./generated/PACKAGE" in text
    assert "default: from the spec's file name" in text


def test_each_client_in_the_summary_shows_its_own_time_and_a_total_follows(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    with (project / "pyproject.toml").open("a", encoding="utf-8") as config:
        for name in ("aoai_two", "aoai_three"):
            config.write(
                f'\n[[tool.generator.clients]]\nspec = "specs/aoai/azure-openai-catalog.yml"\noutput = "generated"\npackage = "{name}"\n'
            )
    done = run("generate", "--no-validate", cwd=project)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    own = [float(line.rsplit("(", 1)[1].rstrip("s)")) for line in lines if line.startswith("generated/")]
    (total_line,) = [line for line in lines if line.startswith("3 clients in ")]
    total = float(total_line.removeprefix("3 clients in ").rstrip("s"))
    assert len(own) == 3
    # A running total would make the three add up to about twice the total.
    assert sum(own) <= total + 0.05, (own, total)


def test_a_python_without_the_generators_dependencies_gets_an_instruction_not_a_bug_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run by a Python it was not installed into (a held-out corpus run
    started without the virtual environment), the generator reached black
    and reported "internal error ... a bug in the generator". A missing
    dependency is the setup's problem: exit 2, what to install, nothing
    written; any other missing module is still the generator's bug."""
    from generator import cli

    def missing(name: str) -> Any:
        def run(args: Any) -> int:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)

        return run

    monkeypatch.setattr(cli, "_main", missing("black"))
    assert cli.main(["generate", str(tmp_path / "spec.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: the generator needs black, which this Python (")
    assert "pip install -e" in err and "bug" not in err
    monkeypatch.setattr(cli, "_main", missing("yaml.constructor"))
    assert cli.main(["generate", str(tmp_path / "spec.json")]) == 2
    assert "needs pyyaml" in capsys.readouterr().err
    monkeypatch.setattr(cli, "_main", missing("somewhere_else"))
    assert cli.main(["generate", str(tmp_path / "spec.json")]) == 3
    assert "internal error" in capsys.readouterr().err


def test_the_dependencies_it_names_when_missing_are_the_ones_pyproject_installs() -> None:
    """The CLI's table of modules and the packages that provide them is a
    second list of pyproject.toml's dependencies: the two must not drift."""
    import tomllib

    from generator.cli import _DEPENDENCIES

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = {re.split(r"[<>=!~ \[]", d, maxsplit=1)[0].lower() for d in declared["project"]["dependencies"]}
    assert set(_DEPENDENCIES.values()) == names
