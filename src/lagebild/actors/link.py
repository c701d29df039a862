"""Find and link the actor mentions of one text (see ``kb`` for what links and how)."""

from __future__ import annotations

import re
from datetime import date

from .kb import KnowledgeBase, Mention, _TOKEN, fold, knowledge_base, stem

_NER_TYPE = {"PER": "person", "LOC": "location", "ORG": "organization", "OTH": "other"}
_ARTICLES = frozenset("der die das den dem des".split())


def _office(kb: KnowledgeBase, word: str) -> list[str] | None:
    w = fold(word)
    for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("en") else w):
        roles = kb.offices.get(form)
        if roles:
            return roles
    return None


def _state_of(kb: KnowledgeBase, word: str, bodies: bool = False) -> str | None:
    """A state named by a single word: alias, genitive ('Russlands'), metonym or adjective;
    with ``bodies`` also an international organisation ('NATO-Generalsekretär')."""
    for actor_id, _ in kb.lookup([word]):
        kind = kb.actors.get(actor_id, {}).get("type")
        if kind == "state" or (bodies and kind == "organization" and not kb.actors[actor_id].get("affiliation")):
            return actor_id
    return kb.adjective(word)


_FORMER = frozenset("frühere früheren früherer ehemalige ehemaligen ehemaliger einstige einstigen damalige damaligen "
                    "vormalige vormaligen".split())


def link(text: str, when: date | None = None, kb: KnowledgeBase | None = None, use_ner: bool = True) -> list[Mention]:
    """Every actor mention of ``text``, in order, non-overlapping."""
    kb = kb or knowledge_base()
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    found: list[Mention] = []
    i = 0
    while i < len(toks):
        m = _match_at(kb, text, toks, i, when)
        if m is not None:
            found.append(m[0])
            i += m[1]
        else:
            i += 1
    if use_ner:
        found = _with_ner(kb, text, found, when)
    found = _institutions(text, toks, found)
    found = _short_forms(kb, found, when, text, toks)
    found = _long_forms(text, toks, found)
    return _generic_groups(text, toks, found)


def _match_at(kb: KnowledgeBase, text: str, toks, i: int, when: date | None):
    a, _, word = toks[i]
    former = i > 0 and fold(toks[i - 1][2]) in _FORMER
    if former:
        when = None  # "der frühere US-Präsident": not whoever holds the office now
    # office phrases: "der russische Präsident", "Russlands Außenminister", "US-Präsident", "Kremlchef"
    if i + 1 < len(toks):
        state = _state_of(kb, word) if word[:1].isalpha() else None
        roles = _office(kb, toks[i + 1][2]) if state else None
        if roles:
            holder = kb.office_holder(state, roles, when)
            end = toks[i + 1][1]
            return (Mention(a, end, text[a:end], holder or state, "person" if holder else "state", "office",
                            state, tuple(roles)), 2)
    fw = fold(word)
    if "-" in word or fw.endswith(("chef", "chefs")):
        head, sep, tail = word.partition("-")
        if not sep:
            cut = 5 if fw.endswith("chefs") else 4
            head, tail = word[:-cut], "chef"
        state = _state_of(kb, head, bodies=True)
        roles = _office(kb, tail) if state else None
        if roles:
            holder = kb.office_holder(state, roles, when)
            return (Mention(a, toks[i][1], word, holder or state, "person" if holder else "state", "office", state,
                            tuple(roles)), 1)
    if not word[:1].isupper() and fw not in ("von", "van", "de", "al"):
        state = kb.adjective(word) if word[:1].isalpha() else None
        if state:
            return (Mention(a, toks[i][1], word, state, "state", "adjective"), 1)
        return None
    lengths = sorted(set(kb.lengths.get(fw, ()) + kb.lengths.get("~" + stem(word), ())), reverse=True)
    for n in lengths:
        if i + n > len(toks):
            continue
        words = [t[2] for t in toks[i:i + n]]
        hits = kb.lookup(words)
        if hits:
            actor_id, how = hits[0]
            actor = kb.actors[actor_id]
            end = toks[i + n - 1][1]
            return (Mention(a, end, text[a:end], actor_id, actor["type"], how, kb.acts_for(actor_id, when)), n)
    if "-" in word:  # "Putin-Besuch", "DVRK-Führung", "Nato-Gipfel": the name part
        for actor_id, how in kb.lookup([word.partition("-")[0]]):
            if how in ("alias", "metonym"):
                actor = kb.actors[actor_id]
                return (Mention(a, toks[i][1], word, actor_id, actor["type"], how, kb.acts_for(actor_id, when)), 1)
    state = kb.adjective(word)  # "Russische Drohnen" at the start of a sentence
    if state:
        return (Mention(a, toks[i][1], word, state, "state", "adjective"), 1)
    return None


