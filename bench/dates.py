"""German temporal tagging: quality on WikiWarsDE, speed on one core, and dateparser side by side.

1. Quality: the official scorer ../shared/eval/score_timex.py runs `lagebild dates {file}
   --reference {dct} --mode narrative` on each WikiWarsDE document (a subprocess per document) and
   its strict F1, lenient F1, value accuracy and lenient+value F1 are printed beside HeidelTime 2.2
   on the same half (../shared/eval/README.md). Target: lenient+value F1 >= 85.
2. Speed, in this process, pinned to one core (OMP/OPENBLAS/MKL threads set to 1 before any
   import; the tagger is pure Python anyway): tokens per second of `lagebild.dates.tag()` over
   (a) the WikiWarsDE texts, exactly as the scorer gives them (the .sgm with every <...> removed),
   mode narrative, reference = the document's DATETIME, and (b) the 10kGNAD test articles
   (../shared/corpus/10kgnad-test.jsonl, field "text"; the records carry no date, so mode news
   with the fixed reference 2016-06-01). Tokens = len(re.findall(r"\\w+|[^\\w\\s]", text)).
   Start-up (import + the first call of each mode, which builds the regexes) is reported apart;
   the throughput is the warm one. Target: >= 20,000 tokens/s on one core.
3. dateparser (`pip install -e '.[bench]'`), in the same run, on one core too:
   dateparser.search.search_dates(text, languages=["de"], settings={"RELATIVE_BASE": reference})
   on all of WikiWarsDE and the first --dateparser-docs 10kGNAD articles (measured here: ~9,000
   tokens/s, i.e. ~7 s for WikiWarsDE and ~15 s for 300 articles; all 1,028 take ~45 s). It gives
   (text, datetime) pairs without offsets: they are located in order with str.find from the end
   of the previous one. Its lenient extent F1 uses the scorer's own matching (score_doc/metrics,
   imported from ../shared/eval at run time). Its lenient+value F1 is a rough figure: a datetime
   counts as the right value when it agrees with the gold VAL at the gold's precision (YYYY-MM-DD,
   YYYY-MM or YYYY prefix); gold durations, decades, sets and references can never be right.
   lagebild's row in that table uses the same matching on tag()'s output in this process (its
   own values, not the CLI), on the same texts, so the extent columns compare like with like.

--limit N uses the first N WikiWarsDE documents and 10kGNAD articles (the scorer then runs on a
temporary copy of the first N documents: not comparable with HeidelTime's figures).

usage: .venv/bin/python bench/dates.py [--limit N] [--skip-quality] [--dump DIR]
       [--dateparser-docs N] [--no-dateparser]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import shlex  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import shared  # noqa: E402

TOKEN = re.compile(r"\w+|[^\w\s]")
GNAD_REFERENCE = "2016-06-01"
HEIDELTIME = {"strict_f1": 87.47, "lenient_f1": 93.23, "value_acc": 87.18, "lenient_value_f1": 81.27}
TARGET_LENIENT_VALUE, TARGET_TOKENS_PER_S = 85.0, 20_000
INSTALL_HINT = ".venv/bin/pip install -e '.[bench]'"


def tokens(text: str) -> int:
    return len(TOKEN.findall(text))


def lagebild_command() -> str:
    script = Path(sys.executable).parent / "lagebild"
    base = shlex.quote(str(script)) if script.exists() else f"{shlex.quote(sys.executable)} -m lagebild"
    return base + " dates {file} --reference {dct} --mode narrative"


def run_scorer(scorer: Path, data: Path, docs: list[str], limit: int, dump: str | None) -> int:
    """Run score_timex.py on WikiWarsDE (or a copy of its first `limit` documents); 0 on success."""
    with tempfile.TemporaryDirectory(prefix="bench_dates_") as tmp:
        if limit:
            for sub in ("in", "key"):
                os.makedirs(Path(tmp, sub))
            for doc in docs:
                os.symlink(data / "in" / f"{doc}.sgm", Path(tmp, "in", f"{doc}.sgm"))
                for key in (data / "key").glob(f"{doc}.key*"):
                    os.symlink(key, Path(tmp, "key", key.name))
            data = Path(tmp)
        cmd = [sys.executable, str(scorer), "--data", str(data), "--cmd", lagebild_command()]
        if dump:
            cmd += ["--dump", dump]
        t0 = time.perf_counter()
        run = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)  # stderr passes through
        wall = time.perf_counter() - t0
    if run.returncode != 0:
        print(f"quality: the scorer failed (exit {run.returncode}); command: {shlex.join(cmd)}")
        return 1
    res = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"quality (score_timex.py, {res['docs']} documents, {res['gold']} gold TIMEX2, {res['pred']} predicted, "
          f"{wall:.1f} s wall, tagger {res['seconds']:.1f} s; HeidelTime took 44 s in Java)"
          + ("  [--limit: not comparable with HeidelTime]" if limit else ""))
    print(f"  {'metric':<22}{'lagebild':>10}{'HeidelTime':>12}{'target':>9}")
    for key, name in (("strict_f1", "strict F1"), ("lenient_f1", "lenient F1"),
                      ("value_acc", "value accuracy"), ("lenient_value_f1", "lenient+value F1")):
        target = f">= {TARGET_LENIENT_VALUE:.0f}" if key == "lenient_value_f1" else ""
        print(f"  {name:<22}{res[key]:>10.2f}{HEIDELTIME[key]:>12.2f}{target:>9}")
    print(f"  (P/R lenient {res['lenient_p']:.2f}/{res['lenient_r']:.2f}, lenient+value {res['lenient_value_p']:.2f}/"
          f"{res['lenient_value_r']:.2f}; invalid lines {res['pred_invalid']}, text mismatches {res['pred_text_mismatch']})"
          + (f"; per-document JSON in {dump}" if dump else ""))
    return 0


def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError) as exc:
        return f"not pinned ({exc})"


def timed_run(fn, texts: list[tuple[str, str]]) -> tuple[list[float], list[list]]:
    """fn(text, reference) over every text -> (seconds per text, results per text)."""
    secs, results = [], []
    for text, ref in texts:
        t0 = time.perf_counter()
        out = list(fn(text, ref) or [])
        secs.append(time.perf_counter() - t0)
        results.append(out)
    return secs, results


def locate(text: str, pairs) -> tuple[list[dict], int]:
    """dateparser's (matched text, datetime) pairs -> predictions with offsets, found in order."""
    preds, pos, lost = [], 0, 0
    for found, when in pairs:
        start = text.find(found, pos)
        if start < 0 and preds:
            start = text.find(found, preds[-1]["start"])
        if start < 0:
            lost += 1
            continue
        pos = start + len(found)
        preds.append({"start": start, "end": pos, "text": found, "when": when, "value": None})
    return preds, lost


