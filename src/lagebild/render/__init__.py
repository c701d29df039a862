"""Output renderers, chosen by the output file's suffix (one registry, no format dispatch elsewhere)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .dossier import build_dossier
from .html import render_html
from .markdown import render_markdown

Renderer = Callable[[dict], str]


def render_json(dossier: dict) -> str:
    import json

    return json.dumps(dossier, ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[str, Renderer] = {
    ".json": render_json,
    ".md": render_markdown,
    ".markdown": render_markdown,
    ".html": render_html,
    ".htm": render_html,
}


def renderer_for(path: str | Path) -> Renderer:
    suffix = Path(path).suffix.lower()
    if suffix not in RENDERERS:
        raise ValueError(f"cannot write '{path}': the output must end in {', '.join(sorted(RENDERERS))}")
    return RENDERERS[suffix]


__all__ = ["RENDERERS", "build_dossier", "renderer_for", "render_html", "render_json", "render_markdown"]
