"""Find German time expressions and normalise them against a reference time.

``tag(text, reference, mode)`` runs the rules of ``rules``, keeps the longest non-overlapping
candidates and resolves them in text order:

- news mode: deictic expressions ("gestern", "letztes Jahr", "am Dienstag", "vor sieben Jahren")
  resolve against the reference (the publication date); anaphoric ones ("zwei Tage später",
  "am selben Tag", "im folgenden Jahr") against the last date the text mentioned.
- narrative mode (history text): both resolve against the last date the text mentioned,
  starting from the reference; "heute" means the present (PRESENT_REF).

Weekdays and months without a year take their direction from the tense of their clause ("am
Dienstag hat ... unterzeichnet" is the last Tuesday, "soll am Donnerstag stattfinden" the next).
What cannot be resolved keeps ``value=None`` with the ``reason``; nothing is guessed silently.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from .calendar import FINER_THAN_DAY, ORDER, Point, easter
from .lexicon import HOLIDAYS, EASTER_HOLIDAYS
from .rules import Candidate, candidates

MODES = ("news", "narrative")


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: ``text[start:end]``, its TIMEX3-style value and what it is."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str          # minute ... century, or 'duration', 'set', 'reference', 'unknown'
    kind: str               # date, time, duration, set, ref
    mod: str | None = None  # START, MID, END, APPROX, MORE_THAN, LESS_THAN, ...
    interval: tuple[str | None, str | None] = (None, None)  # first and last day covered
    reason: str | None = None   # why value is None
    anchor: str | None = None   # what it was resolved against: reference, text, none
    range_with: int | None = None  # index of the other end of a range ("vom 3. bis 5. Mai")

    def to_json(self, verbose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                               "precision": self.precision}
        if verbose:
            out.update(kind=self.kind, mod=self.mod, interval=list(self.interval), reason=self.reason,
                       anchor=self.anchor, range_with=self.range_with)
        return out


# ------------------------------------------------------------------------------ selection
def select(cands: list[Candidate]) -> list[Candidate]:
    """Longest candidates first, then higher priority, then earlier; no two overlap."""
    chosen: list[Candidate] = []
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and chosen[i - 1].end > c.start:
            continue
        if i < len(chosen) and chosen[i].start < c.end:
            continue
        chosen.insert(i, c)
        starts.insert(i, c.start)
    return chosen


# ------------------------------------------------------------------------------ tense
_SENT_BOUNDARY = re.compile(r"(?<=[a-zäöüß)\"“”'»«][.!?])\s+|\n\s*\n|(?<=[.!?])\s+(?=[\"„“»])")
_FUTURE = re.compile(
    r"(?<!\w)(?:wird|werden|werde|wirst|würde|würden|soll|sollen|sollte|sollten|will|wollen|plant|planen|geplant|"
    r"beabsichtigt|voraussichtlich|bevorstehend\w*|anstehend\w*|angesetzt|anberaumt|vorgesehen|erwartet|"
    r"stattfinden|beginnt|beginnen|startet|starten|findet|finden|trifft|treffen|tagt|tagen|reist|reisen|"
    r"entscheidet|entscheiden|stimmt|stimmen|endet|enden|öffnet|öffnen|eröffnet|berät|beraten|kommt|kommen|"
    r"läuft|laufen|tritt|treten|folgt|fällt|steht\s+an|stehen\s+an|gilt|gelten)(?!\w)")
_PAST_AUX = re.compile(r"(?<!\w)(?:hatte|hatten|hattest|war|waren|wurde|wurden|worden|gewesen)(?!\w)")
_PERFECT_AUX = re.compile(r"(?<!\w)(?:hat|haben|habe|ist|sind|sei|seien)(?!\w)")
_PARTICIPLE = re.compile(r"(?<!\w)(?:ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]+(?:ge[a-zäöüß]{2,}(?:t|en))|[a-zäöüß]{3,}iert|"
                         r"(?:unter|über|be|er|ver|zer|ent|emp|miss)[a-zäöüß]{2,}t)(?!\w)")
_PRETERITE = re.compile(
    r"(?<!\w)(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|kündigte|kündigten|"
    r"unterzeichnete|unterzeichneten|traf|trafen|kam|kamen|gab|gaben|begann|begannen|fand|fanden|stand|standen|"
    r"starb|starben|fiel|fielen|nahm|nahmen|hielt|hielten|rief|riefen|ließ|ließen|wies|wiesen|schlug|schlugen|"
    r"bestätigte|bestätigten|betonte|betonten|forderte|forderten|warnte|warnten|meldete|meldeten|wählte|wählten|"
    r"stimmte|stimmten|beschloss|beschlossen|einigte|einigten|verkündete|verkündeten|verabschiedete|"
    r"verabschiedeten|eröffnete|eröffneten|besuchte|besuchten|reiste|reisten|flog|flogen|sprach|sprachen|"
    r"entschied|entschieden|trat|traten|zog|zogen|brach|brachen|griff|griffen|verlor|verloren|gewann|gewannen|"
    r"lag|lagen|ging|gingen|sah|sahen|zeigte|zeigten|brachte|brachten|blieb|blieben|endete|endeten|erreichte|"
    r"erreichten|führte|führten|folgte|folgten|kehrte|kehrten|scheiterte|scheiterten|stürzte|stürzten|"
    r"explodierte|tötete|töteten|startete|starteten|verhängte|verhängten|verurteilte|verurteilten|bekräftigte|"
    r"versprach|versprachen|erhielt|erhielten|legte|legten|stellte|stellten|machte|machten|setzte|setzten|"
    r"schloss|schlossen|unterschrieb|unterschrieben|wurde|wurden|war|waren|hatte|hatten|"
    r"[a-zäöüß]{3,}ierte|[a-zäöüß]{3,}ierten)(?!\w)")


class _Sentences:
    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = [0] + [m.end() for m in _SENT_BOUNDARY.finditer(text)] + [len(text) + 1]

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.bounds, pos) - 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets of the sentence (or sentences) around start..end."""
        i = bisect.bisect_right(self.bounds, start) - 1
        j = bisect.bisect_left(self.bounds, end)
        a = self.bounds[max(0, i)]
        b = self.bounds[min(len(self.bounds) - 1, max(j, i + 1))]
        return a, min(b, len(self.text))