# Institutions that are named by a place or a regional adjective: "Staatsanwaltschaft Hamburg",
# "Verwaltungsgericht Köln", "der sächsische Landtag", "die Zürcher Kantonspolizei".
_INSTITUTION_ENDS = ("gericht", "gerichts", "gerichtshof", "staatsanwaltschaft", "anwaltschaft", "polizei", "landtag",
                     "landtags", "landesregierung", "kantonsregierung", "stadtrat", "gemeinderat", "senat",
                     "stadtverwaltung", "verfassungsschutz", "landeskriminalamt", "kriminalpolizei", "bezirksregierung",
                     "staatskanzlei", "rathaus", "regierungspräsidium", "bürgerschaft", "kantonsrat", "großrat")
# Kinds of group before their own name: "die Hackergruppe LockBit", "das Kartell Sinaloa".
_GROUP_WORDS = ("gruppe", "gruppierung", "kartell", "kartells", "miliz", "bande", "netzwerk", "bewegung")


# Groups named by what they are, not by a name: who strikes, protests, negotiates, judges or is
# judged in the news ("die Beschäftigten", "Hunderte Demonstranten", "beide Seiten", "das Gericht").
# Each word end maps to one group; compounds count by their end ("Hafenarbeiter" -> workers).
GENERIC_GROUPS: dict[str, tuple[str, ...]] = {
    "beschaeftigte": ("beschäftigte", "beschäftigten", "belegschaft", "belegschaften", "angestellte", "angestellten",
                      "mitarbeiter", "mitarbeiterinnen", "mitarbeitende", "mitarbeitenden", "arbeiter", "arbeitern",
                      "arbeiterinnen", "arbeitnehmer", "arbeitnehmern", "arbeitnehmerinnen"),
    "arbeitgeber": ("arbeitgeber", "arbeitgebern", "arbeitgeberseite", "arbeitgeberverband", "arbeitgeberverbände"),
    "streikende": ("streikende", "streikenden"),
    "demonstranten": ("demonstranten", "demonstrantinnen", "demonstrierende", "demonstrierenden", "protestierende",
                      "protestierenden", "aktivisten", "aktivistinnen", "regierungsgegner"),
    # soldiers an event moves ("Soldaten", "Truppen") are what it counts, not parties
    "polizei": ("polizei", "sicherheitskräfte", "sicherheitskräften", "ermittler", "ermittlerinnen", "fahnder",
                "fahnderinnen", "kriminalpolizei", "kripo", "polizisten", "polizistinnen", "beamte", "beamten"),
    "verdaechtige": ("verdächtige", "verdächtigen", "tatverdächtige", "tatverdächtigen", "beschuldigte",
                     "beschuldigten", "festgenommene", "festgenommenen", "täter", "tätern", "entführer",
                     "entführern", "geiselnehmer", "hintermänner", "drahtzieher", "bewaffnete", "bewaffneten"),
    "besatzung": ("seeleute", "besatzung", "besatzungsmitglieder", "crewmitglieder", "matrosen"),
    "helfer": ("einsatzkräfte", "rettungskräfte", "helfer", "helferinnen", "retter", "feuerwehrleute", "feuerwehr",
               "rettungsdienst", "sanitäter", "hilfskräfte", "rettungsteams"),
    "geiseln": ("geiseln", "entführten", "verschleppten"),
    "rebellen": ("rebellen", "aufständische", "aufständischen", "milizionäre", "extremisten", "islamisten",
                 "terroristen", "angreifer", "dschihadisten"),
    "gericht": ("gericht", "gerichts", "richter", "richterin", "richterinnen", "schöffensenat", "geschworenen"),
    "anklage": ("staatsanwaltschaft", "staatsanwalt", "staatsanwältin", "ankläger", "anklägerin", "anklagebehörde"),
    "verteidigung": ("verteidiger", "verteidigerin", "verteidigung", "anwalt", "anwältin", "anwälte", "rechtsanwalt",
                     "rechtsanwältin"),
    "tarifparteien": ("tarifparteien", "tarifpartner", "sozialpartner", "verhandlungspartner", "konfliktparteien",
                      "kriegsparteien", "unterhändler"),
    "opposition": ("opposition",),
    "zivilisten": ("zivilisten", "zivilistinnen", "bewohner", "anwohner", "einwohner", "flüchtlinge", "migranten",
                   "passagiere", "fahrgäste", "reisende", "bewohnerinnen"),
    "gewerkschaft": ("gewerkschaft", "gewerkschaften"),
}
_GROUP_OF_END = {end: gid for gid, ends in GENERIC_GROUPS.items() for end in ends}
_TWO_WORD_GROUPS = {("beide", "seiten"): "tarifparteien", ("beiden", "seiten"): "tarifparteien"}
_FUNCTION_BEFORE = frozenset("der die das den dem des ein eine einen einem einer eines alle allen beide beiden "
                             "viele vielen mehrere mehreren zahlreiche zahlreichen hunderte tausende dutzende "
                             "einige einigen die mehr als rund etwa".split())


