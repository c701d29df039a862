"""Whole-pipeline invariants on generated noisy input: nothing is lost or altered, spans stay inside,
results do not depend on the order of the input files."""

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.config import Config
from lagebild.render import build_dossier
from lagebild.service import analyze
from lagebild.store import open_store
from tests.stages.test_clean_stage import CONTENT, FURNITURE
from tests.stages.test_cluster import BRIDGE, FLOOD, STRAY

CFG = Config().with_overrides({"cluster.use_embeddings": "false"})  # the embedder is tested elsewhere
LINES = FURNITURE + CONTENT + BRIDGE + FLOOD + [STRAY, "", "   "]
documents = st.lists(st.lists(st.sampled_from(LINES), min_size=1, max_size=12).map("\n".join),
                     min_size=1, max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents)
def test_analyze_keeps_texts_and_spans_valid(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("docs")
    for i, text in enumerate(texts):
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    result = analyze([folder], open_store(None), CFG)
    by_input = {a.input: a for a in result.corpus.articles}
    for i, text in enumerate(texts):
        name = str(folder / f"{i:02d}.txt")
        if not text.strip():
            assert any(p.input == name for p in result.problems)
            continue
        article = by_input.get(name)
        if article is None:  # the same text as an earlier file is still an article of its own
            raise AssertionError(f"{name} missing")
        assert article.text == text
        last = 0
        for rem in article.removed:
            assert last <= rem.start < rem.end <= len(text)
            last = rem.end
        for sent in article.sentences:
            assert 0 <= sent.start < sent.end <= len(text)
    members = [aid for s in result.corpus.stories for aid in s.article_ids]
    assert sorted(members) == sorted(a.id for a in result.corpus.articles)


def test_order_of_inputs_does_not_change_stories_or_copies(tmp_path, schema):
    texts = BRIDGE + FLOOD + [STRAY, BRIDGE[0]]
    for i, text in enumerate(texts):
        (tmp_path / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    files = sorted(tmp_path.iterdir())
    one = analyze(files, open_store(None), CFG).corpus
    two = analyze(list(reversed(files)), open_store(None), CFG).corpus

    def shape(corpus):
        name = {a.id: a.input.rsplit("/", 1)[-1] for a in corpus.articles}
        stories = sorted(sorted(name[i] for i in s.article_ids) for s in corpus.stories)
        copies = sorted((name[a.id], name[a.duplicate_of]) for a in corpus.articles if a.duplicate_of)
        return stories, copies

    assert shape(one)[0] == shape(two)[0]
    assert len(shape(one)[1]) == len(shape(two)[1]) == 1
    dossier = build_dossier(one, "2024-01-01T00:00:00+00:00")
    jsonschema.Draft202012Validator(schema).validate(json.loads(json.dumps(dossier)))
