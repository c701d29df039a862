"""A small noisy corpus written into a temporary folder by the tests that need files."""

from __future__ import annotations

import json
from pathlib import Path

from tests.stages.test_cluster import BRIDGE, FLOOD, STRAY  # noqa: F401  (texts written for these tests)


def write_corpus(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for i, text in enumerate(BRIDGE):
        title, body = text.split(". ", 1)
        files[f"bridge{i}.txt"] = f"Zum Inhalt springen\n{title}\n{title}\n\n{body}\n\nTeilen\nKommentare (3)\n"
    files["flood0.txt"] = FLOOD[0].replace(". ", ".\n", 1) + "\nLesen Sie auch: Unwetter in Spanien\n"
    files["stray.txt"] = STRAY + "\n"
    records = [{"id": f"f{i}", "source": "Beispielblatt", "published": f"2024-10-3{i}", "title": t.split(". ")[0],
                "text": t} for i, t in enumerate(FLOOD[1:])]
    files["feed.jsonl"] = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{broken json\n"
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "empty.txt").write_bytes(b"")
    return {name: folder / name for name in files}
