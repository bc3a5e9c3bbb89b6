"""The command line: start the window, or render a slide / write the lesson script and exit.

`--export-script`, `--export-charts`, `--export-pptx` and `--export-guide` to a .docx need no
Qt at all (`model/classroom.py`; the user's settings read by `saved.SavedSettings`);
`--screenshot` draws offscreen when there is no display. The launch options are resolved once
(`model/options.resolve_launch_options`) and handed on; `ui/` never sees the command line.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, i18n
from .atomic import remove_leftovers
from .cli_exports import (
    add_export_options,
    choose_dataset,
    export_target,
    prepare,
    run_export,
)
from .cli_help import HelpFormatter, help_language
from .i18n import _
from .model.data.dataset import DataSetError
from .model.data.edition_age import resolve_today
from .model.lesson.lesson import Audience
from .model.settings.options import (
    AUDIENCE,
    FURIGANA,
    LANGUAGE,
    LAUNCH_CHOICES,
    SCREENSHOT_SIZE,
    THEME,
    LaunchOptions,
    resolve_launch_options,
)
from .model.settings.saved import SavedSettings
from .model.text.furigana import CHOICES as FURIGANA_CHOICES

if TYPE_CHECKING:
    from .model.lesson.plan import LessonPlan
    from .model.settings.site import SiteConfig
    from .ui.settings import Settings

SIZE = re.compile(r"^(\d{3,5})[xX×](\d{3,5})$")


def _size(text: str) -> tuple[int, int]:
    match = SIZE.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1920x1080")
    width, height = int(match[1]), int(match[2])
    if not (320 <= width <= 7680 and 180 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r} is outside 320x180 … 7680x4320")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    """The command line's options, their help in the current language (`main` builds it in
    `cli_help.help_language`)."""
    parser = argparse.ArgumentParser(
        prog="awareness-app",
        description=_(
            "SNS Safety Classroom (SNSあんぜん教室): a lesson on children's safety on "
            "social media, with the National Police Agency's figures, in English and Japanese."
        ),
        epilog=_(
            "Without --screenshot or --export-script, the window opens. Presenting keys: "
            "F5 / Shift+F5 start, Esc leaves, Right / Page Down next, Left / Page Up previous, "
            "B or . pause screen, W white, L language, + / - text size, O overview."
        ),
        # NOTE: the first line of the command line's --help, before the options
        formatter_class=partial(HelpFormatter, usage_prefix=_("usage: ")),
        add_help=False,
    )
    # NOTE: the title of the list of options in --help
    parser._optionals.title = _("options")
    parser.add_argument("-h", "--help", action="help", help=_("show this help and exit"))
    parser.add_argument(
        "--lang",
        choices=list(i18n.LANGUAGES),
        help=_(
            "language of the slides and the window (default: the last used, "
            "else the system's, else en)"
        ),
    )
    parser.add_argument(
        "--audience",
        choices=[a.value for a in Audience],
        help=_("who the lesson is for (default: the last used, else junior-high)"),
    )
    parser.add_argument(
        "--slide",
        metavar="ID|N",
        help=_("slide to open or render: an id such as trend, or a 1-based number"),
    )
    parser.add_argument(
        "--theme",
        choices=list(THEME.choices or ()),
        help=_("colour theme (default: the last used, else light)"),
    )
    parser.add_argument(
        "--furigana",
        choices=list(FURIGANA_CHOICES),
        help=_(
            "readings over kanji in Japanese: for elementary pupils only, for every audience, "
            "or off (default: the last used, else elementary)"
        ),
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help=_(
            "start in the presentation view, full screen (on the projector when there are two "
            "screens, with the presenter console on the other); with --screenshot, draw it"
        ),
    )
    parser.add_argument(
        "--bilingual",
        action="store_true",
        help=_(
            "start in the bilingual presentation view: English and Japanese together; with "
            "--screenshot, draw it"
        ),
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help=_("render the slide to this PNG file and exit"),
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        default=SCREENSHOT_SIZE,
        help=_(
            "size of the --screenshot or of PNG charts in pixels (default: 1920x1080); "
            "with --export-pptx, the screen the charts are drawn for (sharp at twice its size)"
        ),
    )
    parser.add_argument(
        "--steps",
        metavar="N",
        type=int,
        default=0,
        help=_(
            "with --screenshot: take N 'next' steps on the slide first (reveal N details of "
            "the overshare activity, or the quiz's answers)"
        ),
    )
    parser.add_argument(
        "--export-script",
        metavar="MD",
        type=Path,
        help=_(
            "write the lesson as Markdown (on-screen text, speaker notes, "
            "sources) to this file and exit"
        ),
    )
    parser.add_argument(
        "--export-charts",
        metavar="DIR",
        type=Path,
        help=_(
            "write every chart of the lesson as PNG (at --size), SVG and CSV into this folder "
            "and exit"
        ),
    )
    parser.add_argument(
        "--data",
        metavar="TOML",
        type=Path,
        help=_("use this data file instead of a built-in edition (validated first)"),
    )
    parser.add_argument(
        "--plan",
        metavar="TOML",
        type=Path,
        help=_(
            "use this lesson plan (the slides, their order, the lesson's length and the "
            "school's own slides; its audience unless --audience is the same); presenting, "
            "--screenshot and the exports follow it"
        ),
    )
    add_export_options(parser)  # --export-handout, --export-deck, --config (cli_exports.py)
    parser.add_argument(
        "--new-edition",
        nargs=2,
        metavar=("YEAR", "FILE"),
        help=_(
            "write a data file for YEAR's figures to fill in, made from the newest edition "
            "(or --data): every figure and source left empty under last year's, then exit"
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show the version and exit"),
    )
    return parser


def _writable_target(parser: argparse.ArgumentParser, path: Path, option: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if option == "--export-charts" and not folder.exists() and folder.parent.is_dir():
        folder = folder.parent  # the folder itself is created
    if not folder.is_dir():
        parser.error(f"{option}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        parser.error(f"{option}: the folder {folder} cannot be written to")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; an export that cannot be written says why and returns 1, leaving
    no partial file (every file is written to a temporary file and renamed into place)."""
    with i18n.temporary_language(help_language(sys.argv[1:] if argv is None else argv)):
        parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _main(parser, args)
    except OSError as error:
        target = export_target(args)
        if target is None:
            raise
        from .atomic import write_error_message

        print(f"awareness-app: {write_error_message(target, error)}", file=sys.stderr)
        return 1


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    remove_leftovers()  # temporary files of exports a crash or a kill cut short
    site = prepare(parser, args)  # new options, the site configuration (cli_exports.py)
    if args.new_edition is not None:
        return _new_edition(parser, args)
    if args.export_charts is not None:
        _writable_target(parser, args.export_charts / "x", "--export-charts")
    for option, path in (
        ("--screenshot", args.screenshot),
        ("--export-script", args.export_script),
    ):
        if path is not None:
            _writable_target(parser, path, option)

    if args.data is not None and args.edition is not None:
        parser.error("use --data or --edition, not both")
    from .export.registry import chosen_export
    from .model.classroom import Classroom
    from .model.lesson.content import LESSON

    # the school's own contacts, on every closing slide and export; and, for the window, the
    # edition the teacher chose there. The exports that need no Qt read them without Qt.
    exporter = chosen_export(vars(args))  # one of the registry's (export/registry.py)
    # the file it writes (given: `chosen_export` picks the export whose option was given)
    target: Path | None = getattr(args, exporter.dest) if exporter is not None else None
    qt_free = exporter is not None and target is not None and not exporter.qt_for(target)
    settings = _saved_settings(site, qt_free=qt_free)
    window = export_target(args) is None  # no export nor screenshot: the window
    options = _launch_options(args, settings, window)
    refused: list[DataSetError] = []  # the site's data file, if it cannot be used
    try:
        dataset = choose_dataset(args, site, LESSON, settings.edition if window else None, refused)
    except DataSetError as error:
        print(
            f"awareness-app: the data file is not valid, so the app cannot start:\n  {error}",
            file=sys.stderr,
        )
        if window:
            _show_fatal(f"The data file is not valid, so the app cannot start.\n\n{error}")
        return 1

    with i18n.temporary_language(options.language):  # why a plan is refused
        plan = _plan(parser, args)
    options = replace(
        options,
        plan=plan,
        # a plan's audience is the command line's choice (remembered by the window)
        audience=plan.audience if plan else options.audience,
        given=options.given | {AUDIENCE.key} if plan else options.given,
        site_data_problem=refused[0] if refused else None,
    )
    # the classroom of the command line: the slides this edition can show, as the plan has
    # them, for the launch options' audience
    classroom = Classroom(
        LESSON,
        dataset,
        settings,
        audience=options.audience,
        theme=options.theme,
        plan=options.plan,
        furigana=options.furigana,
        today=options.today,
    )
    if classroom.plan_message:
        print(f"awareness-app: {args.plan}: {classroom.plan_message}", file=sys.stderr)
    if options.slide is not None:  # --slide (the launch options keep it as it is)
        try:
            classroom.lesson.find(classroom.audience, options.slide)
        except LookupError as error:
            parser.error(f"--slide: {error}")

    if exporter is not None:
        assert target is not None  # its option was given
        if qt_free:  # the language of the messages and of the file: --lang's
            warning = classroom.set_language(options.language, remember=False)
            if warning:
                print(f"awareness-app: {warning}", file=sys.stderr)
        return run_export(exporter, target, classroom, args, settings, options)

    if (
        args.screenshot
        and sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from .ui.app import run_screenshot, run_window

    assert not isinstance(settings, SavedSettings)  # the window's own: Qt's
    # the classroom's state fits the lesson to the edition (and, in the window, to each one)
    if args.screenshot:
        return run_screenshot(LESSON, dataset, options, settings, args.screenshot)
    return run_window(LESSON, dataset, options, settings)


def _launch_options(
    args: argparse.Namespace, settings: Settings | SavedSettings, window: bool
) -> LaunchOptions:
    """The launch options (`model/settings/options.py`): the command line, else the user's settings,
    else the site, else the default. The window takes every choice the user saved, and the
    system's language before English; an export or a screenshot draws what its command line
    says over the site's defaults, and of the user's own choices takes only the furigana (who
    gets readings is the teacher's choice for every page they print or show)."""
    saved = {
        option.key: value
        for option in LAUNCH_CHOICES.values()
        if (window or option is FURIGANA) and (value := settings.own(option)) is not None
    }
    defaults: dict[str, str] = {}
    if window:
        from .ui.app import system_language

        defaults[LANGUAGE.key] = system_language()
    # "today", once, for the notice of out-of-date figures (model/data/edition_age.py; checked by
    # `prepare`)
    today = resolve_today(args.today, os.environ)
    return resolve_launch_options(args, saved, settings.site.defaults(), defaults, today=today)


def _new_edition(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """--new-edition YEAR FILE: the template of a data file for YEAR
    (`model/data/edition_template.py`), made from --data or the newest built-in edition; an
    existing FILE is never overwritten."""
    import tomllib

    from . import resources
    from .atomic import write_text_atomic
    from .model.data.edition_template import edition_template

    text, path = args.new_edition
    source = args.data or resources.edition_file(resources.newest_edition())
    with open(source, "rb") as file:
        raw = tomllib.load(file)
    newest = int(raw["dataset"]["year"])
    if text != str(newest + 1):  # the series run year after year: the next year only
        parser.error(
            f"--new-edition: YEAR must be {newest + 1}, the year after the newest edition's "
            f"({newest}), not {text!r}"
        )
    target = Path(path)
    if target.exists():
        parser.error(f"--new-edition: {target} exists; name a new file")
    _writable_target(parser, target, "--new-edition")
    write_text_atomic(target, edition_template(raw, int(text)))
    print(f"Wrote {target}: fill in every empty value, then name it in site.toml ([data] file)")
    return 0


def _plan(parser: argparse.ArgumentParser, args: argparse.Namespace) -> LessonPlan | None:
    """--plan: the lesson plan, checked; a plan that cannot be used stops with status 2."""
    if args.plan is None:
        return None
    from .model.lesson.plan import PlanError, load_plan

    try:
        plan = load_plan(args.plan)
    except PlanError as error:
        parser.error(f"--plan: {error}")
    if args.audience and args.audience != plan.audience.value:
        parser.error(
            f"--plan: {args.plan} is a plan for {plan.audience.value}, not {args.audience}"
        )
    return plan


def _saved_settings(site: SiteConfig, *, qt_free: bool = False) -> Settings | SavedSettings:
    """The user's settings, over the site configuration's defaults: the school's saved contacts
    for every export, and the window's choices. `qt_free`: read without Qt, never written
    (`saved.SavedSettings`), for the exports that need no Qt."""
    if qt_free:
        return SavedSettings(site)
    from .ui.settings import Settings

    return Settings(site=site)


def _show_fatal(message: str) -> None:
    """A message box for a problem that stops the app before its window exists."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" or (
        sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        return  # nobody could see or close it: the message is on stderr
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from .ui.plain import as_plain

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, "SNS Safety Classroom", as_plain(message))
        del app
    except Exception:  # no display: the message is already on stderr
        pass
