"""Event frames from German sentences, by rules over tokens, actor mentions and time expressions.

No parser ships offline for German, so the grammar is approximated where it matters for who did
what to whom:

- clauses: a sentence is cut at clause punctuation; what follows a comma is a subordinate clause
  (dass, weil, nachdem, wonach ...), a relative clause (der, den, mit dem ...), a zu-infinitive or
  a new main clause; commas inside a list of actors do not cut;
- triggers: inflected forms of trigger verbs (generated from their principal parts, separable
  verbs only with their particle in the clause or joined to the verb), participle attributes
  ("das am Montag unterzeichnete Abkommen") and trigger nouns with a light verb or a participant
  ("Die Unterzeichnung erfolgte durch ...", "der Besuch Macrons in Peking");
- roles: actor groups (coordination and apposition joined) get their role from their preposition
  (mit -> co-agent, gegen/auf/an -> target, von/durch in a passive -> agent, nach/in -> visited),
  their case cue (dem/den -> not the subject) and their order (the first bare group is the subject
  in active clauses, the theme in passive ones);
- modality and attribution: "laut X", "so X", "nach Angaben X", "wie X mitteilte", a reporting
  clause ("X sagte, ..."), Konjunktiv I, "soll ... werden", "wies ... zurück", negation and
  conditionals.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from ..actors.link import group_of, slug
from ..resources.stopwords import GERMAN as _FUNCTION_WORDS
from ..model import UNKNOWN_TIME, ActorMention, Article, Frame, Participant, Quantity, TimeMention, When
from . import lexicon as lx
from .quantities import amounts

# Nouns after a state adjective that make the adjective stand for the state ("die russische Armee").
ACTOR_NOUNS = frozenset("""
regierung regierungen armee armeen streitkräfte militär truppen soldaten führung staatsführung behörden
außenministerium verteidigungsministerium ministerium justiz marine luftwaffe parlament präsident präsidentin
staatschef premier premierminister regierungschef kanzler außenminister verteidigungsminister seite
delegation botschaft geheimdienst staatsmedien staatsagentur nachrichtenagentur staatsanwaltschaft polizei
behörde kräfte einheiten grenztruppen küstenwache gebiet territorium staatsgebiet boden hoheitsgebiet
""".split())
_PUNCT_CUT = frozenset(",;:–—-\"„“”»«")  # parentheses do not cut: "Olaf Scholz (SPD) hat ..."  # a lone "-" is a dash ("Wien - Wiener Ermittler ...")
_QUOTE = frozenset("\"„“”»«")


@dataclass
class Tok:
    start: int
    end: int
    text: str
    low: str
    actor: int | None = None  # index into the sentence's actor mentions
    time: int | None = None


@dataclass
class Clause:
    lo: int  # token range [lo, hi)
    hi: int
    kind: str  # main, sub, rel, zu
    intro: str = ""
    antecedent: list[int] = field(default_factory=list)  # actor mention indices before a relative pronoun
    report: tuple[str, str | None] | None = None  # (source text, actor id) when this clause is a reporting clause
    planning: bool = False  # the reporting clause announces ("kündigte an, ... zu reisen")
    hard: bool = False  # begins after ";" or ":" — a statement of its own
    prefield: tuple[int, int] | None = None  # the subject before an embedded clause: "X, der ..., unterzeichnete"
    trigs: list | None = None  # its triggers, once found
    continuation: tuple[int, int] | None = None  # its end after an embedded clause: "werfen X, der ..., Betrug vor"
    absorbed: bool = False  # a piece of another clause (its prefield or continuation)


@dataclass
class Group:
    """Coordinated actor mentions that fill one slot."""

    mentions: list[int]
    lo: int  # token range
    hi: int
    prep: str | None
    oblique: bool
    genitive: bool
    after_noun: bool = False  # its preposition follows a noun: "der Bürgermeister von X", "dem Willen von X"
    noun_in_pp: bool = False  # that noun is itself in a prepositional phrase: "im zweiten Wahlgang vom Bundestag"


@dataclass
class Trigger:
    tok: int
    type: str
    kind: str  # verb, attr, noun
    analyses: frozenset[str]
    particle_tok: int | None = None
    entry: lx.VerbEntry | None = None


def _tokens(article: Article, sent_tokens, times: list[TimeMention], mentions: list[ActorMention]) -> list[Tok]:
    toks = [Tok(s, e, article.text[s:e], article.text[s:e].lower()) for s, e in sent_tokens]
    for i, m in enumerate(mentions):
        if _dateline_place(article.text, m.start, m.end):
            continue  # "BERLIN – Die Gewerkschaft ...": where the report was filed, not who acted
        for t in toks:
            if t.start >= m.start and t.end <= m.end:
                t.actor = i
    for i, tm in enumerate(times):
        for t in toks:
            if t.start >= tm.start and t.end <= tm.end:
                t.time = i
    return toks


_DATELINE_PLACE = re.compile(r"\s*(?:/[^\W\d_]+)?\s*(?:\([^)\n]{1,25}\))?\s*[–—-]\s")


def _dateline_place(text: str, start: int, end: int) -> bool:
    """A name in capitals at the start of a line and before a dash: 'BERLIN (dpa) – ...'."""
    name = text[start:end]
    if len(name) < 3 or not name.isupper() or text[max(0, start - 1):start] not in ("", "\n"):
        return False
    return bool(_DATELINE_PLACE.match(text, end))


def _clauses(toks: list[Tok]) -> list[Clause]:
    out: list[Clause] = []
    lo = 0
    kind, intro = "main", ""
    i = 0
    n = len(toks)

    hard_cut = False

    def close(hi: int) -> None:
        if hi > lo:
            out.append(Clause(lo, hi, kind, intro, hard=hard_cut))

    if n and toks[0].low in lx.SUBORDINATORS and toks[0].low not in ("wie", "da", "als", "während", "seit") or \
            n and toks[0].low in ("als", "während", "seit") and n > 1 and not toks[1].text[:1].isupper():
        kind, intro = "sub", toks[0].low  # "Nachdem Peking Sanktionen verhängt hatte, kritisierte ..."
    while i < n:
        t = toks[i]
        if t.text == "-" and (i and toks[i - 1].end == t.start or i + 1 < n and toks[i + 1].start == t.end):
            i += 1  # "35-stündigen": a hyphen, not a dash
            continue
        if t.text in _QUOTE and i > lo and _short_quote(toks, i):
            i += 1  # 'wies die Vorwürfe als „haltlos“ zurück': a quoted word inside the clause
            continue
        if t.text in _PUNCT_CUT:
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < n else None
            # a comma inside a list of actors ("Russland, China und Iran") does not cut
            if t.text == "," and prev is not None and nxt is not None and prev.actor is not None and (
                    nxt.actor is not None or (nxt.low in lx.DETERMINERS and i + 2 < n and toks[i + 2].actor is not None)
                    or nxt.low in lx.DETERMINERS and _list_member(toks, i + 1)
                    or nxt.low in ("und", "sowie") and i + 2 < n and (
                        toks[i + 2].actor is not None or toks[i + 2].low in lx.DETERMINERS and _member_head(toks, i + 2))) \
                    and not _clause_after_list(toks, i + 1):
                i += 1
                continue
            close(i)
            lo = i + 1
            kind, intro = "main", ""
            hard_cut = t.text in (";", ":")
            j = lo
            while j < n and toks[j].text in _PUNCT_CUT:
                j += 1
            lo = j
            if j < n:
                w = toks[j].low
                if w in lx.SUBORDINATORS and not (w == "wie" and j + 1 < n and toks[j + 1].low in ("es", "bereits")):
                    kind, intro = "sub", w
                elif w in lx.RELATIVES and t.text == "," and prev is not None and (
                        prev.text[:1].isupper() or (j + 1 < n and not toks[j + 1].text[:1].isupper())) \
                        and not _list_member(toks, j):
                    kind, intro = "rel", w
                elif w in lx.PREPOSITIONS and j + 1 < n and toks[j + 1].low in lx.RELATIVES and t.text == ",":
                    kind, intro = "rel", toks[j + 1].low
                elif w in ("um", "ohne", "statt", "anstatt"):
                    kind, intro = "zu", w
                elif w in ("und", "aber", "doch", "sondern", "sowie") and j + 1 < n and _finite_start(toks, j + 1):
                    kind, intro = "main", w
            i = j
            continue
        if t.low in ("und", "aber", "doch", "sondern") and i + 1 < n and _finite_start(toks, i + 1):
            close(i)
            lo = i + 1
            kind, intro = "main", t.low
        elif t.low == "um" and i > lo and _zu_follows(toks, i, n):
            close(i)  # "reist nach Washington, um Trump zu treffen" also without its comma
            lo = i
            kind, intro = "zu", "um"
        i += 1
    close(n)
    def verbless(x: Clause) -> bool:
        return not any(_finite_start(toks, t) for t in range(x.lo, x.hi))

    def bare_name(x: Clause) -> bool:  # "Die Vorsitzende der Grünen Jugend, Svenja Appuhn, ist ..."
        return toks[x.lo].actor is not None and all(toks[t].actor == toks[x.lo].actor for t in range(x.lo, x.hi))

    def embedded(x: Clause) -> bool:  # a relative clause, or an apposition ("einem Mitarbeiter des X")
        return x.kind in ("rel", "sub") or (x.kind == "main" and not x.intro and verbless(x)
                                            and (toks[x.lo].low in lx.DETERMINERS or bare_name(x)))

    ci = 0
    while ci < len(out):  # "hat die Leiterin der BLS, Erika McEntarfer, entlassen": one clause around a name
        k = ci + 1
        while k < len(out) and out[k].kind == "main" and not out[k].intro and bare_name(out[k]):
            k += 1
        if out[ci].kind == "main" and ci + 1 < k < len(out) and out[k].kind == "main" and not out[k].intro \
                and toks[out[k].lo].text[:1].islower() and any(toks[x].low in _AUXILIARIES for x in range(out[ci].lo, out[ci].hi)):
            out[ci].hi = out[k].hi
            del out[ci + 1:k + 1]
        ci += 1
    def names(x: Clause) -> bool:  # "Gábor Szentes, Ungarns Regierungschef"
        return all(toks[t].actor is not None or toks[t].text == "," or toks[t].low in lx.DETERMINERS
                   for t in range(x.lo, x.hi)) and toks[x.lo].actor is not None

    for ci, c in enumerate(out):
        verb_first = ci and (_finite_start(toks, c.lo) or names(out[ci - 1]) and toks[c.lo].text[:1].islower()
                             and toks[c.lo].low not in lx.PREPOSITIONS | lx.DETERMINERS | lx.COORDINATORS)
        if c.kind == "main" and verb_first and not c.intro:
            k = ci - 1
            while k > 0 and embedded(out[k]):
                k -= 1
            names_only = k == ci - 1 and names(out[k])
            if k >= 0 and (k < ci - 1 or names_only) and out[k].kind == "main" and verbless(out[k]) \
                    and not out[k].absorbed:  # names_only: "Gábor Szentes, Ungarns Regierungschef, stoppte ..."
                c.prefield = (out[k].lo, out[k].hi)  # "Die Festnahme von X, einem ..., erfolgte am Montag"
                out[k].absorbed = True
                if all(bare_name(out[x]) for x in range(k + 1, ci)):
                    c.prefield = (out[k].lo, out[ci - 1].hi)  # "Die Vorsitzende der X, Svenja Appuhn, ist ..."
                    for x in range(k + 1, ci):
                        out[x].absorbed = True
        elif c.kind == "main" and not c.absorbed and not verbless(c):
            k = ci + 1
            while k < len(out) and embedded(out[k]) and out[k].kind in ("rel", "sub"):
                k += 1
            if ci + 1 < k < len(out) and out[k].kind == "main" and not out[k].intro and verbless(out[k]) \
                    and not _finite_start(toks, out[k].lo):
                c.continuation = (out[k].lo, out[k].hi)  # "werfen X, der ..., Betrug vor"
                out[k].absorbed = True
    for c in out:
        if c.kind == "rel" and c.lo >= 2:
            k = c.lo - 1
            while k >= 0 and toks[k].text in _PUNCT_CUT:
                k -= 1
            if k >= 0 and toks[k].actor is not None:
                a = k
                while a > 0 and toks[a - 1].actor == toks[k].actor:
                    a -= 1
                if not _in_pp(toks, a, 0):  # "die Fähre von den Inseln in der Ostägäis, die"
                    c.antecedent = [toks[k].actor]
    return out


def _initial(text: str) -> bool:
    """A name's initial: "K." in "K. P. Sharma Oli"."""
    return len(text) <= 2 and text[:1].isupper() and (len(text) == 1 or text[1] == ".") or text == "."


def _head_after(toks: list[Tok], j: int) -> int | None:
    """After the article at ``j``: adjectives, then a title or a name ("der türkische Präsident");
    the index of that head, or None."""
    k = j + 1
    while k < len(toks) and toks[k].text[:1].islower() and toks[k].low.endswith(("e", "en", "er")) \
            and toks[k].actor is None and toks[k].low not in lx.VERB_FORMS:
        k += 1
    ok = k < len(toks) and (_is_title(toks[k].low) or toks[k].actor is not None and toks[k].text[:1].isupper())
    return k if ok else None


def _member_head(toks: list[Tok], j: int) -> bool:
    return _head_after(toks, j) is not None


def _list_member(toks: list[Tok], j: int) -> bool:
    """After a comma, "der Emir von Katar, ... und ...", "der türkische Präsident X und": an article
    opening the next member of a list of actors, not a relative pronoun."""
    k = _head_after(toks, j)
    if k is None:
        return False
    # the member ends at a comma or a coordinator, never at a verb, and an "und" closes the list before
    # any verb ("X, der neue Generalsekretär der NATO, hat ..." is an apposition)
    for x in range(k + 1, min(len(toks), k + 8)):
        if toks[x].text == "," or toks[x].low in lx.COORDINATORS:
            break
        if toks[x].text[:1].islower() and toks[x].low not in ("von", "der", "des", "al", "bin", "de", "van") \
                and toks[x].actor is None:
            return False
    else:
        return False
    for y in range(x, min(len(toks), x + 20)):
        if toks[y].low in ("und", "sowie"):
            return True
        if _finite_start(toks, y):
            return False
    return False


def _after_prep(toks: list[Tok], i: int, lo: int) -> bool:
    """Does a preposition govern the actor mention at ``i`` ("mit Bundeskanzler Friedrich Merz")?"""
    a = toks[i].actor
    k = i
    while k > lo and toks[k - 1].actor == a:
        k -= 1
    k -= 1
    while k >= lo and (toks[k].low in lx.DETERMINERS or _is_title(toks[k].low)
                       or toks[k].text[:1].islower() and toks[k].low.endswith(("e", "en", "er", "em"))
                       and toks[k].low not in lx.PREPOSITIONS):
        k -= 1
    return k >= lo and toks[k].low in lx.PREPOSITIONS and toks[k].low not in ("laut",)


