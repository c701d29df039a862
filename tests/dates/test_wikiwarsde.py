"""Quality gate on the public half of WikiWarsDE, through the official scorer and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, shared_path

# measured with bench/dates.py; the gate sits a little below so that an honest change can move it
FLOORS = {"lenient_f1": 96.0, "strict_f1": 92.0, "value_acc": 92.0, "lenient_value_f1": 90.0}


def test_wikiwarsde_public_half():
    data = shared_path("data", "wikiwarsde")
    scorer = shared_path("eval", "score_timex.py")
    exe = Path(sys.executable).with_name("lagebild")
    cmd = f"{exe} dates {{file}} --reference {{dct}} --mode narrative"
    run = subprocess.run([sys.executable, str(scorer), "--data", str(data), "--cmd", cmd],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["pred_invalid"] == 0 and result["pred_text_mismatch"] == 0
    for key, floor in FLOORS.items():
        assert result[key] >= floor, f"{key} {result[key]} fell below {floor}"
