"""A self-contained HTML report (no network, no external files): stories, articles, removed stretches."""

from __future__ import annotations

from html import escape
from typing import Any

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#1f2d3d;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;color:#c9d3de}main{max-width:1100px;margin:0 auto;padding:18px 28px}
nav.toc ol{padding-left:20px}section.story{background:#fff;border:1px solid #dde2e8;border-radius:8px;
margin:18px 0;padding:6px 18px 12px}section.story h2{font-size:19px;margin:12px 0 4px}
.meta{color:#5b6775;font-size:13px}.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;
margin-left:6px;background:#e8edf3;color:#34465a}.badge.dup{background:#fff1d6;color:#7a5300}
details.article{border-top:1px solid #eef1f4;padding:6px 0}details.article summary{cursor:pointer;font-weight:600}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:15px;background:#fcfcfd;border:1px solid #eef1f4;
padding:10px 12px;border-radius:6px;margin-top:6px}
.removed{color:#9aa3ad;background:#f0f1f3;text-decoration:line-through;text-decoration-color:#c4cad1}
.reason{font:11px system-ui,sans-serif;color:#fff;background:#8a96a3;border-radius:4px;padding:0 4px;margin:0 3px;
text-decoration:none;display:inline-block;vertical-align:1px}
.legend{font-size:13px;color:#5b6775}table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #dde2e8;padding:3px 8px;text-align:left}.problems li{color:#8a1f11}
label.toggle{font-size:13px;color:#34465a;user-select:none}body.hide-removed .removed{display:none}
.time{background:#e3f0ff;border-bottom:1px solid #7aa7d9;border-radius:2px}
.time.unresolved{background:#fdf3e1;border-bottom:1px dashed #c9a25a}
.trigger{font-weight:700;border-bottom:2px solid #c0392b}
table.timeline{width:100%;margin:8px 0 12px}table.timeline td{vertical-align:top}
table.timeline .when{white-space:nowrap;font-variant-numeric:tabular-nums}
.ev-type{font-weight:600}.mod{font-size:11px;border-radius:8px;padding:0 6px;background:#eef1f4;color:#34465a}
.mod.planned{background:#e6f4ea;color:#1e6b34}.mod.denied,.mod.negated{background:#fde8e6;color:#8a1f11}
.mod.reported{background:#fff4d6;color:#6b5200}.mod.hypothetical{background:#efe8fd;color:#4b2a8a}
.status{font-size:11px;border-radius:8px;padding:0 6px;margin-left:4px}.status.corroborated{background:#e6f4ea;color:#1e6b34}
.status.contested{background:#fff4d6;color:#6b5200}.status.single-source{background:#eef1f4;color:#5b6775}
table.conflict{width:100%;margin:4px 0 12px}table.conflict td{width:50%;vertical-align:top}
.flag{border-left:4px solid #c0392b;padding-left:8px;margin:8px 0}.flag.contested{border-left-color:#d4a017}
blockquote.evidence{margin:2px 0;padding:2px 8px;border-left:3px solid #c9d3de;font-family:Georgia,serif;font-size:14px}
"""

_JS = """
document.getElementById('hide-removed').addEventListener('change',function(e){
document.body.classList.toggle('hide-removed',e.target.checked);});
document.getElementById('open-all').addEventListener('change',function(e){
document.querySelectorAll('details.article').forEach(function(d){d.open=e.target.checked;});});
if(location.hash){var t=document.querySelector(location.hash);if(t&&t.tagName==='DETAILS'){t.open=true;}}
"""


def _time_title(t: dict[str, Any]) -> str:
    w = t["when"]
    if w.get("value") is None:
        return f"time not resolved: {w.get('reason') or 'no reference date'}"
    span = f" ({w['start']} – {w['end']})" if w.get("start") and w.get("end") and w["start"] != w["end"] else ""
    return f"{t['kind']}: {w['value']}{span}"


def _text_with_removed(article: dict[str, Any], triggers: list[tuple[dict[str, Any], str]] | None = None) -> str:
    """The original text, removed stretches greyed with their reason, time expressions marked."""
    text = article["text"]
    marks = [(r["start"], r["end"], "removed", r["reason"]) for r in article["removed"]]
    marks += [(t["start"], t["end"], "time" if t["when"].get("value") is not None else "time unresolved",
               _time_title(t)) for t in article.get("times", ()) if t["kind"] != "range"]
    marks += [(t["start"], t["end"], "trigger", label) for t, label in triggers or ()]
    out: list[str] = []
    pos = 0
    for start, end, cls, note in sorted(marks, key=lambda m: (m[0], -m[1])):
        start = max(start, pos)
        if end <= start:
            continue
        out.append(escape(text[pos:start]))
        label = f'<span class="reason">{escape(note)}</span>' if cls == "removed" else ""
        out.append(f'<span class="{cls}" title="{escape(note)}">{label}{escape(text[start:end])}</span>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def _lead(article: dict[str, Any], limit: int = 100) -> str:
    """The first kept words of an article without a title, as its label."""
    text, pos = article["text"], 0
    for rem in sorted(article["removed"], key=lambda r: (r["start"], r["end"])):
        if text[pos:rem["start"]].strip():
            break
        pos = max(pos, rem["end"])
    lead = " ".join(text[pos:pos + limit * 2].split())
    return lead if len(lead) <= limit else lead[:limit].rsplit(" ", 1)[0] + " …"


def _when(when: dict[str, Any]) -> str:
    if when.get("value"):
        return f"{escape(when['value'])} <span class='meta'>({escape(when.get('origin') or 'unknown')})</span>"
    return "<span class='meta'>date unknown</span>"


def _article(article: dict[str, Any], arts: dict[str, dict[str, Any]],
             triggers: list[tuple[dict[str, Any], str]] | None = None) -> str:
    badges = f"<span class='badge'>{escape(article['language'])}</span>"
    if article["duplicate_of"]:
        orig = arts.get(article["duplicate_of"], {})
        badges += f"<span class='badge dup'>near-copy of {escape(orig.get('input', article['duplicate_of']))}</span>"
    removed_chars = sum(r["end"] - r["start"] for r in article["removed"])
    title = escape(article["title"] or _lead(article))
    return (
        f"<details class='article' id='a-{escape(article['id'])}'><summary>{title}{badges}</summary>"
        f"<div class='meta'>source: {escape(article['source'] or 'unknown')} · published: {_when(article['published'])}"
        f" · input: <code>{escape(article['input'])}</code> · left out: {removed_chars} of {len(article['text'])} "
        f"characters in {len(article['removed'])} stretch(es)</div>"
        f"<div class='text'>{_text_with_removed(article, triggers)}</div></details>"
    )


def _story_actors(ids: list[str], arts: dict[str, dict[str, Any]], actors: dict[str, dict[str, Any]],
                  limit: int = 12) -> str:
    """The actors a story's articles name most, with how often and the words used."""
    from collections import Counter

    counts: Counter[str] = Counter()
    words: dict[str, Counter[str]] = {}
    for aid in ids:
        for m in arts[aid].get("actors", ()):
            counts[m["actor_id"]] += 1
            words.setdefault(m["actor_id"], Counter())[m["text"]] += 1
    if not counts:
        return ""
    items = []
    for actor_id, n in counts.most_common(limit):
        a = actors.get(actor_id, {})
        seen = ", ".join(w for w, _ in words[actor_id].most_common(4))
        items.append(f"<span class='badge' title='{escape(actor_id)}: {escape(seen)}'>{escape(a.get('name', actor_id))}"
                     f" ×{n}</span>")
    return f"<div class='meta'>actors: {' '.join(items)}</div>"


def _evidence(ev: dict[str, Any]) -> str:
    """The evidence sentence with its trigger words in bold, and who says it."""
    text, trig = ev["text"], ev.get("trigger")
    if trig and ev["start"] <= trig["start"] and trig["end"] <= ev["end"]:
        a, b = trig["start"] - ev["start"], trig["end"] - ev["start"]
        body = f"{escape(text[:a])}<b>{escape(text[a:b])}</b>{escape(text[b:])}"
    else:
        body = escape(text)
    who = f" <span class='meta'>— {escape(ev['attributed_to'])}</span>" if ev.get("attributed_to") else ""
    return (f"<blockquote class='evidence'><a href='#a-{escape(ev['article_id'])}' class='meta'>▸</a> "
            f"{body}{who}</blockquote>")


def _timeline(events: list[dict[str, Any]], actors: dict[str, dict[str, Any]]) -> str:
    """A story's events in time order (undated ones last), each with its evidence."""
    if not events:
        return ""
    rows = ["<table class='timeline'><tr><th>when</th><th>what</th><th>who</th><th>evidence</th></tr>"]
    for e in events:
        w = e["when"]
        if w.get("value"):
            when = escape(w["value"])
        elif w.get("end"):
            when = f"≤ {escape(w['end'])}<div class='meta' title='{escape(w.get('reason') or '')}'>by publication</div>"
        else:
            when = "<span class='meta'>undated</span>"
        if w.get("expression"):
            when += f"<div class='meta'>{escape(w['expression'])}</div>"
        who = []
        for p in e["participants"]:
            name = actors.get(p["actor_id"], {}).get("name", p["actor_id"])
            who.append(f"{escape(name)} <span class='meta'>({escape(p['role'])})</span>")
        extra = []
        if e.get("where"):
            extra.append("in " + escape(e["where"]))
        for q in e.get("quantities", ()):
            extra.append(escape(q["span"]["text"]))
        mods = sorted({ev.get("modality") or "asserted" for ev in e["evidence"]})
        badges = "".join(f" <span class='mod {escape(m)}'>{escape(m)}</span>" for m in mods if m != "asserted")
        codes = " / ".join(x for x in (e.get("plover"), e.get("cameo")) if x)
        status = e.get("status") or "single-source"
        n = e.get("support", 1)
        badges += (f" <span class='status {escape(status)}' title='independent sources: {n}'>{escape(status)}"
                   f" · {n} source{'s' if n != 1 else ''}</span>")
        rows.append(
            f"<tr id='e-{escape(e['id'])}'><td class='when'>{when}</td><td><span class='ev-type'>{escape(e['type'])}</span>{badges}"
            f"<div class='meta'>{escape(codes)}</div>{'<div class=meta>' + '; '.join(extra) + '</div>' if extra else ''}"
            f"</td><td>{'<br>'.join(who) or '<span class=meta>–</span>'}</td>"
            f"<td>{''.join(_evidence(ev) for ev in e['evidence'])}</td></tr>")
    rows.append("</table>")
    return "<h3>Timeline</h3>" + "".join(rows)


def _span_quote(span: dict[str, Any], arts: dict[str, dict[str, Any]]) -> str:
    a = arts.get(span["article_id"], {})
    where = a.get("source") or (a.get("input") or "").rsplit("/", 1)[-1]
    return (f"<blockquote class='evidence'><a href='#a-{escape(span['article_id'])}' class='meta'>▸ {escape(where)}</a> "
            f"{escape(span['text'])}</blockquote>")


def _contested(items: list[dict[str, Any]], arts: dict[str, dict[str, Any]]) -> str:
    """A story's contradictions: the statement judged the outlier beside the statements against it."""
    if not items:
        return ""
    out = ["<h3>Contested points</h3>"]
    for c in items:
        flagged = c.get("status") != "contested"
        label = "likely wrong" if flagged else "contested"
        out.append(
            f"<div class='flag{'' if flagged else ' contested'}'><b>{escape(c['kind'])}</b> "
            f"<span class='meta'>{label} · score {c['score']:.2f}</span>"
            f"<div>{escape(c['explanation'])}</div><table class='conflict'><tr><th>this statement</th>"
            f"<th>against it</th></tr><tr><td>{_span_quote(c['claim'], arts)}</td>"
            f"<td>{''.join(_span_quote(x, arts) for x in c['conflicts_with'])}</td></tr></table></div>")
    return "".join(out)


def render_html(dossier: dict[str, Any]) -> str:
    arts = {a["id"]: a for a in dossier["articles"]}
    actors = {a["id"]: a for a in dossier.get("actors", ())}
    by_story: dict[str, list[dict[str, Any]]] = {}
    triggers: dict[str, list[tuple[dict[str, Any], str]]] = {}
    for e in dossier.get("events", ()):
        by_story.setdefault(e["story_id"], []).append(e)
        for ev in e["evidence"]:
            if ev.get("trigger"):
                triggers.setdefault(ev["article_id"], []).append((ev["trigger"], f"{e['type']} ({ev.get('modality')})"))
    story_of_event = {e["id"]: e["story_id"] for e in dossier.get("events", ())}
    conflicts: dict[str, list[dict[str, Any]]] = {}
    for c in dossier.get("contradictions", ()):
        conflicts.setdefault(story_of_event.get(c.get("event_id") or "", ""), []).append(c)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Lagebild – {len(dossier['stories'])} stories</title><style>{_CSS}</style></head><body>",
        f"<header><h1>Lagebild</h1><p>{len(dossier['articles'])} articles · {len(dossier['stories'])} stories · "
        f"generated {escape(dossier['generated_at'])}</p></header><main>",
        "<p class='legend'>Each article shows its original text. "
        "<span class='removed'><span class='reason'>reason</span>greyed stretches</span> were left out of analysis "
        "(navigation, teasers, repeated blocks); hover for the reason. "
        "<span class='time'>Time expressions</span> show their normalised date on hover "
        "(<span class='time unresolved'>dashed</span>: not resolvable without a publication date); "
        "<span class='trigger'>event words</span> carry the events of the timeline. "
        "<label class='toggle'><input type='checkbox' id='hide-removed'> hide them</label> · "
        "<label class='toggle'><input type='checkbox' id='open-all'> open every article</label></p>",
        "<nav class='toc'><h2>Stories</h2><ol>",
    ]
    for story in dossier["stories"]:
        parts.append(f"<li><a href='#s-{escape(story['id'])}'>{escape(story['title'])}</a> "
                     f"<span class='meta'>({len(story['article_ids'])})</span></li>")
    parts.append("</ol></nav>")
    for story in dossier["stories"]:
        ids = story["article_ids"]
        originals = sum(1 for i in ids if not arts[i]["duplicate_of"])
        parts.append(f"<section class='story' id='s-{escape(story['id'])}'><h2>{escape(story['title'])}</h2>"
                     f"<div class='meta'>{len(ids)} article(s), {originals} independent of near-copies</div>")
        parts.append(_story_actors(ids, arts, actors))
        parts.append(_timeline(by_story.get(story["id"], []), actors))
        parts.append(_contested(conflicts.get(story["id"], []), arts))
        parts += [_article(arts[aid], arts, triggers.get(aid)) for aid in ids]
        parts.append("</section>")
    if dossier.get("problems"):
        parts.append("<section class='story'><h2>Inputs that could not be used</h2><ul class='problems'>")
        parts += [f"<li><code>{escape(p['input'])}</code>: {escape(p['message'])}</li>" for p in dossier["problems"]]
        parts.append("</ul></section>")
    parts.append(f"</main><script>{_JS}</script></body></html>\n")
    return "".join(parts)
