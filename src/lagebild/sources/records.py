"""JSON and JSONL records (``id``, ``url``, ``source``, ``title``, ``published``, ``language``, ``text`` or ``html``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import Article, Problem, hash_id
from .decode import looks_binary, decode_bytes, read_text
from .published import parse_published

_SPACES = re.compile(r"\s+")


def normalise_source(raw: object) -> str | None:
    """'  www.Spiegel.de ' -> 'spiegel.de'; 'Le  Monde' -> 'Le Monde'."""
    if raw is None:
        return None
    text = _SPACES.sub(" ", str(raw)).strip()
    if not text:
        return None
    if re.fullmatch(r"(?i)(https?://)?(www\.)?[a-z0-9.-]+\.[a-z]{2,}/?", text):
        text = re.sub(r"(?i)^(https?://)?(www\.)?", "", text).rstrip("/").lower()
    return text


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def make_article(shown: str, text: str, fields: dict[str, Any] | None = None,
                 meta: dict[str, Any] | None = None) -> Article:
    """Build an Article with a content-hash id from its text and metadata."""
    fields = fields or {}
    source = normalise_source(fields.get("source"))
    url = _opt_str(fields.get("url"))
    title = _opt_str(fields.get("title"))
    raw_published = fields.get("published")
    published = parse_published(raw_published)
    language = _opt_str(fields.get("language"))
    art_id = hash_id(text, source, url, title, None if raw_published is None else str(raw_published))
    meta = dict(meta or {})
    if language:
        meta["language_given"] = language.lower()
    if fields.get("id") is not None:
        meta["record_id"] = str(fields["id"])
    return Article(id=art_id, input=shown, text=text, url=url, source=source, title=title,
                   published=published, meta=meta)


def article_from_record(record: object, shown: str, where: str) -> Article | Problem:
    """One JSON object -> Article, or a Problem saying what is missing."""
    if not isinstance(record, dict):
        return Problem(shown, f"{where} is not a JSON object (found {type(record).__name__})")
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        meta = {"format": "record", "raw": json.dumps(record, ensure_ascii=False)}
        return make_article(shown, text, fields=record, meta=meta)
    if isinstance(html, str) and html.strip():
        from .html import article_from_html

        return article_from_html(shown, html, fields={k: v for k, v in record.items() if k not in ("html", "text")})
    return Problem(shown, f"{where} has no 'text' or 'html' field with content")


def _record_name(shown: str, record: object, fallback: str) -> str:
    rid = record.get("id") if isinstance(record, dict) else None
    return f"{shown}#{rid if rid not in (None, '') else fallback}"


def read_json_file(path: Path, shown: str) -> Iterator[Article | Problem]:
    decoded = read_text(path)
    if decoded.text is None:
        yield Problem(shown, decoded.problem or "could not be read")
        return
    try:
        data = json.loads(decoded.text)
    except json.JSONDecodeError as err:
        yield Problem(shown, f"is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, list):
        for n, record in enumerate(data, 1):
            yield article_from_record(record, _record_name(shown, record, str(n)), f"record {n}")
    else:
        yield article_from_record(data, shown, "the record")


def read_jsonl_file(path: Path, shown: str) -> Iterator[Article | Problem]:
    """One JSON record a line, streamed; a bad line is reported with its number and the rest is read."""
    seen_any = False
    with path.open("rb") as fh:
        if looks_binary(fh.read(8192)):
            yield Problem(shown, "looks like a binary file, not JSON lines")
            return
        fh.seek(0)
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            seen_any = True
            decoded = decode_bytes(raw)
            if decoded.text is None:
                yield Problem(f"{shown}, line {n}", decoded.problem or "could not be decoded")
                continue
            try:
                record = json.loads(decoded.text)
            except json.JSONDecodeError as err:
                yield Problem(f"{shown}, line {n}", f"is not valid JSON ({err.msg} at column {err.colno})")
                continue
            yield article_from_record(record, _record_name(shown, record, f"L{n}"), f"line {n}")
    if not seen_any:
        yield Problem(shown, "is empty")
