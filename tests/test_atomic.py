"""Every file the app writes goes to a temporary file and is renamed into place: a failure never
leaves a partial file, an old file stays whole, and a folder that can't be written to gives a
clear message."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from awareness_app import atomic, cli
from awareness_app.atomic import write_bytes_atomic, write_error_message, write_text_atomic


def test_writes_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "out.txt"
    target.parent.mkdir()
    write_text_atomic(target, "日本語")
    assert target.read_text(encoding="utf-8") == "日本語"
    assert os.listdir(target.parent) == ["out.txt"]


def test_a_failed_write_leaves_no_partial_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "deck.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old, whole")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"old, whole"
    assert os.listdir(target.parent) == ["deck.pdf"]  # no .tmp left behind


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.pdf"
    with pytest.raises(OSError) as raised:
        write_bytes_atomic(target, b"x")
    message = write_error_message(target, raised.value)
    assert message == f"The folder {target.parent} does not exist. Choose another folder."


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0,
    reason="needs a user whom folder permissions bind (not root)",
)
def test_a_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError) as raised:
            write_bytes_atomic(folder / "x.pdf", b"x")
        assert "cannot be written to" in write_error_message(folder / "x.pdf", raised.value)
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def _refuse(monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that refuses new files (as a read-only or locked-down folder does), also for
    root, whom permissions do not stop."""

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


def test_refused_folder_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _refuse(monkeypatch)
    with pytest.raises(PermissionError) as raised:
        write_bytes_atomic(tmp_path / "x.pdf", b"x")
    assert write_error_message(tmp_path / "x.pdf", raised.value) == (
        f"The folder {tmp_path} cannot be written to. Choose another folder, such as your "
        "Documents folder."
    )


@pytest.mark.parametrize(
    "option",
    [["--export-handout"], ["--export-deck"], ["--export-script"], ["--screenshot"]],
)
def test_command_line_export_into_a_refused_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, option: list[str], qapp: object
) -> None:
    suffix = ".png" if option == ["--screenshot"] else ".md" if "script" in option[0] else ".pdf"
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"out{suffix}"
    _refuse(monkeypatch)
    assert cli.main([*option, str(target)]) == 1
    err = capsys.readouterr().err
    assert "cannot be written to" in err and str(folder) in err
    assert os.listdir(folder) == []


def test_command_line_export_into_a_missing_folder_exits_2(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--export-handout", str(tmp_path / "nope" / "h.pdf")])
    assert stop.value.code == 2
    assert "does not exist" in capsys.readouterr().err


KILLED_MID_WRITE = """
import os, sys, time
from awareness_app import atomic
def hang(fd):  # the write stops here, as if the disk were slow, until the process is killed
    print("writing", flush=True)
    time.sleep(60)
os.fsync = hang
atomic.write_bytes_atomic(sys.argv[1], b"%PDF-1.7 half a handout")
"""


def test_a_write_killed_midway_is_cleaned_up_at_the_next_start(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from awareness_app.atomic import pending_folder, remove_leftovers
    from awareness_app.cli import main

    target = tmp_path / "exports" / "handout.pdf"
    target.parent.mkdir()
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_WRITE, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        leftovers = list(target.parent.glob(".handout.pdf.*.tmp"))
        assert len(leftovers) == 1 and not target.exists()
        # while the writer runs, a start does not touch its file
        assert remove_leftovers() == [] and leftovers[0].exists()
    finally:
        writer.kill()
        writer.communicate()
    assert leftovers[0].exists()  # killed: nothing could clean up
    assert main(["--export-script", str(tmp_path / "script.md")]) == 0
    assert not leftovers[0].exists() and list(target.parent.iterdir()) == []
    assert list(pending_folder().glob("*.txt")) == []  # no record left either


def test_a_finished_write_leaves_no_record(tmp_path: Path) -> None:
    from awareness_app.atomic import pending_folder

    write_bytes_atomic(tmp_path / "a.txt", b"x")
    assert (tmp_path / "a.txt").read_bytes() == b"x"
    assert list(pending_folder().glob("*.txt")) == []


def test_only_the_app_s_temporary_files_are_removed(tmp_path: Path) -> None:
    from awareness_app.atomic import pending_folder, remove_leftovers

    precious = tmp_path / "lesson-notes.docx"
    precious.write_bytes(b"not ours")
    pending_folder().mkdir(parents=True)
    (pending_folder() / "forged.txt").write_text(f"999999999\n{precious}\n", encoding="utf-8")
    assert remove_leftovers() == [] and precious.exists()


@pytest.mark.parametrize("letter", ["a", "あ"])
def test_a_249_byte_file_name_is_written(tmp_path: Path, letter: str) -> None:
    """A valid 249-byte name used to be refused: the temporary name added 14 bytes and went
    over the 255-byte limit (issue 24, point 10)."""
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    stem = letter * ((249 - len(".md")) // len(letter.encode("utf-8")))
    target = tmp_path / (stem + "b" * (249 - len(".md") - len(stem.encode("utf-8"))) + ".md")
    assert len(target.name.encode("utf-8")) == 249
    write_text_atomic(target, "lesson")
    assert target.read_text(encoding="utf-8") == "lesson"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary left


def test_a_written_file_has_the_permissions_open_would_give(tmp_path: Path) -> None:
    """0666 less the umask (mkstemp's 0600 would hide a handout from the other accounts of a
    shared school PC); the umask is read once, never set while the chart thread writes."""
    mask = os.umask(0o027)
    os.umask(mask)
    assert mask == atomic.UMASK  # read without changing it
    target = tmp_path / "handout.pdf"
    atomic.write_bytes_atomic(target, b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_the_systems_reasons_are_in_the_current_language(tmp_path: Path) -> None:
    """A name too long for the disk, a full disk, a read-only drive…: the reason in a Japanese
    message is Japanese (the system's own words, "File name too long", are English)."""
    import errno

    from awareness_app import i18n

    long_name = "授業" * 100 + ".toml"  # 600 bytes: more than a file name may have
    try:
        write_text_atomic(tmp_path / long_name, "x")
    except OSError as error:
        raised = error
    assert raised.errno == errno.ENAMETOOLONG
    reasons = {code: OSError(code, os.strerror(code)) for code in atomic._reasons()}
    try:
        i18n.set_language("ja")
        message = write_error_message(tmp_path / long_name, raised)
        assert "名前が長すぎます" in message and "File" not in message, message
        for code, error in reasons.items():
            said = atomic.error_reason(error)
            assert said and not any("a" <= c.lower() <= "z" for c in said), (code, said)
    finally:
        i18n.set_language("en")
    assert "the name is too long" in write_error_message(tmp_path / long_name, raised)
    assert atomic.error_reason(OSError(errno.ENOSPC, "No space left")) == "the disk is full"
    assert atomic.error_reason(OSError(errno.ECHILD, "No child processes")) == "No child processes"
