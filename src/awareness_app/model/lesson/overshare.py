"""The "spot the overshare" activity as data: two made-up profiles and what gives too much away in
each, with the reveal order as a small state machine. No Qt here; `ui/overshare_view.py` draws it.

The profiles are invented: the names, handles, schools and places belong to no real person or
school, and the view draws original placeholder art (no logos, no brand colours). One is laid out
like a post feed (as on X), one like a photo feed (as on Instagram). Each `Detail` names the
regions of its profile that the view highlights, a short label, and why it matters in two
registers: for pupils (read to elementary pupils too, so frank but never explicit) and for adults.

The words the profiles are made of are English source strings, translated where they are drawn,
so the Japanese profile reads like a Japanese pupil's. They may hold digits (a class, a time):
they are part of the made-up picture, not figures. The explanations hold none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ...i18n import N_, _, pgettext
from .lesson import Audience


class Layout(StrEnum):
    POST_FEED = "post-feed"  # laid out like a microblog (X)
    PHOTO_FEED = "photo-feed"  # laid out like a photo feed (Instagram)


class Picture(StrEnum):
    """Placeholder art the view draws from simple shapes."""

    NONE = ""
    UNIFORM = "uniform"  # a pupil in uniform at a school gate
    PARK = "park"
    TEAM = "team"  # a team in matching kit under a banner
    SUNSET = "sunset"
    TRAINING = "training"  # a pitch and a ball
    CAT = "cat"
    GAME = "game"  # a game controller


@dataclass(frozen=True)
class Line:
    """A line of a profile's bio."""

    region: str
    text: str  # English source string


@dataclass(frozen=True)
class Post:
    """A post (post feed) or a tile of the photo grid (photo feed)."""

    region: str
    text: str = ""  # the post's words, or words written on the photo
    picture: Picture = Picture.NONE
    picture_region: str = ""  # "" = the post's region
    place: str = ""  # a location tag shown with the post
    place_region: str = ""


@dataclass(frozen=True)
class Detail:
    """Something that gives too much away, and why it matters."""

    id: str
    regions: tuple[str, ...]
    label: str
    pupils: str
    adults: str
    # a safer choice, said to everyone alike (the worksheet's answer key; elementary pupils'
    # words have an entry of their own in the catalogues)
    safer: str = ""

    def why(self, audience: Audience) -> str:
        """The English source string of the explanation for `audience` (its label and the
        pupils' explanation have entries of the elementary lesson's own in the catalogues:
        look them up with `i18n.pgettext(audience, …)`)."""
        return self.adults if audience == Audience.ADULTS else self.pupils


@dataclass(frozen=True)
class Profile:
    id: str
    layout: Layout
    kind: str  # what the profile is, shown above it ("a post feed, like X")
    name: str  # display name (English source string; a made-up name)
    handle: str  # shown as it is in every language
    bio: tuple[Line, ...]
    posts: tuple[Post, ...]
    details: tuple[Detail, ...]
    counts: tuple[int, int, int] = (0, 0, 0)  # posts, followers, following (photo feed)

    def regions(self) -> set[str]:
        found = {"avatar", "name", "handle"} | {line.region for line in self.bio}
        for post in self.posts:
            found |= {post.region, post.picture_region, post.place_region} - {""}
        return found

    def detail(self, detail_id: str) -> Detail:
        for detail in self.details:
            if detail.id == detail_id:
                return detail
        raise KeyError(f"no detail {detail_id!r} on the profile {self.id!r}")


# --- the two profiles ---------------------------------------------------------------------------