def _clause_after_list(toks: list[Tok], j: int) -> bool:
    """After "X erklärte, Y werde ...": the actor run from ``j`` is the subject of a new clause (a finite
    verb follows it and no "und" closes a list)."""
    k = j
    while k < len(toks) and (toks[k].actor is not None or toks[k].low in lx.DETERMINERS or toks[k].text == ","):
        k += 1
    return k < len(toks) and toks[k].low not in lx.COORDINATORS and _finite_start(toks, k)


def _short_quote(toks: list[Tok], i: int) -> bool:
    """Is the quotation mark at ``i`` one of a pair around at most four words, with no clause
    punctuation inside, opening or closing (the clause goes on after it)?"""
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(toks) and abs(j - i) <= 5:
            if toks[j].text in _QUOTE:
                inner = toks[min(i, j) + 1:max(i, j)]
                after = max(i, j) + 1
                return bool(inner) and not any(t.text in _PUNCT_CUT for t in inner) and after < len(toks) and \
                    toks[after].text not in _PUNCT_CUT and toks[after].text != "."
            if toks[j].text in _PUNCT_CUT:
                break
            j += step
    return False


def _first_verbal(toks: list[Tok], c: "Clause") -> int | None:
    """The first finite verb form of a clause (V2 position in a main clause)."""
    for i in range(c.lo, c.hi):
        if toks[i].text[:1].islower() and _finite_start(toks, i):
            return i
    return None


def _zu_follows(toks: list[Tok], i: int, n: int) -> bool:
    """Does an "um ... zu + infinitive" start at i (before the next punctuation)?"""
    for j in range(i + 1, n):
        if toks[j].text in _PUNCT_CUT or toks[j].text in ".!?":
            return False
        if toks[j].low == "zu" and j + 1 < n and toks[j + 1].text[:1].islower() or \
                any("zu" in a for _, a in lx.VERB_FORMS.get(toks[j].low, ())):
            return True
    return False


def _finite_start(toks: list[Tok], i: int) -> bool:
    w = toks[i].low
    if toks[i].text[:1].isupper():
        return False
    if w in lx.AUX_HABEN or w in lx.AUX_SEIN or w in lx.AUX_WERDEN or w in lx.MODALS_PLANNED:
        return True
    return any(a & {"fin", "past", "k1"} for _, a in lx.VERB_FORMS.get(w, ()))


def _object_classes(toks: list[Tok], lo: int, hi: int) -> set[str]:
    out = set()
    for t in toks[lo:hi]:
        if t.text[:1].isupper() and t.actor is None:
            c = lx.object_class(t.low)
            if c:
                out.add(c)
    return out


def _triggers(toks: list[Tok], c: Clause) -> list[Trigger]:
    """The clause's triggers (computed once per clause)."""
    if c.trigs is None:
        c.trigs = _find_triggers(toks, c)
    return c.trigs


def _find_triggers(toks: list[Tok], c: Clause) -> list[Trigger]:
    found: list[Trigger] = []
    words = [t.low for t in toks[c.lo:c.hi]]
    has_sich = "sich" in words
    objects = _object_classes(toks, c.lo, c.hi)
    for i in range(c.lo, c.hi):
        t = toks[i]
        if t.actor is not None or t.time is not None:
            continue
        cands = lx.VERB_FORMS.get(t.low) if t.text[:1].islower() else None
        best: Trigger | None = None
        for entry, analyses in cands or ():
            particle_tok = None
            if entry.particle and analyses & {"fin", "past", "k1"}:
                end = c.continuation[1] if c.continuation else c.hi
                for j in range(end - 1, i, -1):
                    if toks[j].low == entry.particle:
                        # the particle closes the clause ("trat aus der Partei aus"), not a preposition inside it
                        if sum(1 for x in range(j + 1, end) if toks[x].low[:1].isalpha()) <= 1:
                            particle_tok = j
                        break
                if particle_tok is None:
                    continue
            elif entry.particle and not analyses & {"fin_joined", "past_joined", "k1_joined", "part", "attr", "inf", "zu"}:
                continue
            if entry.reflexive is True and not has_sich:
                continue
            if entry.reflexive is False and has_sich:
                continue
            if entry.preps and not any(p in words for p in entry.preps):
                continue
            if entry.blocked_objects and objects & set(entry.blocked_objects):
                continue
            if entry.blocked_preps and any(p in words for p in entry.blocked_preps):
                continue
            if entry.active_only and words_passive(words):
                continue
            kind = entry.type
            for cls, typ in entry.objects:
                if cls in objects:
                    kind = typ
                    break
            else:
                if entry.needs_object:
                    continue
            if kind is None:
                continue
            if analyses == {"attr"} or ("attr" in analyses and _is_attribute(toks, c, i)):
                trig = Trigger(i, kind, "attr", analyses, None, entry)
            elif analyses <= {"attr"}:
                continue
            else:
                trig = Trigger(i, kind, "verb", analyses, particle_tok, entry)
            # prefer the separable reading when its particle is there ("traf ... ein" is not "traf")
            if best is None or (entry.particle and particle_tok is not None):
                best = trig
        if best is not None:
            if best.kind == "attr" and not _is_attribute(toks, c, i):
                continue
            found.append(best)
    # "in Kraft treten": enter_into_force
    for i in range(c.lo, c.hi - 1):
        if toks[i].low == "in" and toks[i + 1].low == "kraft":
            if any(toks[j].low in ("trat", "traten", "tritt", "treten", "getreten", "trete", "träte")
                   for j in range(c.lo, c.hi)) or (i + 2 < c.hi and toks[i + 2].low.endswith("treten")):
                past = any(toks[j].low in ("trat", "traten", "getreten", "träte") for j in range(c.lo, c.hi))
                found.append(Trigger(i + 1, "enter_into_force", "verb", frozenset({"past" if past else "fin"})))
    has_light = any(w in lx.LIGHT_VERBS for w in words)
    # "plane einen Angriff", "hat seinen Rücktritt angekündigt", "sicherte ... Unterstützung zu"
    takes_noun = any(w in lx.NOUN_PLAN_VERBS or w in lx.NOUN_PROMISE_VERBS for w in words)
    has_light = has_light or takes_noun
    verbal = bool(found)
    span = list(range(c.prefield[0], c.prefield[1])) if c.prefield else []
    for i in span + list(range(c.lo, c.hi)):
        t = toks[i]
        if t.actor is not None or t.time is not None:
            continue
        kind = lx.noun_type(t.text)
        if not kind:
            continue
        if verbal:  # beside a verb only as "nach dem Besuch X", "bei dem Treffen mit Y"
            k = i - 1
            while k >= c.lo and (toks[k].low in lx.DETERMINERS or toks[k].text[:1].islower() and
                                 toks[k].low not in lx.PREPOSITIONS and toks[k].low.endswith(("e", "en", "er", "em"))):
                k -= 1
            if k >= c.lo and toks[k].low in ("mit", "durch", "per") and kind in {f.type for f in found}:
                continue  # "blockierte mit seinem Veto": the verb's own event, by its means
            if k >= c.lo and toks[k].low == "mit" and any(f.type == "threaten" for f in found):
                continue  # "drohte Kanada mit Zöllen": what is threatened is no event of its own
            if not (k >= c.lo and toks[k].low in lx.PREPOSITIONS | {"nach", "vor", "bei", "beim", "seit", "während"}):
                # the object of a verb that judges an event: "verurteilte den Angriff der Luftwaffe"
                if any(f.type in ("criticize", "deny", "accuse", "reject") for f in found):
                    found.append(Trigger(i, kind, "noun", frozenset({"noun", "noun_obj"})))
                elif takes_noun and kind not in {f.type for f in found}:  # "drei Männer festgenommen, die einen Anschlag planten"
                    found.append(Trigger(i, kind, "noun", frozenset({"noun_light"})))
                continue
        found.append(Trigger(i, kind, "noun", frozenset({"noun_light" if has_light and not verbal else "noun"})))
    return found


def words_passive(words: list[str]) -> bool:
    return bool(set(words) & {"wurde", "wurden", "worden", "würde", "würden"})


def _is_attribute(toks: list[Tok], c: Clause, i: int) -> bool:
    """Is the participle at i an attribute ("das ... unterzeichnete Abkommen")?"""
    if i + 1 >= c.hi:
        return False
    j = i + 1 if toks[i + 1].text not in _QUOTE or i + 2 >= c.hi else i + 2
    while j + 1 < c.hi and toks[j].text[:1].islower() and toks[j].low.endswith(("e", "en", "er", "es")) and \
            toks[j].low not in lx.VERB_FORMS and toks[j].low not in lx.PREPOSITIONS and toks[j].low not in lx.DETERMINERS \
            and (toks[j].actor is not None or toks[j].low not in _FUNCTION_WORDS) and toks[j + 1].text[:1].isupper():
        j += 1  # "festgenommene spanische Journalist"
    nxt = toks[j]
    if not nxt.text[:1].isupper() or nxt.actor is not None:
        return False
    prev = toks[i - 1] if i > c.lo else None
    if prev is None:
        return False
    if prev.low in lx.DETERMINERS or prev.low in lx.PREPOSITIONS:
        return True
    # a participle phrase: determiner ... (time, "in X", "von X") ... participle Noun
    for k in range(i - 1, max(c.lo, i - 10) - 1, -1):
        w = toks[k]
        if w.low in lx.DETERMINERS and k > c.lo and toks[k - 1].low not in lx.PREPOSITIONS | {"sich"} \
                or w.low in lx.DETERMINERS and k == c.lo:
            if k == c.lo and c.kind == "main":
                # "Die am Montag unterzeichnete Erklärung ..." vs. "Die Minister unterzeichneten ..."
                return all(toks[m].text[:1].islower() or toks[m].time is not None or toks[m].actor is not None
                           or toks[m - 1].low in lx.PREPOSITIONS for m in range(k + 1, i))
            return True
        if w.low in lx.VERB_FORMS or w.low in lx.AUX_HABEN or w.low in lx.AUX_SEIN or w.low in lx.AUX_WERDEN:
            return False
    return False


def _groups(toks: list[Tok], lo: int, hi: int, mentions: list[ActorMention], skip: set[int]) -> list[Group]:
    out: list[Group] = []
    i = lo
    while i < hi:
        t = toks[i]
        if t.actor is None or t.actor in skip or not _real_actor(toks, i, mentions[t.actor]):
            i += 1
            continue
        m = mentions[t.actor]
        if m.how == "adjective":
            j = i + 1
            while j < hi and toks[j].actor == t.actor:
                j += 1
            if not (j < hi and _actor_head(toks[j])):
                i = j
                continue
            k = j + 1
            if k < hi and toks[k].actor is not None and toks[k].actor not in skip and \
                    mentions[toks[k].actor].how != "adjective":
                i = j  # "mit dem niederländischen Geheimdienst AIVD": the name is the actor
                continue
        start = i
        ms = [t.actor]
        j = i
        while True:
            while j < hi and toks[j].actor == ms[-1]:
                j += 1
            k = j
            # apposition or coordination: ", der frühere Minister X", "und", "sowie", titles
            while k < hi and (toks[k].low in lx.COORDINATORS or toks[k].text in (",", "(", ")") or toks[k].low in lx.DETERMINERS
                              or (toks[k].text[:1].islower() and toks[k].low in _TITLE_WORDS)
                              or toks[k].low in ACTOR_NOUNS
                              or (toks[k].text[:1].isupper() and toks[k].actor is None and _is_title(toks[k].low))
                              or _initial(toks[k].text) and toks[k].actor is None and k + 1 < hi):
                k += 1
            closed = any(toks[x].low in ACTOR_NOUNS and not _is_title(toks[x].low) for x in range(j, k))
            if k < hi and toks[k].actor is not None and toks[k].actor not in skip and k > j and not closed and \
                    mentions[toks[k].actor].how != "adjective" and not _is_gen_after_noun(toks, k, mentions):
                coordinated = any(toks[x].low in lx.COORDINATORS for x in range(j, k))
                if any(toks[x].text == "(" for x in range(j, k)):
                    # "Olaf Scholz (SPD)": the party is said of him, it takes no part of its own
                    j = k
                    while j < hi and toks[j].actor == toks[k].actor:
                        j += 1
                    while j < hi and toks[j].text == ")":
                        j += 1
                    continue
                listed = toks[j:k] and all(toks[x].text == "," for x in range(j, k)) or \
                    toks[j].text == "," and all(toks[x].low in lx.DETERMINERS for x in range(j + 1, k)) and \
                    _list_goes_on(toks, k, hi)  # "Deutschland, die USA und die Niederlande"
                if listed and not coordinated and _named_apposition(toks, j, k, hi, mentions, ms[-1]):
                    break  # "Die Vorsitzende der Grünen, Lena Brandt, ist ...": she is the head's name, no list
                if coordinated or listed and not _same_or_acts_for(mentions[toks[k].actor], mentions[ms[-1]]):
                    ms.append(toks[k].actor)
                    j = k
                    continue
                if _same_or_acts_for(mentions[toks[k].actor], mentions[ms[-1]]) or (
                        mentions[toks[k].actor].actor_type == "person" != mentions[ms[-1]].actor_type
                        and all(_is_title(toks[x].low) or toks[x].low in lx.DETERMINERS for x in range(j, k))):
                    j = _apposition(ms, toks, k, mentions)  # "der schwedische Entwicklungsminister Johan Forssell"
                    continue
            elif k < hi and toks[k].actor is not None and toks[k].actor not in skip and not closed and (
                    k == j or all(_is_title(toks[x].low) or toks[x].low in lx.DETERMINERS or _initial(toks[x].text)
                                  for x in range(j, k))) and (
                    _same_or_acts_for(mentions[toks[k].actor], mentions[ms[-1]])
                    or mentions[toks[k].actor].actor_type == "person" != mentions[ms[-1]].actor_type):
                j = _apposition(ms, toks, k, mentions)  # "US-Sondergesandter Steve Witkoff"
                continue
            break
        # preposition and case cue before the group
        p = start - 1
        oblique = False
        while p >= lo and (toks[p].low in lx.DETERMINERS or (toks[p].text[:1].islower() and toks[p].low not in
                                                              lx.PREPOSITIONS and toks[p].low.endswith(("e", "en", "er", "es", "em"))
                                                              and toks[p].low not in lx.VERB_FORMS)
                           or toks[p].low in ACTOR_NOUNS or (toks[p].text[:1].isupper() and _is_title(toks[p].low)
                                                             and toks[p].actor is None)):
            if toks[p].low in lx.OBLIQUE_DETERMINERS:
                oblique = True
            p -= 1
        if p >= lo + 1 and toks[p].text[:1].isupper() and toks[p].actor is None and toks[p].time is None:
            q = _before_modifiers(toks, p, lo)  # "im Schloss Bellevue", "in der südlichen Grenzregion Sikasso"
            if q >= lo and toks[q].low in lx.PREPOSITIONS:
                p = q
        prep = toks[p].low if p >= lo and (toks[p].low in lx.PREPOSITIONS or toks[p].low == "als") else None
        # "die Militärregierung in Niamey", "die Behörden in Kiew": the place names the actor
        if prep in ("in", "im", "aus", "von") and p - 1 >= lo and toks[p - 1].text[:1].isupper() and \
                toks[p - 1].actor is None and toks[p - 1].low.endswith(_ACTOR_HEADS) and \
                not (p - 2 >= lo and toks[p - 2].actor is not None):
            prep = None
            k = p - 1
            while k - 1 >= lo and (toks[k - 1].low in lx.DETERMINERS or toks[k - 1].text[:1].islower()
                                   and toks[k - 1].low.endswith(("e", "en", "er"))
                                   and toks[k - 1].low not in lx.PREPOSITIONS):
                k -= 1
            oblique = toks[k].low in lx.OBLIQUE_DETERMINERS
            p = k - 1
            prep = toks[p].low if p >= lo and toks[p].low in lx.PREPOSITIONS else None
        if prep in ("im", "ins"):
            prep = "in"
        if prep in ("vom",):
            prep = "von"
        if prep in ("zum", "zur"):
            prep = "zu"
        genitive = _is_gen_after_noun(toks, start, mentions)
        after_noun = prep is not None and p - 1 >= lo and (
            toks[p - 1].text[:1].isupper() and toks[p - 1].actor is None and toks[p - 1].time is None
            and toks[p - 1].low not in lx.DETERMINERS and lx.noun_type(toks[p - 1].text) is None
            or toks[p - 1].low in _PLACE_ADVERBS)
        noun_in_pp = after_noun and toks[p].low == "vom" and toks[p - 1].text[:1].isupper() and _in_pp(toks, p - 1, lo)
        out.append(Group(ms, start, j, prep, oblique, genitive, after_noun, noun_in_pp))
        i = j
    return out


