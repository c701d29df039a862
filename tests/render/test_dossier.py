import json

import jsonschema
import pytest
from tests.corpus_builder import write_corpus

from lagebild.render import RENDERERS, build_dossier, renderer_for
from lagebild.service import analyze
from lagebild.store import open_store


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    write_corpus(folder)
    result = analyze([folder], open_store(None))
    return build_dossier(result.corpus, "2024-11-12T08:00:00+00:00", result.problems)


def test_dossier_is_valid_against_the_contract(dossier, schema):
    jsonschema.Draft202012Validator(schema).validate(dossier)
    jsonschema.Draft202012Validator(schema).validate(json.loads(renderer_for("x.json")(dossier)))


def test_every_article_is_in_exactly_one_story(dossier):
    seen = [aid for s in dossier["stories"] for aid in s["article_ids"]]
    assert sorted(seen) == sorted(a["id"] for a in dossier["articles"])


def test_removed_spans_are_inside_the_text(dossier):
    for a in dossier["articles"]:
        for r in a["removed"]:
            assert 0 <= r["start"] < r["end"] <= len(a["text"]) and r["reason"]


def test_html_is_self_contained_and_greys_out_removed_text(dossier):
    html = renderer_for("report.html")(dossier)
    assert html.startswith("<!DOCTYPE html>")
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert 'class="removed" title="boilerplate: navigation"' in html
    for story in dossier["stories"]:
        assert story["title"].replace("&", "&amp;") in html
    assert "image.txt" in html and "binary" in html


def test_markdown_lists_stories_and_problems(dossier):
    md = renderer_for("report.md")(dossier)
    assert md.count("\n## ") >= len(dossier["stories"])
    assert "empty.txt" in md


def test_unknown_suffix_is_refused():
    with pytest.raises(ValueError, match="must end in"):
        renderer_for("report.pdf")
    assert set(RENDERERS) >= {".json", ".md", ".html"}


def test_actor_and_time_spans_match_their_text_and_the_html_names_the_actors(dossier):
    listed = {a["id"]: a for a in dossier["actors"]}
    for a in dossier["articles"]:
        for m in a["actors"]:
            assert a["text"][m["start"]:m["end"]] == m["text"] and m["actor_id"] in listed
        for t in a["times"]:
            assert a["text"][t["start"]:t["end"]] == t["text"]
    html = renderer_for("report.html")(dossier)
    if listed:
        top = max(listed.values(), key=lambda a: a["mentions"])
        assert f">{top['name']} ×" in html
