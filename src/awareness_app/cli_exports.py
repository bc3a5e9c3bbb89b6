"""The command line's handout, deck and site-configuration options (used by `cli.py`).

    --export-handout PDF [--handout-languages ja,en]   the A4 handout (one or two pages; one
                                                       page per language when bilingual)
    --export-worksheet PDF [--worksheet-languages ja,en]
                                                       the pupils' worksheet for the overshare
                                                       activity (a page per profile, per
                                                       language; the answer key last)
    --export-deck PDF [--with-notes]                   the whole lesson, one slide a page
    --export-pptx PPTX [--bilingual [--bilingual-slides under|alternate]]
                                                       the whole lesson as a PowerPoint file
                                                       (bilingual: the other language under
                                                       --lang's on each slide, or a slide after)
    --export-guide DOCX|PDF                            the lesson guide of the plan, for the
                                                       teacher (Word or PDF, by the extension)
    --config TOML                                      a site configuration (instead of the
                                                       system's site.toml)

The bilingual handout is `--handout-languages`, not `--bilingual` (which starts the bilingual
presentation view): `--handout-languages en,ja` prints English first, `ja,en` Japanese first.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import resources
from .export.registry import EXPORTS
from .i18n import _
from .model.data.dataset import DataSet, DataSetError, load_dataset
from .model.data.edition_age import resolve_today
from .model.data.fit import open_dataset
from .model.lesson.lesson import Lesson
from .model.settings.saved import SavedSettings
from .model.settings.site import NO_SITE, SiteConfig, find_site_config, load_site_config

if TYPE_CHECKING:
    from .export.registry import Exporter
    from .model.classroom import Classroom
    from .model.settings.options import LaunchOptions
    from .ui.settings import Settings

# the screenshot and every export of the registry (`export/registry.py`), by option
EXPORT_OPTIONS = ("screenshot", *(exporter.dest for exporter in EXPORTS.values()))


def add_export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--export-handout",
        metavar="PDF",
        type=Path,
        help=_(
            "write the A4 handout (key figures, a chart, the guidance, help lines, sources) "
            "for --lang and --audience to this PDF and exit"
        ),
    )
    parser.add_argument(
        "--handout-languages",
        metavar="LANGS",
        help=_(
            "with --export-handout: the handout's language, or two separated by a comma for "
            "a bilingual handout, one page each (en,ja or ja,en; default: --lang)"
        ),
    )
    parser.add_argument(
        "--export-worksheet",
        metavar="PDF",
        type=Path,
        help=_(
            "write the pupils' A4 worksheet for the overshare activity (both made-up profiles, "
            "numbered boxes to write in, the answer key for the teacher last) for --lang and "
            "--audience to this PDF and exit"
        ),
    )
    parser.add_argument(
        "--worksheet-languages",
        metavar="LANGS",
        help=_(
            "with --export-worksheet: the worksheet's language, or two separated by a comma for "
            "the pupils' pages in each (en,ja or ja,en; default: --lang)"
        ),
    )
    parser.add_argument(
        "--export-deck",
        metavar="PDF",
        type=Path,
        help=_("write the whole lesson to this PDF, one slide a page, and exit"),
    )
    parser.add_argument(
        "--with-notes",
        action="store_true",
        help=_("with --export-deck: each slide with its speaker notes (portrait pages)"),
    )
    parser.add_argument(
        "--export-pptx",
        metavar="PPTX",
        type=Path,
        help=_(
            "write the whole lesson as a PowerPoint file (16:9, the app's theme and layouts, "
            "editable text and native charts, notes for whoever presents it) and exit; no Qt "
            "needed; with --bilingual, in --lang and the other language"
        ),
    )
    parser.add_argument(
        "--export-guide",
        metavar="FILE",
        type=Path,
        help=_(
            "write the lesson guide for the teacher (aims, what to prepare, the lesson's steps "
            "with their times, questions and what to look out for, help lines) for --lang, "
            "--audience and --plan to this file and exit: a Word document (.docx) or a PDF "
            "(.pdf), by its extension"
        ),
    )
    parser.add_argument(
        "--bilingual-slides",
        choices=["under", "alternate"],
        help=_(
            "with --export-pptx --bilingual: the other language under --lang's on each slide "
            "(under, the default) or on a slide of its own after each slide (alternate)"
        ),
    )
    parser.add_argument(
        "--edition",
        metavar="YEAR",
        type=int,
        choices=list(resources.editions()),
        help=_(
            "show this edition of the National Police Agency's figures (the year they cover: "
            "{editions}; default: the newest)"
        ).format(editions=", ".join(str(y) for y in resources.editions())),
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=_(
            "take this day as today when deciding whether newer figures have probably been "
            "published (default: the environment variable AWARENESS_TODAY, else the "
            "computer's date)"
        ),
    )
    parser.add_argument(
        "--config",
        metavar="TOML",
        type=Path,
        help=_(
            "read the site configuration (defaults for language, audience, theme, lesson "
            "length, local contacts, data set) from this file instead of the system's site.toml"
        ),
    )


def export_target(args: argparse.Namespace) -> Path | None:
    """The file the command line's export (or screenshot) writes, for error messages; None:
    no export, the window. (`--export-charts` writes a folder: a file in it.)"""
    if getattr(args, "export_charts", None) is not None:
        return args.export_charts / "x"
    return next(
        (getattr(args, n) for n in EXPORT_OPTIONS if getattr(args, n, None) is not None), None
    )


def prepare(parser: argparse.ArgumentParser, args: argparse.Namespace) -> SiteConfig:
    """Check the new options and read the site configuration (which the settings are read
    over: `Settings(site=…)`, and under which the launch options are resolved:
    `model/options.resolve_launch_options`)."""
    chosen = [name for name in EXPORT_OPTIONS if getattr(args, name, None) is not None]
    if len(chosen) > 1:
        names = ", ".join("--" + name.replace("_", "-") for name in chosen)
        parser.error(f"use one of {names} at a time")
    if args.with_notes and args.export_deck is None:
        parser.error("--with-notes: use it with --export-deck")
    for option, export in (
        ("handout_languages", "export_handout"),
        ("worksheet_languages", "export_worksheet"),
    ):
        if getattr(args, option) is not None:
            setattr(args, option, _languages_option(parser, args, option, export))
    if args.bilingual_slides is not None and not (args.export_pptx and args.bilingual):
        parser.error("--bilingual-slides: use it with --export-pptx and --bilingual")
    if args.export_guide is not None and not EXPORTS["lesson-guide"].writes(args.export_guide):
        parser.error(
            f"--export-guide: {args.export_guide.name} is neither a .docx nor a .pdf file; "
            "the guide is written as a Word document (.docx) or a PDF (.pdf)"
        )
    for option in (
        "export_handout",
        "export_worksheet",
        "export_deck",
        "export_pptx",
        "export_guide",
    ):
        path = getattr(args, option)
        if path is not None:
            folder = path.parent if str(path.parent) else Path(".")
            if not folder.is_dir():
                parser.error(f"--{option.replace('_', '-')}: the folder {folder} does not exist")
    try:  # --today checked here; resolved once, into the launch options (`cli.py`)
        resolve_today(args.today, os.environ)
    except ValueError as error:
        parser.error(str(error))
    if args.config is not None:
        if not args.config.is_file():
            parser.error(f"--config: there is no file {args.config}")
        site = load_site_config(args.config)
    else:
        found = find_site_config()
        site = load_site_config(found) if found else NO_SITE
    for problem in site.problems:
        print(f"awareness-app: site configuration: {problem}", file=sys.stderr)
    return site


def _languages_option(
    parser: argparse.ArgumentParser, args: argparse.Namespace, option: str, export: str
) -> list[str]:
    """--handout-languages / --worksheet-languages, checked: one language or two different
    ones, separated by a comma; only with their export."""
    from .i18n import LANGUAGES

    name, export_name = (f"--{n.replace('_', '-')}" for n in (option, export))
    if getattr(args, export) is None:
        parser.error(f"{name}: use it with {export_name}")
    text = getattr(args, option)
    languages = [part.strip() for part in text.split(",")]
    if (
        not all(languages)
        or len(set(languages)) != len(languages)
        or any(lang not in LANGUAGES for lang in languages)
    ):
        parser.error(
            f"{name}: {text!r} is not one language or two different ones separated by a comma; "
            f"the languages are {', '.join(LANGUAGES)}"
        )
    return languages


def choose_dataset(
    args: argparse.Namespace,
    site: SiteConfig,
    lesson: Lesson,
    saved_edition: int | None = None,
    problems: list[DataSetError] | None = None,
) -> DataSet:
    """The data set to show: --data, else --edition, else the edition the teacher chose in the
    window (`saved_edition`), else the site configuration's file or edition, else the newest
    edition. A file from outside is checked in full (`open_dataset`, as File › Open does): a bad
    --data raises DataSetError; a bad site data set is reported (on stderr, and added to
    `problems` for the window's banner), and the app keeps a built-in edition. The built-in
    editions are checked against the lesson by the tests, so they are only loaded (and still
    validated), which keeps the start-up fast.
    """
    if args.data is not None:
        return open_dataset(args.data, lesson)
    if args.edition is not None:
        return load_dataset(resources.edition_file(args.edition))
    if saved_edition is not None:
        return load_dataset(resources.edition_file(saved_edition))
    if site.dataset is not None:
        try:
            return open_dataset(site.dataset, lesson)
        except DataSetError as error:
            print(
                f"awareness-app: the site configuration's data set cannot be used, so the app "
                f"uses its built-in data:\n  {error}",
                file=sys.stderr,
            )
            # the window's banner says it too, in the window's language (`ui/app.py`)
            if problems is not None:
                problems.append(error)
    return load_dataset(resources.edition_file(site.edition or resources.newest_edition()))


def request_options(
    exporter: Exporter, args: argparse.Namespace, language: str
) -> dict[str, object]:
    """The command line's options of one export (`ExportRequest`'s own fields)."""
    from .i18n import LANGUAGES

    options: dict[str, object] = {"size": args.size}
    if exporter.name == "handout-pdf" and args.handout_languages:
        options["languages"] = args.handout_languages
    if exporter.name == "worksheet-pdf" and args.worksheet_languages:
        options["languages"] = args.worksheet_languages
    if exporter.name == "lesson-pdf":
        options["with_notes"] = args.with_notes
    if exporter.name == "pptx":
        # --bilingual: the other language of the two (the bilingual view's pair), after --lang's
        second = next((code for code in LANGUAGES if code != language), None)
        if args.bilingual and second is not None:
            options["languages"] = (language, second)
        options["pairing"] = args.bilingual_slides or "under"
    return options


def run_export(
    exporter: Exporter,
    path: Path,
    classroom: Classroom,
    args: argparse.Namespace,
    settings: Settings | SavedSettings,
    options: LaunchOptions,
) -> int:
    """Write the command line's export to `path`. One that Qt lays out reads the classroom's
    state of the launch options (`ui/app.py`'s `screenshot_state`: their audience, theme and
    language, the school's contacts from `settings`), drawn offscreen when there is no display;
    the others (no Qt needed) read `classroom`, the command line's."""
    from .export.chart_files import ChartsNotWritten
    from .export.request import request_from

    if exporter.qt_for(path):
        assert not isinstance(settings, SavedSettings)  # Qt's own (read by Qt)
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .ui.app import create_application, screenshot_state

        create_application()
        classroom = screenshot_state(classroom.base_lesson, classroom.dataset, options, settings)
    request = request_from(classroom, **request_options(exporter, args, classroom.language))
    try:
        written = exporter.write(path, request)
    except ChartsNotWritten as error:  # the real file, and what was written before it
        print(f"awareness-app: {error.message()}", file=sys.stderr)
        return 1
    if exporter.kinds:
        print(f"Wrote {path}")
    else:
        print(f"Wrote {len(written)} files to {path}")
    return 0
