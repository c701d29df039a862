"""Build background document frequencies for the story signal from Europeana Newspapers (CC0).

Small collections estimate IDF badly: among five articles a word shared by two of them weighs far
less than a word only one uses, and articles of one story drift apart. Document frequencies over a
fixed German background (historic newspaper text, chunked into pseudo-documents) give IDF a prior.

usage: .venv/bin/python -m lagebild.resources.build_background_df [../shared/data/europeana_ner]
writes src/lagebild/resources/background_df.json.gz (terms in at least two pseudo-documents)
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

CHUNK_TOKENS = 150
OUT = Path(__file__).resolve().parent / "background_df.json.gz"


def read_tokens(folder: Path) -> list[str]:
    tokens: list[str] = []
    for path in sorted(folder.glob("*.bio")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                tokens.append(parts[0])
    return tokens


def build(folder: Path) -> dict:
    from lagebild.stages.cluster import content_terms

    tokens = read_tokens(folder)
    df: Counter[str] = Counter()
    docs = 0
    for i in range(0, len(tokens), CHUNK_TOKENS):
        df.update(set(content_terms(" ".join(tokens[i:i + CHUNK_TOKENS]))))
        docs += 1
    return {"source": "Europeana Newspapers German NER corpus (CC0), chunks of %d tokens" % CHUNK_TOKENS,
            "documents": docs, "df": {t: n for t, n in sorted(df.items()) if n >= 2}}


def main() -> None:
    default = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "europeana_ner"
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if not folder.exists():
        sys.exit(f"{folder} not found: pass the folder of the Europeana NER .bio files")
    data = build(folder)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:  # mtime 0: reproducible
        fh.write(payload)
    print(f"wrote {OUT}: {len(data['df'])} terms over {data['documents']} pseudo-documents")


if __name__ == "__main__":
    main()
