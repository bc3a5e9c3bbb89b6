"""Reading a text file a teacher or a district gave the app — a data file, a lesson plan,
site.toml — without hanging, running out of memory or misreading it. No Qt here.

Only a regular file is read (a pipe would wait for ever, /dev/zero would never end), and only
one up to `limit` bytes, checked before reading. The text must be UTF-8: a UTF-8 byte-order mark
(Windows Notepad writes one) is taken off; UTF-16 and Shift_JIS are named, with what to do.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_BYTES = 2 * 1024 * 1024  # the largest data file is about 40 KB; a plan about 2 KB
_UTF8_BOM = b"\xef\xbb\xbf"


class TextFileError(ValueError):
    """Why a file cannot be read, in a sentence that begins after the file's name."""


def read_text_file(path: Path | str, limit: int = MAX_BYTES) -> str:
    """The text of the file at `path`; raises TextFileError (or OSError, for a file that
    cannot be opened) saying why not."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device or a pipe"
        raise TextFileError(f"is {kind}, not a file")
    if info.st_size > limit:
        raise TextFileError(
            f"is {info.st_size / 1024 / 1024:.1f} MB; a file of this kind is at most "
            f"{limit / 1024 / 1024:.0f} MB"
        )
    with open(path, "rb") as fp:
        data = fp.read(limit + 1)
    if len(data) > limit:  # it grew while being read
        raise TextFileError(f"is larger than {limit / 1024 / 1024:.0f} MB")
    return decode_text(data)


def encoding_of(data: bytes) -> str:
    """How `data` looks encoded: "utf-8-sig" (a UTF-8 byte-order mark, as Windows Notepad
    writes), "utf-16" (its byte-order mark), "utf-16-le" (no mark, but the NUL bytes of ASCII
    in UTF-16), "utf-8", "shift_jis", or "" (none of these)."""
    if data.startswith(_UTF8_BOM):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in data[:4096]:
        return "utf-16-le"
    for encoding in ("utf-8", "shift_jis"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return ""


def decode_text(data: bytes) -> str:
    """UTF-8 text, with or without a byte-order mark; other encodings named."""
    encoding = encoding_of(data)
    if encoding in ("utf-8", "utf-8-sig"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:  # a byte-order mark before what is not UTF-8
            encoding = ""
    if encoding.startswith("utf-16"):
        raise TextFileError("is saved as UTF-16: save it as UTF-8 and open it again")
    if encoding == "shift_jis":
        raise TextFileError("is saved as Shift_JIS: save it as UTF-8 and open it again")
    raise TextFileError("is not UTF-8 text: save it as UTF-8 and open it again")
