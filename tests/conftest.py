"""Shared fixtures. Data from ../shared is read in place and never copied into the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
EXAMPLES = REPO / "examples" / "corpus"
GOLDEN = REPO / "tests" / "golden"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(scope="session")
def schema() -> dict:
    import json

    return json.loads(shared_path("contract", "dossier.schema.json").read_text(encoding="utf-8"))
