"""What elementary pupils see of a figure's label: no offence names and no explicit words, the
same facts (GLOSSARY.md, "Words for younger pupils"). No Qt here.

Everywhere a figure's label is shown (the Sources dialog, the chart's table and CSV, the
script's sources, the handout), `figure_label` gives the plain one for the elementary lesson;
the data file's label, with the official term, is shown to everyone else.
"""

from __future__ import annotations

from ...i18n import N_, _, pgettext
from ..data.dataset import Figure, Source
from ..lesson.lesson import Audience

# NOTE: labels of figures for elementary pupils (ages 9–12): frank but never explicit, no
# offence names (see GLOSSARY.md)
PLAIN_LABELS: dict[str, str] = {
    "offence-pornography": N_("Children pressured into sending photos of their body"),
    "offence-pornography-share": N_(
        "Share of children pressured into sending photos of their body"
    ),
    "offence-ordinance": N_("Children harmed by someone who broke the rules that protect them"),
    "offence-ordinance-share": N_(
        "Share of children harmed by someone who broke the rules that protect them"
    ),
    "offence-prostitution": N_("Children harmed by someone who offered money or gifts"),
    "offence-prostitution-share": N_(
        "Share of children harmed by someone who offered money or gifts"
    ),
    "offence-intercourse": N_("Children hurt very badly"),
    "offence-intercourse-share": N_("Share of children hurt very badly"),
    "offence-indecency": N_("Children touched or hurt"),
    "offence-indecency-share": N_("Share of children touched or hurt"),
    "serious-intercourse": N_("Seriously harmed: hurt very badly"),
    "serious-intercourse-share": N_("Share of the seriously harmed: hurt very badly"),
    "serious-abduction": N_("Seriously harmed: taken away"),
    "serious-abduction-share": N_("Share of the seriously harmed: taken away"),
    "elementary-pornography": N_(
        "Elementary school children pressured into sending photos of their body"
    ),
    "elementary-pornography-share": N_(
        "Share of elementary school children pressured into sending photos of their body"
    ),
    "elementary-intercourse": N_("Elementary school children hurt very badly"),
    "elementary-indecency": N_("Elementary school children touched or hurt"),
    "elementary-ordinance": N_(
        "Elementary school children harmed by someone who broke the rules that protect them"
    ),
    "elementary-abduction": N_("Elementary school children taken away"),
    "elementary-prostitution": N_(
        "Elementary school children harmed by someone who offered money or gifts"
    ),
    "elementary-meeting-demands": N_("Elementary school children pressured to meet"),
    "abuse-cases": N_("All cases of children who were harmed"),
    "abuse-cases-increase": N_("More cases of children who were harmed than the year before"),
    "intercourse-cases": N_("Cases of children hurt very badly"),
    "intercourse-cases-change": N_("Change in cases of children hurt very badly"),
    "other-sex-offence-cases": N_("Other cases of children who were harmed"),
    "other-sex-offence-cases-change": N_("Change in other cases of children who were harmed"),
    "deepfakes": N_("Cases of fake photos of children made with a computer"),
    "deepfakes-schoolmates": N_("Fake photos made by pupils of the same school"),
    "deepfakes-schoolmates-share": N_("Share of fake photos made by pupils of the same school"),
}


def figure_label(figure: Figure, audience: Audience | None = None) -> str:
    """`figure`'s label in the current language, plain for elementary pupils."""
    if audience == Audience.ELEMENTARY and figure.key in PLAIN_LABELS:
        return _(PLAIN_LABELS[figure.key])
    if audience is not None:  # the audience's own entry first (furigana for pupils)
        return pgettext(audience.value, figure.label)
    return _(figure.label)


def source_url(source: Source, audience: Audience | None = None) -> str:
    """A source's web address; none in what elementary pupils see (an address can name an
    offence: the full citation is in the other audiences' lessons)."""
    return "" if audience == Audience.ELEMENTARY else source.url


def source_title(source: Source, audience: Audience | None = None) -> str:
    """A source's title; for elementary pupils its neutral title where it has one (the source
    article's headline names offences)."""
    # the elementary lesson's own entry first (furigana), as for every string of a source
    look_up = (lambda m: pgettext(audience.value, m)) if audience is not None else _
    if audience == Audience.ELEMENTARY and source.plain_title:
        return look_up(source.plain_title)
    return look_up(source.title)
