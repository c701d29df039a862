import sqlite3

import pytest

from lagebild.model import Article, Corpus, Removed, Sentence, Story, When
from lagebild.store import SCHEMA_VERSION, SQLiteStore, StoreError, open_store


def _article(n: int, text: str | None = None) -> Article:
    return Article(id=f"a{n}", input=f"f{n}.txt", text=text or f"Text Nummer {n}.", source="taz",
                   published=When(value="2024-06-19", start="2024-06-19", end="2024-06-19", precision="day",
                                  origin="metadata"),
                   meta={"format": "text", "raw": "<p>raw</p>"})


def test_new_store_is_at_current_schema_version(tmp_path):
    store = SQLiteStore(tmp_path / "s.db")
    assert store.version == SCHEMA_VERSION


def test_reingest_is_a_no_op(tmp_path):
    store = SQLiteStore(tmp_path / "s.db")
    assert store.add_articles([_article(1), _article(2)]) == ["a1", "a2"]
    assert store.add_articles([_article(1), _article(3)]) == ["a3"]
    assert [a.id for a in store.articles()] == ["a1", "a2", "a3"]


def test_original_input_is_kept_apart_from_meta(tmp_path):
    store = SQLiteStore(tmp_path / "s.db")
    store.add_articles([_article(1)])
    assert store.original("a1") == "<p>raw</p>"
    assert "raw" not in store.articles()[0].meta


def test_round_trip_of_derived_fields(tmp_path):
    path = tmp_path / "s.db"
    store = SQLiteStore(path)
    store.add_articles([_article(1), _article(2)])
    corpus = store.load()
    a1 = corpus.articles[0].replace(removed=(Removed(0, 4, "boilerplate: separator"),),
                                    sentences=(Sentence(5, 16, ((5, 11), (12, 16))),), language="de",
                                    duplicate_of="a2", title="Titel")
    corpus = Corpus(articles=(a1, corpus.articles[1]), stories=(Story("s1", "Titel", ("a1", "a2")),))
    store.save(corpus, "clean@1")
    store.close()
    again = SQLiteStore(path).load()
    assert again.articles[0] == a1
    assert again.stories == corpus.stories


def test_save_twice_changes_nothing(tmp_path):
    store = SQLiteStore(tmp_path / "s.db")
    store.add_articles([_article(1)])
    corpus = Corpus(articles=tuple(store.articles()), stories=(Story("s1", "T", ("a1",)),))
    assert store.save(corpus, "sig") > 0
    assert store.save(corpus, "sig") == 0


def test_pending_follows_the_pipeline_signature(tmp_path):
    store = SQLiteStore(tmp_path / "s.db")
    store.add_articles([_article(1), _article(2)])
    assert store.pending("x@1") == {"a1", "a2"}
    store.save(store.load(), "x@1")
    assert store.pending("x@1") == set()
    assert store.pending("x@2") == {"a1", "a2"}


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    SQLiteStore(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer lagebild"):
        SQLiteStore(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "s.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a usable"):
        SQLiteStore(path)


def test_in_memory_store_by_default():
    store = open_store(None)
    assert store.path == ":memory:"
    store.add_articles([_article(1)])
    assert store.counts()["articles"] == 1