def group_of(word: str) -> str | None:
    """The generic group a noun names ("Hafenarbeiter" -> beschaeftigte), or None."""
    w = word.lower()
    if w in _GROUP_OF_END:
        return _GROUP_OF_END[w]
    for k in range(1, len(w) - 5):  # compounds: "Hafenarbeiter", "Klimaaktivisten" (ends of six letters or more)
        gid = _GROUP_OF_END.get(w[k:])
        if gid is not None:
            return gid
    return None


def _generic_groups(text: str, toks, found: list[Mention]) -> list[Mention]:
    """Mentions of groups named by a common noun, where no name stands: not "Verteidiger Markus
    Lenhart" (a title), not "die russischen Soldaten" (the state's), not inside another mention."""
    covered = [(m.start, m.end) for m in found]
    adjective_ends = {m.end for m in found if m.how == "adjective"}
    out = list(found)
    for i, (a, b, word) in enumerate(toks):
        if not word[:1].isupper() or any(x < b and a < y for x, y in covered):
            continue
        gid = None
        start = a
        if i + 1 < len(toks) and (word.lower(), toks[i + 1][2].lower()) in _TWO_WORD_GROUPS:
            gid = _TWO_WORD_GROUPS[word.lower(), toks[i + 1][2].lower()]
            b = toks[i + 1][1]
        elif i > 0 and (toks[i - 1][2].lower(), word.lower()) in _TWO_WORD_GROUPS and toks[i - 1][2][:1].islower():
            gid = _TWO_WORD_GROUPS[toks[i - 1][2].lower(), word.lower()]
            start = toks[i - 1][0]
        else:
            gid = group_of(word)
        if gid is None:
            continue
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        if nxt[:1].isupper() and gid != "tarifparteien":
            continue  # "Verteidiger Markus Lenhart", "die Gewerkschaft Verdi": a title, the name is the actor
        if i > 0 and toks[i - 1][1] in adjective_ends or i > 0 and toks[i - 1][1] + 1 in adjective_ends:
            continue  # "die russischen Soldaten": the state's
        if nxt.lower() in ("der", "des") and i + 2 < len(toks):
            k = i + 2
            while k + 1 < len(toks) and toks[k][2][:1].islower():
                k += 1  # "der iranischen Botschaft"
            if any(m.start == toks[k][0] or m.start < toks[k][0] < m.end or m.start == toks[i + 2][0] for m in found):
                continue  # "Mitarbeiter der iranischen Botschaft", "Kämpfer der RSF": whose they are names them
        out.append(Mention(start, b, text[start:b], "lb:grp:" + gid, "group", "generic", None))
        covered.append((start, b))
    return sorted(out, key=lambda m: m.start)