# past forms beside an infinitive trigger: "ziehen ließ", "verlassen durften"
_PAST_AUXILIARIES = frozenset("wurde wurden ließ ließen durfte durften konnte konnten musste mussten wollte wollten "
                              "sollte sollten".split())
_AUXILIARIES = lx.AUX_HABEN | lx.AUX_SEIN | lx.AUX_WERDEN | lx.MODALS_PLANNED | lx.MODALS_OTHER


def _named_apposition(toks: list[Tok], j: int, k: int, hi: int, mentions: list[ActorMention], before: int) -> bool:
    """", Lena Brandt," after "der Grünen", "von Kellingen", "der Behörde BLS": a person's name set off by
    commas after an organisation or a place names the noun before them, it is no list member."""
    if not (k == j + 1 and toks[j].text == ","):
        return False
    if mentions[toks[k].actor].actor_type != "person" or mentions[before].actor_type == "person":
        return False
    e = k
    while e < hi and toks[e].actor == toks[k].actor:
        e += 1
    return e >= hi or toks[e].text in (",", ".", ";", ":") or toks[e].text[:1].islower() and \
        toks[e].low not in lx.COORDINATORS


def _list_goes_on(toks: list[Tok], k: int, hi: int) -> bool:
    """The actor at ``k`` is followed by "und"/"sowie" and another actor: a list, not a relative clause."""
    e = k
    while e < hi and toks[e].actor == toks[k].actor:
        e += 1
    if e >= hi or toks[e].low not in ("und", "sowie", "oder"):
        return False
    e += 1
    while e < hi and toks[e].low in lx.DETERMINERS:
        e += 1
    return e < hi and toks[e].actor is not None


_POSSESSIVES = frozenset("sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres".split())

_PLACE_HEADS = frozenset("""
süden norden osten westen nordosten nordwesten südosten südwesten zentrum mitte rand umgebung umland region
provinz stadt hauptstadt grenze grenzgebiet hafen küste nähe innenstadt vorort vororten gebiet
""".split())

# "westlich von Trient", "unweit von Kiew": a place, not an agent
_PLACE_ADVERBS = frozenset("westlich östlich nördlich südlich nordwestlich nordöstlich südwestlich südöstlich unweit "
                           "nahe außerhalb innerhalb oberhalb unterhalb".split())

_ACTOR_HEADS = ("regierung", "behörden", "behörde", "führung", "junta", "armee", "streitkräfte", "ministerium",
                "staatsanwaltschaft", "justiz", "parlament", "kabinett", "präsidialamt", "verwaltung", "machthaber",
                "luftwaffe", "marine", "polizei", "militär", "truppen", "regime", "koalition", "bündnis", "allianz",
                "delegation", "unterhaus", "oberhaus", "senat", "kongress", "geheimdienst", "geheimdienste",
                "zentralbank", "notenbank", "küstenwache")


def _actor_head(t: Tok) -> bool:
    """A noun after a state adjective that makes it stand for the state: "Armee", "Militärregierung",
    "Botschafter", "Außenministerium"."""
    low = t.low
    return low in ACTOR_NOUNS or low.rstrip("n") in ACTOR_NOUNS or (t.text[:1].isupper() and (
        low.endswith(_ACTOR_HEADS) or _is_title(low)))


def _real_actor(toks: list[Tok], i: int, m: ActorMention) -> bool:
    """Leave out what the tagger took for an actor but is a thing ("Euro", "Koalitionsvertrag") or a
    common noun with an article ("Der Mann")."""
    if m.actor_type == "other":
        return False
    if m.how == "ner":
        words = [t for t in toks if m.start <= t.start and t.end <= m.end]
        if words and lx.object_class(words[-1].low) is not None:
            return False
        if len(words) == 1 and i > 0 and toks[i - 1].low in ("ein", "eine", "einen", "einem", "einer", "eines"):
            return False  # "hat ein Mann ... getötet"
        if len(words) == 1 and m.actor_type == "person":
            k = i - 1
            while k >= 0 and (toks[k].text[:1].islower() or toks[k].text[:1].isdigit() or toks[k].text == "-") \
                    and toks[k].low not in lx.DETERMINERS and toks[k].low not in lx.PREPOSITIONS:
                k -= 1  # "Ein 26-jähriger Mann"
            if k >= 0 and toks[k].low in lx.DETERMINERS:
                return False
    return True


def _apposition(ms: list[int], toks: list[Tok], k: int, mentions: list[ActorMention]) -> int:
    """"US-Sondergesandter Steve Witkoff", "CSU-Chef Markus Söder": one actor, the person. Returns the
    token after the mention at k (always past k, so that the caller moves on)."""
    new = toks[k].actor
    last = mentions[ms[-1]]
    m = mentions[new]
    if m.actor_type == "person" and last.actor_type != "person" or (m.actor_type == last.actor_type == "person"
                                                                   and last.how == "office"):
        ms[-1] = new
    elif not (last.actor_type == "person" and m.actor_type != "person"):
        ms.append(new)
    j = k
    while j < len(toks) and toks[j].actor == new:
        j += 1
    return j


def _same_or_acts_for(a: ActorMention, b: ActorMention) -> bool:
    """Two adjacent mentions of one actor: "US-Präsident Donald Trump", "Kremlchef Putin"."""
    return a.actor_id == b.actor_id or a.acts_for == b.actor_id or b.acts_for == a.actor_id or \
        b.how == "office" or a.how == "office"


_TITLE_WORDS = frozenset("""
präsident präsidentin kanzler kanzlerin minister ministerin staatschef staatschefin regierungschef
regierungschefin machthaber chef chefin sprecher sprecherin außenminister außenministerin amtskollege amtskollegin
frühere früheren ehemalige ehemaligen neue neuen amtierende amtierenden
""".split())


_TITLE_ENDS = ("minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "chef", "chefin",
               "sprecher", "sprecherin", "führer", "führerin", "machthaber", "könig", "königin", "premier",
               "vorsitzende", "vorsitzender", "kommissar", "kommissarin", "sekretär", "sekretärin", "botschafter",
               "botschafterin", "gesandte", "gesandter", "general", "kommandeur", "gouverneur", "gouverneurin",
               "bürgermeister", "bürgermeisterin", "kandidat", "kandidatin", "vorsitzende", "anführer", "emir",
               "scheich", "sultan", "prinz", "kronprinz", "papst", "kardinal", "direktor", "direktorin", "leiter",
               "leiterin", "landesrat", "landesrätin", "abgeordnete", "abgeordneter")


def _is_title(low: str) -> bool:
    return low in _TITLE_WORDS or low.endswith(_TITLE_ENDS)


def _is_gen_after_noun(toks: list[Tok], i: int, mentions: list[ActorMention]) -> bool:
    """A genitive attribute: "der Besuch Putins", "die Vorwürfe des Kreml"."""
    t = toks[i]
    m = mentions[t.actor] if t.actor is not None else None
    prev = toks[i - 1] if i > 0 else None
    if prev is None or m is None:
        return False
    if prev.low in ("des", "eines"):
        p2 = toks[i - 2] if i > 1 else None
        return p2 is not None and p2.text[:1].isupper() and p2.actor is None
    if prev.text[:1].isupper() and prev.actor is None and i > 1 and toks[i - 2].low in ("des", "der", "eines") \
            and i > 2 and toks[i - 3].text[:1].isupper() and not _is_title(prev.low):
        return True  # "eines Auftragsmörders des Kartells Jalisco"
    if prev.low == "der" and i > 1 and toks[i - 2].text[:1].isupper() and toks[i - 2].actor is None \
            and toks[i - 2].time is None:
        return True
    text = toks[i].text
    return (text.endswith("s") and not text.endswith("ss") and prev.text[:1].isupper() and prev.actor is None
            and prev.time is None and m.how in ("alias", "short form", "ner", "metonym")
            and not _is_title(prev.low) and prev.low not in lx.DETERMINERS)


def _attribution(toks: list[Tok], lo: int, hi: int, mentions: list[ActorMention]) -> tuple[str, str | None, set[int]] | None:
    """("Kiew", actor id, mention indices) for "laut Kiew", "so KCNA", "nach Angaben aus Seoul", "Kiew zufolge"."""
    for i in range(lo, hi):
        w = toks[i].low
        src = None
        if w == "laut":
            src = i + 1
        elif w == "so" and i + 1 < hi and (i == lo or toks[i - 1].text == ",") and (
                toks[i + 1].actor is not None or toks[i + 1].low in lx.DETERMINERS):
            src = i + 1
        elif w == "nach" and i + 1 < hi and toks[i + 1].low in lx.ATTRIBUTION_NOUNS:
            src = i + 2
            while src < hi and toks[src].low in ("von", "vom", "aus", "des", "der", "dem", "den", "offizieller",
                                                 "offiziellen", "eigenen", "ersten", "übereinstimmenden"):
                src += 1
        elif w == "zufolge" and i > lo:
            k = i - 1
            while k > lo and (toks[k].actor is not None and toks[k - 1].actor == toks[k].actor):
                k -= 1
            if toks[k].actor is not None:
                m = mentions[toks[k].actor]
                return m_text(toks, k, mentions), m.actor_id, {toks[k].actor}
            if toks[k].text[:1].isupper():
                return toks[k].text, None, set()
            continue
        elif w == "wie" and i + 1 < hi and any(toks[j].low in lx.REPORTING for j in range(i + 1, min(hi, i + 8))):
            src = i + 1
        if src is None:
            continue
        while src < hi and (toks[src].low in lx.DETERMINERS | {"dem", "den", "der"} or toks[src].text in _QUOTE):
            src += 1  # 'Laut „Spiegel“'
        if src >= hi:
            continue
        if toks[src].actor is None and toks[src].low in _SOURCE_NOUNS and src + 1 < hi and (
                toks[src + 1].actor is not None or toks[src + 1].text[:1].isupper()):
            src += 1  # "so die Agentur Xinhua"
        if toks[src].actor is not None:
            m = mentions[toks[src].actor]
            return m_text(toks, src, mentions), m.actor_id, {toks[src].actor}
        while src + 1 < hi and toks[src].actor is None and toks[src].text[:1].isupper() and _is_title(toks[src].low) \
                and toks[src + 1].actor is not None:
            src += 1  # "nach Angaben von Gouverneur X"
        if toks[src].actor is not None:
            m = mentions[toks[src].actor]
            return m_text(toks, src, mentions), m.actor_id, {toks[src].actor}
        k = src
        while k < hi and toks[k].text[:1].islower() and toks[k].low not in lx.REPORTING:
            k += 1  # adjectives: "laut dem ukrainischen Generalstab"
        if k < hi and toks[k].text[:1].isupper():
            return toks[k].text, None, set()
    return None


_SOURCE_NOUNS = frozenset("""
agentur nachrichtenagentur staatsagentur zeitung sender fernsehsender tageszeitung magazin portal
""".split())


def m_text(toks: list[Tok], i: int, mentions: list[ActorMention]) -> str:
    a = toks[i].actor
    j = i
    while j < len(toks) and toks[j].actor == a:
        j += 1
    return " ".join(t.text for t in toks[i:j])


def _reporting_clause(toks: list[Tok], c: Clause, mentions: list[ActorMention]) -> tuple[str, str | None] | None:
    """A clause that only says who speaks: "Kiew erklärte", "sagte ein Sprecher des Kreml", "teilte X mit"."""
    words = [t.low for t in toks[c.lo:c.hi]]
    said = [w for w in words if w in lx.REPORTING]
    if not said:
        return None
    if all(w in ("gab", "gaben", "gibt") for w in said) and not {"bekannt", "an"} & set(words):
        return None  # "Festnahmen gab es keine": there were, nobody says (not "gab ... bekannt")
    found = [i for i in range(c.lo, c.hi) if toks[i].actor is not None and _real_actor(toks, i, mentions[toks[i].actor])]
    if found:
        # not a partner in a phrase before it: "Nach einem Telefonat mit Merz erklärte Selenskyj"
        free = [i for i in found if not _after_prep(toks, i, c.lo)] or found
        i = next((i for i in free if mentions[toks[i].actor].actor_type == "person"), free[0])
        return m_text(toks, i, mentions), mentions[toks[i].actor].actor_id
    for i in range(c.lo, c.hi):
        t = toks[i]
        if t.text[:1].isupper() and t.low not in lx.REPORTING and i > c.lo - 1 and t.low not in ("er", "sie", "es"):
            if t.low in lx.DETERMINERS:
                continue
            return t.text, None
    return None


