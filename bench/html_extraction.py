"""Main-text extraction from HTML pages (ScrapingHub article-extraction benchmark, mostly English).

Token-level precision/recall/F1 of the text lagebild ingests from each page against the ground-truth
article body; the text is counted after the clean stage (removed spans left out), since that is
what later stages read. Published reference: trafilatura alone about 0.958 F1.

usage: .venv/bin/python bench/html_extraction.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import shared  # noqa: E402

from lagebild.model import Problem  # noqa: E402
from lagebild.sources.decode import decode_bytes  # noqa: E402
from lagebild.sources.html import article_from_html  # noqa: E402
from lagebild.stages.clean import Clean  # noqa: E402

_TOKEN = re.compile(r"\w+", re.U)


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    p, g = Counter(_TOKEN.findall(pred.lower())), Counter(_TOKEN.findall(gold.lower()))
    common = sum((p & g).values())
    if not p or not g:
        return 0.0, 0.0, 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def main() -> None:
    root = shared("data", "scrapinghub_aeb")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    clean = Clean()
    rows = {"extracted": [], "after clean": []}
    problems = 0
    t0 = time.perf_counter()
    for key, item in sorted(truth.items()):
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        decoded = decode_bytes(raw)
        article = None if decoded.text is None else article_from_html(key, decoded.text)
        if article is None or isinstance(article, Problem):
            problems += 1
            for k in rows:
                rows[k].append((0.0, 0.0, 0.0))
            continue
        rows["extracted"].append(prf(article.text, item["articleBody"]))
        rows["after clean"].append(prf(clean.process(article).clean_text(), item["articleBody"]))
    seconds = time.perf_counter() - t0
    print(f"{len(truth)} pages, {problems} without usable text, {seconds:.1f} s ({len(truth) / seconds:.1f} pages/s)")
    for name, vals in rows.items():
        n = len(vals)
        p, r, f = (sum(v[i] for v in vals) / n for i in range(3))
        print(f"{name:<12} token P {p:.3f} R {r:.3f} F1 {f:.3f}  (reference: trafilatura about 0.958 F1)")


if __name__ == "__main__":
    main()
