from hypothesis import given
from hypothesis import strategies as st

from lagebild.model import Article, Removed, Sentence, Story, When, hash_id

opt = st.none() | st.text(max_size=20)


@given(st.builds(When, value=opt, start=opt, end=opt, precision=opt, origin=opt, expression=opt))
def test_when_round_trip(when):
    assert When.from_dict(when.to_dict()) == when


@given(st.text(max_size=50), st.lists(st.text(min_size=1, max_size=10), max_size=5), opt)
def test_story_round_trip(title, ids, summary):
    story = Story("s", title, tuple(ids), summary)
    assert Story.from_dict(story.to_dict()) == story


@given(st.text(min_size=1, max_size=100))
def test_article_round_trip(text):
    n = len(text)
    article = Article(id="a", input="x.txt", text=text, removed=(Removed(0, n, "r"),),
                      sentences=(Sentence(0, n, ((0, n),)),), published=When(value="2024", precision="year"))
    assert Article.from_dict(article.to_dict()) == article


def test_kept_ranges_and_clean_text():
    text = "Kopf\nInhalt eins.\nWerbung\nInhalt zwei."
    article = Article(id="a", input="a", text=text,
                      removed=(Removed(0, 4, "nav"), Removed(18, 25, "ad"), Removed(2, 3, "inside")))
    assert article.kept_ranges() == [(4, 18), (25, len(text))]
    assert article.clean_text() == "Inhalt eins.\nInhalt zwei."


def test_hash_id_is_stable_and_distinguishes_none_from_empty():
    assert hash_id("a", "b") == hash_id("a", "b")
    assert hash_id("a", None) != hash_id("a", "")
    assert hash_id("ab", "c") != hash_id("a", "bc")
    assert len(hash_id("x")) == 16
