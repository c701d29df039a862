"""The dossier as Markdown: stories, their articles and timelines, what was left out and why."""

from __future__ import annotations

from collections import Counter
from typing import Any


def _when(when: dict[str, Any]) -> str:
    if when.get("value"):
        return f"{when['value']} ({when.get('origin') or 'unknown'})"
    return "date unknown"


def _cell(text: object) -> str:
    return str(text if text is not None else "–").replace("|", "\\|").replace("\n", " ")


def _timeline(events: list[dict[str, Any]], arts: dict[str, dict[str, Any]]) -> list[str]:
    """A story's events in time order, each with its first evidence sentence and its source."""
    if not events:
        return []
    lines = ["Timeline:", "", "| when | event | sources | evidence | said by | article |", "|---|---|---|---|---|---|"]
    for e in events:
        ev = e["evidence"][0]
        mods = sorted({x.get("modality") or "asserted" for x in e["evidence"]} - {"asserted"})
        what = e["summary"] + (f" [{', '.join(mods)}]" if mods else "")
        w = e["when"]
        when = w.get("value") or (f"≤ {w['end']} (by publication)" if w.get("end") else "undated")
        sources = f"{e.get('support', 1)} ({e.get('status', 'single-source')})"
        lines.append(f"| {_cell(when)} | {_cell(what)} | {_cell(sources)} | {_cell(ev['text'])} | "
                     f"{_cell(ev.get('attributed_to'))} | {_cell(arts[ev['article_id']]['input'])} |")
    lines.append("")
    return lines


def _contested(items: list[dict[str, Any]], arts: dict[str, dict[str, Any]]) -> list[str]:
    if not items:
        return []
    lines = ["Contested points:", ""]
    for c in items:
        label = "likely wrong" if c.get("status") != "contested" else "contested"
        lines.append(f"- **{c['kind']}** ({label}, score {c['score']:.2f}): {c['explanation']}")
        lines.append(f"  - this statement ({arts[c['claim']['article_id']]['input']}): “{c['claim']['text']}”")
        for x in c["conflicts_with"]:
            lines.append(f"  - against it ({arts[x['article_id']]['input']}): “{x['text']}”")
    lines.append("")
    return lines


def render_markdown(dossier: dict[str, Any]) -> str:
    arts = {a["id"]: a for a in dossier["articles"]}
    by_story: dict[str, list[dict[str, Any]]] = {}
    for e in dossier.get("events", ()):
        by_story.setdefault(e["story_id"], []).append(e)
    story_of_event = {e["id"]: e["story_id"] for e in dossier.get("events", ())}
    conflicts: dict[str, list[dict[str, Any]]] = {}
    for c in dossier.get("contradictions", ()):
        conflicts.setdefault(story_of_event.get(c.get("event_id") or "", ""), []).append(c)
    lines = [
        "# Lagebild",
        "",
        f"Generated {dossier['generated_at']}: {len(dossier['articles'])} articles in "
        f"{len(dossier['stories'])} stories.",
        "",
    ]
    for n, story in enumerate(dossier["stories"], 1):
        ids = story["article_ids"]
        originals = sum(1 for i in ids if not arts[i]["duplicate_of"])
        lines += [f"## {n}. {story['title']}", "",
                  f"{len(ids)} article(s), {originals} after removing near-copies.", "",
                  "| # | title | source | published | input | note |", "|---|---|---|---|---|---|"]
        for k, aid in enumerate(ids, 1):
            a = arts[aid]
            note = ""
            if a["duplicate_of"]:
                dup = arts.get(a["duplicate_of"])
                note = f"near-copy of {dup['input'] if dup else a['duplicate_of']}"
            lines.append(f"| {k} | {_cell(a['title'])} | {_cell(a['source'])} | {_cell(_when(a['published']))} "
                         f"| {_cell(a['input'])} | {_cell(note)} |")
        lines.append("")
        lines += _timeline(by_story.get(story["id"], []), arts)
        lines += _contested(conflicts.get(story["id"], []), arts)
    lines += ["## Left out of analysis", "", "| input | removed stretches | characters | reasons |", "|---|---|---|---|"]
    for a in dossier["articles"]:
        if not a["removed"]:
            continue
        reasons = Counter(r["reason"] for r in a["removed"])
        chars = sum(r["end"] - r["start"] for r in a["removed"])
        lines.append(f"| {_cell(a['input'])} | {len(a['removed'])} | {chars} of {len(a['text'])} | "
                     f"{_cell('; '.join(f'{r} ×{c}' for r, c in reasons.items()))} |")
    lines.append("")
    if dossier.get("problems"):
        lines += ["## Inputs that could not be used", ""]
        lines += [f"- `{p['input']}`: {p['message']}" for p in dossier["problems"]]
        lines.append("")
    return "\n".join(lines)
