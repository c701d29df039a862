"""Actors: find the states, people and organisations a German text names, and link them.

A mention is linked when its words (with German inflection taken off: "Russlands",
"nordkoreanischen", "der DVRK") are an alias, an adjective or demonym stem, a metonym ("der
Kreml", "Pjöngjang bestreitet") or an office phrase ("der russische Präsident", "US-Außenminister",
"Kremlchef") of an actor in the knowledge base. Names the NER tagger finds that the knowledge
base lacks become actors of their own (a lagebild id), and within one text a short form ("Kim",
"Putin") resolves to the actor named in full earlier. People act for a state while in office on
the text's date.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).resolve().parents[1] / "resources" / "actors_kb.json.gz"
MAX_ALIAS_TOKENS = 8
_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_HOW_RANK = {"alias": 0, "office": 1, "metonym": 2, "adjective": 3, "demonym": 4}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int          # character offsets into the text
    end: int
    text: str
    actor_id: str
    actor_type: str     # state, person, organization, location, group, other
    how: str            # alias, metonym, adjective, demonym, office, ner, short form
    acts_for: str | None = None
    roles: tuple[str, ...] = ()  # for an office phrase: the offices it names ("president", ...)

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "actor": self.actor_id,
                "type": self.actor_type, "how": self.how, "acts_for": self.acts_for}


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Case and accent folding for alias lookup ('Élysée' -> 'elysee')."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold().replace("ß", "ss")


def _short_caps(alias: str) -> bool:
    """Abbreviations and very short names match only as written ('US' not 'us', 'Xi' not 'XI')."""
    return (len(alias) <= 5 and alias.upper() == alias) or len(alias) <= 3


def stem(word: str) -> str:
    """A folded word without its inflection ending ('vereinigten' -> 'vereinigt', 'gebieten' -> 'gebiet')."""
    w = fold(word)
    for ending in ("en", "em", "er", "es", "e", "n", "s"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[:-len(ending)]
    return w


class KnowledgeBase:
    def __init__(self, path: Path = FILE) -> None:
        data = json.loads(gzip.decompress(path.read_bytes()))
        self.actors: dict[str, dict] = {a["id"]: a for a in data["actors"]}
        self.offices: dict[str, list[str]] = {fold(k): v for k, v in data.get("offices", {}).items()}
        self.exact: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self.folded: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        # multi-word names by the stems of their words: "den Vereinigten Staaten", "der Russischen Föderation"
        self.stemmed: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self.adjectives: dict[str, str] = {}
        # folded first word -> the lengths (in words) of aliases starting with it, longest first
        self.lengths: dict[str, tuple[int, ...]] = {}
        for a in data["actors"]:
            for alias in a.get("aliases", ()):
                self._add(alias, a["id"], "alias")
            for m in a.get("metonyms", ()):
                self._add(m, a["id"], "metonym")
            for d in a.get("demonyms", ()):
                for form in (d, d + "n", d + "s", d + "en"):
                    self._add(form, a["id"], "demonym")
            for adj in a.get("adjectives", ()):
                self.adjectives[fold(adj)] = a["id"]
        firsts: dict[str, set[int]] = {}
        for key in list(self.exact) + list(self.folded):
            firsts.setdefault(fold(key[0]), set()).add(len(key))
        for key in self.stemmed:
            firsts.setdefault("~" + key[0], set()).add(len(key))
        for first in list(firsts):  # inflected first words ("Russlands", "DVRKs") of one-word aliases
            if 1 in firsts[first]:
                for cut in ("s", "es", "n", "en"):
                    firsts.setdefault(first + cut, set()).add(1)
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in firsts.items()}

    def _add(self, alias: str, actor_id: str, how: str) -> None:
        toks = tuple(tokens_of(alias))
        if not toks or len(toks) > MAX_ALIAS_TOKENS:
            return
        table = self.exact if _short_caps(alias) else self.folded
        key = toks if table is self.exact else tuple(fold(t) for t in toks)
        for t, k in ((table, key), (self.stemmed, tuple(stem(x) for x in toks)) if len(toks) > 1 else (None, None)):
            if t is None:
                continue
            entries = t.setdefault(k, [])
            if (actor_id, how) not in entries:
                entries.append((actor_id, how))

    # -- lookups -------------------------------------------------------------------------------
    def lookup(self, words: list[str]) -> list[tuple[str, str]]:
        """Actors whose alias is exactly these words (inflection of the last word taken off)."""
        key = tuple(words)
        hits = list(self.exact.get(key, ()))
        folded = tuple(fold(w) for w in words)
        hits += self.folded.get(folded, [])
        if not hits and folded:
            last = folded[-1]
            for cut in ("s", "es", "n", "en"):
                if last.endswith(cut) and len(last) > len(cut) + 1:
                    hits += self.folded.get(folded[:-1] + (last[:-len(cut)],), [])
                    hits += self.exact.get(key[:-1] + (words[-1][:-len(cut)],), [])
                if hits:
                    break
        if not hits and len(words) > 1:
            hits += self.stemmed.get(tuple(stem(w) for w in words), [])
        return sorted(set(hits), key=lambda h: _HOW_RANK.get(h[1], 9))

    def adjective(self, word: str) -> str | None:
        """The state of an adjective form ('nordkoreanischen' -> PRK, 'US-amerikanische' -> USA)."""
        w = fold(word)
        for ending in _ADJ_ENDINGS[::-1]:
            if ending and not w.endswith(ending):
                continue
            stem = w[:-len(ending)] if ending else w
            if stem in self.adjectives:
                return self.adjectives[stem]
        return None

    def office_holder(self, state: str, roles: list[str], when: date | None) -> str | None:
        """Who held one of ``roles`` for ``state`` on ``when`` (None when unknown or no date)."""
        if when is None:
            return None
        day = when.isoformat()
        for role in roles:
            for a in self.actors.values():
                for term in a.get("terms", ()):
                    if term["state"] == state and term["role"] == role and term["start"] <= day \
                            and (term["end"] is None or day < term["end"]):
                        return a["id"]
        return None

    def acts_for(self, actor_id: str, when: date | None) -> str | None:
        """The state (or body) an actor acts for: a person's office on ``when``, an organisation's state."""
        a = self.actors.get(actor_id)
        if a is None:
            return None
        if a["type"] == "person":
            terms = a.get("terms", ())
            if when is not None:
                day = when.isoformat()
                for term in terms:
                    if term["start"] <= day and (term["end"] is None or day < term["end"]):
                        return term["state"]
                return None
            return terms[-1]["state"] if terms else None
        return a.get("affiliation")


_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}(?:-\w+)*|\w+(?:[-.’']\w+)*|[^\w\s]", re.UNICODE)  # "U.S.-Präsident"


def tokens_of(text: str) -> list[str]:
    return [m.group(0) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    return KnowledgeBase()