# weak verbs in the simple past: "tagte", "meldeten" (not adjectives like "erste", "geplante", "letzten")
_WEAK_PRETERITE = re.compile(r"(?<![\w-])(?!ge)[a-zäöüß]{3,}(?:te|ten)(?![\w-])")
_NOT_PRETERITE = frozenset(
    "erste ersten zweite zweiten dritte dritten vierte vierten fünfte fünften letzte letzten nächste nächsten "
    "meisten beste besten heute gute guten weite weiten rechte rechten halbe halben späte späten "
    "breite breiten harte harten leichte leichten schlechte schlechten echte echten bunte bunten "
    "gesamte gesamten konkrete konkreten absolute absoluten zuletzt".split())


def _weak_past(clause: str) -> bool:
    for m in _WEAK_PRETERITE.finditer(clause):
        w = m.group(0)
        # "-ste(n)": superlatives; "-ete(n)": mostly participle adjectives ("bewaffnete")
        if w not in _NOT_PRETERITE and not w.endswith(("ste", "sten", "ete", "eten")):
            return True
    return False


_PERFECT_INFINITIVE = re.compile(r"(?<!\w)(?:haben|sein|worden|gewesen)\s+(?:soll|sollen|sollte|sollten|will|wollen|"
                                 r"dürfte|dürften|könnte|könnten|müsste|müssten|muss|müssen|kann|können)(?!\w)")


def tense(clause: str) -> int:
    """-1 past, +1 future (or present with future meaning), 0 unknown."""
    past = bool(_PAST_AUX.search(clause) or _PRETERITE.search(clause)
                or (_PERFECT_AUX.search(clause) and _PARTICIPLE.search(clause)))
    if not past and not _FUTURE.search(clause):
        past = _weak_past(clause)
    future = bool(_FUTURE.search(clause))
    if future and _PERFECT_INFINITIVE.search(clause):
        return -1  # "der den Polizisten erstochen haben soll": a past deed, reported
    if past and future:
        # "soll ... unterzeichnet haben/worden sein": reported past
        if re.search(r"(?<!\w)(?:haben|worden|gewesen)(?!\w)", clause) or _PAST_AUX.search(clause):
            return -1
        return 1 if re.search(r"(?<!\w)(?:wird|werden|soll|sollen|will|wollen|plant|geplant)(?!\w)", clause) else -1
    return -1 if past else (1 if future else 0)


# a relative or subordinate clause set off by a comma, up to the next comma or the sentence's end
_EMBEDDED = re.compile(r"(?:,\s+(?:(?:in|an|auf|mit|von|bei|für|nach|zu|über|unter|gegen|aus)\s+)?"
                       r"(?:der|die|das|dem|den|denen|dessen|deren|welche[rsmn]?|was|wo|weil|obwohl|nachdem|bevor|"
                       r"während|damit|sodass|falls|wenn|als|ob|dass)(?!\w)"
                       # a second verb phrase of the same subject: "hat am Dienstag gewonnen und soll heute ..."
                       r"|\s+(?:und|aber|doch)\s+(?=(?:soll|sollen|will|wollen|wird|werden|hat|haben|ist|sind|"
                       r"wurde|wurden|muss|müssen)(?!\w)))[^,;:]*")


