"""Cross-source verification: align a story's event mentions across articles, count the
independent sources behind each event, and find the statements the other sources contradict.

``verify(corpus)`` is a pure function of the analysed corpus (frames, actors, times, near-copies,
stories); the dossier calls it. Story-level time anchoring, which changes articles, is the
``anchor`` stage (``lagebild.stages.anchor``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article, Corpus
from .align import align
from .claims import Fact, SentenceConflict, sentence_conflicts
from .compare import Conflict, conflicts
from .mentions import Mention, mentions_of, outlet_of

__all__ = ["Verification", "verify", "Mention", "Conflict", "story_mentions"]


@dataclass
class Verification:
    clusters: list[list[Mention]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    sentence_conflicts: list[SentenceConflict] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def cluster_of(self) -> dict[tuple[str, int], int]:
        return {m.key: i for i, c in enumerate(self.clusters) for m in c}


def story_of(corpus: Corpus) -> dict[str, str]:
    story = {aid: s.id for s in corpus.stories for aid in s.article_ids}
    for a in corpus.articles:  # a near-copy left out of the stories belongs to its original's story
        if a.id not in story and a.duplicate_of in story:
            story[a.id] = story[a.duplicate_of]
    return story


def story_mentions(corpus: Corpus) -> dict[str, list[Mention]]:
    """Every article's mentions, by story (an article in no story is a story of its own)."""
    by_id: dict[str, Article] = {a.id: a for a in corpus.articles}
    story = story_of(corpus)
    out: dict[str, list[Mention]] = {}
    for a in corpus.articles:
        sid = story.get(a.id, "solo:" + a.id)
        out.setdefault(sid, []).extend(mentions_of(a, sid, outlet_of(a, by_id)))
    return out


def verify(corpus: Corpus, sentences: bool = True) -> Verification:
    result = Verification()
    for mentions in story_mentions(corpus).values():
        for cluster in align(mentions):
            result.clusters.append(cluster)
            result.conflicts.extend(conflicts(cluster))
    if sentences:
        # what the frames did not carry, sentence by sentence; a sentence already judged stays judged
        by_id = {a.id: a for a in corpus.articles}
        judged = {(c.outlier.article.id, s.start) for c in result.conflicts for s in c.outlier.article.sentences
                  if s.start <= c.outlier_frame.start < s.end}
        framed = {(a.id, s.start) for a in corpus.articles for s in a.sentences
                  if any(s.start <= f.trigger[0] < s.end for f in a.frames)}
        result.sentence_conflicts = sentence_conflicts(
            corpus, story_of(corpus), {a.id: outlet_of(a, by_id) for a in corpus.articles}, judged, framed,
            result.facts)
    return result
