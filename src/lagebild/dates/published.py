"""An article's publication date from its own text: datelines, 'Stand:' lines, bylines.

Metadata wins when it was given; this only looks when it was not. A date counts as the
publication date when it stands where papers put one: a short line at the top or the bottom
("13.11.2024, 14:35 Uhr", "Berlin, 13. November 2024"), or after a cue word ("Stand:",
"Veröffentlicht am", "Aktualisiert"). A date inside running text ("Am 11. November 2024
unterzeichnete ...") is an event, not the publication date, and is never taken.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import When
from .tagger import Timex, tag

_CUE = re.compile(r"(?i)\b(?:veröffentlicht|erschienen|publiziert|datum|published|posted|vom)\b")
_UPDATE_CUE = re.compile(r"(?i)\b(?:stand|aktualisiert|zuletzt\s+geändert|updated|update)\b")
_DATELINE = re.compile(r"^\s*[A-ZÄÖÜ][\w./ -]{1,40}?,\s*(?:den\s+)?$")
HEAD_LINES = 8
TAIL_LINES = 4
MAX_WORDS = 14


@dataclass(frozen=True, slots=True)
class _Found:
    score: int
    order: int
    timex: Timex
    line: str


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, line))
        pos += len(line)
    return out


def _score(line: str, t: Timex, offset: int) -> int:
    before = line[:t.start - offset]
    words = len(line.split())
    score = 0
    if _CUE.search(before):
        score += 4
    elif _UPDATE_CUE.search(before):
        score += 3
    if words <= MAX_WORDS:
        score += 2
    if _DATELINE.match(before):
        score += 2
    if not before.strip():
        score += 1
    return score


def date_from_text(text: str, removed_spans: list[tuple[int, int]] | None = None,
                   found: list[Timex] | None = None) -> When | None:
    """The publication date a text states about itself, or None (see the module docstring).

    ``found`` may hold the text's expressions resolved without a reference (the dates stage has
    them already); otherwise the text is tagged here.
    """
    lines = _lines(text)
    candidates = lines[:HEAD_LINES] + [x for x in lines[-TAIL_LINES:] if x not in lines[:HEAD_LINES]]
    # metadata lines the cleaner removed ("Stand: 13.11.2024") count wherever they are
    for a, b in removed_spans or ():
        for pos, line in lines:
            if a <= pos < b and (pos, line) not in candidates:
                candidates.append((pos, line))
    if not candidates:
        return None
    if found is None:
        found = tag(text, reference=None, mode="news")
    starts = [t.start for t in found]
    best: _Found | None = None
    for order, (pos, line) in enumerate(candidates):
        if len(line) > 400:
            continue
        i = bisect.bisect_left(starts, pos)
        while i < len(found) and found[i].start < pos + len(line):
            t = found[i]
            i += 1
            if t.end > pos + len(line) or t.value is None or t.kind not in ("date", "time") \
                    or t.precision not in ("day", "part-of-day", "hour", "minute"):
                continue
            score = _score(line, t, pos)
            if score >= 2 and (best is None or (score, -order) > (best.score, -best.order)):
                best = _Found(score, order, t, line)
    if best is None:
        return None
    day = best.timex.interval[0]
    return When(value=day, start=day, end=day, precision="day", origin="text", expression=best.timex.text)
