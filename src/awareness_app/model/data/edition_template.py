"""A data file for the next year's figures, to fill in (`--new-edition YEAR FILE`). No Qt here.

`edition_template(newest, year)` writes, in the data files' TOML format (`dataset.py`), the
newest edition carried over to `year`: its sources and past years kept as they are (the charts'
series still cite them); every figure of the newest year moved to `year` with its value and its
source left empty (`value = ""`, `source = ""`) under a comment with last year's; its derived
figures, checks and parts moved with it; the [dataset] release fields empty under last year's;
and a comment at the top naming the National Police Agency's release to copy the figures from.

`unfilled` finds what such a file still leaves empty; `open_dataset` (`model/data/fit.py`) then
refuses it with a message naming the figures the lesson still lacks and the slides that would
be left out (`template_problem`), instead of the first field that is not valid.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

REIWA = 2018  # 令和 N年 is the year 2018 + N
META_EMPTY = ("released", "release_title", "release_url", "facts_checked")
NEW_SOURCE = "release-{year}"
_AT_YEAR = re.compile(r"@(\d{4})$")


def _toml(value: Any) -> str:
    """A TOML value: strings as basic strings, lists and tables inline."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else json.dumps(name)


def _moved(ref: str, old: int, new: int) -> str:
    """`key@old` as `key@new`; any other reference as it is."""
    return _AT_YEAR.sub(lambda m: f"@{new}" if int(m[1]) == old else m[0], ref)


def _shifted(ref: str, by: int) -> str:
    """`key@YEAR` a number of years later (a check compares a year with the one before)."""
    return _AT_YEAR.sub(lambda m: f"@{int(m[1]) + by}", ref)


def _derivation(table: Mapping[str, Any], move: Any) -> dict[str, Any]:
    return {**table, "args": [move(a) for a in table.get("args", [])]}


def release_name(year: int) -> str:
    """The NPA's annual release for `year`'s figures, as facts.md names them:
    「令和7年における少年非行及び子供の性被害の状況」."""
    return f"令和{year - REIWA}年における少年非行及び子供の性被害の状況"


def edition_template(raw: Mapping[str, Any], year: int) -> str:
    """The data file for `year` made from `raw`, the newest edition's parsed TOML."""
    meta = raw["dataset"]
    old = int(meta["year"])
    source = NEW_SOURCE.format(year=year)
    out = [
        f"# SNS Safety Classroom — the data set of the National Police Agency's figures for {year}",
        "#",
        f"# Copy the figures from the NPA's annual release for {year}, 「{release_name(year)}」",
        f"# (published in February or March {year + 1}), or from news reports of it, as the",
        f"# {old} figures were copied from 「{meta.get('release_title', release_name(old))}」.",
        '# Fill in every empty value ("") and source: each has last year\'s above it. Describe the',
        f"# report you copy from in [sources.{source}] (add a slot for each other report).",
        "# Never enter a figure seen only on a blog, an aggregator or a repost. A figure left",
        "# empty leaves out the slides that need it: the app says which when it opens the file.",
        '# Then name this file in site.toml:  [data]  file = "<this file>"',
        "",
        "[dataset]",
        f'id = "npa-{year}"',
        f'title = "National Police Agency figures for {year}"',
        f"year = {year}",
    ]
    for name in META_EMPTY:
        out += [f"# {old}: {_toml(meta.get(name, ''))}", f'{name} = ""']
    for name, value in meta.items():
        if name not in {"id", "title", "year", *META_EMPTY}:
            out.append(f"{_key(name)} = {_toml(value)}")
    out += ["", f"[sources.{source}]", f"# the report of the {year} figures you copy from"]
    out += [
        f'title = "News report on the NPA\'s figures for {year}"',
        'publisher = ""',
        'date = ""  # YYYY-MM-DD',
        'url = ""',
        'tier = "B"',
    ]
    for sid, table in raw.get("sources", {}).items():
        out += ["", f"[sources.{_key(sid)}]"]
        out += [f"{_key(k)} = {_toml(v)}" for k, v in table.items()]
    for figure in raw.get("figures", []):
        out += ["", "[[figures]]", *_figure(figure, old, year)]
    for part in raw.get("partitions", []):
        out += ["", "[[partitions]]"]
        for name, value in part.items():
            if name == "whole":
                value = _moved(value, old, year)
            elif name == "parts":
                value = [_moved(v, old, year) for v in value]
            out.append(f"{_key(name)} = {_toml(value)}")
    for record in raw.get("records", []):
        out += ["", f"# a record the release of {year} may report; {old}'s:"]
        out += ["# [[records]]", *(f"# {_key(k)} = {_toml(v)}" for k, v in record.items())]
    for line in raw.get("helplines", []):
        out += ["", "[[helplines]]", *(f"{_key(k)} = {_toml(v)}" for k, v in line.items())]
    return "\n".join(out) + "\n"


