"""German named-entity recognition: persons, places, organisations, other (GermEval 2014 classes).

A linear-chain CRF trained by ``lagebild.ner.train`` on GermEval 2014 with name-list features
from ``lagebild.ner.build_gazetteer``; the model file ships in ``lagebild/resources`` and
nothing is downloaded.

    >>> tag_tokens(["Wladimir", "Putin", "besuchte", "Pjöngjang", "."])  # doctest: +SKIP
    ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .features import sentence_features

MODEL = Path(__file__).resolve().parents[1] / "resources" / "ner_de.crfsuite"


class ModelMissing(RuntimeError):
    """The NER model file is not there (rebuild it with ``python -m lagebild.ner.train``)."""


@lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    if not MODEL.exists():
        raise ModelMissing(f"{MODEL} is missing; rebuild it with 'python -m lagebild.ner.train'")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def tag_tokens(tokens: list[str]) -> list[str]:
    """BIO tags (GermEval 2014 labels: PER, LOC, ORG, OTH and their -deriv/-part forms) for one sentence."""
    if not tokens:
        return []
    return list(_tagger().tag(sentence_features(tokens)))


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """``tag_tokens`` for many sentences."""
    return [tag_tokens(s) for s in sentences]


def entity_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, label) of each outer entity in BIO ``tags``."""
    out: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                out.append((start, i, label))
                start, label = None, None
            if t.startswith(("B-", "I-")):
                start, label = i, t[2:]
    return out


__all__ = ["MODEL", "ModelMissing", "entity_spans", "tag_sentences", "tag_tokens"]
