"""The German grammar of time expressions: regular-expression rules that find candidates.

Each rule is a compiled pattern and a reader that turns a match into zero or more ``Candidate``
objects: an extent and a ``sem`` dict saying what the words mean, before any reference time is
known ("22. Juni", year unknown; "zwei Tage später", relative to the last date). Resolution
against the reference happens in ``tagger``; this module only reads the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .lexicon import (
    AMBIGUOUS_MONTHS, DURATION_ADJECTIVES, EASTER_HOLIDAYS, HOLIDAYS, LONG_ADVERBS, MONTH_ABBREVIATIONS,
    MONTHS, NUMBER_WORDS, ORDINAL_FORMS, PART_OF_DAY_ADVERBS, PARTS_OF_DAY, SEASONS, SETS, UNIT_FORMS,
    UNIT_OF_FORM, VAGUE_AMOUNTS, WEEKDAYS, alternation, number_value,
)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    sem: dict[str, Any]
    rule: str = ""
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------------------ building blocks
def _cap(words) -> str:
    return alternation(words, capitalise=True)


def _cap_alt(alt: str) -> str:
    """'letzten|vergangene' -> '[Ll]etzten|[Vv]ergangene' (sentence-initial words are capitalised)."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" if w[:1].isalpha() and w[0].islower() else w
                    for w in alt.split("|"))


MONTH_FULL = "(?:" + "|".join(sorted((w.capitalize() for w in MONTHS), key=len, reverse=True)) + ")"
MONTH_ABBR = "(?:" + "|".join(sorted((w.capitalize() for w in MONTH_ABBREVIATIONS), key=len, reverse=True)) + r")\."
MONTH = rf"(?:{MONTH_FULL}(?:s(?![\w]))?(?![\w])|{MONTH_ABBR})"
WEEKDAY = "(?:" + "|".join(sorted((w.capitalize() for w in WEEKDAYS), key=len, reverse=True)) + ")"
POD_SUFFIX = "(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)"
POD_NOUN = "(?:Morgengrauen|Tagesanbruch|Morgendämmerung|Sonnenaufgang|Abenddämmerung|Sonnenuntergang|Morgenstunden|Abendstunden|Nachmittagsstunden|Mittagsstunden|Nachtstunden|Vormittag|Nachmittag|Morgen|Mittag|Abend|Nacht)"
NUM = rf"(?:\d+(?:,\d+)?|{_cap(NUMBER_WORDS)})"
VAGUE = _cap(VAGUE_AMOUNTS)
UNIT = _cap([f.capitalize() for forms in UNIT_FORMS.values() for f in forms])
BC = r"(?:\s*(?:v\.\s?Chr\.|v\.\s?u\.\s?Z\.|vor\s+Christus|vor\s+Christi\s+Geburt|vor\s+unserer\s+Zeitrechnung))"
AD = r"(?:\s*(?:n\.\s?Chr\.|nach\s+Christus|n\.\s?u\.\s?Z\.))"
YEAR_REL = (r"(?:des\s+)?(?:folgenden|nächsten|kommenden|darauffolgenden|darauf\s+folgenden|vergangenen|letzten|"
            r"vorigen|vorangegangenen|vorausgegangenen|vorhergehenden|selben|gleichen|laufenden)\s+Jahres|"
            r"dieses\s+Jahres|desselben\s+Jahres|jenes\s+Jahres|des\s+Vorjahres|des\s+Folgejahres|des\s+Jahres(?!\s+\d)")
MOD = r"(?:Anfang|Mitte|Ende|Beginn|Ausgang)"
TZ = (r"(?:\s+(?:MEZ|MESZ|UTC|GMT|CET|CEST|Ortszeit|(?:mitteleuropäischer|osteuropäischer|westeuropäischer|"
      r"koreanischer|japanischer|Moskauer)\s+(?:Sommer)?[Zz]eit))")

# words before a bare month or year that make it a time ("im Mai", "seit 1990")
TIME_PREPOSITIONS = frozenset(
    "im in seit bis ab von vom zum zur um nach vor zwischen und oder anfang mitte ende beginn ausgang des "
    "den dem monat monats jahr jahre jahres jahrs frühjahr sommer herbst winter frühling gegen noch bereits "
    "schon erst spätestens frühestens ca. circa etwa am –".split())
# words that make a number a quantity, not a year ("mit 2000 Soldaten")
QUANTITY_WORDS = frozenset(
    "mit über rund knapp fast insgesamt je pro etwa ca. circa weitere weiteren mehr weniger nur gut "
    "zusätzlich zusätzliche zusätzlichen sämtliche alle".split())
# a bare number before a capitalised noun is a year only after one of these ("seit 1990 Mitglied")
STRONG_TIME_PREPOSITIONS = frozenset(
    "im in seit bis ab von vom nach vor um zwischen anfang mitte ende beginn ausgang frühjahr sommer herbst "
    "winter frühling gegen spätestens frühestens jahr jahre jahres jahrs".split())
MONEY_OR_UNIT = re.compile(
    r"\s*(?:%|Prozent|Euro|€|Dollar|\$|Mark|Franken|Pfund|Rubel|Yen|km|Kilometer|Meter|m\b|Tonnen|t\b|ha\b|"
    r"Hektar|kg|Kilogramm|Stück|Mal\b|mal\b|PS\b|Grad|°|Punkte|Stimmen|Sitze|Mann\b|Menschen|Soldaten|"
    r"Personen|Einwohner|Tote|Toten|Verletzte|Opfer|Häftlinge|Gefangene|Flüchtlinge|Kinder|Frauen|Männer)")


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    if w.endswith("s") and w[:-1] in MONTHS:
        return MONTHS[w[:-1]]
    return MONTH_ABBREVIATIONS.get(w)


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w.–]+)\W*$", text[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


def _year_of(m: re.Match, group: str = "year", bc_group: str = "bc") -> tuple[int | None, bool]:
    raw = m.group(group)
    if not raw:
        return None, False
    return int(raw), bool(m.groupdict().get(bc_group))


def _with_mod(sem: dict[str, Any], mod_word: str | None) -> dict[str, Any]:
    if mod_word:
        w = mod_word.lower()
        sem["mod"] = {"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END", "ausgang": "END",
                      "laufe": None, "verlauf": None}.get(w)
    return sem


def _year_rel(phrase: str | None) -> tuple[int, str] | None:
    """'des folgenden Jahres' -> (+1, 'anaphoric'); 'letzten Jahres' -> (-1, 'deictic')."""
    if not phrase:
        return None
    p = phrase.lower()
    if any(w in p for w in ("folgend", "folgejahr", "darauf")):
        return 1, "anaphoric"
    if any(w in p for w in ("nächst", "kommend")):
        return 1, "deictic"
    if any(w in p for w in ("vorangegangen", "vorausgegangen", "vorhergehend", "vorjahr")):
        return -1, "anaphoric"
    if any(w in p for w in ("vergangen", "letzt", "vorig")):
        return -1, "deictic"
    if any(w in p for w in ("selben", "gleichen", "desselben", "jenes")):
        return 0, "anaphoric"
    return 0, "deictic"  # dieses Jahres, laufenden Jahres, des Jahres


# ------------------------------------------------------------------------------ rules
Reader = Callable[[re.Match, str], "list[Candidate] | Candidate | None"]
RULES: list[tuple[str, re.Pattern[str], Reader, int]] = []


def rule(name: str, pattern: str, priority: int = 0, flags: int = 0) -> Callable[[Reader], Reader]:
    # every expression starts at a word's start: positions inside words fail at the first check
    compiled = re.compile(r"(?<!\w)(?:" + pattern + ")", flags)

    def register(fn: Reader) -> Reader:
        RULES.append((name, compiled, fn, priority))
        return fn
    return register


