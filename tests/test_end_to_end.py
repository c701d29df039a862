"""End to end: the CLI on real corpora, checked against the contract and (for examples/) a gold file.

The quality gate pins floors for the figures the shared scorer prints (tests/golden/floors.json).
Floors may only go up: lowering one below the minimum written here fails the gate, so a regression
cannot be hidden by editing the floors file.
"""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from lagebild.cli import main
from tests.conftest import EXAMPLES, GOLDEN, REPO, shared_path

# The lowest floors this project accepts; floors.json may raise them, never lower them.
MINIMUM_FLOORS = {"boilerplate_recall": 0.9, "repeat_recall": 0.95, "content_kept": 0.98, "story_b3_f1": 0.85,
                  "dup_found": 1.0}


def _lines(text):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _covered(removed, start, end):
    hit = 0
    for r in removed:
        hit += max(0, min(end, r["end"]) - max(start, r["start"]))
    return hit / (end - start) if end > start else 1.0


@pytest.fixture(scope="module")
def seeds_dossier(tmp_path_factory):
    seeds = shared_path("corpus", "seeds")
    out = tmp_path_factory.mktemp("seeds") / "d.json"
    assert main(["analyze", str(seeds), "--out", str(out), "--quiet"]) == 0
    return seeds, json.loads(out.read_text(encoding="utf-8"))


def test_seeds_dossier_is_valid_and_exact(seeds_dossier, schema):
    seeds, dossier = seeds_dossier
    jsonschema.Draft202012Validator(schema).validate(dossier)
    assert len(dossier["articles"]) == len(list(seeds.iterdir()))
    for article in dossier["articles"]:
        with open(article["input"], encoding="utf-8", newline="") as fh:
            assert article["text"] == fh.read()


def test_seeds_form_one_story(seeds_dossier):
    _, dossier = seeds_dossier
    assert len(dossier["stories"]) == 1


def test_seeds_wrong_signatories_are_the_only_flag(seeds_dossier):
    """One seed article names the wrong parties to the treaty; the others agree on who signed it."""
    _, dossier = seeds_dossier
    flagged = [c for c in dossier["contradictions"] if c["score"] >= 0.5]
    assert len(flagged) == 1, [c["explanation"] for c in flagged]
    claim = flagged[0]["claim"]["text"]
    assert flagged[0]["kind"] == "actor" and "USA" in claim and "China" in claim
    assert len({x["article_id"] for x in flagged[0]["conflicts_with"]}) >= 2


def test_seeds_second_copies_removed_and_text_kept(seeds_dossier):
    _, dossier = seeds_dossier
    kept = total = 0
    for article in dossier["articles"]:
        seen = set()
        for start, end, line in _lines(article["text"]):
            key = line.strip()
            if not key:
                continue
            if key in seen and len(key) > 15:
                assert _covered(article["removed"], start, end) >= 0.8, line
            elif len(key.split()) >= 16 and key[-1] in ".“”\"":  # a paragraph of running text
                total += end - start
                kept += (1 - _covered(article["removed"], start, end)) * (end - start)
            seen.add(key)
    assert kept / total >= 0.98


def _score(tmp_path, corpus, gold):
    scorer = shared_path("eval", "score_dossier.py")
    out = tmp_path / "d.json"
    assert main(["analyze", str(corpus), "--out", str(out), "--quiet"]) == 0
    run = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--corpus", str(corpus),
                          "--dossier", str(out), "--schema", str(shared_path("contract", "dossier.schema.json"))],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


CORPORA = {"examples": (EXAMPLES, GOLDEN / "examples.gold.json"),
           "de2": (REPO / "tests" / "corpus" / "de2", GOLDEN / "de2.gold.json")}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_quality_gate(tmp_path, name):
    corpus, gold = CORPORA[name]
    if not gold.exists() or not corpus.exists():
        pytest.skip(f"corpus {name} or its gold file is missing")
    m = _score(tmp_path, corpus, gold)
    found, expected = (int(x) for x in m["dup_pairs"].split(",")[0].split()[1].split("/"))
    figures = {
        "boilerplate_recall": m["boilerplate_recall"],
        "repeat_recall": m["repeat_recall"],
        "content_kept": 1 - m["content_lost"],
        "story_b3_f1": m["story_b3_f1"],
        "dup_found": found / expected if expected else 1.0,
    }
    floors = json.loads((GOLDEN / "floors.json").read_text(encoding="utf-8"))[name]
    for key, minimum in MINIMUM_FLOORS.items():
        assert floors[key] >= minimum, f"floor {key} was lowered below {minimum}"
    assert m["schema_errors"] == 0
    gold_keys = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    html = sum(1 for k in gold_keys if k.endswith((".html", ".htm")))  # their text is the extracted main text
    exact, found = (int(x) for x in m["text_exact"].split("/"))
    assert exact == found - html
    assert "false 0" in m["dup_pairs"]
    low = {k: (v, floors[k]) for k, v in figures.items() if v is not None and v < floors[k]}
    assert not low, f"below the floor: {low}"


def test_examples_cp1252_article_is_decoded_and_joins_its_story(tmp_path):
    if not EXAMPLES.exists():
        pytest.skip("examples corpus is missing")
    out = tmp_path / "d.json"
    assert main(["analyze", str(EXAMPLES), "--out", str(out), "--quiet"]) == 0
    dossier = json.loads(out.read_text(encoding="utf-8"))
    by_name = {a["input"].rsplit("/", 1)[-1]: a for a in dossier["articles"]}
    article = by_name["valencia_paiporta_cp1252.txt"]
    raw = (EXAMPLES / "valencia_paiporta_cp1252.txt").read_bytes()
    assert article["text"] == raw.decode("cp1252") and "König" in article["text"]
    story = next(s for s in dossier["stories"] if article["id"] in s["article_ids"])
    assert by_name["valencia_flut.html"]["id"] in story["article_ids"]
