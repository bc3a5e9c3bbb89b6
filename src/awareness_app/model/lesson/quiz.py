"""The check-up quiz: questions for each audience, and a show-of-hands tally. No Qt here.

Every answer rests on something the class has seen: a figure of the data set (a `Value`,
formatted like every other figure, with its source), a platform fact with its source, or a slide
of the lesson's guidance. As in `content.py`, the wording holds no digits: figures are
`{placeholders}`. The options are words ("It went up a lot"), never made-up numbers.

The `Tally` lives only in memory: the app stores no pupil answers, not even counts of hands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...i18n import N_, NP_, _, format_date, pgettext
from ..data.dataset import DataSet, Source
from ..text.figure_text import WORD_STYLES, ShownFigure, derived_note, fill, fill_values, find_value
from .lesson import (
    ALL_AUDIENCES,
    ELEMENTARY_OWN,
    ROOMS_OWN,
    At,
    Audience,
    Lesson,
    Style,
    T,
    Text,
    Value,
)

ELEMENTARY = frozenset({Audience.ELEMENTARY})
# the adults' own entry (です・ます throughout the adults' quiz; ポスト for a post)
ADULTS_OWN = frozenset({Audience.ADULTS})
HIGH_SCHOOL_OWN = frozenset({Audience.HIGH_SCHOOL})
# every room's own words but junior high's, which is the shared entry
EVERY_ROOMS_OWN = ROOMS_OWN | ADULTS_OWN
# The source lines elementary pupils read, with entries of their own (furigana in Japanese).
_ELEMENTARY_LINES = (
    NP_("elementary", "From this lesson: “{title}”"),
    NP_("elementary", "Source: {sources} (checked on {date})"),
)
MAX_HANDS = 999


@dataclass(frozen=True)
class Question:
    id: str
    question: Text
    options: tuple[Text, ...]
    correct: int  # index into options
    answer: Text  # shown on reveal; may name the values
    values: tuple[Value, ...] = ()  # figures named in the wording; the first is shown large
    sources: tuple[str, ...] = ()  # source ids of facts that are not figures (platform facts)
    slide: str = ""  # the slide of the lesson the answer comes from, when it is guidance
    audiences: frozenset[Audience] = ALL_AUDIENCES

    def texts(self) -> list[Text]:
        return [self.question, *self.options, self.answer]


QUESTIONS: tuple[Question, ...] = (
    Question(
        id="first-contact",
        question=T(
            # NOTE: asked so that no child feels blamed: how it started, not who was first
            N_("How did most of these cases start?"),
            contexts=EVERY_ROOMS_OWN,
        ),
        options=(
            T(N_("With a message from the person who did it")),
            T(N_("About half and half")),
            T(
                N_("With something the child posted or sent"),
                contexts=ELEMENTARY_OWN | ADULTS_OWN,
            ),
        ),
        correct=2,
        answer=T(
            # NOTE: {share} is written with its bound, e.g. "more than 70%".
            N_(
                "With something the child posted or sent, in {share} of cases — for example a "
                "profile or a post about their interests. The person who did it is to blame, "
                "not the child."
            ),
            contexts=ROOMS_OWN,
            elementary=N_(
                "With something the child posted or sent, in {share} cases — for example a post "
                "about things they like. The person who tricks a child is to blame, not the child."
            ),
            adults=N_(
                "With the child's post or message, in {share} of cases: for example a profile or a "
                "post looking for friends. The person who did it is always to blame."
            ),
        ),
        values=(Value("share", key="first-contact"),),
    ),
    Question(
        id="where-met",
        question=T(
            N_("Where did more victims meet the offender?"),
            contexts=HIGH_SCHOOL_OWN | ADULTS_OWN,
            elementary=N_("Where did more of the children who were hurt first meet that person?"),
        ),
        options=(
            T(N_("In an online game")),
            T(N_("On X or Instagram")),
        ),
        correct=1,
        answer=T(
            # NOTE: {met} is written with its bound, e.g. "nearly 60%".
            N_(
                "On X or Instagram: {met} of victims. Online games: {games_all} of all victims, "
                "but {games_elementary} of elementary pupils."
            ),
            contexts=HIGH_SCHOOL_OWN | ADULTS_OWN,
            elementary=N_(
                "On X or Instagram: {met} of all the children. For elementary school children, "
                "games matter too: {games_elementary} of them met that person in a game."
            ),
        ),
        values=(
            Value("met", key="met-on-x-or-instagram"),
            Value("games_all", key="games-meeting-place-all"),
            Value("games_elementary", key="games-meeting-place-elementary"),
        ),
        # elementary pupils met offenders on other sites (Instagram, TikTok, games, LINE)
        audiences=frozenset({Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL, Audience.ADULTS}),
    ),
    Question(
        id="elementary-trend",
        question=T(
            N_("Since {first_year}, how has the number of elementary pupils harmed changed?"),
            elementary=N_(
                "Since {first_year}, has the number of elementary school children who were hurt "
                "gone down or up?"
            ),
        ),
        options=(
            T(N_("It went down"), contexts=ELEMENTARY_OWN),
            T(N_("It stayed about the same"), contexts=ELEMENTARY_OWN),
            T(N_("It went up a lot"), contexts=ELEMENTARY_OWN),
        ),
        correct=2,
        answer=T(
            N_("Up: {first} in {first_year}, {last} in {last_year} — {times} as many."),
            elementary=N_(
                "Up a lot: {first} in {first_year}, {last} in {last_year} — {times} as many."
            ),
        ),
        values=(
            Value("last", key="victims-elementary"),
            Value("first", key="victims-elementary", at=At.FIRST),
            Value("times", key="victims-elementary-growth", style=Style.TIMES_WORDS),
        ),
        audiences=frozenset({Audience.ELEMENTARY, Audience.ADULTS}),
    ),
    Question(
        id="serious-record",
        question=T(
            N_("Serious crimes against children through social media in {year}: fewer, or more?"),
            contexts=ADULTS_OWN,
        ),
        options=(
            T(N_("Fewer than the year before")),
            T(N_("About the same")),
            T(N_("More than the year before")),
        ),
        correct=2,
        answer=T(
            N_("More: {serious} children, {record}; the year before, {previous}."),
        ),
        values=(
            Value("serious", key="serious"),
            Value("record", key="serious", style=Style.EXTREME),
            Value("previous", key="serious", at=At.PREVIOUS),
        ),
        audiences=frozenset({Audience.HIGH_SCHOOL, Audience.ADULTS}),
    ),
    Question(
        id="age",
        question=T(N_("How old do you have to be to use X or Instagram?")),
        options=(
            T(N_("Any age")),
            T(N_("You have to be thirteen or older")),
        ),
        correct=1,
        answer=T(
            N_(
                "Thirteen or older. Until then, use apps for children, with an adult who helps you."
            ),
        ),
        sources=("x-age", "instagram-age"),
        audiences=ELEMENTARY,
    ),
    Question(
        id="x-protected",
        question=T(N_("On X, who can see the posts of a new user under eighteen?")),
        options=(
            T(N_("Everyone")),
            T(N_("Only followers they approve")),
        ),
        correct=1,
        answer=T(
            N_(
                "Only approved followers: X protects the posts of users under eighteen by "
                "default. Keep it that way."
            ),
        ),
        sources=("x-minors",),
        audiences=frozenset({Audience.JUNIOR_HIGH}),
    ),
    Question(
        id="teen-messages",
        question=T(
            # NOTE: Teen Account = ティーンアカウント.
            N_("On an Instagram Teen Account, who can send you messages?"),
            adults=N_("On an Instagram Teen Account, who can send the teenager messages?"),
        ),
        options=(
            T(N_("Anyone on Instagram")),
            T(
                N_("Only people you follow or are connected to"),
                adults=N_("Only people they follow or are connected to"),
            ),
        ),
        correct=1,
        answer=T(
            N_(
                "Only people you follow or are connected to. Teen Accounts also start private. "
                "Keep these protections on."
            ),
            contexts=HIGH_SCHOOL_OWN,
            adults=N_(
                "Only people they follow or are connected to. Teen Accounts also start private, "
                "and under-sixteens need a parent's permission to loosen these settings."
            ),
        ),
        sources=("instagram-teen",),
        audiences=frozenset({Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL, Audience.ADULTS}),
    ),
    Question(
        id="what-to-do",
        question=T(
            N_(
                "Someone you only know online asks for a photo and says “keep it secret”. What "
                "do you do?"
            ),
            contexts=ELEMENTARY_OWN,
            adults=N_("A child says someone online asked them for a photo. What do you do first?"),
        ),
        options=(
            T(
                N_("Send it, so they stay friendly"),
                contexts=ELEMENTARY_OWN,
                adults=N_("Take the phone away as a punishment"),
            ),
            T(
                N_("Keep it secret, as they asked"),
                adults=N_("Delete the messages so the child can forget"),
                contexts=ELEMENTARY_OWN,
            ),
            T(
                N_("Don't send it, and tell an adult you trust"),
                adults=N_("Listen, believe them, keep the evidence"),
                contexts=ELEMENTARY_OWN,
            ),
        ),
        correct=2,
        answer=T(
            N_(
                "Don't send it. Stop replying, keep the chat, and tell an adult you trust. It is "
                "never your fault."
            ),
            contexts=ROOMS_OWN,
            adults=N_(
                "Listen calmly and believe them; don't blame. Keep the evidence, report the "
                "account, and follow the school's safeguarding procedure."
            ),
        ),
        slide="if-it-happens",
    ),
)


def questions_for(audience: Audience, dataset: DataSet | None = None) -> list[Question]:
    """The audience's questions; with `dataset`, those the edition has the figures for."""
    return [
        q
        for q in QUESTIONS
        if audience in q.audiences
        and (dataset is None or all(find_value(dataset, v) is not None for v in q.values))
    ]


