"""One frozen configuration object, passed whole to the stages that need it."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True)
class CleanConfig:
    # A line with at least this many words (or a shorter full sentence) counts as running text.
    content_min_words: int = 12
    # Short lines after the last running-text line are page furniture ("Canada", "Aktuelles").
    trailing_max_words: int = 6
    # Short lines above the first paragraph are site names or section labels ("ELBKURIER", "Politik").
    label_max_words: int = 3


@dataclass(frozen=True)
class RecurringConfig:
    # A line recurring in this many articles of one source (and this share of them) is site furniture.
    min_articles: int = 3
    min_share: float = 0.3
    # ... but for a large source, this many articles are enough
    enough_articles: int = 8
    max_words: int = 30


@dataclass(frozen=True)
class DedupeConfig:
    # Word 3-grams: a reprint with one word in ten edited keeps about 70% of them, while two
    # independent articles on the same story share well under 20%.
    shingle: int = 3
    num_perm: int = 128
    lsh_threshold: float = 0.2
    jaccard: float = 0.45
    containment: float = 0.6
    # texts with fewer shingles than this must be near-identical (Jaccard >= short_jaccard)
    min_shingles: int = 30
    short_jaccard: float = 0.8


@dataclass(frozen=True)
class ClusterConfig:
    # Chosen with bench/ecbplus_clustering.py (English, same-type events) and the German examples:
    # lower thresholds keep feature articles in their story, higher ones split same-type events apart.
    threshold: float = 0.15
    # weights of the lexical, name and embedding similarities (they sum to 1)
    w_lexical: float = 0.5
    w_names: float = 0.35
    w_embedding: float = 0.15
    # publication dates further apart than this many days lower the similarity, gently: a story
    # evolves over months (a treaty signed in June, ratified in November)
    time_window_days: int = 45
    time_penalty: float = 0.75
    use_embeddings: bool = True
    # add document frequencies of a packaged German background corpus to the collection's own
    background: bool = True
    # leading characters of clean text that go into the sentence embedding
    embed_chars: int = 600


@dataclass(frozen=True)
class RunConfig:
    # processes for the heavy per-article stages (actors); 1 keeps everything in one process
    workers: int = 2
    # ... used only when at least this many articles are to be processed
    parallel_from: int = 64


@dataclass(frozen=True)
class ActorsConfig:
    # run the NER tagger for names the knowledge base lacks (about 20 ms an article); without it
    # only knowledge-base actors are found
    ner: bool = True


@dataclass(frozen=True)
class Config:
    stages: tuple[str, ...] = ("clean", "recurring", "segment", "language", "dates", "actors", "events",
                                  "dedupe", "cluster", "anchor")
    clean: CleanConfig = field(default_factory=CleanConfig)
    recurring: RecurringConfig = field(default_factory=RecurringConfig)
    dedupe: DedupeConfig = field(default_factory=DedupeConfig)
    cluster: ClusterConfig = field(default_factory=ClusterConfig)
    actors: ActorsConfig = field(default_factory=ActorsConfig)
    run: RunConfig = field(default_factory=RunConfig)

    def with_overrides(self, overrides: dict[str, Any]) -> "Config":
        """Return a copy with dotted keys replaced: {'cluster.threshold': 0.4}."""
        cfg = self
        for key, value in overrides.items():
            section, _, name = key.partition(".")
            if not name:
                cfg = replace(cfg, **{section: value})
                continue
            sub = getattr(cfg, section)
            kinds = {f.name: f.type for f in fields(sub)}
            if name not in kinds:
                raise KeyError(f"unknown setting '{key}'")
            current = getattr(sub, name)
            if isinstance(value, str) and not isinstance(current, str):
                value = (value.lower() in ("1", "true", "yes", "on")) if isinstance(current, bool) else type(current)(value)
            cfg = replace(cfg, **{section: replace(sub, **{name: value})})
        return cfg
