"""Story clustering on ECB+ (English): B-cubed, ARI and NMI against its sub-topics (and topics).

The gold story of a document is its sub-topic: the topic number plus whether the file belongs to
the original ECB part ("1_10ecb.xml") or the ECB+ part ("1_10ecbplus.xml"); the two parts of a topic
describe two different events of the same kind, which is what makes the task hard.

usage: .venv/bin/python bench/ecbplus_clustering.py [--no-embeddings] [--set KEY=VALUE]... [--tune]
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import parse_settings, shared  # noqa: E402

from lagebild.config import Config  # noqa: E402
from lagebild.model import Corpus  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402
from lagebild.sources.records import make_article  # noqa: E402
from lagebild.stages import make_stage  # noqa: E402
from lagebild.stages.cluster import Cluster  # noqa: E402

_TOKEN = re.compile(r'<token[^>]*sentence="(\d+)"[^>]*>(.*?)</token>', re.S)
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", "'s", "n't", ")", "''", "%"}


def load_documents(root: Path) -> list[tuple[str, str, str, str]]:
    """(name, text, sub-topic, topic) of every ECB+ document, sorted by name."""
    import html

    docs = []
    for path in sorted(root.glob("*/*.xml")):
        sentences: dict[int, list[str]] = defaultdict(list)
        for sent, word in _TOKEN.findall(path.read_text(encoding="utf-8")):
            sentences[int(sent)].append(html.unescape(word))
        lines = []
        for k in sorted(sentences):
            out = ""
            for word in sentences[k]:
                word = {"``": "“", "''": "”"}.get(word, word)
                out += word if (not out or word in _NO_SPACE_BEFORE or word == "”") else " " + word
            lines.append(out)
        topic = path.name.split("_")[0]
        part = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
        docs.append((path.name, "\n".join(lines), f"{topic}{part}", topic))
    return docs


def b_cubed(gold: list[str], pred: list[object]) -> tuple[float, float, float]:
    gset, pset = defaultdict(set), defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, pred)):
        gset[g].add(i)
        pset[p].add(i)
    prec = rec = 0.0
    for i, (g, p) in enumerate(zip(gold, pred)):
        inter = len(gset[g] & pset[p])
        prec += inter / len(pset[p])
        rec += inter / len(gset[g])
    prec, rec = prec / len(gold), rec / len(gold)
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def ari_nmi(gold: list[str], pred: list[object]) -> tuple[float, float]:
    n = len(gold)
    table = Counter(zip(gold, pred))
    a, b = Counter(gold), Counter(pred)
    comb = lambda x: x * (x - 1) / 2  # noqa: E731
    index = sum(comb(v) for v in table.values())
    sa, sb = sum(comb(v) for v in a.values()), sum(comb(v) for v in b.values())
    expected = sa * sb / comb(n)
    top = (sa + sb) / 2
    ari = (index - expected) / (top - expected) if top != expected else 1.0
    mi = sum(v / n * math.log(n * v / (a[g] * b[p])) for (g, p), v in table.items())
    ha = -sum(v / n * math.log(v / n) for v in a.values())
    hb = -sum(v / n * math.log(v / n) for v in b.values())
    nmi = mi / math.sqrt(ha * hb) if ha and hb else 0.0
    return ari, nmi


def report(label: str, gold_sub: list[str], gold_topic: list[str], pred: list[object]) -> None:
    p, r, f = b_cubed(gold_sub, pred)
    ari, nmi = ari_nmi(gold_sub, pred)
    tp, tr, tf = b_cubed(gold_topic, pred)
    print(f"{label}: sub-topics B3 P {p:.3f} R {r:.3f} F1 {f:.3f} | ARI {ari:.3f} NMI {nmi:.3f} | "
          f"topics B3 F1 {tf:.3f} | clusters {len(set(pred))} (gold {len(set(gold_sub))} sub-topics, "
          f"{len(set(gold_topic))} topics)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--tune", action="store_true", help="grid search over weights and threshold")
    args = ap.parse_args()
    overrides = parse_settings(args.set)
    if args.no_embeddings:
        overrides["cluster.use_embeddings"] = "false"
    cfg = Config().with_overrides(overrides)
    docs = load_documents(shared("data", "ecbplus", "ECB+"))
    t0 = time.perf_counter()
    articles = tuple(make_article(name, text) for name, text, _, _ in docs)
    pipeline = Pipeline([make_stage(n, cfg) for n in ("clean", "segment", "language", "dedupe", "cluster")])
    corpus = pipeline.run(Corpus(articles=articles))
    seconds = time.perf_counter() - t0
    story_of = {aid: s.id for s in corpus.stories for aid in s.article_ids}
    gold_sub = [d[2] for d in docs]
    gold_topic = [d[3] for d in docs]
    pred = [story_of[a.id] for a in corpus.articles]
    print(f"{len(docs)} documents, {seconds:.1f} s, near-copies: {sum(1 for a in corpus.articles if a.duplicate_of)}")
    report(f"lagebild (threshold {cfg.cluster.threshold}, embeddings {cfg.cluster.use_embeddings})",
           gold_sub, gold_topic, pred)
    if args.tune:
        tune(cfg, list(corpus.articles), gold_sub, gold_topic)


def tune(cfg: Config, articles, gold_sub, gold_topic) -> None:
    from dataclasses import replace

    cluster = Cluster(cfg.cluster)
    originals = [i for i, a in enumerate(articles) if not a.duplicate_of]
    parts = cluster.components([articles[i] for i in originals])
    rows = []
    grid = [0.0, 0.2, 0.4, 0.6]
    for wl, wn, we in itertools.product(grid, grid, grid if "embedding" in parts else [0.0]):
        if wl + wn + we == 0:
            continue
        ccfg = replace(cfg.cluster, w_lexical=wl, w_names=wn, w_embedding=we)
        sim = cluster.combine(parts, ccfg)
        for th in (0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25, 0.3, 0.35):
            pred = [0] * len(articles)
            for k, members in enumerate(cluster.group(sim, th)):
                for m in members:
                    pred[originals[m]] = k
            for i, a in enumerate(articles):
                if a.duplicate_of:
                    pred[i] = pred[next(j for j, b in enumerate(articles) if b.id == a.duplicate_of)]
            rows.append((b_cubed(gold_sub, pred)[2], b_cubed(gold_topic, pred)[2], wl, wn, we, th))
    rows.sort(reverse=True)
    print("best settings (sub-topic B3 F1, topic B3 F1, w_lexical, w_names, w_embedding, threshold):")
    for row in rows[:12]:
        print("  " + "  ".join(f"{x:.3f}" if isinstance(x, float) else str(x) for x in row))


if __name__ == "__main__":
    main()