# --- rendering --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedQuestion:
    id: str
    number: int  # 1-based, in the audience's quiz
    count: int
    question: str
    options: list[str]
    correct: int
    answer: str
    figure: ShownFigure | None  # the figure shown large with the answer
    figures: list[ShownFigure]  # every figure the question and answer name
    sources: list[Source]  # of the figures and the platform facts
    source_line: str  # "Source: …" under the answer


def render_quiz(lesson: Lesson, audience: Audience, dataset: DataSet) -> list[RenderedQuestion]:
    """The audience's questions, translated into the current language, figures filled in."""
    questions = questions_for(audience, dataset)
    return [
        _render(lesson, q, number, len(questions), audience, dataset)
        for number, q in enumerate(questions, start=1)
    ]


def _render(
    lesson: Lesson,
    question: Question,
    number: int,
    count: int,
    audience: Audience,
    dataset: DataSet,
) -> RenderedQuestion:
    wording = " ".join(t.for_audience(audience) for t in question.texts())
    names, pairs = fill_values(dataset, question.values, audience)
    shown = [  # only the figures this audience is shown, and only those with a number
        s for v, s in pairs if "{" + v.name + "}" in wording and v.style not in WORD_STYLES
    ]

    def text(t: Text) -> str:
        return fill(t, audience, names)

    sources: list[Source] = []
    for figure_shown in shown:
        sources += dataset.sources_of(figure_shown.figure)
    sources += [dataset.sources[s] for s in question.sources]
    sources = list({s.id: s for s in sources}.values())
    return RenderedQuestion(
        id=question.id,
        number=number,
        count=count,
        question=text(question.question),
        options=[text(o) for o in question.options],
        correct=question.correct,
        answer=text(question.answer),
        figure=shown[0] if shown else None,
        figures=shown,
        sources=sources,
        source_line=_with_derived_note(
            _source_line(lesson, question, audience, dataset, sources), shown, audience
        ),
    )