def _c(m: re.Match, sem: dict[str, Any], start: int | None = None, end: int | None = None) -> Candidate:
    return Candidate(m.start() if start is None else start, m.end() if end is None else end, sem)


@rule("iso", r"(?<![\d.\-/])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)"
             r"(?::(?P<ss>[0-5]\d))?(?:\.\d+)?(?P<z>Z|[+-]\d{2}:?\d{2})?)?(?![\d\-])", priority=5)
def _iso(m: re.Match, text: str):
    sem = {"k": "abs", "y": int(m["y"]), "m": int(m["m"]), "d": int(m["d"])}
    if not (1 <= sem["m"] <= 12 and 1 <= sem["d"] <= 31):
        return None
    if m["hh"]:
        sem.update(hh=int(m["hh"]), mi=int(m["mi"]), ss=int(m["ss"]) if m["ss"] else None)
    return _c(m, sem)


@rule("numeric", r"(?<![\d.,/])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>\d{4}|\d{2})?(?![\d])(?!\.\d)"
                 r"(?:,?\s+(?:um\s+)?(?P<hh>[0-2]?\d)[:.](?P<mi>[0-5]\d)(?:\s*Uhr)?)?", priority=4)
def _numeric(m: re.Match, text: str):
    d, mo = int(m["d"]), int(m["m"])
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    sem: dict[str, Any] = {"k": "abs", "m": mo, "d": d}
    if m["y"]:
        if len(m["y"]) == 2:
            sem["y2"] = int(m["y"])
        else:
            sem["y"] = int(m["y"])
    else:
        # '11.11.' without a year: only after a preposition or article, never in '1.2.3'
        if _prev_word(text, m.start()) not in ("am", "vom", "bis", "zum", "seit", "ab", "den", "dem", "und"):
            return None
        end = m.end()
        return _c(m, sem, end=end)
    if m["hh"]:
        sem.update(hh=int(m["hh"]), mi=int(m["mi"]))
    return _c(m, sem)


_DMY = (rf"(?:(?P<wd>{WEEKDAY})(?P<wdpod>{POD_SUFFIX})?,?\s+(?:(?:dem|den)\s+)?)?"
        rf"(?P<d>[0-3]?\d)\.\s?(?P<mon>{MONTH})(?:\s*(?P<y>\d{{4}}|\d{{1,3}}(?={BC}))(?P<bc>{BC})?{AD}?(?![\d.]\d))?"
        rf"(?:,\s+(?:um\s+|gegen\s+)?(?P<hh>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*Uhr(?P<tz>{TZ})?)?")


@rule("day_month", rf"(?<![\d.])(?:(?P<gegen>[Gg]egen\s+)?(?:(?P<podadj>frühen|späten)\s+)?(?P<pod>{POD_NOUN})\s+"
                   rf"(?:des|vom)\s+)?" + _DMY, priority=6)
def _day_month(m: re.Match, text: str):
    d, mo = int(m["d"]), month_number(m["mon"])
    if mo is None or not 1 <= d <= 31:
        return None
    sem: dict[str, Any] = {"k": "abs", "m": mo, "d": d}
    if m["y"]:
        sem["y"] = int(m["y"])
        sem["bc"] = bool(m["bc"])
    pod = m["pod"] or m["wdpod"]
    if pod:
        sem["pod"] = PARTS_OF_DAY.get(pod.lower())
    if m["hh"]:
        hh = int(m["hh"])
        if hh > 24:
            return None
        sem.update(hh=hh, mi=int(m["mi"] or 0))
        if m["tz"]:
            sem["tz"] = _tz(m["tz"])
    if m["wd"]:
        sem["wd_hint"] = WEEKDAYS[m["wd"].lower()]
    return _c(m, sem)


@rule("day_list", rf"(?<![\d.])(?:(?P<pod>Nacht)\s+vom\s+)?(?P<d1>[0-3]?\d)\.\s*(?:/|–|-|—|bis(?:\s+(?:zum|einschließlich))?|"
                  rf"und|oder|u\.|sowie|auf(?:\s+den)?|zum|,)\s*(?:(?:den|dem)\s+)?(?=[0-3]?\d\.\s?{MONTH})", priority=3)
def _day_list(m: re.Match, text: str):
    d = int(m["d1"])
    if not 1 <= d <= 31:
        return None
    sem: dict[str, Any] = {"k": "abs", "d": d, "link": "month"}
    if m["pod"]:
        sem["pod"] = "NI"
    end = m.start("d1") + len(m["d1"]) + 1
    return _c(m, sem, end=end)


def _tz(raw: str | None) -> str | None:
    if not raw:
        return None
    r = raw.strip().lower()
    if r in ("mesz", "cest") or "mitteleuropäischer sommer" in r:
        return "+02"
    if r in ("mez", "cet") or "mitteleuropäischer" in r:
        return "+01"
    if r in ("utc", "gmt") or "westeuropäischer" in r:
        return "Z" if r in ("utc", "gmt") else "+00"
    if "osteuropäischer" in r or "moskauer" in r:
        return "+03" if "moskauer" in r else "+02"
    if "koreanischer" in r or "japanischer" in r:
        return "+09"
    return None


@rule("month", rf"(?:(?P<gegen>[Gg]egen\s+)?(?P<mod>{MOD})\s+(?:des\s+(?:Monats\s+)?)?)?(?<![\d.]\s)(?<![\d.])(?P<mon>{MONTH})"
               rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>\d{{4}}|\d{{1,3}}(?={BC}))(?P<bc>{BC})?(?![\d.]\d)|\s+(?P<yrel>{YEAR_REL}))?",
      priority=2)
def _month(m: re.Match, text: str):
    mo = month_number(m["mon"])
    if mo is None:
        return None
    sem: dict[str, Any] = {"k": "abs", "m": mo}
    _with_mod(sem, m["mod"])
    if m["y"]:
        sem["y"], sem["bc"] = int(m["y"]), bool(m["bc"])
    elif m["yrel"]:
        sem["yrel"] = _year_rel(m["yrel"])
    elif not m["mod"]:
        word = m["mon"].lower().rstrip(".")
        prev = _prev_word(text, m.start())
        after = text[m.end():m.end() + 30]
        if word in AMBIGUOUS_MONTHS or word.endswith("s"):
            # "August Bebel", "Mai Thi": a bare month needs a time word before it
            if prev not in TIME_PREPOSITIONS:
                return None
            if re.match(r"\s+[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß]", after) and prev in ("und", "oder"):
                return None
        elif re.match(r"\s+[A-ZÄÖÜ][a-zäöü]+", after) and prev not in TIME_PREPOSITIONS and word in ("august",):
            return None
    return _c(m, sem)


@rule("month_list", rf"(?<![\d.]\s)(?<![\d.])(?P<mon>{MONTH})\s*(?:/|und|bis|–|-|oder|sowie)\s*(?={MONTH}\s+\d{{3,4}})", priority=1)
def _month_list(m: re.Match, text: str):
    mo = month_number(m["mon"])
    if mo is None:
        return None
    return Candidate(m.start("mon"), m.end("mon"), {"k": "abs", "m": mo, "link": "year"})


@rule("year", rf"(?:(?P<approx>(?<![\w.])(?:[Uu]m|[Gg]egen|[Ee]twa|[Cc]irca|[Cc]a\.)\s+(?:das\s+(?:Jahr\s+)?)?)|(?P<gegen>[Gg]egen\s+)?(?P<mod>{MOD})\s+(?:des\s+Jahres\s+)?)?"
              rf"(?P<jahr>(?:Jahre?s?|Jahrs)\s+)?(?<![\d.,/])(?P<y>\d{{3,4}}|\d{{1,2}}(?={BC}|{AD}))(?P<bc>{BC})?(?P<ad>{AD})?(?![\d]|[.,]\d|\.\s?(?:Jahrhundert|Jh))(?!er\b|er[-\s]?Jahre)",
      priority=1)