def _modality(toks: list[Tok], c: Clause, trig: Trigger, attributed: bool, future: bool) -> str:
    if trig.kind == "attr":  # "das unterzeichnete Abkommen": done, whatever the clause around it says
        return "reported" if attributed else "asserted"
    words = [t.low for t in toks[c.lo:c.hi] if t.low[:1].isalpha()]
    if words and words[0] in ("sollte", "sollten") and c.lo == 0 or (c.kind == "sub" and words[:1] in (["sollte"], ["sollten"])):
        return "hypothetical"  # "Sollte Russland angreifen, ..."
    if any(w in lx.NEGATIONS for w in words):
        # "nicht nur" is no negation
        if not all(toks[k + 1].low == "nur" for k in range(c.lo, c.hi - 1) if toks[k].low in lx.NEGATIONS):
            return "negated"
    if c.kind == "sub" and c.intro in ("falls", "sofern"):
        return "hypothetical"
    if c.kind == "sub" and c.intro in ("wenn", "ob"):
        return "hypothetical"
    if any(w in ("könnte", "könnten", "würde", "würden", "dürfte", "dürften") for w in words):
        return "hypothetical"
    perfect_inf = words[-1:] in (["haben"], ["sein"]) or (len(words) >= 2 and words[-2:] in (["haben", "soll"],
                                                                                            ["haben", "sollen"]))
    if any(w in lx.MODALS_PLANNED for w in words) and not perfect_inf:
        return "planned"
    if trig.entry is not None and trig.entry.lemma in ("zusagen", "versprechen") and not perfect_inf:
        return "planned"  # a promise
    if any(w in ("geplant", "künftig") for w in words):
        return "planned"
    if trig.kind == "noun" and any(toks[i].low in ("geplante", "geplanten", "bevorstehende", "bevorstehenden")
                                   for i in range(max(c.lo, trig.tok - 3), trig.tok)):
        return "planned"  # "der geplante Streik"; not "kritisierte ihn wegen der geplanten Kürzungen"
    future_passive = "wird" in words and "werden" in words[words.index("wird") + 1:]  # "wird ... unterzeichnet werden"
    if trig.kind == "verb" and ("wird" in words or "werden" in words) and ("inf" in trig.analyses or future_passive):
        return "planned"
    if future:
        return "planned"
    if attributed or any(w in ("soll", "sollen") for w in words):
        return "reported"
    if any(w in lx.KONJUNKTIV1 for w in words) or "k1" in trig.analyses and trig.kind == "verb":
        return "reported"
    return "asserted"


def _passive(toks: list[Tok], c: Clause, trig: Trigger) -> bool:
    if trig.kind == "attr":
        return True
    words_all = {t.low for t in toks[c.lo:c.hi]}
    if trig.kind == "verb" and "inf" in trig.analyses and words_all & {"lassen", "lässt", "ließ", "ließen", "lasse"} \
            and "sich" in words_all:
        return True  # "sich wählen lassen": the subject is the one chosen (not "ließ den Mann festnehmen")
    if trig.kind != "verb" or "part" not in trig.analyses:
        return False
    words = {t.low for t in toks[c.lo:c.hi]}
    if words & {"wurde", "wurden", "wird", "werden", "worden", "würde", "würden", "werde"}:
        return True
    by = [k for k in range(c.lo, trig.tok) if toks[k].low in ("von", "vom", "durch")]
    if any(k + 1 < trig.tok and toks[k + 1].text[:1].isupper() for k in by) and \
            not any(_finite_start(toks, k) for k in range(c.lo, c.hi) if k != trig.tok):
        return True  # a headline: "Präsident Embaló von Offizieren abgesetzt"
    # "ist vom Bundestag ratifiziert": a state reached, by someone named (not "ist von ihrem Amt zurückgetreten")
    by_actor = any(any(toks[x].actor is not None for x in range(k + 1, min(trig.tok, k + 4))) for k in by)
    return by_actor and bool(words & lx.AUX_SEIN) and not words & lx.AUX_HABEN and \
        trig.type not in _INTRANSITIVE | {"meet", "talks", "attack"}  # "ist von Berlin nach Kiew gereist"


# "Heraklion, 12. Mai 2025 – ...", "Kiel, 14.03.2025 (dpa) - ...": the day of the report, never of an event
DATELINE = re.compile(r"(?m)^[^\W\d][^\n,]{1,40},\s+((?:[^\W\d_]+,?\s+)?\d{1,2}\.\s?(?:\d{1,2}\.|[^\W\d_]+)\s?\d{2,4})"
                       r"\s*(?:\([^)\n]{1,25}\))?\s*[–—-]\s")


_CALL_FORMS = frozenset("aufgerufen aufrufen aufzurufen aufruft".split())
_CALL_SPLIT = frozenset("rief riefen ruft rufen".split())


def _both_sides(f: Frame, toks: list[Tok], mentions: list[ActorMention]) -> Frame:
    """"Russland und die Ukraine haben ..., auf den sich beide Seiten geeinigt hatten": "beide Seiten"
    are the two parties the sentence named together before it."""
    sides = [p for p in f.participants if p.actor_id == "lb:grp:tarifparteien" and "seite" in
             " ".join(t.low for t in toks if p.start <= t.start and t.end <= p.end)]
    if not sides:
        return f
    before = [mentions[t.actor] for t in toks if t.actor is not None and t.end <= sides[0].start]
    for k in range(len(before) - 1):
        a, b = before[k], before[k + 1]
        between = [t.low for t in toks if a.end <= t.start and t.end <= b.start]
        named = all(m.actor_type in ("state", "organization", "person", "group") and not m.actor_id.startswith("lb:grp:")
                    and m.how != "adjective" for m in (a, b))
        if named and a.actor_id != b.actor_id and between and between[0] == "und" and len(between) <= 2:
            role = sides[0].role
            rest = tuple(p for p in f.participants if p is not sides[0] and p.actor_id not in (a.actor_id, b.actor_id))
            return _replace(f, participants=(Participant(a.actor_id, role, a.start, a.end),
                                             Participant(b.actor_id, role, b.start, b.end)) + rest)
    return f


def _strike_caller(f: Frame, toks: list[Tok], mentions: list[ActorMention]) -> Frame:
    """"Verdi hat die Beschäftigten zu einem Warnstreik aufgerufen": who calls a strike or a protest
    leads it (its agent), when the protest names no agent of its own."""
    if f.type != "protest":
        return f
    words = [t.low for t in toks]
    called = next((i for i, w in enumerate(words) if w in _CALL_FORMS or
                   (w in _CALL_SPLIT and "auf" in words[i + 1:])), None)
    if called is None:
        return f
    if f.modality in ("asserted", "reported") and toks[called].start < f.trigger[0]:
        lo = max((k + 1 for k in range(called) if toks[k].text in _PUNCT_CUT), default=0)
        if any(w in lx.NEGATIONS for w in words[lo:called]):
            f = _replace(f, modality="negated")  # "hatte die Beschäftigten nicht aufgerufen, ... niederzulegen"
    # the workers called out strike too: "hat die Beschäftigten der Seehäfen zu einem Warnstreik aufgerufen"
    called_out = [mentions[t.actor] for i, t in enumerate(toks) if t.actor is not None
                  and mentions[t.actor].actor_id.startswith("lb:grp:") and i > 0 and toks[i - 1].low in ("die", "alle")
                  and t.start < max(f.trigger[0], toks[called].start)]
    extra = tuple(Participant(m.actor_id, "agent", m.start, m.end) for m in called_out
                  if not any(p.actor_id == m.actor_id for p in f.participants))
    if not any(p.role == "target" for p in f.participants):
        for i in range(1, len(toks) - 1):  # "ruft Beschäftigte der Deutschen Post zum Warnstreik auf"
            if group_of(toks[i].text) == "beschaeftigte" and toks[i + 1].low in ("der", "des") and i + 2 < len(toks) \
                    and toks[i + 2].actor is not None and mentions[toks[i + 2].actor].actor_type == "organization":
                m = mentions[toks[i + 2].actor]
                extra += (Participant(m.actor_id, "target", m.start, m.end),)
                break
    if any(p.role == "agent" for p in f.participants):
        return _replace(f, participants=f.participants + extra) if extra else f
    for i in range(min(called, len(toks))):
        t = toks[i]
        if t.actor is not None and (i == 0 or toks[i - 1].low not in lx.PREPOSITIONS):
            m = mentions[t.actor]
            if m.actor_type in ("organization", "person", "state", "group"):
                parts = (Participant(m.actor_id, "agent", m.start, m.end),) + tuple(
                    p for p in f.participants + extra if p.actor_id != m.actor_id)
                return _replace(f, participants=parts)
    return _replace(f, participants=f.participants + extra) if extra else f


# parties named only in general ("beide Seiten verhandeln", "die Tarifparteien trafen sich"): enough
# for a talk or a meeting that a time or a place anchors
_GENERIC_PARTIES = frozenset("""seiten tarifparteien konfliktparteien verhandlungspartner delegationen unterhändler
kriegsparteien sozialpartner""".split())

# nouns between a place preposition and the place's name: "nahe der Ortschaft Sotk", "in der Provinz Van"
_PLACE_WORDS = frozenset("""ortschaft ortschaften dorf dorfes stadt hauptstadt metropole provinz region gemeinde
kreisstadt bezirk bundesland küstenstadt hafenstadt grenzstadt kleinstadt großstadt""".split())


def _place_name(word: str) -> bool:
    """A capitalised name after a place word: "Sotk", "Muradiye" (not "Ortschaft", not a number)."""
    return len(word) > 2 and word[:1].isupper() and word[1:].islower() and word.isalpha() and \
        word.lower() not in _PLACE_WORDS