def _with_derived_note(line: str, shown: Sequence[ShownFigure], audience: Audience) -> str:
    """The answer's source line, with what the mark of a derived figure means where the answer
    shows one (`figure_text.DERIVED_MARK`)."""
    if not any(s.figure.grade == "derived" for s in shown):
        return line
    note = derived_note(audience)
    # NOTE: a quiz answer's source line, then what the * after a figure means
    return _("{line} · {note}").format(line=line, note=note) if line else note


def _source_line(
    lesson: Lesson,
    question: Question,
    audience: Audience,
    dataset: DataSet,
    sources: Sequence[Source],
) -> str:
    # the slide the answer comes from, unless a lesson plan hides it
    slide = next((s for s in lesson.slides if s.id == question.slide), None)
    if slide is not None:
        return pgettext(audience.value, N_("From this lesson: “{title}”")).format(
            title=pgettext(audience.value, slide.title.for_audience(audience))
        )
    if question.slide and not sources:
        return ""
    # NOTE: between two sources in a list, e.g. "The Japan Times; Jiji Press".
    names = _("; ").join(_source_name(s, audience) for s in sources)
    if question.sources:
        return pgettext(audience.value, N_("Source: {sources} (checked on {date})")).format(
            sources=names, date=format_date(dataset.facts_checked)
        )
    return _("Source: {sources}").format(sources=names)