POST_FEED = Profile(
    id="post-feed",
    layout=Layout.POST_FEED,
    # NOTE: shown above the made-up profile that is laid out like X.
    kind=N_("Made-up profile: a post feed, like X"),
    # NOTE: a made-up pupil's name; use a common name in your language.
    name=N_("Hana Sato"),
    handle="@hana_hoshizora",
    bio=(
        # NOTE: a made-up school; keep the year and class, in your language's usual form.
        Line("bio-school", N_("Hoshizora Junior High · Year 1, Class 2")),
        Line("bio-birthday", N_("Birthday: 14 May")),
        # NOTE: DM = direct message; "DM me anytime" = 気軽にDMしてね.
        Line("bio-dm", N_("Tennis club · DM me anytime!")),
    ),
    posts=(
        Post(
            "post-uniform",
            N_("First day in my new uniform!"),
            picture=Picture.UNIFORM,
            picture_region="photo-uniform",
        ),
        Post(
            "post-routine",
            # NOTE: a made-up station; the times are part of the made-up post.
            N_("Tennis till 6, then the 6:15 train home from Minami Station. Same every day!"),
        ),
        Post("post-friends", N_("Looking for friends who like drawing! Reply or DM me")),
    ),
    details=(
        Detail(
            "post-face-name",
            ("avatar", "name"),
            N_("Her real name and a photo of her face"),
            N_(
                "With her real name and face, a stranger can recognise her in the street and "
                "pretend to know her."
            ),
            N_(
                "A real name and a clear face let a stranger recognise the child offline, find "
                "them on other apps, and open with a familiar, friendly message."
            ),
            safer=N_("Use a nickname, and a picture that is not your face."),
        ),
        Detail(
            "post-school",
            ("bio-school",),
            N_("School, year and class in the bio"),
            N_("Now a stranger knows where to find her on every school day."),
            N_(
                "School, year and class tell a stranger where the child is on weekdays and how "
                "old they are, and give an easy opening: “I live near there too.”"
            ),
            safer=N_("Leave the school, year and class out of the profile."),
        ),
        Detail(
            "post-birthday",
            ("bio-birthday",),
            N_("Her birthday in the bio"),
            N_(
                "With her school year, a birthday helps a stranger work out who she is — and "
                "“Happy birthday!” is an easy way to start chatting."
            ),
            N_(
                "With the school year, a birthday narrows down who the child is, and gives an "
                "easy, friendly opening. Birthdays are also a common security question."
            ),
            safer=N_("Leave the birthday off the profile."),
        ),
        Detail(
            "post-dm",
            ("bio-dm",),
            N_("“DM me anytime!”"),
            N_(
                "It invites anyone, strangers too, into a private chat where no one else can see "
                "what is said."
            ),
            N_(
                "An open invitation to message privately. Offenders move children into private "
                "chats, where no one else sees what is said."
            ),
            safer=N_("Let only friends you know in person send messages."),
        ),
        Detail(
            "post-uniform",
            ("photo-uniform",),
            N_("A photo in school uniform"),
            N_("A uniform and a school gate show which school she goes to, even without its name."),
            N_(
                "Uniforms and school buildings identify the school even when its name is not "
                "written anywhere, and show the child's face and age."
            ),
            safer=N_(
                "Post no photos in uniform or at the school gate; share them only "
                "with friends you know."
            ),
        ),
        Detail(
            "post-routine",
            ("post-routine",),
            N_("Her daily routine: where and when"),
            N_("It tells a stranger where she will be, and at what time, every single day."),
            N_(
                "A routine tells a stranger where the child will be and when, without an adult: "
                "the station, the time, every day."
            ),
            safer=N_("Do not post where you go and when; post about a day after it is over."),
        ),
        Detail(
            "post-friends",
            ("post-friends",),
            N_("“Looking for friends”"),
            N_(
                "A stranger can pretend to like drawing too, just to become her “friend” and "
                "then ask for more."
            ),
            N_(
                "Offenders answer posts like this, claim the same age and interests, and build "
                "trust before asking for anything. A post like this counts as the child's first "
                "contact in the figures."
            ),
            safer=N_("Make friends through people you know, not through a public post."),
        ),
    ),
)

