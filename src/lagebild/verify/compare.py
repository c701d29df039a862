"""Slot by slot: where one statement of an aligned event disagrees with the others.

For each slot (actors, roles, day, place, numbers, polarity) the statements of an event are
grouped by value; each value is backed by the independent sources (``Mention.unit``) that state
it. A statement is the outlier when the sources that contradict it outnumber those that back it;
its score grows with the independent support against it:

    score = 1 - 0.5 ** (against - backing + 1)      (2 against 1: 0.75, 3 against 1: 0.875)

and a tie (one source against one) is shown as contested with a score below the default threshold
(0.5), since nothing says which side is wrong. Disagreements with an innocent explanation are
contested as well, never flagged: figures given by different attributed sources ("laut Polizei
5.000, laut Veranstaltern 20.000"), a count that rises with the publication date (a death toll),
a denial by a party to the event itself ("Moskau bestreitet, ...").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..actors.places import lookup
from ..events.lexicon import TYPES
from ..model import Frame
from .align import disagreements, quantity_score, story_idf, word_score
from .mentions import Actor, Mention, close_figures, id_kind, overlaps, same_measure

CONTESTED_SCORE = 0.3
DEFAULT_THRESHOLD = 0.5  # a contradiction at or above it is flagged as an error, below it shown as contested


@dataclass
class Conflict:
    kind: str                      # actor, role, date, number, place, negation, internal
    outlier: Mention
    outlier_frame: Frame
    others: list[tuple[Mention, Frame]]
    score: float
    explanation: str
    genuine: bool = False          # an innocent disagreement: contested, not an error


def flag_score(against: int, backing: int) -> float:
    if against <= backing:
        return CONTESTED_SCORE if against else 0.0
    return 1 - 0.5 ** (against - backing + 1)


def _units(ms: list[Mention]) -> set[str]:
    return {m.unit for m in ms}


def _against(units: set[str], m: Mention) -> set[str]:
    """The sources against ``m``: its own source saying otherwise elsewhere is no second one (but it
    is the only one when the article contradicts itself)."""
    return units - {m.unit} if m.unit in units and len(units) > 1 else units


def _sources_phrase(n: int) -> str:
    return "1 other source says" if n == 1 else f"{n} independent sources say"


def _names(actors: list[Actor]) -> str:
    """'Wladimir Putin and Kim Jong-un' (a state after a person acting for it adds nothing)."""
    kept: list[Actor] = []
    for a in actors:
        if not any(a.text == b.text or a.same(b) for b in kept):
            kept.append(a)
    return " and ".join(a.text for a in kept) if kept else "nobody named"


def _slot_conflicts(kind: str, cluster: list[Mention], value: Callable[[Mention], object | None],
                    agree: Callable[[object, object], bool], describe: Callable[[Mention], str],
                    frame: Callable[[Mention], Frame], verb: str) -> list[Conflict]:
    """Generic majority check over one slot whose values can be compared pairwise."""
    have = [(m, value(m)) for m in cluster]
    have = [(m, v) for m, v in have if v is not None]
    if len({m.unit for m, _ in have}) < 2:
        return []
    out = []
    done: set[tuple[str, int, int]] = set()
    for m, v in have:
        if m.sid in done:
            continue
        backing = [x for x, w in have if agree(v, w)]
        against = [x for x, w in have if not agree(v, w)]
        if not against:
            continue
        # the mention's own unit backs it; an opposing near-copy of it still counts against it
        b_units, a_units = _units(backing), _units(against)
        a_units = _against(a_units, m)
        score = flag_score(len(a_units), len(b_units))
        if len(a_units) < len(b_units):
            continue  # m is on the majority side
        if len(a_units) == len(b_units):
            done.update(x.sid for x in against)  # a tie is one contested point, not two
        # the others must agree among themselves, else there is no majority to side with
        ref_v = value(against[0])
        if not all(agree(ref_v, value(x)) for x in against):
            score = min(score, CONTESTED_SCORE)
        for x in backing:
            done.add(x.sid)
        says = f"says {describe(m)} {verb}".rstrip()
        out.append(Conflict(kind, m, frame(m), [(x, frame(x)) for x in against], score,
                            f"{says}; {_sources_phrase(len(a_units))} {describe(against[0])}"))
    return out


# -- the slots -------------------------------------------------------------------------------------

def actor_conflicts(cluster: list[Mention]) -> list[Conflict]:
    """A party named by one statement that no other statement names, where other sources name a
    party this statement lacks: 'says the USA and China signed; 3 sources say Russia and North Korea'."""
    out = []
    main = [m for m in cluster if m.role_actors("agent", "co-agent", "target")]
    if len(_units(main)) < 2:
        return []
    places = {f.where_id for x in cluster for f in x.frames if f.where_id}
    for m in main:
        mine = [a for a in m.role_actors("agent", "co-agent", "target") if _party(a) and a.id != m.frames[0].attributed_id]
        others = [x for x in cluster if x is not m]
        # a party the others' sentences name in words, though not as a participant, is not theirs to deny
        told = " ".join(x.article.text[f.start:f.end] for x in others for f in x.frames).lower()
        extra = [a for a in mine if a.id not in places and not any(a.same(b) for x in others for b in x.actors)
                 and a.text.lower() not in told]
        if not extra:
            continue
        # parties the others name and this statement does not, with the sources naming them
        missing: dict[str, tuple[set[str], list[Mention]]] = {}
        mine_told = " ".join(m.article.text[f.start:f.end] for f in m.frames).lower()
        for x in others:
            for b in x.role_actors("agent", "co-agent", "target"):
                if not _party(b) or any(b.same(a) for a in m.actors) or b.text.lower() in mine_told:
                    continue
                units, sayers = missing.setdefault(b.acts_for or b.id, (set(), []))
                units.add(x.unit)
                if x not in sayers:
                    sayers.append(x)
        if not missing:
            continue
        units, sayers = max(missing.values(), key=lambda e: len(e[0]))
        backing = {x.unit for x in cluster if any(a.same(b) for a in extra for b in x.actors)}
        theirs = [b for x in sayers for b in x.role_actors("agent", "co-agent", "target")
                  if not any(b.same(a) for a in m.actors)]
        score = flag_score(len(units), len(backing))
        if not {_coarse(a) for a in extra} & {_coarse(b) for b in theirs}:
            # one statement names a body where the others name a person (or the like): more likely
            # two ways of telling than one wrong party
            score = min(score, CONTESTED_SCORE)
        out.append(Conflict("actor", m, m.frames[0], [(x, x.frames[0]) for x in sayers], score,
                            f"says {_names(mine)}; {_sources_phrase(len(units))} {_names(theirs[:3])}"))
    return out


def _party(a: Actor) -> bool:
    """A party to the event, not its place ("die Stadt Jakutsk", "in Italien", compared as places) nor
    who says so ("nach Angaben der Stiftung X")."""
    return not (id_kind(a.id) == "place" or a.as_place or a.as_source or a.generic)


def _named(actors: list[Actor]) -> list[Actor]:
    """Parties named by a name, not by an adjective ("armenische Soldaten" may be either side's)."""
    return [a for a in actors if a.text[:1].isupper() or a.titled]


def _coarse(a: Actor) -> str:
    """A party's kind for comparing a swap: a state (or a person acting for one), a person, a body."""
    if id_kind(a.id) == "state" or a.acts_for and id_kind(a.acts_for) == "state":
        return "state"
    return "person" if a.is_person else "body"


def role_conflicts(cluster: list[Mention]) -> list[Conflict]:
    """Agent and target the other way round: 'says B attacked A; 2 sources say A attacked B'. A party
    this statement makes the agent is the target in the others (and never their agent), or the reverse."""
    if not cluster or TYPES.get(cluster[0].type, (None, None, True))[2]:
        return []  # symmetric events: every party is an agent
    out = []
    for m in cluster:
        ag, tg = _named(m.role_actors("agent", "co-agent")), _named(m.role_actors("target"))
        if not ag or not tg:
            continue  # only who did what to whom can be the other way round
        against, backing = [], [m]
        for x in cluster:
            if x is m or x.article.id == m.article.id and x.frames[0].start == m.frames[0].start:
                continue
            if any(same_measure(q, q2) for q, _ in m.quantities for q2, _ in x.quantities) and \
                    not any(close_figures(q, q2) for q, _ in m.quantities for q2, _ in x.quantities):
                continue  # other figures: the other direction of an exchange, not a reversal
            xa, xt = _named(x.role_actors("agent", "co-agent")), _named(x.role_actors("target"))
            if not (xa or xt):
                continue  # a statement naming who did it, or to whom, can say the roles are the other way round
            flipped = (any(a.same(b) for a in ag for b in xt) and not any(a.same(b) for a in ag for b in xa)) or \
                      (any(t.same(b) for t in tg for b in xa) and not any(t.same(b) for t in tg for b in xt))
            same = any(a.same(b) for a in ag for b in xa) or any(t.same(b) for t in tg for b in xt)
            if flipped and not same:
                against.append(x)
            elif same:
                backing.append(x)
        if not against:
            continue
        a_units, b_units = _units(against), _units(backing)
        a_units = _against(a_units, m)
        if len(a_units) < len(b_units) or (len(a_units) == len(b_units) and len(a_units) > 1):
            continue
        x = against[0]
        out.append(Conflict("role", m, m.frames[0], [(y, y.frames[0]) for y in against],
                            flag_score(len(a_units), len(b_units)),
                            f"says {_names(ag)} acted on {_names(tg)}; {_sources_phrase(len(a_units))} "
                            f"{_names(x.role_actors('agent', 'co-agent'))} acted on {_names(x.role_actors('target'))}"))
    return out


def _day_text(m: Mention) -> str:
    f = m.day_frame
    expr = m.article.text[f.time_span[0]:f.time_span[1]] if f is not None and f.time_span else None
    day = m.day[0] if m.day else "?"
    return f"{day} ('{expr}')" if expr else day


def date_conflicts(cluster: list[Mention]) -> list[Conflict]:
    from .anchor import guessed, reconcilable

    out = _slot_conflicts("date", cluster, lambda m: m.day, overlaps, _day_text,  # type: ignore[arg-type]
                          lambda m: m.day_frame or m.frames[0], "as the day")
    for c in out:
        theirs = c.others[0][0].day
        if guessed(c.outlier.article) and theirs and reconcilable(c.outlier, theirs[0]):
            # the article's publication day is a guess; a day a little off would make it agree
            c.genuine = True
            c.score = min(c.score, CONTESTED_SCORE)
    return out


def _place_value(m: Mention) -> tuple[str, str, str | None, bool] | None:
    """(place id, its words, the state it lies in, whether it is a region) of a statement's place, if the
    linker knows it: a state is its own state; a city or region has the place table's."""
    f = m.place_frame
    if f is None or not f.where_id:
        return None
    name = f.where or ""
    hit = lookup(name)
    state = f.where_id if id_kind(f.where_id) == "state" else hit[1] if hit else None
    return f.where_id, name.lower(), state, bool(hit) and hit[0] == "region"


def place_conflicts(cluster: list[Mention]) -> list[Conflict]:
    def agree(a: object, b: object) -> bool:
        (ia, na, sa, ra), (ib, nb, sb, rb) = a, b  # type: ignore[misc]
        if ia == ib or na == nb:
            return True
        if sa and sb:
            if sa != sb:
                return False  # "in Hamburg" and "in Indien", "in Innsbruck" and "in Dresden"
            if ia == sa or ib == sb or ra or rb:
                return True  # a city in the state or region the other names
        return not (id_kind(ia) == id_kind(ib) != "other")  # unknown places: a city and a state, no verdict

    out = _slot_conflicts("place", cluster, _place_value, agree, lambda m: f"'{m.place_frame.where}'",  # type: ignore[union-attr]
                          lambda m: m.place_frame or m.frames[0], "as the place")
    for c in out:
        mine, theirs = _place_value(c.outlier), _place_value(c.others[0][0])
        if mine and theirs and mine[2] and theirs[2] and mine[2] != theirs[2]:
            continue  # places in two states: no nearer place explains it
        if theirs and theirs[1] and theirs[1] in c.outlier.article.text.lower():
            # the article names the others' place too ("Paiporta" and "Valencia"): one place inside the
            # other, or a nearer one; the place table cannot tell
            c.genuine = True
            c.score = min(c.score, CONTESTED_SCORE)
    return out


def polarity_conflicts(cluster: list[Mention]) -> list[Conflict]:
    out = _slot_conflicts("negation", cluster, lambda m: m.polarity, lambda a, b: a == b,
                          lambda m: "it did not happen" if m.polarity == "neg" else "it happened",
                          lambda m: m.polarity_frame, "")
    for c in out:
        f = c.outlier_frame
        if c.outlier.polarity == "neg" and f.modality == "denied" and c.outlier.attributed:
            c.genuine = True  # a party denies it: a disagreement of sources, for the reader to weigh
            c.score = min(c.score, CONTESTED_SCORE)
    return out


def _whose(m: Mention, q) -> set[str]:
    """The states an amount's own words name: "14 armenische Soldaten" -> {ARM}."""
    return {a.actor_id for a in m.article.actors if a.how == "adjective" and q.start <= a.start and a.end <= q.end}


def number_conflicts(cluster: list[Mention]) -> list[Conflict]:
    """Counts of one thing that differ beyond rounding, per measure (unit, or what is counted, and
    whose: "14 armenische Soldaten" and "neun aserbaidschanische Soldaten" are two counts)."""
    out = []
    for m in cluster:
        for q, f in m.quantities:
            against, backing = [], [m]
            mine = _whose(m, q)
            for x in cluster:
                if x is m:
                    continue
                same = [(q2, f2) for q2, f2 in x.quantities if same_measure(q, q2)
                        and not (mine and _whose(x, q2) and not mine & _whose(x, q2))]
                if not same:
                    continue
                if any(close_figures(q, q2) for q2, _ in same):
                    backing.append(x)
                else:
                    against.append((x, same[0][0], same[0][1]))
            if not against:
                continue
            a_units, b_units = {x.unit for x, _, _ in against}, _units(backing)
            a_units = _against(a_units, m)
            if len(a_units) < len(b_units):
                continue
            score = flag_score(len(a_units), len(b_units))
            genuine = False
            attributions = {x.attributed for x, _, _ in against} | {m.attributed}
            if m.attributed and len(attributions) > 1:
                genuine = True  # different sources give different figures
            pubs = [x.article.published.start for x, _, _ in against]
            mine = m.article.published.start
            if mine and pubs and all(pubs):
                # a figure that grows with time (a death toll): the later report has the larger figure
                later = all(mine[:10] > p[:10] for p in pubs) and all(q.value > q2.value for _, q2, _ in against)
                # the earlier report with the smaller figure: any later one may give the larger count beside
                # a part of it ("31 Menschen wurden verletzt, sechs davon schwer")
                earlier = all(mine[:10] < p[:10] for p in pubs) and any(
                    q.value < q3.value for x, _, _ in against for q3, _ in x.quantities if same_measure(q, q3))
                if later or earlier:
                    genuine = True
            if genuine:
                score = min(score, CONTESTED_SCORE)
            x, q2, _ = against[0]
            out.append(Conflict("number", m, f, [(y, f2) for y, _, f2 in against], score,
                                f"says {m.article.text[q.start:q.end]}; {_sources_phrase(len(a_units))} "
                                f"{x.article.text[q2.start:q2.end]}", genuine))
            break
    return out


CHECKS = (actor_conflicts, role_conflicts, date_conflicts, place_conflicts, number_conflicts, polarity_conflicts)


def conflicts(cluster: list[Mention]) -> list[Conflict]:
    """Every disagreement inside one aligned event."""
    if len({m.article.id for m in cluster}) < 2:
        return []
    out: list[Conflict] = []
    for part in _linked_parts([s for m in cluster for s in m.statements()]):
        if len({m.article.id for m in part}) >= 2:
            out.extend(_conflicts(part))
    return out


def _figures_differ(m: Mention, others: list[Mention]) -> bool:
    """Does every other statement give a count or measure of the kind ``m`` gives, none close to its own?
    Counts compare whatever they count ("31 Verletzte", "23 Menschen verletzt"): this only holds a flag back."""
    mine = [q for q, _ in m.quantities]
    return bool(mine) and all(
        any(q.unit == q2.unit for q in mine for q2, _ in x.quantities)
        and not any(q.unit == q2.unit and close_figures(q, q2) for q in mine for q2, _ in x.quantities)
        for x in others)


def _linked_parts(statements: list[Mention]) -> list[list[Mention]]:
    """Statements of one aligned event that speak of the same thing: sharing a figure, a day, a place,
    a party or much wording, and disagreeing in at most one slot. An article's grouped mentions can
    hold two happenings (rescuers sent, money pledged); those are compared apart."""
    idf = story_idf(statements)
    n = len(statements)
    parent = list(range(n))
    per_article: dict[tuple[str, str], int] = {}
    for m in statements:
        per_article[m.article.id, m.type] = per_article.get((m.article.id, m.type), 0) + 1

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(n):
        for j in range(i + 1, n):
            a, b = statements[i], statements[j]
            if disagreements(a, b, polarity=False) >= 2:
                continue
            if a.article.id == b.article.id:
                # one article's statements share its wording and its day anyway: only a party or a figure
                shared = quantity_score(a, b) > 0 or any(x.same(y) for x in a.actors for y in b.actors)
            else:
                shared = quantity_score(a, b) > 0 or (a.day and b.day and overlaps(a.day, b.day)) \
                    or (a.place and a.place == b.place) or any(x.same(y) for x in a.actors for y in b.actors) \
                    or word_score(a, b, idf) >= 0.3 \
                    or (a.type == b.type and per_article[a.article.id, a.type] == 1 == per_article[b.article.id, b.type]
                        and bool(a.actors) and bool(b.actors))  # two accounts of who did it, to compare
            if shared:
                parent[find(i)] = find(j)
    parts: dict[int, list[Mention]] = {}
    for i, m in enumerate(statements):
        parts.setdefault(find(i), []).append(m)
    return list(parts.values())


def _conflicts(cluster: list[Mention]) -> list[Conflict]:
    live = [m for m in cluster if not m.planned]
    # a pledge or plan made on a day ("sagte am Mittwoch ... zu") dates the event like a report of it
    dated = live + [m for m in cluster if m.planned and m.day and m.article.published.start and
                    m.day[1] <= m.article.published.start[:10]]
    out = []
    for check in CHECKS:
        # who, to whom, where and how much are said by planned statements too ("Russland und Nordkorea
        # planten, ... zu unterzeichnen", "sagte ... zu"); when and whether it happened only by the others
        out.extend(check(dated if check is date_conflicts else live if check is polarity_conflicts else cluster))
    # plans are compared with plans: two reports of the next round on different days disagree
    plans = [m for m in cluster if m.planned and m not in dated]
    if len({m.unit for m in plans}) >= 2:
        out.extend(date_conflicts(plans))
    kept: list[Conflict] = []
    for c in out:
        if {m.article.id for m, _ in c.others} == {c.outlier.article.id}:
            c.kind = "internal"
        # a tie seen from both sides is one contested point
        if any(k.kind == c.kind and k.score == c.score and any(x.sid == c.outlier.sid for x, _ in k.others)
               and any(x.sid == k.outlier.sid for x, _ in c.others) for k in kept):
            continue
        kept.append(c)
    # a statement that differs from the others in two slots at once ("Wien hat unterschrieben" against
    # "Berlin hat nicht unterschrieben": another party and the other polarity) tells of another event,
    # wrongly aligned; an injected or genuine error changes one thing
    kinds: dict[tuple[str, int, int], set[str]] = {}
    for c in kept:
        kinds.setdefault(c.outlier.sid, set()).add(c.kind)
        if c.kind == "date" and _figures_differ(c.outlier, [x for x, _ in c.others]):
            kinds[c.outlier.sid].add("number")  # "zählte am Freitag 31 Verletzte": a later count, not a wrong day
    return [c for c in kept if len(kinds[c.outlier.sid] - {"internal"}) < 2]
