"""The dossier (shared/contract/dossier.schema.json) as a plain dict: what every renderer reads."""

from __future__ import annotations

from typing import Any

from ..model import Article, Corpus, Frame, Problem, hash_id
from ..verify import Conflict, Mention, Verification, verify
from ..verify.compare import DEFAULT_THRESHOLD
from ..verify.mentions import ROLE_RANK

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


_PRECISION_RANK = {"minute": 0, "hour": 1, "part-of-day": 2, "day": 3, "week": 4, "month": 5, "quarter": 6,
                   "season": 7, "year": 8, "decade": 9}


def _span(article: Article, start: int, end: int) -> dict[str, Any]:
    return {"article_id": article.id, "start": start, "end": end, "text": article.text[start:end]}


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


def _evidence(article: Article, f: Frame) -> dict[str, Any]:
    ev = _span(article, f.start, f.end)
    ev.update(attributed_to=f.attributed_to, modality=f.modality, trigger=_span(article, *f.trigger))
    return ev


def _fineness(when) -> int:
    return _PRECISION_RANK.get(when.precision or "", 10)


def _when_of(cluster: list[Mention]) -> dict[str, Any]:
    """The event's time: the day most independent sources give (then the most precise), or a finer
    date inside it; else the narrowest bound the publication days give."""
    votes: dict[str, set[str]] = {}
    best: dict[str, tuple[Article, Frame]] = {}
    for m in cluster:
        for f in m.frames:
            if not f.when.value:
                continue
            key = f.when.value[:10] if f.when.precision in ("day", "part-of-day", "hour", "minute") else f.when.value
            votes.setdefault(key, set()).add(m.unit)
            if key not in best or _fineness(f.when) < _fineness(best[key][1].when):
                best[key] = (m.article, f)
    if votes:
        def rank(k: str) -> tuple[int, int]:
            return len(votes[k]), -_fineness(best[k][1].when)

        key = max(votes, key=rank)
        # a finer date inside the one most sources give says more ("am 27. Mai" within "Ende Mai")
        outer = best[key][1].when
        inside = [k for k in votes if k != key and best[k][1].when.start and outer.start and outer.end and
                  outer.start[:10] <= best[k][1].when.start[:10] and (best[k][1].when.end or "")[:10] <= outer.end[:10]
                  and _fineness(best[k][1].when) < _fineness(outer)]
        if inside:
            key = max(inside, key=rank)
        article, f = best[key]
        when = f.when.to_dict()
        if f.time_span:
            when["expression"] = article.text[f.time_span[0]:f.time_span[1]]
        when.pop("reason", None)
        return when
    bounds = [b for m in cluster if (b := _bounded_by_publication(m.article, m.frames))]
    if bounds:
        return min(bounds, key=lambda b: b["end"])
    return cluster[0].frames[0].when.to_dict()


