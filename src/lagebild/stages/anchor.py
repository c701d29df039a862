"""Story-level time anchoring (see lagebild.verify.anchor): articles without a publication day get
one from the events they share with dated articles of their story; their time expressions, actors
(offices depend on the day) and event frames are then redone against it."""

from __future__ import annotations

from typing import Any

from ..model import Article, Corpus


class Anchor:
    name = "anchor"
    kind = "corpus"
    requires = ("article.frames", "corpus.stories")
    assigns = ("article.published", "article.times", "article.actors", "article.frames")

    def __init__(self, redo: list[Any], rounds: int = 2) -> None:
        self.redo = redo  # the per-article stages to run again on an anchored article (dates, actors, events)
        self.rounds = rounds

    def process(self, corpus: Corpus) -> Corpus:
        from ..verify import story_mentions
        from ..verify.anchor import anchored_when, guessed, infer_published, is_undated, story_middle

        for _ in range(self.rounds):
            by_id = {a.id: a for a in corpus.articles}
            changed: dict[str, Article] = {}
            for sid, mentions in story_mentions(corpus).items():
                if sid.startswith("solo:"):
                    continue
                dated = [m for m in mentions if not is_undated(m.article)]
                if not dated:
                    continue
                for aid in {m.article.id for m in mentions if is_undated(m.article)}:
                    article = by_id[aid]
                    found = infer_published(article, [m for m in mentions if m.article.id == aid], dated)
                    if found is None:
                        middle = story_middle(dated)
                        if middle is None or (article.published.value and not guessed(article)):
                            continue
                        found = (middle, None)  # nothing shared fits: among its story's articles
                    when = anchored_when(*found)
                    if when.value == article.published.value:
                        continue
                    redone = article.replace(published=when)
                    for stage in self.redo:
                        redone = stage.process(redone)
                    changed[aid] = redone
            if not changed:
                break
            corpus = corpus.replace(articles=tuple(changed.get(a.id, a) for a in corpus.articles))
        return corpus

