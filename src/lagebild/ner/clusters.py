"""Word clusters from the multilingual Universal Sentence Encoder (shipped in a PyPI package).

Each word of a vocabulary is embedded on its own by USE (multilingual v3, pure numpy) and
assigned to the nearest of k centroids, at three granularities. Words that mean similar things
land in the same cluster ("Pjöngjang", "Teheran", "Kiew"), which tells the tagger about names it
never saw in training. ``build_clusters`` precomputes the clusters of a large vocabulary (the
name lists, Europeana Newspapers and the encoder's own whole-word pieces); at run time a word
outside it simply has no cluster feature. (Placing such words through the encoder's sub-word
embeddings gained 0.7 F1 points in cross-validation but cost 300 MB and 3 s of start-up.)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

FILE = Path(__file__).resolve().parents[1] / "resources" / "ner_clusters.npz"
SIZES = (50, 200, 800)


class Clusters:
    def __init__(self, path: Path = FILE) -> None:
        with np.load(path, allow_pickle=False) as z:
            words = z["words"].tolist()
            ids = z["ids"].tolist()
        self.known: dict[str, tuple[int, ...]] = {w: tuple(row) for w, row in zip(words, ids)}

    def lookup(self, tokens: list[str]) -> list[tuple[int, ...] | None]:
        """The cluster ids of each token (None for words outside the vocabulary)."""
        known = self.known
        return [known.get(t) for t in tokens]


def embeddable(token: str) -> bool:
    """Words worth a cluster: at least two characters, one of them a letter."""
    return len(token) > 1 and any(ch.isalpha() for ch in token)


@lru_cache(maxsize=1)
def clusters() -> Clusters | None:
    """The shipped clusters, or None when the file is missing (features then go without them)."""
    return Clusters() if FILE.exists() else None
