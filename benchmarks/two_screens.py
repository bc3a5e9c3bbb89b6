"""The step on two screens, with real key events: run by `bench_app.py --two-screens` in an X
server with two screens (Xvfb: 1280×800, the laptop's, and 1920×1080, the projector's).

    DISPLAY=:N QT_QPA_PLATFORM=xcb python benchmarks/two_screens.py [--steps 40] [--profile]

The app's main window presents the newest edition for junior high pupils in English (F5: the
slides on the projector, the console on the laptop). Each slide is visited once first (charts
drawn and cached, as in a lesson's second pass). Then, for each step, `xdotool key Right` (or
Left, back and forth over the lesson) is started and the time taken from that moment to the end
of the projector window's first paint after the key (`key → projector`), and to the key event's
arrival in the app (`key → app`: xdotool's own start and the X server, the floor). The same is
measured with the main window alone (one screen), and with the projector window focused.
`--profile` prints where a step's time goes inside the app (cProfile, the slowest functions by
their own time, over the console-focused steps).

Prints one JSON line: medians, 90th and 95th percentiles in ms, to the end of the paint and
to the next turn of the event loop after it (see `Watch`).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Watch(QObject):
    """Times from a key's start to its arrival in the app, to the end of the next paint of
    the window `target` (`flushed`: its paint pass over, its picture sent to the X server —
    the first event of anything else after it) and to the next turn of the event loop after
    that paint (`painted`: after whatever else was queued, such as the console's own
    paint)."""

    def __init__(self) -> None:
        super().__init__()
        self.target: QWidget | None = None
        self.started = 0.0
        self.arrived = 0.0
        self.painted = 0.0
        self.flushed = 0.0
        self.waiting = False
        self.in_pass = False

    def _targets(self, watched: QObject, kind: QEvent.Type) -> bool:
        return (
            kind == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.target
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.waiting and not self.in_pass:
            return False
        kind = event.type()
        if self.in_pass and not self._targets(watched, kind):
            self.flushed = time.perf_counter()  # the target's paint pass is over
            self.in_pass = False
        if not self.waiting:
            return False
        if kind == QEvent.Type.KeyPress and not self.arrived:
            self.arrived = time.perf_counter()
        elif self.arrived and self._targets(watched, kind):
            self.waiting = False
            self.in_pass = True
            QTimer.singleShot(0, self._done)  # once the paint has returned
        return False

    def _done(self) -> None:
        self.painted = time.perf_counter()
        if self.in_pass or not self.flushed:  # nothing came between: the pass ended here
            self.flushed, self.in_pass = self.painted, False


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=30)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def p95(values: list[float]) -> float:
    return percentile(values, 0.95)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--profile-file", help="also write the profile there (pstats)")
    args = parser.parse_args()

    from awareness_app import resources
    from awareness_app.model.data.dataset import load_dataset
    from awareness_app.model.lesson.content import LESSON
    from awareness_app.model.lesson.lesson import Audience
    from awareness_app.ui.app import create_application
    from awareness_app.ui.classroom_state import ClassroomState
    from awareness_app.ui.settings import Settings
    from awareness_app.ui.window.main_window import MainWindow

    app = create_application()
    dataset = load_dataset(resources.edition_file(resources.newest_edition()))
    state = ClassroomState(LESSON, dataset, Settings(), language="en")
    window = MainWindow(state)
    window.set_audience(Audience.JUNIOR_HIGH)
    window.resize(1200, 760)
    window.show()
    watch = Watch()
    app.installEventFilter(watch)
    results: dict[str, object] = {}
    profile = cProfile.Profile()

    def where_now() -> str:
        """Where the lesson is: the slide, and on the quiz or the activity their state."""
        slide = window.presenting.current_id()
        tallies = state_of.tally(Audience.JUNIOR_HIGH)
        reveal = state_of.reveal_state(Audience.JUNIOR_HIGH)
        if slide == "quiz":
            return f"quiz q{tallies.index + 1}{' answer' if tallies.is_revealed() else ''}"
        if slide == "overshare":
            shown = sum(len(r) for r in reveal.revealed)
            return f"overshare profile {reveal.index + 1}, {shown} details shown"
        return slide

    state_of = state.activities  # the reveal and the tally shared by the views

    def steps(target: QWidget, focus: QWidget, count: int, name: str, profiled: bool) -> Iterator:
        xdotool("windowfocus", "--sync", str(int(focus.winId())))
        yield 0.5
        total, flushed, floor, where = [], [], [], []
        slides, direction = len(window.presenting.slides()), "Right"
        for _step in range(count):
            at = window.presenting.index  # back and forth over the lesson
            direction = "Left" if at >= slides - 1 else "Right" if at <= 0 else direction
            watch.target, watch.arrived, watch.painted, watch.flushed = target, 0.0, 0.0, 0.0
            watch.waiting = True
            if profiled:
                profile.enable()
            watch.started = time.perf_counter()
            subprocess.Popen(["xdotool", "key", direction])
            while not watch.painted:
                yield 0.001
                if time.perf_counter() - watch.started > 30:
                    raise SystemExit(
                        f"{name}: no paint 30 s after {direction} (arrived: {bool(watch.arrived)},"
                        f" slide {window.presenting.index} of {slides},"
                        f" {window.presenting.current_id()}, focus {QApplication.focusWidget()})"
                    )
            if profiled:
                profile.disable()
            total.append((watch.painted - watch.started) * 1000)
            flushed.append((watch.flushed - watch.started) * 1000)
            floor.append((watch.arrived - watch.started) * 1000)
            where.append(f"{direction} to {where_now()}")
            yield 0.25  # the teacher's pause between steps; the chart thread goes idle
        results[name] = {
            "median": round(statistics.median(total), 1),
            "p95": round(p95(total), 1),
            "max": round(max(total), 1),
            "p90": round(percentile(total, 0.9), 1),
            "flushed_median": round(statistics.median(flushed), 1),
            "flushed_p90": round(percentile(flushed, 0.9), 1),
            "floor_median": round(statistics.median(floor), 1),
            "N": len(total),
            # the slowest steps and what they stepped to (a slide, a quiz question's state or
            # the activity's step), to find the tail
            "slowest": [
                f"{ms:.0f} ms: {what}"
                for ms, what in sorted(zip(total, where, strict=True), reverse=True)[:5]
            ],
        }

    def script() -> Iterator:
        yield 1.5  # the window up, matplotlib warmed
        yield from steps(window, window, args.steps, "one screen", False)
        window.start_presenting()
        yield 2.0
        session = window.session
        assert session is not None and session.view is not None and session.console is not None
        view, console = session.view, session.console
        sizes = {view.screen().geometry().width(), console.screen().geometry().width()}
        assert sizes == {1280, 1920}, sizes
        # the first visit of each slide (charts drawn once), not measured
        yield from steps(view, console, 2 * len(window.presenting.slides()), "warm", False)
        yield from steps(view, console, args.steps, "two screens, console focused", args.profile)
        yield from steps(view, view, args.steps, "two screens, projector focused", False)
        results.pop("warm")
        window.stop_presenting()

    running = script()

    def advance() -> None:
        try:
            delay = next(running)
        except StopIteration:
            app.quit()
            return
        QTimer.singleShot(round(delay * 1000), advance)

    QTimer.singleShot(0, advance)
    app.exec()
    print(json.dumps(results), flush=True)
    if args.profile:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(25)
        if args.profile_file:
            profile.dump_stats(args.profile_file)
        print(out.getvalue(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
