"""Lines that recur across many articles of one source are that site's furniture.

A footer ("Alle Angaben ohne Gewähr"), a teaser strip or an author box that a
site prints under every article is not news; it is marked removed in every
article where it appears.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..config import RecurringConfig
from ..model import Corpus, Removed
from .clean import iter_lines, normalise_line

REASON = "boilerplate: line recurring"
_WORDS_UNKNOWN_SOURCE = 12
_MIN_SENTENCE_WORDS = 6  # shorter sentences ("Die Polizei ermittelt.") recur by chance  # without a known source only short lines are judged (wire copy shares long ones)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")


def iter_units(text: str, max_words: int) -> Iterator[tuple[int, int]]:
    """Short lines, and the sentences of long lines: a site's standard sentence can sit inside a
    paragraph ("Der Volltext dieses ... Artikels steht nicht mehr zur Verfügung.")."""
    for s, e in iter_lines(text):
        line = text[s:e]
        if not line.strip():
            continue
        if len(line.split()) <= max_words:
            yield s, e
        parts = _SENTENCE_BREAK.split(line)
        if len(parts) < 2:
            continue
        pos = s
        for part in parts:
            start = text.index(part, pos)
            end = start + len(part)
            pos = end
            if _MIN_SENTENCE_WORDS <= len(part.split()) <= max_words:
                yield start, end


class Recurring:
    """Story-level stage: needs every article of a source at once."""

    name = "recurring"
    kind = "corpus"
    requires = ("article.text", "article.removed")
    assigns = ("article.removed",)

    def __init__(self, cfg: RecurringConfig | None = None) -> None:
        self.cfg = cfg or RecurringConfig()

    def process(self, corpus: Corpus) -> Corpus:
        by_source: dict[str | None, list[int]] = defaultdict(list)
        for i, article in enumerate(corpus.articles):
            by_source[article.source].append(i)
        articles = list(corpus.articles)
        for source, members in by_source.items():
            if len(members) < self.cfg.min_articles:
                continue
            max_words = self.cfg.max_words if source else _WORDS_UNKNOWN_SOURCE
            counts: dict[str, set[int]] = defaultdict(set)
            lines_of: dict[int, list[tuple[int, int, str]]] = {}
            for i in members:
                article = articles[i]
                removed = [(r.start, r.end) for r in article.removed if not r.reason.startswith(REASON)]
                units = []
                for s, e in iter_units(article.text, max_words):
                    if any(a <= s and e <= b for a, b in removed):
                        continue
                    key = normalise_line(article.text[s:e])
                    if key:
                        units.append((s, e, key))
                        counts[key].add(i)
                lines_of[i] = units
            # Texts that are copies of each other would make every line "recur"; count distinct texts.
            share = min(int(self.cfg.min_share * len(members) + 0.999), self.cfg.enough_articles)
            needed = max(self.cfg.min_articles, share)
            recurring = {k for k, ids in counts.items() if len({articles[i].text for i in ids}) >= needed}
            where = f"source '{source}'" if source else "articles without a known source"
            for i in members:
                # Recomputed from scratch each run, so adding articles updates earlier verdicts.
                kept = tuple(r for r in articles[i].removed if not r.reason.startswith(REASON))
                marked: list[Removed] = []
                for s, e, k in lines_of[i]:
                    if k in recurring and not any(m.start <= s and e <= m.end for m in marked):
                        marked.append(Removed(s, e, f"{REASON} in {len(counts[k])} articles of {where}"))
                extra = tuple(marked)
                merged = tuple(sorted(kept + extra, key=lambda r: (r.start, r.end)))
                if merged != articles[i].removed:
                    articles[i] = articles[i].replace(removed=merged)
        return corpus.replace(articles=tuple(articles))