class Extractor:
    """Frames of one article; call ``frames(article)``."""

    def frames(self, article: Article) -> tuple[Frame, ...]:
        out: list[Frame] = []
        self._text = article.text
        pub = article.published.value if article.published.precision in ("day", "minute", "hour") else None
        pub = (article.published.start or pub)[:10] if pub else None
        last_source: tuple[str, str | None] | None = None
        datelines = [m.span(1) for m in DATELINE.finditer(article.text)]
        for sent in article.sentences:
            if not sent.tokens:
                continue
            # a name the tagger found that is a thing an event moves ("Euro", "Patriot") is no party to it
            mentions = [m for m in article.actors if sent.start <= m.start and m.end <= sent.end and not (
                m.actor_id.startswith("lb:oth:") and lx.object_class(article.text[m.start:m.end].lower()))]
            times = [t for t in article.times if sent.start <= t.start and t.end <= sent.end
                     and not any(a <= t.start and t.end <= b for a, b in datelines)]
            toks = _tokens(article, sent.tokens, times, mentions)
            frames, source = self._sentence(article, sent, toks, mentions, times, pub, last_source)
            out.extend(frames)
            last_source = source or (last_source if frames else None)
        return tuple(_group(_context_times(article, out)))

    def _sentence(self, article, sent, toks, mentions, times, pub, last_source):
        clauses = _clauses(toks)
        frames: list[Frame] = []
        attribution = _attribution(toks, 0, len(toks), mentions)
        skip: set[int] = set(attribution[2]) if attribution else set()
        source = (attribution[0], attribution[1]) if attribution else None
        # reporting clauses attribute the clauses next to them
        for c in clauses:
            trigs = _triggers(toks, c)
            rep = _reporting_clause(toks, c, mentions) if not trigs or all(t.kind == "noun" for t in trigs) else None
            if rep and c.kind in ("main",):
                c.report = rep
                c.planning = any(toks[i].low in lx.PLANNING or toks[i].low == "bereit" for i in range(c.lo, c.hi))
                if source is None:
                    source = rep
                for i in range(c.lo, c.hi):
                    if toks[i].actor is not None:
                        skip.add(toks[i].actor)
        prev_agents: list[Group] = []
        last_subject: Group | None = None
        fclause: list[int] = []
        anchored: set[tuple[int, int]] = set()
        for ci, c in enumerate(clauses):
            if c.absorbed:
                continue
            if c.report:
                for trig in _triggers(toks, c):
                    if trig.kind != "noun" or c.report[1] is None:
                        continue
                    groups = _groups(toks, c.lo, c.hi, mentions, set())
                    f = self._noun_frame(article, sent, toks, c, trig, groups, mentions, times, pub, speaker=c.report[1])
                    if f is not None:
                        own = Clause(trig.tok, min(c.hi, trig.tok + 6), "main")  # "für Donnerstag einen Streik"
                        own.lo = max(c.lo, trig.tok - 8) if any(toks[x].low == "für" for x in range(max(c.lo, trig.tok - 8), trig.tok)) else trig.tok
                        f = self._finish(f, toks, own, trig, mentions, times, pub, None, None, [own])
                        if c.planning and f.modality in ("asserted", "reported"):
                            f = _replace(f, modality="planned", when=_plan_time(f, article.text, pub))
                        anchored.add(f.trigger)
                        frames.append(f)
                        fclause.append(ci)
                continue
            trigs = _triggers(toks, c)
            groups = _groups(toks, c.lo, c.hi, mentions, skip)
            if c.kind == "main" and not c.intro and toks[c.lo].low not in _PRONOUN_CLAUSE_STARTS:
                first = next((g for g in groups if g.prep is None and not g.genitive), None)
                if first is not None:
                    last_subject = first
            if c.prefield:
                groups = _groups(toks, c.prefield[0], c.prefield[1], mentions, skip) + groups
            if c.continuation:
                groups = groups + _groups(toks, c.continuation[0], c.continuation[1], mentions, skip)
            verb_trigs = [t for t in trigs if t.kind != "noun"]
            for ti, trig in enumerate(trigs):
                if trig.kind == "noun":
                    f = self._noun_frame(article, sent, toks, c, trig, groups, mentions, times, pub)
                    if f is not None:
                        f = self._finish(f, toks, c, trig, mentions, times, pub, source, last_source, clauses)
                        acc = next((frames[x] for x in range(len(frames)) if fclause[x] == ci and frames[x].type == "accuse"
                                    and frames[x].trigger[0] < f.trigger[0]), None) if "noun_obj" in trig.analyses else None
                        if acc is not None:  # "warf Moskau einen Brandanschlag vor": Moskau's attack, as Warsaw says
                            a = next((p for p in acc.participants if p.role == "agent"), None)
                            t = next((p for p in acc.participants if p.role == "target"), None)
                            parts = f.participants if any(p.role == "agent" for p in f.participants) or t is None else \
                                (Participant(t.actor_id, "agent", t.start, t.end),) + f.participants
                            f = _replace(f, participants=parts, modality="reported", when=UNKNOWN_TIME, time_span=None,
                                         attributed_to=article.text[a.start:a.end] if a else f.attributed_to,
                                         attributed_id=a.actor_id if a else f.attributed_id)
                        anchored.add(f.trigger)
                        frames.append(f)
                        fclause.append(ci)
                    continue
                # clause segment of this trigger among several verb triggers: its own objects
                seg_hi = c.hi
                later = [t.tok for t in verb_trigs if t.tok > trig.tok and t.kind == "verb"]
                if later and trig.kind == "verb":
                    seg_hi = later[0]
                seg_lo = c.lo
                earlier = [t.tok for t in verb_trigs if t.tok < trig.tok and t.kind == "verb"]
                mine = [g for g in groups if g.lo < seg_hi and (g.lo >= (earlier[-1] if earlier else seg_lo)
                                                                 or g.lo < min(t.tok for t in verb_trigs))]
                verbs = [t for t in verb_trigs if t.kind == "verb"]
                if len(verbs) > 1 and all(not (t.analyses & {"fin", "past", "k1"}) or t.tok != _first_verbal(toks, c)
                                          for t in verbs):
                    # "wird nach Washington reisen und dort Trump treffen", "hat X ausgewiesen und Y ... vorgeworfen":
                    # in the verb-final part each verb's objects stand before it
                    first = min(t.tok for t in verbs)
                    fin = _finite_index(toks, c, trig)
                    front = fin if fin is not None and fin < first else c.lo
                    prev = max((t.tok for t in verbs if t.tok < trig.tok), default=front)
                    mine = [g for g in groups if g.lo < front or prev < g.lo < trig.tok]
                if trig.kind == "attr":
                    mine = [g for g in groups if _attr_scope(toks, c, trig.tok, g)]
                else:  # what belongs to a nominal event beside it: "Nach dem Besuch Macrons in Peking verhängte China"
                    nominal = [t.tok for t in trigs if t.kind == "noun" and "noun_obj" not in t.analyses]
                    # (not past the finite verb: "Nach der Entlassung Lindners sind auch X und Y zurückgetreten")
                    nominal = [n for n in nominal if lx.noun_type(toks[n].text) != trig.type]  # "zu einem Besuch in X eingetroffen"
                    mine = [g for g in mine if not any(n < g.lo <= n + 5 and g.hi <= trig.tok and
                                                       not any(_finite_start(toks, x) for x in range(n + 1, g.lo))
                                                       for n in nominal)]
                controller = None
                if c.kind == "zu" and prev_agents:
                    m0 = mentions[prev_agents[0].mentions[0]]
                    controller = Participant(m0.actor_id, "agent", m0.start, m0.end)
                elif ci and last_subject is not None and c.lo + 1 < c.hi and toks[c.lo].low in _PRONOUN_CLAUSE_STARTS \
                        and toks[c.lo + 1].low in ("er", "sie"):
                    # "..., wo er Präsident Mahama treffen will": the pronoun is the main clause's subject
                    m0 = mentions[last_subject.mentions[0]]
                    controller = Participant(m0.actor_id, "agent", m0.start, m0.end)
                elif c.intro in ("und", "aber", "doch", "sondern", "sowie") and last_subject is not None and \
                        _finite_start(toks, c.lo + (toks[c.lo].low == c.intro)):
                    # "trat Scholz vor die Presse und warf dem FDP-Chef vor ...": the subject goes on
                    m0 = mentions[last_subject.mentions[0]]
                    controller = Participant(m0.actor_id, "agent", m0.start, m0.end)
                parts = self._roles(toks, c, trig, mine, mentions, prev_agents, controller)
                if c.kind == "main" and any(p.role == "agent" for p in parts):
                    prev_agents = [g for g in mine if _role_of_group(parts, g, mentions) == "agent"]
                f = Frame(start=sent.start, end=sent.end, trigger=(toks[trig.tok].start, toks[trig.tok].end),
                          type=trig.type, participants=tuple(parts))
                f = self._finish(f, toks, c, trig, mentions, times, pub, source, last_source, clauses)
                if trig.type == "talks" and any(p.role == "agent" and self._text[p.start:p.end].lower().endswith(
                        ("gericht", "gerichtshof", "senat", "kammer")) for p in parts):
                    continue  # "Der Verfassungsgerichtshof verhandelt über die Klage": a hearing, no talks
                collective = trig.entry is not None and trig.entry.lemma in ("zusammenkommen", "zusammentreffen")
                if trig.type == "meet" and len(parts) < 2 and "sich" not in {t.low for t in toks[c.lo:c.hi]} and \
                        not (collective and parts):  # "Die Außenminister der Nato sind zusammengekommen"
                    continue  # "traf auch Kleindienst" (scored): a meeting needs two sides
                # a verbal event with nobody named needs something that places it: a time, a place,
                # an amount or the agreement signed ("Je größer die Spinne, desto weniger griffen an" is none)
                if f.participants or f.when.value or f.where or f.quantities or trig.type in lx.NO_PARTICIPANTS or \
                        (_object_classes(toks, c.lo, c.hi) & {"agreement", "law", "weapon", "sanction", "ceasefire",
                                                               "prisoners", "troops"}):
                    anchored.add(f.trigger)
                frames.append(f)
                fclause.append(ci)
        frames = _embedded(article, toks, clauses, frames, fclause, mentions, pub)
        frames = [_both_sides(f, toks, mentions) for f in frames]
        frames = [_strike_caller(f, toks, mentions) for f in frames]
        generic = any(t.low in _GENERIC_PARTIES for t in toks)
        # what is said needs a named sayer: "Die Verteidigung bestreitet, dass ..." is no denial event
        frames = [f for f in frames if f.participants and not (f.type in _SAID and all(
                      p.actor_id.startswith("lb:grp:") for p in f.participants)) or
                  ((f.type not in lx.NEEDS_PARTICIPANT or generic or f.type == "release" and f.quantities)
                   and f.trigger in anchored)]  # "sollen 180 Häftlinge entlassen werden"
        return frames, source

    def _roles(self, toks, c, trig, groups, mentions, prev_agents, controller=None) -> list[Participant]:
        symmetric = lx.TYPES[trig.type][2]
        if trig.type in lx.NO_PARTICIPANTS:
            return []
        passive = _passive(toks, c, trig)
        parts: list[Participant] = []

        def add(g: Group, role: str) -> None:
            for mi in g.mentions:
                m = mentions[mi]
                if any(p.actor_id == m.actor_id for p in parts):
                    continue
                parts.append(Participant(m.actor_id, role, m.start, m.end))

        fin = _finite_index(toks, c, trig)
        covert = c.kind == "main" and not c.prefield and fin is not None and _covert_subject(toks, c.lo, fin, groups)
        if c.kind == "sub" and c.intro in ("nachdem", "weil", "dass", "als", "bevor", "obwohl", "da") and \
                toks[c.lo].low == c.intro and c.lo + 2 < c.hi and toks[c.lo + 1].low in lx.DETERMINERS and \
                toks[c.lo + 2].text[:1].isupper() and toks[c.lo + 2].actor is None and \
                toks[c.lo + 1].low not in lx.OBLIQUE_DETERMINERS and not _abstract(toks[c.lo + 2].low):
            covert = True  # the unnamed subject right after the conjunction: the named actors are objects
        if _zu_clause(toks, c) and trig.kind == "verb":
            covert = True  # "..., Lindner zu entlassen": the subject is the governing clause's
        bare = []
        subject_attr = None  # "die Staats- und Regierungschefs der EU", "die Spitzen von CDU und SPD"
        for g in groups:
            in_prefield = fin is not None and g.lo < fin and c.kind == "main"
            if g.genitive or (g.prep == "von" and not passive and in_prefield):
                if covert and in_prefield and subject_attr is None and _head_before(toks, g) is not None:
                    subject_attr = g
                if trig.kind != "noun":
                    continue
            if trig.type in ("deploy_troops", "arms_transfer") and mentions[g.mentions[0]].how == "adjective":
                continue
            prep = g.prep
            if prep is None:
                bare.append(g)
            elif prep in ("von", "durch") and passive and (not g.after_noun or g.noun_in_pp):
                add(g, "agent")
            elif prep in ("in", "nach") and trig.type == "visit" and g.after_noun and trig.kind == "verb" and \
                    lx.noun_type(toks[g.lo - 2].text if g.lo >= 2 else "") in ("visit", "talks", "meet"):
                add(g, "target")  # "ist zu einem Besuch in Israel eingetroffen"
            elif prep in ("mit", "zwischen"):
                if prep == "mit" and g.after_noun:
                    continue  # "der Zollstreit mit Washington trifft ...": the noun's partner, not the verb's
                add(g, "co-agent" if symmetric else "other")
            elif prep in _TARGET_PREPS.get(trig.type, ()):
                if prep == "in" and any(x.prep is None and {mentions[a].actor_id for a in x.mentions} &
                                        {mentions[a].actor_id for a in g.mentions} for x in groups if x is not g):
                    continue  # "Die EU hat in Brüssel Sanktionen verhängt": where the agent acts
                add(g, "target")
            elif prep == "in" and trig.type == "attack" and mentions[g.mentions[0]].actor_type == "state" and \
                    mentions[g.mentions[0]].how in ("alias", "short form"):
                add(g, "target")  # "griff neun Ziele in Pakistan an"
            elif prep in _AGENT_PREPS.get(trig.type, ()):
                add(g, "agent")
        if subject_attr is None and fin is not None and not passive and trig.kind == "verb":
            for g in groups:  # "Am Dienstag durchsuchten Beamte des Landeskriminalamts ...": whose people act
                h = _head_before(toks, g) if g.genitive else None
                if h is not None and h in (fin + 1, fin + 2) and toks[h].low in _PEOPLE_HEADS:
                    subject_attr = g
                    break
        if subject_attr is not None:
            add(subject_attr, "target" if passive and not symmetric else "agent")
            covert = False
        if controller is not None and not any(p.role == "agent" for p in parts):
            parts.insert(0, controller)
            covert = True  # its named actors are objects
        if c.kind == "rel" and not c.antecedent and c.intro in ("die", "der", "das") and bare and not passive and \
                len(bare[0].mentions) == 1 and _plural_verb(toks, c):
            covert = True  # "Unternehmen, die Russland mit Rüstungsgütern beliefert haben sollen"
        # relative clause: the antecedent is the subject when the pronoun is nominative
        if c.kind == "rel" and c.antecedent and c.intro in ("dem", "den", "denen") and not symmetric \
                and not any(p.role == "target" for p in parts):
            ante = mentions[c.antecedent[0]]  # "Der Iran, dem die Europäer einen Verstoß vorwerfen"
            parts.append(Participant(ante.actor_id, "target", ante.start, ante.end))
        if c.kind == "rel" and c.antecedent and c.intro in ("der", "die", "das", "welcher", "welche"):
            ante = mentions[c.antecedent[0]]
            adjacent = bare and bare[0].lo <= c.lo + 1
            if not (c.intro == "die" and adjacent):
                role = "agent" if not passive or symmetric else "target"
                parts.insert(0, Participant(ante.actor_id, role, ante.start, ante.end))
        if passive:
            for g in bare:
                # "der zurückgetretenen Ministerin X": who did it, for a verb without an object
                add(g, "agent" if symmetric or (trig.kind == "attr" and trig.type in _INTRANSITIVE) else "target")
        else:
            ordered = sorted(bare, key=lambda g: (g.oblique, g.lo))
            if covert and ordered and (controller is not None or not any(p.role == "agent" for p in parts)):
                # an unnamed subject in front ("Die Polizei nahm ... fest"): the named actors are objects
                for g in ordered[:1]:
                    add(g, "agent" if symmetric else "target")
                ordered = []
            if ordered and not any(p.role == "agent" for p in parts):
                add(ordered[0], "agent")
                ordered = ordered[1:]
            for g in ordered[:1]:
                add(g, "agent" if symmetric else "target")
            if not any(p.role == "agent" for p in parts) and prev_agents and c.intro in ("und", "aber", "doch", "sondern"):
                for g in prev_agents:
                    add(g, "agent")
        object_first = fin is not None and c.kind == "main" and (
            toks[c.lo].low in lx.OBLIQUE_DETERMINERS or toks[c.lo].low in lx.DETERMINERS and c.lo + 1 < fin and any(
                _abstract(toks[x].low) and toks[x].text[:1].isupper() for x in range(c.lo + 1, min(fin, c.lo + 4))))
        if not symmetric and not any(p.role == "target" for p in parts) and fin is not None and \
                trig.type not in _INTRANSITIVE:
            # "lobte den Widerstand der Ukraine": the genitive of the object is the target (also in front:
            # "Den Eilantrag der AfD lehnte das Gericht ab")
            for g in groups:
                if g.genitive and (g.lo > fin or object_first and g.hi <= fin) and not any(p.actor_id == mentions[g.mentions[0]].actor_id for p in parts) \
                        and not _head_in_pp(toks, g, c.lo):
                    add(g, "target")
                    break
        if trig.type == "sanction" and not any(p.role == "target" for p in parts):
            # "Zölle auf Stahl aus der EU", "auf alle Importe aus den USA": whose goods are hit
            for g in groups:
                if g.prep == "aus" and g.lo >= 2 and any(toks[x].low.endswith(_GOODS) for x in range(max(c.lo, g.lo - 4), g.lo)):
                    add(g, "target")
                    break
        if trig.entry is not None and trig.entry.lemma in ("erhalten", "bekommen"):
            # "Moskau bestreitet, Waffen aus Nordkorea erhalten zu haben": the receiver is the target
            given = {mentions[mi].actor_id for g in groups if g.prep in ("aus", "von") for mi in g.mentions}
            parts = [Participant(p.actor_id, "target" if p.role == "agent" and p.actor_id not in given else p.role,
                                 p.start, p.end) for p in parts]
            parts = [Participant(p.actor_id, "agent" if p.actor_id in given and p.role == "other" else p.role,
                                 p.start, p.end) for p in parts]
        if symmetric:
            parts = [Participant(p.actor_id, "agent" if p.role == "target" else p.role, p.start, p.end) for p in parts]
        elif "gegenseitig" in {t.low for t in toks[c.lo:c.hi]} or "einander" in {t.low for t in toks[c.lo:c.hi]}:
            agents = [p for p in parts if p.role == "agent"]  # "warfen sich gegenseitig Verstöße vor"
            if len(agents) >= 2:
                parts = agents + [Participant(p.actor_id, "target", p.start, p.end) for p in agents]
        return parts

    def _noun_frame(self, article, sent, toks, c, trig, groups, mentions, times, pub, speaker=None) -> Frame | None:
        """A nominal event: participants by genitive, possessive, von/durch/zwischen/mit/auf/gegen; with a
        light verb ("hielten Warnstreiks ab") or as what a speaker announces, the clause subject acts."""
        parts: list[Participant] = []
        symmetric = lx.TYPES[trig.type][2]
        i = trig.tok
        for g in groups:
            m0 = mentions[g.mentions[0]]
            role = None
            head = _head_before(toks, g) if g.genitive else None
            if head is not None and toks[head].low in _PLACE_HEADS:
                role = "other"  # "im Süden des Gazastreifens": where
            elif g.lo > i and g.lo - i <= 5 and (g.genitive or g.prep == "von") and trig.type in _PATIENT_NOUNS:
                role = "target"  # "die Festnahme des Bürgermeisters X", "die Freilassung von X"
            elif g.lo > i and g.lo - i <= 4 and g.prep == "von" and (m0.actor_type == "location" or m0.how == "metonym") \
                    and trig.type in ("attack", "protest", "disaster", "collapse", "kill"):
                role = "other"  # "die Terroranschläge von Paris": where
            elif g.lo > i and g.lo - i <= 4 and (g.genitive or g.prep in ("von", "durch")):
                role = "agent"
            elif g.lo > i and g.lo - i <= 3 and g.prep in ("zwischen",):
                role = "agent"
            elif g.lo > i and g.lo - i <= 4 and g.prep == "mit":
                role = "co-agent" if symmetric else "other"
            elif g.lo > i and g.lo - i <= 3 and g.prep == "bei" and trig.type == "protest":
                role = "target"  # "Warnstreik bei der Lufthansa"
            elif g.lo > i and g.lo - i <= (7 if g.prep in ("auf", "gegen", "für") else 4) and g.prep in ("auf", "gegen", "an", "für") and (
                    g.prep in _TARGET_PREPS.get(trig.type, ()) or g.prep in ("auf", "gegen")):
                role = "target"
            elif g.lo > i and g.lo - i <= 4 and g.prep in ("in", "nach") and trig.type == "visit":
                role = "target"
            elif g.hi == i and m0.how != "adjective" and toks[i - 1].text.endswith("s") and g.prep is None:
                role = "agent"  # "Putins Besuch"
            elif trig.kind == "noun" and "noun_light" in trig.analyses and g.prep in ("durch", "von") and g.lo > i:
                role = "agent"  # "Die Unterzeichnung erfolgte durch X" (not "Vermittelt vom Sultanat Oman, ...")
            elif m0.how == "adjective" and g.hi == i:
                role = "other"  # "der russische Angriff": Russia is named, but not as a named actor
            elif g.hi <= i and i - g.hi <= 4 and g.prep in ("von", "durch") and any(
                    toks[x].text[:1].islower() and toks[x].low.endswith(("te", "ter", "ten", "tes", "tem", "ene", "ener",
                                                                         "enen", "enes"))
                    for x in range(g.hi, i)):
                role = "agent"  # "ein von Verdi organisierter Streik"
            if role:
                for mi in g.mentions:
                    m = mentions[mi]
                    if not any(p.actor_id == m.actor_id for p in parts):
                        parts.append(Participant(m.actor_id, "agent" if symmetric and role == "target" else role,
                                                 m.start, m.end))
        # adjective before the noun: "der russische Angriff" names Russia, kept as "other"
        if i > c.lo and toks[i - 1].actor is not None and mentions[toks[i - 1].actor].how == "adjective":
            m = mentions[toks[i - 1].actor]
            if not any(p.actor_id == m.actor_id for p in parts):
                parts.append(Participant(m.actor_id, "other", m.start, m.end))
        possessive = i > 0 and toks[i - 1].low in _POSSESSIVES or i > 1 and toks[i - 2].low in _POSSESSIVES
        k = i - 1
        while k > c.lo and (toks[k].low in lx.DETERMINERS or toks[k].text[:1].islower() and toks[k].low.endswith(
                ("e", "en", "er", "em")) and toks[k].low not in lx.PREPOSITIONS):
            k -= 1
        # "Mit einem ganztägigen Warnstreik hat Verdi den Busverkehr lahmgelegt": the means of the subject
        possessive = possessive or (k >= c.lo and toks[k].low in ("mit", "durch") and trig.type in ("protest", "attack",
                                                                                                   "sanction", "threaten"))
        if "noun_light" in trig.analyses and not any(p.role == "agent" for p in parts):
            source = next((g for g in groups if g.prep == "aus" and g.lo > i and any(
                toks[x].low in ("kam", "kamen", "kommt", "kommen", "gekommen") for x in range(i + 1, g.lo))), None)
            if source is not None:  # "Scharfe Kritik an der Entscheidung kam aus Moskau"
                parts += [Participant(mentions[mi].actor_id, "agent", mentions[mi].start, mentions[mi].end)
                          for mi in source.mentions if not any(p.actor_id == mentions[mi].actor_id for p in parts)]
        if not any(p.role == "agent" for p in parts) and not symmetric and trig.type not in lx.NO_PARTICIPANTS and \
                not any(_finite_start(toks, x) for x in range(c.lo, c.hi)):
            lead = next((g for g in groups if g.prep is None and not g.genitive and g.hi <= i), None)
            if lead is not None and lead.lo == c.lo + (toks[c.lo].low in lx.DETERMINERS):
                # a headline: "Papst Leo XIV. zu Besuch in der Türkei"
                parts = [Participant(mentions[mi].actor_id, "agent", mentions[mi].start, mentions[mi].end)
                         for mi in lead.mentions] + [p for p in parts if p.actor_id not in
                                                      {mentions[mi].actor_id for mi in lead.mentions}]
        # "bei einem Treffen mit X", "zu Gesprächen mit X": the clause subject is the other side
        partner = symmetric and any(p.role == "co-agent" for p in parts)
        # "haben sich nach tagelangen Sondierungsgesprächen geeinigt", "Bei einem Gipfel unterzeichneten X und Y":
        # the parties of the clause held the talks or the meeting
        partner = partner or symmetric and not parts and k >= c.lo and toks[k].low in ("nach", "bei", "beim", "während")
        if not any(p.role == "agent" for p in parts) and ("noun_light" in trig.analyses or speaker or possessive
                                                          or partner):
            subj = None
            if speaker:
                subj = next((g for g in groups if mentions[g.mentions[0]].actor_id == speaker), None)
            else:
                fin = next((k for k in range(c.lo, c.hi) if toks[k].low in lx.LIGHT_VERBS or toks[k].low in lx.AUX_HABEN
                            or toks[k].low in lx.AUX_SEIN or toks[k].low in lx.MODALS_HYPOTHETICAL
                            or toks[k].low in lx.NOUN_PLAN_VERBS or toks[k].low in lx.NOUN_PROMISE_VERBS), None)
                if fin is None and (possessive or partner):
                    fin = next((k for k in range(c.lo, c.hi) if k != i and _finite_start(toks, k)), None)
                bare = [g for g in groups if g.prep is None and not g.genitive and fin is not None and g.lo < fin]
                if not bare and fin is not None and not _covert_subject(toks, c.lo, fin, groups):
                    # after the verb: before the noun, or anywhere when the noun stands in front
                    # ("Nach Verhandlungen mit den Arbeitgebern haben die Gewerkschaften X und Y ...")
                    bare = [g for g in groups if g.prep is None and not g.genitive and g.lo > fin and (g.lo < i or i < fin)]
                subj = bare[0] if bare else None
            if subj is not None and trig.type not in lx.NO_PARTICIPANTS:
                for mi in subj.mentions:
                    m = mentions[mi]
                    if not any(p.actor_id == m.actor_id for p in parts):
                        parts.insert(0, Participant(m.actor_id, "agent", m.start, m.end))
                if "noun_light" in trig.analyses and not any(p.role == "target" for p in parts) and not symmetric:
                    # "hat gegen X Anklage erhoben", "haben gegen die Regierung Proteste organisiert"
                    against = next((g for g in groups if g.prep == "gegen" and g.hi <= i and g is not subj), None)
                    if against is not None:
                        parts += [Participant(mentions[mi].actor_id, "target", mentions[mi].start, mentions[mi].end)
                                  for mi in against.mentions if not any(p.actor_id == mentions[mi].actor_id for p in parts)]
                if trig.type in _GIVEN_TO and not any(p.role == "target" for p in parts):
                    # "hat der Ukraine die volle Unterstützung zugesichert": the bare group between is who gets it
                    rec = next((g for g in groups if g is not subj and g.prep is None and not g.genitive
                                and subj.hi <= g.lo < i), None)
                    if rec is not None:
                        ids = {mentions[mi].actor_id for mi in rec.mentions}
                        parts = [p for p in parts if p.actor_id not in ids]
                        parts += [Participant(mentions[mi].actor_id, "target", mentions[mi].start, mentions[mi].end)
                                  for mi in rec.mentions]
        if "noun_light" in trig.analyses and not any(p.role == "target" for p in parts) and not symmetric:
            # "wurde gegen X Anklage erhoben" (no subject named): whom it is against
            against = next((g for g in groups if g.prep == "gegen" and g.hi <= i), None)
            if against is not None:
                parts += [Participant(mentions[mi].actor_id, "target", mentions[mi].start, mentions[mi].end)
                          for mi in against.mentions if not any(p.actor_id == mentions[mi].actor_id for p in parts)]
        if "noun_obj" in trig.analyses and not any(p.role == "agent" for p in parts) and trig.type not in lx.NOUN_ALONE:
            return None  # only with its own agent ("den Angriff der israelischen Luftwaffe")
        if not parts:
            if trig.type not in lx.NOUN_ALONE:
                return None
            after_prep = i > 0 and (toks[i - 1].low in lx.DETERMINERS and i - 1 > 0 and
                                    toks[i - 2].low in lx.PREPOSITIONS or toks[i - 1].low in lx.PREPOSITIONS)
            dated = any(t.time is not None for t in toks[c.lo:c.hi])
            toll = i > 1 and toks[i - 2].low in ("zahl", "anzahl")  # "die Zahl der Toten stieg auf 38"
            # "verurteilte den Raketenangriff auf ein Krankenhaus" (not a bare "verurteilte den Überfall")
            judged = "noun_obj" in trig.analyses and i + 1 < c.hi and toks[i + 1].low in ("auf", "gegen", "in", "im", "nahe")
            if not ("noun_light" in trig.analyses or dated or after_prep or toll or judged):
                return None
        return Frame(start=sent.start, end=sent.end, trigger=(toks[i].start, toks[i].end), type=trig.type,
                     participants=tuple(parts))

    def _finish(self, f: Frame, toks, c, trig, mentions, times, pub, source, last_source, clauses) -> Frame:
        lo, hi = c.lo, c.hi
        # time: in the clause, nearest to the trigger; else anywhere in the sentence outside other frames' clauses
        if trig.kind == "attr":
            lo, hi = _attr_start(toks, c, trig.tok), trig.tok + 1
        elif trig.kind == "noun" and "noun_light" not in trig.analyses:
            own = _triggers(toks, c)
            beside_verb = any(t.kind != "noun" for t in own)
            prep = toks[trig.tok - 1].low if toks[trig.tok - 1].low not in lx.DETERMINERS else toks[trig.tok - 2].low
            nxt = [t.tok for t in own if t.tok > trig.tok]
            if beside_verb and prep not in ("bei", "beim", "während"):
                # "Nach dem Rücktritt von X ernannte Y am Donnerstag ...": the time is the main verb's
                lo, hi = trig.tok, min(c.hi, trig.tok + 9, nxt[0] if nxt else c.hi)
            elif nxt and not beside_verb:
                lo, hi = trig.tok, nxt[0]  # "Auslöser der Proteste war der Einsturz ... am 1. November"
        tmap = {}
        for i in range(len(toks)):
            if toks[i].time is not None:
                tmap.setdefault(toks[i].time, i)
        def datable(k: int) -> bool:  # a date or a clock time, resolved unless there is nothing to resolve against
            return bool(times[k].when.value or not pub) and times[k].kind in ("date", "time")

        cand = [toks[i].time for i in range(lo, hi) if toks[i].time is not None]
        usable = [k for k in dict.fromkeys(cand) if datable(k)
                  and not (trig.kind == "verb" and _nominal_time(toks, tmap.get(k), _entry_objects(trig)))]
        if not usable and trig.kind == "noun":
            nxt = next((x for x in clauses if x.lo >= c.hi), None)  # "der Einsturz ..., bei dem am Freitag 14 Menschen"
            if nxt is not None and nxt.kind == "rel" and toks[nxt.lo].low in lx.PREPOSITIONS and nxt.lo == c.hi + 1:
                usable = [toks[x].time for x in range(nxt.lo, nxt.hi) if toks[x].time is not None
                          and datable(toks[x].time)]
        if not usable and trig.kind != "attr" and not _complement(toks, c):
            # a time elsewhere in the sentence: from a clause without its own event, or from a main
            # clause when this one is a main or purpose clause too ("Am Freitag ließ X frei, im Gegenzug ...")
            usable = [k for k in tmap if datable(k) and _time_reaches(toks, clauses, tmap[k], c)]
        if not usable and trig.type in _SAID and trig.kind == "verb" and c.kind == "main":
            # "hat X scharf kritisiert: „…“, sagte sie am Mittwoch": saying so was the criticism
            usable = [k for k in tmap if datable(k) and _said_then(toks, clauses, tmap[k], c)]
        when = f.when
        span = None
        if usable:
            k = min(usable, key=lambda k: abs(tmap[k] - trig.tok))
            tm = times[k]
            when = tm.when
            span = (tm.start, tm.end)
            if pub and trig.kind == "attr" and when.value and when.value[:4].isdigit() and when.value[:10] > pub \
                    and not any(ch.isdigit() and len(w) == 4 for w in self._text[tm.start:tm.end].split() for ch in w[:1]):
                when = _year_back(when)  # "das am 19. Februar unterzeichnete Abkommen": done, so not next February
        if span and pub and when.value:
            when = _event_time(when, self._text[span[0]:span[1]], pub, toks, lo, hi)
        if span and pub and when.value and when.precision == "day" and when.value[:10] < pub and \
                trig.kind == "verb" and trig.analyses & {"fin"} and not trig.analyses & {"past", "part"} and \
                _weekday_only(self._text[span[0]:span[1]]) and \
                not self._text[max(0, span[0] - 6):span[0]].lower().split()[-1:] == ["seit"] and not any(
                    toks[x].low in lx.AUX_HABEN | lx.AUX_SEIN | _PAST_AUXILIARIES for x in range(lo, hi)):
            when = _days_forward(when, 7)  # "tritt am Freitag in Kraft": present tense, the coming Friday
        future = bool(pub and when.value and (when.start or when.value)[:10] > pub and
                      not any(toks[i].low in ("hatte", "hatten", "hat", "haben", "wurde", "wurden", "war", "waren")
                              or any("past" in a for _, a in lx.VERB_FORMS.get(toks[i].low, ()))
                              for i in range(lo, hi)))
        attributed = source is not None
        modality = _modality(toks, c, trig, attributed, future)
        if trig.kind == "noun" and modality == "negated" and "noun_light" not in trig.analyses:
            modality = "reported" if attributed else "asserted"  # "Bei dem Angriff wurde niemand getötet"
        promised = trig.entry is not None and trig.entry.lemma in ("zusagen", "versprechen") and \
            bool(trig.analyses & {"past", "part"})  # "sagte am Freitag ... zu": the day of the promise
        if span and pub and when.value and modality in ("planned", "hypothetical") and when.value[:10] < pub[:len(when.value[:10])] \
                and not _has_year(self._text[span[0]:span[1]]) and not promised:
            if _weekday_only(self._text[span[0]:span[1]]) and when.precision == "day":
                when = _days_forward(when, 7)  # "den für Montag geplanten Streik": the coming Monday
            else:
                when = _year_forward(when)  # "kündigte an, im November zurückzutreten": the coming November
        if any(toks[i].low in lx.CANCELS for i in range(c.lo, c.hi)) or _particle_verb(toks, c, ("sagte", "sagten", "sagt"), "ab"):
            modality = "negated"  # "hat den geplanten Streik abgesagt"
        if trig.entry is not None and trig.entry.negative and modality in ("asserted", "reported"):
            modality = "negated"  # "wurde freigesprochen": not convicted
        att_text, att_id = (source if source else (None, None))
        if modality == "reported" and not source and last_source:
            att_text, att_id = last_source
        # place: "in X" with a place or a capital
        where = where_id = None
        for i in range(lo, hi):
            t = toks[i]
            if t.low in ("in", "im", "nahe", "bei", "nördlich", "südlich", "östlich", "westlich") and i + 1 < hi:
                j = i + 1
                while j < hi and j < i + 5 and (
                        toks[j].low in lx.DETERMINERS or toks[j].low in _PLACE_WORDS or
                        (t.low != "in" and toks[j].low in ("von",)) or
                        (toks[j].text[:1].islower() and toks[j].low.endswith(("en", "er", "es", "em")) and j + 1 < hi
                         and toks[j + 1].low in _PLACE_WORDS)):  # "in der kasachischen Metropole Almaty"
                    j += 1  # "nahe der Ortschaft Sotk", "im Dorf X", "nördlich von Kiew"
                if t.low == "bei" and (j >= hi or toks[j].actor is None or mentions[toks[j].actor].actor_type != "location"):
                    continue
                if j < hi and toks[j].actor is not None:
                    m = mentions[toks[j].actor]
                    if m.actor_type in ("location", "state") and m.how in ("metonym", "alias", "ner", "short form"):
                        where, where_id = m_text(toks, j, mentions), m.actor_id
                        break
                elif j < hi and j > i + 1 and toks[j - 1].low in _PLACE_WORDS and _place_name(toks[j].text):
                    where = toks[j].text  # "nahe der Ortschaft Sotk": a place the tagger does not know
                    where_id = slug("location", where)
                    break
        skip = [(tm.start, tm.end) for tm in times if tm.kind in ("date", "time")]  # "48 Stunden" is a figure
        qs = tuple(Quantity(a.value, a.unit, a.what, a.start, a.end, a.approx)
                   for a in amounts(self._text, toks[lo].start, toks[hi - 1].end, skip))
        parts = list(f.participants)
        if trig.type in lx.NO_PARTICIPANTS or trig.type == "disaster":
            for i in range(lo, hi):  # what collapsed or was hit: "Carolabrücke", "Dresden", "Valencia"
                t = toks[i]
                if t.actor is not None and mentions[t.actor].actor_type in ("location", "state", "organization") and \
                        not any(p.actor_id == mentions[t.actor].actor_id for p in parts):
                    m = mentions[t.actor]
                    parts.append(Participant(m.actor_id, "other", m.start, m.end))
                elif t.actor is None and t.text[:1].isupper() and t.low.endswith(_STRUCTURES) and len(t.low) > 6:
                    parts.append(Participant("lb:thing:" + t.low, "other", t.start, t.end))
        for i in range(lo, hi - 1):  # "im Bundestag", "im Sicherheitsrat": the body where it happened
            if toks[i].low in ("im", "in") and toks[i + 1].actor is not None:
                m = mentions[toks[i + 1].actor]
                if m.actor_type == "organization" and not any(p.actor_id == m.actor_id for p in parts):
                    parts.append(Participant(m.actor_id, "other", m.start, m.end))
        if where_id and not any(p.actor_id == where_id for p in parts):
            m = next((m for m in mentions if m.actor_id == where_id), None)
            if m is not None:
                parts.append(Participant(where_id, "other", m.start, m.end))
        return _replace(f, when=when, time_span=span, modality=modality, attributed_to=att_text,
                        attributed_id=att_id, where=where, where_id=where_id, quantities=qs, participants=tuple(parts))


