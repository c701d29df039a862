"""Lines that recur across many articles of one source are that site's furniture.

A footer ("Alle Angaben ohne Gewähr"), a teaser strip or an author box that a
site prints under every article is not news; it is marked removed in every
article where it appears.
"""

from __future__ import annotations

from collections import defaultdict

from ..config import RecurringConfig
from ..model import Corpus, Removed
from .clean import iter_lines, normalise_line

REASON = "boilerplate: line recurring"
_WORDS_UNKNOWN_SOURCE = 12  # without a known source only short lines are judged (wire copy shares long ones)


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
                lines = []
                for s, e in iter_lines(article.text):
                    line = article.text[s:e]
                    if not line.strip() or any(a <= s and e <= b for a, b in removed):
                        continue
                    if len(line.split()) > max_words:
                        continue
                    key = normalise_line(line)
                    if key:
                        lines.append((s, e, key))
                        counts[key].add(i)
                lines_of[i] = lines
            # Texts that are copies of each other would make every line "recur"; count distinct texts.
            needed = max(self.cfg.min_articles, int(self.cfg.min_share * len(members) + 0.999))
            recurring = {k for k, ids in counts.items() if len({articles[i].text for i in ids}) >= needed}
            where = f"source '{source}'" if source else "articles without a known source"
            for i in members:
                # Recomputed from scratch each run, so adding articles updates earlier verdicts.
                kept = tuple(r for r in articles[i].removed if not r.reason.startswith(REASON))
                extra = tuple(Removed(s, e, f"{REASON} in {len(counts[k])} articles of {where}")
                              for s, e, k in lines_of[i] if k in recurring)
                merged = tuple(sorted(kept + extra, key=lambda r: (r.start, r.end)))
                if merged != articles[i].removed:
                    articles[i] = articles[i].replace(removed=merged)
        return corpus.replace(articles=tuple(articles))
