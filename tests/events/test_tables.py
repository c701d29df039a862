"""Frame precision and recall on the annotated development tables (tests/events/ANNOTATION.md).

The floors sit a little below what the rules reach, so that a change that breaks a construction
fails here; bench/events.py prints the full figures, the held-out table included.
"""

from pathlib import Path

import pytest

from lagebild.events.evaluate import load_table, score_table

HERE = Path(__file__).parent
FLOORS = {  # table: (precision, recall) for type + agents + targets + time
    "frames_dev.jsonl": (0.85, 0.84),
    "frames_dev2.jsonl": (0.70, 0.67),
    "frames_dev3.jsonl": (0.68, 0.64),
    "frames_dev4.jsonl": (0.70, 0.65),
    "frames_dev5.jsonl": (0.65, 0.62),
    "frames_dev6.jsonl": (0.55, 0.50),
    "frames_dev7.jsonl": (0.45, 0.35),
    "frames_dev8.jsonl": (0.67, 0.62),
    "frames_dev9.jsonl": (0.54, 0.48),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_frame_precision_and_recall(name):
    path = HERE / name
    if not path.exists():
        pytest.skip(f"{name} is missing")
    sc = score_table(load_table(path))
    p, r, _ = sc.prf("full")
    floor_p, floor_r = FLOORS[name]
    assert p >= floor_p and r >= floor_r, f"{name}: P {p:.3f} R {r:.3f}\n" + "\n".join(sc.misses[:20])
    # sentences annotated without events stay (nearly) empty of the guide's types
    assert sc.no_event_guide <= 2, sc.no_event_guide


def test_table_rows_are_well_formed():
    from lagebild.events.lexicon import TYPES

    for path in HERE.glob("frames_*.jsonl"):
        for row in load_table(path):
            for f in row["frames"]:
                assert f["type"] in TYPES, (path.name, row["id"])
                for name in list(f.get("agents") or []) + list(f.get("targets") or []):
                    assert name in row["text"], (path.name, row["id"], name)
