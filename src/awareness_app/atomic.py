"""Files written so that a failure never leaves a partial file: a temporary file beside the
target, renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_bytes_atomic(path: Path | str, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # as open() would create it, not mkstemp's 0600
        with os.fdopen(fd, "wb") as fp:
            fp.write(data)
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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
    reason = error.strerror or str(error)
    return _("{file} could not be written: {reason}. Nothing was saved.").format(
        file=target, reason=reason
    )
