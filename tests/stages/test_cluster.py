import numpy as np
import pytest

from lagebild.config import ClusterConfig
from lagebild.model import Article, Corpus, Story, When
from lagebild.stages.cluster import Cluster, content_terms, name_terms, stem

BRIDGE = [
    "Brückeneinsturz in Dresden: Teil der Carolabrücke stürzt in die Elbe. In der Nacht ist ein Teil der "
    "Carolabrücke in Dresden eingestürzt. Verletzt wurde niemand, die Feuerwehr sperrte das Elbufer.",
    "Carolabrücke: Feuerwehr Dresden warnt vor weiterem Einsturz. Nach dem Einsturz der Carolabrücke in Dresden "
    "prüfen Statiker die übrigen Brückenzüge. Korrosion an Spanngliedern gilt als mögliche Ursache.",
    "Dresden reißt Reste der Carolabrücke ab. Die Stadt Dresden lässt die eingestürzte Carolabrücke abreißen; "
    "Bagger räumen die Trümmer aus der Elbe, bevor das Hochwasser kommt.",
]
FLOOD = [
    "Unwetter in Valencia: Dutzende Tote nach Sturzfluten. Die Unwetterfront DANA hat in der Region Valencia "
    "schwere Überschwemmungen ausgelöst. Rettungskräfte suchen nach Vermissten.",
    "Valencia: Zahl der Toten nach Flut steigt. Nach den Sturzfluten in der Region Valencia hat die Regierung in "
    "Madrid drei Tage Staatstrauer angeordnet. Die DANA brachte in wenigen Stunden Regen eines Jahres.",
    "Nach der Flut in Valencia: Wut auf die Regionalregierung. Tausende demonstrieren in Valencia gegen das "
    "Krisenmanagement bei den Sturzfluten der DANA; die Warnung kam zu spät.",
]
STRAY = "Bayern München gewinnt gegen Borussia Dortmund. Harry Kane trifft doppelt beim Sieg im Topspiel der Bundesliga."


ALL = BRIDGE + FLOOD + [STRAY]


def _corpus(texts):
    """Articles with ids that follow the text (a0-a2 bridge, a3-a5 flood, a6 stray) whatever the subset."""
    return Corpus(articles=tuple(Article(id=f"a{ALL.index(t)}", input=f"{ALL.index(t)}.txt", text=t,
                                         title=t.split(". ")[0]) for t in texts))


@pytest.fixture(scope="module")
def cluster():
    return Cluster(ClusterConfig())


def _groups(corpus):
    return sorted(sorted(s.article_ids) for s in corpus.stories)


def test_stem_conflates_inflections():
    assert stem("Abkommens") == stem("Abkommen")
    assert stem("Brücken") == stem("Brücke")


def test_name_terms_pick_multiword_names_and_acronyms():
    terms = name_terms("Der russische Präsident Wladimir Putin traf Kim Jong-un. Putin lobte die DVRK und die NATO.")
    assert {"wladimir", "putin", "kim", "jong-un", "dvrk", "nato"} <= set(terms)
    assert terms.count("putin") == 2
    assert "lobte" not in terms


def test_content_terms_drop_function_words():
    assert "und" not in content_terms("Russland und Nordkorea unterzeichnen")


def test_stories_are_separated(cluster):
    out = cluster.process(_corpus(BRIDGE + FLOOD + [STRAY]))
    assert _groups(out) == [["a0", "a1", "a2"], ["a3", "a4", "a5"], ["a6"]]
    assert all(s.title for s in out.stories)


def test_similarity_is_symmetric_and_bounded(cluster):
    arts = list(_corpus(BRIDGE + FLOOD).articles)
    sim = cluster.similarity(arts)
    assert np.allclose(sim, sim.T)
    assert sim.min() >= 0 and sim.max() <= 1
    assert sim[0, 1] > sim[0, 3]


def test_new_articles_join_existing_stories_and_old_ones_stay(cluster):
    first = cluster.process(_corpus(BRIDGE[:2] + FLOOD[:2]))
    before = {s.id: set(s.article_ids) for s in first.stories}
    more = _corpus(BRIDGE + FLOOD + [STRAY])
    out = cluster.process(more.replace(stories=first.stories))
    after = {s.id: set(s.article_ids) for s in out.stories}
    for sid, members in before.items():
        assert members <= after[sid]
    assert _groups(out) == [["a0", "a1", "a2"], ["a3", "a4", "a5"], ["a6"]]


def test_near_copy_follows_its_original(cluster):
    corpus = _corpus(BRIDGE + FLOOD)
    arts = list(corpus.articles) + [Article(id="dup", input="dup.txt", text=FLOOD[0], duplicate_of="a3")]
    out = cluster.process(corpus.replace(articles=tuple(arts)))
    story = next(s for s in out.stories if "a3" in s.article_ids)
    assert "dup" in story.article_ids


def test_far_apart_dates_lower_similarity():
    cfg = ClusterConfig(use_embeddings=False)
    day = lambda d: When(value=d, start=d, end=d, precision="day", origin="metadata")  # noqa: E731
    a = Article(id="a", input="a", text=BRIDGE[0], published=day("2024-09-11"))
    b = Article(id="b", input="b", text=BRIDGE[1], published=day("2024-09-12"))
    c = Article(id="c", input="c", text=BRIDGE[1], published=day("2025-09-12"))
    cl = Cluster(cfg)
    near = cl.similarity([a, b])[0, 1]
    far = cl.similarity([a, c])[0, 1]
    assert far == pytest.approx(near * cfg.time_penalty)


def test_same_story_in_another_language_joins_through_the_embedding(cluster):
    english = Article(id="en", input="en.txt", language="en", title="Part of Dresden's Carola Bridge collapses",
                      text="Part of Dresden's Carola Bridge collapses. A section of the Carola Bridge in Dresden fell "
                           "into the Elbe river overnight. Nobody was hurt; firefighters closed both river banks.")
    arts = [a.replace(language="de") for a in _corpus(BRIDGE + FLOOD).articles] + [english]
    out = cluster.process(Corpus(articles=tuple(arts)))
    story = next(s for s in out.stories if "en" in s.article_ids)
    assert {"a0", "a1", "a2"} <= set(story.article_ids)
    assert not {"a3", "a4", "a5"} & set(story.article_ids)


def test_proper_name_types_tell_names_from_nouns():
    from lagebild.stages.cluster import proper_name_types

    texts = ["Der Vertrag wurde in Valencia unterzeichnet. Danach reiste Sánchez nach Valencia.",
             "Die Regierung lobte den Vertrag. Am Montag sprach Sánchez in Valencia über die Regierung."]
    types = proper_name_types(texts)
    assert {"Valencia", "Sánchez"} <= types
    assert not {"Vertrag", "Regierung", "Der", "Die"} & types


def test_a_story_spanning_months_stays_together(cluster):
    day = lambda d: When(value=d, start=d, end=d, precision="day", origin="metadata")  # noqa: E731
    arts = [a.replace(published=day("2024-09-11" if a.id in ("a0", "a1") else "2024-12-20"))
            for a in _corpus(BRIDGE + FLOOD + [STRAY]).articles]
    out = cluster.process(Corpus(articles=tuple(arts)))
    assert _groups(out) == [["a0", "a1", "a2"], ["a3", "a4", "a5"], ["a6"]]
