"""The dossier (shared/contract/dossier.schema.json) as a plain dict: what every renderer reads."""

from __future__ import annotations

from typing import Any

from ..model import Article, Corpus, Problem

SCHEMA_ID = "lagebild.dossier/1"


def article_entry(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "input": article.input,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "text": article.text,
        "language": article.language or "und",
        "published": article.published.to_dict(),
        "duplicate_of": article.duplicate_of,
        "removed": [r.to_dict() for r in sorted(article.removed, key=lambda r: (r.start, r.end))],
        "times": [{"start": t.start, "end": t.end, "text": article.text[t.start:t.end], "kind": t.kind,
                   "when": t.when.to_dict()} for t in article.times],
    }


def build_dossier(corpus: Corpus, generated_at: str, problems: list[Problem] | None = None) -> dict[str, Any]:
    """Everything the contract asks for; events, actors and contradictions come with later stages."""
    return {
        "schema": SCHEMA_ID,
        "generated_at": generated_at,
        "articles": [article_entry(a) for a in corpus.articles],
        "stories": [s.to_dict() for s in corpus.stories],
        "actors": [],
        "events": [],
        "claims": [],
        "contradictions": [],
        "problems": [p.to_dict() for p in problems or []],
    }