# named structures that collapse or are hit ("Carolabrücke", "Bahnhofsvordach")
_STRUCTURES = ("brücke", "tunnel", "gebäude", "turm", "damm", "stadion", "halle", "bahnhof", "kirche", "hochhaus",
               "schule", "deich", "talsperre", "vordach", "dach", "mauer", "viadukt", "krankenhaus", "klinik")


def _has_year(expr: str) -> bool:
    import re

    return bool(re.search(r"\b(1[89]|20)\d\d\b|'\d\d\b", expr))


def _event_time(w: When, expr: str, pub: str, toks: list[Tok], lo: int, hi: int) -> When:
    """The day an event took place: part-of-day values ("2024-12-20TEV") count as their day; a bare
    weekday equal to the publication weekday in a pluperfect clause is the week before."""
    import datetime as dt

    if w.value and len(w.value) > 10 and w.value[10:11] == "T" and not w.value[11:12].isdigit():
        day = w.value[:10]
        low = expr.lower()
        night_before = w.value.endswith("TNI") and ("nacht zu" in low or "nacht auf" in low)
        if night_before:
            day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()  # "in der Nacht zu Mittwoch"
        w = _replace(w, value=day, start=day, end=day, precision="day")
        if night_before:
            return w  # the night just before the publication day, whatever the tense
    if w.value == pub[:10] and w.precision == "day" and not any(ch.isdigit() for ch in expr) and \
            any(toks[i].low in ("hatte", "hatten", "war", "waren") for i in range(lo, hi)) and \
            expr.strip().lower().rstrip("s").split()[-1] in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                                                            "samstag", "sonntag"):
        day = (dt.date.fromisoformat(pub[:10]) - dt.timedelta(days=7)).isoformat()
        w = _replace(w, value=day, start=day, end=day)
    return w


