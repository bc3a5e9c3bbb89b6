"""The default lesson: 18 slides, worded for each audience. No Qt here.

Adults see all 18; junior high and high school 16 (not `wider-picture` or `at-home`);
elementary pupils 15 (not `offences` either).

Numbers are never typed into the wording: each `{name}` is a `Value` from the data set, and
`{name_year}` is that figure's year. `{year}` is always available (the data set's year). Elementary
wording is frank but never explicit (see GLOSSARY.md); the default notes are read for elementary
lessons too, so they follow the same rule. Translator notes start with `# NOTE:`.

The activity (`overshare`) and the quiz have no bullets: their content is in `overshare.py` and
`quiz.py`, shown by their own widgets. The guidance slides name the `sources` of their platform
facts, which the slide lists with the date the facts were checked.
"""

from __future__ import annotations

from ..i18n import N_
from .lesson import (
    ALL_AUDIENCES,
    ELEMENTARY_OWN,
    At,
    Audience,
    Lesson,
    Slide,
    SlideKind,
    Style,
    T,
    Value,
)

ADULTS_ONLY = frozenset({Audience.ADULTS})
NOT_ELEMENTARY = frozenset({Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL, Audience.ADULTS})

# The wording both variants of `offences` share.
OFFENCES_BODY = T(N_("The offences against the {total} victims, as the police counted them:"))

# The wording both variants of `first-contact` share.
FIRST_CONTACT_BODY = T(
    # NOTE: {share} is written with its bound, e.g. "more than 70%".
    N_(
        "In {share} of cases, the child made the first contact — for example, by sharing "
        "a profile or interests."
    ),
    # NOTE: for elementary pupils, {share} is written in people, e.g. "more than 7 in 10".
    elementary=N_(
        "In {share} cases, it started with something the child posted — like a "
        "profile or the things they like."
    ),
)
FIRST_CONTACT_BULLETS = (
    T(
        # NOTE: {met} is written with its bound, e.g. "nearly 60%".
        N_("X or Instagram is where {met} of victims met the offender"),
        elementary="",  # their own places differ: the next slide, or virtual-spaces
    ),
    T(
        N_("Elementary pupils too: {elementary_first} of {elementary} posted first"),
        elementary=N_("Children your age too: {elementary_first} of {elementary} posted first"),
        junior_high="",
        high_school="",
    ),
    T(
        N_("Posting is not wrong: the person who did it is to blame"),
        elementary=N_("Posting is not wrong. The person who tricks a child is doing wrong."),
    ),
    T(
        N_("But anything in a profile can be used to start a conversation"),
        elementary=N_(
            "But anything you share can help someone you only know online start talking to you"
        ),
    ),
)

