"""Story clustering on ECB+ (English): B-cubed, ARI and NMI against its sub-topics (and topics).

The gold story of a document is its sub-topic: the topic number plus whether the file belongs to
the original ECB part ("1_10ecb.xml") or the ECB+ part ("1_10ecbplus.xml"). The two parts of a
topic describe two different events of the same kind (two celebrities entering rehab, two
earthquakes), which is what makes the task hard. Topic-level figures are printed for reference.

Documents are rebuilt from the tokens: words joined by spaces, sentences by newlines. Every
"ecbplus" file (and no "ecb" file) starts with the URL it was found at, tokenised as sentence 0;
it goes into the article's ``url`` field, not its text, since it would otherwise mark the part
(``--keep-url-line`` keeps it in the text). There are no publication dates.

usage: .venv/bin/python bench/ecbplus_clustering.py [--no-embeddings] [--set KEY=VALUE]...
       [--keep-url-line] [--tune]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import parse_settings, shared  # noqa: E402

from lagebild.config import Config  # noqa: E402
from lagebild.model import Article, Corpus  # noqa: E402
from lagebild.service import make_pipeline  # noqa: E402
from lagebild.sources.records import make_article  # noqa: E402

_TOKEN = re.compile(r'<token\b[^>]*\bsentence="(\d+)"[^>]*>(.*?)</token>', re.S)
PER_ARTICLE = ("clean", "segment", "language")


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    url: str | None
    subtopic: str  # "1ecb", "1ecbplus", ...
    topic: str  # "1", ...


def load_documents(root: Path, keep_url_line: bool = False) -> list[Doc]:
    """Every ECB+ document, sorted by topic number and file name."""
    docs = []
    for path in root.glob("*/*.xml"):
        sentences: dict[int, list[str]] = defaultdict(list)
        for sent, word in _TOKEN.findall(path.read_text(encoding="utf-8")):
            sentences[int(sent)].append(html.unescape(word))
        part = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
        url = None
        if part == "ecbplus" and sentences.get(0) and sentences[0][0].lower().startswith("http"):
            url = "".join(sentences[0])  # "http : / / www . x . com / a" -> "http://www.x.com/a"
            if not keep_url_line:
                del sentences[0]
        text = "\n".join(" ".join(sentences[k]) for k in sorted(sentences))
        topic = path.name.split("_")[0]
        docs.append(Doc(path.name, text, url, f"{topic}{part}", topic))
    docs.sort(key=lambda d: (int(d.topic), d.name))
    return docs


def make_articles(docs: list[Doc]) -> list[Article]:
    return [make_article(doc.name, doc.text, fields={"url": doc.url}) for doc in docs]


def prepare(cfg: Config, docs: list[Doc]) -> Corpus:
    """The corpus after the per-article stages and dedupe: what the cluster stage reads."""
    pipeline = make_pipeline(cfg.with_overrides({"stages": PER_ARTICLE + ("dedupe",)}))
    return pipeline.run(Corpus(articles=tuple(make_articles(docs))))


# -- scores -----------------------------------------------------------------------------------------
def contingency(gold: list, pred: list) -> np.ndarray:
    """Counts of (gold class, predicted cluster) as a dense matrix."""
    _, g = np.unique(np.asarray([str(x) for x in gold]), return_inverse=True)
    _, p = np.unique(np.asarray([str(x) for x in pred]), return_inverse=True)
    table = np.zeros((g.max() + 1, p.max() + 1), dtype=np.int64)
    np.add.at(table, (g, p), 1)
    return table


def b_cubed(gold: list, pred: list) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (Bagga & Baldwin 1998), items weighted equally.

    An item's precision is the share of its predicted cluster that shares its gold class; recall the
    share of its gold class that shares its predicted cluster. Summed per cell of the contingency
    table: each of the n_gp items of cell (g, p) has precision n_gp / n_p and recall n_gp / n_g.
    """
    table = contingency(gold, pred).astype(np.float64)
    n = table.sum()
    sq = table ** 2
    prec = float((sq / table.sum(axis=0, keepdims=True)).sum() / n)
    rec = float((sq / table.sum(axis=1, keepdims=True)).sum() / n)
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def ari(gold: list, pred: list) -> float:
    """Adjusted Rand index (Hubert & Arabie 1985)."""
    table = contingency(gold, pred).astype(np.float64)
    n = table.sum()

    def pairs(x):
        return (x * (x - 1) / 2).sum()

    index, sa, sb = pairs(table), pairs(table.sum(axis=1)), pairs(table.sum(axis=0))
    expected = sa * sb / pairs(np.array([n]))
    top = (sa + sb) / 2
    return float((index - expected) / (top - expected)) if top != expected else 1.0


