"""The lesson's guidance: the settings that protect you on X and on Instagram, the warning
signs, and what to do if it happens. No Qt here; `content.py` puts the slides in order.

The settings slides name the `sources` of their platform facts, which the slide lists with the
date the facts were checked; each setting is stated by what it does, so the advice survives a
renamed menu.
"""

from __future__ import annotations

from ...i18n import N_
from .lesson import ELEMENTARY_OWN, Audience, Slide, SlideKind, T

# the rooms whose notes name a platform change since the first check (facts.md): their slides
# list its sources (`Slide.audience_sources`)
OLDER_ROOMS = frozenset({Audience.JUNIOR_HIGH, Audience.HIGH_SCHOOL, Audience.ADULTS})
ADULTS_ONLY = frozenset({Audience.ADULTS})

# What the app says of the platforms that needs a source of its own: the words that state it
# (in the English of any audience's slide or notes), and the source keys the slide must list.
PLATFORM_CLAIMS: dict[str, tuple[str, ...]] = {
    "'Chat'": ("x-chat", "x-chat-tc"),
    "'thirteen-plus'": ("instagram-13plus", "instagram-13plus-ht"),
    "'Limited Content'": ("instagram-13plus", "instagram-13plus-ht"),
}

GUIDANCE: tuple[Slide, ...] = (
    # 14 ----------------------------------------------------------------------------------------
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
        audience_sources=((OLDER_ROOMS, ("x-chat", "x-chat-tc")),),
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
    # 15 ----------------------------------------------------------------------------------------
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
        audience_sources=((ADULTS_ONLY, ("instagram-13plus", "instagram-13plus-ht")),),
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
    # 16 ----------------------------------------------------------------------------------------
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
                "trick children may seem kind at first, pretend to be a child of the same age, "
                "share the same hobbies and build trust over weeks before asking for anything. "
                "Ask: which of these would be hardest to notice? Why? About three minutes."
            ),
            adults=N_(
                "People who trick children may seem kind at first, pretend to be a child of the "
                "same age, share the child's interests and build trust over weeks before asking "
                "for images or a meeting; some threaten to share an image to get more. Signs in "
                "the child: secrecy about their phone, new gifts or game items "
                "from someone you don't know, being upset after using the phone, using it late "
                "at night. Ask about it calmly; don't take the phone away as a punishment, or "
                "the child may stop telling you. About three minutes."
            ),
        ),
    ),
    # 17 ----------------------------------------------------------------------------------------
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
)
