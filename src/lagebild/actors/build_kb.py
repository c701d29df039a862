"""Build the actor knowledge base from packaged sources and the curated table.

- every state and territory with an ISO 3166 alpha-3 code: its names in German, English, French
  and Russian from CLDR (babel), pycountry's official and common names, rigour's Wikidata id and
  strong names (Latin and Cyrillic script);
- the curated table (``curated``): German long forms, abbreviations, adjective and demonym stems,
  capitals and seats used as metonyms, people with their offices and terms, organisations.

usage: .venv/bin/python -m lagebild.actors.build_kb      (needs pip install -e '.[build]')
writes src/lagebild/resources/actors_kb.json.gz
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from . import curated

OUT = Path(__file__).resolve().parents[1] / "resources" / "actors_kb.json.gz"
_SCRIPT_OK = re.compile(r"^[\w .'’()\-–,&/]+$")


def _states() -> dict[str, dict]:
    import pycountry
    from babel import Locale

    out: dict[str, dict] = {}
    locales = {lang: Locale(lang).territories for lang in ("de", "en", "fr", "ru")}
    for c in pycountry.countries:
        names = {lang: terr.get(c.alpha_2) for lang, terr in locales.items() if terr.get(c.alpha_2)}
        aliases = {n for n in names.values() if n not in curated.AMBIGUOUS_NAMES}
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None) and getattr(c, attr) not in curated.AMBIGUOUS_NAMES:
                aliases.add(getattr(c, attr))
        out[c.alpha_3] = {"id": c.alpha_3, "type": "state", "name": names.get("de") or c.name, "names": names,
                          "qid": None, "aliases": aliases, "adjectives": set(), "demonyms": set(), "metonyms": set()}
    try:
        from rigour import _core

        for line in _core.territories_jsonl().splitlines():
            t = json.loads(line)
            code = (t.get("alpha3") or "").upper()
            if code in out and t.get("is_country"):
                out[code]["qid"] = t.get("qid")
                out[code]["aliases"].update(n for n in t.get("names_strong") or []
                                            if _SCRIPT_OK.match(n) and n not in curated.AMBIGUOUS_NAMES)
    except ImportError:
        pass
    for code, (adjective, demonym) in curated.MORE_ADJECTIVES.items():
        if code in out:
            out[code]["adjectives"].add(adjective)
            out[code]["demonyms"].add(demonym)
    for code, metonyms in curated.MORE_METONYMS.items():
        if code in out:
            out[code]["metonyms"].update(metonyms)
    for code, (longs, adjectives, demonyms, metonyms) in curated.STATES.items():
        entry = out.setdefault(code, {"id": code, "type": "state", "name": longs[-1] if longs else code, "names": {},
                                      "qid": None, "aliases": set(), "adjectives": set(), "demonyms": set(),
                                      "metonyms": set()})
        if code in ("SUN", "DDR"):
            entry["name"] = longs[0]
        entry["aliases"].update(longs)
        entry["adjectives"].update(a.lower() for a in adjectives)
        entry["demonyms"].update(demonyms)
        entry["metonyms"].update(metonyms)
    return out


def build() -> dict:
    actors = []
    for entry in _states().values():
        actors.append({k: (sorted(v) if isinstance(v, set) else v) for k, v in entry.items()})
    for pid, name, qid, aliases, terms in curated.PEOPLE:
        actors.append({"id": qid or f"lb:person:{pid}", "type": "person", "name": name, "qid": qid,
                       "aliases": sorted(set(aliases)),
                       "terms": [{"role": r, "state": s, "start": a, "end": b} for r, s, a, b in terms]})
    for oid, name, kind, aliases, state in curated.ORGANISATIONS:
        actors.append({"id": oid, "type": kind, "name": name, "qid": None, "aliases": sorted(set(aliases)),
                       "affiliation": state})
    actors.sort(key=lambda a: a["id"])
    return {"actors": actors, "offices": {k: list(v) for k, v in curated.OFFICE_WORDS.items()}}


def main() -> None:
    kb = build()
    OUT.write_bytes(gzip.compress(json.dumps(kb, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0))
    print(f"{len(kb['actors'])} actors -> {OUT} ({OUT.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