def clause_tense(sentence: str, pos: int) -> int:
    """The tense of the clause at ``pos``: a relative or subordinate clause set off by commas has its own
    ("ernannte am Mittwoch X, der die Geschäfte führen soll" is past; "..., der am Mittwoch kommen soll"
    is future). Where the clause tells nothing, the whole sentence decides."""
    spans = [(m.start(), m.end()) for m in _EMBEDDED.finditer(sentence)]
    if not spans:
        return tense(sentence)
    inner = next(((a, b) for a, b in spans if a <= pos < b), None)
    if inner is not None:
        own = sentence[inner[0]:inner[1]]
    else:
        parts, last = [], 0
        for a, b in spans:
            parts.append(sentence[last:a])
            last = b
        parts.append(sentence[last:])
        own = " ".join(parts)
    return tense(own) or tense(sentence)


# ------------------------------------------------------------------------------ resolution
def _as_date(reference: str | date | None) -> date | None:
    if reference is None or isinstance(reference, date):
        return reference
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(reference))
    if not m:
        raise ValueError(f"reference must be YYYY-MM-DD, got {reference!r}")
    return date(int(m[1]), int(m[2]), int(m[3]))


_GRAN_OF_UNIT = {"tag": "day", "week": "week", "month": "month", "year": "year", "quarter": "quarter",
                 "half": "half", "decade": "decade", "season": "season"}
_SHIFT_UNIT = {"tag": "day", "woche": "week", "week": "week", "monat": "month", "month": "month", "jahr": "year",
               "year": "year", "quartal": "quarter", "quarter": "quarter", "jahrzehnt": "decade",
               "decade": "decade", "jahrhundert": "century", "half": "half"}
_DUR_LETTER = {"sekunde": "S", "minute": "M", "stunde": "H", "tag": "D", "woche": "W", "monat": "M",
               "quartal": "Q", "jahr": "Y", "jahrzehnt": "DE", "jahrhundert": "CE"}


def duration_value(parts: list[tuple[float | None, str]]) -> str:
    """[(1.5, 'jahr')] -> 'P1Y6M'; [(None, 'tag')] -> 'PXD'; [(2, 'stunde')] -> 'PT2H'."""
    date_part, time_part = "", ""
    for n, unit in parts:
        n = abs(n) if n is not None else None
        letter = _DUR_LETTER[unit]
        if n is None:
            amount = "X"
        elif float(n).is_integer():
            amount = str(int(n))
        elif unit == "jahr" and (n * 12).is_integer():
            amount = str(int(n)) if n >= 1 else ""
            date_part += (f"{amount}Y" if amount else "") + f"{int(round((n % 1) * 12))}M"
            continue
        elif unit == "stunde" and (n * 60).is_integer():
            if n >= 1:
                time_part += f"{int(n)}H"
            time_part += f"{int(round((n % 1) * 60))}M"
            continue
        elif unit == "tag" and (n * 24).is_integer():
            if n >= 1:
                date_part += f"{int(n)}D"
            time_part += f"{int(round((n % 1) * 24))}H"
            continue
        elif unit == "jahrhundert" and (n * 10).is_integer():
            date_part += f"{int(round(n * 10))}DE"
            continue
        elif unit == "monat" and n < 1:
            date_part += f"{int(round(n * 30))}D"
            continue
        else:
            amount = f"{n:g}"
        if unit in ("sekunde", "minute", "stunde"):
            time_part += amount + letter
        else:
            date_part += amount + letter
    return "P" + date_part + ("T" + time_part if time_part else "")


