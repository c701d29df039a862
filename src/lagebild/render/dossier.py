"""The dossier (shared/contract/dossier.schema.json) as a plain dict: what every renderer reads."""

from __future__ import annotations

from typing import Any

from ..model import Article, Corpus, Frame, Problem, hash_id

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
    for article in corpus.articles:  # named things that only events name ("Carolabrücke")
        for f in article.frames:
            for p in f.participants:
                if p.actor_id not in seen:
                    seen[p.actor_id] = {"type": "other", "aliases": Counter(), "acts_for": Counter()}
                if p.actor_id.startswith("lb:thing:"):
                    seen[p.actor_id]["aliases"][article.text[p.start:p.end]] += 1
    out = []
    for actor_id, entry in seen.items():
        if not entry["aliases"]:
            continue
        known = kb.actors.get(actor_id)
        name = known["name"] if known else entry["aliases"].most_common(1)[0][0]
        kind = entry["type"] if entry["type"] in ("state", "person", "organization", "location", "group") else "other"
        out.append({"id": actor_id, "name": name, "type": kind,
                    "aliases": [a for a, _ in entry["aliases"].most_common()],
                    "affiliation": entry["acts_for"].most_common(1)[0][0] if entry["acts_for"] else None,
                    "mentions": sum(entry["aliases"].values())})
    return sorted(out, key=lambda a: (-a["mentions"], a["id"]))


_ROLE_RANK = {"agent": 0, "co-agent": 1, "target": 2, "other": 3}
_PRECISION_RANK = {"minute": 0, "hour": 1, "part-of-day": 2, "day": 3, "week": 4, "month": 5, "quarter": 6,
                   "season": 7, "year": 8, "decade": 9}


def _span(article: Article, start: int, end: int) -> dict[str, Any]:
    return {"article_id": article.id, "start": start, "end": end, "text": article.text[start:end]}


def _story_of(corpus: Corpus) -> dict[str, str]:
    story_of = {aid: s.id for s in corpus.stories for aid in s.article_ids}
    for a in corpus.articles:  # a near-copy left out of the stories belongs to its original's story
        if a.id not in story_of and a.duplicate_of in story_of:
            story_of[a.id] = story_of[a.duplicate_of]
    return story_of


def _bounded_by_publication(article: Article, frames: list[Frame]) -> dict[str, Any] | None:
    """An undated event the article reports as done happened on or before its publication day; news
    report the days just before, so the week up to it is given as the interval (value stays null)."""
    from datetime import date, timedelta

    pub = article.published
    if pub.precision not in ("day", "hour", "minute") or not (pub.start or pub.value):
        return None
    if any(f.modality in ("planned", "hypothetical", "negated", "denied") for f in frames):
        return None
    try:
        day = date.fromisoformat((pub.start or pub.value)[:10])
    except ValueError:
        return None
    return {"value": None, "start": (day - timedelta(days=6)).isoformat(), "end": day.isoformat(),
            "precision": "week", "origin": "inferred", "expression": None,
            "reason": "no time in the text; reported as done in an article published " + day.isoformat()}


def events_and_claims(corpus: Corpus, names: dict[str, str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One event per group of frames in an article (the article's mentions of one event), and one
    claim per frame. Cross-source alignment merges events of different articles later."""
    from ..events.lexicon import TYPES

    story_of = _story_of(corpus)
    events: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for article in corpus.articles:
        groups: dict[int, list[Frame]] = {}
        for f in article.frames:
            groups.setdefault(f.group, []).append(f)
        for g, frames in groups.items():
            event_id = "e-" + hash_id(article.id, str(g), frames[0].type)
            dated = [f for f in frames if f.when.value]
            best = min(dated, key=lambda f: _PRECISION_RANK.get(f.when.precision or "", 10)) if dated else frames[0]
            when = best.when.to_dict()
            if best.time_span:
                when["expression"] = article.text[best.time_span[0]:best.time_span[1]]
            when.pop("reason", None) if when.get("value") else None
            if not when.get("value"):
                when = _bounded_by_publication(article, frames) or when
            roles: dict[str, str] = {}
            for f in frames:
                for p in f.participants:
                    if p.actor_id not in roles or _ROLE_RANK[p.role] < _ROLE_RANK[roles[p.actor_id]]:
                        roles[p.actor_id] = p.role
            plover, cameo, _, label = TYPES[frames[0].type]
            where = next((f.where for f in frames if f.where), None)
            agents = [names.get(a, a) for a, r in roles.items() if r in ("agent", "co-agent")]
            targets = [names.get(a, a) for a, r in roles.items() if r == "target"]
            summary = label + (": " + ", ".join(agents) if agents else "") + (" → " + ", ".join(targets) if targets else "")
            summary += f" ({', '.join(x for x in (where, when.get('value')) if x)})" if where or when.get("value") else ""
            quantities = []
            for f in frames:
                for q in f.quantities:
                    entry = {"value": q.value, "unit": q.unit, "what": q.what, "approx": q.approx,
                             "span": _span(article, q.start, q.end)}
                    if not any(x["value"] == q.value and x["what"] == q.what for x in quantities):
                        quantities.append(entry)
            evidence = []
            for f in frames:
                ev = _span(article, f.start, f.end)
                ev.update(attributed_to=f.attributed_to, modality=f.modality,
                          trigger=_span(article, *f.trigger))
                evidence.append(ev)
            modalities = {f.modality for f in frames}
            events.append({
                "id": event_id, "story_id": story_of.get(article.id, ""), "type": frames[0].type,
                "plover": plover, "cameo": cameo, "summary": summary, "when": when, "where": where,
                "participants": [{"actor_id": a, "role": r} for a, r in sorted(roles.items(), key=lambda x: _ROLE_RANK[x[1]])],
                "quantities": quantities, "evidence": evidence,
                "modality": "asserted" if "asserted" in modalities else sorted(modalities)[0],
                "support": 1, "status": "single-source", "article_ids": [article.id],
            })
            for f in frames:
                claims.append({
                    "id": "c-" + hash_id(article.id, str(f.start), str(f.trigger[0]), f.type),
                    "article_id": article.id, "span": _span(article, f.start, f.end), "event_id": event_id,
                    "type": f.type, "trigger": _span(article, *f.trigger),
                    "attributed_to": f.attributed_to, "attributed_id": f.attributed_id, "modality": f.modality,
                })
    events.sort(key=lambda e: ((e["when"].get("value") or e["when"].get("end") or "9999")[:10], e["id"]))
    return events, claims


def build_dossier(corpus: Corpus, generated_at: str, problems: list[Problem] | None = None) -> dict[str, Any]:
    """Everything the contract asks for; contradictions come with cross-source verification."""
    actors = actor_list(corpus)
    events, claims = events_and_claims(corpus, {a["id"]: a["name"] for a in actors})
    return {
        "schema": SCHEMA_ID,
        "generated_at": generated_at,
        "articles": [article_entry(a) for a in corpus.articles],
        "stories": [s.to_dict() for s in corpus.stories],
        "actors": actors,
        "events": events,
        "claims": claims,
        "contradictions": [],
        "problems": [p.to_dict() for p in problems or []],
    }
