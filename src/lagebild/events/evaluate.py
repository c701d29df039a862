"""Score event frames against an annotated sentence table (format: tests/events/ANNOTATION.md).

A predicted frame matches a gold frame when the type is the same, the agents and the targets are
the same actors and the time value is the same. Actors are compared by identity: a gold name
string stands for the actor ids of the mentions the linker found on it, so that "Macron" and
"der französische Präsident" count as one actor; a gold name the linker did not find cannot be
matched. For symmetric types (sign_agreement, meet, ...) agents, co-agents and targets are one
set.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Article, Frame
from .lexicon import GUIDE_TYPES, TYPES


def load_table(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return rows


def _ids_for(article: Article, name: str) -> set[str]:
    """Actor ids of the linked mentions overlapping any occurrence of ``name`` in the text."""
    out: set[str] = set()
    text = article.text
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        for m in article.actors:
            if m.start < end and pos < m.end:
                out.add(m.actor_id)
        pos = text.find(name, pos + 1)
    return out


def _actor_slots(frame: Frame) -> tuple[set[str], set[str]]:
    # the tables name actors only (guide: generic groups such as "die Polizei" are left out)
    named = [p for p in frame.participants if not p.actor_id.startswith("lb:grp:")]
    agents = {p.actor_id for p in named if p.role in ("agent", "co-agent")}
    targets = {p.actor_id for p in named if p.role == "target"}
    if TYPES[frame.type][2]:
        return agents | targets, set()
    return agents, targets


def _same_actors(article: Article, gold: list[str], pred: set[str]) -> bool:
    if len(gold) != len(pred):
        # two gold strings may name one actor ("Macron", "der Präsident")
        ids = [_ids_for(article, g) for g in gold]
        if not all(ids) or len(set().union(*ids)) < len(pred) and len(gold) < len(pred):
            return False
    matched: set[str] = set()
    for g in gold:
        ids = _ids_for(article, g)
        hit = ids & pred
        if not hit:
            return False
        matched |= hit
    return matched == pred


def frame_matches(article: Article, gold: dict[str, Any], pred: Frame, time: bool = True,
                  actors: bool = True) -> bool:
    if gold["type"] != pred.type:
        return False
    if actors:
        agents, targets = _actor_slots(pred)
        g_agents, g_targets = list(gold.get("agents") or []), list(gold.get("targets") or [])
        if TYPES[pred.type][2]:
            g_agents, g_targets = g_agents + g_targets, []
        if not _same_actors(article, g_agents, agents) or not _same_actors(article, g_targets, targets):
            return False
    if time and (gold.get("time") or None) != (pred.when.value or None):
        return False
    return True


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    hits: dict[str, int] = field(default_factory=lambda: Counter())
    by_construction: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    modality: list[int] = field(default_factory=lambda: [0, 0])
    attribution: list[int] = field(default_factory=lambda: [0, 0])
    quantities: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    no_event_sentences: list[int] = field(default_factory=lambda: [0, 0])
    # of those, how many got a frame of a type the annotation guide lists (the others lie outside what
    # the annotators were asked about: an evacuation, a verdict)
    no_event_guide: int = 0
    unlinked: list[int] = field(default_factory=lambda: [0, 0])  # gold actor names, of them not linked at all
    time_errors: dict[str, int] = field(default_factory=lambda: Counter())  # on type+actor matches

    def prf(self, level: str = "full") -> tuple[float, float, float]:
        tp_p, tp_r = self.hits[level + "_p"], self.hits[level + "_r"]
        p = tp_p / self.pred if self.pred else 0.0
        r = tp_r / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


LEVELS = {"type": dict(time=False, actors=False), "actors": dict(time=False, actors=True),
          "full": dict(time=True, actors=True)}


def _describe(article: Article, f: Frame) -> str:
    t = article.text
    parts = ", ".join(f"{p.role}={t[p.start:p.end]}" for p in f.participants)
    return f"{f.type}[{t[f.trigger[0]:f.trigger[1]]}]({parts}; {f.when.value}; {f.modality})"


def score_table(rows: list[dict[str, Any]], use_ner: bool = True) -> Score:
    from . import analyse_text

    sc = Score()
    for row in rows:
        art = analyse_text(row["text"], row.get("published"), use_ner=use_ner)
        preds = list(art.frames)
        golds = list(row.get("frames") or [])
        sc.gold += len(golds)
        sc.pred += len(preds)
        for g in golds:
            for name in list(g.get("agents") or []) + list(g.get("targets") or []):
                sc.unlinked[0] += 1
                sc.unlinked[1] += not _ids_for(art, name)
        if not golds:
            sc.no_event_sentences[0] += 1
            sc.no_event_sentences[1] += bool(preds)
            sc.no_event_guide += any(p.type in GUIDE_TYPES for p in preds)
        for level, kw in LEVELS.items():
            used: set[int] = set()
            for g in golds:
                for k, p in enumerate(preds):
                    if k not in used and frame_matches(art, g, p, **kw):
                        used.add(k)
                        sc.hits[level + "_r"] += 1
                        if level == "full":
                            for c in row.get("constructions", []):
                                sc.by_construction[c][1] += 1
                            sc.modality[0] += 1
                            sc.modality[1] += (g.get("modality") or "asserted") == p.modality
                            if g.get("attributed_to") or p.attributed_to:
                                sc.attribution[0] += 1
                                sc.attribution[1] += bool(g.get("attributed_to") and p.attributed_to and (
                                    g["attributed_to"] in p.attributed_to or p.attributed_to in g["attributed_to"]))
                            for q in g.get("quantities") or []:
                                sc.quantities[0] += 1
                                sc.quantities[1] += any(abs(x.value - float(q["value"])) < 1e-6 for x in p.quantities)
                        break
                else:
                    if level == "full":
                        sc.misses.append(f"{row['id']}: {g['type']}[{g.get('trigger')}](agents={g.get('agents')}, "
                                         f"targets={g.get('targets')}; {g.get('time')}) -- got "
                                         + "; ".join(_describe(art, p) for p in preds))
            sc.hits[level + "_p"] += len(used)
            if level == "actors":
                for g in golds:
                    for k, p in enumerate(preds):
                        if frame_matches(art, g, p, time=False):
                            gt, pt = g.get("time") or None, p.when.value or None
                            sc.time_errors["right" if gt == pt else "missing" if pt is None else
                                           "spurious" if gt is None else "wrong"] += 1
                            break
            if level == "full":
                for k, p in enumerate(preds):
                    if k not in used:
                        sc.extras.append(f"{row['id']}: {_describe(art, p)}")
        for c in row.get("constructions", []):
            sc.by_construction[c][0] += len(golds)
    return sc
