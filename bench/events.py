"""Event frames: precision and recall on annotated German sentence tables, and over-generation and
speed on 10kGNAD.

Tables (format and conventions: tests/events/ANNOTATION.md), written for lagebild, never from
the seeds:
- tests/events/frames_dev.jsonl, frames_dev2.jsonl ... frames_dev9.jsonl: development
  tables, each by a different annotator working from the guide alone (the rules were tuned on them,
  in that order; each was first scored before any tuning on it; the tests hold floors on them);
- bench/data/events_heldout.jsonl: written by another annotator from the guide alone, on other
  topics, and never used for tuning: the honest figure.

A frame counts when type, agents, targets and time value are all right ("full"); the "type" and
"type+actors" rows relax that. Modality, attribution and quantities are scored on the full
matches.

10kGNAD (1,028 Austrian news articles): the pipeline up to the actors stage runs once, then the
events stage alone is timed; printed are frames per 1,000 sentences, the most frequent types and
(--show N) a sample of frames to read.

usage: .venv/bin/python bench/events.py [--table FILE]... [--gnad-docs N] [--show N] [--misses]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import shared  # noqa: E402

TABLES = [REPO / "tests" / "events" / "frames_dev.jsonl", REPO / "tests" / "events" / "frames_dev2.jsonl",
          REPO / "tests" / "events" / "frames_dev3.jsonl", REPO / "tests" / "events" / "frames_dev4.jsonl",
          REPO / "tests" / "events" / "frames_dev5.jsonl", REPO / "tests" / "events" / "frames_dev6.jsonl",
          REPO / "tests" / "events" / "frames_dev7.jsonl", REPO / "tests" / "events" / "frames_dev8.jsonl",
          REPO / "tests" / "events" / "frames_dev9.jsonl", REPO / "bench" / "data" / "events_heldout.jsonl"]


def report_table(path: Path, misses: bool, rows=None) -> None:
    from lagebild.events.evaluate import load_table, score_table

    rows = rows if rows is not None else load_table(path)
    started = time.perf_counter()
    sc = score_table(rows)
    took = time.perf_counter() - started
    name = path.relative_to(REPO) if path.is_absolute() else path
    print(f"\n{name}: {len(rows)} sentences, {sc.gold} gold frames, {sc.pred} predicted "
          f"({took:.1f} s)")
    print(f"  {'level':14s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for level, label in (("type", "type"), ("actors", "type+actors"), ("full", "type+actors+time")):
        p, r, f = sc.prf(level)
        print(f"  {label:14s} {p:6.3f} {r:6.3f} {f:6.3f}")
    def share(x: list[int]) -> str:
        return f"{x[1]}/{x[0]}" + (f" = {x[1] / x[0]:.2f}" if x[0] else "")
    print(f"  on full matches: modality right {share(sc.modality)}, attribution right {share(sc.attribution)}, "
          f"quantities found {share(sc.quantities)}")
    print(f"  sentences without events that got a frame: {sc.no_event_sentences[1]}/{sc.no_event_sentences[0]} "
          f"({sc.no_event_guide} of a type the guide lists)")
    print(f"  gold actor names the actors stage did not link (cannot match): {sc.unlinked[1]}/{sc.unlinked[0]}")
    te = sc.time_errors
    print(f"  time on type+actor matches: right {te['right']}, missing {te['missing']}, spurious {te['spurious']}, "
          f"wrong value {te['wrong']}")
    print("  recall by construction (gold frames in sentences with it):")
    for c, (n, hit) in sorted(sc.by_construction.items()):
        print(f"    {c:22s} {hit:3d}/{n:<3d} {hit / n if n else 0:.2f}")
    if misses:
        print("  missed:")
        for m in sc.misses:
            print("    " + m)
        print("  extra:")
        for m in sc.extras:
            print("    " + m)


def gnad(docs: int, show: int) -> None:
    from lagebild.config import Config
    from lagebild.model import Article, Corpus
    from lagebild.sources import read_paths
    from lagebild.stages import make_stage

    path = shared("corpus", "10kgnad-test.jsonl")
    cfg = Config()
    articles = [a for a in read_paths([str(path)]) if isinstance(a, Article)][:docs]

    corpus = Corpus(tuple(articles))
    for name in ("clean", "recurring", "segment", "language", "dates", "actors"):
        stage = make_stage(name, cfg)
        if stage.kind == "article":
            corpus = corpus.replace(articles=tuple(stage.process(a) for a in corpus.articles))
        else:
            corpus = stage.process(corpus)
    events = make_stage("events", cfg)
    started = time.perf_counter()
    done = [events.process(a) for a in corpus.articles]
    took = time.perf_counter() - started
    sentences = sum(len(a.sentences) for a in done)
    frames = [(a, f) for a in done for f in a.frames]
    tokens = sum(len(s.tokens) for a in done for s in a.sentences)
    print(f"\n10kGNAD: {len(done)} articles, {sentences} sentences, {len(frames)} frames = "
          f"{1000 * len(frames) / max(1, sentences):.1f} per 1,000 sentences")
    print(f"  events stage alone: {took:.2f} s = {len(done) / took:.0f} articles/s, {tokens / took:,.0f} tokens/s "
          f"(one process)")
    types = Counter(f.type for _, f in frames)
    print("  types: " + ", ".join(f"{t} {n}" for t, n in types.most_common(15)))
    mods = Counter(f.modality for _, f in frames)
    print("  modality: " + ", ".join(f"{t} {n}" for t, n in mods.most_common()))
    with_agent = sum(any(p.role == "agent" for p in f.participants) for _, f in frames)
    dated = sum(bool(f.when.value) for _, f in frames)
    print(f"  with an agent: {with_agent / max(1, len(frames)):.2f}, dated: {dated / max(1, len(frames)):.2f}")
    if show:
        rnd = random.Random(7)
        for a, f in rnd.sample(frames, min(show, len(frames))):
            t = a.text
            ps = ", ".join(f"{p.role}={t[p.start:p.end]}" for p in f.participants)
            print(f"  - {f.type} [{t[f.trigger[0]:f.trigger[1]]}] ({ps}; {f.when.value}; {f.modality})\n"
                  f"      {t[f.start:f.end][:220]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--table", action="append", type=Path, help="annotated table(s) to score (default: both)")
    ap.add_argument("--gnad-docs", type=int, default=1028, help="10kGNAD articles (0: skip)")
    ap.add_argument("--show", type=int, default=0, help="print N random 10kGNAD frames")
    ap.add_argument("--misses", action="store_true", help="list the missed and the extra frames")
    a = ap.parse_args()
    for path in a.table or TABLES:
        if path.exists():
            report_table(path.resolve(), a.misses)
        else:
            print(f"skipped: {path} is missing")
    if not a.table:
        from lagebild.events.evaluate import load_table

        dev = [row for p in TABLES[:-1] if p.exists() for row in load_table(p)]
        report_table(Path(f"all {len(TABLES) - 1} development tables"), False, dev)
    if a.gnad_docs:
        gnad(a.gnad_docs, a.show)


if __name__ == "__main__":
    main()
