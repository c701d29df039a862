"""Which mentions of a story's articles are the same event.

Two mentions of different articles are scored on every slot at once: compatible types, shared
participants, overlapping days, the same place, the same quantities and shared wording. No single
slot decides, because the point of verification is to align a statement that is wrong in one slot
with the statements that are right: "the USA and China signed on Wednesday in Pyongyang" must
still meet "Russia and North Korea signed on Wednesday in Pyongyang", so that the actors can be
compared. A mention joins, per other article, only its best partner (mutual best matches above a
threshold); clusters join only if no two of their statements differ in two slots (complete link),
and a mention left alone then joins the event it fits best.
"""

from __future__ import annotations

import math
from collections import defaultdict

from .mentions import Mention, close_figures, id_kind, overlaps, same_measure

# types that report one event in different words ("Angriff" with 27 dead / "27 Menschen getötet")
_COMPATIBLE = {frozenset(p) for p in (("attack", "kill"), ("meet", "talks"), ("meet", "visit"), ("talks", "visit"),
                                       ("military_aid", "arms_transfer"), ("aid", "military_aid"), ("agree", "sign_agreement"),
                                       ("disaster", "collapse"), ("disaster", "kill"), ("support", "aid"),
                                       ("ceasefire", "sign_agreement"), ("ceasefire", "agree"), ("evacuate", "rescue"),
                                       ("raid", "arrest"), ("raid", "seize"), ("seize", "arrest"), ("offer", "agree"))}

THRESHOLD = 2.0
# what people say about each other recurs ("warf ... vor" is said of many things by many people): such
# statements align only on stronger evidence
SPEECH_ACTS = frozenset({"accuse", "criticize", "demand", "deny", "reject", "threaten", "support"})
SPEECH_EXTRA = 1.0


def type_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return 0.6 if frozenset((a, b)) in _COMPATIBLE else -math.inf


def _overlap(a: tuple[str, str] | None, b: tuple[str, str] | None) -> float | None:
    if a is None or b is None:
        return None
    if overlaps(a, b):
        return 1.0 if a == b else 0.5
    return -0.5


def one_event(a: Mention, b: Mention) -> bool:
    """Whether two statements can be of one event at all: compatible types, at most one slot apart
    besides polarity (a denial or a negation leaves out what it denies, and is what is to be compared)."""
    return type_score(a.type, b.type) != -math.inf and disagreements(a, b, polarity=False) < 2


def participants_score(a: Mention, b: Mention) -> float:
    pa = [x for x in a.actors if x.role != "other" or x.kind == "thing"]
    pb = [x for x in b.actors if x.role != "other" or x.kind == "thing"]
    if not pa or not pb:
        return 0.0
    shared = sum(1 for x in pa if any(x.same(y) for y in pb))
    return shared / min(len(pa), len(pb))


def quantity_score(a: Mention, b: Mention) -> float:
    for qa, _ in a.quantities:
        for qb, _ in b.quantities:
            if qa.unit == qb.unit and qa.value and abs(qa.value - qb.value) <= 0.1 * max(abs(qa.value), abs(qb.value)):
                return 1.0
    return 0.0


def word_score(a: Mention, b: Mention, idf: dict[str, float]) -> float:
    if not a.words or not b.words:
        return 0.0
    shared = sum(idf.get(w, 1.0) for w in a.words & b.words)
    return shared / min(sum(idf.get(w, 1.0) for w in a.words), sum(idf.get(w, 1.0) for w in b.words))


def _within_slack(a: Mention, b: Mention) -> bool:
    """Days a little apart where one article's publication day was only inferred through its story
    ("gestern" read against a day that may be one off): no sign of two events."""
    from datetime import date

    if "story" not in (a.article.published.origin, b.article.published.origin):
        return False
    gap = min(abs((date.fromisoformat(x) - date.fromisoformat(y)).days) for x in a.day for y in b.day)  # type: ignore[union-attr]
    return gap <= 2


