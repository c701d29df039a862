"""Publication dates and time expressions of each article (German rules; see lagebild.dates).

An article without a publication date in its metadata gets one from its own text where the text
states it (a dateline, a 'Stand:' line); otherwise it stays unknown, to be inferred later through
the other articles of its story. Every time expression in the kept text is then resolved
against that date, news style, and stored as a TimeMention with its normalised When.
"""

from __future__ import annotations

from ..dates import Timex, parse, resolve, tag
from ..dates.published import date_from_text
from ..model import Article, TimeMention, When

# the contract's precisions; the tagger's finer distinctions map onto the nearest one
_PRECISION = {"half": "quarter", "century": "decade", "second": "minute"}
_CONTRACT = {"minute", "hour", "part-of-day", "day", "week", "month", "quarter", "season", "year", "decade", "unknown"}


def when_of(t: Timex, origin: str = "text") -> When:
    """The dossier's When for a time expression (durations and sets keep their value, no interval)."""
    precision = _PRECISION.get(t.precision, t.precision)
    if precision not in _CONTRACT:
        precision = None if t.value is not None else "unknown"
    start, end = t.interval
    return When(value=t.value, start=start, end=end, precision=precision,
                origin=origin if t.value is not None else "unknown", expression=t.text, reason=t.reason)


def range_when(a: Timex, b: Timex, origin: str = "text", expression: str | None = None) -> When | None:
    """'vom 3. bis 5. Mai 2024' as one When: an ISO 8601 interval value '2024-05-03/2024-05-05'."""
    if a.value is None or b.value is None or a.interval[0] is None or b.interval[1] is None:
        return None
    order = ("minute", "hour", "part-of-day", "day", "week", "month", "season", "quarter", "half", "year", "decade",
             "century")
    coarse = max((a.precision, b.precision), key=lambda p: order.index(p) if p in order else -1)
    precision = _PRECISION.get(coarse, coarse)
    return When(value=f"{a.value}/{b.value}", start=a.interval[0], end=b.interval[1],
                precision=precision if precision in _CONTRACT else None, origin=origin, expression=expression)


def reference_day(published: When) -> str | None:
    """The day relative expressions resolve against: the publication day, if known to the day."""
    if published.value and published.precision == "day":
        return published.start or published.value[:10]
    return None


class Dates:
    """Per-article stage: publication date from the text where metadata gave none; time mentions."""

    name = "dates"
    kind = "article"
    requires = ("article.text", "article.removed", "article.published")
    assigns = ("article.published", "article.times")

    def process(self, article: Article) -> Article:
        published = article.published
        if published.value is None and published.expression:
            # metadata that the metadata parser could not read ("13. November 2024, 14:35")
            found = [t for t in tag(published.expression) if t.value and t.precision in ("day", "part-of-day", "minute")]
            if found:
                day = found[0].interval[0]
                published = When(value=day, start=day, end=day, precision="day", origin="metadata",
                                 expression=published.expression)
        parsed = parse(article.text)
        if published.value is None:
            removed = [(r.start, r.end) for r in article.removed]
            published = date_from_text(article.text, removed, resolve(parsed, None, "news")) or published
        kept = article.kept_ranges()
        found = resolve(parsed, reference_day(published), "news")
        times = []
        for i, t in enumerate(found):
            if not any(a <= t.start and t.end <= b for a, b in kept):
                continue
            times.append(TimeMention(t.start, t.end, t.kind, when_of(t)))
            if t.range_with is not None and t.range_with > i:  # the whole range, after its first end
                other = found[t.range_with]
                when = range_when(t, other, expression=article.text[t.start:other.end])
                if when is not None:
                    times.append(TimeMention(t.start, other.end, "range", when))
        return article.replace(published=published, times=tuple(times))
