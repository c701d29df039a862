"""Ordered, named stages, checked before they run.

A stage is either per-article (``kind = "article"``: ``process(article)``) or
story-level (``kind = "corpus"``: ``process(corpus)``, it needs several
articles at once). Each declares what it ``requires`` and what it ``assigns``,
so ``Pipeline`` can refuse an order in which a stage would read something no
earlier stage produced.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from .model import Article, Corpus

# What ingest already gives every article; stages add to it.
INGESTED = frozenset({"article.text", "article.meta", "article.published", "article.source", "article.title"})


@runtime_checkable
class Stage(Protocol):
    name: str
    kind: Literal["article", "corpus"]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


class ArticleStage(Stage, Protocol):
    def process(self, article: Article) -> Article: ...


class CorpusStage(Stage, Protocol):
    def process(self, corpus: Corpus) -> Corpus: ...


class PipelineError(ValueError):
    """A pipeline whose stages cannot run in the order given."""


Progress = Callable[[str, int, int], None]


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


@dataclass
class Pipeline:
    stages: Sequence[Stage]
    provided: frozenset[str] = field(default=INGESTED)
    # per-article stages marked ``parallel`` run in this many forked processes when at least
    # ``parallel_from`` articles are to be done; ``on_parallel(name, seconds)`` hears how long they took
    workers: int = 1
    parallel_from: int = 64
    on_parallel: Callable[[str, float], None] | None = None

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> None:
        """Raise PipelineError if a stage requires something no earlier stage assigns."""
        have = set(self.provided)
        seen: set[str] = set()
        for stage in self.stages:
            if stage.name in seen:
                raise PipelineError(f"stage '{stage.name}' appears twice")
            seen.add(stage.name)
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(f"stage '{stage.name}' needs {', '.join(missing)}, which no earlier stage produces")
            have.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, corpus: Corpus, todo: frozenset[str] | None = None, progress: Progress = _no_progress) -> Corpus:
        """Run every stage over ``corpus``.

        Per-article stages only touch the articles whose ids are in ``todo``
        (all when None): articles already processed in an earlier run keep what
        they have. Story-level stages always see the whole corpus.
        """
        from . import parallel

        for stage in self.stages:
            if stage.kind == "article":
                articles = list(corpus.articles)
                index = [i for i, a in enumerate(articles) if todo is None or a.id in todo]
                total = len(index)
                if getattr(stage, "parallel", False) and self.workers > 1 and total >= self.parallel_from \
                        and parallel.available():
                    started = time.perf_counter()
                    results = parallel.process_all(stage, [articles[i] for i in index], self.workers)
                    for done, (i, out) in enumerate(zip(index, results), 1):
                        articles[i] = out
                        progress(stage.name, done, total)
                    if self.on_parallel is not None:
                        self.on_parallel(stage.name, time.perf_counter() - started)
                else:
                    for done, i in enumerate(index, 1):
                        articles[i] = stage.process(articles[i])  # type: ignore[attr-defined]
                        progress(stage.name, done, total)
                corpus = corpus.replace(articles=tuple(articles))
            else:
                progress(stage.name, 0, 1)
                before = {a.id: a for a in corpus.articles}
                corpus = stage.process(corpus)  # type: ignore[attr-defined]
                if todo is not None:
                    # an article a story-level stage changed must pass the later per-article stages again
                    todo = todo | {a.id for a in corpus.articles if before.get(a.id) is not a}
                progress(stage.name, 1, 1)
        return corpus
