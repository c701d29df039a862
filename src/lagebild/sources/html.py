"""HTML pages: main text and metadata through trafilatura; the page itself is kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import Article, Problem
from .decode import read_text
from .records import make_article

_TAG = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|tr|article|section|header|footer|blockquote)\b[^>]*>", re.I)


def _strip_tags(html: str) -> str:
    """Last-resort text of a page trafilatura could not parse (broken markup)."""
    import html as htmllib

    text = _BLOCK.sub("\n", html)
    text = _TAG.sub(" ", text)
    text = htmllib.unescape(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def extract_html(html: str) -> tuple[str, dict[str, Any]]:
    """Main text and metadata of a page; falls back to plain tag stripping."""
    meta: dict[str, Any] = {}
    text = ""
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_recall=True)
        if doc is not None:
            text = (doc.text or "").strip()
            for key in ("title", "date", "sitename", "url", "author", "language"):
                value = getattr(doc, key, None)
                if value:
                    meta[key] = value
    except ImportError:  # a broken installation, not a broken page: say so instead of degrading silently
        raise
    except Exception as err:  # trafilatura/lxml on hostile markup; the fallback below still yields text
        meta["extraction_error"] = f"{type(err).__name__}: {err}"[:200]
    if not text:
        text = _strip_tags(html)
        meta["extractor"] = "tag-strip"
    else:
        meta["extractor"] = "trafilatura"
    return text, meta


def article_from_html(shown: str, html: str, fields: dict[str, Any] | None = None) -> Article | Problem:
    fields = dict(fields or {})
    text, meta = extract_html(html)
    if not any(ch.isalpha() for ch in text):
        return Problem(shown, "contains no readable text (HTML without a main text)")
    fields.setdefault("title", meta.get("title"))
    fields.setdefault("published", meta.get("date"))
    fields.setdefault("source", meta.get("sitename"))
    fields.setdefault("url", meta.get("url"))
    extra = {"format": "html", "raw": html, **{f"html_{k}": v for k, v in meta.items() if k in ("extractor", "extraction_error", "author")}}
    return make_article(shown, text, fields=fields, meta=extra)


def read_html_file(path: Path, shown: str) -> Iterator[Article | Problem]:
    decoded = read_text(path)
    if decoded.text is None:
        yield Problem(shown, decoded.problem or "could not be read")
        return
    yield article_from_html(shown, decoded.text)
