"""German NER: cross-validated quality on GermEval 2014 dev and tokens per second.

1. Quality: K-fold cross-validation of the CRF on the GermEval 2014 dev split (the only split
   here; the test split is held out), strict outer-span F1 over the 12 classes (GermEval M1),
   beside the 2014 shared-task winner (79.1 on test) and the target (>= 80 on test).
2. Speed: the official scorer ../shared/eval/score_ner.py runs `lagebild entities` on the dev
   file (its F1 there is on training data and meaningless; only tokens/s counts), and tag_sentences()
   runs in this process on 10kGNAD sentences (new words go through the cluster map), warm.
   Target: >= 20,000 tokens/s on 2 cores.

usage: .venv/bin/python bench/ner.py [--folds K] [--skip-cv] [--gnad-docs N]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import shared  # noqa: E402

TOKEN = re.compile(r"\w+(?:[-.]\w+)*|[^\w\s]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--skip-cv", action="store_true")
    ap.add_argument("--gnad-docs", type=int, default=300)
    a = ap.parse_args()
    dev = shared("data", "germeval2014", "NER-de-dev.tsv")
    from lagebild.ner import tag_sentences, train

    if not a.skip_cv:
        t0 = time.perf_counter()
        f = train.cross_validate(train.read_germeval(dev), a.folds)
        print(f"quality: {a.folds}-fold CV strict F1 {100 * f:.1f} ({time.perf_counter() - t0:.0f} s); "
              f"GermEval 2014 winner 79.1 (test), target >= 80 (test)\n")
    exe = Path(sys.executable).with_name("lagebild")
    scorer = shared("eval", "score_ner.py")
    run = subprocess.run([sys.executable, str(scorer), "--data", str(dev), "--cmd",
                          f"{exe} entities --conll {{input}} --out {{output}}"], capture_output=True, text=True)
    res = json.loads(run.stdout)
    print(f"speed, score_ner.py on the dev file (whole command incl. start-up): {res['tokens']:,} tokens in "
          f"{res['seconds']} s = {res['tokens_per_s']:,} tokens/s")
    sentences = []
    with open(shared("corpus", "10kgnad-test.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= a.gnad_docs:
                break
            for s in re.split(r"(?<=[.!?])\s+", json.loads(line).get("text", "")):
                toks = TOKEN.findall(s)
                if toks:
                    sentences.append(toks)
    tag_sentences(sentences[:50])  # load model, gazetteer, clusters
    n = sum(map(len, sentences))
    t0 = time.perf_counter()
    tag_sentences(sentences)
    dt = time.perf_counter() - t0
    print(f"speed, tag_sentences() warm on {a.gnad_docs} 10kGNAD articles: {n:,} tokens in {dt:.2f} s = "
          f"{n / dt:,.0f} tokens/s (target >= 20,000)")


if __name__ == "__main__":
    main()
