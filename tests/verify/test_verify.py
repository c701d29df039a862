"""Cross-source verification end to end on a small story written for these tests: alignment across
articles, independent support, flags with the right outlier, contested genuine disagreements, and
publication days anchored through the story."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.config import Config
from lagebild.render.dossier import build_dossier
from lagebild.service import analyze, make_pipeline
from lagebild.store import open_store

STORY = {
    "a_kurier.txt": (
        "Fähre vor Kreta gesunken\n\nHeraklion, 12. Mai 2025 – Vor der Nordküste Kretas ist am Sonntag die Fähre "
        "„Ariadne“ gesunken. Die griechische Küstenwache rettete 212 Passagiere aus dem Wasser. Nach Angaben der "
        "Küstenwache kamen drei Menschen ums Leben.\n\nDie Reederei Minoa Lines kündigte an, die Unglücksursache "
        "untersuchen zu lassen. Griechenland bat die Europäische Union um Unterstützung bei der Bergung."),
    "b_morgenblatt.txt": (
        "Drei Tote bei Fährunglück\n\nAthen, 12. Mai 2025 – Beim Untergang der Fähre „Ariadne“ vor Kreta sind am "
        "Sonntag drei Menschen gestorben. Die Küstenwache rettete 212 Menschen. Die Europäische Union sagte "
        "Griechenland Hilfe bei der Bergung zu.\n\nDie Fähre war auf dem Weg von Piräus nach Heraklion."),
    "c_abendpost.txt": (
        "Fähre „Ariadne“: Suche nach Ursache beginnt\n\nAm Sonntag war die Fähre „Ariadne“ vor Kreta gesunken. "
        "Die Küstenwache rettete 212 Passagiere. Die Europäische Union sagte Griechenland am Montag "
        "Hilfe bei der Bergung zu.\n\nTaucher sollen das Wrack in den kommenden Tagen untersuchen."),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    pipeline = make_pipeline(Config())

    def go(files: dict[str, str]) -> dict:
        folder = tmp_path_factory.mktemp("story")
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        result = analyze([folder], open_store(None), Config(), pipeline=pipeline)
        dossier = build_dossier(result.corpus, "2026-01-01T00:00:00Z")
        dossier["_names"] = {a["id"]: Path(a["input"]).name for a in dossier["articles"]}
        return dossier

    return go


def wrong_toll_story() -> dict[str, str]:
    """The story with one article giving eleven dead, and a fourth article agreeing on three."""
    story = dict(STORY)
    story["b_morgenblatt.txt"] = STORY["b_morgenblatt.txt"].replace("drei Menschen gestorben", "elf Menschen gestorben")
    story["d_nordbote.txt"] = ("Trauer nach Fährunglück\n\nChania, 13. Mai 2025 – Beim Untergang der Fähre „Ariadne“ "
                               "vor Kreta sind am Sonntag drei Menschen ums Leben gekommen, teilte das Ministerium mit.")
    return story


def flagged(dossier: dict) -> list[dict]:
    return [c for c in dossier["contradictions"] if c["score"] >= 0.5]


def test_the_same_event_in_three_articles_is_one_corroborated_event(run):
    d = run(STORY)
    rescues = [e for e in d["events"] if len(e["article_ids"]) == 3]
    assert rescues, [(e["type"], e["article_ids"]) for e in d["events"]]
    assert any(e["support"] == 3 and e["status"] == "corroborated" for e in rescues)
    assert not flagged(d)
    for e in d["events"]:  # every evidence span is the article's own text
        for ev in e["evidence"]:
            art = next(a for a in d["articles"] if a["id"] == ev["article_id"])
            assert art["text"][ev["start"]:ev["end"]] == ev["text"]


def test_an_undated_article_gets_its_day_from_the_story(run):
    d = run(STORY)
    c = next(a for a in d["articles"] if a["id"] in d["_names"] and d["_names"][a["id"]] == "c_abendpost.txt")
    assert c["published"]["origin"] == "story"
    assert "2025-05-11" <= c["published"]["value"] <= "2025-05-13"


def test_a_wrong_number_is_flagged_with_the_right_outlier(run):
    d = run(wrong_toll_story())
    flags = flagged(d)
    assert flags, d["contradictions"]
    top = flags[0]
    assert d["_names"][top["claim"]["article_id"]] == "b_morgenblatt.txt"
    assert top["kind"] == "number" and "elf" in top["explanation"] and "drei" in top["explanation"]
    assert all(d["_names"][x["article_id"]] != "b_morgenblatt.txt" for x in top["conflicts_with"])


def test_a_near_copy_does_not_outvote_a_source(run):
    # the wrong figure printed twice (an original and its near-copy) against one other source: no majority
    wrong = STORY["b_morgenblatt.txt"].replace("drei Menschen gestorben", "elf Menschen gestorben")
    story = {"a_kurier.txt": STORY["a_kurier.txt"], "b_morgenblatt.txt": wrong,
             "b2_reprint.txt": wrong.replace("Drei Tote bei Fährunglück", "Fährunglück vor Kreta")}
    d = run(story)
    assert any(a["duplicate_of"] for a in d["articles"])
    assert not flagged(d)


def test_figures_of_different_sources_are_contested_not_flagged(run):
    a = ("Großdemonstration in Wien\n\nWien, 3. März 2025 – Am Sonntag haben in Wien laut Polizei 5.000 Menschen "
         "gegen das neue Versammlungsgesetz demonstriert.")
    b = ("Protest gegen Versammlungsgesetz\n\nWien, 3. März 2025 – Nach Angaben der Veranstalter demonstrierten am "
         "Sonntag in Wien 20.000 Menschen gegen das neue Versammlungsgesetz.")
    c = ("Wien: Tausende gegen Gesetz\n\nWien, 4. März 2025 – Laut Polizei protestierten am Sonntag 5.000 Menschen in "
         "Wien gegen das Versammlungsgesetz.")
    d = run({"a.txt": a, "b.txt": b, "c.txt": c})
    assert not flagged(d)


def test_reports_show_the_contested_point_beside_the_statements_against_it(run):
    from lagebild.render.html import render_html
    from lagebild.render.markdown import render_markdown

    d = run(wrong_toll_story())
    d.pop("_names")
    html, md = render_html(d), render_markdown(d)
    top = flagged(d)[0]
    for report in (html, md):
        assert "Contested points" in report
        assert "elf Menschen gestorben" in report
    part = html[html.index("Contested points"):]
    assert "this statement" in part and "against it" in part and "likely wrong" in part
    assert "corroborated" in html  # support badges on the timeline
    assert top["explanation"] in md


def test_an_undated_article_whose_date_disagrees_is_placed_in_its_story_and_flagged(run):
    # c says the ferry sank on Wednesday; no shared event fits that, so its publication day is a guess
    # (the middle of the story's days), and against that guess no day near it makes Wednesday a Sunday
    story = dict(wrong_toll_story())
    story["b_morgenblatt.txt"] = STORY["b_morgenblatt.txt"]
    story["c_abendpost.txt"] = STORY["c_abendpost.txt"].replace("Am Sonntag war", "Am Mittwoch war").replace(
        " am Montag", "")
    d = run(story)
    c = next(a for a in d["articles"] if d["_names"][a["id"]] == "c_abendpost.txt")
    assert c["published"]["origin"] == "story" and "middle of its story" in (c["published"]["reason"] or "")
    dates = [x for x in flagged(d) if x["kind"] == "date"]
    assert dates and d["_names"][dates[0]["claim"]["article_id"]] == "c_abendpost.txt", d["contradictions"]


def test_a_guessed_publication_day_is_given_slack_before_a_date_is_held_against_others(tmp_path):
    from lagebild.verify import story_mentions
    from lagebild.verify.anchor import guessed, reconcilable

    story = dict(wrong_toll_story())
    story["c_abendpost.txt"] = STORY["c_abendpost.txt"].replace("Am Sonntag war", "Am Mittwoch war").replace(
        " am Montag", "")
    for name, text in story.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = analyze([tmp_path], open_store(None), Config(), pipeline=make_pipeline(Config())).corpus
    mine = [m for ms in story_mentions(corpus).values() for m in ms
            if Path(m.article.input).name == "c_abendpost.txt" and m.day_frame is not None]
    assert mine and guessed(mine[0].article)
    m = mine[0]  # "Am Mittwoch war die Fähre gesunken", placed at 12 May (a Monday)
    assert not reconcilable(m, "2025-05-11")  # no day within two of the guess makes Wednesday that Sunday
    assert reconcilable(m, m.day[0])
    assert reconcilable(m, "2025-05-14")  # had it appeared on Wednesday 14 May, it would be that day


SENTENCE_STORY = {
    "a_tiroler.txt": ("Urteil im Bauskandal\n\nInnsbruck, 20. November 2025 – Im Prozess um den Bauskandal hat das "
                      "Landesgericht den Ex-Landesrat Pichler zu drei Jahren Haft verurteilt. Der Bauunternehmer Anton "
                      "Hofer kam mit 20 Monaten bedingter Haft davon. Die Verteidigung kündigte Berufung an."),
    "b_kurier.txt": ("Drei Jahre Haft für Pichler\n\nInnsbruck, 20. November 2025 – Das Landesgericht Innsbruck hat den "
                     "früheren Landesrat Pichler am Donnerstag zu drei Jahren Haft verurteilt. Der mitangeklagte "
                     "Bauunternehmer Anton Hofer kam mit 20 Monaten bedingter Haft glimpflich davon."),
    "c_presse.txt": ("Schuldspruch in Innsbruck\n\nWien, 21. November 2025 – Für Pichler endete der Prozess mit drei "
                     "Jahren Haft. Bauunternehmer Anton Hofer kam mit bedingten 20 Monaten Haft davon, hieß es am "
                     "Landesgericht."),
}


def test_a_sentence_no_frame_carries_is_compared_across_sources(run):
    assert not [c for c in flagged(run(SENTENCE_STORY)) if "Hofer" in c["claim"]["text"]]
    story = dict(SENTENCE_STORY)
    story["a_tiroler.txt"] = story["a_tiroler.txt"].replace("mit 20 Monaten", "mit 33 Monaten")
    d = run(story)
    hits = [c for c in flagged(d) if "33 Monaten" in c["claim"]["text"]]
    assert hits and hits[0]["kind"] == "number", d["contradictions"]
    assert d["_names"][hits[0]["claim"]["article_id"]] == "a_tiroler.txt"
    assert "33" in hits[0]["explanation"] and "20" in hits[0]["explanation"]
    assert {d["_names"][x["article_id"]] for x in hits[0]["conflicts_with"]} == {"b_kurier.txt", "c_presse.txt"}


def test_a_statement_no_frame_carries_told_by_several_sources_is_a_corroborated_report(run):
    from lagebild.render.html import render_html
    from lagebild.render.markdown import render_markdown

    d = run(SENTENCE_STORY)
    reports = [e for e in d["events"] if e["type"] == "report" and any("Hofer" in ev["text"] for ev in e["evidence"])]
    assert len(reports) == 1, [e["summary"] for e in d["events"]]
    r = reports[0]
    assert r["support"] == 3 and r["status"] == "corroborated"
    assert "lb:per:anton-hofer" in {p["actor_id"] for p in r["participants"]}
    assert {d["_names"][ev["article_id"]] for ev in r["evidence"]} == set(SENTENCE_STORY)
    for ev in r["evidence"]:
        art = next(a for a in d["articles"] if a["id"] == ev["article_id"])
        assert art["text"][ev["start"]:ev["end"]] == ev["text"]
    assert r["when"]["value"] is None  # no report gives a day
    d.pop("_names")
    assert "Hofer" in render_html(d) and "Hofer" in render_markdown(d)


def test_a_report_takes_the_one_day_a_single_source_gives(run):
    story = dict(SENTENCE_STORY)
    story["b_kurier.txt"] = story["b_kurier.txt"].replace("Anton Hofer kam mit", "Anton Hofer kam am Donnerstag mit")
    d = run(story)
    r = next(e for e in d["events"] if e["type"] == "report" and any("Hofer" in ev["text"] for ev in e["evidence"]))
    assert r["when"]["value"] == "2025-11-20" and "one report" in r["when"]["reason"]


PLACE_STORY = {
    "a_welt.txt": ("Gipfel in Genf\n\nGenf, 3. Juni 2025 – Die Außenminister Armeniens und Aserbaidschans haben sich am "
                   "Montag in Genf getroffen. Ararat Mirsojan und Dscheyhun Bayramov sprachen über den Grenzverlauf."),
    "b_post.txt": ("Treffen der Außenminister\n\nBern, 3. Juni 2025 – Armenien und Aserbaidschan trafen sich am Montag "
                   "in Genf zu Gesprächen. Die Minister Mirsojan und Bayramov berieten vier Stunden."),
    "c_bote.txt": ("Annäherung im Kaukasus\n\n3. Juni 2025 – In Genf haben sich Armenien und Aserbaidschan am Montag "
                   "getroffen, teilte das Außenministerium in Eriwan mit."),
}


def test_a_place_in_another_state_is_flagged_and_the_state_around_a_city_is_not(run):
    from lagebild.actors.places import state_of

    assert (state_of("Genf"), state_of("Innsbruck"), state_of("Kriens")) == ("CHE", "AUT", "CHE")
    assert state_of("Valencia") is None  # in Spain and in Venezuela: no clear reading
    story = dict(PLACE_STORY)
    story["c_bote.txt"] = story["c_bote.txt"].replace("In Genf", "In Wien")
    d = run(story)
    hits = [c for c in flagged(d) if c["kind"] == "place"]
    assert hits and "Wien" in hits[0]["claim"]["text"], d["contradictions"]
    story["c_bote.txt"] = PLACE_STORY["c_bote.txt"].replace("In Genf", "In der Schweiz")
    assert not [c for c in run(story)["contradictions"] if c["kind"] == "place"]


def test_a_statement_differing_in_two_slots_is_another_event_not_an_error(run):
    story = {
        "a_blatt.txt": ("Brief zur Migration\n\nBrüssel, 20. März 2026 – Die Bundesregierung hat den Brief nicht "
                        "unterschrieben. Zwölf Staaten unterzeichneten das Schreiben am Donnerstag."),
        "b_zeitung.txt": ("Streit beim Gipfel\n\nBrüssel, 20. März 2026 – Berlin hat den Brief nicht unterzeichnet, "
                          "widersprach aber auch nicht. Zwölf Staaten unterschrieben am Donnerstag."),
        "c_presse.txt": ("Österreich unterschreibt\n\nWien, 20. März 2026 – Österreich hat den Brief am Donnerstag "
                         "unterschrieben, will aber selbst wenige Menschen aufnehmen."),
    }
    assert not flagged(run(story))


def test_roles_reversed_between_an_office_and_a_body_in_its_capital_are_flagged(run):
    story = {
        "a_kurier.txt": ("Botschafter einbestellt\n\nAthen, 14. Oktober 2025 – Das Außenministerium in Athen bestellte am "
                         "Montag den iranischen Botschafter ein."),
        "b_blatt.txt": ("Streit um Tanker\n\nAthen, 14. Oktober 2025 – Athen bestellte am Montag den iranischen "
                        "Botschafter ein."),
        "c_zeitung.txt": ("Diplomatischer Protest\n\nAthen, 14. Oktober 2025 – Griechenland bestellte am Montag den "
                          "iranischen Botschafter ein."),
    }
    assert not flagged(run(story))
    story["c_zeitung.txt"] = ("Diplomatischer Protest\n\nAthen, 14. Oktober 2025 – Der iranische Botschafter bestellte "
                              "am Montag das Außenministerium in Athen ein.")
    d = run(story)
    hits = [c for c in flagged(d) if c["kind"] == "role"]
    assert hits and d["_names"][hits[0]["claim"]["article_id"]] == "c_zeitung.txt", d["contradictions"]
    assert "iranische Botschafter" in hits[0]["explanation"]
