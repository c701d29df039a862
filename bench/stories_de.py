"""German story clustering: the example corpus (and the seeds, as one more story) mixed with
10kGNAD articles as distractors; B-cubed over the labelled articles.

The examples' stories come from tests/golden/examples.gold.json; the seeds form one story; the
10kGNAD articles are unlabelled distractors (they may pull labelled articles into wrong stories,
which costs precision, but are not scored themselves).

usage: .venv/bin/python bench/stories_de.py [--distractors N] [--set KEY=VALUE]...
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, SHARED, parse_settings  # noqa: E402
from ecbplus_clustering import b_cubed  # noqa: E402

from lagebild.config import Config  # noqa: E402
from lagebild.service import analyze  # noqa: E402
from lagebild.store import open_store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--distractors", type=int, default=200)
    ap.add_argument("--corpus", choices=("examples", "de2"), default="examples",
                    help="examples/corpus, or tests/corpus/de2 (written by a second author)")
    ap.add_argument("--set", action="append", default=[])
    args = ap.parse_args()
    cfg = Config().with_overrides(parse_settings(args.set))
    gold = json.loads((REPO / "tests" / "golden" / f"{args.corpus}.gold.json").read_text(encoding="utf-8"))
    annotated = {**gold["articles"], **gold.get("unscored_articles", {})}
    label = {k: (v["story"] or f"solo:{k}") for k, v in annotated.items()}
    label["valencia_paiporta_cp1252.txt"] = "valencia"  # left out of the gold file only for the scorer
    paths = [REPO / "examples" / "corpus" if args.corpus == "examples" else REPO / "tests" / "corpus" / "de2"]
    seeds = SHARED / "corpus" / "seeds"
    if seeds.exists():
        paths.append(seeds)
    gnad = SHARED / "corpus" / "10kgnad-test.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        if gnad.exists() and args.distractors:
            subset = Path(tmp) / "distractors.jsonl"
            with gnad.open(encoding="utf-8") as src:
                subset.write_text("".join(itertools.islice(src, args.distractors)), encoding="utf-8")
            paths.append(subset)
        corpus = analyze(paths, open_store(None), cfg).corpus
    story_of = {aid: s.id for s in corpus.stories for aid in s.article_ids}
    gold_of, pred_of = [], []
    for article in corpus.articles:
        name = article.input.rsplit("/", 1)[-1]
        if str(seeds) in article.input:
            gold_of.append("seeds")
        elif name in label:
            gold_of.append(label[name])
        else:
            continue
        pred_of.append(story_of[article.id])
    p, r, f = b_cubed(gold_of, pred_of)
    print(f"{len(corpus.articles)} articles ({len(gold_of)} labelled, {len(corpus.articles) - len(gold_of)} "
          f"distractors), {len(corpus.stories)} stories")
    print(f"labelled articles: B3 P {p:.3f} R {r:.3f} F1 {f:.3f} (threshold {cfg.cluster.threshold})")


if __name__ == "__main__":
    main()