def events_and_claims(corpus: Corpus, names: dict[str, str], checked: Verification | None = None,
                      threshold: float = DEFAULT_THRESHOLD) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """One event per aligned cluster of mentions (an article's mentions of one event, merged across
    the articles of its story), one claim per frame, and the contradictions between them."""
    from collections import Counter

    from ..events.lexicon import TYPES

    checked = checked if checked is not None else verify(corpus)
    by_cluster: dict[int, list[Conflict]] = {}
    cluster_of = checked.cluster_of()
    for c in checked.conflicts:
        by_cluster.setdefault(cluster_of[c.outlier.key], []).append(c)
    events: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    contradictions: list[dict[str, Any]] = []
    for i, cluster in enumerate(checked.clusters):
        first = min(cluster, key=lambda m: (m.article.id, m.frames[0].group))
        event_id = "e-" + hash_id(first.article.id, str(first.frames[0].group), first.frames[0].type)
        found = by_cluster.get(i, [])
        flagged = [c for c in found if c.score >= threshold and not c.genuine]
        wrong = {(c.outlier.key, a.id) for c in flagged if c.kind in ("actor", "internal") for a in c.outlier.actors}
        wrong_units = {c.outlier.unit for c in flagged}
        roles: dict[str, Counter] = {}
        for m in cluster:
            for a in m.actors:
                if (m.key, a.id) not in wrong:
                    roles.setdefault(a.id, Counter())[a.role] += 1
        role_of = {a: max(c, key=lambda r: (c[r], -ROLE_RANK[r])) for a, c in roles.items()}
        etype = Counter(m.type for m in cluster).most_common(1)[0][0]
        plover, cameo, _, label = TYPES[etype]
        when = _when_of([m for m in cluster if m.unit not in wrong_units] or cluster)
        places = Counter(f.where for m in cluster for f in m.frames if f.where)
        where = places.most_common(1)[0][0] if places else None
        agents = [names.get(a, a) for a, r in role_of.items() if r in ("agent", "co-agent")]
        targets = [names.get(a, a) for a, r in role_of.items() if r == "target"]
        summary = label + (": " + ", ".join(agents) if agents else "") + (" → " + ", ".join(targets) if targets else "")
        summary += f" ({', '.join(x for x in (where, when.get('value')) if x)})" if where or when.get("value") else ""
        quantities: list[dict[str, Any]] = []
        for m in cluster:
            for q, _ in m.quantities:
                if not any(x["value"] == q.value and x["what"] == q.what for x in quantities):
                    quantities.append({"value": q.value, "unit": q.unit, "what": q.what, "approx": q.approx,
                                       "span": _span(m.article, q.start, q.end)})
        evidence = [_evidence(m.article, f) for m in sorted(cluster, key=lambda m: m.article.id) for f in m.frames]
        modalities = {f.modality for m in cluster for f in m.frames}
        support_units = {m.unit for m in cluster if m.unit not in wrong_units and m.polarity != "neg"}
        support = len(support_units)
        contested = any(c.score < threshold or c.genuine for c in found)
        status = "contested" if contested else "corroborated" if support >= 2 else "single-source"
        events.append({
            "id": event_id, "story_id": first.story if not first.story.startswith("solo:") else "",
            "type": etype, "plover": plover, "cameo": cameo, "summary": summary, "when": when, "where": where,
            "participants": [{"actor_id": a, "role": r} for a, r in sorted(role_of.items(), key=lambda x: ROLE_RANK[x[1]])],
            "quantities": quantities, "evidence": evidence,
            "modality": "asserted" if "asserted" in modalities else sorted(modalities)[0],
            "support": support, "status": status, "confidence": round(1 - 0.5 ** max(support, 1), 3),
            "article_ids": sorted({m.article.id for m in cluster}),
            "sources": sorted(support_units),
        })
        for m in cluster:
            for f in m.frames:
                claims.append({
                    "id": "c-" + hash_id(m.article.id, str(f.start), str(f.trigger[0]), f.type),
                    "article_id": m.article.id, "span": _span(m.article, f.start, f.end), "event_id": event_id,
                    "type": f.type, "trigger": _span(m.article, *f.trigger), "source": m.unit,
                    "attributed_to": f.attributed_to, "attributed_id": f.attributed_id, "modality": f.modality,
                })
        for c in found:
            seen: set[str] = set()
            others = []
            for m, f in c.others:
                if m.article.id not in seen:
                    seen.add(m.article.id)
                    others.append(_span(m.article, f.start, f.end))
            f = c.outlier_frame
            contradictions.append({
                "id": "x-" + hash_id(c.outlier.article.id, str(f.start), c.kind),
                "kind": c.kind, "claim": _span(c.outlier.article, f.start, f.end), "conflicts_with": others[:6],
                "event_id": event_id, "score": round(c.score, 3), "explanation": c.explanation,
                "status": "contested" if (c.score < threshold or c.genuine) else "flagged",
            })
    # statements no frame carries that independent sources tell alike: events of their own ("report")
    flagged_units = {(c.outlier.article.id, c.outlier.start) for c in checked.sentence_conflicts}
    for fact in checked.facts:
        events.append(_fact_event(fact, names, flagged_units))
    # sentence-level outliers (statements no frame carried), tied to the event a frame of theirs is in
    event_at: dict[tuple[str, int], str] = {}
    for e in events:
        for ev in e["evidence"]:
            event_at.setdefault((ev["article_id"], ev["start"]), e["id"])
    for c in checked.sentence_conflicts:
        s = c.outlier
        others, seen = [], set()
        for o in c.others:
            if o.article.id not in seen:
                seen.add(o.article.id)
                others.append(_span(o.article, o.start, o.end))
        contradictions.append({
            "id": "x-" + hash_id(s.article.id, str(s.start), c.kind, "sentence"),
            "kind": c.kind, "claim": _span(s.article, s.start, s.end), "conflicts_with": others[:6],
            "event_id": event_at.get((s.article.id, s.start)), "score": round(c.score, 3),
            "explanation": c.explanation,
            "status": "contested" if (c.score < threshold or c.genuine) else "flagged",
        })
    events.sort(key=lambda e: ((e["when"].get("value") or e["when"].get("end") or "9999")[:10], e["id"]))
    contradictions.sort(key=lambda c: (-c["score"], c["id"]))
    return events, claims, contradictions


