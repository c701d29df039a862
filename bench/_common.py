"""Shared helpers for the benchmarks: where ../shared is, and a clean exit when it is not."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        print(f"skipped: {path} is not available (the benchmark needs ../shared beside the repository)")
        sys.exit(0)
    return path


def parse_settings(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items or []:
        key, _, value = item.partition("=")
        out[key] = value
    return out
