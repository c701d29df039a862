"""Plain text and Markdown files: ``article.text`` is exactly the decoded file content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import Article, Problem
from .decode import read_text
from .records import make_article


def read_text_file(path: Path, shown: str) -> Iterator[Article | Problem]:
    decoded = read_text(path)
    if decoded.text is None:
        yield Problem(shown, decoded.problem or "could not be read")
        return
    meta = {"format": "text", "encoding": decoded.encoding}
    yield make_article(shown, decoded.text, meta=meta)
