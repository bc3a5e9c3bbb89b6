"""The lesson's figures, second part: how and where it starts — games and virtual spaces, the
first contact, where victims met the offender, sexual deepfakes — and, for adults, the wider
picture beyond social media. No Qt here; `content.py` puts the slides in order.
"""

from __future__ import annotations

from ...i18n import N_
from .lesson import (
    ADULTS_ONLY,
    NOT_ELEMENTARY,
    OFFICIAL_TERMS,
    At,
    Slide,
    SlideKind,
    Style,
    T,
    Value,
)

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
        contexts=OFFICIAL_TERMS,
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
        contexts=OFFICIAL_TERMS,
    ),
    T(
        N_("But anything in a profile can be used to start a conversation"),
        elementary=N_(
            "But anything you share can help someone you only know online start talking to you"
        ),
    ),
)

HOW_IT_STARTS: tuple[Slide, ...] = (
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
            contexts=OFFICIAL_TERMS,
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
                "is that people who trick children may look for children who share details about "
                "themselves, and start from there, for example by pretending to like the same "
                "things. 'First contact' "
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
                "is that people who trick children may look for children who share details about "
                "themselves, and start from there, for example by pretending to like the same "
                "things. 'First contact' "
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
    # 10 ----------------------------------------------------------------------------------------
    Slide(
        id="where-met",
        kind=SlideKind.CHART,
        chart="where-met",
        title=T(
            N_("Where children met the offender"),
            elementary=N_("Where children first met that person"),
            contexts=OFFICIAL_TERMS,
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
                N_("That is why this lesson's guidance is about X and Instagram"),
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
                "met the offender, only the share on X or Instagram (on this slide)."
            )
        ),
    ),
    # 11 ----------------------------------------------------------------------------------------
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
    # 12 ----------------------------------------------------------------------------------------
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
)
