"""Grid search over the story-clustering weights and threshold on ECB+ (sub-topic B-cubed F1).

The similarity signals (lexical, names, embedding) are computed once with
``Cluster.components``; each weight setting only recombines them (``Cluster.combine``) and
``Cluster.group`` cuts the average-linkage tree at each threshold. Near-copies follow their
original, as in ``Cluster.process``. Weights are normalised by their sum in ``combine``, so the
grid walks the simplex (w_lexical + w_names + w_embedding = 1).

Prints the top settings, the best setting for each signal alone, and where the current default
stands. ``F1 ±1`` is the mean sub-topic F1 over the neighbouring thresholds: a setting whose
figure collapses one step away is a lucky cut, not a good setting.

ECB+ is English and its sub-topics are same-type events (two earthquakes, two rehab stays):
treat the result as one input to the defaults, next to bench/stories_de.py (German).

usage: .venv/bin/python bench/tune_cluster.py [--no-embeddings] [--set KEY=VALUE]... [--step 0.1]
       [--thresholds 0.05:0.50:0.025] [--top 10]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import parse_settings, shared  # noqa: E402
from ecbplus_clustering import Doc, ari, b_cubed, load_documents, nmi, prepare  # noqa: E402

from lagebild.config import ClusterConfig, Config  # noqa: E402
from lagebild.model import Corpus  # noqa: E402
from lagebild.stages.cluster import Cluster  # noqa: E402


def frange(spec: str) -> list[float]:
    """'0.05:0.50:0.025' -> [0.05, 0.075, ..., 0.5]."""
    lo, hi, step = (float(x) for x in spec.split(":"))
    n = int(round((hi - lo) / step))
    return [round(lo + k * step, 6) for k in range(n + 1)]


def simplex(step: float, with_embedding: bool) -> list[tuple[float, float, float]]:
    """Weight triples (lexical, names, embedding) on a grid, summing to 1."""
    k = int(round(1 / step))
    out = []
    for a, b in itertools.product(range(k + 1), repeat=2):
        c = k - a - b
        if c < 0 or (c and not with_embedding):
            continue
        out.append((round(a * step, 6), round(b * step, 6), round(c * step, 6)))
    return out


class Labeller:
    """Turns groups over the originals into one story label per article (near-copies follow)."""

    def __init__(self, corpus: Corpus) -> None:
        articles = list(corpus.articles)
        index = {a.id: i for i, a in enumerate(articles)}
        self.originals = [i for i, a in enumerate(articles) if not a.duplicate_of or a.duplicate_of not in index]
        self.copies = [(i, index[a.duplicate_of]) for i, a in enumerate(articles)
                       if a.duplicate_of and a.duplicate_of in index]
        self.n = len(articles)

    def labels(self, groups: list[list[int]]) -> list[int]:
        pred = [-1] * self.n
        for k, members in enumerate(groups):
            for m in members:
                pred[self.originals[m]] = k
        for i, j in self.copies:
            pred[i] = pred[j]
        return pred


def tune(cfg: Config, docs: list[Doc], corpus: Corpus | None = None, step: float = 0.1,
         thresholds: list[float] | None = None, top: int = 10, check: bool = True) -> None:
    thresholds = thresholds or frange("0.05:0.50:0.025")
    if cfg.cluster.threshold not in thresholds:
        thresholds = sorted(thresholds + [cfg.cluster.threshold])
    gold_sub = [d.subtopic for d in docs]
    gold_topic = [d.topic for d in docs]

    t0 = time.perf_counter()
    corpus = corpus if corpus is not None else prepare(cfg, docs)
    t_prepare = time.perf_counter() - t0
    t0 = time.perf_counter()
    cluster = Cluster(cfg.cluster)
    labeller = Labeller(corpus)
    parts = cluster.components([corpus.articles[i] for i in labeller.originals])
    t_parts = time.perf_counter() - t0
    with_embedding = "embedding" in parts
    weights = simplex(step, with_embedding)
    print(f"\ntuning on {len(docs)} documents ({len(labeller.originals)} originals): prepare {t_prepare:.1f} s, "
          f"components {t_parts:.1f} s; grid {len(weights)} weight settings x {len(thresholds)} thresholds")

    def run(ccfg: ClusterConfig, th: float, sim: np.ndarray | None = None) -> list[int]:
        sim = cluster.combine(parts, ccfg) if sim is None else sim
        return labeller.labels(cluster.group(sim, th))

    t0 = time.perf_counter()
    f1: dict[tuple[float, float, float, float], tuple[float, float, float, float, int]] = {}
    for wl, wn, we in weights:
        ccfg = replace(cfg.cluster, w_lexical=wl, w_names=wn, w_embedding=we)
        sim = cluster.combine(parts, ccfg)
        for th in thresholds:
            pred = run(ccfg, th, sim)
            p, r, f = b_cubed(gold_sub, pred)
            f1[(wl, wn, we, th)] = (f, p, r, b_cubed(gold_topic, pred)[2], len(set(pred)))
    t_grid = time.perf_counter() - t0
    print(f"grid: {t_grid:.1f} s ({1000 * t_grid / max(1, len(f1)):.0f} ms per clustering)")

    def around(key) -> float:
        """Mean sub-topic F1 at this threshold and its neighbours in the grid."""
        wl, wn, we, th = key
        k = thresholds.index(th)
        near = [f1[(wl, wn, we, t)][0] for t in thresholds[max(0, k - 1):k + 2]]
        return sum(near) / len(near)

    def row(label: str, key, pred: list[int] | None = None, near: float | None = None) -> str:
        if pred is None:
            f, p, r, tf, n = f1[key]
            near = around(key)
        else:
            p, r, f = b_cubed(gold_sub, pred)
            tf, n = b_cubed(gold_topic, pred)[2], len(set(pred))
        wl, wn, we, th = key
        return (f"{label:<9}{wl:>6.2f}{wn:>6.2f}{we:>6.2f}{th:>7.3f}{p:>7.3f}{r:>7.3f}{f:>7.3f}  {near:6.3f}"
                f"{tf:>8.3f}{n:>6}")

    header = (f"{'':<9}{'w_lex':>6}{'w_nam':>6}{'w_emb':>6}{'thresh':>7}{'P':>7}{'R':>7}{'F1':>7}  "
              f"{'F1 ±1':>6}{'topicF1':>8}{'pred':>6}")
    ranked = sorted(f1, key=lambda k: (-f1[k][0], -around(k)))
    print(f"\ntop {top} settings by sub-topic B-cubed F1 (gold: {len(set(gold_sub))} sub-topics, "
          f"{len(set(gold_topic))} topics):")
    print(header)
    for rank, key in enumerate(ranked[:top], 1):
        print(row(f"#{rank}", key))

    print("\ntop settings by F1 ±1 (robust to the threshold):")
    print(header)
    for rank, key in enumerate(sorted(f1, key=lambda k: -around(k))[:5], 1):
        print(row(f"#{rank}", key))

    print("\neach signal alone (best threshold):")
    print(header)
    names = ("lexical", "names", "embedding") if with_embedding else ("lexical", "names")
    for k, name in enumerate(names):
        w = tuple(1.0 if j == k else 0.0 for j in range(3))
        best = max((key for key in f1 if key[:3] == w), key=lambda key: f1[key][0])
        print(row(name[:9], best))

    c = cfg.cluster
    default_key = (c.w_lexical, c.w_names, c.w_embedding if with_embedding else 0.0, c.threshold)
    default_pred = run(c, c.threshold)
    # the config's weights at every threshold of the grid
    curve = [b_cubed(gold_sub, run(c, th))[2] for th in thresholds]
    k = thresholds.index(c.threshold)
    near = curve[max(0, k - 1):k + 2]
    best_th = max(range(len(thresholds)), key=lambda j: curve[j])
    print("\ncurrent config (and its weights at their best threshold):")
    print(header)
    print(row("config", default_key, default_pred, sum(near) / len(near)))
    near = curve[max(0, best_th - 1):best_th + 2]
    print(row("config@", default_key[:3] + (thresholds[best_th],), run(c, thresholds[best_th]), sum(near) / len(near)))
    f_default = b_cubed(gold_sub, default_pred)[2]
    better = sum(1 for v in f1.values() if v[0] > f_default + 1e-9)
    print(f"config rank: {better + 1} of {len(f1)} grid points; ARI {ari(gold_sub, default_pred):.3f}, "
          f"NMI {nmi(gold_sub, default_pred):.3f}")
    print("config weights, sub-topic F1 by threshold: "
          + "  ".join(f"{th:.3f}:{f:.3f}" for th, f in zip(thresholds, curve)))
    best_key = ranked[0]
    best_pred = run(replace(c, w_lexical=best_key[0], w_names=best_key[1], w_embedding=best_key[2]), best_key[3])
    print(f"best grid point: ARI {ari(gold_sub, best_pred):.3f}, NMI {nmi(gold_sub, best_pred):.3f}")

    if check:
        # The stage itself must give the same stories as the recombined components.
        t0 = time.perf_counter()
        stage = Cluster(c, embedder=cluster.embedder)
        out = stage.process(corpus.replace(stories=()))
        story_of = {aid: s.id for s in out.stories for aid in s.article_ids}
        stage_pred = [story_of[a.id] for a in out.articles]
        same = b_cubed(default_pred, stage_pred) == (1.0, 1.0, 1.0)
        print(f"check: Cluster.process gives {'the same' if same else 'DIFFERENT'} stories as the grid's "
              f"reconstruction of the config ({time.perf_counter() - t0:.1f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-embeddings", action="store_true", help="cluster.use_embeddings=false")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a Config override (repeatable)")
    ap.add_argument("--step", type=float, default=0.1, help="weight grid step (default 0.1)")
    ap.add_argument("--thresholds", default="0.05:0.50:0.025", help="lo:hi:step (default 0.05:0.50:0.025)")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--keep-url-line", action="store_true", help="leave the source URL of ecbplus files in the text")
    ap.add_argument("--no-check", action="store_true", help="skip re-running Cluster.process on the config")
    args = ap.parse_args()
    overrides = parse_settings(args.set)
    if args.no_embeddings:
        overrides["cluster.use_embeddings"] = "false"
    cfg = Config().with_overrides(overrides)
    docs = load_documents(shared("data", "ecbplus", "ECB+"), keep_url_line=args.keep_url_line)
    c = cfg.cluster
    print(f"config: threshold {c.threshold}, w_lexical {c.w_lexical}, w_names {c.w_names}, "
          f"w_embedding {c.w_embedding}, use_embeddings {c.use_embeddings}")
    tune(cfg, docs, step=args.step, thresholds=frange(args.thresholds), top=args.top, check=not args.no_check)


if __name__ == "__main__":
    main()
