"""Reading a damaged settings file line by line, so that nothing in it is lost. No Qt here.

Qt's INI reader gives up quietly on a stray quote: `language="ja` opens a string that runs on
over the following lines, and every setting after it — the school's own contacts too — reads
as missing, with no error. `read_lines` reads the same file one line at a time (a value never
runs past its line), so the app can tell that keys went missing, keep a dated copy of the file,
and recover every value a line still holds.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

from .model.text_file import encoding_of

GENERAL = "General"
# a key as the app writes it; Qt would percent-encode anything else, so such a line is not ours
_KEY = re.compile(r"[A-Za-z0-9_.-]+")


def _unquote(value: str) -> str:
    """A value as Qt writes it: bare, or in double quotes with \\" and \\\\ escaped. A quote
    that is never closed (the damage itself) is dropped."""
    value = value.strip()
    if value.startswith('"'):
        value = value[1:-1] if len(value) > 1 and value.endswith('"') else value[1:]
        out, escaped = [], False
        for ch in value:
            if escaped:
                out.append({"n": "\n", "t": "\t"}.get(ch, ch))
                escaped = False
            elif ch == "\\":
                escaped = True
            else:
                out.append(ch)
        return "".join(out)
    return value


def read_lines(text: str) -> dict[str, str]:
    """Every `key=value` line of an INI file, keyed as QSettings names them (`section/key`,
    no section for [General]). Comments and lines without `=` are skipped."""
    values: dict[str, str] = {}
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            section = "" if name == GENERAL else name + "/"
            continue
        key, sep, value = line.partition("=")
        if sep and _KEY.fullmatch(key.strip()):
            values[section + key.strip()] = _unquote(value)
    return values


def missing_keys(text: str, keys_read: list[str]) -> list[str]:
    """The keys a line of the file holds that the INI reader did not return."""
    return sorted(set(read_lines(text)) - set(keys_read))


def decode_settings(data: bytes) -> tuple[str, str]:
    """The text of a settings file and the encoding it was read in: UTF-8 (with or without a
    BOM), UTF-16 (a BOM, or the NUL bytes of its ASCII), else UTF-8 with the bytes it cannot
    read replaced ("not utf-8")."""
    encoding = encoding_of(data)
    if encoding.startswith("utf-16"):
        try:
            return data.decode(encoding), "utf-16"
        except UnicodeDecodeError:
            encoding = ""
    if encoding == "utf-8-sig":
        return data.decode(encoding, errors="replace"), encoding
    if encoding == "utf-8":
        return data.decode(encoding), encoding
    return data.decode("utf-8", errors="replace"), "not utf-8"


def keep_copy(path: Path, now: datetime | None = None) -> Path:
    """Copy the file beside itself as `NAME.broken-YYYYMMDD-HHMMSS.ini` and return the copy;
    a copy already kept with the same bytes is returned instead (one copy, however many
    starts)."""
    data = path.read_bytes()
    for earlier in sorted(path.parent.glob(f"{path.stem}.broken-*{path.suffix}")):
        try:
            if earlier.read_bytes() == data:
                return earlier
        except OSError:
            continue
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}.broken-{stamp}{path.suffix}")
    shutil.copy2(path, copy)
    return copy
