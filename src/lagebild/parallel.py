"""Per-article stages on several cores: a fork-based process pool.

The stage object is handed to the workers by forking, not by pickling (models such as the CRF
tagger cannot be pickled, and forking shares their memory until it is written to). Articles
travel to the workers and back pickled; the results come back in input order.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator, Sequence
from typing import Any

_STAGE: Any = None


def _run(article):
    return _STAGE.process(article)


def available() -> bool:
    """Whether this platform can fork (Linux, macOS); elsewhere stages run in one process."""
    return "fork" in mp.get_all_start_methods()


def process_all(stage: Any, articles: Sequence[Any], workers: int, chunksize: int = 8) -> Iterator[Any]:
    """``stage.process`` over ``articles`` in ``workers`` forked processes, yielding results in order."""
    global _STAGE
    _STAGE = stage
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_run, articles, chunksize=chunksize)
    finally:
        _STAGE = None

