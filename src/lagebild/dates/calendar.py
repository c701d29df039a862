"""Calendar points at a precision, their TIMEX values, intervals and arithmetic.

A ``Point`` is what a resolved expression means: "2024-11-11 evening", "June 1941",
"summer 1940", "the 1990s", "490 BC". It knows its TIMEX3-style value, the interval of days it
covers, and how to move by a number of days, weeks, months or years.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .lexicon import SEASON_MONTHS

# precision order, finest first (week sits between day and month)
ORDER = ("minute", "hour", "part-of-day", "day", "week", "month", "season", "quarter", "half", "year",
         "decade", "century")
FINER_THAN_DAY = frozenset({"minute", "hour", "part-of-day"})


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point. ``y`` is the astronomical year for AD (``bc`` marks years before Christ)."""

    precision: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    season: str | None = None     # SP, SU, FA, WI
    quarter: int | None = None
    half: int | None = None
    week: int | None = None       # ISO week (with y as the ISO year)
    weekend: bool = False
    decade: int | None = None     # 199 for the 1990s
    century: int | None = None    # 19 for the 20th century (1900-1999)
    pod: str | None = None        # MO, MI, AF, EV, NI
    hh: int | None = None
    mi: int | None = None
    ss: int | None = None
    tz: str | None = None
    bc: bool = False

    # -- constructors ------------------------------------------------------------------------
    @classmethod
    def of_date(cls, day: date) -> "Point":
        return cls("day", day.year, day.month, day.day)

    def day(self) -> date | None:
        if self.y is None or self.m is None or self.d is None or self.bc or not 1 <= self.y <= 9999:
            return None
        try:
            return date(self.y, self.m, self.d)
        except ValueError:
            return None

    # -- TIMEX value ---------------------------------------------------------------------------
    def value(self) -> str:
        p = self.precision
        if p == "century":
            return (f"BC{self.century:02d}" if self.bc else f"{self.century:02d}")
        if p == "decade":
            return (f"BC{self.decade:03d}" if self.bc else f"{self.decade:03d}")
        year = f"BC{self.y:04d}" if self.bc else f"{self.y:04d}"
        if p == "year":
            return year
        if p == "half":
            return f"{year}-H{self.half}"
        if p == "quarter":
            return f"{year}-Q{self.quarter}"
        if p == "season":
            return f"{year}-{self.season}"
        if p == "week":
            return f"{year}-W{self.week:02d}" + ("-WE" if self.weekend else "")
        if p == "month":
            return f"{year}-{self.m:02d}"
        out = f"{year}-{self.m:02d}-{self.d:02d}"
        if p == "part-of-day":
            return out + f"T{self.pod}"
        if p in ("hour", "minute"):
            out += f"T{self.hh:02d}:{(self.mi or 0):02d}"
            if self.ss is not None:
                out += f":{self.ss:02d}"
            if self.tz:
                out += self.tz
        return out

    # -- interval ------------------------------------------------------------------------------
    def interval(self, mod: str | None = None) -> tuple[str | None, str | None]:
        """First and last day covered (ISO dates), narrowed by START/MID/END; None for BC."""
        if self.bc:
            return None, None
        p = self.precision
        try:
            if p in ("day", "part-of-day", "hour", "minute"):
                d = self.day()
                return (d.isoformat(), d.isoformat()) if d else (None, None)
            if p == "week":
                first = date.fromisocalendar(self.y, self.week, 6 if self.weekend else 1)
                last = date.fromisocalendar(self.y, self.week, 7)
                return first.isoformat(), last.isoformat()
            if p == "century":
                a, b = date(max(1, self.century * 100), 1, 1), date(self.century * 100 + 99, 12, 31)
            elif p == "decade":
                a, b = date(max(1, self.decade * 10), 1, 1), date(self.decade * 10 + 9, 12, 31)
            elif p == "year":
                a, b = date(self.y, 1, 1), date(self.y, 12, 31)
            elif p == "half":
                m0 = 1 if self.half == 1 else 7
                a, b = date(self.y, m0, 1), _month_end(self.y, m0 + 5)
            elif p == "quarter":
                m0 = 3 * (self.quarter - 1) + 1
                a, b = date(self.y, m0, 1), _month_end(self.y, m0 + 2)
            elif p == "season":
                m0, m1 = SEASON_MONTHS[self.season]
                a = date(self.y, m0, 1)
                b = _month_end(self.y + (1 if m1 < m0 else 0), m1)
            elif p == "month":
                a, b = date(self.y, self.m, 1), _month_end(self.y, self.m)
            else:
                return None, None
        except (ValueError, TypeError, OverflowError):
            return None, None
        if mod in ("START", "MID", "END") and p == "year":
            first, last = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
            a, b = date(self.y, first, 1), _month_end(self.y, last)
        elif mod in ("START", "MID", "END") and p == "month":
            first, last = {"START": (1, 10), "MID": (11, 20), "END": (21, b.day)}[mod]
            a, b = a.replace(day=first), a.replace(day=last)
        elif mod in ("START", "MID", "END"):
            span = (b - a).days + 1
            third = span // 3
            if mod == "START":
                b = a + timedelta(days=third - 1)
            elif mod == "MID":
                a, b = a + timedelta(days=third), a + timedelta(days=2 * third - 1)
            else:
                a = a + timedelta(days=2 * third)
        return a.isoformat(), b.isoformat()

    # -- arithmetic ----------------------------------------------------------------------------
    def coarsen(self, precision: str) -> "Point":
        """The same point at a coarser precision ('2024-11-11' -> '2024-11')."""
        if ORDER.index(precision) <= ORDER.index(self.precision):
            return self
        y = self.y
        if precision == "week":
            d = self.day()
            if d is None:
                return self
            iso = d.isocalendar()
            return Point("week", iso[0], week=iso[1], bc=self.bc)
        if precision == "month":
            return Point("month", y, self.m, bc=self.bc) if self.m else Point("year", y, bc=self.bc)
        if precision == "decade":
            return Point("decade", decade=(y or 0) // 10, bc=self.bc)
        if precision == "century":
            return Point("century", century=(y or 0) // 100, bc=self.bc)
        return Point("year", y, bc=self.bc)

    def shift(self, unit: str, n: float) -> "Point | None":
        """Move by ``n`` units ('day', 'week', 'month', 'year', 'decade', 'century'); None if impossible."""
        if self.y is None:
            return None
        sign = -1 if self.bc else 1  # BC years count down
        if unit in ("decade", "century"):
            years = int(round(n * (10 if unit == "decade" else 100)))
            return replace(self, y=self.y + sign * years) if self.precision not in ("decade", "century") else None
        if unit == "year" and float(n).is_integer():
            y = self.y + sign * int(n)
            if self.bc and y <= 0:
                return None
            base = replace(self, y=y)
            if base.precision in ("day", "part-of-day", "hour", "minute") and base.m == 2 and base.d == 29:
                base = replace(base, d=28)
            return base
        if unit == "year":
            return self.shift("month", n * 12)
        if unit == "quarter":
            return self.shift("month", n * 3)
        if unit == "month":
            if not float(n).is_integer() or self.m is None or self.bc:
                return None if self.bc else self.shift("day", round(n * 30.44))
            total = self.y * 12 + (self.m - 1) + int(n)
            y, m = divmod(total, 12)
            m += 1
            if self.d is not None:
                return replace(self, y=y, m=m, d=min(self.d, calendar.monthrange(y, m)[1]))
            return replace(self, y=y, m=m)
        if unit in ("day", "week"):
            days = n * (7 if unit == "week" else 1)
            d = self.day()
            if d is None:
                if self.m is not None and not self.bc:  # a month-level point moves by whole months
                    return self.shift("month", round(days / 30.44))
                return None
            try:
                moved = d + timedelta(days=round(days))
            except OverflowError:
                return None
            return replace(self, y=moved.year, m=moved.month, d=moved.day)
        return None


def _month_end(y: int, m: int) -> date:
    while m > 12:
        y, m = y + 1, m - 12
    return date(y, m, calendar.monthrange(y, m)[1])


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(year, month, day)