def _year(m: re.Match, text: str):
    y = int(m["y"])
    bc = bool(m["bc"])
    sure = bool(m["bc"] or m["ad"] or m["jahr"] or m["mod"]) or _prev_word(text, m.start("y")).endswith(("jahr", "jahres"))
    if len(m["y"]) <= 3 and not (sure or m["approx"]):
        return None
    if not sure:
        if not 1000 <= y <= 2100:
            return None
        prev = _prev_word(text, m.start("y"))
        after = text[m.end():m.end() + 30]
        if MONEY_OR_UNIT.match(after):
            return None
        if prev in QUANTITY_WORDS and not m["approx"]:
            return None
        # "2000 Soldaten": a capitalised noun right after a bare number makes it a quantity
        if re.match(r" [A-ZÄÖÜ][a-zäöüß]+", after) and (prev not in STRONG_TIME_PREPOSITIONS or m["approx"]) \
                and not prev.endswith(("jahr", "jahre", "jahres")):
            nxt = re.match(r" ([A-ZÄÖÜ][a-zäöüß]+)", after).group(1)
            if month_number(nxt) is None and not _sentence_start(text, m.start()):
                return None
        if text[max(0, m.start() - 1):m.start()] in ("#", "€", "$", "-", "+"):
            return None
    sem: dict[str, Any] = {"k": "abs", "y": y, "bc": bc, "era": bool(m["bc"] or m["ad"])}
    if m["approx"]:
        sem["mod"] = "APPROX"
    _with_mod(sem, m["mod"])
    return _c(m, sem)


_DETERMINERS = frozenset("der die das den dem des ein eine einen einem eines im am vom zum diesen dieser dieses diesem "
                         "jeden jeder jedem letzten nächsten kommenden vergangenen vorigen seit bis ab nach vor "
                         "während über durch für in an um kalten heißen harten milden langen".split())


def _sentence_start(text: str, pos: int) -> bool:
    return pos == 0 or bool(re.search(r"(?:[.!?:]\s+|\n\s*(?:[*•·\-–]\s*)?)$", text[max(0, pos - 8):pos]))


@rule("year_pair", r"(?<![\d.,])(?P<y1>1\d{3}|20\d{2})\s*(?:/|–|-|—|bis)\s*(?P<y2>\d{4}|\d{2})(?![\d]|\.\d)", priority=2)
def _year_pair(m: re.Match, text: str):
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
    if y2 <= y1 or y2 - y1 > 20:
        return None
    return [Candidate(m.start("y1"), m.end("y1"), {"k": "abs", "y": y1}),
            Candidate(m.start("y2"), m.end("y2"), {"k": "abs", "y": y2}, priority=1)]


@rule("season", rf"(?:(?P<mod>{MOD})\s+(?:des\s+)?)?(?:(?P<adj>frühen|späten|zeitigen|beginnenden|ausgehenden)\s+)?"
                rf"(?P<pre>Früh|Spät|Hoch)?(?P<s>(?<=[hät])(?:frühling|frühjahr|sommer|herbst|winter)|Frühling|Frühjahr|Sommer|Herbst|Winter)(?:e?s)?(?![\w])"
                rf"(?:\s+(?:des\s+Jahres\s+)?(?P<y>\d{{4}}|\d{{1,3}}(?={BC}))(?P<bc>{BC})?(?![\d.]\d)|\s+(?P<yrel>{YEAR_REL}))?",
      priority=2)
def _season(m: re.Match, text: str):
    s = m["s"].lower()
    if m["s"][0].islower() and not m["pre"]:
        return None
    sem: dict[str, Any] = {"k": "abs", "season": SEASONS[s]}
    _with_mod(sem, m["mod"])
    adj = (m["adj"] or m["pre"] or "").lower()
    if adj.startswith(("früh", "zeitig", "beginn")):
        sem["mod"] = "START"
    elif adj.startswith(("spät", "ausgeh")):
        sem["mod"] = "END"
    elif adj == "hoch":
        sem["mod"] = "MID"
    if m["y"]:
        sem["y"], sem["bc"] = int(m["y"]), bool(m["bc"])
    elif m["yrel"]:
        sem["yrel"] = _year_rel(m["yrel"])
    elif not (m["pre"] or m["adj"] or m["mod"]):
        prev = _prev_word(text, m.start())
        before = text[max(0, m.start() - 30):m.start()]
        name = re.search(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+|Dr\.)\s+$", before)
        if name and name.group(1).lower() not in _DETERMINERS and prev not in TIME_PREPOSITIONS:
            return None  # "Jan Sommer", "Markus Herbst": seasons are also surnames
    return _c(m, sem)


@rule("decade", rf"(?:(?P<mod>{MOD})\s+(?:der\s+)?|(?P<art>[Dd]e[rn]|[Dd]ie)\s+)?(?:(?P<early>frühen|späten)\s+)?"
                r"(?:(?<![\d.,])(?P<dec>\d{0,2}[1-9]0|\d{1,2}00)er(?:\s*-\s*|\s+)?[Jj]ahren?|(?P<w>[Zz]wanziger|[Dd]reißiger|[Vv]ierziger|"
                r"[Ff]ünfziger|[Ss]echziger|[Ss]iebziger|[Aa]chtziger|[Nn]eunziger)(?:\s*-\s*|\s+)?[Jj]ahren?)"
                rf"(?P<bc>{BC})?", priority=3)
def _decade(m: re.Match, text: str):
    sem: dict[str, Any] = {"k": "abs", "bc": bool(m["bc"])}
    if m["dec"]:
        digits = m["dec"]
        if len(digits) == 2:
            sem["decade2"] = int(digits) // 10
        else:
            sem["decade"] = int(digits) // 10
    else:
        sem["decade2"] = {"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
                          "siebziger": 7, "achtziger": 8, "neunziger": 9}[m["w"].lower()]
    _with_mod(sem, m["mod"])
    if m["early"]:
        sem["mod"] = "START" if m["early"] == "frühen" else "END"
    return _c(m, sem)


_ORD_WORDS = "|".join(sorted((w for w in ORDINAL_FORMS if not w.startswith("letzt")), key=len, reverse=True))


@rule("century", rf"(?:(?P<mod>{MOD})\s+des\s+|(?P<half>ersten|zweiten)\s+Hälfte\s+des\s+)?"
                 rf"(?:(?P<n>\d{{1,2}})\.\s?|(?P<w>{_ORD_WORDS})\s+)(?:Jahrhunderts?|Jh\.)(?P<bc>{BC})?", priority=3)
def _century(m: re.Match, text: str):
    n = int(m["n"]) if m["n"] else ORDINAL_FORMS.get(m["w"].lower())
    if not n or n > 21:
        return None
    sem: dict[str, Any] = {"k": "abs", "century": n - 1, "bc": bool(m["bc"])}
    _with_mod(sem, m["mod"])
    if m["half"]:
        sem["mod"] = "START" if m["half"] == "ersten" else "END"
    return _c(m, sem)


@rule("quarter", r"(?:(?P<n>[1-4])\.|(?P<w>ersten|zweiten|dritten|vierten|letzten|erste|zweite|dritte|vierte|erstes|zweites|drittes|viertes))\s+"
                 r"(?P<what>Quartal(?:e?s)?|Vierteljahr(?:e?s)?|Halbjahr(?:e?s)?|Jahreshälfte|Hälfte\s+des\s+Jahres)"
                 rf"(?:\s+(?P<y>\d{{4}})|\s+(?P<yrel>{YEAR_REL}))?|(?<!\w)Q(?P<q>[1-4])(?:\s*/?\s*(?P<qy>\d{{4}}))?(?!\w)",
      priority=3)
