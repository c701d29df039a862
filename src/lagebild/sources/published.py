"""Publication dates given as metadata (ISO 8601, RFC 2822, German numeric dates)."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..model import UNKNOWN_TIME, When

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$")
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_GERMAN = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?\s*$")


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_published(raw: object) -> When:
    """A metadata date as a When with origin 'metadata'; unparseable values say so."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return UNKNOWN_TIME
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw > 10**8:  # a Unix timestamp
        day = datetime.utcfromtimestamp(raw / 1000 if raw > 10**11 else raw).date().isoformat()
        return When(value=day, start=day, end=day, precision="day", origin="metadata", expression=str(raw))
    text = str(raw)
    m = _ISO.match(text) or _GERMAN.match(text)
    if m:
        if m.re is _ISO:
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
        else:
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
        day = _day(y, mo, d)
        if day:
            return When(value=day, start=day, end=day, precision="day", origin="metadata", expression=text)
    m = _ISO_MONTH.match(text)
    if m and 1 <= int(m[2]) <= 12:
        import calendar

        y, mo = int(m[1]), int(m[2])
        last = calendar.monthrange(y, mo)[1]
        return When(value=f"{y:04d}-{mo:02d}", start=f"{y:04d}-{mo:02d}-01", end=f"{y:04d}-{mo:02d}-{last:02d}",
                    precision="month", origin="metadata", expression=text)
    m = _YEAR.match(text)
    if m:
        return When(value=m[1], start=f"{m[1]}-01-01", end=f"{m[1]}-12-31", precision="year", origin="metadata",
                    expression=text)
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        day = parsed.date().isoformat()
        return When(value=day, start=day, end=day, precision="day", origin="metadata", expression=text)
    return When(value=None, precision="unknown", origin="unknown", expression=text)