PHOTO_FEED = Profile(
    id="photo-feed",
    layout=Layout.PHOTO_FEED,
    # NOTE: shown above the made-up profile that is laid out like Instagram.
    kind=N_("Made-up profile: a photo feed, like Instagram"),
    # NOTE: a made-up pupil's name; use a common name in your language.
    name=N_("Yuto Kato"),
    handle="yuto.kato_0728",
    counts=(36, 412, 380),
    bio=(
        # NOTE: a made-up school.
        Line("bio-school", N_("Sakuragawa Junior High · football club")),
        Line("bio-likes", N_("Football, games and music")),
    ),
    posts=(
        # NOTE: a made-up park, shown as a location tag on a photo.
        Post("tile-park", picture=Picture.PARK, place=N_("Minami Park"), place_region="place-park"),
        # NOTE: written on a banner in a team photo: the made-up school's short name.
        Post("tile-team", N_("SAKURAGAWA JHS"), picture=Picture.TEAM),
        Post("tile-sunset", picture=Picture.SUNSET),
        # NOTE: written on a photo; the time is part of the made-up post.
        Post("tile-training", N_("Training every Saturday, 9:00!"), picture=Picture.TRAINING),
        Post("tile-cat", picture=Picture.CAT),
        Post("tile-game", N_("Gaming friends wanted! DM me"), picture=Picture.GAME),
    ),
    details=(
        Detail(
            "photo-face-name",
            ("avatar", "name"),
            N_("His full name and face"),
            N_(
                "His full name and face are there for anyone to see, so a stranger can find him "
                "and recognise him."
            ),
            N_(
                "A full name and face on a public account let anyone find the child on other "
                "apps and recognise them in person."
            ),
            safer=N_(
                "Use a nickname and a picture that is not your face, and keep the account private."
            ),
        ),
        Detail(
            "photo-birthday",
            ("handle",),
            N_("A birthday hidden in the username"),
            N_(
                "The numbers at the end look like a birthday. “Happy birthday!” is an easy "
                "opener for a stranger; with his school year it shows who he is."
            ),
            N_(
                "The numbers look like a birthday, a day and a month: a friendly opening for a "
                "stranger, and with the school year it narrows down who the child is. A birth "
                "year would give away the age too."
            ),
            safer=N_("Choose a username with no birthday or other numbers about you."),
        ),
        Detail(
            "photo-school",
            ("bio-school",),
            N_("School and club in the bio"),
            N_("The school and club tell a stranger where he is after school, and what he likes."),
            N_(
                "School and club tell a stranger where the child is after school and give a "
                "shared interest to open with."
            ),
            safer=N_("Leave the school and club out of the profile."),
        ),
        Detail(
            "photo-location",
            ("place-park",),
            N_("A location tag on a photo"),
            N_(
                "A place tag shows where he goes. If it's near his home, a stranger can guess "
                "where he lives."
            ),
            N_(
                "Location tags, and photos taken near home, show where the child spends time; "
                "several together can point to where they live."
            ),
            safer=N_("Turn off location tags, and post no photos taken near home."),
        ),
        Detail(
            "photo-uniform",
            ("tile-team",),
            N_("A team photo in school kit"),
            N_(
                "The banner and the kit show exactly which school he goes to — and his friends' "
                "faces too."
            ),
            N_(
                "A team photo in school kit names the school and shows other children's faces: "
                "ask before posting photos of other children."
            ),
            safer=N_(
                "Post no photos that show the school's name, and ask friends before "
                "posting their faces."
            ),
        ),
        Detail(
            "photo-routine",
            ("tile-training",),
            N_("A weekly routine: where and when"),
            N_("Now a stranger knows where he will be every Saturday morning."),
            N_(
                "A regular time, with the location tag, tells a stranger where to find the "
                "child, week after week."
            ),
            safer=N_("Do not post regular times and places."),
        ),
        Detail(
            "photo-friends",
            ("tile-game",),
            N_("“Gaming friends wanted! DM me”"),
            N_(
                "Anyone can answer. A stranger can pretend to be a kid who likes the same games, "
                "then move to a private chat."
            ),
            N_(
                "Games are a common way in for younger children: an offender can pose as another "
                "young player, then move the chat somewhere private."
            ),
            safer=N_(
                "Play with friends you know in person, and never move to a private "
                "chat with a stranger."
            ),
        ),
    ),
)

