"""Behaviour of lagebild.dates beyond the value table: extents, reasons, anchoring, modes, ranges."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.dates import tag
from lagebild.dates.calendar import Point, easter
from lagebild.dates.tagger import duration_value, tense


def values(text, reference=None, mode="news"):
    return [(t.text, t.value) for t in tag(text, reference, mode)]


def test_every_timex_is_the_slice_of_its_offsets():
    text = "Am 3. Mai 1945 fiel Berlin.\r\nZwei Tage später, am 5. Mai, um 7 Uhr, kapitulierte die Armee."
    found = tag(text, "2011-02-16", "narrative")
    assert found and all(text[t.start:t.end] == t.text for t in found)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_unresolvable_expressions_keep_null_and_say_why():
    found = tag("Am Dienstag unterzeichnete Kim am 11. November das Dekret.", reference=None)
    assert [t.text for t in found] == ["Dienstag", "11. November"]
    assert all(t.value is None and t.reason for t in found)
    assert "XXXX-11-11" in found[1].reason  # what is known is said, not guessed


def test_news_mode_without_reference_does_not_borrow_a_year_from_history():
    found = tag("Im Jahr 1991 zerfiel die Sowjetunion. Am 11. November unterzeichnete Kim.", None, "news")
    assert found[0].value == "1991"
    assert found[1].value is None


def test_narrative_mode_follows_the_last_date():
    text = ("Im Juni 1941 begann der Angriff. Am 22. Juni überschritten Truppen die Grenze. "
            "Zwei Tage später fiel die Stadt. Im Herbst stockte der Vormarsch. Im folgenden Jahr kam die Wende.")
    assert [v for _, v in values(text, "2011-02-16", "narrative")] == [
        "1941-06", "1941-06-22", "1941-06-24", "1941-FA", "1942"]


def test_narrative_asides_do_not_move_the_anchor():
    text = ("Im Jahr 1862 kämpften beide Seiten. Eine Gruppe überfiel noch bis 1881 Banken. "
            "Im Oktober griff die Union an. Im Jahr 1862 endete der Feldzug.")
    assert dict(values(text, "2011-02-16", "narrative"))["Oktober"] == "1862-10"


def test_news_heute_is_the_day_narrative_heute_is_the_present():
    assert values("Heute tagt der Rat.", "2024-11-13") == [("Heute", "2024-11-13")]
    assert values("Die Stadt heißt heute Wolgograd.", "2011-02-16", "narrative") == [("heute", "PRESENT_REF")]


@pytest.mark.parametrize("sentence, want", [
    ("Am Dienstag hat die Partei das Abkommen besiegelt.", "2024-06-18"),
    ("Die Partei besiegelte am Dienstag das Abkommen.", "2024-06-18"),
    ("Das Treffen soll am Dienstag stattfinden.", "2024-06-25"),
    ("Am Dienstag wird das Parlament abstimmen.", "2024-06-25"),
    ("Am Donnerstag unterzeichnete Putin.", "2024-06-20"),   # the paper's own weekday: that day
    ("Am vergangenen Donnerstag unterzeichnete Putin.", "2024-06-13"),
])
def test_weekdays_follow_tense(sentence, want):
    found = tag(sentence, "2024-06-20")  # a Thursday
    assert [t.value for t in found if t.kind == "date"] == [want]


def test_tense_reads_modal_and_perfect_forms():
    assert tense("Das Abkommen soll am Dienstag unterzeichnet werden.") == 1
    assert tense("Das Abkommen soll am Dienstag unterzeichnet worden sein.") == -1
    assert tense("Kim hat das Dekret am Montag unterzeichnet.") == -1
    assert tense("Der Gipfel findet am Montag statt.") == 1
    assert tense("Ein Satz ohne Verbform dieser Art.") == 0


@pytest.mark.parametrize("sentence, want", [
    # a relative clause with a modal does not make the main clause's weekday a coming one
    ("Der Stadtrat ernannte am Mittwoch Uwe Berg, der die Geschäfte vorerst führen soll.", "2024-06-19"),
    ("Das Parlament hat am Dienstag das Abkommen gebilligt, das den Zugang sichern soll.", "2024-06-18"),
    # ... and a relative clause has its own tense
    ("Sie lobten den Vertrag, der am Montag unterzeichnet werden soll.", "2024-06-24"),
    # a second verb phrase with a modal: "hat ... gewonnen und soll ..."
    ("Er hat die Wahl am Dienstag gewonnen und soll bald vereidigt werden.", "2024-06-18"),
    # a reported past deed
    ("Der Mann, der am Samstag einen Polizisten erstochen haben soll, wurde festgenommen.", "2024-06-15"),
    # "für Montag": the coming day, whatever the tense
    ("Die Gewerkschaft hat für Montag zu einem Warnstreik aufgerufen.", "2024-06-24"),
])
def test_the_clause_of_a_weekday_decides_its_direction(sentence, want):
    found = tag(sentence, "2024-06-20")  # a Thursday
    assert [t.value for t in found if t.kind == "date"] == [want]


def test_ranges_are_linked():
    found = tag("Der Gipfel dauert vom 3. bis 5. Mai 2024, der Plan gilt für den Zeitraum 2025-2027.", "2024-01-10")
    assert [(t.text, t.value) for t in found] == [("3.", "2024-05-03"), ("5. Mai 2024", "2024-05-05"),
                                                  ("2025", "2025"), ("2027", "2027")]
    assert found[0].range_with == 1 and found[1].range_with == 0
    assert found[2].range_with == 3


def test_modifiers_narrow_the_interval():
    t = tag("Anfang Dezember 2024 tagte der Rat.")[0]
    assert t.value == "2024-12" and t.mod == "START"
    assert t.interval == ("2024-12-01", "2024-12-10")
    t = tag("Ende 2023 war es soweit.")[0]
    assert (t.value, t.mod, t.interval[0]) == ("2023", "END", "2023-09-01")


def test_quantities_and_names_are_not_years_or_months():
    assert values("Mit 2000 Soldaten und 1500 Panzern rückte August Bebel vor.", "2024-01-01") == []
    assert values("Sie kamen 1990 nach Berlin.", "2024-01-01") == [("1990", "1990")]


def test_durations():
    assert duration_value([(1.5, "jahr")]) == "P1Y6M"
    assert duration_value([(None, "tag")]) == "PXD"
    assert duration_value([(2, "stunde")]) == "PT2H"
    assert duration_value([(0.5, "stunde")]) == "PT30M"
    assert duration_value([(6, "woche"), (3, "tag")]) == "P6W3D"
    assert duration_value([(0.5, "jahrhundert")]) == "P5DE"


def test_calendar_points():
    assert Point("part-of-day", 2024, 11, 11, pod="EV").value() == "2024-11-11TEV"
    assert Point("season", 2024, season="WI").interval() == ("2024-12-01", "2025-02-28")
    assert Point("week", 2024, week=46, weekend=True).interval() == ("2024-11-16", "2024-11-17")
    assert Point("century", century=18).value() == "18"
    assert Point("year", 490, bc=True).value() == "BC0490"
    assert Point("day", 2024, 1, 31).shift("month", 1).value() == "2024-02-29"
    assert Point("day", 2024, 2, 29).shift("year", 1).value() == "2025-02-28"
    assert Point("month", 2024, 11).shift("day", 60).value() == "2025-01"
    assert easter(2024) == date(2024, 3, 31) and easter(2025) == date(2025, 4, 20)


def test_bad_mode_and_reference_are_refused():
    with pytest.raises(ValueError):
        tag("heute", mode="poetry")
    with pytest.raises(ValueError):
        tag("heute", reference="13.11.2024")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 .:-/–,aeimnrstuvzäöüAMJDFSNOKT\n") +
                                ["Mai ", "Juni ", "Jahr", "vor ", "Tage ", "später", "am ", "Montag", "Uhr",
                                 "v. Chr.", "bis ", "1939", "seit ", "Ende ", "der ", "er Jahre", "29.2.", "31. "]),
                max_size=60).map("".join),
       st.sampled_from([None, "2024-02-29", "1900-01-01"]), st.sampled_from(["news", "narrative"]))
def test_never_raises_and_offsets_hold(text, reference, mode):
    found = tag(text, reference, mode)
    for t in found:
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.value is not None or t.reason


def test_a_large_text_is_tagged_in_reasonable_time():
    import time
    text = "Am 3. Mai 1945 fiel Berlin, zwei Tage später kapitulierte die Armee. " * 4000  # ~280k characters
    t0 = time.perf_counter()
    found = tag(text, "2011-02-16", "narrative")
    assert len(found) == 8000
    assert time.perf_counter() - t0 < 60  # a safety net against quadratic behaviour, not a benchmark


def test_decades_and_centuries_ago_are_years():
    got = values("Vor zwei Jahrzehnten begann es, vor einem Jahrhundert endete es. Am 3. Mai 1945 fiel Berlin, "
                 "zwei Jahrzehnte später nicht.", "2024-11-13")
    assert got == [("Vor zwei Jahrzehnten", "2004"), ("vor einem Jahrhundert", "1924"), ("3. Mai 1945", "1945-05-03"),
                   ("zwei Jahrzehnte später", "1965")]


def test_week_phrases_and_numbers_that_only_look_like_years():
    got = values("Ende der Woche soll entschieden werden. Am Montag kommender Woche beginnt der Prozess. "
                 "Am Freitag vergangener Woche kam er. Die Zahl stieg um 2025 Fälle.", "2024-11-13")
    assert got == [("Ende der Woche", "2024-W46"), ("Montag kommender Woche", "2024-11-18"),
                   ("Freitag vergangener Woche", "2024-11-08")]


def test_weak_preterite_marks_the_past_and_a_year_stays_in_its_sentence():
    got = values("Zuletzt im März tagte der Rat. Seit dem 24. Februar 2022 tobt der Krieg. "
                 "Am 2. Dezember tagt der Rat. Im Juni beginnt die erste Runde.", "2024-11-13")
    assert got == [("März", "2024-03"), ("24. Februar 2022", "2022-02-24"), ("2. Dezember", "2024-12-02"),
                   ("Juni", "2025-06")]
    assert tense("Der Rat tagte lange.") == -1 and tense("Die erste Runde beginnt.") == 1


def test_early_hours_after_a_night_belong_to_the_next_day():
    text = "In der Nacht zu Mittwoch stürzte die Brücke ein. Der Einsturz ereignete sich gegen 3 Uhr, gegen 23 Uhr sperrte die Polizei."
    got = dict(values(text, "2024-09-11"))
    assert got["Nacht zu Mittwoch"] == "2024-09-10TNI"
    assert got["3 Uhr"] == "2024-09-11T03:00"
    assert values("Am Dienstag tagte der Rat. Gegen 3 Uhr endete die Sitzung.", "2024-09-11")[1][1] == "2024-09-10T03:00"


def test_a_weekday_before_a_count_is_a_weekday_but_not_before_a_day_of_the_month():
    assert values("Er übergab am Dienstag 14 Soldaten.", "2025-06-10") == [("Dienstag", "2025-06-10")]
    assert [v for _, v in values("Am Dienstag, 14. Juni 2022 begann es.", "2025-06-10")] == ["2022-06-14"]
