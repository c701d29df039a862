"""The events stage in the pipeline: frames per article, merged events and claims in the dossier."""

from __future__ import annotations

import json

import jsonschema

from lagebild.render import build_dossier
from lagebild.service import analyze
from lagebild.store import open_store

ARTICLE = {
    "id": "n1", "title": "Brüssel und Chişinău unterzeichnen Handelsabkommen", "published": "2024-06-20",
    "text": ("Moldau und EU unterzeichnen Handelsabkommen\n\n"
             "Die Europäische Union und die Republik Moldau haben am Mittwoch in Brüssel ein Handelsabkommen "
             "unterzeichnet. Das Abkommen umfasst 23 Artikel.\n\n"
             "Nach Angaben der EU-Kommission soll der Vertrag im Herbst vom Parlament in Chişinău ratifiziert "
             "werden. Russland kritisierte die Unterzeichnung scharf."),
}


def _dossier(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    result = analyze([feed], open_store(str(tmp_path / "store.db")))
    return result, build_dossier(result.corpus, "2024-06-21T08:00:00+00:00", result.problems)


def test_events_claims_and_spans(tmp_path, schema):
    result, dossier = _dossier(tmp_path)
    jsonschema.Draft202012Validator(schema).validate(dossier)
    text = dossier["articles"][0]["text"]
    events = {e["type"]: e for e in dossier["events"]}
    sign = events["sign_agreement"]
    # the headline and the body sentence are one event with two pieces of evidence
    assert len(sign["evidence"]) == 2 and sign["when"]["value"] == "2024-06-19"
    assert sign["plover"] == "SUPPORT" and sign["support"] == 1 and sign["status"] == "single-source"
    assert {p["actor_id"] for p in sign["participants"] if p["role"] == "agent"} >= {"EU"}
    crit = events["criticize"]  # no time in its sentence: on or before the publication day
    assert crit["when"]["value"] is None and crit["when"]["end"] == "2024-06-20" and crit["when"]["origin"] == "inferred"
    ratify = events["ratify"]
    assert ratify["evidence"][0]["modality"] == "planned" and ratify["evidence"][0]["attributed_to"]
    for e in dossier["events"]:
        for ev in e["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
            assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
    ids = {e["id"] for e in dossier["events"]}
    assert len(dossier["claims"]) == sum(len(e["evidence"]) for e in dossier["events"])
    assert all(c["event_id"] in ids and text[c["span"]["start"]:c["span"]["end"]] == c["span"]["text"]
               for c in dossier["claims"])


def test_frames_survive_the_store(tmp_path):
    result, _ = _dossier(tmp_path)
    again = open_store(str(tmp_path / "store.db")).load()
    assert again.articles[0].frames == result.corpus.articles[0].frames and again.articles[0].frames


def test_reports_show_the_timeline(tmp_path):
    from html.parser import HTMLParser

    from lagebild.render import renderer_for

    _, dossier = _dossier(tmp_path)
    html = renderer_for("x.html")(dossier)
    assert "<h3>Timeline</h3>" in html and "<b>unterzeichnet</b>" in html and "class='trigger'" in html
    HTMLParser().feed(html)  # parses
    md = renderer_for("x.md")(dossier)
    assert "Timeline:" in md and "2024-06-19" in md
