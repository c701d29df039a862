"""Train (and cross-validate) the German NER tagger: a linear-chain CRF over ``features``.

Data: GermEval 2014 (outer spans, 12 classes with deriv/part), optionally Europeana
Newspapers (PER/LOC/ORG, historic OCR, split into pseudo-sentences at full stops).

usage:
  .venv/bin/python -m lagebild.ner.train [--germeval FILE] [--europeana DIR] [--cv K] [--out FILE]
    (build the gazetteer and the word clusters first: lagebild.ner.build_gazetteer, build_clusters)
    --cv K   K-fold cross-validation on the GermEval file (strict outer-span F1, GermEval M1),
             printed per fold and in total; nothing is written
    default  trains on all of it and writes src/lagebild/resources/ner_de.crfsuite
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from . import entity_spans
from .features import sentence_features

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO / ".." / "shared" / "data"
OUT = Path(__file__).resolve().parents[1] / "resources" / "ner_de.crfsuite"
# the best of the few L1/L2 settings tried in 5-fold cross-validation on GermEval dev
# (c1/c2 0.05/0.05: 0.552 before clusters; 0.1/0.01: 0.547; 0.01/0.1 about the same)
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def read_germeval(path: Path) -> list[tuple[list[str], list[str]]]:
    sents, toks, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        cols = line.split("\t")
        toks.append(cols[1])
        tags.append(cols[2])
    if toks:
        sents.append((toks, tags))
    return sents


def read_europeana(folder: Path, max_len: int = 60) -> list[tuple[list[str], list[str]]]:
    sents = []
    for path in sorted(folder.glob("*.bio")):
        toks, tags = [], []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) != 2:
                continue
            tag = parts[1] if parts[1] in ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG") else "O"
            toks.append(parts[0])
            tags.append(tag)
            if (parts[0] in (".", "!", "?") and tag == "O") or len(toks) >= max_len:
                sents.append((toks, tags))
                toks, tags = [], []
        if toks:
            sents.append((toks, tags))
    return sents


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Outer chunks as the GermEval scorer reads them (an I- of another label opens a chunk)."""
    return set(entity_spans(tags))


def train(sents, out: Path, params: dict | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        trainer.append(sentence_features(toks), tags)
    trainer.set_params(dict(PARAMS, **(params or {})))
    trainer.train(str(out))


def evaluate(model: Path, sents) -> tuple[int, int, int]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tp = n_pred = n_gold = 0
    for toks, tags in sents:
        pred = tagger.tag(sentence_features(toks))
        g, p = spans(tags), spans(pred)
        tp += len(g & p)
        n_pred += len(p)
        n_gold += len(g)
    return tp, n_pred, n_gold


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(sents, k: int, extra=(), params: dict | None = None, seed: int = 13) -> float:
    import tempfile

    order = list(range(len(sents)))
    random.Random(seed).shuffle(order)
    folds = [order[i::k] for i in range(k)]
    total = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for n, fold in enumerate(folds, 1):
            held = set(fold)
            train_set = [s for i, s in enumerate(sents) if i not in held] + list(extra)
            model = Path(tmp) / f"fold{n}.crfsuite"
            t0 = time.perf_counter()
            train(train_set, model, params)
            counts = evaluate(model, [sents[i] for i in fold])
            total = [a + b for a, b in zip(total, counts)]
            p, r, f = f1(*counts)
            print(f"fold {n}/{k}: P {p:.3f} R {r:.3f} F1 {f:.3f} ({time.perf_counter() - t0:.0f} s)", flush=True)
    p, r, f = f1(*total)
    print(f"cross-validated ({k} folds, {len(sents)} sentences): P {p:.3f} R {r:.3f} strict F1 {f:.3f}")
    return f


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--germeval", type=Path, default=SHARED / "germeval2014" / "NER-de-dev.tsv")
    ap.add_argument("--europeana", type=Path, default=None,
                    help="also train on Europeana Newspapers (DIR); off by default: in 5-fold CV it lowered "
                         "GermEval F1 (historic OCR text, no OTH class)")
    ap.add_argument("--cv", type=int, default=0)
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args(argv)
    if not a.germeval.exists():
        sys.exit(f"train: {a.germeval} is not available")
    sents = read_germeval(a.germeval)
    extra = []
    if a.europeana is not None and a.europeana.exists():
        extra = read_europeana(a.europeana)
    params = {"c1": a.c1, "c2": a.c2}
    if a.cv:
        cross_validate(sents, a.cv, extra, params)
        return
    t0 = time.perf_counter()
    train(sents + extra, a.out, params)
    print(f"trained on {len(sents)} GermEval + {len(extra)} Europeana sentences in {time.perf_counter() - t0:.0f} s "
          f"-> {a.out} ({a.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