_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")


def _plan_time(f: Frame, text: str, pub: str | None) -> When:
    """The time of an event that turned out planned: a past weekday or month means the coming one."""
    w = f.when
    if not (f.time_span and pub and w.value) or w.value[:10] >= pub[:len(w.value[:10])]:
        return w
    expr = text[f.time_span[0]:f.time_span[1]]
    if _has_year(expr):
        return w
    return _days_forward(w, 7) if _weekday_only(expr) and w.precision == "day" else _year_forward(w)


def _weekday_only(expr: str) -> bool:
    words = expr.lower().replace("-", " ").split()
    return bool(words) and words[-1].rstrip("s") in _WEEKDAYS and not any(ch.isdigit() for ch in expr)


def _days_forward(w: When, days: int) -> When:
    import datetime as dt

    def fwd(v: str | None) -> str | None:
        return (dt.date.fromisoformat(v[:10]) + dt.timedelta(days=days)).isoformat() if v and len(v) >= 10 else v

    return _replace(w, value=fwd(w.value), start=fwd(w.start), end=fwd(w.end))


def _particle_verb(toks: list[Tok], c: "Clause", forms: tuple[str, ...], particle: str) -> bool:
    words = [t.low for t in toks[c.lo:c.hi] if t.low[:1].isalpha()]
    return bool(words) and words[-1] == particle and any(w in forms for w in words)


def _year_forward(w: When) -> When:
    def fwd(v: str | None) -> str | None:
        return str(int(v[:4]) + 1) + v[4:] if v and v[:4].isdigit() else v

    return _replace(w, value=fwd(w.value), start=fwd(w.start), end=fwd(w.end))


def _context_times(article: Article, frames: list[Frame]) -> list[Frame]:
    """A past event whose sentence names no time takes the last date named before it in the same
    paragraph ("Am Mittwoch stürzte die Brücke ein. Drei Menschen wurden verletzt."), marked
    origin "inferred" with the words it came from."""
    out = []
    text = article.text
    dated = sorted((t for t in article.times if t.kind == "date" and t.when.value and t.when.precision in
                    ("day", "part-of-day", "week", "month")), key=lambda t: t.start)
    for f in frames:
        if f.when.value or f.time_span or f.modality in ("planned", "hypothetical"):
            out.append(f)  # dated, or dated by words that need a publication day (kept for the story)
            continue
        before = [t for t in dated if t.end <= f.start]
        if before:
            t = before[-1]
            if "\n" not in text[t.end:f.start].strip("\n ") or "\n\n" not in text[t.end:f.start]:
                if "\n\n" not in text[t.end:f.start] and text.count("\n", t.end, f.start) <= 1:
                    w = t.when
                    if w.value and len(w.value) > 10 and w.value[10:11] == "T" and not w.value[11:12].isdigit():
                        w = _replace(w, value=w.value[:10], precision="day")
                    f = _replace(f, when=_replace(w, origin="inferred", expression=text[t.start:t.end],
                                                  reason="no time in its sentence; the last date before it"))
        out.append(f)
    return out


def _nominal_time(toks: list[Tok], i: int | None, objects: set[str] = frozenset()) -> bool:
    """A time that modifies a noun: "den Angriff vom Dienstag verurteilt", "nach der am Sonntag erfolgten
    Einnahme". Not when that noun is the verb's own object ("die Präsidentenwahl vom Sonntag gewonnen")."""
    if i is None:
        return False
    if i > 0 and toks[i - 1].low in ("für", "bis"):
        return True  # "der Haushalt für 2025"
    if (i > 0 and toks[i - 1].low == "vom") or toks[i].low == "vom":
        k = i - 1 if toks[i].low != "vom" else i
        head = toks[k - 1] if k > 0 else None
        return not (head is not None and lx.object_class(head.low) in objects)
    j = i
    while j < len(toks) and toks[j].time == toks[i].time:
        j += 1
    return j + 1 < len(toks) and toks[j].text[:1].islower() and toks[j].low.endswith(
        ("ten", "te", "tes", "tem", "ene", "enen", "enes")) and toks[j + 1].text[:1].isupper()


def _entry_objects(trig: "Trigger") -> set[str]:
    return {cls for cls, _ in trig.entry.objects} if trig.entry is not None else set()


def _year_back(w: When) -> When:
    def back(v: str | None) -> str | None:
        return str(int(v[:4]) - 1) + v[4:] if v and v[:4].isdigit() else v

    return _replace(w, value=back(w.value), start=back(w.start), end=back(w.end))


def _complement(toks: list[Tok], c: Clause) -> bool:
    return (c.kind == "sub" and c.intro in ("dass", "daß", "wonach", "ob")) or _zu_clause(toks, c) and c.kind != "zu"


def _time_reaches(toks, clauses, i, own) -> bool:
    """May the time at token i date an event of clause ``own``?"""
    if own.kind in ("sub", "rel"):
        return False  # "Nachdem ihn der Bundestag gewählt hatte, ernannte ... am Dienstag": not the election's
    lo, hi = sorted((own.lo, i))
    linked = any(t.low in ("dabei", "daraufhin", "zugleich", "gleichzeitig") for t in toks[own.lo:own.hi])
    if not linked and any(c.hard and lo < c.lo <= hi for c in clauses):
        return False  # "...; Peking kritisierte den Schritt": the clause after a semicolon has its own time
    for c in clauses:
        if c is own or not (c.lo <= i < c.hi):
            continue
        if c.report is not None:
            return False  # "sagte am Montag": the time of the speech
        if c.kind != "main" or _zu_clause(toks, c):
            return False  # a relative, subordinate or zu-clause dates its own statement
        if not _triggers(toks, c):
            return True
        return own.kind in ("main", "zu")
    return False


def _said_then(toks, clauses, i, own) -> bool:
    """Is the time at token i that of a speech tag after ``own`` whose speaker is a pronoun, so the same
    speaker ('..., sagte sie am Mittwoch')?"""
    for c in clauses:
        if c.lo <= i < c.hi:
            return c.report is not None and c.lo >= own.hi and c is not own and any(
                toks[x].low in ("er", "sie") for x in range(c.lo, min(c.hi, c.lo + 4)))
    return False


# prepositions that mark the target, by event type ("Angriff auf", "Sanktionen gegen", "Waffen an")
_TARGET_PREPS: dict[str, tuple[str, ...]] = {
    "attack": ("auf", "gegen"), "accuse": ("gegen",), "criticize": ("gegen",), "threaten": ("gegen",),
    "sanction": ("gegen", "in"), "demand": ("von",), "protest": ("gegen",), "arms_transfer": ("an", "nach", "in"),
    "aid": ("an", "für", "nach", "in"), "military_aid": ("an", "für"), "support": ("bei", "hinter"),
    "deploy_troops": ("nach", "in", "an"), "visit": ("nach", "in"), "withdraw": ("aus",), "expel": ("aus",),
    "release": ("aus",),
}


# nouns whose genitive is the one it happens to ("die Festnahme des Bürgermeisters")
_PATIENT_NOUNS = frozenset({"arrest", "release", "dismiss", "appoint", "elect", "kill", "expel"})

_PRONOUN_CLAUSE_STARTS = frozenset("wo wohin woraufhin nachdem als weil dass bevor wobei bis sobald da".split())

_GOODS = ("waren", "importe", "einfuhren", "produkte", "güter", "stahl", "aluminium", "autos", "fahrzeuge",
          "elektroautos", "exporte", "erzeugnisse", "lieferungen")

