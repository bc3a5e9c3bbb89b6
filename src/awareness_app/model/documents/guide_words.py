"""What the lesson guide says beside the lesson's own words: the teacher's wording of each step,
the aims, what to prepare, what to consider, the FAQ and the glossary. No Qt here.

Every string is the teacher's (a 学習指導案 in Japanese): plain kanji, never furigana. What the
pupils see (a slide's title, the quiz's questions) is not here: `guide.py` quotes
it from the lesson as the audience's room words it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...i18n import N_
from ..lesson.lesson import Audience, SlideKind


@dataclass(frozen=True)
class Step:
    """The teacher's words for one row of the lesson's table (a slide of the plan)."""

    activity: str  # 学習活動
    question: str  # 主な発問: what the teacher asks ("" for none)
    reactions: tuple[str, ...]  # 予想される反応
    notes: tuple[str, ...]  # 指導上の留意点
    evaluation: str = ""  # 評価 ("" for none: not every step is assessed)


FIGURES = Step(
    N_("Read the police figures on the slide and see what is happening to children."),
    N_("Looking at this figure, what do you notice?"),
    (N_("“More than I thought.”"), N_("“Some of them are my age.”")),
    (
        N_("Say the figures as they are, without exaggerating them."),
        N_("Never suggest that the children harmed were to blame."),
    ),
)

STEPS: dict[str, Step] = {
    SlideKind.TITLE: Step(
        N_("Learn what today's lesson is about."),
        N_("Have you ever felt worried or uneasy while using social media?"),
        (N_("“A stranger followed me.”"), N_("“Not really.”")),
        (N_("Do not ask anyone to talk about their own experiences in front of the class."),),
    ),
    SlideKind.FIGURE: FIGURES,
    SlideKind.CHART: FIGURES,
    SlideKind.ACTIVITY: Step(
        N_("In pairs, find what a made-up profile gives away about its owner."),
        N_("What can you tell about this person from the profile?"),
        (
            N_("“The school’s name.”"),
            N_("“Where they live, from the uniform or the station.”"),
        ),
        (
            N_("The profiles are made up; never use a real person's account as an example."),
            N_("Let pairs find the details before showing them."),
        ),
        N_("Notices how details in posts can show who and where someone is (remarks, worksheet)."),
    ),
    "guidance-x": Step(
        N_("Learn the settings on X that keep strangers away."),
        N_("Who can see your posts and send you messages?"),
        (N_("“Anyone, I think.”"), N_("“I didn't know there was a setting.”")),
        (N_("The settings' names are as checked on the date given; apps change them."),),
        N_("Can name a setting that suits the way they use the app."),
    ),
    "guidance-instagram": Step(
        N_("Learn the settings on Instagram that keep strangers away."),
        N_("Who can see your posts and send you messages?"),
        (N_("“My account is private.”"), N_("“I didn't know there was a setting.”")),
        (N_("The settings' names are as checked on the date given; apps change them."),),
        N_("Can name a setting that suits the way they use the app."),
    ),
    "warning-signs": Step(
        N_("Learn the warning signs in messages from someone met online."),
        N_("What would you do if you got a message like this?"),
        (N_("“Ignore it.”"), N_("“Block them.”"), N_("“Tell an adult.”")),
        (N_("Teach the signs to notice, rather than fear of everyone online."),),
        N_("Can explain the warning signs in their own words."),
    ),
    "if-it-happens": Step(
        N_("Learn what to do, and whom to tell, if something goes wrong."),
        N_("If something worrying happened, who would you talk to?"),
        (N_("“My parents.”"), N_("“A teacher.”"), N_("“A friend.”")),
        (
            N_("Say clearly that it is never the child's fault, and that telling is right."),
            N_("Show the help lines and the school's contacts."),
        ),
        N_("Can name people and help lines to talk to."),
    ),
    "at-home": Step(
        N_("Think about rules at home, and how to respond when a child tells you something."),
        N_("How would you respond if your child told you about a worrying message?"),
        (N_("“I would be angry at first.”"), N_("“I would listen to the end.”")),
        (N_("Stress listening calmly and not taking the phone away as a punishment."),),
        N_("Can describe how to respond calmly to a child who tells them."),
    ),
    SlideKind.LIST: Step(
        N_("Learn how to keep safe on social media."),
        N_("What could you do yourself?"),
        (N_("“Keep my account private.”"), N_("“Not reply to strangers.”")),
        (N_("Link what is said to the pupils' own use of apps."),),
    ),
    SlideKind.QUIZ: Step(
        N_("Look back on the lesson with a quiz (a show of hands)."),
        "",
        (N_("Pupils answer by raising their hands."),),
        (N_("With each answer, show the figure it comes from and its source."),),
        N_("Can explain what they learned in their own words."),
    ),
    SlideKind.CLOSING: Step(
        N_("Sum up the lesson and note the help lines."),
        N_("What will you be careful about from today?"),
        (N_("“Not replying to strangers' DMs.”"), N_("“Checking my settings.”")),
        (N_("Show the help lines and the school's contacts, and say when they are open."),),
        N_("Thinks about what they can do to use social media safely."),
    ),
    SlideKind.SCHOOL: Step(
        N_("Check the school's own rules."),
        "",
        (),
        (N_("The school's own slide, in the words the teacher wrote."),),
    ),
}

# the adults' room: parents and teachers, not pupils
ADULTS_STEPS: dict[str, Step] = {
    SlideKind.QUIZ: Step(
        N_("Look back on the session with a quiz (a show of hands)."),
        "",
        (N_("Participants answer by raising their hands."),),
        (N_("With each answer, show the figure it comes from and its source."),),
        N_("Can explain what children face on social media."),
    ),
    SlideKind.CLOSING: Step(
        N_("Sum up the session and note the help lines."),
        N_("What will you talk about with your children at home?"),
        (N_("“Who they talk to online.”"), N_("“Their privacy settings.”")),
        (N_("Show the help lines and the school's contacts, and say when they are open."),),
        N_("Thinks about how to talk with children about social media."),
    ),
}


def step_for(kind: SlideKind, slide_id: str, audience: Audience) -> Step:
    if audience == Audience.ADULTS and kind in ADULTS_STEPS:
        return ADULTS_STEPS[kind]
    return STEPS.get(slide_id) or STEPS[kind]


AIMS: dict[Audience, tuple[str, ...]] = {
    Audience.ELEMENTARY: (
        N_(
            "Pupils understand that children of their age are harmed by people they met on "
            "social media, and can keep their own details to themselves."
        ),
        N_("Pupils can tell an adult they trust when something online worries them."),
    ),
    Audience.JUNIOR_HIGH: (
        N_(
            "Students understand the dangers of sharing personal information on social media, "
            "and can choose settings and replies that protect them."
        ),
        N_("Students can recognise warning signs and ask for help when something goes wrong."),
    ),
    Audience.HIGH_SCHOOL: (
        N_(
            "Students understand the dangers of sharing personal information on social media, "
            "and can choose settings and replies that protect them."
        ),
        N_(
            "Students can recognise warning signs, ask for help, and support a friend who is "
            "in trouble."
        ),
    ),
    Audience.ADULTS: (
        N_(
            "Participants understand from the police figures how children are harmed through "
            "social media."
        ),
        N_(
            "Participants can talk with children about safe use and respond calmly when a "
            "child tells them something."
        ),
    ),
}

PREPARE_ALWAYS = (
    N_("A projector and a computer with SNS Safety Classroom (or the exported lesson)"),
    N_("The handout, printed for each pupil"),
)
PREPARE_ACTIVITY = N_("The made-up profiles (on screen, or the worksheet for each pair)")
PREPARE_CONTACTS = N_("The school's contacts and the help lines, checked beforehand")

# 配慮事項: (the situation, what to do)
CONSIDERATIONS = (
    (
        N_("A pupil who discloses"),
        N_(
            "Listen calmly to the end, in private; do not question them in detail or promise to "
            "keep it secret. Say it is not their fault, and pass it on at once to the "
            "school's leaders and, where needed, the police or the child guidance centre."
        ),
    ),
    (
        N_("A pupil who is upset"),
        N_(
            "Let them step out with another adult, and talk with them after the lesson. Tell the "
            "class beforehand that they may look away and ask for help at any time."
        ),
    ),
    (
        N_("Pupils without phones"),
        N_(
            "Do not ask who has a phone or an account. Speak of “when you use social media” "
            "(now or later), and let pupils work in pairs on the made-up profiles."
        ),
    ),
)

FAQ = (
    (
        N_("Where do the figures come from?"),
        N_(
            "From the National Police Agency's yearly report, as listed in the sources; a figure "
            "marked * is computed from the reported ones."
        ),
    ),
    (
        N_("Should I name the crimes to young pupils?"),
        N_(
            "No. The pupils' slides say what happened in plain words; the official terms are "
            "in the glossary for the teacher."
        ),
    ),
    (
        N_("Can I change the slides?"),
        N_(
            "Yes: in the slide list, tick, untick and reorder slides, set the lesson's length, "
            "and add the school's own slides; save it as a lesson plan to share."
        ),
    ),
)


@dataclass(frozen=True)
class Term:
    """A term of the glossary (`/work/shared/GLOSSARY.md`): its English and Japanese, what it
    means, and the slides that use it (none: every lesson)."""

    en: str
    ja: str
    meaning: str
    slides: tuple[str, ...] = ()


TERMS = (
    Term("National Police Agency (NPA)", "警察庁", N_("Publishes the figures each year.")),
    Term(
        "children victimised in crimes arising from social media",
        "SNSに起因する事犯の被害児童",
        N_("The police's term for the children the lesson's figures count."),
    ),
    Term(
        "serious crimes",
        "重要犯罪等",
        N_("The gravest offences, such as abduction and non-consensual intercourse."),
        ("serious", "offences"),
    ),
    Term(
        "the child made the first contact",
        "被害児童から最初に接触（投稿）した",
        N_("The case began with the child's own post or reply; it is never the child's fault."),
        ("first-contact",),
    ),
    Term(
        "reported / derived",
        "公表値 / 算出値",
        N_("A figure as the police published it, or one computed from those (marked *)."),
    ),
    Term(
        "private account",
        "非公開アカウント",
        N_("Only approved followers see the posts."),
        ("guidance-x", "guidance-instagram"),
    ),
    Term(
        "direct message",
        "ダイレクトメッセージ（DM）",
        N_("A private message between accounts."),
        ("guidance-x", "guidance-instagram", "warning-signs"),
    ),
    Term(
        "mute / block / report",
        "ミュート / ブロック / 報告",
        N_("Ways to stop seeing, stop contact from, or tell the app about an account."),
        ("guidance-x", "guidance-instagram", "if-it-happens"),
    ),
    Term("help lines", "相談窓口", N_("Where children and parents can ask for help.")),
)