def date_at_gold_precision(pred: dict, gold: list[dict]) -> str | None:
    """The datetime as the overlapping gold VAL would be written if it is a date (else YYYY-MM-DD)."""
    best = max((g for g in gold if g["start"] < pred["end"] and pred["start"] < g["end"]),
               key=lambda g: min(g["end"], pred["end"]) - max(g["start"], pred["start"]), default=None)
    when = pred["when"]
    day = f"{when.year:04d}-{when.month:02d}-{when.day:02d}"
    m = re.match(r"\d{4}(-\d{2}(-\d{2})?)?(?!\d)", (best or {}).get("value") or "")
    if m and day[:len(m.group(0))] == m.group(0):
        return best["value"]  # right at the gold's precision (any time-of-day part is not checked)
    return day


def extent_scores(score_timex, gold_docs: list[list[dict]], pred_docs: list[list[dict]]) -> dict:
    total = dict.fromkeys(score_timex.COUNT_KEYS, 0)
    for gold, pred in zip(gold_docs, pred_docs):
        counts = score_timex.score_doc([dict(g) for g in gold], pred)
        for key in total:
            total[key] += counts[key]
    return score_timex.metrics(total)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N WikiWarsDE documents and 10kGNAD articles")
    ap.add_argument("--skip-quality", action="store_true", help="do not run the official scorer")
    ap.add_argument("--dump", metavar="DIR", help="passed to the scorer's --dump: <doc>.json with gold, predictions, matches")
    ap.add_argument("--dateparser-docs", type=int, default=300, metavar="N",
                    help="10kGNAD articles given to dateparser (default 300; 0 = all); it always gets all of WikiWarsDE")
    ap.add_argument("--no-dateparser", action="store_true", help="skip the dateparser comparison")
    args = ap.parse_args()
    data = shared("data", "wikiwarsde")
    gnad_path = shared("corpus", "10kgnad-test.jsonl")
    scorer = shared("eval", "score_timex.py")
    sys.path.insert(0, str(scorer.parent))
    import score_timex

    docs = sorted(p.stem for p in (data / "in").glob("*.sgm"))[: args.limit or None]
    ww = [score_timex.load_document(str(data), doc, score_timex.DEFAULT_DCT) for doc in docs]
    ww_texts = [(text, dct) for text, dct, _, _ in ww]
    ww_gold = [score_timex.load_gold(str(data), doc, text)[0] for doc, (text, _) in zip(docs, ww_texts)]
    with gnad_path.open(encoding="utf-8") as fh:
        gnad = [json.loads(line)["text"] for line in fh if line.strip()][: args.limit or None]
    gnad_texts = [(text, GNAD_REFERENCE) for text in gnad]
    ww_tok, gnad_tok = [tokens(t) for t, _ in ww_texts], [tokens(t) for t, _ in gnad_texts]
    print(f"texts: WikiWarsDE {len(docs)} documents, {sum(ww_tok):,} tokens, {sum(map(len, ww_gold))} gold TIMEX2 "
          f"(mode narrative, reference = DATETIME); 10kGNAD test {len(gnad)} articles, {sum(gnad_tok):,} tokens "
          f"(mode news, reference {GNAD_REFERENCE}); tokens = len(re.findall(r'\\w+|[^\\w\\s]', text))")
    status = 0

    try:
        t0 = time.perf_counter()
        from lagebild.dates import tag
        t_import = time.perf_counter() - t0
    except Exception as exc:  # not written yet, or half-written
        tag = None
        print(f"\nlagebild.dates is not available ({type(exc).__name__}: {exc}): skipping quality and lagebild's speed")
    if tag is not None and not args.skip_quality:
        print()
        status = run_scorer(scorer, data, docs, args.limit, args.dump)

    print(f"\nspeed: one process, {pin_one_core()}, BLAS/OpenMP threads 1, 1-min load average {os.getloadavg()[0]:.1f}")
    rows = []  # (tool, tok/s WW, tok/s GNAD subset, n WW, n GNAD subset, metrics on WW or None)
    k = len(gnad) if args.dateparser_docs <= 0 else min(args.dateparser_docs, len(gnad))
    if tag is not None:
        t0 = time.perf_counter()
        tag("Am 3. Mai 1945, zwei Tage später, im Frühjahr.", reference=GNAD_REFERENCE, mode="news")
        t_news = time.perf_counter() - t0
        t0 = time.perf_counter()
        tag("Am 3. Mai 1945, zwei Tage später, im Frühjahr.", reference=GNAD_REFERENCE, mode="narrative")
        t_narr = time.perf_counter() - t0
        print(f"  lagebild start-up (once): import {t_import:.3f} s, first call news {t_news:.3f} s, "
              f"first call narrative {t_narr:.3f} s")
        ww_secs, ww_found = timed_run(lambda t, r: tag(t, reference=r, mode="narrative"), ww_texts)
        gn_secs, gn_found = timed_run(lambda t, r: tag(t, reference=r, mode="news"), gnad_texts)
        for name, secs, found, toks in (("WikiWarsDE", ww_secs, ww_found, ww_tok), ("10kGNAD", gn_secs, gn_found, gnad_tok)):
            print(f"  lagebild tag() warm, {name:<10}: {sum(toks):>8,} tokens in {sum(secs):6.2f} s = "
                  f"{sum(toks) / max(sum(secs), 1e-9):>9,.0f} tokens/s, {sum(map(len, found)):,} expressions")
        all_secs, all_tok = sum(ww_secs) + sum(gn_secs), sum(ww_tok) + sum(gnad_tok)
        print(f"  lagebild overall: {all_tok / max(all_secs, 1e-9):,.0f} tokens/s (target >= {TARGET_TOKENS_PER_S:,} on one core)")
        preds = [[{"start": f.start, "end": f.end, "text": f.text, "value": f.value} for f in found] for found in ww_found]
        rows.append(("lagebild", sum(ww_tok) / max(sum(ww_secs), 1e-9), sum(gnad_tok[:k]) / max(sum(gn_secs[:k]), 1e-9),
                     sum(map(len, ww_found)), sum(map(len, gn_found[:k])), extent_scores(score_timex, ww_gold, preds)))

    if not args.no_dateparser:
        try:
            t0 = time.perf_counter()
            from dateparser.search import search_dates
            t_dp_import = time.perf_counter() - t0
        except ImportError:
            search_dates = None
            print(f"  dateparser is not installed: skipping the comparison (install it with {INSTALL_HINT})")
        if search_dates is not None:
            def dp(text: str, ref: str):
                base = datetime.fromisoformat(ref)
                try:
                    return search_dates(text, languages=["de"], settings={"RELATIVE_BASE": base})
                except TypeError:  # an older dateparser without that setting
                    return search_dates(text, languages=["de"])
            t0 = time.perf_counter()
            dp("Am 3. Mai 1945, zwei Tage später.", GNAD_REFERENCE)
            print(f"  dateparser start-up (once): import {t_dp_import:.3f} s, first call {time.perf_counter() - t0:.3f} s")
            ww_secs, ww_found = timed_run(dp, ww_texts)
            gn_secs, gn_found = timed_run(dp, gnad_texts[:k])
            for name, secs, found, toks in (("WikiWarsDE", ww_secs, ww_found, ww_tok), (f"10kGNAD[:{k}]", gn_secs, gn_found, gnad_tok[:k])):
                print(f"  dateparser warm, {name:<13}: {sum(toks):>8,} tokens in {sum(secs):6.2f} s = "
                      f"{sum(toks) / max(sum(secs), 1e-9):>9,.0f} tokens/s, {sum(map(len, found)):,} expressions")
            located = [locate(text, found) for (text, _), found in zip(ww_texts, ww_found)]
            preds = [p for p, _ in located]
            for doc_preds, gold in zip(preds, ww_gold):
                for p in doc_preds:
                    p["value"] = date_at_gold_precision(p, gold)
            lost = sum(n for _, n in located)
            if lost:
                print(f"  dateparser: {lost} matched strings could not be located in the text (left out)")
            rows.append(("dateparser", sum(ww_tok) / max(sum(ww_secs), 1e-9), sum(gnad_tok[:k]) / max(sum(gn_secs), 1e-9),
                         sum(map(len, ww_found)), sum(map(len, gn_found)),
                         extent_scores(score_timex, ww_gold, [[{key: v for key, v in p.items() if key != "when"} for p in d]
                                                             for d in preds])))

    if rows:
        print(f"\nside by side (same texts: WikiWarsDE, {sum(map(len, ww_gold))} gold; 10kGNAD first {k} articles, "
              f"{sum(gnad_tok[:k]):,} tokens); F1 computed in this process with the scorer's matching")
        print(f"  {'tool':<11}{'tok/s WW':>10}{'tok/s GNAD':>12}{'found WW':>10}{'found GNAD':>12}"
              f"{'lenient F1':>12}{'P/R':>13}{'len+val F1':>12}")
        for tool, ww_rate, gn_rate, n_ww, n_gn, m in rows:
            print(f"  {tool:<11}{ww_rate:>10,.0f}{gn_rate:>12,.0f}{n_ww:>10,}{n_gn:>12,}{m['lenient_f1']:>12.2f}"
                  f"{m['lenient_p']:>6.1f}/{m['lenient_r']:<6.1f}{m['lenient_value_f1']:>12.2f}"
                  + ("  (rough: datetime vs gold VAL prefix)" if tool == "dateparser" else ""))
        print(f"  HeidelTime (Java, scorer): lenient F1 {HEIDELTIME['lenient_f1']}, lenient+value F1 "
              f"{HEIDELTIME['lenient_value_f1']}; targets: lenient+value >= {TARGET_LENIENT_VALUE:.0f}, "
              f">= {TARGET_TOKENS_PER_S:,} tokens/s")
    return status


if __name__ == "__main__":
    sys.exit(main())
