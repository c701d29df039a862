"""Cross-source verification: inject one error per story into multi-article stories written for
lagebild, run the whole pipeline, and count how many errors are flagged with the right outlier,
per kind, and how many false flags the unchanged stories get.

Stories: bench/data/verify/<split>/ (plain-text articles and gold.json, format: the shared
scorer's gold plus "mentions": every sentence that reports a key event, with the words naming its
actors, date, number and place, and the author's own negated and role-swapped versions of it).
  dev      4 stories x 5 articles (hafenstreik, erdbeben, korruption, kaukasus); tuned on
  dev2     4 stories x 5 articles by a second author (AUTHORING.md); scored on arrival, then tuned on
  dev3     4 stories x 5 articles by a third author (AUTHORING.md); scored on arrival, then tuned on
  heldout  4 stories x 5 articles by another author; never tuned on

Kinds of injected error (each variant corpus has one error in every story, all of one kind):
  actor     an actor's words replaced by another actor of the same kind, from the story or another one
  date      a weekday moved by two days, or a day of the month by three ("am 14. März" -> "am 17. März")
  number    the key number changed (x 1.5 + 3, written as digits)
  negation  the author's negated sentence ("... haben den Vertrag nicht unterzeichnet")
  role      the author's sentence with agent and target exchanged
  place     the place replaced by the place of another story

The statement changed is chosen at random (seeded) among those whose event at least two other
independent articles report, so that a majority exists. The shared scorer
(../shared/eval/score_dossier.py) judges each dossier at the default threshold.

usage: .venv/bin/python bench/verify.py [--split dev|dev2|dev3|heldout|all] [--rounds N] [--seed S] [--show]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, SHARED  # noqa: E402

from lagebild.config import Config  # noqa: E402
from lagebild.render.dossier import build_dossier  # noqa: E402
from lagebild.service import analyze, make_pipeline  # noqa: E402
from lagebild.store import open_store  # noqa: E402

DATA = REPO / "bench" / "data" / "verify"
SPLITS = ("dev", "dev2", "dev3", "heldout")
KINDS = ("actor", "date", "number", "negation", "role", "place")
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
NUMBER_WORDS = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
                "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "hundert": 100, "tausend": 1000}


# -- mutations --------------------------------------------------------------------------------------

def change_date(words: str) -> str | None:
    for i, wd in enumerate(WEEKDAYS):
        if wd in words:
            return words.replace(wd, WEEKDAYS[(i + 2) % 7], 1)
    m = re.search(r"\b(\d{1,2})\.(\s*)(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\d{1,2}\.)", words)
    if m:
        day = int(m.group(1))
        new = day + 3 if day <= 25 else day - 3
        return words[:m.start(1)] + str(new) + words[m.end(1):]
    if "gestern" in words.lower():
        return re.sub("[Gg]estern", lambda g: "Vor einer Woche" if g.group(0)[0] == "G" else "vor einer Woche", words, 1)
    return None


def change_number(words: str) -> str | None:
    m = re.search(r"\d[\d.]*(?:,\d+)?", words)
    if m:
        raw = m.group(0)
        value = float(raw.replace(".", "").replace(",", "."))
        new = value * 1.5 + 3
        text = f"{new:,.0f}".replace(",", ".") if new >= 10 else str(int(new))
        if "," in raw:
            text = f"{new:.1f}".replace(".", ",")
        return words[:m.start()] + text + words[m.end():]
    low = words.lower()
    for w, v in NUMBER_WORDS.items():
        if re.search(rf"\b{w}\b", low):
            return re.sub(rf"\b{w}\b", str(int(v * 1.5 + 3)), words, count=1, flags=re.I)
    return None


def independent(files: list[str], gold: dict, exclude: str) -> list[str]:
    """The other files of an event, one per independent outlet (near-copies and one outlet count once)."""
    def root(f: str) -> str:
        seen = set()
        while gold["articles"].get(f, {}).get("duplicate_of") and f not in seen:
            seen.add(f)
            f = gold["articles"][f]["duplicate_of"]
        return f

    def outlet(f: str) -> str:
        return (gold["articles"].get(root(f), {}).get("source") or root(f)).lower()

    mine = outlet(exclude)
    out: dict[str, str] = {}
    for f in files:
        if f != exclude and outlet(f) != mine:
            out.setdefault(outlet(f), f)
    return sorted(out.values())


def candidates(gold: dict, story: str, kind: str, pools: dict) -> list[dict]:
    """Every (mention, new sentence) of one story that can carry an error of this kind."""
    events = {e["id"]: e for e in gold["events"]}
    out = []
    for m in gold["mentions"]:
        ev = events.get(m["event"])
        if ev is None or ev["story"] != story:
            continue
        others = independent(ev["mentioned_in"], gold, m["file"])
        if len(others) < 2:
            continue
        s, slots = m["sentence"], m.get("slots") or {}
        new = None
        if kind == "negation":
            new = m.get("negated")
        elif kind == "role":
            new = m.get("roles_swapped")
        elif kind == "date" and slots.get("date"):
            changed = change_date(slots["date"])
            new = s.replace(slots["date"], changed, 1) if changed else None
        elif kind == "number" and slots.get("number"):
            changed = change_number(slots["number"])
            new = s.replace(slots["number"], changed, 1) if changed else None
        elif kind == "actor" and slots.get("actors"):
            a = slots["actors"][0]
            names = {x["text"] for x in slots["actors"]} | {alias for g in ev["actors"] for alias in g}
            pool = [x for x in pools["actor"].get(a["kind"], []) if x["text"] not in names and x["text"] not in s]
            if pool:
                pick = sorted(pool, key=lambda x: (x["story"] == story, x["text"]))[0 if len(pool) < 2 else zlib.crc32(s.encode()) % len(pool)]
                new = s.replace(a["text"], pick["text"], 1)
        elif kind == "place" and slots.get("place"):
            pool = [p for p in pools["place"] if p["story"] != story and p["text"] != slots["place"]]
            if pool:
                new = s.replace(slots["place"], pool[zlib.crc32(s.encode()) % len(pool)]["text"], 1)
        if new and new != s:
            out.append({"file": m["file"], "sentence": s, "new": new, "kind": kind, "contradicted_by": others,
                        "event": m["event"]})
    return out


def pools_of(golds: list[dict]) -> dict:
    actor: dict[str, list[dict]] = defaultdict(list)
    place: list[dict] = []
    for gold in golds:
        story_of_event = {e["id"]: e["story"] for e in gold["events"]}
        for m in gold["mentions"]:
            story = story_of_event.get(m["event"])
            slots = m.get("slots") or {}
            for a in slots.get("actors") or []:
                if not any(x["text"] == a["text"] for x in actor[a["kind"]]):
                    actor[a["kind"]].append({"text": a["text"], "story": story})
            if slots.get("place") and slots["place"].split()[0] in ("in", "im", "In", "Im"):
                if not any(p["text"] == slots["place"] for p in place):
                    place.append({"text": slots["place"], "story": story})
    return {"actor": actor, "place": place}


# -- running ----------------------------------------------------------------------------------------

def run_corpus(corpus_dir: Path, gold: dict, pipeline, cfg: Config, work: Path) -> dict:
    result = analyze([corpus_dir], open_store(None), cfg, pipeline=pipeline)
    dossier = build_dossier(result.corpus, "2026-01-01T00:00:00Z", result.problems)
    out, gold_file = work / "dossier.json", work / "gold.json"
    out.write_text(json.dumps(dossier, ensure_ascii=False), encoding="utf-8")
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    scorer = SHARED / "eval" / "score_dossier.py"
    done = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_file), "--corpus", str(corpus_dir),
                           "--dossier", str(out)], capture_output=True, text=True, check=True)
    metrics = json.loads(done.stdout)
    metrics["_dossier"] = dossier
    return metrics


def hits(metrics: dict, manipulations: list[dict]) -> tuple[list[bool], list[bool]]:
    """Per manipulation: flagged at all, and flagged as the outlier (re-derived from the dossier)."""
    dossier = metrics["_dossier"]
    by_id = {a["id"]: a["input"].rsplit("/", 1)[-1] for a in dossier["articles"]}
    found, outlier = [], []
    for man in manipulations:
        f, hit, out = man["file"], False, False
        for c in dossier["contradictions"]:
            if c["score"] < 0.5:
                continue
            for side, s in [("claim", c["claim"])] + [("other", x) for x in c["conflicts_with"]]:
                if by_id.get(s["article_id"]) == f and man["sentence"] in s["text"] or \
                        (by_id.get(s["article_id"]) == f and s["text"] in man["sentence"]):
                    hit = True
                    out = out or side == "claim"
        found.append(hit)
        outlier.append(out)
    return found, outlier


def diagnose(dossier: dict, change: dict) -> str:
    """Why an injected error was missed: no event from its sentence, or an event no other article shares."""
    by_id = {a["id"]: a["input"].rsplit("/", 1)[-1] for a in dossier["articles"]}
    seen = []
    for e in dossier["events"]:
        for ev in e["evidence"]:
            if by_id.get(ev["article_id"]) == change["file"] and (change["new"] in ev["text"] or ev["text"] in change["new"]):
                seen.append(f"{e['type']} in {len(e['article_ids'])} article(s) [{e['status']}]")
    return "events from it: " + ("; ".join(seen) if seen else "none")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS + ("all",), default="all")
    ap.add_argument("--rounds", type=int, default=2, help="variant corpora per kind (each with one error per story)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", action="store_true", help="print every injected error and false flag")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score_dossier.py").exists():
        sys.exit("needs ../shared/eval/score_dossier.py")
    splits = list(SPLITS) if args.split == "all" else [args.split]
    splits = [s for s in splits if (DATA / s / "gold.json").exists()]
    golds = {s: json.loads((DATA / s / "gold.json").read_text(encoding="utf-8")) for s in splits}
    # swaps draw on every story written (both splits), whichever split is run, so figures do not
    # depend on --split
    pools = pools_of([json.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*/gold.json"))])
    cfg = Config()
    pipeline = make_pipeline(cfg)
    for split in splits:
        gold = golds[split]
        base_gold = {**gold, "manipulations": []}
        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            base = run_corpus(DATA / split, base_gold, pipeline, cfg, work)
            print(f"\n{split}: {len(gold['articles'])} articles, {len(gold['stories'])} stories, "
                  f"{len(gold['events'])} key events")
            print(f"  unchanged: events found {base['events_found']}, dated right {base['events_dated_right']}, "
                  f"published {base['published']}, false flags {base['false_contradictions']}, "
                  f"contested shown {sum(1 for c in base['_dossier']['contradictions'] if c['score'] < 0.5)}")
            if args.show:
                for c in base["_dossier"]["contradictions"]:
                    if c["score"] >= 0.5:
                        print(f"    FALSE {c['kind']} {c['score']}: {c['explanation']} | {c['claim']['text'][:100]}")
            per_kind: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
            false_flags: list[int] = []
            true_flags: list[int] = []
            for kind in KINDS:
                for r in range(args.rounds):
                    rng = random.Random(f"{args.seed}:{kind}:{r}")
                    chosen = []
                    for story in sorted(gold["stories"]):
                        cands = candidates(gold, story, kind, pools)
                        if cands:
                            chosen.append(rng.choice(cands))
                    if not chosen:
                        continue
                    vdir = work / f"{kind}{r}"
                    shutil.copytree(DATA / split, vdir, ignore=shutil.ignore_patterns("gold.json"))
                    for ch in chosen:
                        p = vdir / ch["file"]
                        text = p.read_text(encoding="utf-8")
                        assert ch["sentence"] in text, ch
                        p.write_text(text.replace(ch["sentence"], ch["new"], 1), encoding="utf-8")
                    mans = [{"file": c["file"], "sentence": c["new"], "kind": kind, "contradicted_by": c["contradicted_by"]}
                            for c in chosen]
                    vgold = {**gold, "manipulations": mans}
                    metrics = run_corpus(vdir, vgold, pipeline, cfg, work)
                    found, outl = hits(metrics, mans)
                    per_kind[kind] += list(zip(found, outl))
                    false_flags.append(metrics["false_contradictions"])
                    flagged = sum(1 for c in metrics["_dossier"]["contradictions"] if c["score"] >= 0.5)
                    true_flags.append(flagged - metrics["false_contradictions"])
                    if args.show:
                        for c, f, o in zip(chosen, found, outl):
                            mark = "OUTLIER" if o else "found" if f else "MISSED"
                            print(f"    {mark:7} {kind}: {c['new'][:140]}")
                            if not f:
                                print(f"            {diagnose(metrics['_dossier'], c)}")
                        for x in metrics.get("first_false", []):
                            print(f"    false flag: {x}")
            print(f"  {'kind':9} {'injected':>8} {'flagged':>8} {'outlier':>8}")
            tot = [0, 0, 0]
            for kind in KINDS:
                rows = per_kind.get(kind, [])
                n, f, o = len(rows), sum(x for x, _ in rows), sum(y for _, y in rows)
                tot = [tot[0] + n, tot[1] + f, tot[2] + o]
                print(f"  {kind:9} {n:8d} {f:8d} {o:8d}   outlier recall {o / n if n else 0:.2f}")
            n, f, o = tot
            print(f"  {'all':9} {n:8d} {f:8d} {o:8d}   outlier recall {o / n if n else 0:.2f}")
            fp, tp = sum(false_flags), sum(true_flags)
            print(f"  false flags: {base['false_contradictions']} on the unchanged set, {fp} over {len(false_flags)} "
                  f"variant corpora; flag precision over the variants {tp / (tp + fp) if tp + fp else 0:.2f} "
                  f"({tp} flags touch an injected error)")
            print(f"  ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
