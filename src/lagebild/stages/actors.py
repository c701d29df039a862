"""Actor mentions of each article: states, people, organisations, linked to the knowledge base.

Runs after the dates stage: office phrases ("der russische Präsident") are resolved for the
article's publication day. Only the kept text counts (navigation and teasers name actors too).
"""

from __future__ import annotations

from datetime import date

from ..config import ActorsConfig
from ..model import ActorMention, Article


class Actors:
    """Per-article stage: actor mentions of the kept text, offices resolved for the publication day."""

    name = "actors"
    kind = "article"
    parallel = True  # independent per article, worth several processes (see lagebild.parallel)
    requires = ("article.text", "article.removed", "article.published")
    assigns = ("article.actors",)

    def __init__(self, cfg: ActorsConfig | None = None) -> None:
        from ..actors.kb import knowledge_base

        self.cfg = cfg or ActorsConfig()
        self.kb = knowledge_base()
        if self.cfg.ner:  # load the tagger's files now, so that forked workers share them
            from ..ner import _tagger
            from ..ner.clusters import clusters
            from ..ner.features import gazetteer

            _tagger(), clusters(), gazetteer()

    def process(self, article: Article) -> Article:
        from ..actors.link import link

        when = None
        if article.published.value and article.published.precision == "day":
            try:
                when = date.fromisoformat((article.published.start or article.published.value)[:10])
            except ValueError:
                when = None
        kept = article.kept_ranges()
        mentions = []
        for m in link(article.text, when, self.kb, use_ner=self.cfg.ner):
            if any(a <= m.start and m.end <= b for a, b in kept):
                mentions.append(ActorMention(m.start, m.end, m.actor_id, m.actor_type, m.how, m.acts_for))
        return article.replace(actors=tuple(mentions))