_LINKING_WORDS = frozenset("der die das des den dem für und von zur zum".split())


def _long_forms(text: str, toks, found: list[Mention]) -> list[Mention]:
    """"der Zentralverband der Deutschen Seehafenbetriebe (ZDS)": the name before an abbreviation in
    brackets is the abbreviation's actor, there and wherever the article repeats it."""
    covered = [(m.start, m.end) for m in found if m.how not in ("adjective", "demonym")]  # "Deutschen" in a name
    index = {a: i for i, (a, _, _) in enumerate(toks)}
    out = list(found)
    longs: list[tuple[str, Mention]] = []
    for m in found:
        i = index.get(m.start)
        if i is None or i < 2 or toks[i - 1][2] != "(" or not (2 <= len(m.text) <= 6 and m.text.isupper()):
            continue
        k = i - 2
        first = None
        while k >= 0 and i - 2 - k < 7:
            w = toks[k][2]
            if w[:1].isupper():
                first = k
            elif w.lower() not in _LINKING_WORDS:
                break
            k -= 1
        if first is None or toks[first][2].lower() in _LINKING_WORDS:
            continue
        a, b = toks[first][0], toks[i - 2][1]
        if any(x < b and a < y for x, y in covered) or not any(c.isupper() for c in m.text):
            continue
        long = Mention(a, b, text[a:b], m.actor_id, m.actor_type, "long form", m.acts_for)
        out.append(long)
        covered.append((a, b))
        longs.append((text[a:b], long))
    for name, long in longs:  # the long name again, without its abbreviation
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if not any(x < end and pos < y for x, y in covered):
                out.append(Mention(pos, end, name, long.actor_id, long.actor_type, "long form", long.acts_for))
                covered.append((pos, end))
            pos = text.find(name, end)
    if longs:
        spans = [(m.start, m.end) for m in out if m.how == "long form"]
        out = [m for m in out if not (m.how in ("adjective", "demonym") and any(a <= m.start and m.end <= b for a, b in spans))]
    return sorted(out, key=lambda m: m.start)


def slug(kind: str, name: str) -> str:
    """A lagebild id for an actor the knowledge base does not list ('lb:loc:sotk')."""
    return f"lb:{kind[:3]}:{re.sub(r'[^a-z0-9]+', '-', fold(name)).strip('-')}"


