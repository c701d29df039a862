"""Sentence by sentence: contradictions where no event frame carries the statement.

Event frames catch what the grammar understands. Many statements it does not read ("kam mit 33
Monaten Haft davon", "Die Tarifparteien wollen am 18. März in Hamburg weiterverhandeln") are still
told by several sources in similar words. Here every sentence of a story's articles is read into
plain slots (its content words as five-letter pieces, the actors it names, its figures, its days, its places, whether it
is negated), and sentences of different independent sources that share most of their wording and
at least one anchor (an actor, a figure or a day) are taken as reports of one fact. A sentence
whose reports from at least two other sources agree with each other, and differ from it in exactly
one slot, is the outlier in that slot; its score is the one the frame-level checks use.

Sentences already judged through an event frame are left to that judgment.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from ..events.grammar import DATELINE
from ..events.lexicon import NEGATIONS
from ..events.quantities import Amount, amounts
from ..model import Article, Corpus
from ..resources.stopwords import GERMAN
from .align import story_idf
from .compare import CONTESTED_SCORE, flag_score
from .mentions import _WORD, close_figures, overlaps, same_measure

MIN_WORDING = 0.4       # share of the rarer sentence's content weight (in five-letter pieces) the two share
MIN_PIECES = 8          # and at least this many pieces in common
WORDING_BY_ANCHORS = {1: (MIN_WORDING, MIN_PIECES), 2: (0.25, 6), 3: (0.15, 4)}  # anchors shared: (wording, pieces)
MIN_TOKENS = 6          # shorter sentences (headlines, captions) say too little to compare
MAX_SENTENCES = 4000    # a story this large is compared through its frames only

_DAY_PRECISION = frozenset({"day", "part-of-day", "hour", "minute"})
_PLACE_KINDS = frozenset({"location"})
_PARTY_KINDS = frozenset({"person", "state", "organization", "group"})


@dataclass
class Sentence:
    article: Article
    start: int
    end: int
    unit: str
    words: set[str]
    parties: dict[str, str]               # actor id -> its words (people, states, organisations)
    places: dict[str, str]                # place id -> its words
    figures: list[Amount]
    days: list[tuple[str, str, str]]      # (first day, last day, the words)
    negated: bool

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end]

    @cached_property
    def key(self) -> tuple[str, int]:
        return self.article.id, self.start


@dataclass
class SentenceConflict:
    kind: str
    outlier: Sentence
    others: list[Sentence]
    score: float
    explanation: str
    genuine: bool = False
    backing: list[Sentence] = field(default_factory=list)


def read_sentences(article: Article, unit: str) -> list[Sentence]:
    removed = [(r.start, r.end) for r in article.removed]
    out = []
    text = article.text
    datelines = [m.span(1) for m in DATELINE.finditer(text)]  # "Wien, 4. März 2025 –": the day it appeared
    for s in article.sentences:
        if len(s.tokens) < MIN_TOKENS or any(a < s.end and s.start < b for a, b in removed):
            continue
        words: set[str] = set()
        for w in _WORD.findall(text[s.start:s.end]):
            low = w.lower()
            if low not in GERMAN:
                # pieces of five letters: "weiterverhandeln" meets "Verhandlungen", "Gefechten" "Gefecht"
                padded = f"<{low}>"
                words.update(padded[k:k + 5] for k in range(max(1, len(padded) - 4)))
        parties, places = {}, {}
        for m in article.actors:
            if s.start <= m.start and m.end <= s.end:
                where = _where_phrase(text, s.start, m.start)
                if m.actor_type in _PLACE_KINDS or where and m.actor_type == "state" and m.how != "adjective":
                    places.setdefault(m.actor_id, text[m.start:m.end])  # "in Indien": a place
                elif m.actor_type in _PARTY_KINDS and m.how not in ("adjective", "generic") and not where:
                    parties.setdefault(m.actor_id, text[m.start:m.end])
        times = [t for t in article.times if s.start <= t.start and t.end <= s.end
                 and not any(a <= t.start and t.end <= b for a, b in datelines)]
        skip = [(t.start, t.end) for t in times if t.kind in ("date", "time")] + datelines  # "33 Monaten" is a figure
        figures = [q for q in amounts(text, s.start, s.end, skip) if q.value]
        days = [(t.when.start[:10], t.when.end[:10], text[t.start:t.end]) for t in times
                if t.when.start and t.when.end and t.when.precision in _DAY_PRECISION
                and t.when.origin in ("text", "story")]
        low = [w.lower() for w in text[s.start:s.end].split()]
        negated = any(w.strip(",.;:") in NEGATIONS and not (k + 1 < len(low) and low[k + 1].strip(",.;:") in _NOT_NEGATING)
                      for k, w in enumerate(low))
        out.append(Sentence(article, s.start, s.end, unit, words, parties, places, figures, days, negated))
    return out


# "nicht nur", "nicht weit von", "nicht zuletzt": no denial of what the sentence tells
_NOT_NEGATING = frozenset("nur weit zuletzt ohne minder selten wenige wenig unerheblich unbedingt erst".split()
                          # "ein Signal an Manila, nicht an Athen": a phrase set against another, not a denial
                          + "an in im auf gegen für mit von nach aus bei über unter vor um".split())
_WHERE_WORDS = frozenset("in im ins nach aus vom von bei nahe durch über".split())
_DETERMINERS = frozenset("der die das den dem des".split())


def _where_phrase(text: str, lo: int, start: int) -> bool:
    """A name after a preposition of place or direction ("aus Deutschland", "in die Türkei"): where
    something happens or goes, which these plain slots cannot tell from who does it."""
    before = text[max(lo, start - 16):start].lower().split()
    while before and before[-1] in _DETERMINERS:
        before.pop()
    return bool(before) and before[-1] in _WHERE_WORDS


def _wording(a: Sentence, b: Sentence, idf: dict[str, float], pieces: int = MIN_PIECES) -> float:
    shared = a.words & b.words
    if len(shared) < pieces:
        return 0.0
    weight = sum(idf.get(w, 0.0) for w in shared)
    return weight / (min(sum(idf.get(w, 0.0) for w in a.words), sum(idf.get(w, 0.0) for w in b.words)) or 1.0)


def _anchors(a: Sentence, b: Sentence) -> int:
    """How many kinds of anchor two sentences share: a party, a place, a figure, a day."""
    return (bool(a.parties.keys() & b.parties.keys()) + bool(a.places.keys() & b.places.keys())
            + any(close_figures(x, y) and same_measure(x, y) for x in a.figures for y in b.figures)  # type: ignore[arg-type]
            + any(overlaps(x[:2], y[:2]) for x in a.days for y in b.days))


def _reports(a: Sentence, b: Sentence, idf: dict[str, float]) -> float:
    """How strongly two sentences read as reports of one fact (0: not): their wording, where the
    more anchors they share, the less of it they need ("Einsatzkräfte evakuierten am Sonntag rund 3800
    Menschen" and "Rettungskräfte brachten am Sonntag rund 3800 Bewohner in Sicherheit")."""
    n = _anchors(a, b)
    if not n:
        return 0.0
    need, pieces = WORDING_BY_ANCHORS[min(n, 3)]
    w = _wording(a, b, idf, pieces)
    return w if w >= need else 0.0


# -- the slots ---------------------------------------------------------------------------------------

def _figure_diff(s: Sentence, others: list[Sentence]) -> tuple[Amount, Amount] | None:
    """A figure of ``s`` that the others, agreeing among themselves, all give otherwise."""
    for q in s.figures:
        theirs = []
        for o in others:
            same = [x for x in o.figures if same_measure(q, x)]  # type: ignore[arg-type]
            if not same:
                return None  # not every report gives this figure: no majority on it
            if any(close_figures(q, x) for x in same):  # type: ignore[arg-type]
                return None
            theirs.append(same[0])
        if all(close_figures(theirs[0], x) for x in theirs[1:]):  # type: ignore[arg-type]
            return q, theirs[0]
    return None


def _day_diff(s: Sentence, others: list[Sentence]) -> tuple[tuple[str, str, str], tuple[str, str, str]] | None:
    if not s.days or not all(o.days for o in others):
        return None
    mine = s.days[0]
    if any(overlaps(mine[:2], d[:2]) for o in others for d in o.days):
        return None
    ref = others[0].days[0]
    if not all(any(overlaps(ref[:2], d[:2]) for d in o.days) for o in others[1:]):
        return None
    return mine, ref


def _day_reconcilable(s: Sentence, day: str) -> bool:
    """For an article whose publication day was inferred through its story: would a day within the
    slack of it make this sentence's first date expression name ``day``?"""
    from .anchor import reconciles

    t = next((t for t in s.article.times if s.start <= t.start and t.end <= s.end
              and t.when.start and t.when.precision in _DAY_PRECISION), None)
    return reconciles(s.article, (t.start, t.end) if t is not None else None, (s.start, s.end), day)


def _spelled(actor_id: str, others: list[Sentence], told: str) -> bool:
    """Does the sentence have, in words, a name the others' articles give this actor?"""
    for o in others:
        text = o.article.text
        for m in o.article.actors:
            if m.actor_id != actor_id:
                continue
            if text[m.start:m.end].lower() in told:
                return True
            if text[max(0, m.start - 1):m.start] == "(":
                # "Zentralverband der Deutschen Seehafenbetriebe (ZDS)": the long name before the short one
                long = " ".join(text[max(0, m.start - 80):m.start - 1].split()[-3:]).lower()
                if long and long in told:
                    return True
    return False


def _name_diff(mine: dict[str, str], others: list[dict[str, str]]) -> tuple[str, str, str] | None:
    """A name only this sentence gives, where every other report gives one it lacks."""
    def known(name: str, names: dict[str, str]) -> bool:  # "Dorf Sotk" and "Sotk" are one place
        n = name.lower()
        return any(n in x.lower() or x.lower() in n for x in names.values())

    extra = [i for i in mine if not any(i in o or known(mine[i], o) for o in others)]
    if not extra:
        return None
    common = [i for i in set(others[0]).intersection(*others[1:]) - set(mine) if not known(others[0][i], mine)]
    if not common:
        return None
    return mine[extra[0]], others[0][sorted(common)[0]], sorted(common)[0]


def _slots(s: Sentence, others: list[Sentence]) -> list[tuple[str, str, str]]:
    """(kind, what this sentence says, what the others say) for every slot it differs in (a name the
    others give that this sentence has in words, unlinked, is no difference)."""
    out = []
    told = s.text.lower()
    fig = _figure_diff(s, others)
    if fig:
        out.append(("number", s.article.text[fig[0].start:fig[0].end], others[0].article.text[fig[1].start:fig[1].end]))
    day = _day_diff(s, others)
    if day:
        (a0, a1, aw), (b0, b1, bw) = day
        out.append(("date", f"{a0 if a0 == a1 else a0 + '/' + a1} ('{aw}') as the day",
                     f"{b0 if b0 == b1 else b0 + '/' + b1} ('{bw}')"))
    party = _name_diff(s.parties, [o.parties for o in others])
    if party and not _spelled(party[2], others, told) and not any(party[0].lower() in o.text.lower() for o in others):
        out.append(("actor", party[0], party[1]))
    place = _name_diff(s.places, [o.places for o in others])
    if place and not _spelled(place[2], others, told) and not any(place[0].lower() in o.text.lower() for o in others):
        out.append(("place", f"'{place[0]}'", f"'{place[1]}'"))
    if s.negated != others[0].negated and all(o.negated == others[0].negated for o in others):
        out.append(("negation", "it did not happen" if s.negated else "it happened",
                    "it happened" if s.negated else "it did not happen"))
    return out


@dataclass
class Fact:
    """A statement no event frame carries, told alike by several independent sources: its sentences
    (one per source, the first the earliest), the story, and the parties they name."""

    story: str
    sentences: list[Sentence]

    @property
    def units(self) -> set[str]:
        return {s.unit for s in self.sentences}


def sentence_conflicts(corpus: Corpus, story_of: dict[str, str], unit_of: dict[str, str],
                       judged: set[tuple[str, int]], framed: set[tuple[str, int]] = frozenset(),
                       facts: list[Fact] | None = None) -> list[SentenceConflict]:
    """Outliers among sentences that independent sources tell alike; ``judged`` holds the
    (article id, sentence start) of sentences the frame-level checks already ruled on. With
    ``facts`` given, the statements that at least two independent sources tell alike and no frame
    carries (no sentence in ``framed``) are added to it."""
    articles: dict[str, list[Article]] = defaultdict(list)
    for a in corpus.articles:
        if a.id in story_of:
            articles[story_of[a.id]].append(a)
    # only stories told by two sources or more have anything to compare: read only their sentences
    by_story = {sid: [s for a in arts for s in read_sentences(a, unit_of[a.id])] for sid, arts in articles.items()
                if len({unit_of[a.id] for a in arts}) >= 2}
    out: list[SentenceConflict] = []
    for sid, sentences in by_story.items():
        if len({s.unit for s in sentences}) < 2 or len(sentences) > MAX_SENTENCES:
            continue
        idf = story_idf(sentences, floor=0.0)  # type: ignore[arg-type]
        # each sentence's best report per other independent source
        best: dict[tuple[str, int], dict[str, tuple[float, Sentence]]] = defaultdict(dict)
        for i, a in enumerate(sentences):
            for b in sentences[i + 1:]:
                if a.unit == b.unit or a.article.id == b.article.id:
                    continue
                w = _reports(a, b, idf)
                if not w:
                    continue
                for x, y in ((a, b), (b, a)):
                    cur = best[x.key].get(y.unit)
                    if cur is None or w > cur[0]:
                        best[x.key][y.unit] = (w, y)
        keyed = {s.key: s for s in sentences}
        if facts is not None:
            facts.extend(_facts(sid, sentences, best, framed))
        for key, per_unit in best.items():
            s = keyed[key]
            if key in judged:
                continue
            # mutual: the others' best report from this source is this sentence
            others = [o for _, o in per_unit.values() if best[o.key].get(s.unit, (0.0, None))[1] is s]
            if len({o.unit for o in others}) < 2:
                continue  # a majority needs two reports besides this one
            diffs = _slots(s, others)
            if len(diffs) != 1:
                continue  # no difference, or so many that these are different facts
            kind, says, theirs = diffs[0]
            # the others must not differ from each other in that slot; those agreeing with s back it
            score = flag_score(len({o.unit for o in others}), 1)
            genuine = False
            if kind == "place" and theirs.strip("'") in s.article.text:
                genuine = True  # the article names the others' place too: one inside the other, or near
            if kind == "date" and s.article.published.origin == "story":
                # its publication day was inferred through the story; a day or two off, it may agree
                genuine = _day_reconcilable(s, others[0].days[0][0])
            if genuine:
                score = min(score, CONTESTED_SCORE)
            n = len({o.unit for o in others})
            phrase = "1 other source says" if n == 1 else f"{n} independent sources say"
            out.append(SentenceConflict(kind, s, others, score, f"says {says}; {phrase} {theirs}", genuine))
    return out


def _facts(story: str, sentences: list[Sentence], best, framed: set[tuple[str, int]]) -> list[Fact]:
    """Mutual best reports joined into facts (one sentence per source), leaving out any that a frame
    already carries and any whose reports disagree in a slot."""
    keyed = {s.key: s for s in sentences}
    parent = {s.key: s.key for s in sentences}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for key, per_unit in best.items():
        s = keyed[key]
        for _, o in per_unit.values():
            if best[o.key].get(s.unit, (0.0, None))[1] is s:
                parent[find(key)] = find(o.key)
    groups: dict[tuple[str, int], list[Sentence]] = defaultdict(list)
    for s in sentences:
        groups[find(s.key)].append(s)
    out = []
    for members in groups.values():
        if len({m.unit for m in members}) < 2 or any(m.key in framed for m in members):
            continue
        one: dict[str, Sentence] = {}
        for m in sorted(members, key=lambda m: (m.article.published.start or "9999", m.article.id, m.start)):
            one.setdefault(m.unit, m)
        chosen = list(one.values())
        if any(_slots(m, [o for o in chosen if o is not m]) for m in chosen if len(chosen) > 2):
            continue  # told differently: not one fact to state
        out.append(Fact(story, chosen))
    return out
