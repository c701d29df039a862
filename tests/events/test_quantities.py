import pytest

from lagebild.events.quantities import amounts, number_word


@pytest.mark.parametrize("word, value", [
    ("drei", 3), ("zwölf", 12), ("dreiundzwanzig", 23), ("neunundneunzig", 99), ("hundert", 100),
    ("zweihundertfünfzig", 250), ("tausend", 1000), ("dreitausendvierhundert", 3400),
    ("einhunderteins", 101), ("Zwanzig", 20),
])
def test_number_words(word, value):
    assert number_word(word) == value


@pytest.mark.parametrize("word", ["und", "Hundertschaft", "zweiund", "Einheit", "dreizehnte", ""])
def test_not_number_words(word):
    assert number_word(word) is None


@pytest.mark.parametrize("text, value, unit, what, approx, words", [
    ("Russland soll fast 11.000 nordkoreanische Soldaten erhalten haben.", 11000, None, "Soldaten", "less",
     "fast 11.000 nordkoreanische Soldaten"),
    ("Die Strecke ist 39,13 Kilometer lang.", 39.13, "km", None, None, "39,13 Kilometer"),
    ("Der Vertrag umfasst dreiundzwanzig Artikel.", 23, None, "Artikel", None, "dreiundzwanzig Artikel"),
    ("Mehr als ein Dutzend Menschen wurden verletzt.", 12, None, "Menschen", "more", "Mehr als ein Dutzend Menschen"),
    ("Die EU sagte 2,5 Milliarden Euro zu.", 2.5e9, "EUR", None, None, "2,5 Milliarden Euro"),
    ("Hunderte Menschen demonstrierten in Wien.", 100, None, "Menschen", None, "Hunderte Menschen"),
    ("Die Inflation stieg auf rund 7 Prozent.", 7, "%", None, "approx", "rund 7 Prozent"),
    ("Es wurden 120 Panzer geliefert.", 120, None, "Panzer", None, "120 Panzer"),
])
def test_amounts(text, value, unit, what, approx, words):
    found = amounts(text)
    assert len(found) == 1
    a = found[0]
    assert a.value == pytest.approx(value)
    assert (a.unit, a.what, a.approx) == (unit, what, approx)
    assert text[a.start:a.end] == words


def test_years_and_skipped_spans_are_no_amounts():
    text = "Im Jahr 2024 trafen sie sich am 19. Juni."
    assert amounts(text) == [] or all(text[a.start:a.end] != "2024" for a in amounts(text))
    date_at = text.index("19. Juni")
    assert not any(a.start == date_at for a in amounts(text, skip=[(date_at, date_at + 8)]))
