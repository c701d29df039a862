"""Amounts in German text: "fast 11.000 nordkoreanische Soldaten", "39,13 Kilometer", "dreiundzwanzig
Artikel", "mehr als ein Dutzend", "2,5 Milliarden Euro", "Hunderte Menschen"."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "km": "km", "kilometer": "km", "kilometern": "km", "meter": "m", "metern": "m", "m": "m", "cm": "cm",
    "zentimeter": "cm", "millimeter": "mm", "mm": "mm", "kilogramm": "kg", "kg": "kg", "tonnen": "t", "tonne": "t",
    "t": "t", "euro": "EUR", "eur": "EUR", "€": "EUR", "dollar": "USD", "us-dollar": "USD", "$": "USD",
    "franken": "CHF", "pfund": "GBP", "rubel": "RUB", "yuan": "CNY", "yen": "JPY", "prozent": "%", "%": "%",
    "prozentpunkte": "pp", "grad": "°", "stunden": "h", "stunde": "h", "minuten": "min", "tage": "d", "tagen": "d",
    "wochen": "wk", "monate": "mo", "monaten": "mo", "jahre": "yr", "jahren": "yr", "liter": "l", "hektar": "ha",
    "quadratkilometer": "km²", "megawatt": "MW", "gigawatt": "GW", "barrel": "bbl",
}
_SCALES = {"tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
           "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12}
_APPROX = {"fast": "less", "knapp": "less", "beinahe": "less", "nahezu": "less", "rund": "approx", "etwa": "approx",
           "ungefähr": "approx", "circa": "approx", "ca": "approx", "gut": "more", "über": "more", "mehr": "more",
           "mindestens": "min", "bis": "max", "höchstens": "max", "weniger": "less"}
_ONES = {"null": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
         "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
         "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
         "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
         "achtzig": 80, "neunzig": 90}
_VAGUE = {"dutzend": 12, "dutzende": 12, "hunderte": 100, "tausende": 1000, "zehntausende": 10000,
          "hunderttausende": 100000, "millionen": 1e6}
_ARTICLE_WORDS = frozenset({"ein", "eine", "einen", "einem", "einer"})


def number_word(word: str) -> float | None:
    """The value of a German number word ("dreiundzwanzig" -> 23, "zweihundertfünfzig" -> 250), else None."""
    w = word.lower()
    if not w or not w.isalpha():
        return None
    if w in _ONES:
        return _ONES[w]
    if w in _TENS:
        return _TENS[w]
    total = 0
    for big, scale in (("tausend", 1000), ("hundert", 100)):
        if big in w:
            head, _, w = w.partition(big)
            if head:
                head_value = number_word(head)
                if head_value is None:
                    return None
            else:
                head_value = 1
            total += head_value * scale
            if not w:
                return total
    if "und" in w:
        one, _, ten = w.partition("und")
        if one in _ONES and ten in _TENS and 0 < _ONES[one] < 10:
            return total + _ONES[one] + _TENS[ten]
        return None
    if w in _ONES:
        return total + _ONES[w]
    if w in _TENS:
        return total + _TENS[w]
    return None if total == 0 else None


@dataclass(frozen=True, slots=True)
class Amount:
    start: int
    end: int
    value: float
    unit: str | None
    what: str | None
    approx: str | None


_DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\w])")
_WORD = re.compile(r"[^\W\d_][\w-]*|[€$%]")


def _digit_value(intpart: str, frac: str | None) -> float:
    v = float(intpart.replace(".", ""))
    return v + float("0." + frac) if frac else v


_COUNT_OF = re.compile(r"\b(?:Zahl|Anzahl|Zahl)\s+der\s+([A-ZÄÖÜ]\w+)\b[^.;:]*?\b(?:auf|bei|um|über)\s+(?:(?:mehr|weniger)\s+als\s+|rund\s+|fast\s+|knapp\s+|mindestens\s+|über\s+)?$")


_SPAN_ADJECTIVE = re.compile(r"(?<![\w-])(\d{1,3}|[a-zäöüß]{3,9}?)-?(stündig|tägig|wöchig|monatig)(?:e[nmrs]?)?\b",
                             re.IGNORECASE)
_SPAN_UNITS = {"stündig": "h", "tägig": "d", "wöchig": "wk", "monatig": "mo"}


def amounts(text: str, start: int = 0, end: int | None = None, skip: list[tuple[int, int]] = ()) -> list[Amount]:
    """Amounts in text[start:end]; stretches in ``skip`` (dates, clock times) are not amounts."""
    end = len(text) if end is None else end
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    nums: list[tuple[int, int, float]] = []
    for m in _DIGITS.finditer(text, start, end):
        nums.append((m.start(), m.end(), _digit_value(m.group(1), m.group(2))))
    for ws, we, w in words:
        v = number_word(w)
        low = w.lower()
        if v is not None and low not in _ARTICLE_WORDS:
            nums.append((ws, we, v))
        elif low in _VAGUE:
            nums.append((ws, we, _VAGUE[low]))
        elif low in _ARTICLE_WORDS:  # "ein Dutzend", "eine Million"
            nxt = text[we:we + 12].lstrip().lower()
            if nxt.startswith(("dutzend", "million", "milliarde", "hundert", "tausend")):
                nums.append((ws, we, 1))
    out: list[Amount] = []
    nums.sort()
    used_until = -1
    for ns, ne, value in nums:
        if ns < used_until or any(a <= ns < b for a, b in skip):
            continue
        s, e = ns, ne
        # words after the number: scale, unit, adjectives, counted noun
        after = [w for w in words if w[0] >= ne][:5]
        unit = what = None
        k = 0
        while k < len(after):
            low = after[k][2].lower()
            if low in _SCALES and after[k][0] - e <= 2:
                value *= _SCALES[low]
                e = after[k][1]
                k += 1
                continue
            if low == "dutzend" and value < 100:
                value *= 12
                e = after[k][1]
                k += 1
                continue
            break
        if k < len(after) and after[k][0] - e <= 2:
            w = after[k][2]
            low = w.lower()
            if low in _UNITS:
                unit = _UNITS[low]
                e = after[k][1]
                k += 1
                if k + 1 < len(after) and after[k][2].lower() in ("an", "von") and after[k + 1][2][:1].isupper():
                    what = after[k + 1][2]
            else:
                j = k
                while j < len(after) and after[j][2][:1].islower() and after[j][2].lower() not in _UNITS \
                        and j - k < 2 and after[j][2].lower() not in ("und", "oder", "bis", "von", "in", "am"):
                    j += 1
                if j < len(after) and after[j][2][:1].isupper() and after[j][0] - (after[j - 1][1] if j > k else e) <= 2:
                    what = after[j][2]
                    e = after[j][1]
        if unit is None and what is None and text[max(start, s - 8):s].lower().rstrip().endswith(("stärke", "magnitude")):
            what = "Stärke"  # "ein Beben der Stärke 6,4": a magnitude
        if unit is None and what is None:
            # "Die Zahl der Toten stieg auf 38": what the number counts was named before it
            m = _COUNT_OF.search(text, max(start, s - 90), s)
            if m and text[m.end():s].count(",") == 0:
                what = m.group(1)
        if unit is None and what is None and value == int(value) and 1900 <= value <= 2100:
            continue  # a bare year
        if what is not None and what.lower() == "uhr":
            continue  # "gegen sechs Uhr": a clock time
        # qualifier words before the number: "fast", "mehr als", "rund"
        before = text[max(start, s - 16):s].lower().split()
        approx = None
        if before:
            if before[-1] == "als" and len(before) >= 2 and before[-2] in ("mehr", "weniger"):
                approx = "more" if before[-2] == "mehr" else "less"
                s = text.lower().rfind(before[-2], start, s)
            elif before[-1].strip(".") in _APPROX:
                approx = _APPROX[before[-1].strip(".")]
                s = text.lower().rfind(before[-1], start, s)
        out.append(Amount(s, e, value, unit, what, approx))
        used_until = e
    for m in _SPAN_ADJECTIVE.finditer(text, start, end):  # "ein 48-stündiger Warnstreik", "zweitägigen"
        if any(a <= m.start() < b for a, b in skip):
            continue
        clash = [a for a in out if a.start <= m.start() < a.end or m.start() <= a.start < m.end()]
        if any(a.unit is not None for a in clash):
            continue
        out = [a for a in out if a not in clash]
        value = float(m.group(1)) if m.group(1).isdigit() else number_word(m.group(1))
        if value is not None:
            out.append(Amount(m.start(), m.end(), float(value), _SPAN_UNITS[m.group(2).lower()], None, None))
    out.sort(key=lambda a: a.start)
    return out