def _quarter(m: re.Match, text: str):
    if m["q"]:
        sem: dict[str, Any] = {"k": "abs", "quarter": int(m["q"])}
        if m["qy"]:
            sem["y"] = int(m["qy"])
        return _c(m, sem)
    n = int(m["n"]) if m["n"] else {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "letzt": -1}[
        re.sub(r"(en|e|es)$", "", m["w"])]
    what = m["what"].lower()
    sem = {"k": "abs"}
    if what.startswith(("halbjahr", "jahreshälfte", "hälfte")):
        if n not in (1, 2, -1):
            return None
        sem["half"] = 2 if n == -1 else n
    else:
        sem["quarter"] = 4 if n == -1 else n
    if m["y"]:
        sem["y"] = int(m["y"])
    elif m["yrel"]:
        sem["yrel"] = _year_rel(m["yrel"])
    return _c(m, sem)


_REL_ADJ = (r"letzten|letztes|letzte|vergangenen|vergangenes|vergangene|vorigen|voriges|vorige|vorvergangenen|"
            r"vorletzten|nächsten|nächstes|nächste|kommenden|kommendes|kommende|folgenden|folgendes|folgende|"
            r"darauffolgenden|darauf\s+folgenden|selben|gleichen|laufenden|laufendes|ganzen|ganze|ganzes|"
            r"vorangegangenen|vorausgegangenen|vorhergehenden|diesem|dieses|diese|diesen|dieser|jenem|jenes|jenen|"
            r"derselben|desselben|demselben|denselben|dieselbe|dasselbe|neuen|neues|neue|heutigen|heutige")
_REL_UNITS = (r"Jahr|Jahres|Jahrs|Monat|Monats|Woche|Tag|Tages|Wochenende|Wochenendes|Quartal|Quartals|Halbjahr|"
              r"Halbjahres|Sommer|Sommers|Winter|Winters|Herbst|Herbstes|Frühjahr|Frühjahrs|Frühling|Frühlings|"
              r"Abend|Abends|Morgen|Morgens|Nacht|Vormittag|Vormittags|Nachmittag|Nachmittags|Mittag|Jahrzehnt|Jahrzehnts")


@rule("relative_unit", rf"(?:(?P<prep>[Aa]m|[Ii]m|[Aa]n|[Ii]n|[Zz]um)\s+)?(?:(?P<art>[Dd]as|[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]es)\s+)?"
                       rf"(?P<adj>{_cap_alt(_REL_ADJ)})\s+(?:(?P<kw>Kriegs|Wahl|Amts|Geschäfts|Haushalts)?)"
                       rf"(?P<unit>{_REL_UNITS})(?!\w)(?P<darauf>\s+darauf)?", priority=4)
def _relative_unit(m: re.Match, text: str):
    adj = re.sub(r"\s+", "", m["adj"].lower())
    unit_word = m["unit"].lower()
    unit = _rel_unit_of(unit_word)
    if unit is None or (adj.startswith("neu") and unit != "year"):
        return None
    n, anchor = _adj_offset(adj, unit)
    sem: dict[str, Any] = {"k": "rel", "unit": unit, "n": n, "anchor": anchor}
    if adj.startswith("heutig"):
        if unit != "tag":
            return None
        sem.update(anchor="deictic", today=True)  # "bis zum heutigen Tag"
    if unit == "pod":
        sem["pod"] = PARTS_OF_DAY.get(re.sub(r"s$", "", unit_word)) or PARTS_OF_DAY.get(unit_word)
    if unit == "season":
        sem["season"] = SEASONS[re.sub(r"(e?s)$", "", unit_word)]
    if unit == "weekend":
        sem["unit"], sem["weekend"] = "week", True
    if m["darauf"]:
        sem["n"], sem["anchor"] = 1, "anaphoric"
    start = m.start()
    keep_prep = n == 0 and sem["anchor"] == "anaphoric" and unit in ("tag", "month", "pod") and not adj.startswith("ganz")
    if m["prep"] and not keep_prep:
        start = m.start("art") if m["art"] else m.start("adj")
    return _c(m, sem, start=start)


# a relative adjective's offset and what it counts from: (prefixes, n, anchor); first match wins
_ADJ_OFFSETS = (
    (("vorvergangen", "vorletzt"), -2, "deictic"),
    (("letzt", "vergangen", "vorig"), -1, "deictic"),
    (("nächst", "kommend"), 1, "deictic"),
    (("folgend", "darauffolgend", "darauf", "neu"), 1, "anaphoric"),
    (("vorangegangen", "vorausgegangen", "vorhergehend"), -1, "anaphoric"),
    (("selb", "gleich", "derselb", "desselb", "demselb", "denselb", "dieselb", "dasselb", "jen", "ganz"), 0,
     "anaphoric"),
)


def _adj_offset(adj: str, unit: str | None) -> tuple[int, str]:
    """'vergangenen' -> (-1, 'deictic'); 'folgenden' -> (+1, 'anaphoric'); 'diesem' -> (0, ...).

    Days and parts of day count from the last date mentioned ("am nächsten Tag", "an diesem
    Abend"); longer units from the reference ("nächstes Jahr", "diese Woche").
    """
    for prefixes, n, anchor in _ADJ_OFFSETS:
        if adj.startswith(prefixes):
            if n == 1 and anchor == "deictic" and unit in ("tag", "pod"):
                anchor = "anaphoric"
            return n, anchor
    return 0, ("anaphoric" if unit in ("tag", "pod") else "deictic")  # dies-, laufend


# unit word prefix -> unit, longest first
_UNIT_PREFIXES = (("jahrzehnt", "decade"), ("halbjahr", "half"), ("jahr", "year"), ("monat", "month"),
                  ("wochenend", "weekend"), ("woche", "week"), ("tag", "tag"), ("quartal", "quarter"),
                  ("sommer", "season"), ("winter", "season"), ("herbst", "season"), ("frühjahr", "season"),
                  ("frühling", "season"))


def _rel_unit_of(word: str) -> str | None:
    w = word.lower()
    for prefix, unit in _UNIT_PREFIXES:
        if w.startswith(prefix):
            return unit
    return "pod" if w.rstrip("s") in PARTS_OF_DAY else None


@rule("year_after", r"(?<![\w-])(?:(?P<prep>[Ii]m)\s+)?(?P<unit>Jahr|Monat|Woche)\s+(?P<dir>darauf|danach|zuvor|davor|vorher)(?![\w-])",
      priority=3)
def _year_after(m: re.Match, text: str):
    n = -1 if m["dir"] in ("zuvor", "davor", "vorher") else 1
    unit = {"Jahr": "year", "Monat": "month", "Woche": "week"}[m["unit"]]
    return _c(m, {"k": "rel", "unit": unit, "n": n, "anchor": "anaphoric"})


@rule("calendar_week", r"(?<![\w-])(?:(?P<n>[1-5]?\d)\.\s+Kalenderwoche|(?:KW|Kalenderwoche)\s*(?P<n2>[1-5]?\d))(?:\s+(?P<y>\d{4}))?(?![\w-])",
      priority=3)
def _calendar_week(m: re.Match, text: str):
    week = int(m["n"] or m["n2"])
    if not 1 <= week <= 53:
        return None
    sem: dict[str, Any] = {"k": "abs", "week": week}
    if m["y"]:
        sem["y"] = int(m["y"])
    return _c(m, sem)


