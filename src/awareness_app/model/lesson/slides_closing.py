"""The lesson's close: the help lines (with the school's own contacts) and, for adults, talking
about it at home and what to do if a child tells you. No Qt here; `content.py` puts the slides
in order.
"""

from __future__ import annotations

from ...i18n import N_
from .lesson import ADULTS_ONLY, ELEMENTARY_OWN, Slide, SlideKind, T

CLOSING: tuple[Slide, ...] = (
    # 19 ----------------------------------------------------------------------------------------
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
                "contacts in the toolbar). The figures in this lesson come from the National "
                "Police Agency's statistics for {year} and for earlier years (the trend and the "
                "comparisons with earlier years), and the avatar case from the police as "
                "reported at the time, all as reported by the sources listed here. Figures "
                "marked * are derived: the Sources say how they were worked out. About two "
                "minutes."
            ),
        ),
        room_notes=T(
            N_(
                "Point out the help lines and any contacts of your school's own on this slide, "
                "such as the counsellor's room. Remind the class that they can talk to you or "
                "another adult at any time, not only today. Leave this slide up while pupils "
                "leave. About two minutes."
            ),
            adults=N_(
                "Point out the help lines and any contacts of your school's own on this slide. "
                "Every figure in this lesson comes from the National Police Agency's statistics "
                "for {year}, as reported by the sources listed at the end; derived figures say "
                "how they were worked out. About two minutes."
            ),
        ),
    ),
    # 20 ----------------------------------------------------------------------------------------
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
