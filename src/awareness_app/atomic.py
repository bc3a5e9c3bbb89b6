"""Files written so that a failure never leaves a partial file: a temporary file beside the
target, renamed into place.

A write the system cuts short (the app killed, the power gone) cannot clean up after itself, so
each temporary file is noted in a small record in the user's state folder while it exists; the
next start removes what such records still name (`remove_leftovers`).
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import time
from pathlib import Path

from . import user_dirs


def pending_folder() -> Path:
    """Where the records of unfinished writes are kept: the platform's folder for an app's
    state (`user_dirs.pending_folder`)."""
    return user_dirs.pending_folder()


def _note(temporary: str) -> Path | None:
    """A record naming `temporary`, or None where the state folder cannot be written (the
    write goes on without one)."""
    try:
        folder = pending_folder()
        folder.mkdir(parents=True, exist_ok=True)
        fd, record = tempfile.mkstemp(dir=folder, suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as fp:
            fp.write(f"{os.getpid()}\n{temporary}\n")
        return Path(record)
    except OSError:
        return None


def remove_leftovers() -> list[Path]:
    """Remove the temporary files of writes that never finished (and their records); returns
    the files removed. A temporary file is removed only if its name is one this module makes."""
    removed: list[Path] = []
    try:
        records = sorted(pending_folder().glob("*.txt"))
    except OSError:
        return removed
    for record in records:
        try:
            pid, _, name = record.read_text(encoding="utf-8").strip().partition("\n")
            if _still_writing(int(pid), record):
                continue  # another copy of the app, exporting now
            temporary = Path(name)
            ours = temporary.name.startswith(".") and temporary.name.endswith(".tmp")
            if ours and temporary.is_file():
                temporary.unlink()
                removed.append(temporary)
            record.unlink()
        except (OSError, ValueError):
            continue
    return removed


def _still_writing(pid: int, record: Path) -> bool:
    """Whether the process that made `record` may still be writing: it runs (POSIX), or, where
    that cannot be asked safely (Windows), the record is less than ten minutes old."""
    if pid == os.getpid():
        return False
    if sys.platform == "win32":
        return time.time() - record.stat().st_mtime < 600
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=_prefix(target.name), suffix=".tmp", dir=folder)
    record = _note(str(Path(temporary).resolve()))
    try:
        os.chmod(temporary, 0o666 & ~UMASK)  # as open() would create it, not mkstemp's 0600
        with os.fdopen(fd, "wb") as fp:
            fp.write(data)
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    finally:
        if record is not None:
            record.unlink(missing_ok=True)


NAME_MAX = 255  # bytes in a file's name, on every file system the app is used on
_RANDOM = 8  # the characters mkstemp adds


def _prefix(name: str) -> str:
    """The temporary file's prefix: `.NAME.`, with NAME cut (at a character, never inside one)
    so that the whole temporary name — prefix, mkstemp's random part and `.tmp` — is no longer
    than the longest file name allowed. A 249-byte name is valid, so its temporary must be."""
    room = NAME_MAX - len(".") - len(".") - _RANDOM - len(".tmp")
    encoded = name.encode("utf-8")
    if len(encoded) > room:
        name = encoded[:room].decode("utf-8", errors="ignore")
    return f".{name}."


def _read_umask() -> int:
    """The process's umask, read once when this module loads. Linux reports it without changing
    it; elsewhere reading means setting it for a moment, which must not happen while another
    thread (the chart renderer's) creates files."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0)
    os.umask(mask)
    return mask


UMASK = _read_umask()  # the permissions a new file is created without (see write_bytes_atomic)


def write_text_atomic(path: Path | str, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_error_message(path: Path | str, error: OSError) -> str:
    """Why `path` could not be written, in the current language, for a message box or stderr.

    Nothing was left behind: the temporary file is removed when writing fails."""
    from .i18n import _

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        return _("The folder {folder} does not exist. Choose another folder.").format(folder=folder)
    if isinstance(error, PermissionError) or not os.access(folder, os.W_OK):
        return _(
            "The folder {folder} cannot be written to. Choose another folder, such as your "
            "Documents folder."
        ).format(folder=folder)
    return _("{file} could not be written: {reason}. Nothing was saved.").format(
        file=target, reason=error_reason(error)
    )


def _reasons() -> dict[int, str]:
    from .i18n import N_

    # NOTE: why a file could not be written or read, in parentheses after its name
    # ("… could not be written (the name is too long)"): the system's reasons, for teachers
    return {
        errno.ENAMETOOLONG: N_("the name is too long"),
        errno.EINVAL: N_("this name cannot be used here"),
        errno.EILSEQ: N_("this name cannot be used here"),
        errno.ENOSPC: N_("the disk is full"),
        errno.EDQUOT: N_("the space you may use on this disk is full"),
        errno.EROFS: N_("this drive can only be read"),
        errno.EACCES: N_("you may not write there"),
        errno.EPERM: N_("you may not write there"),
        errno.EISDIR: N_("a folder has this name"),
        errno.ENOTDIR: N_("part of the path is not a folder"),
        errno.ENOENT: N_("the folder does not exist"),
        errno.EEXIST: N_("a file with this name already exists"),
        errno.EBUSY: N_("the file is in use by another program"),
        errno.ETXTBSY: N_("the file is in use by another program"),
        errno.EIO: N_("the drive could not be read or written"),
    }


def error_reason(error: OSError) -> str:
    """Why a file could not be written or read (`error`'s errno), in the current language; the
    system's own words (English) only for a reason not in the table."""
    from .i18n import _

    reason = _reasons().get(error.errno or 0)
    return _(reason) if reason else (error.strerror or str(error))
