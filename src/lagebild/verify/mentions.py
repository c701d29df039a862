"""Event mentions: what one article says about one event, in the slots verification compares.

An article's frames are already grouped (``Frame.group``): the frames of one group are the
article's mentions of one event. A ``Mention`` is such a group read into comparable slots:
participants normalised across spellings (a person also stands for the state it acts for), the day
it happened, the place, the quantities, the polarity (did it happen or not), who the article says
said it, and the independent source it counts for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..model import Article, Frame, Quantity
from ..resources.stopwords import GERMAN

# event times precise enough to compare: a week or finer, read from the text or anchored via the story
COMPARABLE_PRECISION = frozenset({"day", "part-of-day", "hour", "minute", "week"})
COMPARABLE_ORIGIN = frozenset({"text", "story"})

_WORD = re.compile(r"[^\W\d_][\w-]{3,}", re.UNICODE)
# agency credits in a dateline: "Dresden (dpa) -", "BERLIN (AFP) –"
_WIRE = re.compile(r"\((dpa|afp|ap|reuters|apa|epd|kna|sda|ddp|dts|ots|sid|ansa|efe|xinhua|tass|kyodo|yonhap)"
                   r"(?:[/,][^)]{0,20})?\)", re.IGNORECASE)


ROLE_RANK = {"agent": 0, "co-agent": 1, "target": 2, "other": 3}


def id_kind(actor_id: str) -> str:
    """'place' (a place the tagger found), 'state' (ISO alpha-3) or 'other'."""
    return "place" if actor_id.startswith("lb:loc:") else "state" if actor_id.isupper() and len(actor_id) == 3 else "other"


def overlaps(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two day intervals (inclusive ISO dates) share a day."""
    return a[0] <= b[1] and b[0] <= a[1]


# Words for one thing counted, by their first five letters: "3.800 Bewohner" and "3800 Menschen", "250
# Einsatzkräfte" and "250 Helfer", "187 Flüge" and "187 Verbindungen" count the same
_COUNTED_AS = {w[:5]: cls for cls, words in {
    "people": "menschen personen bewohner einwohner bürger anwohner leute passagiere fahrgäste reisende insassen",
    "workers": "beschäftigte mitarbeiter arbeiter angestellte arbeitsplätze stellen jobs belegschaft",
    "helpers": "einsatzkräfte helfer retter rettungskräfte kräfte feuerwehrleute spezialisten hilfskräfte",
    "flights": "flüge flugverbindungen verbindungen starts",
}.items() for w in words.split()}


