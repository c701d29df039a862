"""Use cases shared by every face (Python API, CLI, later HTTP and web UI)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .config import Config
from .model import Article, Corpus, Problem, hash_id
from .pipeline import Pipeline
from .sources import read_paths
from .stages import make_stage, signature
from .store import Store

INGEST_BATCH = 200

Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    return None


@dataclass
class AnalyzeResult:
    """What ``analyze`` returns: the whole corpus of the store, the inputs it could not use, counts."""

    corpus: Corpus
    problems: list[Problem] = field(default_factory=list)
    added: int = 0
    already_known: int = 0
    processed: int = 0


def make_pipeline(cfg: Config) -> Pipeline:
    """The pipeline of the stages named in ``cfg.stages``, checked for order."""
    return Pipeline([make_stage(name, cfg) for name in cfg.stages], workers=cfg.run.workers,
                    parallel_from=cfg.run.parallel_from)


def input_key(shown: str) -> str:
    """Where an input is, independent of how its path was written ('a/../b.txt#n1' -> '/abs/b.txt#n1')."""
    path, sep, record = shown.partition("#")
    return os.path.abspath(path) + sep + record


def ingest(paths: Iterable[str | os.PathLike[str]], store: Store, progress: Progress = _quiet) -> tuple[int, int, list[Problem]]:
    """Read ``paths`` into ``store`` in committed batches; returns (added, already known, problems)."""
    added = known = 0
    problems: list[Problem] = []
    batch: list[Article] = []
    seen_in_run: dict[str, str] = {}

    def flush() -> None:
        nonlocal added
        added += len(store.add_articles(batch))
        batch.clear()

    for item in read_paths(paths):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        where = input_key(item.input)
        first = seen_in_run.get(item.id) or store.article_input(item.id)
        if first is not None and input_key(first) != where:
            # The same text at another place (a file saved twice): a second article, which the
            # dedupe stage then marks as a copy. Re-reading the same place stays a no-op.
            item = item.replace(id=hash_id(item.id, where))
        if item.id in seen_in_run:
            continue  # the same place named twice in one run
        seen_in_run[item.id] = item.input
        if store.has_article(item.id):
            known += 1
            continue
        batch.append(item)
        progress("ingest", added + len(batch), 0)
        if len(batch) >= INGEST_BATCH:
            flush()
    flush()
    return added, known, problems


def analyze(paths: Iterable[str | os.PathLike[str]], store: Store, cfg: Config | None = None,
            progress: Progress = _quiet, pipeline: Pipeline | None = None) -> AnalyzeResult:
    """Ingest ``paths`` into ``store``, run the pipeline over what is new, save and return the corpus."""
    cfg = cfg or Config()
    pipeline = pipeline or make_pipeline(cfg)
    added, known, problems = ingest(paths, store, progress)
    # Settings are part of what an article went through: changed settings redo the per-article stages.
    sig = f"{signature(pipeline.names)};{hash_id(repr(cfg))}"
    todo = frozenset(store.pending(sig))
    corpus = pipeline.run(store.load(), todo=todo, progress=progress)
    store.save(corpus, sig)
    return AnalyzeResult(corpus=corpus, problems=problems, added=added, already_known=known, processed=len(todo))
