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


def test_parallel_stages_give_the_same_corpus_as_one_process(tmp_path):
    from lagebild.config import Config
    from lagebild.service import analyze, make_pipeline
    from lagebild.store import open_store
    from tests.conftest import EXAMPLES

    cfg = Config()
    results = []
    for workers in (1, 2):
        pipeline = make_pipeline(cfg)
        pipeline.workers, pipeline.parallel_from = workers, 1
        seen = []
        pipeline.on_parallel = lambda name, seconds: seen.append(name)
        corpus = analyze([EXAMPLES], open_store(None), cfg, pipeline=pipeline).corpus
        results.append((corpus, seen))
    (one, seen_one), (two, seen_two) = results
    assert seen_one == [] and seen_two == ["actors"]
    assert [a.to_dict() for a in one.articles] == [a.to_dict() for a in two.articles]
    assert [s.to_dict() for s in one.stories] == [s.to_dict() for s in two.stories]
