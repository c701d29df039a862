"""Actor linking: accuracy on the alias and metonymy table of the tests, by group, and speed.

The table (tests/actors/test_alias_table.py, 414 German cases written for lagebild) pairs a text,
its date and a surface form with the actor id it must link to. Accuracy = share of cases whose
overlapping mention has that id; printed per group (state names, inflection, adjectives,
demonyms, metonyms, office phrases, people, organisations), with and without the NER tagger.
Speed: link() on 10kGNAD articles (mentions per article and articles per second).

usage: .venv/bin/python bench/actors.py [--gnad-docs N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import shared  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gnad-docs", type=int, default=300)
    a = ap.parse_args()
    from lagebild.actors.link import link
    from tests.actors import test_alias_table as table

    groups = ["STATE_ALIASES", "STATE_INFLECTION", "ADJECTIVES", "DEMONYMS", "METONYMS", "OFFICES", "PEOPLE",
              "ORGANISATIONS"]
    print(f"{'group':18s} {'cases':>5s} {'with NER':>9s} {'KB only':>8s}")
    totals = [0, 0, 0]
    for name in groups:
        cases = getattr(table, name)
        right = [0, 0]
        for case in cases:
            text, when, surface, expected = case.values
            for k, use_ner in enumerate((True, False)):
                m = table._mention_at(link(text, when, use_ner=use_ner), text, surface)
                right[k] += int(m is not None and m.actor_id == expected)
        totals = [totals[0] + len(cases), totals[1] + right[0], totals[2] + right[1]]
        print(f"{name.lower():18s} {len(cases):5d} {right[0] / len(cases):9.3f} {right[1] / len(cases):8.3f}")
    print(f"{'all':18s} {totals[0]:5d} {totals[1] / totals[0]:9.3f} {totals[2] / totals[0]:8.3f}")
    from lagebild.actors.kb import knowledge_base

    known = knowledge_base().actors
    negatives = table.NEGATIVES
    wrong = 0
    for case in negatives:
        text, surface, forbidden = case.values
        m = table._mention_at(link(text, table.D), text, surface)
        wrong += int(m is not None and (m.actor_id in known if forbidden is None else m.actor_id == forbidden))
    print(f"negatives wrongly linked: {wrong} of {len(negatives)}\n")

    if a.gnad_docs <= 0:
        return
    texts = []
    with open(shared("corpus", "10kgnad-test.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= a.gnad_docs:
                break
            texts.append(json.loads(line).get("text", ""))
    link(texts[0], None)
    for use_ner in (True, False):
        t0 = time.perf_counter()
        n = sum(len(link(t, None, use_ner=use_ner)) for t in texts)
        dt = time.perf_counter() - t0
        print(f"speed ({'with' if use_ner else 'without'} NER): {len(texts)} 10kGNAD articles in {dt:.2f} s = "
              f"{len(texts) / dt:.0f} articles/s, {n / len(texts):.1f} mentions an article")


if __name__ == "__main__":
    main()