def _counted(what: str) -> str:
    w = what.lower()[:5]
    return _COUNTED_AS.get(w, w)


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Two figures of one measure: the same unit, or the same thing counted ("Tote", "Soldaten")."""
    if a.unit != b.unit:
        return False
    if a.unit is None:
        return bool(a.what and b.what) and _counted(a.what) == _counted(b.what)
    return a.what is None or b.what is None or _counted(a.what) == _counted(b.what)


def close_figures(a: Quantity, b: Quantity) -> bool:
    """Figures that agree within rounding, or as the qualifiers allow."""
    hi = max(abs(a.value), abs(b.value)) or 1.0
    tol = 0.1 if (a.approx or b.approx) else 0.02
    if abs(a.value - b.value) <= tol * hi:
        return True
    lo_q, hi_q = (a, b) if a.value < b.value else (b, a)
    # "mehr als 40" agrees with 43, "fast 11.000" with 11.000, "mindestens 12" with 15
    return lo_q.approx in ("more", "min") or hi_q.approx in ("less", "max")


def _surname(text: str) -> str:
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", text) if w[:1].isupper()]
    if not words:
        return ""
    last = words[-1].lower()
    return last[:-1] if last.endswith("s") and len(last) > 4 else last  # "Pichlmayrs"


# an attribution phrase running up to a name, without a clause break: "nach Angaben der türkischen
# Menschenrechtsstiftung", "laut dem Ministerium", "wie die Agentur"
_SOURCE_BEFORE = re.compile(r"(?:nach\s+Angaben|laut|zufolge|Berichten|berichtete|so)\b[^,;:.]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Actor:
    """A participant as compared: its id, whom it acts for (Putin -> RUS), its role and its words."""

    id: str
    acts_for: str | None
    role: str
    kind: str
    text: str
    start: int = -1
    as_place: bool = False  # named as where it happened ("in Italien") rather than as a party
    as_source: bool = False  # named as who says so ("nach Angaben der Menschenrechtsstiftung TIHV")
    titled: bool = False  # a state's adjective before one of its offices ("der iranische Botschafter")

    def same(self, other: "Actor") -> bool:
        """The same party: one id, a person/body and the state it acts for (Putin ~ Russland), or two
        spellings of one person the linker did not join ("Ex-Landesrat Pichlmayr" ~ "Gerhard Pichlmayr")."""
        if self.id == other.id or self.acts_for == other.id or other.acts_for == self.id:
            return True
        unlinked = self.id.startswith("lb:") and other.id.startswith("lb:")
        return (self.is_person or other.is_person) and (unlinked or self.is_person and other.is_person) and \
            _surname(self.text) == _surname(other.text) != ""

    @property
    def is_person(self) -> bool:
        return self.kind == "person" or self.id.startswith(("lb:per:", "lb:person:"))

    @property
    def generic(self) -> bool:
        """A group named by a common noun ("die Beschäftigten"): sources call it many ways, so it
        neither backs nor contradicts who did it."""
        return self.id.startswith("lb:grp:")


@dataclass
class Mention:
    """One article's statement of one event (a group of its frames)."""

    article: Article
    frames: list[Frame]
    story: str
    unit: str               # the independent source it counts for
    outlet: str             # the outlet unit, whatever the attribution
    actors: list[Actor] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, int]:
        return self.article.id, self.frames[0].group

    @property
    def type(self) -> str:
        return self.frames[0].type

    @cached_property
    def day(self) -> tuple[str, str] | None:
        """The interval of the first comparable event time the frames give."""
        f = self.day_frame
        return (f.when.start[:10], f.when.end[:10]) if f is not None else None

    @cached_property
    def day_any(self) -> tuple[str, str] | None:
        """Any dated interval, also inferred ones and coarser ones (for alignment, not for flags)."""
        for f in self.frames:
            w = f.when
            if w.start and w.end and w.precision not in (None, "unknown"):
                return w.start[:10], w.end[:10]
        return None

    @cached_property
    def day_frame(self) -> Frame | None:
        for f in self.frames:
            w = f.when
            if w.value and w.start and w.end and w.precision in COMPARABLE_PRECISION and w.origin in COMPARABLE_ORIGIN:
                return f
        return None

    @cached_property
    def place(self) -> str | None:
        return next((f.where_id or (f.where or "").lower() or None for f in self.frames if f.where), None)

    @cached_property
    def place_frame(self) -> Frame | None:
        return next((f for f in self.frames if f.where), None)

    @cached_property
    def quantities(self) -> list[tuple[Quantity, Frame]]:
        """The figures of the statement; a frame of a clause without one takes those of its sentence
        that say what they count ("kehrten neun Soldaten zurück, die Armenien freigelassen hatte")."""
        from ..events.quantities import amounts

        out: list[tuple[Quantity, Frame]] = []
        for f in self.frames:
            qs = list(f.quantities)
            if not qs:
                skip = [(t.start, t.end) for t in self.article.times if f.start <= t.start < f.end]
                qs = [Quantity(a.value, a.unit, a.what, a.start, a.end, a.approx)
                      for a in amounts(self.article.text, f.start, f.end, skip) if a.what or a.unit]
            for q in qs:
                if not any(x.value == q.value and x.what == q.what for x, _ in out):
                    out.append((q, f))
        return out

    @cached_property
    def polarity(self) -> str | None:
        """'neg' when the article says it did not happen or reports a denial, 'pos' when it says it
        did (itself or through a source), None when it is only planned or hypothetical."""
        mods = {f.modality for f in self.frames}
        if mods & {"negated", "denied"}:
            return "neg"
        if mods & {"asserted", "reported"}:
            return "pos"
        return None

    @cached_property
    def polarity_frame(self) -> Frame:
        return next((f for f in self.frames if f.modality in ("negated", "denied")), self.frames[0])

    @cached_property
    def attributed(self) -> str | None:
        f = next((f for f in self.frames if f.attributed_to), None)
        return (f.attributed_id or f.attributed_to.lower()) if f else None

    @cached_property
    def words(self) -> set[str]:
        """Content word stems of the sentences (for wording similarity)."""
        from ..stages.cluster import stem

        text = self.article.text
        out: set[str] = set()
        for f in self.frames:
            for w in _WORD.findall(text[f.start:f.end]):
                if w.lower() in GERMAN:
                    continue
                st = stem(w)
                out.add(st)
                if len(st) >= 6:
                    out.add("…" + st[-6:])  # the head of a compound: "Partnerschaftsabkommen" ~ "Abkommen"
        return out

    @property
    def sid(self) -> tuple[str, int, int]:
        """This statement (one frame) within the article."""
        f = self.frames[0]
        return self.article.id, f.start, f.trigger[0]

    def statements(self) -> list["Mention"]:
        """One statement per frame (the headline and the body sentence are compared one by one)."""
        if len(self.frames) == 1:
            return [self]
        out = []
        for f in self.frames:
            roles = {p.actor_id: p.role for p in f.participants}
            actors = [replace(a, role=roles[a.id]) for a in self.actors if a.id in roles]
            out.append(Mention(self.article, [f], self.story, self.unit, self.outlet, actors))
        return out

    def role_actors(self, *roles: str) -> list[Actor]:
        return [a for a in self.actors if a.role in roles]

    @property
    def planned(self) -> bool:
        return all(f.modality in ("planned", "hypothetical") for f in self.frames)