def _institutions(text: str, toks, found: list[Mention]) -> list[Mention]:
    """Mentions of institutions the knowledge base cannot list: a head word ("Landgericht") with the
    place or region that names it, and groups named after their kind ("Hackergruppe APT28")."""
    at = {m.start: m for m in found}
    covered = [(m.start, m.end) for m in found]

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in covered)

    out = list(found)
    for i, (a, b, word) in enumerate(toks):
        fw = fold(word)
        if not word[:1].isupper() or not free(a, b):
            continue
        if fw.endswith(_INSTITUTION_ENDS) and len(fw) > 5:
            start = a
            if i > 0:
                pa, pb, prev = toks[i - 1]
                # "sächsische Landtag", "Zürcher Kantonspolizei" (not a state adjective: that is linked already)
                if free(pa, pb) and (fold(prev).endswith(("ische", "ischen", "ischer"))  # "sächsische", "Bayerische"
                                     or prev[:1].isupper() and fold(prev).endswith("er") and len(prev) > 4
                                     and fold(prev) not in _ARTICLES):
                    start = pa
            nxt = at.get(toks[i + 1][0]) if i + 1 < len(toks) else None
            if nxt is not None and nxt.actor_type in ("location", "state") and nxt.how in ("ner", "alias"):
                # "Staatsanwaltschaft Hamburg": the place names this institution
                out = [m for m in out if m is not nxt]
                name = text[start:nxt.end]
                out.append(Mention(start, nxt.end, name, slug("organization", name), "organization", "institution",
                                   nxt.actor_id if nxt.actor_type == "state" else None))
                covered.append((start, nxt.end))
            elif start < a:
                name = text[start:b]
                out.append(Mention(start, b, name, slug("organization", name), "organization", "institution", None))
                covered.append((start, b))
        elif fw.endswith(_GROUP_WORDS) and i + 1 < len(toks):
            na, nb, name_tok = toks[i + 1]
            nxt = at.get(na)
            looks_named = re.search(r"\d|[A-Z]", name_tok[1:]) is not None  # "LockBit", "APT28"
            if nxt is None and free(na, nb) and name_tok[:1].isupper() and looks_named:
                e = nb  # "NoName057(16)": the name runs on to its closing bracket
                if i + 4 < len(toks) and toks[i + 2][2] == "(" and toks[i + 4][2] == ")" and toks[i + 2][0] == nb:
                    e = toks[i + 4][1]
                out.append(Mention(na, e, text[na:e], slug("group", text[na:e]), "group", "institution", None))
                covered.append((na, e))
    return sorted(out, key=lambda m: m.start)


def _with_ner(kb: KnowledgeBase, text: str, found: list[Mention], when: date | None) -> list[Mention]:
    from ..ner import entity_spans, tag_sentences
    from ..stages.segment import split_sentences

    sentences = split_sentences(text, 0, len(text))
    token_lists = [[text[a:b] for a, b in s.tokens] for s in sentences]
    taken = [(m.start, m.end) for m in found]
    out = list(found)
    for sent, tags in zip(sentences, tag_sentences(token_lists)):
        for s, e, label in entity_spans(tags):
            base = label[:3]
            if label != base or base not in _NER_TYPE:
                continue  # -deriv/-part forms are linked through the knowledge base only
            a, b = sent.tokens[s][0], sent.tokens[e - 1][1]
            inside = [m for m in out if a <= m.start and m.end <= b]
            if base == "PER" and inside and b - a > max(m.end - m.start for m in inside) \
                    and all(m.how == "metonym" for m in inside) and len(inside) == sum(
                        1 for x, y in taken if x < b and a < y):
                out = [m for m in out if m not in inside]  # a person's name, not a capital
                taken = [(m.start, m.end) for m in out]
            elif any(x < b and a < y for x, y in taken):
                continue
            name = text[a:b]
            kind = _NER_TYPE[base]
            out.append(Mention(a, b, name, slug(kind, name), kind, "ner", None))
            taken.append((a, b))
    return sorted(out, key=lambda m: m.start)


