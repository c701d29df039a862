"""The dates stage: publication dates and time mentions of articles."""

from __future__ import annotations

from lagebild.model import Article, Removed, When
from lagebild.sources.published import parse_published
from lagebild.stages.dates import Dates


def _article(text, published=When(value=None, precision="unknown", origin="unknown"), removed=()):
    return Article(id="a", input="a.txt", text=text, published=published, removed=tuple(removed))


def test_metadata_date_wins_and_relative_expressions_resolve_against_it():
    a = _article("Kim unterzeichnete am Montag ein Dekret. Vor sieben Jahren gab es ein erstes Abkommen.",
                 parse_published("2024-11-13"))
    out = Dates().process(a)
    assert out.published.origin == "metadata" and out.published.value == "2024-11-13"
    got = [(a.text[t.start:t.end], t.when.value, t.when.origin) for t in out.times]
    assert got == [("Montag", "2024-11-11", "text"), ("Vor sieben Jahren", "2017", "text")]


def test_publication_date_from_a_dateline():
    a = _article("Dekret unterzeichnet\nPjöngjang, 12. November 2024\n\nKim unterzeichnete am Montag ein Dekret.")
    out = Dates().process(a)
    assert out.published.value == "2024-11-12" and out.published.origin == "text"
    assert [t.when.value for t in out.times if t.kind == "date"][-1] == "2024-11-11"


def test_unreadable_metadata_is_read_by_the_tagger():
    a = _article("Kim unterzeichnete am Montag ein Dekret.", parse_published("Dienstag, 12. November 2024, 10:15"))
    out = Dates().process(a)
    assert out.published.value == "2024-11-12" and out.published.origin == "metadata"


def test_without_any_date_the_mentions_stay_unresolved_with_a_reason():
    out = Dates().process(_article("Kim unterzeichnete am Montag ein Dekret."))
    assert out.published.value is None
    [t] = out.times
    assert t.when.value is None and t.when.origin == "unknown" and t.when.reason


def test_mentions_in_removed_text_are_left_out_but_a_removed_stand_line_dates_the_article():
    text = "Kim unterzeichnete am Montag ein Dekret.\nStand: 14.11.2024\nLesen Sie auch: Gipfel am Freitag"
    removed = [Removed(text.index("Stand"), text.index("Stand") + 17, "page metadata"),
               Removed(text.index("Lesen"), len(text), "teaser")]
    out = Dates().process(_article(text, removed=removed))
    assert out.published.value == "2024-11-14"
    assert [text[t.start:t.end] for t in out.times] == ["Montag"]


def test_a_range_is_also_given_whole():
    out = Dates().process(_article("Der Gipfel dauert vom 3. bis 5. Mai 2024.", parse_published("2024-04-01")))
    kinds = [(t.kind, t.when.value) for t in out.times]
    assert ("range", "2024-05-03/2024-05-05") in kinds
    whole = next(t for t in out.times if t.kind == "range")
    assert (whole.when.start, whole.when.end) == ("2024-05-03", "2024-05-05")
