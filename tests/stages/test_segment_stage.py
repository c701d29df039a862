"""German sentence and token offsets."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.model import Article, Removed
from lagebild.stages.segment import Segment, split_sentences, tokenize

CASES = [
    ("Er kam. Sie ging.", ["Er kam.", "Sie ging."]),
    ("Am 19. Juni 2024 unterzeichneten sie. Danach reiste er ab.", ["Am 19. Juni 2024 unterzeichneten sie.", "Danach reiste er ab."]),
    ("Im 19. Jahrhundert war das anders. Heute nicht.", ["Im 19. Jahrhundert war das anders.", "Heute nicht."]),
    ("Im 2. Weltkrieg kämpften sie. Dann kam der Frieden.", ["Im 2. Weltkrieg kämpften sie.", "Dann kam der Frieden."]),
    ("Das gilt z. B. für Berlin. Und für Hamburg.", ["Das gilt z. B. für Berlin.", "Und für Hamburg."]),
    ("Das gilt z.B. für Berlin.", ["Das gilt z.B. für Berlin."]),
    ("Dr. Müller sprach. Prof. Schmidt widersprach.", ["Dr. Müller sprach.", "Prof. Schmidt widersprach."]),
    ("Laut Art. 5 Abs. 1 GG gilt das. Punkt.", ["Laut Art. 5 Abs. 1 GG gilt das.", "Punkt."]),
    ("Es kamen ca. 11.000 Soldaten. Das sind viele.", ["Es kamen ca. 11.000 Soldaten.", "Das sind viele."]),
    ("Die Grenze ist 39,13 km lang. Sie verläuft am Fluss.", ["Die Grenze ist 39,13 km lang.", "Sie verläuft am Fluss."]),
    ("Am 19.06.2024 war es so. Dann nicht.", ["Am 19.06.2024 war es so.", "Dann nicht."]),
    ("Er fragte: Warum? Niemand antwortete!", ["Er fragte: Warum?", "Niemand antwortete!"]),
    ("„Das ist gut.“ Er ging.", ["„Das ist gut.“", "Er ging."]),
    ("Sie sagte: „Wir kommen.“ Dann ging sie.", ["Sie sagte: „Wir kommen.“", "Dann ging sie."]),
    ("Russland, die USA u.a. Staaten stimmten zu.", ["Russland, die USA u.a. Staaten stimmten zu."]),
    ("Er beschrieb es auf seine Art. Dann ging er.", ["Er beschrieb es auf seine Art.", "Dann ging er."]),
    ("So war es. So bleibt es.", ["So war es.", "So bleibt es."]),
    ("Titel ohne Punkt\nDer erste Satz folgt.", ["Titel ohne Punkt", "Der erste Satz folgt."]),
    ("Absatz eins.\n\nAbsatz zwei.", ["Absatz eins.", "Absatz zwei."]),
    ("Die Unterzeichnung\nerfolgte durch Putin.", ["Die Unterzeichnung\nerfolgte durch Putin."]),
    ("Mehr unter https://example.org/a.html. Danke.", ["Mehr unter https://example.org/a.html.", "Danke."]),
    ("Das Jahr 1991. Damals zerfiel die Sowjetunion.", ["Das Jahr 1991.", "Damals zerfiel die Sowjetunion."]),
    ("Es war 3 Uhr. Die Brücke stürzte ein.", ["Es war 3 Uhr.", "Die Brücke stürzte ein."]),
    ("Was nun... Keiner weiß es.", ["Was nun...", "Keiner weiß es."]),
    ("Ein Satz ohne Ende", ["Ein Satz ohne Ende"]),
    ("Kim Jong-un traf Putin. Beide lächelten.", ["Kim Jong-un traf Putin.", "Beide lächelten."]),
    ("Das kostet 5 Mio. Euro. Zu viel.", ["Das kostet 5 Mio. Euro.", "Zu viel."]),
    ("Die Partei „Einiges Russland“ unterschrieb. Die DVRK auch.", ["Die Partei „Einiges Russland“ unterschrieb.", "Die DVRK auch."]),
    ("Er sagte (siehe oben) nichts. Gut.", ["Er sagte (siehe oben) nichts.", "Gut."]),
    ("Bis 2027 gilt es. 2028 nicht mehr.", ["Bis 2027 gilt es.", "2028 nicht mehr."]),
    ("Sie kam am 3. Oktober an. Am 4. Oktober ging sie.", ["Sie kam am 3. Oktober an.", "Am 4. Oktober ging sie."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sentences(text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text)] == expected


@pytest.mark.parametrize("text, token", [
    ("Kim Jong-un kam.", "Jong-un"), ("des Ukraine-Konflikts.", "Ukraine-Konflikts"), ("fast 11.000 Soldaten", "11.000"),
    ("39,13 Kilometer", "39,13"), ("am 19.06.2024 in", "19.06.2024"), ("z.B. hier", "z.B."),
    ("Sicherheits- und Außenpolitik", "Sicherheits-"), ("23 Prozent", "23"),
])
def test_tokens(text, token):
    assert token in [text[a:b] for a, b in tokenize(text)]


def test_punctuation_is_its_own_token():
    text = "Er sagte: „Nein.“"
    assert [text[a:b] for a, b in tokenize(text)] == ["Er", "sagte", ":", "„", "Nein", ".", "“"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ äöüß.,!?:;„“\"()-–\n 0123456789")), max_size=300),
       st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40)), max_size=3))
def test_offsets_stay_inside_and_skip_removed(text, cuts):
    removed = tuple(sorted({Removed(min(a, len(text)), min(a + n, len(text)), "x") for a, n in cuts
                            if min(a, len(text)) < min(a + n, len(text))}, key=lambda r: r.start))
    # keep removed spans disjoint, as the clean stage produces them
    disjoint, last = [], 0
    for r in removed:
        if r.start >= last:
            disjoint.append(r)
            last = r.end
    article = Segment().process(Article(id="a", input="a", text=text, removed=tuple(disjoint)))
    prev_end = 0
    for sent in article.sentences:
        assert prev_end <= sent.start < sent.end <= len(text)
        prev_end = sent.end
        assert sent.tokens and sent.tokens[0][0] == sent.start and sent.tokens[-1][1] == sent.end
        for a, b in sent.tokens:
            assert sent.start <= a < b <= sent.end
            assert not any(r.start <= a < r.end for r in disjoint)


def test_a_sentence_glued_to_a_caption_starts_at_its_capitalised_contraction():
    text = "Präsident Wladimir Putin und Führer Kim Jong Un Am Mittwoch unterzeichneten beide den Vertrag."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["Präsident Wladimir Putin und Führer Kim Jong Un", "Am Mittwoch unterzeichneten beide den Vertrag."]
    # not inside a sentence: lower-case "am", or a capitalised word after it that is no name
    for kept in ("Er kam am Mittwoch Abend an.", "Das Hotel Am See öffnet.", "Sie wohnt in Frankfurt am Main."):
        assert len(split_sentences(kept)) == 1, kept