def _short_forms(kb: KnowledgeBase, found: list[Mention], when: date | None, text: str = "",
                 toks=()) -> list[Mention]:
    """Within one text: 'Kim' and 'Kims' after 'Kim Jong Un', 'Müller' after 'Gerd Müller'; an office
    phrase right before a name is that person ('der frühere US-Präsident Barack Obama'); an office
    phrase with no date names the office holder the text names; a capital after another state's
    adjective is not that state ('die österreichische Bundesregierung')."""
    full: dict[str, Mention] = {}
    known_full: dict[str, Mention] = {}  # names of knowledge-base people, for the token pass
    out: list[Mention] = []
    for m in found:
        if m.actor_type == "person" and " " not in m.text and m.how == "ner":
            earlier = full.get(fold(m.text))
            if earlier is not None:
                m = Mention(m.start, m.end, m.text, earlier.actor_id, earlier.actor_type, "short form",
                            earlier.acts_for)
        if m.actor_type == "person" and " " in m.text and m.how in ("alias", "ner"):
            parts = m.text.split()
            for p in (parts[0], parts[-1]):
                full.setdefault(fold(p), m)
                if m.how == "alias":
                    known_full.setdefault(fold(p), m)
        out.append(m)
    # short forms the tagger missed or swallowed ("Choe betonte", "Kims Schwester")
    if known_full and toks:
        covered = [(m.start, m.end, m.how) for m in out]
        extra = []
        for a, b, word in toks:
            if not word[:1].isupper():
                continue
            w = fold(word)
            earlier = known_full.get(w) or (known_full.get(w[:-1]) if w.endswith("s") else None)
            if earlier is None or earlier.start >= a:
                continue
            clash = [c for c in covered if c[0] < b and a < c[1]]
            if any(c[2] != "ner" for c in clash):
                continue
            out = [m for m in out if not (m.start < b and a < m.end and m.how == "ner")]
            extra.append(Mention(a, b, word, earlier.actor_id, earlier.actor_type, "short form", earlier.acts_for))
        out = sorted(out + extra, key=lambda m: m.start)
    people = {m.actor_id for m in out if m.actor_type == "person" and m.actor_id in kb.actors}
    named: dict[tuple[str | None, tuple[str, ...]], str] = {}  # (state, offices) -> the person the text names
    for i, m in enumerate(out):
        if m.how != "office" or not m.roles:
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        prev = out[i - 1] if i else None
        state = m.acts_for if m.actor_type == "person" else m.actor_id
        if nxt is not None and nxt.actor_type == "person" and nxt.how != "office" and not text[m.end:nxt.start].strip(" ,"):
            named.setdefault((state, m.roles), nxt.actor_id)  # "Ungarns Regierungschef Gábor Szentes"
        elif prev is not None and prev.actor_type == "person" and prev.how != "office" and \
                text[prev.end:m.start].strip() == "," and text[m.end:m.end + 1] == ",":
            named.setdefault((state, m.roles), prev.actor_id)  # "Gábor Szentes, Ungarns Regierungschef,"
    for i, m in enumerate(out):
        if m.how != "office":
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        state = m.acts_for if m.actor_type == "person" else m.actor_id
        if nxt is not None and nxt.actor_type == "person" and not text[m.end:nxt.start].strip(" ,"):
            out[i] = Mention(m.start, m.end, m.text, nxt.actor_id, "person", "office", nxt.acts_for or m.acts_for,
                             m.roles)
        elif m.roles and (state, m.roles) in named:
            # the office holder this text names: "Der ungarische Ministerpräsident legte sein Veto ein", after
            # "Der ungarische Ministerpräsident Gábor Szentes ..." (whoever the knowledge base lists)
            out[i] = Mention(m.start, m.end, m.text, named[state, m.roles], "person", "office", state, m.roles)
        elif m.actor_type == "state" and m.roles:
            holders = [p for p in people if any(t["state"] == m.actor_id and t["role"] in m.roles
                                                for t in kb.actors[p].get("terms", ()))]
            if len(holders) == 1:
                out[i] = Mention(m.start, m.end, m.text, holders[0], "person", "office", m.actor_id, m.roles)
    keep = []
    for i, m in enumerate(out):
        prev = out[i - 1] if i else None
        if m.how == "metonym" and prev is not None and prev.how == "adjective" and prev.actor_id != m.actor_id \
                and not text[prev.end:m.start].strip():
            continue
        keep.append(m)
    return keep