def _fact_event(fact, names: dict[str, str], disputed: set[tuple[str, int]]) -> dict[str, Any]:
    """An event for a statement no frame carries, told alike by several independent sources: its
    parties (the named actors of its sentences), the day they agree on, its sentences as evidence."""
    from collections import Counter

    first = fact.sentences[0]
    parties: Counter = Counter()
    places: Counter = Counter()
    days: Counter = Counter()
    for s in fact.sentences:
        # every actor its sentences name, groups ("die Beschäftigten") included; places as the place
        parties.update({m.actor_id for m in s.article.actors if s.start <= m.start and m.end <= s.end
                        and m.actor_type in ("person", "state", "organization", "group")} - set(s.places))
        places.update(s.places.values())
        days.update({d[0] for d in s.days if d[0] == d[1]})
    named = [a for a, _ in parties.most_common()]
    ranked = days.most_common(2)
    # the day two reports give; or the one day only one report gives while the others give none
    day = ranked[0][0] if len(ranked) == 1 or (len(ranked) == 2 and ranked[1][1] < ranked[0][1] >= 2) else None
    when = {"value": day, "start": day, "end": day, "precision": "day", "origin": "text"} if day else \
        {"value": None, "start": None, "end": None, "precision": "unknown", "origin": "unknown",
         "reason": "the reports give no day they agree on" if days else "the reports give no day"}
    if day and days[day] == 1:
        when["reason"] = "one report gives the day, the others none"
    units = sorted(fact.units)
    contested = any(s.key in disputed for s in fact.sentences)
    text = " ".join(first.text.split())
    return {
        "id": "e-" + hash_id(first.article.id, str(first.start), "report"), "story_id": fact.story,
        "type": "report", "plover": None, "cameo": None,
        "summary": "Meldung" + (": " + ", ".join(names.get(a, a) for a in named[:3]) if named else "")
                   + f" – {text[:120]}{'…' if len(text) > 120 else ''}",
        "when": when, "where": places.most_common(1)[0][0] if places else None,
        "participants": [{"actor_id": a, "role": "other"} for a in named], "quantities": [],
        "evidence": [dict(_span(s.article, s.start, s.end), attributed_to=None, modality="asserted")
                     for s in fact.sentences],
        "modality": "asserted", "support": len(units),
        "status": "contested" if contested else "corroborated",
        "confidence": round(1 - 0.5 ** len(units), 3),
        "article_ids": sorted({s.article.id for s in fact.sentences}), "sources": units,
    }


def build_dossier(corpus: Corpus, generated_at: str, problems: list[Problem] | None = None) -> dict[str, Any]:
    """Everything the contract asks for; contradictions come with cross-source verification."""
    actors = actor_list(corpus)
    events, claims, contradictions = events_and_claims(corpus, {a["id"]: a["name"] for a in actors})
    return {
        "schema": SCHEMA_ID,
        "generated_at": generated_at,
        "articles": [article_entry(a) for a in corpus.articles],
        "stories": [s.to_dict() for s in corpus.stories],
        "actors": actors,
        "events": events,
        "claims": claims,
        "contradictions": contradictions,
        "problems": [p.to_dict() for p in problems or []],
    }
