"""Event frames of each article: who did what to whom, when, where, how many, said by whom and how.

Runs after dates and actors: frames are built from the article's sentences, its time
expressions (already resolved against the publication day) and its actor mentions. Only
sentences of the kept text exist, so navigation and teasers yield no frames.
"""

from __future__ import annotations

from ..model import Article


class Events:
    """Per-article stage: event frames, with the mentions of one event in an article grouped."""

    name = "events"
    kind = "article"
    parallel = False  # ~1.5 s for 1,000 articles in one process; shipping articles to workers costs more
    requires = ("article.sentences", "article.times", "article.actors")
    assigns = ("article.frames",)

    def __init__(self) -> None:
        from ..events.grammar import Extractor

        self.extractor = Extractor()

    def process(self, article: Article) -> Article:
        return article.replace(frames=self.extractor.frames(article))
