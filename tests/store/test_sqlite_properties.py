"""Property tests: what goes into the store comes back unchanged, and re-ingest is a no-op."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.model import Article, Corpus, Removed, Sentence, Story, When
from lagebild.store import open_store

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@st.composite
def articles(draw):
    text = draw(texts)
    n = len(text)
    cuts = sorted(draw(st.lists(st.integers(0, n), min_size=0, max_size=4)))
    removed = tuple(Removed(a, b, draw(st.sampled_from(["repeated block", "boilerplate: teaser link"])))
                    for a, b in zip(cuts[::2], cuts[1::2]) if a < b)
    sentences = (Sentence(0, n, ((0, n),)),)
    when = draw(st.sampled_from([When(), When(value="2024-06-19", start="2024-06-19", end="2024-06-19",
                                              precision="day", origin="metadata", expression="19.06.2024")]))
    return Article(id=draw(st.text("0123456789abcdef", min_size=16, max_size=16)), input=draw(texts), text=text,
                   url=draw(st.none() | texts), source=draw(st.none() | texts), title=draw(st.none() | texts),
                   language=draw(st.sampled_from(["de", "en", None])), published=when,
                   duplicate_of=draw(st.none() | st.just("x")), removed=removed, sentences=sentences)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), min_size=1, max_size=5, unique_by=lambda a: a.id))
def test_store_round_trip_is_lossless_and_reingest_a_no_op(batch):
    store = open_store(None)
    assert store.add_articles(batch) == [a.id for a in batch]
    assert store.add_articles(batch) == []
    stories = (Story("s", "T", tuple(a.id for a in batch)),)
    store.save(Corpus(articles=tuple(batch), stories=stories), "sig")
    back = store.load()
    assert back.articles == tuple(batch)
    assert back.stories == stories
    assert store.save(back, "sig") == 0
