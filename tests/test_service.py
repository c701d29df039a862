import sqlite3

from tests.corpus_builder import write_corpus

from lagebild.config import Config
from lagebild.service import analyze
from lagebild.store import open_store


def _dump(path):
    con = sqlite3.connect(path)
    rows = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall())
            for t in ("articles", "originals", "stories", "story_articles")}
    con.close()
    return rows


def test_analyze_reads_everything_usable_and_reports_the_rest(tmp_path):
    write_corpus(tmp_path / "in")
    result = analyze([tmp_path / "in"], open_store(None))
    inputs = {a.input.rsplit("/", 1)[-1] for a in result.corpus.articles}
    assert inputs == {"bridge0.txt", "bridge1.txt", "bridge2.txt", "flood0.txt", "stray.txt",
                      "feed.jsonl#f0", "feed.jsonl#f1"}
    problems = {p.input.rsplit("/", 1)[-1]: p.message for p in result.problems}
    assert "binary" in problems["image.txt"]
    assert "empty" in problems["empty.txt"]
    assert "invalid JSON" in problems["feed.jsonl, line 3"] or "not valid JSON" in problems["feed.jsonl, line 3"]


def test_stories_and_cleaning_end_to_end(tmp_path):
    write_corpus(tmp_path / "in")
    corpus = analyze([tmp_path / "in"], open_store(None)).corpus
    name = {a.id: a.input.rsplit("/", 1)[-1] for a in corpus.articles}
    groups = sorted(sorted(name[i] for i in s.article_ids) for s in corpus.stories)
    assert groups == [["bridge0.txt", "bridge1.txt", "bridge2.txt"],
                      ["feed.jsonl#f0", "feed.jsonl#f1", "flood0.txt"], ["stray.txt"]]
    bridge = next(a for a in corpus.articles if name[a.id] == "bridge0.txt")
    reasons = [r.reason for r in bridge.removed]
    assert any("navigation" in r for r in reasons) and any("repeated" in r for r in reasons)
    assert bridge.text == (tmp_path / "in" / "bridge0.txt").read_text(encoding="utf-8")
    assert all(a.language == "de" for a in corpus.articles)
    assert all(a.sentences for a in corpus.articles)


def test_rerun_on_same_input_changes_nothing(tmp_path):
    write_corpus(tmp_path / "in")
    db = tmp_path / "s.db"
    first = analyze([tmp_path / "in"], open_store(db))
    before = _dump(db)
    second = analyze([tmp_path / "in"], open_store(db))
    assert second.added == 0 and second.already_known == first.added
    assert _dump(db) == before


def test_added_articles_join_stored_stories(tmp_path):
    files = write_corpus(tmp_path / "in")
    db = tmp_path / "s.db"
    analyze([files["bridge0.txt"], files["bridge1.txt"], files["flood0.txt"]], open_store(db))
    store = open_store(db)
    old = {s.id: set(s.article_ids) for s in store.stories()}
    store.close()
    corpus = analyze([tmp_path / "in"], open_store(db)).corpus
    new = {s.id: set(s.article_ids) for s in corpus.stories}
    for sid, members in old.items():
        assert members < new[sid], "every stored story keeps its id and gains the new articles of its story"
    assert len(corpus.stories) == 3


def test_interrupted_run_keeps_committed_articles(tmp_path, monkeypatch):
    write_corpus(tmp_path / "in")
    db = tmp_path / "s.db"

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    import lagebild.pipeline

    monkeypatch.setattr(lagebild.pipeline.Pipeline, "run", boom)
    try:
        analyze([tmp_path / "in"], open_store(db))
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    store = open_store(db)
    assert store.counts()["articles"] == 7
    result = analyze([tmp_path / "in"], store)
    assert result.added == 0 and result.processed == 7
    assert len(result.corpus.stories) == 3


def test_settings_reach_the_stages(tmp_path):
    write_corpus(tmp_path / "in")
    cfg = Config().with_overrides({"cluster.threshold": "0.99", "cluster.use_embeddings": "false"})
    corpus = analyze([tmp_path / "in"], open_store(None), cfg).corpus
    assert len(corpus.stories) == len(corpus.articles)


def test_same_text_in_two_files_is_two_articles_one_a_copy(tmp_path):
    from tests.stages.test_dedupe import WIRE

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(WIRE, encoding="utf-8")
    db = tmp_path / "s.db"
    corpus = analyze([tmp_path / "in"], open_store(db)).corpus
    assert len(corpus.articles) == 2
    a, b = corpus.articles
    assert a.duplicate_of is None and b.duplicate_of == a.id
    again = analyze([tmp_path / "in", tmp_path / "in" / ".." / "in" / "b.txt"], open_store(db))
    assert again.added == 0 and len(again.corpus.articles) == 2