SLIDES: tuple[Slide, ...] = (
    # 1 -----------------------------------------------------------------------------------------
    Slide(
        id="title",
        kind=SlideKind.TITLE,
        title=T(N_("Staying safe on social media")),
        notes=T(
            # NOTE: the presenter's guide to responding when a child tells them something.
            N_(
                "This is a sensitive topic. Some pupils in the room may have been affected, or may "
                "know someone who has. Keep the tone calm and factual, and tell the class they can "
                "talk to you or another adult afterwards. If a child tells you something: listen "
                "calmly, believe them, and don't blame them. Don't promise to keep it secret; "
                "say who you will tell, and why. Don't delete messages or ask the child to; don't "
                "look for or copy photos yourself. Follow the school's safeguarding procedure and "
                "tell the designated staff member the same day. The help lines are on the last "
                "slide."
            ),
            adults=N_(
                "This is a sensitive topic. Some people in the room may have been affected, or may "
                "have a child who has. If a child tells you something: listen calmly, believe "
                "them, and don't blame them. Don't promise to keep it secret; say who you will "
                "tell, and why. Don't delete the messages, and don't copy or forward images of the "
                "child, even as evidence. Follow your school's safeguarding procedure and tell the "
                "designated staff member the same day. The help lines are on the closing slide."
            ),
        ),
        audiences=ALL_AUDIENCES,
    ),
    # 2 -----------------------------------------------------------------------------------------
    Slide(
        id="headline",
        kind=SlideKind.FIGURE,
        title=T(
            N_("Children harmed through social media in {year}"),
            elementary=N_("Children hurt by people they met on social media in {year}"),
        ),
        headline=Value("victims", key="victims"),
        values=(
            Value("change", key="victims-change", style=Style.CHANGE_WORDS),
            Value("previous", key="victims", at=At.PREVIOUS),
            Value("streak", key="victims", style=Style.STREAK),
        ),
        body=T(
            # NOTE: {change} is e.g. "up 5.4% on the year before"; {previous} the count then.
            N_(
                "children were victims of crimes that began on social media in {year}: "
                "{change} ({previous})."
            ),
            elementary=N_(
                "children were hurt in {year} by people they first met on social media. "
                "The year before, it was {previous}."
            ),
        ),
        notes=T(
            # NOTE: {streak} is e.g. "down for five years in a row" or "the first rise in six
            # years".
            N_(
                "The National Police Agency counts children under eighteen who were victims of "
                "crimes "
                "that arose from social media. The total is {change}: {streak}."
            ),
        ),
    ),
    # 3 -----------------------------------------------------------------------------------------
    Slide(
        id="trend",
        kind=SlideKind.CHART,
        chart="trend",
        title=T(
            # NOTE: {times} is e.g. "nearly six times".
            N_("Since {first_year}: elementary pupils {times} as many"),
            elementary=N_("Since {first_year}: {times} as many younger children"),
        ),
        values=(
            Value("first", key="victims-elementary", at=At.FIRST),
            Value("last", key="victims-elementary"),
            Value("times", key="victims-elementary-growth", style=Style.TIMES_WORDS),
            Value("record", key="victims-elementary", style=Style.EXTREME, optional=True),
        ),
        body=T(
            N_(
                "Elementary pupils: {first} in {first_year}, {last} in {last_year} — "
                "{times} as many."
            ),
            elementary=N_("Children of your age: {first} in {first_year}, {last} in {last_year}."),
        ),
        bullets=(
            # NOTE: {record} is e.g. "the most since records began in 2008".
            T(
                N_("Elementary pupils in {last_year}: {record}"),
                elementary=N_("{last_year}: {record}"),
            ),
        ),
        notes=T(
            N_(
                "The total has gone up and down since {first_year}; the number of elementary "
                "pupils is {times} what it was then ({first} → {last}). Ask: why might younger "
                "children be more at risk now than before? About two minutes."
            ),
        ),
    ),
    # 4 -----------------------------------------------------------------------------------------
    Slide(
        id="school-level",
        kind=SlideKind.CHART,
        chart="school-level",
        title=T(
            N_("Who the victims were, by school level"),
            elementary=N_("Who were the children who were hurt?"),
        ),
        values=(
            Value("total", key="victims"),
            Value("junior_high", key="victims-junior-high"),
            Value("junior_high_share", key="victims-junior-high-share"),
            Value("high_school", key="victims-high-school"),
            Value("high_school_share", key="victims-high-school-share"),
            Value("elementary", key="victims-elementary"),
            Value("elementary_share", key="victims-elementary-share"),
            Value("other", key="victims-other-level"),
            Value("other_share", key="victims-other-level-share"),
        ),
        body=T(
            N_(
                "Junior high school students: {junior_high} ({junior_high_share}). "
                "High school students: {high_school} ({high_school_share}). "
                "Elementary school pupils: {elementary} ({elementary_share})."
            ),
            elementary=N_(
                "Most were in junior high or high school. But {elementary} were elementary "
                "school children — some of them the same age as you."
            ),
            junior_high=N_(
                "Junior high school students: {junior_high} of {total} ({junior_high_share}) — "
                "students of your age."
            ),
        ),
        notes=T(
            N_(
                "Junior high and high school students make up most of the victims, but no age "
                "group is safe: {elementary} victims were in elementary school. The chart also "
                "shows a small group ({other}) who were not in school, or whose school level is "
                "not known; that number is worked out from the others. Ask: why might so many "
                "of them be in junior high? (New phones, new apps, new friends online.) About "
                "two minutes."
            ),
            elementary=N_(
                "Keep this short. The message is that this does not only happen to older "
                "pupils: {elementary} of the children were in elementary school, and most of "
                "those were among the oldest. Ask: which apps and games do children your age use "
                "to talk to people? About two minutes."
            ),
            adults=N_(
                "Junior high ({junior_high_share}) and high school students "
                "({high_school_share}) each make up a large share of the {total} victims; "
                "elementary pupils are {elementary_share}. The group 'other' ({other}, "
                "{other_share}) — not in school, or school level unknown — is derived: the total "
                "minus the three school levels. Ask: at what age did the children you know get "
                "their first phone? About two minutes."
            ),
        ),
        unpublished=T(
            N_(
                "The figures for {year}, as reported, give no count by school level apart from "
                "elementary pupils, so the slide on school levels is left out."
            )
        ),
    ),
    # 5 -----------------------------------------------------------------------------------------
    Slide(
        id="serious",
        kind=SlideKind.CHART,
        chart="serious",
        title=T(
            # NOTE: {record} is e.g. "a record".
            N_("Serious crimes in {year}: {record}"),
            elementary=N_("Children who were seriously harmed in {year}"),
        ),
        values=(
            Value("serious", key="serious"),
            Value("record", key="serious", style=Style.EXTREME),
            Value("share", key="serious-share"),
            Value("change", key="serious-change", style=Style.CHANGE_WORDS),
            Value("previous", key="serious", at=At.PREVIOUS),
            Value("intercourse", key="serious-intercourse"),
            Value("abduction", key="serious-abduction"),
            Value("other", key="serious-other"),
            Value("intercourse_share", key="serious-intercourse-share"),
            Value("abduction_share", key="serious-abduction-share"),
        ),
        requires=("serious-other-share",),
        body=T(
            # NOTE: "serious crimes" is the NPA's category 重要犯罪等.
            N_(
                "{serious} children ({share} of all victims) were victims of serious crimes — "
                "{record}, {change} ({previous})."
            ),
            elementary=N_(
                "{serious} children were victims of very serious crimes, such as being taken "
                "away by someone they met online."
            ),
        ),
        bullets=(
            T(N_("Non-consensual sexual intercourse: {intercourse}"), elementary=""),
            # NOTE: abduction = 略取誘拐 (taking a child away by force or by deceit).
            T(N_("Abduction: {abduction}"), elementary=""),
            T(N_("Other serious crimes: {other}"), elementary=""),
        ),
        notes=T(
            N_(
                "Serious crimes (重要犯罪等) are a category the police count; it includes "
                "abduction and non-consensual sexual intercourse. In {year} there were "
                "{serious} victims, {record}; the year before, {previous}. They include "
                "children taken away by an adult ({abduction}). Keep to the facts on the slide "
                "and don't go into the details of cases. Remind the class that the child is "
                "never to blame. About two minutes."
            ),
            elementary=N_(
                "Keep this short and calm. Some crimes against children are very serious, such "
                "as an adult taking a child away. In {year} there were {serious} such children; "
                "the year before, {previous}. Don't go into the details of cases. Remind the "
                "class that the child is never to blame. About two minutes."
            ),
            high_school=N_(
                "Serious crimes (a police category): {serious}, {record}; {change} "
                "({previous}). Non-consensual sexual intercourse ({intercourse}, "
                "{intercourse_share}) and abduction ({abduction}, {abduction_share}) made up "
                "most of them. Keep to the facts on the slide; some students may be affected. "
                "Remind the class that the victim is never to blame. About two minutes."
            ),
            adults=N_(
                "Serious crimes (重要犯罪等 in the NPA's statistics): {serious}, {share} of all "
                "victims, {record}; {change} ({previous}): non-consensual sexual intercourse "
                "{intercourse}, abduction {abduction}, other {other} (derived: the total minus "
                "the two). The legal categories changed when non-consensual sexual intercourse "
                "replaced the former offence of forcible sexual intercourse, so offence-level "
                "counts are not strictly comparable across years; the totals are. About two "
                "minutes."
            ),
        ),
        unpublished=T(
            N_(
                "The figures for {year}, as reported, give no total of serious crimes, so the "
                "slide on serious crimes is left out."
            )
        ),
    ),
    # 6 -----------------------------------------------------------------------------------------
    # Two variants: the offences a release reports for all victims differ from year to year.
    Slide(
        id="offences",
        kind=SlideKind.CHART,
        chart="offences",
        title=T(N_("What the crimes were")),
        values=(
            Value("total", key="victims"),
            Value("pornography", key="offence-pornography"),
            Value("pornography_share", key="offence-pornography-share"),
            Value("ordinance", key="offence-ordinance"),
            Value("ordinance_share", key="offence-ordinance-share"),
            Value("prostitution", key="offence-prostitution"),
            Value("prostitution_share", key="offence-prostitution-share"),
        ),
        body=OFFENCES_BODY,
        bullets=(
            T(N_("Child pornography: {pornography} ({pornography_share})")),
            # NOTE: 青少年保護育成条例違反 — the prefectures' ordinances that protect under-18s.
            T(N_("Youth-protection ordinance violations: {ordinance} ({ordinance_share})")),
            T(N_("Child prostitution: {prostitution} ({prostitution_share})")),
        ),
        notes=T(
            N_(
                "Child pornography means sexual images of a child, for example ones a child was "
                "pressured or tricked into sending: in these statistics the child is the victim, "
                "not an offender. Youth-protection ordinance violations break the prefectures' "
                "rules "
                "that protect minors, for example sexual acts with them. Child prostitution "
                "means offering money or something else in return for sexual acts. Other "
                "offences make up the rest. Ask: why might someone send a photo they didn't want "
                "to send? (Flattery, pressure, threats.) About two minutes."
            ),
            adults=N_(
                "Of the {total} victims: child pornography {pornography} ({pornography_share}), "
                "youth-protection ordinance violations {ordinance} ({ordinance_share}), child "
                "prostitution {prostitution} ({prostitution_share}); other offences make up the "
                "rest. Offenders often threaten to share an image to get more. About two "
                "minutes."
            ),
        ),
        audiences=NOT_ELEMENTARY,
        unpublished=T(
            N_(
                "The figures for {year}, as reported, give no breakdown of all victims by "
                "offence, so the slide on offences is left out; the offences against elementary "
                "pupils are on the next slide."
            )
        ),
    ),
    Slide(
        id="offences",
        kind=SlideKind.CHART,
        chart="offences",
        title=T(N_("What the crimes were")),
        values=(
            Value("total", key="victims"),
            Value("pornography", key="offence-pornography"),
            Value("pornography_share", key="offence-pornography-share"),
            Value("intercourse", key="offence-intercourse"),
            Value("intercourse_share", key="offence-intercourse-share"),
            Value("indecency", key="offence-indecency"),
            Value("indecency_share", key="offence-indecency-share"),
        ),
        body=OFFENCES_BODY,
        bullets=(
            T(N_("Child pornography: {pornography} ({pornography_share})")),
            T(N_("Non-consensual sexual intercourse: {intercourse} ({intercourse_share})")),
            # NOTE: 不同意わいせつ.
            T(N_("Non-consensual indecency: {indecency} ({indecency_share})")),
        ),
        notes=T(
            N_(
                "Child pornography means sexual images of a child, for example ones a child was "
                "pressured or tricked into sending: in these statistics the child is the victim, "
                "not an offender. Non-consensual sexual intercourse and non-consensual indecency "
                "are "
                "sexual acts without consent. Other offences make up the rest. Ask: why might "
                "someone send a photo they didn't want to send? (Flattery, pressure, threats.) "
                "About two minutes."
            ),
            adults=N_(
                "Of the {total} victims: child pornography {pornography} ({pornography_share}), "
                "non-consensual sexual intercourse {intercourse} ({intercourse_share}), "
                "non-consensual indecency {indecency} ({indecency_share}); other offences make "
                "up the rest. The shares are derived: each count divided by all victims. "
                "Offenders often threaten to share an image to get more. About two minutes."
            ),
        ),
        audiences=NOT_ELEMENTARY,
    ),
    # 7 -----------------------------------------------------------------------------------------
    Slide(
        id="elementary",
        kind=SlideKind.CHART,
        chart="elementary-offences",
        title=T(
            N_("Elementary pupils: {elementary} victims"),
            elementary=N_("What happened to elementary school children"),
        ),
        values=(
            Value("elementary", key="victims-elementary"),
            Value("photos", key="elementary-pornography"),
            Value("photos_share", key="elementary-pornography-share"),
        ),
        body=T(
            N_(
                "{photos} of them ({photos_share}) were victims of child pornography, for example "
                "pressured into sending images of themselves."
            ),
            elementary=N_(
                "{elementary} elementary school children were harmed. {photos} of them were "
                "pressured into sending photos of themselves."
            ),
        ),
        bullets=(
            T(
                N_("Many were tricked: the person seemed kind, or pretended to be a child"),
                elementary=N_("Often the person seemed kind, or pretended to be a child"),
            ),
            T(
                N_("Sending an image is never the child's fault"),
                elementary=N_("It was never the children's fault"),
            ),
        ),
        notes=T(
            N_(
                "Say it plainly and calmly: many of these children were pressured or tricked "
                "into sending photos of their body. The children were not to blame; an adult who "
                "asks a child for such photos is doing something wrong, however kind they seem. "
                "Ask: if someone online asked you for a photo, who could you tell? About two "
                "minutes."
            ),
            high_school=N_(
                "Of the {elementary} elementary pupils, {photos} ({photos_share}) were victims "
                "of child pornography — pressured into sending images of themselves. Ask: many "
                "of you have younger brothers, sisters or cousins; what would you tell them? "
                "About two minutes."
            ),
            adults=N_(
                "Of the {elementary} elementary pupils: child pornography {photos} "
                "({photos_share}); the chart shows every offence the reports give for them. "
                "Most were among the oldest pupils in elementary school. With children, say "
                "'pressured into sending photos of their body' rather than the offence names. "
                "About two minutes."
            ),
        ),
    ),
    # 8 -----------------------------------------------------------------------------------------
    Slide(
        id="virtual-spaces",
        kind=SlideKind.FIGURE,
        title=T(
            N_("Games and virtual spaces"),
            elementary=N_("Games and virtual worlds"),
        ),
        headline=Value("games_elementary", key="games-meeting-place-elementary"),
        values=(
            Value("games_all", key="games-meeting-place-all"),
            # the avatar case: its year, from the data (the case stays in later editions)
            Value("case", key="avatar-case-age", at=At.LAST_KNOWN),
        ),
        body=T(
            # NOTE: follows the large figure on the slide, e.g. "18.0% | of elementary…".
            N_(
                "of elementary-school victims met the offender through an online game, compared "
                "with {games_all} of all victims."
            ),
            elementary=N_(
                "of the elementary school children who were harmed first met that person in an "
                "online game. For children of all ages it was {games_all}."
            ),
        ),
        bullets=(
            T(
                # NOTE: a case in Kyoto; the girl was in elementary school.
                N_(
                    "In {case_year}, a man was arrested, suspected of using his avatar to make a "
                    "girl send indecent images"
                ),
                elementary=N_(
                    "In {case_year}, a man was arrested, suspected of using an avatar to get a "
                    "girl's photos"
                ),
            ),
            T(
                N_("Behind a friendly avatar can be anyone — you can't see who is really there"),
                elementary=N_(
                    "A friendly avatar can be anyone — even an adult pretending to be a child"
                ),
            ),
            T(
                N_("Game chats, voice chat and gifts of game items are ways in, too"),
                elementary=N_("Tricking children like this is a crime."),
            ),
        ),
        notes=T(
            N_(
                "Elementary pupils met the offender in a game more often than victims of all "
                "ages did. The case: in {case_year}, Kyoto prefectural police arrested a man "
                "suspected of using his avatar in a virtual space to trick a girl in elementary "
                "school into "
                "sending photos of herself. Keep it short and factual. Ask: in which games can "
                "you talk to people you don't know? What would you do if someone there offered "
                "you free items? About three minutes."
            ),
            adults=N_(
                "Elementary pupils met the offender in a game more often than victims of all "
                "ages did ({games_elementary} against {games_all}). The case: in {case_year}, "
                "Kyoto prefectural police arrested a man suspected of using his avatar in a "
                "virtual space to make a girl in elementary school send indecent images of "
                "herself. Many games have text chat, voice chat, friend requests and gifts of "
                "items; check the game's parental controls and who your child can talk to. "
                "About three minutes."
            ),
        ),
    ),
    # 9 -----------------------------------------------------------------------------------------
    # Two variants: the source article's bound (2023), or the counts of a later release.
    Slide(
        id="first-contact",
        kind=SlideKind.CHART,
        chart="first-contact",
        title=T(N_("How it starts")),
        values=(
            Value("share", key="first-contact-bound"),
            Value("exact", key="first-contact"),
            Value("met", key="met-on-x-or-instagram"),
            Value("elementary_first", key="elementary-first-contact", optional=True),
            Value("elementary", key="victims-elementary"),
        ),
        body=FIRST_CONTACT_BODY,
        bullets=FIRST_CONTACT_BULLETS,
        notes=T(
            N_(
                "This is not about blaming children: sharing your interests is normal. The point "
                "is that offenders look for children who share details about themselves, and "
                "start from there, often by pretending to like the same things. 'First contact' "
                "includes a post the child wrote, such as one looking for friends. Ask: what "
                "could a stranger learn about you from your profile? This leads into the "
                "activity. About three minutes."
            ),
            adults=N_(
                "'The child made the first contact' (被害児童から最初に接触) includes a post "
                "such as one looking for friends, not only a message. The source article gives "
                "{share}; the reported share is {exact}. On X or Instagram, {met} of all victims "
                "met the offender. Stress that this is about what offenders exploit, never about "
                "blaming the child. About three minutes."
            ),
        ),
    ),
    Slide(
        id="first-contact",
        kind=SlideKind.CHART,
        chart="first-contact",
        title=T(N_("How it starts")),
        values=(
            Value("share", key="first-contact"),
            Value("count", key="first-contact-count"),
            Value("total", key="victims"),
            Value("met", key="met-on-x-or-instagram"),
            Value("elementary_first", key="elementary-first-contact", optional=True),
            Value("elementary", key="victims-elementary"),
        ),
        body=FIRST_CONTACT_BODY,
        bullets=FIRST_CONTACT_BULLETS,
        notes=T(
            N_(
                "This is not about blaming children: sharing your interests is normal. The point "
                "is that offenders look for children who share details about themselves, and "
                "start from there, often by pretending to like the same things. 'First contact' "
                "includes a post the child wrote, such as one looking for friends. Ask: what "
                "could a stranger learn about you from your profile? This leads into the "
                "activity. About three minutes."
            ),
            adults=N_(
                "'The child made the first contact' (被害児童から最初に接触) includes a post "
                "such as one looking for friends, not only a message: {count} of the {total} "
                "victims, {share} (derived from the counts). On X or Instagram, {met} of all "
                "victims met the offender. Stress that this is about what offenders exploit, "
                "never about blaming the child. About three minutes."
            ),
        ),
    ),
    # 9a ----------------------------------------------------------------------------------------
    Slide(
        id="where-met",
        kind=SlideKind.CHART,
        chart="where-met",
        title=T(
            N_("Where children met the offender"),
            elementary=N_("Where children first met that person"),
        ),
        values=(
            Value("total", key="victims"),
            Value("instagram", key="met-instagram"),
            Value("x", key="met-x"),
            Value("tiktok", key="met-tiktok"),
            Value("games", key="met-games"),
            Value("met", key="met-on-x-or-instagram"),
            Value("elementary", key="victims-elementary"),
            Value("e_instagram", key="elementary-met-instagram"),
            Value("e_tiktok", key="elementary-met-tiktok"),
            Value("e_games", key="elementary-met-games"),
            Value("e_line", key="elementary-met-line"),
        ),
        body=T(
            N_(
                "Instagram ({instagram}) and X ({x}) are the two sites where the most victims "
                "met the offender. Also: TikTok ({tiktok}) and online games ({games})."
            ),
            elementary=N_(
                "Children your age first met that person on Instagram ({e_instagram}), TikTok "
                "({e_tiktok}), in online games ({e_games}) and on LINE ({e_line})."
            ),
        ),
        bullets=(
            T(
                N_("That is why the next slides are about X and Instagram"),
                elementary=N_("Games and chat apps are places to be careful, too"),
            ),
        ),
        notes=T(
            N_(
                "Where the victims of {year} first met the offender: Instagram {instagram}, X "
                "{x}, TikTok {tiktok}, online games {games}, of {total} victims in all. "
                "Instagram and X together: {met} (derived). The guidance that follows is about "
                "these two. About two minutes."
            ),
            elementary=N_(
                "For elementary pupils the places are different: Instagram {e_instagram}, "
                "TikTok {e_tiktok}, online games {e_games}, LINE {e_line}, of {elementary} "
                "children. Ask: which of these apps do children your age use? About two minutes."
            ),
        ),
        unpublished=T(
            N_(
                "The figures for {year}, as reported, give no count of the sites where victims "
                "met the offender, only the share on X or Instagram (on the slide before)."
            )
        ),
    ),
    # 9b ----------------------------------------------------------------------------------------
    Slide(
        id="deepfakes",
        kind=SlideKind.FIGURE,
        title=T(N_("Deepfakes: fake sexual images of real children")),
        headline=Value("deepfakes", key="deepfakes"),
        values=(
            Value("schoolmates", key="deepfakes-schoolmates"),
            Value("schoolmates_share", key="deepfakes-schoolmates-share"),
        ),
        body=T(
            # NOTE: follows the large number on the slide, e.g. "114 | cases of …".
            N_(
                "cases of sexual deepfakes of children in {year}. In {schoolmates} of them "
                "({schoolmates_share}), the maker was a classmate or a pupil of the same school."
            ),
        ),
        bullets=(
            T(N_("An ordinary face photo is enough to make one: think before posting your face")),
            T(N_("A school uniform tells people which school you go to")),
            T(
                N_("Never make or pass on such an image, even as a joke: it hurts a real person"),
                adults=N_("If it happens: keep the evidence, report it to the platform and police"),
            ),
        ),
        notes=T(
            N_(
                "A sexual deepfake is a fake sexual image made from an ordinary photo of a real "
                "person, often of their face. In {year} the police counted {deepfakes} cases "
                "involving children; in {schoolmates} ({schoolmates_share}, derived) the maker "
                "was a classmate or a pupil of the same school. Tie it to what not to share in "
                "public: clear photos of your face, and your school uniform. Keep it factual; "
                "some pupils may be affected. About two minutes."
            ),
        ),
        audiences=NOT_ELEMENTARY,
        unpublished=T(
            N_(
                "The figures for {year}, as reported, give no count of sexual deepfakes of "
                "children, so that slide is left out."
            )
        ),
    ),
    # 10 ----------------------------------------------------------------------------------------
    # Two variants: with the offences the source article reports (2023), or the total alone.
    Slide(
        id="wider-picture",
        kind=SlideKind.CHART,
        chart="wider-picture",
        requires=("abuse-cases-increase",),
        title=T(N_("The wider picture: all child sexual-abuse cases")),
        values=(
            Value("cases", key="abuse-cases"),
            Value("cases_before", key="abuse-cases", at=At.PREVIOUS),
            Value("intercourse", key="intercourse-cases"),
            Value("intercourse_change", key="intercourse-cases-change", style=Style.CHANGE_WORDS),
            Value(
                "intercourse_before",
                key="intercourse-cases",
                at=At.PREVIOUS,
                style=Style.ABOUT_NUMBER,
            ),
            Value("other", key="other-sex-offence-cases"),
            Value("other_change", key="other-sex-offence-cases-change", style=Style.CHANGE_WORDS),
            Value(
                "other_before",
                key="other-sex-offence-cases",
                at=At.PREVIOUS,
                style=Style.ABOUT_NUMBER,
            ),
        ),
        body=T(
            # NOTE: 子供の性被害の事件（摘発件数）: cases involving victims under 18.
            N_(
                "{cases} cases in {year}, with or without social media; the year before, "
                "{cases_before}."
            ),
        ),
        bullets=(
            T(
                # NOTE: {intercourse_before} is derived and written as "about 474".
                N_(
                    "Non-consensual sexual intercourse: {intercourse} cases, {intercourse_change} "
                    "(from {intercourse_before})"
                )
            ),
            T(
                N_(
                    "Other sex-related offences: {other} cases, {other_change} "
                    "(from {other_before})"
                )
            ),
            T(
                N_(
                    "Figures for {intercourse_before_year} marked 'about' are derived from the "
                    "reported change"
                )
            ),
        ),
        notes=T(
            N_(
                "These are all cases of sexual abuse of children that the police cleared in "
                "{year}, not only those that began on social media: {cases}; the year before, "
                "{cases_before}. Non-consensual sexual intercourse: {intercourse} cases "
                "({intercourse_change}); other sex-related offences: {other} ({other_change}). "
                "The previous year's counts for these two are not reported in our sources; they "
                "are worked out from the reported change and shown as 'about'. The legal "
                "categories changed that year, so compare with the year before with care. Ask: "
                "what does this mean for how we talk to children? About two minutes."
            ),
        ),
        audiences=ADULTS_ONLY,
        unpublished=T(
            N_(
                "The figures for {year}, as reported, give no total of child sexual-abuse cases, "
                "so the slide on the wider picture is left out."
            )
        ),
    ),
    Slide(
        id="wider-picture",
        kind=SlideKind.CHART,
        chart="wider-picture",
        requires=("abuse-cases-increase",),
        title=T(N_("The wider picture: all child sexual-abuse cases")),
        values=(
            Value("cases", key="abuse-cases"),
            Value("cases_before", key="abuse-cases", at=At.PREVIOUS),
        ),
        body=T(
            N_(
                "{cases} cases in {year}, with or without social media; the year before, "
                "{cases_before}."
            ),
        ),
        notes=T(
            N_(
                "These are all cases of sexual abuse of children that the police cleared in "
                "{year}, not only those that began on social media: {cases}; the year before, "
                "{cases_before}. Ask: what does this mean for how we talk to children? About two "
                "minutes."
            ),
        ),
        audiences=ADULTS_ONLY,
    ),
    # 11 ----------------------------------------------------------------------------------------
    Slide(
        id="overshare",
        kind=SlideKind.ACTIVITY,
        title=T(
            # NOTE: an activity: the class looks for details that give too much away.
            N_("Activity: spot the overshare"),
            elementary=N_("Activity: what gives too much away?"),
        ),
        body=T(
            N_("These two profiles are made up. What could a stranger learn from them?"),
            elementary=N_(
                "These two profiles are made up. What could a stranger learn about these children?"
            ),
        ),
        # The profiles and their details are in overshare.py; the slide shows them in place of
        # bullets, and the presenter reveals the details one at a time.
        notes=T(
            N_(
                "Both profiles are made up; they are not anyone's real account. Give pairs a "
                "minute to spot everything on the first profile that gives too much away. Then "
                "press → (or click a detail) to reveal one at a time, and ask the class why it "
                "matters before you read the explanation. After the last detail, → shows the "
                "second profile; R starts again. None of the details is wrong on its own; "
                "together they tell a stranger who you are, where to find you and when. Finish "
                "by asking: what could you change in your own profile today? About eight minutes."
            ),
            adults=N_(
                "Both profiles are made up. Ask the audience to spot what gives too much away, "
                "then press → (or click a detail) to reveal one at a time; after the last detail, "
                "→ shows the second profile, and R starts again. Offenders piece these details "
                "together: school and uniform tell them where, the routine tells them when, and "
                "'looking for friends' or 'DM me' gives them a reason to start a private chat. "
                "Suggest doing this with your own child's profile, together and without blame. "
                "About five minutes."
            ),
        ),
    ),
    # 12 ----------------------------------------------------------------------------------------
    Slide(
        id="guidance-x",
        kind=SlideKind.LIST,
        title=T(
            N_("On X: settings that protect you"),
            elementary=N_("When you are older: X"),
            adults=N_("On X: settings that protect children"),
        ),
        body=T(
            # NOTE: use X's own Japanese menu names (ポストを非公開にする etc.).
            N_(
                "At the time of writing, 'Protect your posts' is under Settings and privacy > "
                "Privacy and safety > Audience and tagging."
            ),
            elementary=N_(
                "X is only for people aged thirteen or older. When you are older, and in any app:"
            ),
        ),
        # Each setting is stated by what it does, so the advice survives a renamed menu.
        bullets=(
            T(
                N_(
                    "Protect your posts: only followers you approve see them; on by default for "
                    "users under eighteen"
                ),
                elementary=N_("Keep your posts for people you know in real life"),
                adults=N_(
                    "Protect posts: only approved followers see them — on by default under eighteen"
                ),
            ),
            T(
                N_("Message requests from no one: a stranger can't start a private chat with you"),
                elementary="",
                adults=N_("Message requests from no one, so strangers can't start a private chat"),
            ),
            T(
                N_("Precise location stays off unless you turn it on: keep it off"),
                elementary=N_("Keep your location off: it shows where you are"),
                adults=N_("Precise location on posts is off unless turned on: keep it off"),
            ),
            T(
                N_("Limit photo tagging, or turn it off, so strangers can't tag you"),
                elementary="",
                adults=N_("Photo tagging can be limited or turned off"),
            ),
            T(
                N_("Keep your school, age, birthday and daily routine out of your bio"),
                elementary=N_("Don't put your school, your age or your birthday in your profile"),
                adults=N_("No school, age, birthday or daily routine in the bio"),
            ),
            T(
                N_("Mute, block and report anyone who makes you uncomfortable"),
                elementary=N_("Block and report anyone who makes you uneasy, and tell an adult"),
                adults=N_("Mute, block and report: show your child how, and that it is fine to"),
            ),
        ),
        sources=("x-age", "x-minors"),
        notes=T(
            N_(
                "The platform facts on this slide were checked on the date shown on the slide. "
                "Menu names change often, so describe each setting by what it does; if a menu "
                "looks different, search the settings for it. X requires users to be thirteen or "
                "older, and the posts of users aged thirteen to seventeen are protected by "
                "default: ask the class to keep it that way. X has renamed its direct messages "
                "'Chat'; the setting is still who can send you message requests. Ask: who has "
                "checked these "
                "settings on their own account? (Show of hands.) About three minutes."
            ),
            elementary=N_(
                "The platform facts on this slide were checked on the date shown on the slide. "
                "X is not meant for children of elementary school age. Don't shame pupils who "
                "use it anyway; tell them what to do and to ask an adult to help set it up. "
                "About two minutes."
            ),
            adults=N_(
                "The platform facts on this slide were checked on the date shown on the slide. "
                "X requires users to be thirteen or older; posts of users aged thirteen to "
                "seventeen are protected by default (eighteen- and nineteen-year-olds are adults "
                "there). Who can send message requests (X now calls its messages 'Chat') can be "
                "no one, verified users only or everyone. Precise location on posts is off unless "
                "turned "
                "on, and photo tagging can be limited or turned off. Menus change often: set "
                "these up together with your child. About three minutes."
            ),
        ),
    ),
    # 13 ----------------------------------------------------------------------------------------
    Slide(
        id="guidance-instagram",
        kind=SlideKind.LIST,
        title=T(
            N_("On Instagram: settings that protect you"),
            elementary=N_("When you are older: Instagram"),
            adults=N_("On Instagram: settings that protect children"),
        ),
        body=T(
            # NOTE: Teen Account = ティーンアカウント.
            N_(
                "Teen Accounts, for users under eighteen, start with many of these protections "
                "on. Keep them on."
            ),
            elementary=N_(
                "Instagram is only for people aged thirteen or older. When you are older, and in "
                "any app:"
            ),
        ),
        # Each setting is stated by what it does, so the advice survives a renamed menu.
        bullets=(
            T(
                N_("Private account: only followers you approve see your posts. Keep it private"),
                elementary=N_("Keep your account private"),
                adults=N_("Teen Accounts start private; under-sixteens need a parent to change it"),
            ),
            T(
                N_(
                    "Messages: Teen Accounts get them only from people you follow or are "
                    "connected to"
                ),
                elementary=N_("Only talk to people you know in real life"),
                adults=N_("Messages only from people the teen follows or is connected to"),
            ),
            T(
                # NOTE: Hidden Words = 非表示ワード; Restrict = 制限.
                N_("Hidden Words hides nasty comments; Restrict quietly limits a bully"),
                elementary="",
                adults=N_(
                    "Hidden Words filters nasty words; Restrict: their comments are seen only by "
                    "them"
                ),
            ),
            T(
                N_("Tags and mentions only from people you follow, so strangers can't pull you in"),
                elementary="",
                adults=N_("Tags and mentions only from people the teen follows"),
            ),
            T(
                # NOTE: Close Friends = 親しい友達.
                N_("Close Friends for personal posts, and keep location off"),
                elementary=N_("Don't add places to your posts: they show where you are"),
            ),
            T(
                N_("Remove followers you don't know; block and report anyone who worries you"),
                elementary=N_("Block and report anyone who makes you uneasy, and tell an adult"),
            ),
        ),
        sources=("instagram-age", "instagram-private", "instagram-teen", "meta-restrict"),
        notes=T(
            N_(
                "The platform facts on this slide were checked on the date shown on the slide. "
                "Instagram requires users to be thirteen or older. Teen Accounts (under "
                "eighteen) are private by default, accept messages only from people the teen "
                "follows or is "
                "connected to, use the strictest Hidden Words setting, and allow tags and "
                "mentions only from people they follow; under-sixteens need a parent's permission "
                "to loosen them. Restrict: the person's comments are visible only to them, their "
                "messages go to requests, and they can't see when you are online or have read "
                "their messages. Ask: which of these have you already turned on? About three "
                "minutes."
            ),
            elementary=N_(
                "The platform facts on this slide were checked on the date shown on the slide. "
                "Instagram is not meant for children of elementary school age. Don't shame "
                "pupils who use it anyway; tell them what to do and to ask an adult to help set "
                "it up. About two minutes."
            ),
            adults=N_(
                "The platform facts on this slide were checked on the date shown on the slide. "
                "Instagram requires users to be thirteen or older, and makes the accounts of "
                "under-sixteens private by default. Teen Accounts (under eighteen): private by "
                "default, messages "
                "only from people they follow or are connected to, the strictest Hidden Words "
                "and sensitive-content settings, tags and mentions only from people they follow, "
                "and a sleep mode at night; under-sixteens need a parent's permission to loosen "
                "them. At the time of writing, Instagram is placing every Teen Account in a "
                "'thirteen-plus' content setting that only a parent can loosen, and parents can "
                "choose a "
                "stricter 'Limited Content' setting; where it is available varies by country. "
                "Restrict: the person's comments are visible only to them, their messages "
                "go to requests, and they can't see activity status or read receipts. About "
                "three minutes."
            ),
        ),
    ),
    # 14 ----------------------------------------------------------------------------------------
    Slide(
        id="warning-signs",
        kind=SlideKind.LIST,
        title=T(
            N_("Warning signs"),
            elementary=N_("Warning signs: stop and tell someone"),
        ),
        body=T(
            N_("Be careful if someone you only know online:"),
            adults=N_("Be alert if someone a child only knows online:"),
        ),
        bullets=(
            T(N_("asks to move to a private chat or another app"), contexts=ELEMENTARY_OWN),
            T(
                N_("asks for photos or videos of you, even 'just for fun'"),
                elementary=N_("asks for photos of you or of your body"),
                adults=N_("asks for photos or videos of the child, even 'just for fun'"),
            ),
            T(N_("offers gifts, money or game items")),
            T(
                N_("asks you to keep it secret"),
                adults=N_("asks the child to keep it secret"),
                contexts=ELEMENTARY_OWN,
            ),
            T(
                N_("wants to meet you in person"),
                adults=N_("wants to meet in person"),
                contexts=ELEMENTARY_OWN,
            ),
            T(
                N_("asks where you live, which school you go to, or when you are alone"),
                adults=N_("asks where the child lives, which school, or when they are alone"),
            ),
        ),
        notes=T(
            N_(
                "Any one of these is a reason to stop and tell an adult you trust. People who "
                "trick children often seem kind at first, say they are the same age, share the "
                "same hobbies and build trust over weeks before asking for anything. Ask: which "
                "of these would be hardest to notice? Why? About three minutes."
            ),
            adults=N_(
                "Offenders often seem kind at first, claim to be the same age, share the "
                "child's interests and build trust over weeks before asking for images or a "
                "meeting. Signs in the child: secrecy about their phone, new gifts or game items "
                "from someone you don't know, being upset after using the phone, using it late "
                "at night. Ask about it calmly; don't take the phone away as a punishment, or "
                "the child may stop telling you. About three minutes."
            ),
        ),
    ),
    # 15 ----------------------------------------------------------------------------------------
    Slide(
        id="if-it-happens",
        kind=SlideKind.LIST,
        title=T(
            N_("If it happens"),
            elementary=N_("If something feels wrong"),
            adults=N_("If it happens: helping a child"),
        ),
        body=T(
            # NOTE: the key message of the lesson; あなたは悪くない.
            N_("It is never your fault."),
            adults=N_("It is never the child's fault."),
        ),
        bullets=(
            T(
                N_("Stop: you don't have to reply"),
                adults=N_("Stop: help the child stop replying"),
            ),
            T(
                N_("Don't send anything, even if they threaten you"),
                elementary=N_("Don't send any photos, even if they get angry"),
                adults=N_("Don't send anything more and don't pay, even under threats"),
            ),
            T(
                N_("Keep the evidence: don't delete the chat, and note the account name"),
                elementary=N_("Don't delete the chat: an adult can use it to help you"),
                adults=N_("Keep the evidence: the chat, account names and dates — don't delete"),
            ),
            T(
                N_("Tell an adult you trust: a parent, a teacher, the school counsellor"),
                adults=N_("Listen, believe the child, and tell the school"),
                contexts=ELEMENTARY_OWN,
            ),
            T(
                N_("Report the account on the app, and with an adult, to the police"),
                elementary=N_("An adult can report it to the app and to the police"),
                adults=N_("Report the account to the platform and to the police"),
            ),
            T(
                N_("Already sent something? It is not too late to get help"),
                adults="",
                contexts=ELEMENTARY_OWN,
            ),
        ),
        notes=T(
            N_(
                "Stress that it is never the child's fault, even if they sent a photo or broke a "
                "rule about using the app. People who threaten children to get more photos "
                "don't stop when they get them: telling an adult is what stops it. The help "
                "lines are on the last slide. Ask: who is an adult you could tell? (Pupils "
                "answer to themselves.) About three minutes."
            ),
            adults=N_(
                "Stay calm, listen, and believe the child; don't blame them for using the app or "
                "sending something. Don't pay or send anything to someone who threatens to share "
                "images: it rarely stops the threats. Keep the conversation and the account "
                "details, but don't forward, copy or save images of the child, even as evidence; "
                "leave that to the police. Report the account to the platform, contact the "
                "police, and at school follow the safeguarding procedure. About three minutes."
            ),
        ),
    ),
    # 16 ----------------------------------------------------------------------------------------
    Slide(
        id="quiz",
        kind=SlideKind.QUIZ,
        title=T(N_("Check-up quiz"), contexts=ELEMENTARY_OWN),
        values=(Value("met", key="met-on-x-or-instagram"),),
        # The questions, for each audience, are in quiz.py: the slide shows one at a time, with a
        # show-of-hands tally, and reveals the answer with its figure and source.
        notes=T(
            N_(
                "Read the question and take a show of hands for each answer (or let pupils "
                "guess with a partner). Count the hands with the + and − buttons, or press the "
                "answer's number and then + or −. Press → to reveal the answer, with its figure "
                "and source, and → again for the next question. Nothing is recorded, not even the "
                "counts. On X or Instagram, {met} of victims met the offender. Praise good "
                "thinking rather than right guesses. About five minutes."
            ),
            adults=N_(
                "Use the questions to check the key points, or as prompts when you run the "
                "lesson with your own class: count hands with + and −, then press → to reveal the "
                "answer with its figure and source. Nothing is recorded. On X or Instagram, {met} "
                "of victims met the offender. About three minutes."
            ),
        ),
    ),
    # 17 ----------------------------------------------------------------------------------------
    Slide(
        id="closing",
        kind=SlideKind.CLOSING,
        title=T(
            N_("You are not alone"),
            adults=N_("Help and sources"),
        ),
        body=T(
            N_(
                "If something online worries you, talk to an adult you trust or contact one of "
                "these help lines. It is never your fault."
            ),
            contexts=ELEMENTARY_OWN,
            adults=N_(
                "Help lines for children and families, and the sources of every figure in this "
                "lesson."
            ),
        ),
        notes=T(
            N_(
                "Point out the help lines and any contacts the school has added (Local contacts "
                "in the toolbar), such as the counsellor's room. Remind the class that they can "
                "talk to you or another adult at any time, not only today. Leave this slide up "
                "while pupils leave. About two minutes."
            ),
            adults=N_(
                "Point out the help lines and any local contacts the school has added (Local "
                "contacts in the toolbar). Every "
                "figure in this lesson comes from the National Police Agency's statistics for "
                "{year}, as reported by the sources listed here; derived figures say how they "
                "were worked out. About two minutes."
            ),
        ),
    ),
    # 18 ----------------------------------------------------------------------------------------
    Slide(
        id="at-home",
        kind=SlideKind.LIST,
        title=T(N_("At home: talking about it, and if a child tells you")),
        body=T(N_("Children tell adults who stay calm. Make it easy for them to come to you.")),
        bullets=(
            T(N_("Talk early and often: which apps and games, and who they talk to")),
            T(N_("If a child tells you: listen calmly, believe them, don't blame them")),
            T(N_("Don't promise to keep it secret: explain who you will tell, and why")),
            T(N_("Don't delete anything: keep the messages and account details")),
            T(N_("Teachers: follow the school's safeguarding procedure the same day")),
            T(N_("Get help: the police, and the help lines listed in this lesson")),
        ),
        notes=T(
            N_(
                "Set up apps and privacy settings together with your child, and agree family "
                "rules as a team rather than as a punishment. Talk about it before anything "
                "happens, in passing, for example when a news story comes up. If a child tells "
                "you something: stay calm, listen, believe them and say it is not their fault; "
                "don't ask leading questions or press for details. Don't promise secrecy, but "
                "say who you will tell and why. Don't delete messages or confront the offender, "
                "and don't forward or save images of the child. Teachers: tell the designated "
                "staff member the same day and follow the school's safeguarding procedure. "
                "Then get help: the police, and the help lines on the closing slide. About five "
                "minutes, with time for questions."
            ),
        ),
        audiences=ADULTS_ONLY,
    ),
)

LESSON = Lesson(id="default", title=T(N_("SNS Safety Classroom")), slides=SLIDES)
