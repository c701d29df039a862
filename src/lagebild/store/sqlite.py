"""SQLite store (the default): versioned schema, content-hash ids, small transactions.

Every write is committed in its own transaction, so an interrupted run keeps
everything it had committed; ingesting the same article again is a no-op.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..model import ActorMention, Article, Corpus, Frame, Removed, Sentence, Story, TimeMention, When

# Each entry moves the schema one version up; never edit one that has shipped, append a new one.
MIGRATIONS: list[str] = [
    # 1: articles, their original input, stories
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        input TEXT NOT NULL,
        text TEXT NOT NULL,
        url TEXT, source TEXT, title TEXT, language TEXT,
        published TEXT NOT NULL,
        duplicate_of TEXT,
        removed TEXT NOT NULL DEFAULT '[]',
        sentences TEXT NOT NULL DEFAULT '[]',
        meta TEXT NOT NULL DEFAULT '{}',
        processed TEXT
    );
    CREATE INDEX articles_seq ON articles(seq);
    CREATE TABLE originals (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        content TEXT NOT NULL
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        summary TEXT
    );
    CREATE TABLE story_articles (
        story_id TEXT NOT NULL REFERENCES stories(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (story_id, article_id)
    );
    CREATE INDEX story_articles_article ON story_articles(article_id);
    """,
    # 2: the time expressions found in each article
    """
    ALTER TABLE articles ADD COLUMN times TEXT NOT NULL DEFAULT '[]';
    """,
    # 3: the actor mentions of each article
    """
    ALTER TABLE articles ADD COLUMN actors TEXT NOT NULL DEFAULT '[]';
    """,
    # 4: the event frames of each article
    """
    ALTER TABLE articles ADD COLUMN frames TEXT NOT NULL DEFAULT '[]';
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    pass


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SQLiteStore:
    """Articles and stories in one SQLite file (or ``:memory:``)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA journal_mode=WAL" if self.path != ":memory:" else "PRAGMA journal_mode=MEMORY")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path} is not a usable lagebild database ({err})") from err

    # -- schema -----------------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer lagebild (schema {current}, this one knows "
                             f"{SCHEMA_VERSION}); upgrade lagebild to use it")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.db:
                self.db.executescript("BEGIN;" + MIGRATIONS[version - 1] + f";PRAGMA user_version={version};COMMIT;")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def article_input(self, article_id: str) -> str | None:
        """The input an article was read from, or None when it is not stored."""
        row = self.db.execute("SELECT input FROM articles WHERE id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def add_articles(self, articles: Iterable[Article]) -> list[str]:
        """Insert articles not yet stored (one transaction); returns the ids actually added."""
        added: list[str] = []
        with self.db:
            seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]
            for article in articles:
                if self.has_article(article.id):
                    continue
                seq += 1
                meta = dict(article.meta)
                raw = meta.pop("raw", None)
                self.db.execute(
                    "INSERT INTO articles (id, seq, input, text, url, source, title, language, published, duplicate_of,"
                    " removed, sentences, meta, processed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
                    (article.id, seq, article.input, article.text, article.url, article.source, article.title,
                     article.language, _dump(article.published.to_dict()), article.duplicate_of,
                     _dump([r.to_dict() for r in article.removed]), _dump([s.to_dict() for s in article.sentences]),
                     _dump(meta)))
                if raw is not None:
                    self.db.execute("INSERT INTO originals (article_id, content) VALUES (?, ?)", (article.id, raw))
                added.append(article.id)
        return added

    def original(self, article_id: str) -> str | None:
        """The input as given (HTML page, JSON record) when it differs from the article text."""
        row = self.db.execute("SELECT content FROM originals WHERE article_id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def pending(self, signature: str) -> set[str]:
        """Ids of articles not yet processed by the pipeline with this signature."""
        rows = self.db.execute("SELECT id FROM articles WHERE processed IS NOT ? OR processed IS NULL", (signature,))
        return {r[0] for r in rows}

    def articles(self) -> list[Article]:
        rows = self.db.execute(
            "SELECT id, input, text, url, source, title, language, published, duplicate_of, removed, sentences, meta,"
            " times, actors, frames FROM articles ORDER BY seq")
        out = []
        for r in rows:
            out.append(Article(
                id=r[0], input=r[1], text=r[2], url=r[3], source=r[4], title=r[5], language=r[6],
                published=When.from_dict(json.loads(r[7])), duplicate_of=r[8],
                removed=tuple(Removed.from_dict(x) for x in json.loads(r[9])),
                sentences=tuple(Sentence.from_dict(x) for x in json.loads(r[10])),
                times=tuple(TimeMention.from_dict(x) for x in json.loads(r[12])),
                actors=tuple(ActorMention.from_dict(x) for x in json.loads(r[13])),
                frames=tuple(Frame.from_dict(x) for x in json.loads(r[14])),
                meta=json.loads(r[11])))
        return out

    def stories(self) -> list[Story]:
        members: dict[str, list[str]] = {}
        for sid, aid in self.db.execute(
                "SELECT sa.story_id, sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                " ORDER BY a.seq"):
            members.setdefault(sid, []).append(aid)
        rows = self.db.execute("SELECT id, title, summary FROM stories ORDER BY rowid")
        return [Story(r[0], r[1], tuple(members.get(r[0], ())), r[2]) for r in rows]

    def load(self) -> Corpus:
        return Corpus(articles=tuple(self.articles()), stories=tuple(self.stories()))

    def save(self, corpus: Corpus, signature: str) -> int:
        """Write what the pipeline derived (one transaction); returns how many rows changed."""
        before = {a.id: a for a in self.articles()}
        changed = 0
        with self.db:
            for article in corpus.articles:
                old = before.get(article.id)
                if old is not None and old == article and self._processed(article.id) == signature:
                    continue
                self.db.execute(
                    "UPDATE articles SET title=?, language=?, published=?, duplicate_of=?, removed=?, sentences=?,"
                    " times=?, actors=?, frames=?, processed=? WHERE id=?",
                    (article.title, article.language, _dump(article.published.to_dict()), article.duplicate_of,
                     _dump([r.to_dict() for r in article.removed]), _dump([s.to_dict() for s in article.sentences]),
                     _dump([t.to_dict() for t in article.times]), _dump([a.to_dict() for a in article.actors]),
                     _dump([f.to_dict() for f in article.frames]), signature, article.id))
                changed += 1
            old_stories = {s.id: s for s in self.stories()}
            new_stories = {s.id: s for s in corpus.stories}
            if old_stories != new_stories:
                self.db.execute("DELETE FROM story_articles")
                self.db.execute("DELETE FROM stories")
                for story in corpus.stories:
                    self.db.execute("INSERT INTO stories (id, title, summary) VALUES (?,?,?)",
                                    (story.id, story.title, story.summary))
                    self.db.executemany("INSERT INTO story_articles (story_id, article_id) VALUES (?,?)",
                                        [(story.id, aid) for aid in story.article_ids])
                changed += 1
        return changed

    def _processed(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT processed FROM articles WHERE id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        return {
            "articles": self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
            "stories": self.db.execute("SELECT COUNT(*) FROM stories").fetchone()[0],
        }
