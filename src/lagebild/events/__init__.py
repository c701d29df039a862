"""Event frames: who did what to whom, when, where, how many, and who says so."""

from __future__ import annotations

from datetime import date

from ..model import Article, Frame, When


def extract(article: Article) -> tuple[Frame, ...]:
    """The frames of an article that has been through segment, dates and actors."""
    from .grammar import Extractor

    return Extractor().frames(article)


def analyse_text(text: str, published: str | None = None, use_ner: bool = True) -> Article:
    """Segment, date, link and extract one text (for the CLI, tests and benchmarks)."""
    from ..actors.kb import knowledge_base
    from ..actors.link import link
    from ..model import ActorMention
    from ..stages.dates import Dates
    from ..stages.segment import Segment

    pub = When(value=published, start=published, end=published, precision="day", origin="metadata") \
        if published else When(value=None, precision="unknown", origin="unknown")
    art = Article(id="text", input="text", text=text, published=pub)
    art = Segment().process(art)
    art = Dates().process(art)
    when = date.fromisoformat(published) if published else None
    mentions = tuple(ActorMention(m.start, m.end, m.actor_id, m.actor_type, m.how, m.acts_for)
                     for m in link(text, when, knowledge_base(), use_ner=use_ner))
    art = art.replace(actors=mentions)
    return art.replace(frames=extract(art))
