"""Near-copies: syndicated wire text and reprints count as one source.

Word 3-gram shingles of the kept text; MinHash LSH (datasketch) proposes
candidate pairs, exact Jaccard or containment on the shingle sets confirms
them. A shortened reprint (the second outlet dropped two paragraphs) is
caught by containment. Each group of copies points at one original: the
earliest published, else the longest, else the first ingested.
"""

from __future__ import annotations

import re
import zlib

from ..config import DedupeConfig
from ..model import Article, Corpus

_WORD = re.compile(r"\w+", re.U)


def shingles(text: str, size: int) -> set[int]:
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + size]).encode()) for i in range(len(words) - size + 1)}


def similarity(a: set[int], b: set[int]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger)."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def _original_key(article: Article, order: int) -> tuple:
    # Earliest known publication first; then the fuller text; then ingest order.
    pub = article.published.start or article.published.value
    return (pub is None, pub or "", -len(article.clean_text()), order)


class Dedupe:
    """Story-level stage: sets ``duplicate_of`` on near-copies."""

    name = "dedupe"
    kind = "corpus"
    requires = ("article.text", "article.removed")
    assigns = ("article.duplicate_of",)

    def __init__(self, cfg: DedupeConfig | None = None) -> None:
        self.cfg = cfg or DedupeConfig()

    def pairs(self, sets: list[set[int]]) -> list[tuple[int, int]]:
        """Index pairs (i < j) of texts that are near-copies."""
        from datasketch import MinHash, MinHashLSH

        cfg = self.cfg
        lsh = MinHashLSH(threshold=cfg.lsh_threshold, num_perm=cfg.num_perm)
        found: list[tuple[int, int]] = []
        for i, sh in enumerate(sets):
            if not sh:
                continue
            mh = MinHash(num_perm=cfg.num_perm, seed=1)
            mh.update_batch([x.to_bytes(4, "little") for x in sh])
            for j in lsh.query(mh):
                if self.is_copy(sets[j], sh):
                    found.append((j, i))
            lsh.insert(i, mh)
        return found

    def is_copy(self, a: set[int], b: set[int]) -> bool:
        jac, cont = similarity(a, b)
        if min(len(a), len(b)) < self.cfg.min_shingles:
            return jac >= self.cfg.short_jaccard
        return jac >= self.cfg.jaccard or cont >= self.cfg.containment

    def process(self, corpus: Corpus) -> Corpus:
        articles = list(corpus.articles)
        sets = [shingles(a.clean_text(" "), self.cfg.shingle) for a in articles]
        parent = list(range(len(articles)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, j in self.pairs(sets):
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
        groups: dict[int, list[int]] = {}
        for i in range(len(articles)):
            groups.setdefault(root(i), []).append(i)
        for members in groups.values():
            original = min(members, key=lambda i: _original_key(articles[i], i))
            for i in members:
                want = None if i == original else articles[original].id
                if articles[i].duplicate_of != want:
                    articles[i] = articles[i].replace(duplicate_of=want)
        return corpus.replace(articles=tuple(articles))
