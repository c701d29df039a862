import pytest

from lagebild.config import Config
from lagebild.model import Article, Corpus
from lagebild.pipeline import Pipeline, PipelineError
from lagebild.service import make_pipeline


class _Stage:
    def __init__(self, name, kind="article", requires=(), assigns=()):
        self.name, self.kind, self.requires, self.assigns = name, kind, requires, assigns
        self.seen: list[str] = []

    def process(self, item):
        if self.kind == "article":
            self.seen.append(item.id)
            return item.replace(title=f"{item.title or ''}{self.name}")
        return item


def test_default_pipeline_is_consistent():
    assert make_pipeline(Config()).names == list(Config().stages)


def test_missing_requirement_is_refused_before_running():
    with pytest.raises(PipelineError, match="needs article.sentences"):
        Pipeline([_Stage("b", requires=("article.sentences",)), _Stage("a", assigns=("article.sentences",))])


def test_stage_named_twice_is_refused():
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([_Stage("a"), _Stage("a")])


def test_article_stages_only_touch_todo():
    stage = _Stage("x")
    corpus = Corpus(articles=(Article("a", "a", "t"), Article("b", "b", "t")))
    out = Pipeline([stage]).run(corpus, todo=frozenset({"b"}))
    assert stage.seen == ["b"]
    assert out.articles[0].title is None and out.articles[1].title == "x"


def test_article_changed_by_corpus_stage_is_redone():
    class Touch(_Stage):
        def process(self, corpus):
            first = corpus.articles[0].replace(source="changed")
            return corpus.replace(articles=(first,) + corpus.articles[1:])

    later = _Stage("later")
    corpus = Corpus(articles=(Article("a", "a", "t"), Article("b", "b", "t")))
    Pipeline([Touch("touch", kind="corpus"), later]).run(corpus, todo=frozenset({"b"}))
    assert sorted(later.seen) == ["a", "b"]