def wire_credit(article: Article) -> str | None:
    """The news agency a text credits in its opening dateline ("Dresden (dpa) - ..."), if any."""
    m = _WIRE.search(article.text[:400])
    return m.group(1).lower() if m else None


def outlet_of(article: Article, by_id: dict[str, Article]) -> str:
    """The independent outlet an article counts for: near-copies count as their original, articles
    of one outlet (or crediting one agency) as that outlet, an article of unknown outlet as itself."""
    root = article
    seen = {root.id}
    while root.duplicate_of and root.duplicate_of in by_id and root.duplicate_of not in seen:
        root = by_id[root.duplicate_of]
        seen.add(root.id)
    wire = wire_credit(root) or wire_credit(article)
    if wire:
        return "wire:" + wire
    if root.source:
        return "outlet:" + " ".join(root.source.lower().split())
    return "article:" + root.id


def mentions_of(article: Article, story: str, outlet: str) -> list[Mention]:
    """The article's event mentions, one per group of frames."""
    acts_for = {(m.start, m.end): (m.acts_for, m.actor_type) for m in article.actors}
    groups: dict[int, list[Frame]] = {}
    for f in article.frames:
        groups.setdefault(f.group, []).append(f)
    out = []
    for frames in groups.values():
        actors: dict[str, Actor] = {}
        for f in frames:
            for p in f.participants:
                if p.actor_id == f.where_id and p.role == "other":
                    continue  # the place, compared as the place
                af, kind = acts_for.get((p.start, p.end), (None, "other"))
                if p.actor_id.startswith("lb:thing:"):
                    kind = "thing"
                prev = actors.get(p.actor_id)
                if prev is None or ROLE_RANK[p.role] < ROLE_RANK[prev.role]:
                    titled = _titled(article.text, p.start, p.end)
                    words = article.text[p.start:p.end] + (
                        " " + article.text[p.end:p.end + 30].split()[0].strip(",.;:") if titled else "")
                    actors[p.actor_id] = Actor(p.actor_id, af if af != p.actor_id else None, p.role, kind,
                                               words, p.start, _named_as_place(article.text, p.start),
                                               bool(_SOURCE_BEFORE.search(article.text[max(0, p.start - 60):p.start])),
                                               titled)
        m = Mention(article, frames, story, unit="", outlet=outlet, actors=list(actors.values()))
        # "laut X" counts as X; a group named in general ("die Polizei") is no source of its own
        m.unit = ("attr:" + m.attributed) if m.attributed and not m.attributed.startswith("lb:grp:") else outlet
        out.append(m)
    return out



# nouns of bodies and offices that a state's adjective or a place after them names: "der iranische
# Botschafter", "das Außenministerium in Athen", "die Behörden in Kiew"
_BODY_HEADS = ("ministerium", "regierung", "behörde", "behörden", "botschaft", "botschafter", "botschafterin",
               "führung", "minister", "ministerin", "präsident", "präsidentin", "premier", "premierminister",
               "regierungschef", "regierungschefin", "kanzler", "kanzlerin", "armee", "marine", "streitkräfte",
               "militär", "staatsanwaltschaft", "justiz", "parlament", "kabinett", "verwaltung", "polizei")


def _body_before(text: str, start: int) -> bool:
    """Is the name after "in" that of a body's seat ("das Außenministerium in Athen")?"""
    before = text[max(0, start - 40):start].split()
    return len(before) >= 2 and before[-1].lower() in ("in", "im") and before[-2][:1].isupper() and \
        before[-2].lower().endswith(_BODY_HEADS)


def _titled(text: str, start: int, end: int) -> bool:
    """A state's adjective before the noun of one of its bodies or offices: "der iranische Botschafter"."""
    after = text[end:end + 30].split()
    return bool(after) and after[0][:1].isupper() and after[0].lower().strip(",.;:").endswith(_BODY_HEADS)


def _named_as_place(text: str, start: int) -> bool:
    """A name after "in" ("in Italien", "in Italien und den Niederlanden"): where, not who."""
    before = text[max(0, start - 12):start].lower().split()
    if not before:
        return False
    if before[-1] in ("in", "im"):
        return not _body_before(text, start)
    return before[-1] in ("den", "der") and len(before) > 1 and before[-2] in ("in", "und")
