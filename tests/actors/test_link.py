"""Actor linking behaviour, the actors stage, the dossier's actors list and the actors command."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from lagebild.actors.kb import fold, knowledge_base, tokens_of
from lagebild.actors.link import link
from lagebild.cli import main
from lagebild.model import Article, Corpus, Removed
from lagebild.render.dossier import actor_list
from lagebild.sources.published import parse_published
from lagebild.stages.actors import Actors

TEXT = ("Der russische Präsident und Nordkoreas Machthaber Kim Jong Un trafen sich in Pjöngjang. "
        "Kim lobte Russland. Der Kreml schwieg, die DVRK auch.")


def _ids(text, when=None, **kw):
    return [(m.text, m.actor_id) for m in link(text, when, **kw)]


def test_aliases_inflection_metonyms_offices():
    got = dict(_ids(TEXT, date(2024, 6, 19)))
    assert got["russische Präsident"] == "Q7747"
    assert got["Nordkoreas Machthaber"] == "Q56226" and got["Kim Jong Un"] == "Q56226" and got["Kim"] == "Q56226"
    assert got["Pjöngjang"] == "PRK" and got["DVRK"] == "PRK" and got["Kreml"] == "RUS" and got["Russland"] == "RUS"


def test_offices_follow_the_date():
    assert _ids("Der deutsche Bundeskanzler reiste ab.", date(2024, 6, 1), use_ner=False) == [
        ("deutsche Bundeskanzler", "Q61053")]
    assert _ids("Der deutsche Bundeskanzler reiste ab.", date(2019, 6, 1), use_ner=False) == [
        ("deutsche Bundeskanzler", "Q567")]
    # without a date the office stands for its state, unless the text names the holder
    assert _ids("Der russische Präsident reiste ab.", None, use_ner=False) == [("russische Präsident", "RUS")]


def test_people_act_for_their_state_while_in_office():
    kb = knowledge_base()
    assert kb.acts_for("Q7747", date(2010, 1, 1)) == "RUS"  # prime minister then
    assert kb.acts_for("Q6279", date(2026, 6, 1)) is None   # out of office
    assert kb.acts_for("lb:org:kcna", None) == "PRK"


def test_offsets_and_no_overlaps():
    found = link(TEXT, date(2024, 6, 19))
    assert all(TEXT[m.start:m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_names_the_knowledge_base_lacks_get_their_own_id_and_short_forms():
    found = {m.text: m for m in link("Gerd Müller sprach lange. Danach sagte Müller, er sei zufrieden.", None)}
    assert found["Gerd Müller"].actor_id.startswith("lb:per:") and found["Gerd Müller"].how == "ner"
    assert found["Müller"].actor_id == found["Gerd Müller"].actor_id and found["Müller"].how == "short form"


def test_helpers():
    assert fold("Élysée-Straße") == "elysee-strasse"
    assert tokens_of("U.S.-Präsident trifft Kim Jong-un.") == ["U.S.-Präsident", "trifft", "Kim", "Jong-un", "."]


def test_stage_keeps_kept_text_only_and_uses_the_publication_day():
    text = "Der russische Präsident kam.\nLesen Sie auch: Nordkorea droht"
    art = Article(id="a", input="a.txt", text=text, published=parse_published("2024-06-19"),
                  removed=(Removed(text.index("Lesen"), len(text), "teaser"),))
    out = Actors().process(art)
    assert [(text[m.start:m.end], m.actor_id, m.acts_for) for m in out.actors] == [
        ("russische Präsident", "Q7747", "RUS")]
    listed = actor_list(Corpus(articles=(out,)))
    assert listed[0]["id"] == "Q7747" and listed[0]["type"] == "person" and listed[0]["affiliation"] == "RUS"
    assert listed[0]["aliases"] == ["russische Präsident"]


def test_actors_command(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Berlin, 19. Juni 2024\n\nDer russische Präsident traf Kim Jong Un in Pjöngjang.\n", encoding="utf-8")
    assert main(["actors", str(path)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {"start", "end", "text", "actor", "type", "how", "acts_for"} == set(lines[0])
    assert ("russische Präsident", "Q7747") in [(x["text"], x["actor"]) for x in lines]
    assert main(["actors", str(tmp_path / "none.txt")]) == 2
    assert main(["actors", str(path), "--date", "19.06.2024"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_knowledge_base_build_is_reproducible():
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    pytest.importorskip("rigour")
    from lagebild.actors import build_kb

    shipped = json.loads(gzip.decompress(build_kb.OUT.read_bytes()))
    assert json.loads(json.dumps(build_kb.build(), ensure_ascii=False)) == shipped
    states = {a["id"] for a in shipped["actors"] if a["type"] == "state"}
    assert {"RUS", "PRK", "USA", "DEU", "UKR", "CHN"} <= states and len(states) > 200


def _linked(text: str) -> dict[str, str]:
    return {m.text: m.actor_id for m in link(text, date(2025, 3, 10))}


def test_institutions_named_by_a_place_or_region_and_groups_named_by_their_kind():
    got = _linked("Das Verwaltungsgericht Köln und der sächsische Landtag widersprachen der Hackergruppe LockBit.")
    assert got["Verwaltungsgericht Köln"].startswith("lb:org:")
    assert got["sächsische Landtag"].startswith("lb:org:")
    assert any("LockBit" in k and v.startswith(("lb:gro:", "lb:org:")) for k, v in got.items())


def test_a_long_name_before_its_abbreviation_is_the_same_actor_also_when_repeated():
    text = ("Verdi verhandelt mit dem Zentralverband der Deutschen Seehafenbetriebe (ZDS). Der Zentralverband der "
            "Deutschen Seehafenbetriebe lehnte ab.")
    ms = [m for m in link(text, date(2025, 3, 10)) if m.actor_id == _linked(text)["ZDS"]]
    assert len(ms) == 3 and sum(m.text == "Zentralverband der Deutschen Seehafenbetriebe" for m in ms) == 2
    assert "DEU" not in {m.actor_id for m in ms}


def test_generic_groups_only_where_no_name_or_state_stands():
    got = _linked("Die Gewerkschaft Verdi rief die Beschäftigten auf; beide Seiten verhandeln, die Polizei schaut zu.")
    assert got["Beschäftigten"] == "lb:grp:beschaeftigte" and got["beide Seiten"] == "lb:grp:tarifparteien"
    assert got["Polizei"] == "lb:grp:polizei" and "Gewerkschaft" not in got  # a title before the name
    got = _linked("Verteidiger Markus Lenhart sprach für die russischen Soldaten und Mitarbeiter der Deutschen Bahn.")
    assert "Verteidiger" not in got and "Soldaten" not in got and "Mitarbeiter" not in got


def test_an_office_the_text_has_named_a_person_for_is_that_person_later():
    from lagebild.events import analyse_text

    text = ("Der ungarische Ministerpräsident Gábor Szentes hat am Donnerstag ein Veto eingelegt. "
            "Der ungarische Ministerpräsident sagte, er bleibe dabei. "
            "Tamás Varga, Ungarns Außenminister, verteidigte das. Ungarns Außenminister reiste dann ab.")
    art = analyse_text(text, "2026-03-20")
    ids = {text[m.start:m.end]: m.actor_id for m in art.actors}
    assert ids["ungarische Ministerpräsident"] == ids["Gábor Szentes"]
    assert ids["Ungarns Außenminister"] == ids["Tamás Varga"]
