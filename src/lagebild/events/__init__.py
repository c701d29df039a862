"""Event frames: who did what to whom, when, where, how many, and who says so."""

from __future__ import annotations

from functools import lru_cache

from ..model import Article


@lru_cache(maxsize=2)
def _stages(use_ner: bool) -> tuple:
    """The per-article stages an event frame needs, built once (their models load once)."""
    from ..config import ActorsConfig
    from ..stages.actors import Actors
    from ..stages.dates import Dates
    from ..stages.events import Events
    from ..stages.segment import Segment

    return Segment(), Dates(), Actors(ActorsConfig(ner=use_ner)), Events()


def analyse_text(text: str, published: str | None = None, use_ner: bool = True) -> Article:
    """Segment, date, link and extract one text through the pipeline's own stages (for the CLI, tests
    and benchmarks)."""
    from ..sources.published import parse_published

    art = Article(id="text", input="text", text=text, published=parse_published(published))
    for stage in _stages(use_ner):
        art = stage.process(art)
    return art