@rule("bare_plural", r"(?<![\w-])(?P<pre>[Ss]eit|[Vv]or)\s+(?P<unit>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden)(?![\w-])", priority=1)
def _bare_plural(m: re.Match, text: str):
    unit = UNIT_OF_FORM[m["unit"].lower()]
    if m["pre"].lower() == "vor":
        return _c(m, {"k": "ref", "value": "PAST_REF"})
    return _c(m, {"k": "dur", "parts": [(None, unit)]}, start=m.start("unit"))


@rule("day_after", r"(?<![\w-])(?:(?P<prep>[Aa]m)\s+)?(?:[Dd]en\s+)?Tag(?:e|es)?\s+(?:darauf|danach)(?![\w-])|(?<![\w-])[Tt]ags\s+(?:darauf|danach|zuvor)(?![\w-])",
      priority=3)
def _day_after(m: re.Match, text: str):
    n = -1 if m.group(0).endswith("zuvor") else 1
    return _c(m, {"k": "rel", "unit": "tag", "n": n, "anchor": "anaphoric"})


@rule("compound", r"(?<!\w)(?:(?P<prep>[Aa]m|[Ii]m|[Zz]um)\s+)?(?P<w>Vorjahr(?:e?s)?|Folgejahr(?:e?s)?|Vormonat(?:e?s)?|Folgemonat(?:e?s)?|"
                  r"Vortag(?:e?s)?|Folgetag(?:e?s)?|Vorwoche|Folgewoche|Vorabend|Jahresende|Jahresbeginn|Jahresanfang|"
                  r"Jahresmitte|Jahreswechsel|Jahreswende|Monatsende|Monatsanfang|Monatsbeginn|Monatsmitte|"
                  r"Wochenbeginn|Wochenanfang|Wochenmitte|Wochenende)(?!\w)"
                  r"(?:\s+(?P<y>\d{4})(?:\s*/\s*(?P<y2>\d{2}))?)?", priority=3)
