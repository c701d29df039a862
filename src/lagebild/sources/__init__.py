"""Readers that turn files into Articles (an edge of the system, not a stage).

One registry maps a file suffix to its reader; ``read_paths`` walks files and
folders and yields Articles and Problems in a stable order. A reader never
raises for bad input: it yields a Problem naming the file and goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..model import Article, Problem
from .decode import MAX_BYTES, read_text
from .feeds import read_feed_file
from .html import read_html_file
from .records import read_json_file, read_jsonl_file
from .text import read_text_file

Reader = Callable[[Path, str], Iterator[Article | Problem]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".md": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xhtml": read_html_file,
    ".json": read_json_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".xml": read_feed_file,
}

__all__ = ["READERS", "MAX_BYTES", "iter_files", "read_paths", "read_text"]


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str] | Problem]:
    """Yield (path, display name) for every readable file under ``paths``, sorted per folder.

    Hidden files and folders (starting with '.') inside a folder are skipped;
    files with an unknown suffix inside a folder are reported once as a Problem.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Problem(str(raw), "does not exist")
            continue
        if path.is_file():
            yield path, str(raw)
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = Path(root) / name
                shown = str(full)
                if full.suffix.lower() not in READERS:
                    yield Problem(shown, f"skipped: unknown file type '{full.suffix or name}' "
                                         f"(lagebild reads {', '.join(sorted(READERS))})")
                    continue
                yield full, shown


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | Problem]:
    """Read every file under ``paths``; yield Articles and Problems, never raise for bad input."""
    for item in iter_files(paths):
        if isinstance(item, Problem):
            yield item
            continue
        path, shown = item
        reader = READERS.get(path.suffix.lower(), read_text_file)
        try:
            yield from reader(path, shown)
        except OSError as err:
            yield Problem(shown, f"could not be read ({err.strerror or err})")
