from lagebild.model import Article, Corpus
from lagebild.stages.clean import Clean
from lagebild.stages.recurring import Recurring

FOOTER = "Alle Angaben ohne Gewähr. Hinweise an die Redaktion"
BODIES = [
    "Der Stadtrat hat am Montag den Haushalt beschlossen, die Opposition stimmte dagegen.",
    "Auf der Autobahn kam es am Morgen zu einem langen Stau nach einem Unfall mit drei Autos.",
    "Das Theater eröffnet die Saison mit einer Neuinszenierung von Goethes Faust.",
    "Der Fußballverein verliert sein Heimspiel knapp mit eins zu zwei gegen den Tabellenführer.",
]


def _corpus(source="stadtblatt.de", footer_in=4, other_source_footer=False):
    arts = []
    for i, body in enumerate(BODIES):
        text = f"Meldung Nummer {i} aus der Stadt\n{body}\n" + (FOOTER + "\n" if i < footer_in else "")
        arts.append(Clean().process(Article(id=f"a{i}", input=f"{i}.txt", text=text, source=source)))
    if other_source_footer:
        arts.append(Clean().process(Article(id="x", input="x.txt", text=f"Andere Meldung\n{BODIES[0]} Anders.\n{FOOTER}\n",
                                            source="anderes.de")))
    return Corpus(articles=tuple(arts))


def _recurring_lines(corpus):
    return {a.id: [a.text[r.start:r.end] for r in a.removed if "recurring" in r.reason] for a in corpus.articles}


def test_footer_of_a_source_is_removed_everywhere():
    out = _recurring_lines(Recurring().process(_corpus()))
    assert all(lines == [FOOTER] for lines in out.values())


def test_other_sources_are_not_touched():
    out = _recurring_lines(Recurring().process(_corpus(other_source_footer=True)))
    assert out["x"] == []


def test_line_in_too_few_articles_stays():
    out = _recurring_lines(Recurring().process(_corpus(footer_in=2)))
    assert all(lines == [] for lines in out.values())


def test_running_again_changes_nothing():
    once = Recurring().process(_corpus())
    twice = Recurring().process(once)
    assert [a.removed for a in once.articles] == [a.removed for a in twice.articles]
    assert all(a is b for a, b in zip(once.articles, twice.articles))


def test_standard_sentence_inside_paragraphs_of_a_large_source():
    notice = "Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht nicht mehr zur Verfügung."
    arts = []
    for i in range(30):
        lead = f"In der Gemeinde Nummer {i} wurde ein Bürgermeister mit {40 + i} Prozent der Stimmen gewählt."
        text = f"{lead} {notice}" if i < 9 else f"{lead} Weitere Details folgen in Kürze, sagte ein Sprecher Nummer {i}."
        arts.append(Article(id=f"a{i}", input=f"{i}.txt", text=text, source="blatt.at"))
    out = Recurring().process(Corpus(articles=tuple(arts)))
    marked = [[a.text[r.start:r.end] for r in a.removed] for a in out.articles]
    assert all(m == [notice] for m in marked[:9])
    assert all(m == [] for m in marked[9:])
