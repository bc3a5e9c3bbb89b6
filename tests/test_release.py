"""The release workflow (`.github/workflows/release.yml`, issue 26 point 4), checked here because
it cannot run on this project's machines: valid for GitHub (its workflow schema, offline;
actionlint too where it is installed), and doing what `.ci/run` does — the README's test
command, the bundle built from the same spec and started by the same smoke script — plus the
Windows installer of `packaging/windows/awareness-app.iss`. And the smoke script itself, run on
the app."""

from __future__ import annotations

import importlib.util
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
CI = ROOT / ".ci" / "run"
ISS = ROOT / "packaging" / "windows" / "awareness-app.iss"
SMOKE = "python packaging/smoke.py build/dist"


def _workflow() -> dict[str, Any]:
    return YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))


def _steps() -> list[dict[str, Any]]:
    return _workflow()["jobs"]["build"]["steps"]


def _runs() -> list[str]:
    return [step["run"] for step in _steps() if "run" in step]


def _schema_check(path: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "check_jsonschema"]
    command += ["--builtin-schema", "vendor.github-workflows", str(path)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_the_workflow_is_valid_for_github(tmp_path: Path) -> None:
    result = _schema_check(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    # the check sees a mistake: a job with nowhere to run
    broken = tmp_path / "broken.yml"
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(text.replace("    runs-on: ${{ matrix.os }}\n", ""), encoding="utf-8")
    assert _schema_check(broken).returncode != 0


def test_actionlint_passes() -> None:
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed here (the schema check above still ran)")
    result = subprocess.run(
        [actionlint, str(WORKFLOW)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_runs_on_tags_and_by_hand_on_every_system() -> None:
    workflow = _workflow()
    triggers = workflow["on"]
    assert triggers["push"]["tags"] == ["v*"] and "workflow_dispatch" in triggers
    job = workflow["jobs"]["build"]
    assert set(job["strategy"]["matrix"]["os"]) == {
        "windows-latest",
        "macos-latest",
        "ubuntu-latest",
    }
    python = next(s for s in _steps() if str(s.get("uses", "")).startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.12"


def test_it_runs_the_readmes_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"```sh\n(pip install -e \"\.\[test\]\" && python -m pytest)\n```", readme)
    assert command is not None, "the README's test command moved"
    assert command.group(1) in _runs()
    assert command.group(1) in CI.read_text(encoding="utf-8")
    # and the sweeps' other cases, which the README's command leaves out (tests/sweeps.py)
    assert "python -m pytest -m exhaustive" in _runs()
    assert "python -m pytest -m exhaustive" in CI.read_text(encoding="utf-8")


def test_it_builds_and_smoke_tests_the_bundle_as_ci_does() -> None:
    ci = CI.read_text(encoding="utf-8")
    runs = "\n".join(_runs())
    for text in (ci, runs):
        assert "packaging/awareness-app.spec" in text
        assert "--distpath build/dist" in text
        assert SMOKE in text  # the one smoke script: they cannot drift
    # .ci/run has no smoke commands of its own left
    assert "--screenshot" not in ci and "--export-pptx" not in ci
    # the installed copy is smoke-tested too, on Windows
    assert "python packaging/smoke.py build/installed" in runs


def test_each_system_gets_its_package_and_they_are_uploaded() -> None:
    steps = _steps()

    def on(system: str) -> str:
        return "\n".join(s["run"] for s in steps if s.get("if") == f"runner.os == '{system}'")

    windows, mac, linux = on("Windows"), on("macOS"), on("Linux")
    assert "Compress-Archive" in windows and "-windows.zip" in windows
    assert "packaging/windows/awareness-app.iss" in windows and "iscc" in windows.lower()
    assert "SNS Safety Classroom.app" in mac and "-macos.zip" in mac
    assert "tar" in linux and "-linux.tar.gz" in linux
    assert "pip wheel --no-deps -w build/packages ." in linux  # for pipx (README)
    uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert any(s["with"]["path"] == "build/packages/" for s in uploads)


def test_the_installer_packs_the_bundle_the_workflow_builds() -> None:
    text = ISS.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Inno Setup reads the Japanese
    iss = text.decode("utf-8-sig")
    assert r'Source: "{#Root}\build\dist\awareness-app\*"' in iss
    assert r"OutputDir={#Root}\build\packages" in iss
    assert "OutputBaseFilename=awareness-app-{#AppVersion}-setup" in iss
    assert "japanese.AppName=SNSあんぜん教室" in iss
    assert r"compiler:Languages\Japanese.isl" in iss
    assert "PrivilegesRequired=lowest" in iss  # a teacher can install it without an admin
    assert '"/DAppVersion=' in "\n".join(_runs())
    # the spec's bundle is the folder the installer takes
    spec = (ROOT / "packaging" / "awareness-app.spec").read_text(encoding="utf-8")
    assert 'name="awareness-app",\n)' in spec.replace("    ", "")


# --- the smoke script -----------------------------------------------------------------------------


def _smoke() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_smoke_script_finds_the_program_of_each_layout(tmp_path: Path) -> None:
    smoke = _smoke()
    program = "awareness-app.exe" if sys.platform == "win32" else "awareness-app"
    folder = tmp_path / "dist" / "awareness-app"
    folder.mkdir(parents=True)
    (folder / program).write_text("", encoding="utf-8")
    assert smoke.executable(tmp_path / "dist") == folder / program  # PyInstaller's dist
    assert smoke.executable(folder) == folder / program  # an installed copy
    mac = tmp_path / "dist" / "SNS Safety Classroom.app" / "Contents" / "MacOS"
    mac.mkdir(parents=True)
    (mac / "awareness-app").write_text("", encoding="utf-8")
    assert smoke.executable(tmp_path / "dist") == mac / "awareness-app"  # the .app first
    with pytest.raises(SystemExit):
        smoke.executable(tmp_path / "nothing")


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in bundle is a shell script")
def test_the_smoke_script_runs_the_app_and_checks_its_files(tmp_path: Path) -> None:
    """The app from this checkout stands in for the bundle: the script must start it for each
    file and find a PNG, a PDF and a PowerPoint file written."""
    bundle = tmp_path / "awareness-app"
    bundle.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m awareness_app "$@"\n')
    bundle.chmod(bundle.stat().st_mode | stat.S_IEXEC)
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke.py"), str(bundle), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    names = {p.name for p in out.iterdir()}
    assert names == {"bundle.png", "bundle-handout.pdf", "bundle-lesson.pptx"}
    assert result.stdout.count("smoke: ") == 3
    # and it fails where a file is not what it should be
    smoke = _smoke()
    (out / "bad.pdf").write_bytes(b"not a pdf")
    with pytest.raises(SystemExit):
        smoke.check(out / "bad.pdf", b"%PDF-")
