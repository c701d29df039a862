"""Readers: exact text, encodings, bad input named and skipped, metadata carried over."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.model import Article, Problem
from lagebild.sources import read_paths
from lagebild.sources.published import parse_published


def _read(*paths):
    items = list(read_paths(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


@pytest.mark.parametrize("raw", [
    "Erste Zeile\r\nZweite Zeile\r\n",
    "\ufeffMit BOM am Anfang.\n",
    "Leerzeichen am Ende   \n\n\n",
    "Kein Zeilenende am Schluss",
    "Tabs\tund „Anführungszeichen“ – Gedankenstrich…\n",
])
def test_txt_text_is_exactly_the_file(tmp_path, raw):
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    (article,), problems = _read(path)
    assert article.text == raw and not problems


def test_cp1252_is_detected(tmp_path):
    raw = "Größere Maßnahmen für Bürger: „Übergangsgeld“ kostet 5 €.\nÄrger über Öl.\n"
    (tmp_path / "w.txt").write_bytes(raw.encode("cp1252"))
    (article,), _ = _read(tmp_path / "w.txt")
    assert article.text == raw
    assert article.meta["encoding"] == "cp1252"


def test_utf16_with_bom(tmp_path):
    (tmp_path / "u.txt").write_bytes("Grüße aus Köln.".encode("utf-16"))
    (article,), _ = _read(tmp_path / "u.txt")
    assert article.text == "Grüße aus Köln."


def test_bad_files_are_named_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text("Ein guter Text über die Wahl.", encoding="utf-8")
    (tmp_path / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "leer.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("   \n\n  ", encoding="utf-8")
    (tmp_path / "kaputt.json").write_text('{"text": ', encoding="utf-8")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("versteckt", encoding="utf-8")
    articles, problems = _read(tmp_path)
    assert [a.input.rsplit("/", 1)[-1] for a in articles] == ["good.txt"]
    by_name = {p.input.rsplit("/", 1)[-1]: p.message for p in problems}
    assert "binary" in by_name["bild.txt"]
    assert "empty" in by_name["leer.txt"] and "empty" in by_name["blank.md"]
    assert "not valid JSON" in by_name["kaputt.json"]
    assert "unknown file type" in by_name["bild.png"]
    assert ".hidden.txt" not in by_name


def test_missing_path_and_too_large_file(tmp_path, monkeypatch):
    import lagebild.sources.decode as decode

    (tmp_path / "big.txt").write_text("x" * 500, encoding="utf-8")
    monkeypatch.setattr(decode, "MAX_BYTES", 100)
    _, problems = _read(tmp_path / "big.txt", tmp_path / "nope.txt")
    messages = {p.input.rsplit("/", 1)[-1]: p.message for p in problems}
    assert "too large" in messages["big.txt"] and messages["nope.txt"] == "does not exist"


def test_jsonl_records_bad_lines_and_metadata(tmp_path):
    lines = [
        json.dumps({"id": "n1", "url": "https://x.example/a", "source": " www.Beispiel.de ", "title": "T",
                    "published": "2024-06-19T10:00:00+02:00", "language": "de", "text": "Erster Text.\nZeile zwei."}),
        "{kaputt",
        json.dumps({"text": "Ohne id."}),
        json.dumps({"id": "n4", "title": "nur Titel"}),
        json.dumps([1, 2]),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, problems = _read(tmp_path / "feed.jsonl")
    first, second = articles
    assert first.input.endswith("feed.jsonl#n1") and second.input.endswith("feed.jsonl#L3")
    assert first.text == "Erster Text.\nZeile zwei."
    assert (first.source, first.url, first.title) == ("beispiel.de", "https://x.example/a", "T")
    assert first.published.value == "2024-06-19" and first.published.origin == "metadata"
    assert first.meta["language_given"] == "de"
    assert json.loads(first.meta["raw"])["id"] == "n1"
    where = sorted(p.input.rsplit("/", 1)[-1] for p in problems)
    assert where == ["feed.jsonl#L5", "feed.jsonl#n4", "feed.jsonl, line 2"]


def test_json_list_single_record_and_html_field(tmp_path):
    page = "<html><body><article><h1>Titel</h1><p>" + "Ein Satz im Artikel. " * 20 + "</p></article></body></html>"
    (tmp_path / "list.json").write_text(json.dumps([{"id": 7, "text": "Eins."}, {"html": page}]), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": "Zwei.", "title": "Z"}), encoding="utf-8")
    articles, problems = _read(tmp_path / "list.json", tmp_path / "one.json")
    assert not problems
    assert [a.input.rsplit("/", 1)[-1] for a in articles] == ["list.json#7", "list.json#2", "one.json"]
    assert "Ein Satz im Artikel." in articles[1].text and articles[1].meta["format"] == "html"


def test_html_page_main_text_without_navigation(tmp_path):
    page = ("<html><head><title>Brücke eingestürzt | Blatt</title>"
            "<meta property='article:published_time' content='2024-09-11T08:00:00+02:00'></head><body>"
            "<nav><a href='/'>Startseite</a> <a href='/p'>Politik</a></nav><article><h1>Brücke eingestürzt</h1>"
            "<p>In Dresden ist in der Nacht ein Teil der Carolabrücke in die Elbe gestürzt, verletzt wurde niemand.</p>"
            "<p>Die Feuerwehr sperrte beide Ufer ab und warnte vor weiteren Einstürzen an der Brücke.</p></article>"
            "<footer>Impressum Datenschutz Cookies</footer></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,), _ = _read(tmp_path / "p.html")
    assert "Carolabrücke" in article.text and "Startseite" not in article.text and "Impressum" not in article.text
    assert article.title == "Brücke eingestürzt" and article.published.value == "2024-09-11"
    assert article.meta["raw"] == page


@pytest.mark.parametrize("page", ["<html><body><p>Unclosed <b>text über die Wahl in Sachsen<div>",
                                  "<<<<>>>> <p <p <p>Text", "<html><body></body></html>", "<!-- nur ein Kommentar -->"])
def test_broken_html_never_raises(tmp_path, page):
    (tmp_path / "b.html").write_text(page, encoding="utf-8")
    (item,) = read_paths([tmp_path / "b.html"])
    assert isinstance(item, (Article, Problem))
    if isinstance(item, Article):
        assert item.text.strip()


def test_ids_are_content_hashes(tmp_path):
    (tmp_path / "a.txt").write_text("Gleicher Text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Anderer Text.", encoding="utf-8")
    first, _ = _read(tmp_path)
    again, _ = _read(tmp_path)
    assert [a.id for a in first] == [a.id for a in again]
    assert first[0].id != first[1].id


@pytest.mark.parametrize("raw, value, precision", [
    ("2024-06-19", "2024-06-19", "day"),
    ("2024-06-19T23:30:00+02:00", "2024-06-19", "day"),
    ("2024-06-19 08:00", "2024-06-19", "day"),
    ("Wed, 19 Jun 2024 10:00:00 +0200", "2024-06-19", "day"),
    ("19.06.2024", "2024-06-19", "day"),
    ("19.6.2024, 14:30 Uhr", "2024-06-19", "day"),
    ("2024-06", "2024-06", "month"),
    ("2024", "2024", "year"),
    (1718784000, "2024-06-19", "day"),
    ("31.02.2024", None, "unknown"),
    ("gestern", None, "unknown"),
])
def test_parse_published(raw, value, precision):
    when = parse_published(raw)
    assert when.value == value and when.precision == precision
    assert when.origin == ("metadata" if value else "unknown")


def test_parse_published_missing():
    assert parse_published(None).value is None and parse_published("  ").origin == "unknown"


@pytest.mark.parametrize("text, encoding", [
    ("Größere Maßnahmen für Bürger: „Übergangsgeld“ kostet 5 € – sagte die Ministerin.", "cp1252"),
    ("Ärger über Öl und Maße in der Straße.", "latin_1"),
    ("Zażółć gęślą jaźń w Krakowie, sagte Wałęsa.", "cp1250"),
    ("Москва и Киев обменялись заявлениями.", "cp1251"),
])
def test_legacy_encodings_decode_to_the_right_text(text, encoding):
    from lagebild.sources.decode import decode_bytes

    assert decode_bytes(text.encode(encoding)).text == text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_never_raises_and_explains_refusals(data):
    from lagebild.sources.decode import decode_bytes

    decoded = decode_bytes(data)
    assert (decoded.text is None) == (decoded.problem is not None)
    if decoded.text is not None:
        assert decoded.text.strip()