_SAID = frozenset({"deny", "criticize", "demand", "accuse", "reject", "threaten"})

_INTRANSITIVE = frozenset({"resign", "protest", "visit", "withdraw"})

_GIVEN_TO = frozenset({"support", "aid", "military_aid", "arms_transfer"})

_AGENT_PREPS: dict[str, tuple[str, ...]] = {"arms_transfer": ("aus",), "aid": ("aus",)}


def _finite_index(toks: list[Tok], c: Clause, trig: Trigger) -> int | None:
    """The finite verb of a main clause: the trigger itself or the first auxiliary, modal or verb form."""
    for i in range(c.lo, c.hi):
        t = toks[i]
        if t.text[:1].isupper() and i != trig.tok:
            continue
        w = t.low
        if i == trig.tok and trig.kind == "verb" and trig.analyses & {"fin", "past", "k1"}:
            return i
        if w in lx.AUX_HABEN or w in lx.AUX_SEIN or w in lx.AUX_WERDEN or w in lx.MODALS_PLANNED or \
                w in lx.MODALS_HYPOTHETICAL or w in lx.MODALS_OTHER or w in lx.LIGHT_VERBS:
            return i
    return None


_PLURAL_FINITE = frozenset("haben hatten sind waren werden wurden sollen sollten wollen wollten können konnten "
                           "müssen mussten dürfen durften".split())


def _plural_verb(toks: list[Tok], c: "Clause") -> bool:
    """Does the verb-final clause end in a plural finite verb ("... beliefert haben sollen")?"""
    words = [t.low for t in toks[c.lo:c.hi] if t.low[:1].isalpha()]
    return bool(words) and words[-1] in _PLURAL_FINITE


def _covert_subject(toks: list[Tok], lo: int, fin: int, groups: list["Group"]) -> bool:
    """Does the prefield hold an unnamed noun subject ("Die Polizei", "Meuternde Offiziere in Gabun",
    "Die Staats- und Regierungschefs der EU")? Not when a named actor stands there bare."""
    if any(g.lo < fin and g.prep is None and not g.genitive for g in groups):
        return False
    for k in range(lo, fin):
        t = toks[k]
        if not t.text[:1].isupper() or t.time is not None or t.actor is not None or t.low in lx.DETERMINERS \
                or t.low in lx.PREPOSITIONS or (k == lo and t.low in _FUNCTION_WORDS):
            continue  # "Als Reaktion auf ...", "Auch", "Damit": no noun
        if k == lo and t.low.endswith("t") and k + 1 < fin and toks[k + 1].low in ("von", "vom", "durch"):
            continue  # "Vermittelt vom Sultanat Oman, haben ...": a participle, no noun
        prev = toks[k - 1].low if k > lo else ""
        if _in_pp(toks, k, lo):
            continue
        q = _before_modifiers(toks, k, lo)
        if q >= lo and q < k - 1 and toks[q].text[:1].isupper() and toks[q].actor is None:
            continue  # a genitive attribute: "Bei den Angriffen der israelischen Armee"
        if prev in ("des", "der") and k - 1 > lo and toks[k - 2].text[:1].isupper():
            continue  # a genitive attribute of the subject noun
        if prev in lx.OBLIQUE_DETERMINERS or _abstract(t.low):
            continue  # "Den Eilantrag der AfD lehnte das Gericht ab", "Die Reformpolitik ... lobte Merz": an object
        if k == lo or prev in lx.DETERMINERS or toks[k - 1].text[:1].islower():
            return True
    return False


_ABSTRACT_ENDS = ("ung", "ungen", "heit", "keit", "politik", "antrag", "anträge", "vorschlag", "vorschläge", "plan",
                  "pläne", "gesetz", "gesetze", "abkommen", "vertrag", "vorwürfe", "vorwurf", "kritik", "forderung",
                  "bericht", "berichte", "entwurf", "reform", "reformen", "kurs", "haltung", "ergebnis", "angebot")


def _abstract(low: str) -> bool:
    """A noun for a thing said or done, never the one who acts ("Reformpolitik", "Eilantrag");
    not "Regierung", "Führung", "Verwaltung"."""
    return low.endswith(_ABSTRACT_ENDS) and not low.endswith(_ACTOR_HEADS) and low not in ACTOR_NOUNS and \
        not low.endswith(("führung", "verwaltung", "vertretung", "versammlung", "stiftung", "bewegung", "zeitung",
                          "leitung", "gewerkschaft"))


def _head_in_pp(toks: list[Tok], g: "Group", lo: int) -> bool:
    """Is the noun a genitive hangs on inside a prepositional phrase ("mit Stimmen der AfD")?"""
    k = _head_before(toks, g)
    return True if k is None else _in_pp(toks, k, lo)


def _in_pp(toks: list[Tok], k: int, lo: int) -> bool:
    """Is the noun at k inside a prepositional phrase ("Nach dem verheerenden Erdbeben")?"""
    k = _before_modifiers(toks, k, lo)
    return k >= lo and toks[k].low in lx.PREPOSITIONS


def _before_modifiers(toks: list[Tok], k: int, lo: int) -> int:
    """The token before the determiners and inflected adjectives in front of token k (>= lo - 1)."""
    k -= 1
    while k >= lo and (toks[k].low in lx.DETERMINERS or toks[k].text[:1].islower() and
                       toks[k].low.endswith(("e", "en", "er", "es", "em")) and toks[k].low not in lx.PREPOSITIONS):
        k -= 1
    return k


def _head_before(toks: list[Tok], g: "Group") -> int | None:
    """The capitalised noun a genitive or von-phrase hangs on."""
    k = g.lo - 1
    while k >= 0 and (toks[k].low in lx.DETERMINERS or toks[k].low in ("von", "vom")):
        k -= 1
    return k if k >= 0 and toks[k].text[:1].isupper() and toks[k].actor is None else None


_PEOPLE_HEADS = frozenset("""beamte beamten ermittler fahnder mitarbeiter mitarbeiterinnen soldaten kämpfer vertreter
vertreterinnen polizisten einsatzkräfte kräfte spezialkräfte einheiten truppen diplomaten experten inspektoren
""".split())

_GOVERNING = frozenset({"deny", "accuse", "demand", "threaten", "reject"})


def _zu_clause(toks: list[Tok], c: Clause) -> bool:
    """A zu-infinitive: "..., Waffen geliefert zu haben", "..., nach Kiew zu reisen", "anzugreifen"."""
    for i in range(c.lo, c.hi):
        w = toks[i].low
        if w == "zu" and i + 1 < c.hi and toks[i + 1].text[:1].islower() and i + 3 >= c.hi:
            return True
        if any("zu" in a for _, a in lx.VERB_FORMS.get(w, ())) and i + 2 >= c.hi:
            return True
    return False


def _embedded(article, toks, clauses, frames, fclause, mentions, pub=None):
    """What a governing clause does to the event of its complement clause.

    "Der Kreml wies Berichte zurück, wonach Moskau Waffen geliefert habe": the delivery is denied
    (attributed to the Kreml) and the denial is no frame of its own; "X wirft Y vor, ... angegriffen
    zu haben": the attack is reported by X, and Y is its agent; "X fordert/droht/lehnt ab, ... zu":
    the demanded, threatened or refused event is not reported as an event; "X kündigte an, ... zu
    reisen": the trip is planned, and X travels.
    """
    drop: set[int] = set()
    out = list(frames)
    for k, f in enumerate(frames):
        ck = fclause[k]
        c = clauses[ck]
        complement = (c.kind == "sub" and c.intro in ("dass", "daß", "wonach", "ob")) or _zu_clause(toks, c)
        if not complement or ck == 0:
            continue
        j = ck - 1
        while j > 0 and clauses[j].kind == "rel":
            j -= 1
        gov = next((g for g in range(len(frames)) if fclause[g] == j and frames[g].type in _GOVERNING), None)
        has_agent = any(p.role == "agent" for p in f.participants)
        zu = _zu_clause(toks, c)
        if gov is not None:
            g = frames[gov]
            g_agent = next((p for p in g.participants if p.role == "agent"), None)
            g_target = next((p for p in g.participants if p.role == "target"), None)
            if g.type == "deny":
                parts = f.participants
                if zu and not has_agent and g_agent and not _receives(article, f):
                    parts = (Participant(g_agent.actor_id, "agent", g_agent.start, g_agent.end),) + parts
                elif zu and g_agent and _receives(article, f) and not any(p.role == "target" for p in parts):
                    parts = parts + (Participant(g_agent.actor_id, "target", g_agent.start, g_agent.end),)
                out[k] = _replace(out[k], participants=parts, modality="denied",
                                  attributed_to=article.text[g_agent.start:g_agent.end] if g_agent else f.attributed_to,
                                  attributed_id=g_agent.actor_id if g_agent else f.attributed_id)
                drop.add(gov)
            elif g.type == "accuse":
                parts = f.participants
                if not has_agent and g_target:
                    parts = (Participant(g_target.actor_id, "agent", g_target.start, g_target.end),) + parts
                modality = f.modality if f.modality in ("negated", "hypothetical") else "reported"
                out[k] = _replace(out[k], participants=parts, modality=modality,
                                  attributed_to=article.text[g_agent.start:g_agent.end] if g_agent else f.attributed_to,
                                  attributed_id=g_agent.actor_id if g_agent else f.attributed_id)
            else:
                drop.add(k)
            continue
        rep = clauses[j].report
        gc = clauses[j]
        plan = next((i for i in range(gc.lo, gc.hi) if toks[i].low in lx.PLANNING), None) if zu and rep is None else None
        if plan is not None and gc.kind == "main" and f.modality in ("asserted", "reported"):
            # "Russland und Nordkorea planten, einen Vertrag zu unterzeichnen": planned, by the planners
            parts = f.participants
            if not has_agent:
                seen: list[int] = []
                for i in range(gc.lo, plan):
                    a = toks[i].actor
                    if a is not None and a not in seen and (i == 0 or toks[i - 1].low not in lx.PREPOSITIONS):
                        seen.append(a)
                parts = tuple(Participant(mentions[a].actor_id, "agent", mentions[a].start, mentions[a].end)
                              for a in seen) + parts
            out[k] = _replace(out[k], participants=parts, modality="planned",
                              when=_plan_time(_replace(f, modality="planned"), article.text, pub))
            continue
        if rep is not None and (zu or clauses[j].planning):
            parts = f.participants
            if zu and not has_agent and rep[1]:
                at = next((m for m in mentions if m.actor_id == rep[1]), None)
                if at is not None:
                    parts = (Participant(at.actor_id, "agent", at.start, at.end),) + parts
            modality = "planned" if clauses[j].planning and f.modality in ("asserted", "reported") else f.modality
            when = f.when
            if modality == "planned" and f.modality != "planned" and f.time_span and pub and when.value and \
                    when.value[:10] < pub[:len(when.value[:10])] and not _has_year(article.text[f.time_span[0]:f.time_span[1]]):
                when = _year_forward(when)  # "kündigte an, im November zurückzutreten"
            out[k] = _replace(out[k], participants=parts, modality=modality, attributed_to=rep[0],
                              attributed_id=rep[1], when=when)
    return [f for k, f in enumerate(out) if k not in drop]


def _receives(article: Article, f: Frame) -> bool:
    """Is the trigger a verb of receiving ("erhalten", "bekommen"), whose subject is the target?"""
    word = article.text[f.trigger[0]:f.trigger[1]].lower()
    return any(e.lemma in ("erhalten", "bekommen") for e, _ in lx.VERB_FORMS.get(word, ()))


def _attr_start(toks: list[Tok], c: Clause, i: int) -> int:
    """Where a participle attribute phrase begins: its determiner ("das am Montag ... unterzeichnete")."""
    k = i - 1
    while k > c.lo and not (toks[k].low in lx.DETERMINERS and toks[k - 1].low not in lx.PREPOSITIONS
                            and toks[k - 1].low not in lx.COORDINATORS and toks[k - 1].low != "zwischen"):
        k -= 1
    return k


def _attr_scope(toks: list[Tok], c: Clause, i: int, g: Group) -> bool:
    """Actor groups of a participle attribute: inside the phrase, or a "zwischen/mit/von" phrase right
    after its noun ("das unterzeichnete Abkommen zwischen der EU und Moldau")."""
    k = _attr_start(toks, c, i)
    if k <= g.lo < i:
        return True
    if g.prep is None and i < g.lo <= i + 4 and all(
            toks[x].text[:1].islower() and toks[x].low.endswith(("e", "en", "er")) or _is_title(toks[x].low)
            or x == g.lo - 1 and toks[x].text[:1].isupper() and toks[x].actor is None for x in range(i + 1, g.lo)):
        return True  # the noun it describes: "der festgenommene spanische Journalist Pablo Ferrer"
    return g.lo > i + 1 and g.lo - (i + 1) <= 6 and g.prep in ("zwischen", "mit")


def _role_of_group(parts: list[Participant], g: Group, mentions) -> str | None:
    ids = {mentions[m].actor_id for m in g.mentions}
    for p in parts:
        if p.actor_id in ids:
            return p.role
    return None


def _replace(f: Frame, **kw) -> Frame:
    from dataclasses import replace

    return replace(f, **kw)


def _group(frames: list[Frame]) -> list[Frame]:
    """Number the frames that mention the same event within one article (same type, compatible
    participants and times)."""
    groups: list[list[int]] = []
    for k, f in enumerate(frames):
        ids = {p.actor_id for p in f.participants}
        for g in groups:
            h = frames[g[0]]
            if h.type != f.type:
                continue
            hids = set().union(*({p.actor_id for p in frames[x].participants} for x in g))
            if ids and hids and not (ids & hids):
                continue
            hw = next((frames[x].when for x in g if frames[x].when.value), None)
            if f.when.value and hw and not _overlap(f.when, hw):
                continue
            if (f.modality == "negated") != (h.modality == "negated"):
                continue
            units = {q.unit for x in g for q in frames[x].quantities}
            if f.quantities and units and not units & {q.unit for q in f.quantities}:
                continue  # "2.500 Einsatzkräfte entsandt" and "fünf Millionen Euro zugesagt": two happenings
            g.append(k)
            break
        else:
            groups.append([k])
    out = list(frames)
    for gi, g in enumerate(groups):
        for k in g:
            out[k] = _replace(out[k], group=gi)
    return out


def _overlap(a: When, b: When) -> bool:
    a0, a1 = (a.start or a.value or "")[:10], (a.end or a.value or "")[:10]
    b0, b1 = (b.start or b.value or "")[:10], (b.end or b.value or "")[:10]
    return not a0 or not b0 or (a0 <= b1 and b0 <= a1)
