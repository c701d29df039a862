"""Token features for the German NER tagger: word forms, shapes, affixes, name lists, context.

German capitalises every noun, so capitalisation alone says little; what helps is the word
itself, its affixes ("-isch", "-land", "-berg"), whether it stands in a name list (states,
cities, historic name lists), hyphenated parts ("EU-Kommission", "Putin-Besuch") and the same
facts about its neighbours.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parents[1] / "resources" / "ner_gazetteer.tsv.gz"
MAX_PHRASE = 5


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, frozenset[str]], dict[tuple[str, ...], frozenset[str]]]:
    """(single word -> kinds, multi-word phrase -> kinds); lookups are case-sensitive."""
    words: dict[str, set[str]] = {}
    phrases: dict[tuple[str, ...], set[str]] = {}
    if GAZETTEER.exists():
        for line in gzip.decompress(GAZETTEER.read_bytes()).decode("utf-8").splitlines():
            name, _, kind = line.partition("\t")
            parts = tuple(name.split())
            if len(parts) == 1:
                words.setdefault(name, set()).add(kind)
            elif len(parts) <= MAX_PHRASE:
                phrases.setdefault(parts, set()).add(kind)
    shared: dict[frozenset[str], frozenset[str]] = {}  # a few distinct kind sets, shared by all entries
    return ({w: shared.setdefault(frozenset(k), frozenset(k)) for w, k in words.items()},
            {p: shared.setdefault(frozenset(k), frozenset(k)) for p, k in phrases.items()})


_SHAPE_SUBS = ((re.compile(r"[A-ZÄÖÜ]"), "X"), (re.compile(r"[a-zäöüß]"), "x"), (re.compile(r"\d"), "d"))


@lru_cache(maxsize=200_000)
def shape(word: str) -> str:
    s = word
    for pattern, repl in _SHAPE_SUBS:
        s = pattern.sub(repl, s)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)  # "Xxxxxxx" -> "Xxx"


def phrase_kinds(tokens: list[str]) -> list[set[str]]:
    """Per token, the name-list kinds of the longest list phrase covering it ('B:state', 'I:city')."""
    words, phrases = gazetteer()
    out: list[set[str]] = [set() for _ in tokens]
    i = 0
    while i < len(tokens):
        matched = 0
        for n in range(min(MAX_PHRASE, len(tokens) - i), 1, -1):
            kinds = phrases.get(tuple(tokens[i:i + n]))
            if kinds:
                for j in range(i, i + n):
                    out[j].update(("B:" if j == i else "I:") + k for k in kinds)
                matched = n
                break
        if not matched:
            for k in words.get(tokens[i], ()):
                out[i].add("W:" + k)
            if "-" in tokens[i]:  # "Russland-Reise", "EU-Gipfel": the parts
                head, _, tail = tokens[i].partition("-")
                for k in words.get(head, ()):
                    out[i].add("H:" + k)
                for k in words.get(tail.rsplit("-", 1)[-1], ()):
                    out[i].add("T:" + k)
            matched = 1
        i += matched
    return out


def _context_features(word: str, prefix: str) -> tuple[str, ...]:
    """What a neighbour contributes: its form, shape, capital, last three letters."""
    low = word.lower()
    f = [f"{prefix}w={low}", f"{prefix}sh={shape(word)}"]
    if word[:1].isupper():
        f.append(f"{prefix}cap")
    if len(low) > 3:
        f.append(f"{prefix}s3={low[-3:]}")
    return tuple(f)


def _own_features(word: str) -> tuple[str, ...]:
    """The features of a word that do not depend on its sentence."""
    low = word.lower()
    f = ["bias", f"w={low}", f"sh={shape(word)}", f"len={min(len(word), 8)}"]
    for k in (2, 3, 4, 5):
        if len(low) > k:
            f.append(f"s{k}={low[-k:]}")
            f.append(f"p{k}={low[:k]}")
    if word[:1].isupper():
        f.append("cap")
    if word.isupper() and len(word) > 1:
        f.append("allcaps")
    if "-" in word:
        head, _, tail = word.partition("-")
        f += [f"hyph_head={head.lower()}", f"hyph_tail={tail.lower()}"]
        if head[:1].isupper():
            f.append("hyph_head_cap")
    if any(ch.isdigit() for ch in word):
        f.append("digit")
    return tuple(f)


def _cluster_ids(word: str) -> tuple[int, ...] | None:
    from .clusters import clusters

    table = clusters()
    return table.known.get(word) if table is not None else None


@lru_cache(maxsize=30_000)
def _word_block(word: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A word's own features and what it contributes as left and right neighbour, clusters included."""
    from .clusters import SIZES

    row = _cluster_ids(word)
    cl = tuple(f"c{k}={c}" for k, c in zip(SIZES, row)) if row else ()
    return (_own_features(word) + cl,
            _context_features(word, "-1") + tuple("-1" + c for c in cl),
            _context_features(word, "+1") + tuple("+1" + c for c in cl))


_OPENERS = frozenset(('"', "„", "(", ":", "-", "–"))


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """The feature strings of each token of one sentence."""
    kinds = phrase_kinds(tokens)
    blocks = [_word_block(t) for t in tokens]
    lows = [t.lower() for t in tokens]
    n = len(tokens)
    out: list[list[str]] = []
    for i, word in enumerate(tokens):
        f = list(blocks[i][0])
        if word[:1].isupper() and (i == 0 or tokens[i - 1] in _OPENERS):
            f.append("cap_initial")
        if kinds[i]:
            f += [f"g={k}" for k in kinds[i]]
        if i == 0:
            f.append("BOS")
        else:
            f += blocks[i - 1][1]
            if kinds[i - 1]:
                f += [f"-1g={k}" for k in kinds[i - 1]]
            if i > 1:
                f.append(f"-2w={lows[i - 2]}")
        if i == n - 1:
            f.append("EOS")
        else:
            f += blocks[i + 1][2]
            if kinds[i + 1]:
                f += [f"+1g={k}" for k in kinds[i + 1]]
            if i < n - 2:
                f.append(f"+2w={lows[i + 2]}")
        out.append(f)
    return out
