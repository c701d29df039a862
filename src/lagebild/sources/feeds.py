"""RSS 2.0 and Atom feeds: one Article per item, its HTML content through the HTML reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import Article, Problem
from .decode import read_text
from .html import _strip_tags
from .records import make_article

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def _text(node, *names: str) -> str | None:
    for name in names:
        child = node.find(name)
        if child is not None:
            value = "".join(child.itertext()).strip()
            if value:
                return value
    return None


def _atom_link(entry) -> str | None:
    for link in entry.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _item_text(body: str) -> str:
    """Feed content is an HTML fragment ("<p>…</p>"), often too short for main-text extraction."""
    return _strip_tags(body) if "<" in body else body.strip()


def read_feed_file(path: Path, shown: str) -> Iterator[Article | Problem]:
    decoded = read_text(path)
    if decoded.text is None:
        yield Problem(shown, decoded.problem or "could not be read")
        return
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(decoded.text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as err:
        yield Problem(shown, f"is not a valid RSS/Atom feed ({err})")
        return
    channel = root.find("channel")
    if root.tag == "rss" and channel is not None:
        feed_source = _text(channel, "title")
        items = [(item, _text(item, "title"), _text(item, "link"), _text(item, "pubDate", _DC_DATE),
                  _text(item, _CONTENT, "description"), _text(item, "guid")) for item in channel.findall("item")]
    elif root.tag == f"{_ATOM}feed":
        feed_source = _text(root, f"{_ATOM}title")
        items = [(e, _text(e, f"{_ATOM}title"), _atom_link(e), _text(e, f"{_ATOM}published", f"{_ATOM}updated"),
                  _text(e, f"{_ATOM}content", f"{_ATOM}summary"), _text(e, f"{_ATOM}id"))
                 for e in root.findall(f"{_ATOM}entry")]
    else:
        yield Problem(shown, f"is XML but not an RSS or Atom feed (root element <{etree.QName(root).localname}>)")
        return
    if not items:
        yield Problem(shown, "is a feed without items")
        return
    for n, (node, title, link, published, body, guid) in enumerate(items, 1):
        name = f"{shown}#{guid or n}"
        text = _item_text(body or "")
        if not text:
            yield Problem(name, f"item {n} has no text (neither content nor description)")
            continue
        fields = {"id": guid, "title": title, "url": link, "published": published, "source": feed_source}
        raw = etree.tostring(node, encoding="unicode")
        yield make_article(name, text, fields=fields, meta={"format": "feed", "raw": raw})
