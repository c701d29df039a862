"""Throughput of `analyze` (ingest + all stages) on the 10kGNAD test articles, and where the time goes.

usage: .venv/bin/python bench/throughput.py [--limit N] [--no-embeddings] [--set KEY=VALUE]...
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import parse_settings, shared  # noqa: E402

from lagebild.config import Config  # noqa: E402
from lagebild.pipeline import Pipeline  # noqa: E402
from lagebild.service import analyze  # noqa: E402
from lagebild.stages import make_stage  # noqa: E402
from lagebild.store import open_store  # noqa: E402


class Timed:
    """Wraps a stage and adds up the time spent in it."""

    def __init__(self, stage):
        self.stage = stage
        self.name, self.kind = stage.name, stage.kind
        self.requires, self.assigns = stage.requires, stage.assigns
        self.seconds = 0.0

    def process(self, item):
        t = time.perf_counter()
        try:
            return self.stage.process(item)
        finally:
            self.seconds += time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--set", action="append", default=[])
    args = ap.parse_args()
    corpus = shared("corpus", "10kgnad-test.jsonl")
    overrides = parse_settings(args.set)
    if args.no_embeddings:
        overrides["cluster.use_embeddings"] = "false"
    cfg = Config().with_overrides(overrides)
    with tempfile.TemporaryDirectory() as tmp:
        path = corpus
        if args.limit:
            path = Path(tmp) / "subset.jsonl"
            with corpus.open(encoding="utf-8") as src:
                path.write_text("".join(itertools.islice(src, args.limit)), encoding="utf-8")
        t0 = time.perf_counter()
        stages = [Timed(make_stage(name, cfg)) for name in cfg.stages]
        t_build = time.perf_counter() - t0
        pipeline = Pipeline(stages)
        t1 = time.perf_counter()
        result = analyze([path], open_store(None), cfg, pipeline=pipeline)
        t_run = time.perf_counter() - t1
    n = len(result.corpus.articles)
    t_stages = sum(s.seconds for s in stages)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {path.name}, {n} articles, {len(result.problems)} problems")
    print(f"{'part':<22}{'seconds':>9}{'share':>8}")
    total = t_build + t_run
    rows = [("build stages (models)", t_build), ("ingest + store", t_run - t_stages)]
    rows += [(f"stage {s.name}", s.seconds) for s in stages]
    for name, sec in rows:
        print(f"{name:<22}{sec:>9.2f}{sec / total:>8.0%}")
    print(f"{'total':<22}{total:>9.2f}")
    print(f"stories: {len(result.corpus.stories)}, near-copies: {sum(1 for a in result.corpus.articles if a.duplicate_of)}")
    print(f"throughput: {n / total:.1f} articles/s including model loading, {n / t_run:.1f} articles/s "
          f"once loaded (target >= 50); peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
