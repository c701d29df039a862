import pytest

from lagebild.model import Article
from lagebild.stages.language import Language


@pytest.fixture(scope="module")
def stage():
    return Language()


@pytest.mark.parametrize("text, lang", [
    ("Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung der Windenergie beschlossen.", "de"),
    ("The government approved a new law on wind energy on Wednesday, officials said.", "en"),
    ("Le gouvernement a adopté mercredi une nouvelle loi sur l'énergie éolienne.", "fr"),
    ("Правительство в среду одобрило новый закон о ветровой энергетике.", "ru"),
])
def test_detects_language(stage, text, lang):
    assert stage.process(Article(id="a", input="a", text=text)).language == lang


def test_given_language_wins_for_short_text(stage):
    article = Article(id="a", input="a", text="Kiew, Moskau.", meta={"language_given": "de-AT"})
    assert stage.process(article).language == "de"


def test_text_overrules_a_wrong_given_language(stage):
    text = "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung der Windenergie beschlossen. " * 4
    article = Article(id="a", input="a", text=text, meta={"language_given": "en"})
    assert stage.process(article).language == "de"
