"""Throughput of `analyze` (ingest + all stages + store) on the 10kGNAD test articles, and where the time goes.

Each stage of ``make_pipeline(cfg)`` is wrapped in a timer that keeps its name, kind, requires and
assigns; ``service.ingest`` and the store's ``load``/``pending``/``save`` are timed the same way, so
the table adds up to the wall time of ``analyze``. Inside the story-level stages, the main helpers
are timed too (indented rows): they are part of the stage's time, not added to it.

Model loading is reported apart: building the stages (``make_stage``: py3langid, the background
document frequencies, the USE wrapper) and the first ``encode`` of the sentence encoder, which
reads its weights lazily. The runs start after both, so "once loaded" is the steady state.

With ``--repeat N`` the runs use a fresh in-memory store each and the table shows the median.
The machine has 2 cores: the 1-minute load average is printed, because other work on the
machine slows the BLAS-threaded encoder down sharply.

usage: .venv/bin/python bench/throughput.py [--limit N] [--repeat N] [--no-embeddings]
       [--set KEY=VALUE]... [--without STAGE]... [--blas-threads N]
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import parse_settings, shared  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class Clock:
    """Seconds added up per name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.peak: dict[str, float] = {}  # process peak RSS (MB) when the call returned

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - t
                self.calls[name] += 1
                self.peak[name] = rss_mb()

        return timed

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()
        self.peak.clear()


class Timed:
    """A stage with the same name/kind/requires/assigns whose ``process`` is timed."""

    def __init__(self, stage, clock: Clock) -> None:
        self.stage = stage
        self.name, self.kind = stage.name, stage.kind
        self.requires, self.assigns = stage.requires, stage.assigns
        self.process = clock.wrap(f"stage {stage.name}", stage.process)
        self.parallel = getattr(stage, "parallel", False)  # then the pipeline times it in this process


class TimedStore:
    """Delegates to a store, timing the calls ``analyze`` makes outside ingest."""

    def __init__(self, store, clock: Clock) -> None:
        self._store = store
        for name in ("load", "pending", "save"):
            setattr(self, name, clock.wrap(f"store {name}", getattr(store, name)))

    def __getattr__(self, name):
        return getattr(self._store, name)


