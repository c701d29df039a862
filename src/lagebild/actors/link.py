"""Find and link the actor mentions of one text (see ``kb`` for what links and how)."""

from __future__ import annotations

import re
from datetime import date

from .kb import KnowledgeBase, Mention, _TOKEN, fold, knowledge_base

_NER_TYPE = {"PER": "person", "LOC": "location", "ORG": "organization", "OTH": "other"}
_ARTICLES = frozenset("der die das den dem des".split())


def _office(kb: KnowledgeBase, word: str) -> list[str] | None:
    w = fold(word)
    for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("en") else w):
        roles = kb.offices.get(form)
        if roles:
            return roles
    return None


def _state_of(kb: KnowledgeBase, word: str) -> str | None:
    """A state named by a single word: alias, genitive ('Russlands'), metonym or adjective."""
    for actor_id, _ in kb.lookup([word]):
        if kb.actors.get(actor_id, {}).get("type") == "state":
            return actor_id
    return kb.adjective(word)


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
    return _short_forms(kb, found, when)


def _match_at(kb: KnowledgeBase, text: str, toks, i: int, when: date | None):
    a, _, word = toks[i]
    # office phrases: "der russische Präsident", "Russlands Außenminister", "US-Präsident", "Kremlchef"
    if i + 1 < len(toks):
        state = _state_of(kb, word) if word[:1].isalpha() else None
        roles = _office(kb, toks[i + 1][2]) if state else None
        if roles:
            holder = kb.office_holder(state, roles, when)
            end = toks[i + 1][1]
            return (Mention(a, end, text[a:end], holder or state, "person" if holder else "state", "office",
                            state, tuple(roles)), 2)
    if "-" in word or fold(word).endswith("chef"):
        head, sep, tail = word.partition("-")
        if not sep:
            head, tail = word[:-4], "staatschef"
        state = _state_of(kb, head)
        roles = _office(kb, tail) if state else None
        if roles:
            holder = kb.office_holder(state, roles, when)
            return (Mention(a, toks[i][1], word, holder or state, "person" if holder else "state", "office", state,
                            tuple(roles)), 1)
    if not word[:1].isupper():
        state = kb.adjective(word) if word[:1].isalpha() else None
        if state:
            return (Mention(a, toks[i][1], word, state, "state", "adjective"), 1)
        return None
    for n in kb.lengths.get(fold(word), ()):
        if i + n > len(toks):
            continue
        words = [t[2] for t in toks[i:i + n]]
        hits = kb.lookup(words)
        if hits:
            actor_id, how = hits[0]
            actor = kb.actors[actor_id]
            end = toks[i + n - 1][1]
            return (Mention(a, end, text[a:end], actor_id, actor["type"], how, kb.acts_for(actor_id, when)), n)
    if "-" in word:  # "Putin-Besuch", "DVRK-Führung": the name part
        state = _state_of(kb, word.partition("-")[0])
        if state:
            return (Mention(a, toks[i][1], word, state, "state", "alias"), 1)
    return None


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
            if any(x < b and a < y for x, y in taken):
                continue
            name = text[a:b]
            kind = _NER_TYPE[base]
            out.append(Mention(a, b, name, f"lb:{kind[:3]}:{re.sub(r'[^a-z0-9]+', '-', fold(name)).strip('-')}",
                               kind, "ner", None))
            taken.append((a, b))
    return sorted(out, key=lambda m: m.start)


def _short_forms(kb: KnowledgeBase, found: list[Mention], when: date | None) -> list[Mention]:
    """Within one text: 'Kim' after 'Kim Jong Un', 'Müller' after 'Gerd Müller'; and an office
    phrase with no date ('der russische Präsident') names the office holder the text names."""
    full: dict[str, Mention] = {}
    out = []
    for m in found:
        if m.actor_type == "person" and " " not in m.text and m.how == "ner":
            earlier = full.get(fold(m.text))
            if earlier is not None:
                m = Mention(m.start, m.end, m.text, earlier.actor_id, earlier.actor_type, "short form",
                            earlier.acts_for)
        if m.actor_type == "person" and " " in m.text:
            parts = m.text.split()
            for p in (parts[0], parts[-1]):
                full.setdefault(fold(p), m)
        out.append(m)
    people = {m.actor_id for m in out if m.actor_type == "person" and m.actor_id in kb.actors}
    for i, m in enumerate(out):
        if m.how == "office" and m.actor_type == "state" and m.roles:
            holders = [p for p in people if any(t["state"] == m.actor_id and t["role"] in m.roles
                                                for t in kb.actors[p].get("terms", ()))]
            if len(holders) == 1:
                out[i] = Mention(m.start, m.end, m.text, holders[0], "person", "office", m.actor_id, m.roles)
    return out
