"""The lesson's figures, first part: how many children were harmed, the trend since the first
year of the series, who they were by school level, the serious crimes, what the crimes were,
and what happened to elementary pupils. No Qt here; `content.py` puts the slides in order.
"""

from __future__ import annotations

from ...i18n import N_
from .lesson import NOT_ELEMENTARY, OFFICIAL_TERMS, At, Audience, Slide, SlideKind, Style, T, Value

# The wording both variants of `offences` share.
OFFENCES_BODY = T(
    N_("The offences against the {total} victims, as the police counted them:"),
    contexts=OFFICIAL_TERMS,
)

FIGURES: tuple[Slide, ...] = (
    # 2 -----------------------------------------------------------------------------------------
    Slide(
        id="headline",
        kind=SlideKind.FIGURE,
        title=T(
            N_("Children harmed through social media in {year}"),
            elementary=N_("Children hurt by people they met on social media in {year}"),
            # junior high and high school: plain words, not the statistics' legal term
            contexts=(Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL),
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
            contexts=OFFICIAL_TERMS,
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
            contexts=OFFICIAL_TERMS,
        ),
        bullets=(
            # NOTE: {record} is e.g. "the most since records began in 2008".
            T(
                N_("Elementary pupils in {last_year}: {record}"),
                elementary=N_("{last_year}: {record}"),
                contexts=OFFICIAL_TERMS,
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
            contexts=OFFICIAL_TERMS,
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
            contexts=OFFICIAL_TERMS,
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
                "children taken away by someone ({abduction}). Keep to the facts on the slide "
                "and don't go into the details of cases. Remind the class that the child is "
                "never to blame. About two minutes."
            ),
            elementary=N_(
                "Keep this short and calm. Some crimes against children are very serious, such "
                "as someone taking a child away. In {year} there were {serious} such children; "
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
                "rest. About two minutes."
            ),
        ),
        audiences=NOT_ELEMENTARY,
        unpublished=T(
            N_(
                "The figures for {year}, as reported, give no breakdown of all victims by "
                "offence, so the slide on offences is left out."
            )
        ),
        # NOTE: {slide_elementary} is computed from the lesson's order: "the next slide" or
        # "slide 6"
        unpublished_see=T(N_("The offences against elementary pupils are on {slide_elementary}.")),
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
                "About two minutes."
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
            contexts=OFFICIAL_TERMS,
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
            contexts=OFFICIAL_TERMS,
        ),
        bullets=(
            T(
                N_("Sending an image is never the child's fault"),
                elementary=N_("It was never the children's fault"),
            ),
        ),
        notes=T(
            N_(
                "Say it plainly and calmly: many of these children were pressured or tricked "
                "into sending photos of their body. The children were not to blame; anyone who "
                "asks a child for such photos is doing something wrong, however kind they seem. "
                "Ask: if someone online asked you for a photo, who could you tell? About two "
                "minutes."
            ),
            high_school=N_(
                "Of the {elementary} elementary pupils, {photos} ({photos_share}) were victims "
                "of child pornography — for example, pressured into sending images of themselves. "
                "Ask: many "
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
)