def _figure(figure: Mapping[str, Any], old: int, year: int) -> list[str]:
    lines: list[str] = []
    current = figure.get("year") == old
    for name, value in figure.items():
        if name == "series":
            lines.append("series = [")
            lines += [f"    {_toml(row)}," for row in value]
            last = next((row for row in reversed(value) if row.get("year") == old), None)
            if last is not None:
                lines.append(f"    # {old}: {_toml(last)}")
                lines.append(f'    {{ year = {year}, value = "", source = "" }},')
            lines.append("]")
        elif current and name == "year":
            lines.append(f"year = {year}")
        elif current and name in ("value", "source", "sources"):
            empty = "[]" if name == "sources" else '""'
            lines += [f"# {old}: {_toml(value)}", f"{name} = {empty}"]
        elif current and name == "derive":
            lines.append(f"derive = {_toml(_derivation(value, lambda a: _moved(a, old, year)))}")
        elif current and name == "check":
            lines.append(f"check = {_toml(_derivation(value, lambda a: _shifted(a, year - old)))}")
        else:
            lines.append(f"{_key(name)} = {_toml(value)}")
    return lines


# --- what a template still leaves empty --------------------------------------------------------


def unfilled(raw: Mapping[str, Any]) -> tuple[list[str], list[tuple[str, int, str]]]:
    """The [dataset] and [sources] fields left empty, and the figures whose value is left
    empty (key, year, label), of a data file made by `edition_template`."""
    fields = [f"dataset.{n}" for n in ("released", "facts_checked") if _empty(raw, n)]
    for sid, table in raw.get("sources", {}).items():
        if isinstance(table, dict) and table.get("publisher") == "":
            fields.append(f"sources.{sid}")
    figures: list[tuple[str, int, str]] = []
    for figure in raw.get("figures", []):
        if not isinstance(figure, dict):
            continue
        label = str(figure.get("label", ""))
        for row in figure.get("series", []) if isinstance(figure.get("series"), list) else []:
            if isinstance(row, dict) and row.get("value") == "":
                figures.append((str(figure.get("key")), int(row.get("year", 0)), label))
        if figure.get("value") == "":
            figures.append((str(figure.get("key")), int(figure.get("year", 0)), label))
    return fields, figures


def _empty(raw: Mapping[str, Any], name: str) -> bool:
    meta = raw.get("dataset")
    return isinstance(meta, dict) and meta.get(name) == ""


def without(raw: Mapping[str, Any], missing: Iterable[tuple[str, int]]) -> dict[str, Any]:
    """`raw` as a data set would be without the `missing` figures (and what is derived from them,
    or checked or partitioned with them), the empty sources left out and the empty dates filled:
    what the lesson can show from the figures filled in so far."""
    gone = {f"{key}@{year}" for key, year in missing}
    figures: list[dict[str, Any]] = []
    for figure in raw.get("figures", []):
        figure = dict(figure)
        if "series" in figure:
            figure["series"] = [r for r in figure["series"] if r.get("value") != ""]
        figures.append(figure)
    changed = True
    while changed:  # a figure derived from a missing one is missing too
        changed = False
        kept = []
        for figure in figures:
            year = figure.get("year")
            name = f"{figure.get('key')}@{year}"
            derived = figure.get("derive", {}).get("args", [])
            args = [a if "@" in a else f"{a}@{year}" for a in derived]
            if figure.get("value") == "" or name in gone or any(a in gone for a in args):
                gone.add(name)
                changed = True
                continue
            if any(a in gone for a in figure.get("check", {}).get("args", [])):
                figure.pop("check")
            kept.append(figure)
        figures = kept
    sources = {sid: t for sid, t in raw.get("sources", {}).items() if t.get("publisher") != ""}
    meta = dict(raw.get("dataset", {}))
    year = int(meta.get("year", 0))
    for name, filler in (("released", f"{year + 1}-03-31"), ("facts_checked", f"{year + 1}-03-31")):
        if meta.get(name) == "":
            meta[name] = filler
    partitions = [
        p
        for p in raw.get("partitions", [])
        if p.get("whole") not in gone and not any(x in gone for x in p.get("parts", []))
    ]
    records = [r for r in raw.get("records", []) if r.get("figure") not in gone]
    return {
        **raw,
        "dataset": meta,
        "sources": sources,
        "figures": figures,
        "partitions": partitions,
        "records": records,
    }