def disagreements(a: Mention, b: Mention, polarity: bool = True) -> int:
    """How many slots two statements disagree on. A wrong statement is wrong in one slot; two
    statements that differ in two are two events ("Choe visited Moscow" / "Putin visited Pyongyang")."""
    n = 0
    # places read as agents ("das Landesgericht Innsbruck" -> Innsbruck) say nothing about who acted
    ag_a = [x for x in a.role_actors("agent", "co-agent") if not x.id.startswith("lb:loc:") and not x.generic]
    ag_b = [x for x in b.role_actors("agent", "co-agent") if not x.id.startswith("lb:loc:") and not x.generic]
    if ag_a and ag_b and not any(x.same(y) for x in ag_a for y in ag_b):
        # no shared agent; unless the roles are reversed (an agent of one is a target of the other)
        tg_a, tg_b = {x.id for x in a.role_actors("target")}, {x.id for x in b.role_actors("target")}
        if not ({x.id for x in ag_a} & tg_b or {x.id for x in ag_b} & tg_a):
            n += 1
    if a.day and b.day and not overlaps(a.day, b.day) and not _within_slack(a, b):
        n += 1
    pa = a.place_frame.where_id if a.place_frame else None
    pb = b.place_frame.where_id if b.place_frame else None
    if pa and pb and pa != pb and id_kind(pa) == id_kind(pb):
        n += 1
    if a.polarity and b.polarity and a.polarity != b.polarity:
        return n + polarity  # "schickte keine Helfer" has no figure to compare with "schickte 2.500 Helfer"
    pairs = [(qa, qb) for qa, _ in a.quantities for qb, _ in b.quantities if same_measure(qa, qb)]
    if pairs and not any(close_figures(qa, qb) for qa, qb in pairs):
        n += 1
    return n


def pair_score(a: Mention, b: Mention, idf: dict[str, float]) -> float:
    if not one_event(a, b):
        return -math.inf
    t = type_score(a.type, b.type)
    s = t + 1.5 * participants_score(a, b) + 2.5 * word_score(a, b, idf) + 0.8 * quantity_score(a, b)
    day = _overlap(a.day_any, b.day_any)
    if day is not None:
        s += day
    if a.place and b.place:
        s += 0.5 if a.place == b.place else -0.2
    return s


def story_idf(mentions: list[Mention], floor: float = 0.5) -> dict[str, float]:
    """Inverse document frequency of the words of a story's statements (anything with ``words``),
    plus ``floor`` so that a word all of them share still weighs something."""
    df: dict[str, int] = defaultdict(int)
    for m in mentions:
        for w in m.words:
            df[w] += 1
    n = len(mentions) + 1
    return {w: math.log(n / c) + floor for w, c in df.items()}


UNIQUE_BONUS = 0.8


def align(mentions: list[Mention], threshold: float = THRESHOLD) -> list[list[Mention]]:
    """Clusters of one story's mentions that report the same event (singletons included).

    Two mentions that are each the only one of their type in their article get a bonus: a story
    seldom holds two signings or two ratifications, and an article reporting one signing most likely
    reports the story's signing, whatever else it gets wrong."""
    idf = story_idf(mentions)
    n = len(mentions)
    per_article: dict[tuple[str, str], int] = defaultdict(int)
    for m in mentions:
        per_article[m.article.id, m.type] += 1
    best: dict[tuple[int, str], tuple[float, int]] = {}
    scores: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j in range(i + 1, n):
            a, b = mentions[i], mentions[j]
            if a.article.id == b.article.id:
                continue
            s = pair_score(a, b, idf)
            if a.type == b.type and per_article[a.article.id, a.type] == 1 and per_article[b.article.id, b.type] == 1:
                s += UNIQUE_BONUS
            if s < threshold + (SPEECH_EXTRA if a.type in SPEECH_ACTS or b.type in SPEECH_ACTS else 0.0):
                continue
            scores[i, j] = s
            for x, y in ((i, j), (j, i)):
                k = (x, mentions[y].article.id)
                if k not in best or s > best[k][0]:
                    best[k] = (s, y)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for (i, j), s in sorted(scores.items(), key=lambda kv: -kv[1]):
        if best[(i, mentions[j].article.id)][1] == j and best[(j, mentions[i].article.id)][1] == i:
            ri, rj = find(i), find(j)
            if ri == rj:
                continue
            # no two statements of one event may be two events by their slots (complete link)
            if not all(one_event(mentions[x], mentions[y]) for x in members[ri] for y in members[rj]):
                continue
            parent[ri] = rj
            members[rj] += members.pop(ri)
    # a mention left alone (its article's best partner was another mention of that article) joins the
    # event it fits best, if it fits every statement of it
    for i in range(n):
        if len(members[find(i)]) > 1:
            continue
        options = []
        for r, group in members.items():
            if r == find(i) or len({mentions[x].article.id for x in group}) < 2:
                continue
            pair = [scores.get((min(i, x), max(i, x))) for x in group if mentions[x].article.id != mentions[i].article.id]
            pair = [p for p in pair if p is not None]
            if not pair or not all(one_event(mentions[i], mentions[x]) for x in group):
                continue
            options.append((max(pair), r))
        if options:
            _, r = max(options)
            ri = find(i)
            parent[ri] = r
            members[r] += members.pop(ri)
    clusters: dict[int, list[Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        clusters[find(i)].append(m)
    return list(clusters.values())
