"""lagebild: a verified, sourced timeline from a pile of news articles."""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Config
from .model import Article, Corpus, Problem, Removed, Sentence, Story, TimeMention, When
from .pipeline import Pipeline
from .service import AnalyzeResult, analyze, ingest, make_pipeline
from .store import SQLiteStore, open_store

__all__ = sorted([
    "AnalyzeResult", "Article", "Config", "Corpus", "Pipeline", "Problem", "Removed", "SQLiteStore", "Sentence",
    "Story", "TimeMention", "When", "__version__", "analyze", "ingest", "make_pipeline", "open_store",
])