def _compound(m: re.Match, text: str):
    w = m["w"].lower()
    start = m.start("w")
    y = int(m["y"]) if m["y"] else None
    if w.startswith("vorjahr"):
        sem: dict[str, Any] = {"k": "rel", "unit": "year", "n": -1, "anchor": "deictic"}
    elif w.startswith("folgejahr"):
        sem = {"k": "rel", "unit": "year", "n": 1, "anchor": "anaphoric"}
    elif w.startswith("vormonat"):
        sem = {"k": "rel", "unit": "month", "n": -1, "anchor": "anaphoric"}
    elif w.startswith("folgemonat"):
        sem = {"k": "rel", "unit": "month", "n": 1, "anchor": "anaphoric"}
    elif w.startswith("vortag"):
        sem = {"k": "rel", "unit": "tag", "n": -1, "anchor": "anaphoric"}
    elif w == "vorabend":
        sem = {"k": "rel", "unit": "pod", "pod": "EV", "n": -1, "anchor": "anaphoric"}
    elif w.startswith("folgetag"):
        sem = {"k": "rel", "unit": "tag", "n": 1, "anchor": "anaphoric"}
    elif w == "vorwoche":
        sem = {"k": "rel", "unit": "week", "n": -1, "anchor": "deictic"}
    elif w == "folgewoche":
        sem = {"k": "rel", "unit": "week", "n": 1, "anchor": "anaphoric"}
    elif w in ("jahreswechsel", "jahreswende"):
        if m["y2"]:
            y = (y // 100) * 100 + int(m["y2"])
        elif y is not None:
            y += 1
        sem = {"k": "abs", "m": 1, "d": 1, "y": y} if y else {"k": "rel", "unit": "year", "n": 1, "anchor": "anaphoric",
                                                           "then": {"m": 1, "d": 1}}
    elif w == "wochenende":
        sem = {"k": "rel", "unit": "week", "n": None, "anchor": "deictic", "weekend": True}
    else:
        mod = "END" if w.endswith("ende") else ("MID" if w.endswith("mitte") else "START")
        if w.startswith("jahr"):
            sem = {"k": "abs", "y": y, "mod": mod} if y else {"k": "rel", "unit": "year", "n": 0, "anchor": "anaphoric",
                                                             "mod": mod}
        elif w.startswith("monat"):
            sem = {"k": "rel", "unit": "month", "n": 0, "anchor": "anaphoric", "mod": mod}
        else:
            sem = {"k": "rel", "unit": "week", "n": 0, "anchor": "anaphoric", "mod": mod}
    return _c(m, sem, start=start)


@rule("part_of_unit", rf"(?:(?P<gegen>[Gg]egen\s+))?(?P<mod>{MOD}|Laufe|Verlauf)\s+(?:des|dieses|diesen)\s+(?:(?P<adj>{_REL_ADJ})\s+)?"
                      rf"(?P<unit>Jahres|Jahrs|Monats|Jahrzehnts|Tages)(?:\s+(?P<y>\d{{3,4}})(?P<bc>{BC})?(?![\d.]\d))?|"
                      rf"(?P<mod2>{MOD})\s+(?P<adj2>letzten|vergangenen|vorigen|nächsten|kommenden|dieses|diesen)\s+(?P<unit2>Jahres|Monats)|"
                      rf"(?P<mod3>{MOD})\s+(?:(?P<adj3>letzter|vergangener|voriger|nächster|kommender|dieser)|der(?:\s+(?P<adj4>kommenden|nächsten|vergangenen|letzten|laufenden))?)\s+Woche", priority=4)
def _part_of_unit(m: re.Match, text: str):
    mod_word = m["mod"] or m["mod2"] or m["mod3"]
    adj = (m["adj"] or m["adj2"] or m["adj3"] or m["adj4"] or "").lower()
    unit_word = (m["unit"] or m["unit2"] or ("woche" if m["mod3"] else "")).lower()
    unit = _rel_unit_of(unit_word)
    if unit == "tag":
        sem: dict[str, Any] = {"k": "rel", "unit": "tag", "n": 0, "anchor": "anaphoric"}
    elif m["y"]:
        sem = {"k": "abs", "y": int(m["y"]), "bc": bool(m["bc"])}
    else:
        # "Ende des Jahres" is the year of the last date; "Ende letzten Jahres" the one before the paper's
        n, anchor = _adj_offset(adj, unit) if adj else (0, "anaphoric")
        sem = {"k": "rel", "unit": unit or "year", "n": n, "anchor": anchor}
    _with_mod(sem, mod_word)
    return _c(m, sem)


_AFTER = r"später|danach|darauf|nachher|zuvor|vorher|davor|früher|eher|lang|zurück|her"


@rule("amount", rf"(?:(?P<pre>[Vv]or|[Nn]ach|[Bb]innen|[Ii]nnerhalb(?:\s+von)?|[Ii]n|[Ss]eit|[Ff]ür|[Üü]ber)\s+)?"
                r"(?:(?P<mod>mehr\s+als|über|weniger\s+als|fast|knapp|etwa|rund|ca\.|circa|gut|genau|exakt|"
                r"mindestens|höchstens|bis\s+zu|annähernd|ungefähr|nahezu|beinahe|runde|gerade\s+einmal)\s+)?"
                rf"(?P<num>{NUM}|{VAGUE}|[Ee]ine[nmr]?|[Ee]in)(?:\s+(?P<frac>halbe[snm]?|dreiviertel|viertel))?"
                r"(?:\s+(?P<adjx>ganze[nms]?|volle[nms]?|weitere[nms]?|aufeinanderfolgende[nm]?|aufeinander\s+folgende[nm]?|lange[nm]?|knappe[nm]?|gute[nm]?))?\s+"
                rf"(?P<unit>{UNIT})(?!\w)(?:\s+und\s+(?P<num2>{NUM}|eine[nm]?|ein)\s+(?P<unit2>{UNIT})(?!\w))?"
                rf"(?:\s+(?P<after>{_AFTER})(?!\w))?", priority=2)
def _amount(m: re.Match, text: str):
    unit = UNIT_OF_FORM.get(m["unit"].lower())
    if unit is None:
        return None
    numw = m["num"].lower()
    if numw in ("eines", "einer") and m["unit"].lower() in ("tages", "jahres", "monats"):
        return None  # "eines Tages": non-specific
    vague = numw in VAGUE_AMOUNTS or numw == "ein paar"
    n = None if vague else number_value(numw)
    if not vague and n is None:
        return None
    if m["frac"]:
        # "ein halbes Jahr" = 0.5, "drei dreiviertel Jahre" = 3.75
        f = {"halbe": 0.5, "halben": 0.5, "halbes": 0.5, "halbem": 0.5, "dreiviertel": 0.75, "viertel": 0.25}[m["frac"].lower()]
        n = f if numw in ("ein", "eine", "einen", "einem", "einer") else (n or 0) + f
    if n is not None and n > 10000:
        return None
    parts = [(n, unit)]
    if m["unit2"]:
        u2 = UNIT_OF_FORM.get(m["unit2"].lower())
        n2 = number_value(m["num2"].lower())
        if u2 and n2 is not None:
            parts.append((n2, u2))
    pre = (m["pre"] or "").lower().split()[0] if m["pre"] else ""
    after = (m["after"] or "").lower()
    start, end = m.start(), m.end()
    mod = _amount_mod(m["mod"])
    # "nach zwei Tagen" is a point in a narrative; "nach mehr als drei Wochen" reads as a span
    nach_point = pre == "nach" and not after and not vague and not mod and unit in ("tag", "monat") and n <= 10
    if after in ("später", "danach", "darauf", "nachher") or nach_point:
        if vague:
            sem: dict[str, Any] = {"k": "ref", "value": "FUTURE_REF"}
        else:
            sem = {"k": "rel", "unit": unit, "n": n, "anchor": "anaphoric", "parts": parts, "or_duration": nach_point}
    elif after in ("zuvor", "vorher", "davor", "früher", "eher"):
        sem = {"k": "dur", "parts": parts, "mod": mod} if vague else {
            "k": "rel", "unit": unit, "n": -n, "anchor": "anaphoric", "parts": [(-x, u) for x, u in parts]}
    elif pre == "vor" and after in ("", "zurück", "her"):
        if vague:
            sem = {"k": "ref", "value": "PAST_REF"}
        else:
            sem = {"k": "rel", "unit": unit, "n": -n, "anchor": "deictic", "coarse": True,
                   "parts": [(-x, u) for x, u in parts]}
    elif pre == "in" and not after and not vague and not m["adjx"] and unit not in ("sekunde", "minute", "stunde"):
        sem = {"k": "rel", "unit": unit, "n": n, "anchor": "deictic", "coarse": True, "parts": parts, "if_future": True}
    else:
        sem = {"k": "dur", "parts": parts, "mod": mod}
        if pre:
            start = m.start("mod") if m["mod"] else m.start("num")
        if after and after not in ("lang",):
            end = m.start("after") - 1 if after in ("zurück", "her") else end
    return _c(m, sem, start=start, end=end)


def _amount_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    if w in ("mehr als", "über", "gut", "mindestens"):
        return "MORE_THAN" if w != "mindestens" else "EQUAL_OR_MORE"
    if w in ("weniger als", "fast", "knapp", "beinahe", "nahezu", "höchstens", "bis zu"):
        return "LESS_THAN" if w not in ("höchstens", "bis zu") else "EQUAL_OR_LESS"
    return "APPROX" if w not in ("genau", "exakt") else None


@rule("amount_range", rf"(?<![\d.,])(?P<n1>\d+|{_cap(NUMBER_WORDS)})\s*(?:bis|und|oder|–|-)\s*(?=(?:\d+|{_cap(NUMBER_WORDS)})\s+{UNIT}(?!\w))",
      priority=1)
def _amount_range(m: re.Match, text: str):
    n = number_value(m["n1"])
    if n is None:
        return None
    return Candidate(m.start("n1"), m.end("n1"), {"k": "dur", "link": "unit", "n": n})


@rule("unit_after", r"(?<!\w)(?P<unit>Tage|Wochen|Monate|Jahre|Jahrzehnte|Stunden)\s+(?P<after>später|danach|zuvor|vorher|davor|früher)(?!\w)",
      priority=1)
def _unit_after(m: re.Match, text: str):
    prev = _prev_word(text, m.start())
    if number_value(prev) is not None or prev in VAGUE_AMOUNTS:
        return None
    value = "FUTURE_REF" if m["after"] in ("später", "danach") else "PAST_REF"
    return _c(m, {"k": "ref", "value": value})


@rule("plural_span", rf"(?:(?P<art>[Dd]en|[Dd]ie|[Dd]er)\s+)?(?P<adj>ersten|letzten|nächsten|folgenden|kommenden|vergangenen|"
                     rf"darauffolgenden|übrigen|restlichen|verbleibenden|zurückliegenden)\s+(?:(?P<num>\d+|{_cap(NUMBER_WORDS)})\s+)?"
                     r"(?P<unit>Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten|Stunden|Minuten)(?!\w)",
      priority=3)
def _plural_span(m: re.Match, text: str):
    unit = UNIT_OF_FORM.get(m["unit"].lower())
    n = number_value(m["num"]) if m["num"] else None
    if m["num"] and n is None:
        return None
    return _c(m, {"k": "dur", "parts": [(n, unit)], "mod": None})


@rule("duration_word", r"(?<![\w-])(?:(?P<num>\d+|" + "|".join(NUMBER_WORDS) + r"|ein|zwei|drei|halb)(?P<dash>-)?)"
                       r"(?P<adj>tägig|wöchig|monatig|jährig|stündig|minütig)(?:e[nrsm]?)?(?!\w)|"
                       r"(?<![\w-])(?P<num2>\d+|[A-ZÄÖÜ][a-zäöü]+)-(?P<unit2>Tage|Stunden|Wochen|Monate|Jahre)(?=-)|"
                       r"(?<!\w)(?P<long>sekundenlang|minutenlang|stundenlang|tagelang|wochenlang|monatelang|jahrelang|"
                       r"jahrzehntelang|jahrhundertelang)(?:e[nrsm]?)?(?!\w)|(?<!\w)(?P<whole>ganzjährig|ganztägig)(?:e[nrsm]?)?(?!\w)",
      priority=2)
def _duration_word(m: re.Match, text: str):
    if m["long"]:
        return _c(m, {"k": "dur", "parts": [(None, LONG_ADVERBS[m["long"].lower()])]})
    if m["whole"]:
        return _c(m, {"k": "dur", "parts": [(1, "jahr" if m["whole"].startswith("ganzj") else "tag")]})
    if m["num2"]:
        n = number_value(m["num2"])
        unit = UNIT_OF_FORM.get(m["unit2"].lower())
        if n is None or unit is None:
            return None
        return _c(m, {"k": "dur", "parts": [(n, unit)]})
    word = m["num"].lower()
    n = 0.5 if word == "halb" else number_value(word)
    if n is None:
        return None
    return _c(m, {"k": "dur", "parts": [(n, DURATION_ADJECTIVES[m["adj"]])]})


@rule("deictic", r"(?<![\w-])(?P<w>heute|gestern|vorgestern|morgen|übermorgen|heuer|Heute|Gestern|Vorgestern|Übermorgen|Heuer|"
                 r"Morgen(?=\s+(?:früh|wird|werden|soll|sollen|will|beginnt|startet|kommt|findet)\b))(?![\w-])"
                 r"(?:\s+(?P<pod>[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht|früh)(?![\w-]))?",
      priority=3)
def _deictic(m: re.Match, text: str):
    w = m["w"].lower()
    if w == "heuer":
        return _c(m, {"k": "rel", "unit": "year", "n": 0, "anchor": "deictic"})
    n = {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}[w]
    sem: dict[str, Any] = {"k": "rel", "unit": "tag", "n": n, "anchor": "deictic", "today": w == "heute"}
    if m["pod"]:
        sem["pod"] = PARTS_OF_DAY[m["pod"].lower()]
    return _c(m, sem)


@rule("weekday", rf"(?:(?P<adj>{_cap_alt('vergangenen|vergangene|letzten|letzte|vorigen|vorige|kommenden|kommende|nächsten|nächste|diesen|diesem|dieser|selben|gleichen|folgenden|darauffolgenden|darauf folgenden|nachfolgenden|heutigen|gestrigen|morgigen|vorgestrigen|übermorgigen')})\s+)?(?P<wd>{WEEKDAY})(?P<pod>{POD_SUFFIX})?(?![\w-])"
                 r"(?:\s+(?P<pod2>Abend|Morgen|Nachmittag|Vormittag|Mittag|Nacht|früh)(?![\w-]))?"
                 r"(?:\s+(?P<week>kommender|nächster|vergangener|letzter|voriger|dieser)\s+Woche)?(?!\s*,?\s*(?:de[nm]\s+)?\d{1,2}\.)",
      priority=2)
def _weekday(m: re.Match, text: str):
    sem: dict[str, Any] = {"k": "wd", "wd": WEEKDAYS[m["wd"].lower()]}
    if m["week"]:  # "am Montag kommender Woche": that weekday in that ISO week
        sem["week"] = {"kommender": 1, "nächster": 1, "vergangener": -1, "letzter": -1, "voriger": -1,
                       "dieser": 0}[m["week"]]
    adj = (m["adj"] or "").lower()
    if adj.startswith(("vergangen", "letzt", "vorig")):
        sem["dir"] = -1
    elif adj.startswith(("kommend", "nächst")):
        sem["dir"] = 1
    elif adj.startswith(("folgend", "darauf", "nachfolgend")):
        sem["dir"] = 1
        sem["anaphoric"] = True
    elif adj.startswith(("selb", "gleich")):
        sem["dir"] = 0
    elif adj.startswith(("heutig", "gestrig", "morgig", "vorgestrig", "übermorgig")):
        # "am morgigen Dienstag": the day word decides, the weekday only confirms it
        n = {"heutig": 0, "gestrig": -1, "morgig": 1, "vorgestrig": -2, "übermorgig": 2}[re.sub(r"en$", "", adj)]
        sem = {"k": "rel", "unit": "tag", "n": n, "anchor": "deictic", "wd_hint": sem["wd"]}
    pod = m["pod"] or m["pod2"]
    if pod:
        sem["pod"] = PARTS_OF_DAY[pod.lower()]
    return _c(m, sem)


@rule("night_before", rf"(?:(?P<prep>[Ii]n\s+der)\s+)?Nacht\s+(?:zum|zu|auf\s+den)\s+(?P<wd>{WEEKDAY})(?![\w-])", priority=3)
def _night_before(m: re.Match, text: str):
    start = m.start() + (len(m["prep"]) + 1 if m["prep"] else 0)
    return _c(m, {"k": "wd", "wd": WEEKDAYS[m["wd"].lower()], "pod": "NI", "day_before": True}, start=start)


@rule("weekday_set", rf"(?<!\w)(?P<w>{_cap_alt('montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|sonntags')})(?!\w)|"
                     rf"(?<!\w)(?:[Jj]eden|[Jj]edem)\s+(?P<wd>{WEEKDAY})(?!\w)|(?<!\w)(?P<every>[Jj]ede[ns]?|[Aa]lle)\s+(?:(?P<n>\d+|zwei|drei|vier|fünf|sechs|zehn)\s+)?"
                     r"(?P<unit>Tag|Woche|Monat|Jahr|Stunde|Tage|Wochen|Monate|Jahre|Stunden)(?!\w)", priority=2)
def _weekday_set(m: re.Match, text: str):
    if m["w"] or m["wd"]:
        word = m["w"].lower().rstrip("s") if m["w"] else m["wd"].lower()
        wd = WEEKDAYS.get(word) or WEEKDAYS.get(word + "s") or WEEKDAYS.get(word.replace("sonnabend", "samstag"))
        if wd is None:
            return None
        return _c(m, {"k": "set", "value": f"XXXX-WXX-{wd}"})
    unit = UNIT_OF_FORM.get(m["unit"].lower())
    every = m["every"].lower()
    n = number_value(m["n"]) if m["n"] else 1
    if every == "alle" and not m["n"]:
        return None  # "alle Tage" is rare and often not a set
    if every.startswith("jede") and m["unit"].lower().endswith(("e", "en")) and m["unit"].lower() not in ("woche", "stunde"):
        return None
    letter = {"tag": "D", "woche": "W", "monat": "M", "jahr": "Y", "stunde": "H"}[unit]
    value = f"PT{int(n)}{letter}" if letter == "H" else f"P{int(n)}{letter}"
    return _c(m, {"k": "set", "value": value})


@rule("set_word", r"(?<!\w)(?P<w>" + alternation(SETS, capitalise=True) + r")(?!\w)", priority=1)
def _set_word(m: re.Match, text: str):
    return _c(m, {"k": "set", "value": SETS[m["w"].lower()]})


@rule("part_of_day", rf"(?P<prep>[Aa]m|[Ii]m(?=\s+(?:Morgengrauen|Tagesanbruch|Sonnen))|[Ii]n\s+der|[Gg]egen|[Ii]m\s+Laufe\s+des|[Ww]ährend\s+der|[Zz]ur)\s+(?:(?P<adj>frühen|späten|selben|gleichen)\s+)?"
                     rf"(?P<pod>{POD_NOUN}|Mittagszeit|Tages)(?![\w-])(?!\s+(?:des|vom|zum|zu|auf)\b)|"
                     r"(?<![\w-])(?P<adv>morgens|vormittags|mittags|nachmittags|abends|nachts)(?![\w-])|"
                     r"(?<![\w-])(?P<midnight>Mitternacht)(?![\w-])", priority=1)
def _part_of_day(m: re.Match, text: str):
    if m["midnight"]:
        return _c(m, {"k": "time", "hh": 24, "mi": 0})
    if m["adv"]:
        return _c(m, {"k": "pod", "pod": PART_OF_DAY_ADVERBS[m["adv"]], "weak": True})
    word = m["pod"].lower()
    start = m.start()
    prep = m["prep"].lower()
    if prep.startswith(("im laufe", "während", "zur")) or m["adj"]:
        start = m.start("adj") if m["adj"] else m.start("pod")
    if word == "tages":
        return _c(m, {"k": "rel", "unit": "tag", "n": 0, "anchor": "anaphoric"}, start=m.start("pod") - 9
                  if text[m.start("pod") - 9:m.start("pod")] == "Laufe des" else start)
    sem = {"k": "pod", "pod": PARTS_OF_DAY.get(word, "MI")}
    return _c(m, sem, start=start)


@rule("clock", rf"(?<![\d.,:])(?P<hh>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*Uhr(?!\w)(?:\s+(?P<mi2>[0-5]\d)(?![\d.,]|\s*(?:Minuten|Sekunden)))?(?P<tz>{TZ})?",
      priority=2)
def _clock(m: re.Match, text: str):
    hh = int(m["hh"])
    if hh > 24:
        return None
    mi = int(m["mi"] or m["mi2"] or 0)
    return _c(m, {"k": "time", "hh": hh, "mi": mi, "tz": _tz(m["tz"])})


_REFS = {
    "PRESENT_REF": r"jetzt|Jetzt|gegenwärtig|Gegenwärtig|derzeit|Derzeit|zurzeit|Zurzeit|momentan|Momentan|heutzutage|"
                   r"Heutzutage|(?:[Aa]b|[Ss]eit)\s+diesem\s+Zeitpunkt|[Ii]n\s+der\s+Gegenwart",
    "FUTURE_REF": r"bald|Bald|bald\s+darauf|Bald\s+darauf|bald\s+danach|[Ii]n\s+Zukunft|"
                  r"[Ww]enig\s+später|[Kk]urze\s+Zeit\s+später|[Kk]urz\s+darauf|[Kk]urz\s+danach|[Kk]urz\s+nachdem|"
                  r"[Ii]n\s+der\s+Folge(?!\w)|(?<=\s)Folgezeit|[Ii]n\s+den\s+folgenden\s+Jahren(?!\w)|[Ii]n\s+naher\s+Zukunft",
    "PAST_REF": r"[Kk]urz\s+zuvor|[Kk]urz\s+vorher|[Kk]urze\s+Zeit\s+zuvor|zwischenzeitlich|Zwischenzeitlich|[Ii]n\s+der\s+Vergangenheit|"
                r"[Vv]or\s+kurzem|[Vv]or\s+Kurzem|unlängst|Unlängst|jüngst|Jüngst|neulich|Neulich",
}


@rule("reference_word", r"(?<![\w-])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _REFS.items()) + r")(?![\w-])", priority=1)
def _reference_word(m: re.Match, text: str):
    kind = next(k for k in _REFS if m[k])
    if kind == "FUTURE_REF" and m[kind].lower() == "kurz nachdem":
        return None
    return _c(m, {"k": "ref", "value": kind, "word": m[kind].lower()})


_HOLIDAY_WORDS = sorted(list(HOLIDAYS) + list(EASTER_HOLIDAYS), key=len, reverse=True)


@rule("holiday", r"(?<![\w-])(?P<h>" + "|".join(alternation([h], capitalise=True) for h in _HOLIDAY_WORDS)
      + r")(?![\w-])(?:\s+(?P<y>\d{4}))?", priority=2)
def _holiday(m: re.Match, text: str):
    name = re.sub(r"\s+", " ", m["h"].lower())
    sem: dict[str, Any] = {"k": "holiday", "name": name}
    if name in HOLIDAYS and name not in ("weihnachten", "silvester", "neujahr", "neujahrstag", "heiligabend") and not m["y"]:
        prev = _prev_word(text, m.start())
        if prev not in ("am", "an", "zu", "seit", "bis", "vor", "nach", "zum"):
            return None
    if name in ("ostern", "pfingsten", "weihnachten") and not m["y"]:
        prev = _prev_word(text, m.start())
        if prev not in ("an", "zu", "seit", "bis", "vor", "nach", "über", "am", "um", "zum"):
            return None
    if m["y"]:
        sem["y"] = int(m["y"])
    return _c(m, sem)


# Cheap patterns that every match of a rule contains: a rule runs only in windows around them,
# which keeps the long alternations of the full patterns off most of the text.
_UNIT_WORDS = r"Sekunde|Minute|Stunde|Tag|Woche|Monat|Quartal|Jahr"
TRIGGERS: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in {
    "day_month": r"Jan|Jän|Feb|Mär|Mrz|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez",
    "day_list": r"Jan|Jän|Feb|Mär|Mrz|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez",
    "month": r"Jan|Jän|Feb|Mär|Mrz|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez",
    "month_list": r"Jan|Jän|Feb|Mär|Mrz|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez",
    "season": r"rühling|rühjahr|ommer|erbst|inter",
    "decade": r"\d0er|ziger",
    "century": r"Jahrhundert|Jh\.",
    "quarter": r"Quartal|Vierteljahr|Halbjahr|[Hh]älfte|Q[1-4]",
    "relative_unit": _UNIT_WORDS + r"|Sommer|Winter|Herbst|Frühjahr|Frühling|Abend|Morgen|Nacht|ittag",
    "year_after": r"darauf|danach|zuvor|davor|vorher",
    "calendar_week": r"KW|Kalenderwoche",
    "bare_plural": r"Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden",
    "day_after": r"Tag",
    "compound": r"Vor|Folge|Jahres|Monats|Wochen",
    "part_of_unit": r"Anfang|Mitte|Ende|Beginn|Ausgang|Laufe|Verlauf",
    "amount": _UNIT_WORDS,
    "amount_range": _UNIT_WORDS,
    "unit_after": _UNIT_WORDS,
    "plural_span": _UNIT_WORDS,
    "duration_word": r"tägig|wöchig|monatig|jährig|stündig|minütig|lang|-(?:Tage|Stunden|Wochen|Monate|Jahre)-",
    "weekday": r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag",
    "night_before": r"Nacht",
    "weekday_set": r"ontags|ienstags|ittwochs|onnerstags|reitags|amstags|onnabends|onntags|[Jj]ede|[Aa]lle",
    "part_of_day": r"Morgen|Mittag|Abend|Nacht|Tages|morgens|mittags|abends|nachts|Mitternacht|anbruch|dämmerung|"
                   r"Sonnen",
    "holiday": r"eihnacht|eiligabend|ilvester|eujahr|stern|ster|arfreitag|fingst|immelfahrt|ronleichnam|osenmontag|"
               r"schermittwoch|Einheit|Arbeit|alentinstag|llerheiligen|ikolaus|reikönig|ründonnerstag",
    "set_word": r"glich|ntlich|natlich|hrlich|ndlich|rtalsweise",
    "reference_word": r"etzt|genwärtig|erzeit|urzeit|omentan|eutzutage|Zeitpunkt|Gegenwart|ald|ukunft|päter|urz|"
                      r"Folge|Vergangenheit|ürzlich|nlängst|üngst|eulich|zwischenzeitlich",
    "deictic": r"eute|estern|orgen|euer",
    "clock": r"Uhr",
    "iso": r"\d{4}-\d\d-\d\d",
    "numeric": r"\d\.\s?\d",
    "year": r"\d{3,4}|\d(?:\s*[vn]\.\s?(?:Chr|u)|\s+(?:vor|nach)\s+(?:Christ|unserer))",
    "year_pair": r"\d{4}\s*(?:/|–|-|—|bis)\s*\d",
}.items()}
# how far a match may reach before and after its trigger
WINDOW_BEFORE, WINDOW_AFTER = 90, 90


def _windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in trigger.finditer(text):
        a, b = max(0, m.start() - WINDOW_BEFORE), min(len(text), m.end() + WINDOW_AFTER)
        while b < len(text) and not text[b].isspace():  # never end a window inside a word
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def candidates(text: str) -> Iterator[Candidate]:
    """Every candidate every rule finds (overlapping; ``tagger.select`` picks among them)."""
    windows: dict[str, list[tuple[int, int]]] = {}
    for name, pattern, reader, priority in RULES:
        trigger = TRIGGERS.get(name)
        if trigger is None:
            spans = [(0, len(text))]
        else:
            key = trigger.pattern
            if key not in windows:
                windows[key] = _windows(text, trigger)
            spans = windows[key]
        for a, b in spans:
            for m in pattern.finditer(text, a, b):
                if m.end() == m.start():
                    continue
                out = reader(m, text)
                if out is None:
                    continue
                for c in (out if isinstance(out, list) else [out]):
                    if c.end <= c.start:
                        continue
                    c.rule = name
                    c.priority = max(c.priority, priority)
                    yield c
