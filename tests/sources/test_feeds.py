from lagebild.model import Article, Problem
from lagebild.sources import read_paths

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Beispielblatt</title>
<item><title>Brücke eingestürzt</title><link>https://example.org/a</link><guid>a1</guid>
<pubDate>Wed, 11 Sep 2024 06:00:00 +0200</pubDate>
<content:encoded><![CDATA[<p>In Dresden ist ein Teil der Carolabrücke eingestürzt.</p><p>Verletzt wurde niemand.</p>]]>
</content:encoded></item>
<item><title>Leer</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atomblatt</title>
<entry><title>Flut in Valencia</title><link href="https://example.org/v"/><id>urn:v1</id>
<published>2024-10-30T08:00:00Z</published><summary>Nach Sturzfluten in Valencia werden Menschen vermisst.</summary></entry>
</feed>"""


def test_rss_items_become_articles_and_empty_items_problems(tmp_path):
    (tmp_path / "f.rss").write_text(RSS, encoding="utf-8")
    items = list(read_paths([tmp_path / "f.rss"]))
    article, problem = items
    assert isinstance(article, Article) and isinstance(problem, Problem)
    assert article.input.endswith("f.rss#a1")
    assert article.text == "In Dresden ist ein Teil der Carolabrücke eingestürzt.\nVerletzt wurde niemand."
    assert (article.title, article.source, article.url) == ("Brücke eingestürzt", "Beispielblatt", "https://example.org/a")
    assert article.published.value == "2024-09-11" and article.published.origin == "metadata"
    assert "<guid>a1</guid>" in article.meta["raw"]
    assert "item 2" in problem.message


def test_atom_entries_become_articles(tmp_path):
    (tmp_path / "f.atom").write_text(ATOM, encoding="utf-8")
    (article,) = read_paths([tmp_path / "f.atom"])
    assert article.input.endswith("#urn:v1") and article.published.value == "2024-10-30"
    assert article.url == "https://example.org/v" and article.source == "Atomblatt"


def test_broken_or_foreign_xml_is_a_problem(tmp_path):
    (tmp_path / "broken.xml").write_text("<rss><channel><item>", encoding="utf-8")
    (tmp_path / "other.xml").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    problems = {p.input.rsplit("/", 1)[-1]: p.message for p in read_paths([tmp_path])}
    assert "not a valid RSS/Atom feed" in problems["broken.xml"]
    assert "not an RSS or Atom feed" in problems["other.xml"]


def test_entities_are_not_expanded(tmp_path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<rss><channel><title>&b;</title><item><title>t</title><description>Text hier.</description></item>'
            '</channel></rss>')
    (tmp_path / "bomb.rss").write_text(bomb, encoding="utf-8")
    (article,) = read_paths([tmp_path / "bomb.rss"])
    assert "aaaaaaaaaa" not in (article.source or "")