def nmi(gold: list, pred: list) -> float:
    """Normalised mutual information, arithmetic-mean normalisation (sklearn's default)."""
    table = contingency(gold, pred).astype(np.float64)
    n = table.sum()
    pg, pp = table.sum(axis=1) / n, table.sum(axis=0) / n
    nz = table > 0
    pgp = table[nz] / n
    mi = float((pgp * np.log(pgp / np.outer(pg, pp)[nz])).sum())
    hg, hp = float(-(pg * np.log(pg)).sum()), float(-(pp * np.log(pp)).sum())
    if hg == 0 and hp == 0:
        return 1.0
    return mi / ((hg + hp) / 2) if hg + hp else 0.0


def scores(gold: list, pred: list) -> dict[str, float]:
    p, r, f = b_cubed(gold, pred)
    return {"P": p, "R": r, "F1": f, "ARI": ari(gold, pred), "NMI": nmi(gold, pred)}


def print_scores(gold_sub: list, gold_topic: list, pred: list) -> None:
    print(f"{'level':<11}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}{'ARI':>7}{'NMI':>7}{'gold':>6}{'pred':>6}")
    for level, gold in (("sub-topic", gold_sub), ("topic", gold_topic)):
        s = scores(gold, pred)
        print(f"{level:<11}{s['P']:>7.3f}{s['R']:>7.3f}{s['F1']:>7.3f}{s['ARI']:>7.3f}{s['NMI']:>7.3f}"
              f"{len(set(gold)):>6}{len(set(pred)):>6}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-embeddings", action="store_true", help="cluster.use_embeddings=false")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a Config override (repeatable)")
    ap.add_argument("--keep-url-line", action="store_true", help="leave the source URL of ecbplus files in the text")
    ap.add_argument("--tune", action="store_true", help="also run the grid of bench/tune_cluster.py")
    args = ap.parse_args()
    overrides = parse_settings(args.set)
    if args.no_embeddings:
        overrides["cluster.use_embeddings"] = "false"
    cfg = Config().with_overrides(overrides)
    docs = load_documents(shared("data", "ecbplus", "ECB+"), keep_url_line=args.keep_url_line)

    t0 = time.perf_counter()
    pipeline = make_pipeline(cfg.with_overrides({"stages": PER_ARTICLE + ("dedupe", "cluster")}))
    t_build = time.perf_counter() - t0
    t1 = time.perf_counter()
    corpus = pipeline.run(Corpus(articles=tuple(make_articles(docs))))
    t_run = time.perf_counter() - t1

    story_of = {aid: story.id for story in corpus.stories for aid in story.article_ids}
    pred = [story_of[a.id] for a in corpus.articles]
    gold_sub = [d.subtopic for d in docs]
    gold_topic = [d.topic for d in docs]
    c = cfg.cluster
    langs = Counter(a.language for a in corpus.articles)
    sizes = Counter(pred)
    print(f"ECB+: {len(docs)} documents, {len(set(gold_topic))} topics, {len(set(gold_sub))} sub-topics; "
          f"URL line {'kept in' if args.keep_url_line else 'moved out of'} the text")
    print(f"config: threshold {c.threshold}, w_lexical {c.w_lexical}, w_names {c.w_names}, "
          f"w_embedding {c.w_embedding}, use_embeddings {c.use_embeddings}, background {c.background}"
          + (f"; overrides {overrides}" if overrides else ""))
    index = {a.id: i for i, a in enumerate(corpus.articles)}
    copies = [i for i, a in enumerate(corpus.articles) if a.duplicate_of]
    wrong = sum(1 for i in copies if docs[index[corpus.articles[i].duplicate_of]].subtopic != docs[i].subtopic)
    print(f"time: build stages {t_build:.1f} s, run {t_run:.1f} s; languages {dict(langs.most_common())}; "
          f"near-copies {len(copies)} ({wrong} of them across sub-topics)")
    print(f"predicted clusters {len(sizes)} (singletons {sum(1 for v in sizes.values() if v == 1)}, "
          f"largest {max(sizes.values())}) vs gold {len(set(gold_sub))} sub-topics / {len(set(gold_topic))} topics")
    print_scores(gold_sub, gold_topic, pred)
    if args.tune:
        from tune_cluster import tune

        tune(cfg, docs, corpus)


if __name__ == "__main__":
    main()
