"""Story-level time anchoring: a publication day for an article that gives none, from the events
it shares with dated articles of its story.

One article says "Kim unterzeichnete am Montag ein Dekret" and has no date; another, dated, says
"am Montagabend, dem 11. November". Once the two statements are aligned as one event, the undated
article's "am Montag" must name 11 November, which holds only for publication days from that
Monday to the Sunday after it. Each aligned, dated event gives such a set of days; the day that
satisfies the most of them (weighted by how well the events align) is taken; of equals, the one
nearest the story's other publication days, since the articles of a story appear close together. The article's relative dates are
then resolved against that day, and its ``published.origin`` says "story".
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from ..dates import tag
from ..model import Article, When
from .align import pair_score, story_idf
from .mentions import Mention

# publication days tried around an aligned event's day: the same day up to two weeks after it
_BEFORE, _AFTER = 1, 14
MIN_SCORE = 2.0


def is_undated(article: Article) -> bool:
    p = article.published
    return p.value is None or p.origin == "story"


def _fits(article: Article, span: tuple[int, int], sentence: tuple[int, int], day: date) -> set[date]:
    """The publication days for which the expression at ``span`` resolves to a stretch holding ``day``."""
    text = article.text[sentence[0]:sentence[1]]
    lo, hi = span[0] - sentence[0], span[1] - sentence[0]
    out = set()
    for k in range(-_BEFORE, _AFTER + 1):
        ref = day + timedelta(days=k)
        for t in tag(text, ref.isoformat(), "news"):
            if t.start < hi and lo < t.end and t.value and t.interval[0] and t.interval[1]:
                first, last = t.interval
                if t.value.endswith("TNI") and any(w in t.text.lower() for w in ("nacht zu", "nacht auf")):
                    last = (date.fromisoformat(last) + timedelta(days=1)).isoformat()  # the night before Wednesday
                if first <= day.isoformat() <= last and t.precision in ("day", "part-of-day", "minute", "hour"):
                    out.add(ref)
                break
    return out


def infer_published(article: Article, mine: list[Mention], dated: list[Mention]) -> tuple[date, list[str]] | None:
    """The publication day the article's shared events imply, and the articles they were shared with."""
    idf = story_idf(mine + dated)
    votes: dict[date, float] = defaultdict(float)
    witnesses: dict[date, set[str]] = defaultdict(set)
    informative = 0
    for m in mine:
        frames = [f for f in m.frames if f.time_span]
        if not frames:
            continue
        best = max(((pair_score(m, d, idf), d) for d in dated if d.day), key=lambda x: x[0], default=None)
        if best is None or best[0] < MIN_SCORE:
            continue
        score, other = best
        day = date.fromisoformat(other.day[0])
        if other.day[0] != other.day[1]:
            continue
        for f in frames[:3]:  # the first of its frames whose expression says something
            fits = _fits(article, f.time_span, (f.start, f.end), day)  # type: ignore[arg-type]
            if not fits or len(fits) == _BEFORE + _AFTER + 1:
                continue  # the expression says nothing about the publication day (or contradicts the event)
            informative += 1
            for ref in fits:
                votes[ref] += score
                witnesses[ref].add(other.article.id)
            break
    if not informative:
        return None
    top = max(votes.values())
    best = [d for d, v in votes.items() if v >= top - 1e-9]
    # of the days the events allow, the one nearest the story's other publication days (their mean),
    # the earliest of equals
    pubs = sorted({date.fromisoformat(m.article.published.start[:10]) for m in dated if m.article.published.start})
    mid = date.fromordinal(sum(d.toordinal() for d in pubs) // len(pubs)) if pubs else min(best)
    chosen = min(best, key=lambda d: (abs((d - mid).days), d))
    return chosen, sorted(witnesses[chosen])


# When no shared event says more, an undated article is placed among its story's articles: the
# middle of their publication days. Such a guess is off by a few days at most; a date read against
# it is only held against other sources if no publication day within this many days reconciles it.
GUESS_SLACK = 2
GUESS_REASON = "no date given and no shared dated event fits; placed at the middle of its story's publication days"


MAX_SPREAD = 3  # days: only a story told within a few days says where an undated article of it belongs


def story_middle(dated: list[Mention]) -> date | None:
    pubs = sorted({date.fromisoformat(m.article.published.start[:10]) for m in dated if m.article.published.start
                   and m.article.published.origin != "story"})
    if not pubs or (pubs[-1] - pubs[0]).days > MAX_SPREAD:
        return None
    return date.fromordinal(sum(d.toordinal() for d in pubs) // len(pubs))


def guessed(article: Article) -> bool:
    return article.published.origin == "story" and article.published.reason == GUESS_REASON


def reconciles(article: Article, span: tuple[int, int] | None, sentence: tuple[int, int], day: str) -> bool:
    """Could the article's inferred publication day be off (by at most ``GUESS_SLACK``) so that the
    date expression at ``span`` names ``day`` after all? True where nothing can be checked."""
    guess = article.published.start
    if span is None or not guess:
        return True
    g = date.fromisoformat(guess[:10])
    return any(abs((d - g).days) <= GUESS_SLACK for d in _fits(article, span, sentence, date.fromisoformat(day)))


def reconcilable(m: Mention, day: str) -> bool:
    """``reconciles`` for the date of a statement."""
    f = m.day_frame
    return f is None or reconciles(m.article, f.time_span, (f.start, f.end), day)


def anchored_when(day: date, witnesses: list[str] | None) -> When:
    iso = day.isoformat()
    reason = ("no date given; inferred from events it shares with " + ", ".join(witnesses)) if witnesses \
        else GUESS_REASON
    return When(value=iso, start=iso, end=iso, precision="day", origin="story", expression=None, reason=reason)
