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
        "actors": [{"start": m.start, "end": m.end, "text": article.text[m.start:m.end], "actor_id": m.actor_id,
                    "how": m.how, "acts_for": m.acts_for} for m in article.actors],
    }


def actor_list(corpus: Corpus) -> list[dict[str, Any]]:
    """Every actor the articles mention, with the surface forms seen and whom it acts for."""
    from collections import Counter

    from ..actors.kb import knowledge_base

    kb = knowledge_base()
    seen: dict[str, dict[str, Any]] = {}
    for article in corpus.articles:
        for m in article.actors:
            entry = seen.setdefault(m.actor_id, {"type": m.actor_type, "aliases": Counter(), "acts_for": Counter()})
            entry["aliases"][article.text[m.start:m.end]] += 1
            if m.acts_for and m.acts_for != m.actor_id:
                entry["acts_for"][m.acts_for] += 1
    out = []
    for actor_id, entry in seen.items():
        known = kb.actors.get(actor_id)
        name = known["name"] if known else entry["aliases"].most_common(1)[0][0]
        kind = entry["type"] if entry["type"] in ("state", "person", "organization", "location", "group") else "other"
        out.append({"id": actor_id, "name": name, "type": kind,
                    "aliases": [a for a, _ in entry["aliases"].most_common()],
                    "affiliation": entry["acts_for"].most_common(1)[0][0] if entry["acts_for"] else None,
                    "mentions": sum(entry["aliases"].values())})
    return sorted(out, key=lambda a: (-a["mentions"], a["id"]))


def build_dossier(corpus: Corpus, generated_at: str, problems: list[Problem] | None = None) -> dict[str, Any]:
    """Everything the contract asks for; events, actors and contradictions come with later stages."""
    return {
        "schema": SCHEMA_ID,
        "generated_at": generated_at,
        "articles": [article_entry(a) for a in corpus.articles],
        "stories": [s.to_dict() for s in corpus.stories],
        "actors": actor_list(corpus),
        "events": [],
        "claims": [],
        "contradictions": [],
        "problems": [p.to_dict() for p in problems or []],
    }