class Resolver:
    """Resolves candidates in text order, keeping the last mentioned date as the anaphoric anchor."""

    def __init__(self, text: str, reference: date | None, mode: str, sentences: _Sentences | None = None) -> None:
        self.text = text
        self.ref = reference
        self.mode = mode
        self.sentences = sentences or _Sentences(text)
        self.anchor: Point | None = Point.of_date(reference) if reference else None
        self.anchor_from_text = False
        self.last_day: Point | None = self.anchor
        self.bc = False
        self.last_year: tuple[int, int] | None = None  # last explicit year and its sentence
        self.may_anchor = True  # whether the expression being resolved may become the anchor

    # -- anchors ---------------------------------------------------------------------------------
    def base(self, deictic: bool) -> tuple[Point | None, str]:
        if deictic and self.mode == "news":
            if self.ref is not None:
                return Point.of_date(self.ref), "reference"
            return None, "none"  # "gestern" in a paper of unknown date is unknown, whatever else it mentions
        if self.anchor is None:
            return None, "none"
        return self.anchor, ("text" if self.anchor_from_text else "reference")

    def day_base(self, deictic: bool) -> tuple[Point | None, str]:
        """Like ``base`` but at day precision: the last mentioned day if it lies in the anchor."""
        p, how = self.base(deictic)
        if p is None or p.day() is not None:
            return p, how
        ld = self.last_day
        if ld is not None and ld.y == p.y and (p.m is None or ld.m == p.m):
            return ld, how
        if self.mode == "news" and self.ref is not None and p.y == self.ref.year:
            return Point.of_date(self.ref), "reference"  # "ab 23.45 Uhr" in a paper: that day
        return p, how

    def remember(self, p: Point) -> None:
        if p.precision in ("decade", "century"):
            return
        self.anchor = p
        self.anchor_from_text = True
        if p.day() is not None:
            self.last_day = Point("day", p.y, p.m, p.d)
        self.bc = p.bc

    # -- the main step ---------------------------------------------------------------------------
    def resolve(self, c: Candidate, nxt: Candidate | None) -> Timex | None:
        sem = dict(c.sem)
        if sem.get("link") in ("month", "year") and nxt is not None:
            for key in ("m", "y", "y2", "bc"):
                if key in nxt.sem and key not in sem:
                    sem[key] = nxt.sem[key]
            if "m" not in sem:
                return None
        elif sem.get("k") == "abs" and ("m" in sem or "season" in sem) and "y" not in sem and "y2" not in sem \
                and nxt is not None and nxt.sem.get("k") == "abs" and "y" in nxt.sem \
                and ("m" in nxt.sem or "season" in nxt.sem) \
                and _RANGE_GAP.match(self.text[c.end:nxt.start]) and nxt.start - c.end <= 16:
            sem["y"], sem["bc"] = nxt.sem["y"], nxt.sem.get("bc", False)  # "vom 8. Februar auf den 9. Februar 1904"
        if sem.get("link") == "unit":
            if nxt is None or nxt.sem.get("k") != "dur" or not nxt.sem.get("parts"):
                return None
            sem = {"k": "dur", "parts": [(sem["n"], nxt.sem["parts"][0][1])]}
        kind = sem["k"]
        text = self.text[c.start:c.end]
        try:
            if kind == "dur":
                return self._out(c, duration_value(sem["parts"]), "duration", "duration", sem.get("mod"))
            if kind == "set":
                return self._out(c, sem["value"], "set", "set")
            if kind == "ref":
                return self._ref(c, sem)
            if kind == "abs":
                return self._abs(c, sem)
            if kind == "rel":
                out = self._rel(c, sem)
                if sem.get("or_duration") and out.value is None:  # "nach 77 Tagen" with no day to count from
                    return self._out(c, duration_value(sem["parts"]), "duration", "duration")
                return out
            if kind == "wd":
                return self._weekday(c, sem)
            if kind == "pod":
                return self._pod(c, sem)
            if kind == "time":
                return self._time(c, sem)
            if kind == "holiday":
                return self._holiday(c, sem)
        except (ValueError, OverflowError, KeyError, TypeError) as err:  # a date that cannot exist
            return self._out(c, None, "unknown", "date", reason=f"cannot be resolved ({err.__class__.__name__})")
        raise AssertionError(f"unknown candidate kind {kind!r} for {text!r}")

    def _out(self, c: Candidate, value: str | None, precision: str, kind: str, mod: str | None = None,
             point: Point | None = None, reason: str | None = None, anchor: str | None = None) -> Timex:
        interval = point.interval(mod) if point is not None else (None, None)
        if point is not None and value is not None and kind in ("date", "time") and self.may_anchor:
            self.remember(point)
        return Timex(c.start, c.end, self.text[c.start:c.end], value, precision, kind, mod, interval,
                     reason if value is None else None, anchor)

    def _date_out(self, c: Candidate, p: Point | None, sem: dict[str, Any], anchor: str, reason: str | None = None) -> Timex:
        if p is None:
            return self._out(c, None, "unknown", "date", sem.get("mod"),
                             reason=reason or "no reference date to resolve it against", anchor=anchor)
        kind = "time" if p.precision in ("hour", "minute") else "date"
        return self._out(c, p.value(), p.precision, kind, sem.get("mod"), point=p, anchor=anchor)

    def _ref(self, c: Candidate, sem: dict[str, Any]) -> Timex:
        return self._out(c, sem["value"], "reference", "ref")

    def _clause_tense(self, c: Candidate) -> int:
        a, b = self.sentences.span(c.start, c.end)
        return clause_tense(self.text[a:b], c.start - a)

    # -- explicit dates ----------------------------------------------------------------------------
    def _year_for(self, c: Candidate, sem: dict[str, Any], make: Any) -> tuple[int | None, bool, str]:
        """The year of an expression that names none ('22. Juni', 'im Herbst'); ``make(y)`` builds its Point."""
        if sem.get("yrel"):
            n, how = sem["yrel"]
            base, anchor = self.base(how == "deictic")
            if base is None or base.y is None:
                return None, False, "none"
            p = base.shift("year", n) if base.precision not in ("decade", "century") else None
            return (p.y if p else None), base.bc, anchor
        if self.mode == "news":
            if self.ref is None:
                return None, False, "none"  # no publication date: the year is not guessed from other mentions
            sent = self.sentences.index(c.start)
            if self.last_year is not None and sent == self.last_year[1] and self.last_year[0] != self.ref.year:
                return self.last_year[0], False, "text"  # "Im Jahr 1991 ... am 25. Dezember"
            t = -1 if re.search(r"\b(?:[Ss]eit|[Ss]eitdem)\s+(?:de[mn]\s+|Anfang\s+|Ende\s+|Mitte\s+)?$",
                                self.text[max(0, c.start - 20):c.start]) else self._clause_tense(c)
            ref = self.ref
            best = None
            for y in (ref.year - 1, ref.year, ref.year + 1):
                try:
                    first, last = (date.fromisoformat(x) for x in make(y).interval())
                except (TypeError, ValueError):
                    continue
                if t < 0 and first > ref:
                    continue
                if t > 0 and last < ref:
                    continue
                dist = 0 if first <= ref <= last else min(abs((first - ref).days), abs((last - ref).days))
                if best is None or dist < best[0]:
                    best = (dist, y)
            return (best[1] if best else ref.year), False, "reference"
        base, anchor = self.base(False)
        if base is None or base.y is None or base.precision in ("decade", "century"):
            return None, False, "none"
        return base.y, base.bc, anchor

    def _abs(self, c: Candidate, sem: dict[str, Any]) -> Timex:
        anchor = "none"
        if "century" in sem:
            p = Point("century", century=sem["century"], bc=sem.get("bc", False))
            return self._out(c, p.value(), "century", "date", sem.get("mod"), point=p)
        if "decade" in sem or "decade2" in sem:
            bc = sem.get("bc", False)
            if "decade" in sem:
                dec = sem["decade"]
                if dec < 100 and self.bc:
                    bc = True
            else:
                base, _ = self.base(True)
                if base is None or base.y is None:
                    return self._out(c, None, "unknown", "date", sem.get("mod"),
                                     reason="a two-digit decade needs a reference year for its century")
                century = base.y // 100
                dec = century * 10 + sem["decade2"]
                if dec * 10 > base.y:
                    dec -= 10
            p = Point("decade", decade=dec, bc=bc)
            return self._out(c, p.value(), "decade", "date", sem.get("mod"), point=p)
        y = sem.get("y")
        bc = bool(sem.get("bc"))
        if y is not None and not bc and not sem.get("era") and self.bc and y < 1000:
            bc = True  # a Greek-Persian-wars text: bare years continue the era of the last one
        if y is None and "y2" in sem:
            base_y = (self.anchor.y if self.anchor is not None and self.anchor_from_text and self.mode == "narrative"
                      else self.ref.year if self.ref is not None else self.anchor.y if self.anchor is not None else None)
            if base_y is None:
                return self._out(c, None, "unknown", "date", reason="a two-digit year needs a reference year")
            cands = [(base_y // 100 + k) * 100 + sem["y2"] for k in (-1, 0, 1)]
            y = min(cands, key=lambda v: (abs(v - base_y) + (100 if v > base_y + 10 else 0), v))
        m, d = sem.get("m"), sem.get("d")

        def make(year: int, bc: bool = False) -> Point:
            if sem.get("week"):
                return Point("week", year, week=sem["week"])
            if sem.get("season"):
                return Point("season", year, season=sem["season"], bc=bc)
            if sem.get("quarter"):
                return Point("quarter", year, quarter=sem["quarter"], bc=bc)
            if sem.get("half"):
                return Point("half", year, half=sem["half"], bc=bc)
            if m is None:
                return Point("year", year, bc=bc)
            if d is None:
                return Point("month", year, m, bc=bc)
            return Point("day", year, m, d, bc=bc)

        if y is None and (m is not None or sem.get("season") or sem.get("quarter") or sem.get("half") or sem.get("week")):
            y, bc, anchor = self._year_for(c, sem, make)
            if y is None:
                partial = make(0).value().replace("0000", "XXXX", 1)
                return self._out(c, None, "unknown", "date", sem.get("mod"), anchor="none",
                                 reason=f"no year given and no reference date to take it from ({partial})")
        elif y is not None:
            anchor = "text"
            if not sem.get("link"):
                self.last_year = (y, self.sentences.index(c.start))
        if y is None:
            return self._out(c, None, "unknown", "date", reason="no year")
        p = make(y, bc)
        if p.precision == "day" and not bc:
            date(y, m, d)  # raises ValueError for 31 June
        p = _refine(p, sem)
        return self._date_out(c, p, sem, anchor)

    # -- relative dates ----------------------------------------------------------------------------
    def _rel(self, c: Candidate, sem: dict[str, Any]) -> Timex:
        unit, n = sem["unit"], sem.get("n")
        deictic = sem.get("anchor") == "deictic"
        if sem.get("if_future") and self._clause_tense(c) < 0:  # "in zwei Wochen hatte er ..." is a span
            return self._out(c, duration_value(sem["parts"]), "duration", "duration")
        # "zwei Tage später" moves the story on; "im Vorjahr", "vor drei Jahren" only look elsewhere
        self.may_anchor = self.may_anchor and unit in ("tag", "pod", "week", "woche") and not sem.get("coarse")
        if sem.get("today") and self.mode == "narrative":
            return self._out(c, "PRESENT_REF", "reference", "ref")
        if unit in ("tag", "pod"):
            base, how = self.day_base(deictic)
        else:
            base, how = self.base(deictic)
        if base is None:
            return self._date_out(c, None, sem, "none", reason="no reference date to resolve it against")
        if base.precision in ("decade", "century"):
            return self._date_out(c, None, sem, how, reason="the last date mentioned is too coarse")
        if sem.get("weekend"):
            return self._weekend(c, sem, base, how, n)
        if unit == "season":
            return self._season_rel(c, sem, base, how)
        if unit == "pod":
            p = base.shift("day", n or 0) if base.day() is not None else None
            if p is None:
                return self._date_out(c, None, sem, how, reason="no day to attach the part of day to")
            p = replace(Point("day", p.y, p.m, p.d), precision="part-of-day", pod=sem.get("pod"))
            return self._date_out(c, p, sem, how)
        parts = sem.get("parts") or [(n, unit)]
        if unit in ("sekunde", "minute", "stunde"):
            return self._clock_shift(c, sem, parts, how)
        p = base
        for amount, u in parts:
            su = _SHIFT_UNIT.get(u, u)
            if su == "half":
                su, amount = "month", (amount or 0) * 6
            if su in ("day",) and base.day() is None:
                return self._date_out(c, None, sem, how, reason="the last date mentioned has no day")
            p = p.shift(su, amount) if p is not None else None
        if p is None:
            return self._date_out(c, None, sem, how, reason="cannot move the reference by that amount")
        # precision of the result
        gran = _GRAN_OF_UNIT.get(unit) or {"woche": "week", "monat": "month", "jahr": "year", "quartal": "quarter",
                                           "jahrzehnt": "year", "jahrhundert": "year"}.get(unit, "day")
        frac = any(a is not None and not float(a).is_integer() for a, _ in parts)
        if frac and gran == "year":
            gran = "month"
        if sem.get("coarse") or n == 0 or unit in ("year", "month", "week", "quarter", "half", "decade") and deictic:
            target = gran
        else:
            # "drei Monate später" after a day stays a day; after a month it is a month
            target = gran if ORDER.index(gran) > ORDER.index(base.precision) else base.precision
            if target in FINER_THAN_DAY:
                target = "day"
            if gran == "week" and base.day() is not None:
                target = "day"
        if target == "week":
            p = p.coarsen("week") if p.day() is not None else p.coarsen("month")
            if sem.get("weekend"):
                p = replace(p, weekend=True)
        elif target == "quarter":
            p = Point("quarter", p.y, quarter=((p.m or 1) - 1) // 3 + 1, bc=p.bc)
        elif target == "half":
            p = Point("half", p.y, half=1 if (p.m or 1) <= 6 else 2, bc=p.bc)
        elif target == "decade":
            p = Point("decade", decade=p.y // 10, bc=p.bc)
        elif ORDER.index(target) > ORDER.index(p.precision):
            p = p.coarsen(target)
        elif p.precision in FINER_THAN_DAY and target == "day":
            p = Point("day", p.y, p.m, p.d, bc=p.bc)
        if sem.get("then"):
            p = Point("day", p.y, sem["then"]["m"], sem["then"]["d"], bc=p.bc)
        if sem.get("pod") and p.day() is not None:
            p = replace(Point("day", p.y, p.m, p.d), precision="part-of-day", pod=sem["pod"])
        return self._date_out(c, p, sem, how)

    def _clock_shift(self, c: Candidate, sem: dict[str, Any], parts: list, how: str) -> Timex:
        """'zwei Stunden später': a clock time when the last one is known, else that day."""
        last = self.anchor
        if last is not None and last.precision == "minute" and last.day() is not None:
            minutes = sum((a or 0) * {"sekunde": 1 / 60, "minute": 1, "stunde": 60}[u] for a, u in parts)
            moved = datetime(last.y, last.m, last.d, last.hh % 24, last.mi or 0) + timedelta(minutes=minutes)
            p = Point("minute", moved.year, moved.month, moved.day, hh=moved.hour, mi=moved.minute, tz=last.tz)
            return self._date_out(c, p, sem, how)
        base, how = self.day_base(False)
        if base is None or base.day() is None:
            return self._date_out(c, None, sem, how, reason="no day to count the hours from")
        return self._date_out(c, Point("day", base.y, base.m, base.d), sem, how)

    def _season_rel(self, c: Candidate, sem: dict[str, Any], base: Point, how: str) -> Timex:
        s, n = sem["season"], sem.get("n") or 0
        y = base.y
        if n != 0 and base.day() is not None or (n != 0 and base.m is not None):
            start_m = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
            month = base.m or 6
            if n < 0:
                y = y if month > start_m + 2 else y - 1
                y += n + 1
            else:
                y = y if month < start_m else y + 1
                y += n - 1
        else:
            y = y + n
        return self._date_out(c, Point("season", y, season=s, bc=base.bc), sem, how)

    def _weekend(self, c: Candidate, sem: dict[str, Any], base: Point, how: str, n: int | None = None) -> Timex:
        d = base.day()
        if d is None:
            return self._date_out(c, None, sem, how, reason="no day to find the weekend from")
        t = n if n else (self._clause_tense(c) if self.mode == "news" else -1)
        if n == 0 or (d.isoweekday() >= 6 and not n):
            target = d
        elif t < 0:
            target = d - timedelta(days=d.isoweekday() + 1)
        else:
            target = d + timedelta(days=6 - d.isoweekday())
        iso = target.isocalendar()
        return self._date_out(c, Point("week", iso[0], week=iso[1], weekend=True), sem, how)

    def _weekday(self, c: Candidate, sem: dict[str, Any]) -> Timex:
        deictic = not sem.get("anaphoric")
        base, how = self.day_base(deictic if self.mode == "news" else False)
        if base is None or base.day() is None:
            return self._date_out(c, None, sem, "none", reason="no reference day to find the weekday from")
        d = base.day()
        wd = sem["wd"]
        direction = sem.get("dir")
        if direction is None and re.search(r"(?<!\w)[Ff]ür\s+(?:den\s+)?$", self.text[max(0, c.start - 10):c.start]):
            direction = 1  # "für Montag zu einem Warnstreik aufgerufen": the coming Monday, whatever the tense
        if direction is None:
            t = self._clause_tense(c)
            if self.mode == "narrative" and how == "text":
                direction = t if t else 1
            else:
                direction = t if t else -1
        explicit = sem.get("dir") is not None
        if sem.get("week") is not None:
            monday = d - timedelta(days=d.isoweekday() - 1) + timedelta(weeks=sem["week"])
            target = monday + timedelta(days=wd - 1)
            p = Point.of_date(target)
            if sem.get("pod"):
                p = replace(p, precision="part-of-day", pod=sem["pod"])
            return self._date_out(c, p, sem, how)
        if direction == 0:
            delta = (wd - d.isoweekday()) % 7
            delta = delta - 7 if delta > 3 else delta
        elif direction < 0:
            # "am Mittwoch" in a Wednesday's paper is that day, unless "vergangenen Mittwoch"
            delta = -((d.isoweekday() - wd) % 7 or (7 if explicit or how == "text" else 0))
        else:
            delta = (wd - d.isoweekday()) % 7 or 7
        target = d + timedelta(days=delta)
        if sem.get("day_before"):
            target -= timedelta(days=1)
        p = Point.of_date(target)
        if sem.get("pod"):
            p = replace(p, precision="part-of-day", pod=sem["pod"])
        return self._date_out(c, p, sem, how)

    def _pod(self, c: Candidate, sem: dict[str, Any]) -> Timex | None:
        base, how = self.day_base(False)
        if base is None or base.day() is None or self.last_day is None:
            if sem.get("weak"):
                return None  # "abends" with no day to attach to: generic, not tagged
            return self._date_out(c, None, sem, how, reason="no day to attach the part of day to")
        p = replace(Point("day", base.y, base.m, base.d), precision="part-of-day", pod=sem["pod"])
        return self._date_out(c, p, sem, how)

    def _time(self, c: Candidate, sem: dict[str, Any]) -> Timex:
        base, how = self.day_base(False)
        if base is None or base.day() is None:
            return self._out(c, None, "unknown", "time", reason="no day for the clock time")
        day = base.day()
        night = self.anchor is not None and self.anchor.pod == "NI" and self.anchor.day() == day
        if night and sem["hh"] < 7:
            day += timedelta(days=1)  # "in der Nacht zu Mittwoch ... gegen 3 Uhr": 3 a.m. on Wednesday
        p = Point("minute", day.year, day.month, day.day, hh=sem["hh"], mi=sem["mi"], tz=sem.get("tz"))
        return self._date_out(c, p, sem, how)

    def _holiday(self, c: Candidate, sem: dict[str, Any]) -> Timex:
        name = sem["name"]
        y = sem.get("y")
        how = "text"
        if y is None:
            mo, d = HOLIDAYS.get(name, (4, 1))
            y, _, how = self._year_for(c, sem, lambda year: Point("day", year, mo, d))
        if y is None:
            return self._date_out(c, None, sem, "none", reason="no year for the holiday")
        if name in HOLIDAYS:
            mo, d = HOLIDAYS[name]
            day = date(y, mo, d)
        else:
            day = easter(y) + timedelta(days=EASTER_HOLIDAYS[name])
        return self._date_out(c, Point.of_date(day), sem, how)


def _refine(p: Point, sem: dict[str, Any]) -> Point:
    if p.precision != "day":
        return p
    if sem.get("hh") is not None:
        return replace(p, precision="minute", hh=sem["hh"], mi=sem.get("mi") or 0, ss=sem.get("ss"), tz=sem.get("tz"))
    if sem.get("pod"):
        return replace(p, precision="part-of-day", pod=sem["pod"])
    return p


_RANGE_GAP = re.compile(r"\s*(?:–|-|—|bis(?:\s+(?:zum|zur|einschließlich))?|auf(?:\s+den)?|zum|und)\s*(?:den\s+|dem\s+)?$")
_RANGE_OPEN = re.compile(r"(?:\b(?:[Vv]om|[Vv]on|[Zz]wischen|[Zz]eitraum|[Zz]eitraums|[Ff]ür\s+den\s+Zeitraum)\s+(?:de[mn]\s+)?)$")


def _link_ranges(found: list[Timex], text: str) -> list[Timex]:
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind != "date" or b.kind != "date" or a.range_with is not None:
            continue
        gap = text[a.end:b.start]
        if len(gap) > 20 or not _RANGE_GAP.match(gap):
            continue
        opener = text[max(0, a.start - 30):a.start]
        if "und" in gap and not re.search(r"[Zz]wischen\s+(?:de[mn]\s+)?$", opener):
            continue
        if not (_RANGE_OPEN.search(opener) or re.match(r"\s*(?:–|-|—|bis)", gap)):
            continue
        out[i] = replace(a, range_with=i + 1)
        out[i + 1] = replace(b, range_with=i)
    return out


def digressions(chosen: list[Candidate], text: str) -> set[int]:
    """Explicit years that step out of the narrative, so that later expressions keep its anchor.

    Two kinds: a year differing from the explicit years just before and after it, which agree
    with each other ("... bis 1881 Banken. Im Oktober ..."), and a bare year that only bounds a
    span or sits in brackets ("auf ab 1941 ausgearbeiteten Plänen", "seit 1939", "(1939)").
    """
    years = [(i, c.sem["y"]) for i, c in enumerate(chosen) if c.sem.get("k") == "abs" and c.sem.get("y") is not None
             and "link" not in c.sem]
    out = set()
    for (_, prev), (i, y), (_, nxt) in zip(years, years[1:], years[2:]):
        if y != prev and prev == nxt:
            out.add(i)
    for i, _ in years:
        c = chosen[i]
        if c.sem.get("m") is not None or c.sem.get("season") or c.sem.get("mod"):
            continue
        before = text[max(0, c.start - 12):c.start]
        if re.search(r"(?:\b(?:seit|bis|ab)\s+(?:dem\s+Jahr(?:e)?\s+)?|\()$", before):
            out.add(i)
    return out


@dataclass(frozen=True, slots=True)
class Parsed:
    """The expressions of a text before resolution: resolve them against any reference, cheaply."""

    text: str
    chosen: tuple[Candidate, ...]
    sentences: "_Sentences"


def parse(text: str) -> Parsed:
    """Find the expressions of ``text`` (the expensive part of tagging; independent of the reference)."""
    return Parsed(text, tuple(select(list(candidates(text)))), _Sentences(text))


def resolve(parsed: Parsed, reference: str | date | None = None, mode: str = "news") -> list[Timex]:
    """Normalise parsed expressions against ``reference`` in ``mode`` (see the module docstring)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    text, chosen = parsed.text, list(parsed.chosen)
    resolver = Resolver(text, _as_date(reference), mode, parsed.sentences)
    aside = digressions(chosen, text) if mode == "narrative" else set()
    found: list[Timex] = []
    for i, c in enumerate(chosen):
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        resolver.may_anchor = i not in aside
        t = resolver.resolve(c, nxt)
        if t is not None:
            found.append(t)
    return _link_ranges(found, text)


def tag(text: str, reference: str | date | None = None, mode: str = "news") -> list[Timex]:
    """Every time expression of ``text``, normalised (see the module docstring)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
    _as_date(reference)
    return resolve(parse(text), reference, mode)