PROFILES: tuple[Profile, ...] = (POST_FEED, PHOTO_FEED)

# NOTE: shown before anything is revealed; → is the "next" key.
HINT = N_("Press → or click a detail to reveal it. Press R to start again.")


# --- the reveal -------------------------------------------------------------------------------


@dataclass
class RevealState:
    """Which details are revealed, in the order the presenter revealed them. Never saved.

    Stepping forward reveals the current profile's next detail, then moves to the next profile;
    stepping back hides the last one revealed, then moves back a profile. Each returns False when
    there is nothing left to do, so the caller can move to the next or previous slide.
    """

    profiles: tuple[Profile, ...] = PROFILES
    index: int = 0  # the profile on screen
    revealed: list[list[str]] = field(default_factory=list)  # per profile, in reveal order
    selected: str | None = None  # a revealed detail clicked again; None = the last revealed

    def __post_init__(self) -> None:
        if not self.revealed:
            self.revealed = [[] for _profile in self.profiles]

    @property
    def profile(self) -> Profile:
        return self.profiles[self.index]

    def shown(self) -> list[str]:
        """The details revealed on the profile on screen."""
        return self.revealed[self.index]

    def number(self, detail_id: str) -> int:
        """The 1-based number of a detail, counted across both profiles in order."""
        number = 0
        for profile in self.profiles:
            for detail in profile.details:
                number += 1
                if detail.id == detail_id:
                    return number
        raise KeyError(detail_id)

    def total(self) -> int:
        return sum(len(p.details) for p in self.profiles)

    def current(self) -> Detail | None:
        """The detail whose explanation is shown: the one clicked, else the last revealed."""
        shown = self.shown()
        detail_id = self.selected if self.selected in shown else (shown[-1] if shown else None)
        return self.profile.detail(detail_id) if detail_id else None

    def step_forward(self) -> bool:
        shown = self.shown()
        hidden = [d.id for d in self.profile.details if d.id not in shown]
        self.selected = None
        if hidden:
            shown.append(hidden[0])
            return True
        if self.index < len(self.profiles) - 1:
            self.index += 1
            return True
        return False

    def step_back(self) -> bool:
        self.selected = None
        if self.shown():
            self.shown().pop()
            return True
        if self.index > 0:
            self.index -= 1
            return True
        return False

    def reveal(self, detail_id: str) -> None:
        """Reveal a detail of the profile on screen (a click), or show its explanation again."""
        self.profile.detail(detail_id)  # KeyError if it is not on this profile
        if detail_id not in self.shown():
            self.shown().append(detail_id)
        self.selected = detail_id

    def show_profile(self, index: int) -> None:
        self.index = max(0, min(index, len(self.profiles) - 1))
        self.selected = None

    def reset(self) -> None:
        self.index = 0
        self.revealed = [[] for _profile in self.profiles]
        self.selected = None

    def all_revealed(self) -> bool:
        return all(
            len(shown) == len(p.details)
            for p, shown in zip(self.profiles, self.revealed, strict=True)
        )


# --- in words, for the Markdown script ----------------------------------------------------------


@dataclass(frozen=True)
class RenderedDetail:
    number: int
    label: str
    why: str


@dataclass(frozen=True)
class RenderedProfile:
    kind: str
    name: str
    handle: str
    details: list[RenderedDetail]


def render_profiles(audience: Audience) -> list[RenderedProfile]:
    """Both profiles and their details, translated, with the explanation for `audience`."""
    state = RevealState()
    return [
        RenderedProfile(
            _(p.kind),
            _(p.name),
            p.handle,
            [
                RenderedDetail(
                    state.number(d.id),
                    pgettext(audience.value, d.label),
                    pgettext(audience.value, d.why(audience)),
                )
                for d in p.details
            ],
        )
        for p in PROFILES
    ]