def instrument_helpers(clock: Clock) -> None:
    """Time the main helpers of dedupe and cluster (module globals are looked up at call time)."""
    from lagebild.stages import cluster as cluster_mod
    from lagebild.stages import dedupe as dedupe_mod

    for mod, names, stage in ((cluster_mod, ("proper_name_types", "content_terms", "name_terms", "_tfidf"), "cluster"),
                              (dedupe_mod, ("shingles",), "dedupe")):
        for name in names:
            setattr(mod, name, clock.wrap(f"  {stage}: {name}", getattr(mod, name)))
    cluster_mod.Cluster.group = clock.wrap("  cluster: group (linkage)", cluster_mod.Cluster.group)
    cluster_mod.Embedder.encode = clock.wrap("  cluster: Embedder.encode", cluster_mod.Embedder.encode)
    dedupe_mod.Dedupe.pairs = clock.wrap("  dedupe: pairs (MinHash LSH)", dedupe_mod.Dedupe.pairs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    ap.add_argument("--repeat", type=int, default=1, help="runs of analyze (median shown)")
    ap.add_argument("--no-embeddings", action="store_true", help="cluster.use_embeddings=false")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a Config override (repeatable)")
    ap.add_argument("--without", action="append", default=[], metavar="STAGE",
                    help="leave a stage out (repeatable), e.g. --without events for the figure before that stage")
    ap.add_argument("--blas-threads", type=int, default=0,
                    help="set OPENBLAS/OMP/MKL_NUM_THREADS before numpy loads (default: leave them)")
    args = ap.parse_args()
    corpus_path = shared("corpus", "10kgnad-test.jsonl")
    if args.blas_threads:
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = str(args.blas_threads)

    rss_start = rss_mb()
    t0 = time.perf_counter()
    import lagebild.service as service
    from lagebild.config import Config
    from lagebild.pipeline import Pipeline
    from lagebild.store import open_store
    t_import = time.perf_counter() - t0
    rss_import = rss_mb()

    overrides = parse_settings(args.set)
    if args.no_embeddings:
        overrides["cluster.use_embeddings"] = "false"
    cfg = Config().with_overrides(overrides)
    if args.without:
        from dataclasses import replace

        cfg = replace(cfg, stages=tuple(s for s in cfg.stages if s not in args.without))
    clock = Clock()
    instrument_helpers(clock)
    service.ingest = clock.wrap("ingest (read, parse, store.add)", service.ingest)

    with tempfile.TemporaryDirectory() as tmp:
        path = corpus_path
        if args.limit:
            path = Path(tmp) / f"first-{args.limit}.jsonl"
            with corpus_path.open(encoding="utf-8") as src:
                path.write_text("".join(itertools.islice(src, args.limit)), encoding="utf-8")

        t0 = time.perf_counter()
        built = service.make_pipeline(cfg).stages
        t_build = time.perf_counter() - t0
        t_weights = 0.0
        for stage in built:
            if getattr(stage, "embedder", None) is not None:
                t0 = time.perf_counter()
                stage.embedder.encode(["Aufwärmen: die Gewichte laden."])
                t_weights = time.perf_counter() - t0
        clock.reset()
        rss_loaded = rss_mb()
        def parallel_time(name: str, seconds: float) -> None:
            clock.seconds[f"stage {name}"] += seconds
            clock.peak[f"stage {name}"] = rss_mb()

        pipeline = Pipeline([Timed(stage, clock) for stage in built], workers=cfg.run.workers,
                            parallel_from=cfg.run.parallel_from, on_parallel=parallel_time)

        runs: list[dict[str, float]] = []
        walls: list[float] = []
        load_avg = [os.getloadavg()[0]]
        for _ in range(max(1, args.repeat)):
            clock.reset()
            result = store = None  # let the previous run's corpus go before measuring the next
            store = TimedStore(open_store(None), clock)
            t0 = time.perf_counter()
            result = service.analyze([path], store, cfg, pipeline=pipeline)
            walls.append(time.perf_counter() - t0)
            runs.append(dict(clock.seconds))
            if len(runs) == 1:
                first_peak = dict(clock.peak)
                rss_first = rss_mb()
            load_avg.append(os.getloadavg()[0])

    n = len(result.corpus.articles)
    wall = statistics.median(walls)
    median = {k: statistics.median(r.get(k, 0.0) for r in runs) for k in runs[0]}
    order = (["ingest (read, parse, store.add)", "store pending", "store load"]
             + [f"stage {name}" for name in cfg.stages] + ["store save"])
    # medians of the parts need not add up to the median run: take "other" per run
    other = statistics.median(w - sum(r.get(k, 0.0) for k in order) for w, r in zip(walls, runs))

    c = cfg.cluster
    print(f"corpus: {path.name}: {n} articles, {len(result.problems)} problems, {len(result.corpus.stories)} stories, "
          f"{sum(1 for a in result.corpus.articles if a.duplicate_of)} near-copies")
    print(f"config: stages {','.join(cfg.stages)}; embeddings {c.use_embeddings}; threshold {c.threshold}"
          + (f"; overrides {overrides}" if overrides else "")
          + (f"; BLAS threads {args.blas_threads}" if args.blas_threads else ""))
    print(f"runs: {len(walls)} ({', '.join(f'{w:.2f}' for w in walls)} s); 1-min load average "
          f"{' -> '.join(f'{x:.1f}' for x in load_avg)} on {os.cpu_count()} cores")
    print()
    print(f"{'part':<36}{'seconds':>9}{'ms/article':>12}{'share':>8}{'peak RSS after (1st run)':>26}")
    print(f"{'import lagebild':<36}{t_import:>9.2f}{'':>12}{'(once)':>8}")
    print(f"{'build stages (make_pipeline)':<36}{t_build:>9.2f}{'':>12}{'(once)':>8}")
    print(f"{'USE weights (lazy, 1st encode)':<36}{t_weights:>9.2f}{'':>12}{'(once)':>8}")
    for key in order:
        sec = median.get(key, 0.0)
        peak = f"{first_peak[key]:>22.0f} MB" if key in first_peak else ""
        print(f"{key:<36}{sec:>9.2f}{1000 * sec / max(n, 1):>12.2f}{sec / wall:>8.0%}{peak}")
        stage = key.split(" ", 1)[1] if key.startswith("stage ") else None
        for sub in sorted((k for k in median if stage and k.startswith(f"  {stage}:")), key=lambda k: -median[k]):
            print(f"{sub:<36}{median[sub]:>9.2f}{1000 * median[sub] / max(n, 1):>12.2f}{median[sub] / wall:>8.0%}")
    print(f"{'other (analyze bookkeeping)':<36}{other:>9.2f}{1000 * other / max(n, 1):>12.2f}{other / wall:>8.0%}")
    print(f"{'analyze total (median run)':<36}{wall:>9.2f}{1000 * wall / max(n, 1):>12.2f}{'100%':>8}")
    print()
    print(f"memory (ru_maxrss, peak so far): start {rss_start:.0f} MB, after import {rss_import:.0f} MB, "
          f"after model loading {rss_loaded:.0f} MB, after the first run {rss_first:.0f} MB, end {rss_mb():.0f} MB")
    cold = n / (t_build + t_weights + walls[0])
    print(f"cold first run (build + weights + run): {cold:.1f} articles/s")
    print(f"throughput: {n / wall:.1f} articles/s (target >= 50), peak RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
