"""Stores keep articles, what the stages derived, and stories between runs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from ..model import Article, Corpus
from .sqlite import SCHEMA_VERSION, SQLiteStore, StoreError


class Store(Protocol):
    def add_articles(self, articles: Iterable[Article]) -> list[str]: ...
    def has_article(self, article_id: str) -> bool: ...
    def article_input(self, article_id: str) -> str | None: ...
    def pending(self, signature: str) -> set[str]: ...
    def load(self) -> Corpus: ...
    def save(self, corpus: Corpus, signature: str) -> int: ...
    def original(self, article_id: str) -> str | None: ...
    def close(self) -> None: ...


def open_store(path: str | None) -> SQLiteStore:
    """The store at ``path`` (a SQLite file); None keeps everything in memory for this run only."""
    return SQLiteStore(path or ":memory:")


__all__ = ["SCHEMA_VERSION", "SQLiteStore", "Store", "StoreError", "open_store"]