def _source_name(source: Source, audience: Audience | None = None) -> str:
    name = pgettext(audience.value, source.publisher) if audience else _(source.publisher)
    if not source.date:
        return name
    # NOTE: a source's publisher and date, e.g. "The Mainichi, March 2024".
    return _("{publisher}, {date}").format(publisher=name, date=format_date(source.date))


# --- the show of hands ---------------------------------------------------------------------------


@dataclass
class Tally:
    """Hands counted for each option of each question, and which answers are shown.

    Only in memory: never written to the settings or anywhere else. Stepping forward reveals
    the answer, then moves to the next question; stepping back hides it, then moves back. Both
    return False when there is nothing left, so the caller can change slides.
    """

    sizes: tuple[int, ...]  # the number of options of each question
    index: int = 0
    selected: int = 0  # the option that + and − change
    counts: list[list[int]] = field(default_factory=list)
    revealed: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = [[0] * n for n in self.sizes]
        if not self.revealed:
            self.revealed = [False] * len(self.sizes)

    def count(self, option: int) -> int:
        return self.counts[self.index][option]

    def select(self, option: int) -> bool:
        if 0 <= option < self.sizes[self.index]:
            self.selected = option
            return True
        return False

    def change(self, delta: int, option: int | None = None) -> int:
        """Add `delta` hands to `option` (the selected one by default), between 0 and 999."""
        option = self.selected if option is None else option
        row = self.counts[self.index]
        row[option] = max(0, min(MAX_HANDS, row[option] + delta))
        self.selected = option
        return row[option]

    def total(self) -> int:
        return sum(self.counts[self.index])

    def is_revealed(self) -> bool:
        return self.revealed[self.index]

    def set_revealed(self, revealed: bool) -> None:
        self.revealed[self.index] = revealed

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.sizes) - 1))
        self.selected = 0

    def step_forward(self) -> bool:
        if not self.revealed[self.index]:
            self.revealed[self.index] = True
            return True
        if self.index < len(self.sizes) - 1:
            self.go(self.index + 1)
            return True
        return False

    def step_back(self) -> bool:
        if self.revealed[self.index]:
            self.revealed[self.index] = False
            return True
        if self.index > 0:
            self.go(self.index - 1)
            return True
        return False

    def reset(self) -> None:
        self.index = 0
        self.selected = 0
        self.counts = [[0] * n for n in self.sizes]
        self.revealed = [False] * len(self.sizes)
