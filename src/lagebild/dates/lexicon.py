"""German words for time: months, weekdays, seasons, parts of day, units, numbers, holidays.

Every table maps a lower-case surface form to its meaning; ``alternation`` turns a table into a
regular-expression alternative (longest forms first, so "Sonntagabend" is never read as
"Sonntag" + "abend").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS = {
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3,
    "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
    "november": 11, "dezember": 12,
}
# abbreviations; in text they carry a full stop ("11. Nov. 2024")
MONTH_ABBREVIATIONS = {
    "jan": 1, "jän": 1, "feb": 2, "febr": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}
# month names that are also common given names or words: they need a context to count
AMBIGUOUS_MONTHS = frozenset({"mai", "august", "april"})

WEEKDAYS = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6,
    "sonnabend": 6, "sonntag": 7,
}

# TIMEX parts of day
PARTS_OF_DAY = {
    "morgen": "MO", "früh": "MO", "frühe": "MO", "vormittag": "MO", "morgenstunden": "MO",
    "mittag": "MI", "mittagszeit": "MI", "mittagsstunden": "MI",
    "nachmittag": "AF", "nachmittagsstunden": "AF",
    "abend": "EV", "abendstunden": "EV", "vorabend": "EV",
    "nacht": "NI", "nachtstunden": "NI",
    "morgengrauen": "MO", "tagesanbruch": "MO", "morgendämmerung": "MO", "sonnenaufgang": "MO",
    "abenddämmerung": "EV", "sonnenuntergang": "EV",
}
# adverbs: "morgens", "nachts"
PART_OF_DAY_ADVERBS = {
    "morgens": "MO", "vormittags": "MO", "mittags": "MI", "nachmittags": "AF", "abends": "EV",
    "nachts": "NI",
}

SEASONS = {"frühling": "SP", "frühjahr": "SP", "lenz": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"}
# the months a season covers in the northern hemisphere (meteorological seasons)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# unit word stem -> TIMEX unit letter(s) and a precision name
UNITS = {
    "sekunde": ("S", "second"), "minute": ("M", "minute"), "stunde": ("H", "hour"),
    "tag": ("D", "day"), "woche": ("W", "week"), "monat": ("M", "month"), "quartal": ("Q", "quarter"),
    "jahr": ("Y", "year"), "jahrzehnt": ("DE", "decade"), "jahrhundert": ("CE", "century"),
}
TIME_UNITS = frozenset({"sekunde", "minute", "stunde"})
# inflected forms of each unit
UNIT_FORMS = {
    "sekunde": ("sekunde", "sekunden"),
    "minute": ("minute", "minuten"),
    "stunde": ("stunde", "stunden"),
    "tag": ("tag", "tage", "tagen", "tages", "tags"),
    "woche": ("woche", "wochen"),
    "monat": ("monat", "monate", "monaten", "monats", "monates"),
    "quartal": ("quartal", "quartale", "quartalen", "quartals"),
    "jahr": ("jahr", "jahre", "jahren", "jahres", "jahrs"),
    "jahrzehnt": ("jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts", "jahrzehntes"),
    "jahrhundert": ("jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts"),
}
UNIT_OF_FORM = {form: stem for stem, forms in UNIT_FORMS.items() for form in forms}

# adjectives of duration: "dreitägig", "neunmonatigen", "90-tägige"
DURATION_ADJECTIVES = {"tägig": "tag", "wöchig": "woche", "monatig": "monat", "jährig": "jahr",
                       "stündig": "stunde", "minütig": "minute"}
# "jahrelang", "tagelang"
LONG_ADVERBS = {"sekundenlang": "sekunde", "minutenlang": "minute", "stundenlang": "stunde",
                "tagelang": "tag", "wochenlang": "woche", "monatelang": "monat", "jahrelang": "jahr",
                "jahrzehntelang": "jahrzehnt", "jahrhundertelang": "jahrhundert"}
SETS = {"täglich": "P1D", "tägliche": "P1D", "täglichen": "P1D", "täglicher": "P1D",
        "wöchentlich": "P1W", "wöchentliche": "P1W", "wöchentlichen": "P1W",
        "monatlich": "P1M", "monatliche": "P1M", "monatlichen": "P1M",
        "jährlich": "P1Y", "jährliche": "P1Y", "jährlichen": "P1Y", "alljährlich": "P1Y",
        "stündlich": "PT1H", "quartalsweise": "P1Q", "vierteljährlich": "P3M", "halbjährlich": "P6M"}

_ONES = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1,
    "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
          "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
         "siebzig": 70, "achtzig": 80, "neunzig": 90}
FRACTIONS = {"anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
             "viereinhalb": 4.5, "fünfeinhalb": 5.5, "sechseinhalb": 6.5, "siebeneinhalb": 7.5,
             "achteinhalb": 8.5, "neuneinhalb": 9.5, "zehneinhalb": 10.5, "halb": 0.5, "halbe": 0.5,
             "halben": 0.5, "halbes": 0.5, "halber": 0.5, "dreiviertel": 0.75, "beiden": 2, "beide": 2,
             "paar": 2, "dutzend": 12}
# words for an unspecified amount: "mehrere Tage" -> PXD
VAGUE_AMOUNTS = ("mehrere", "mehreren", "einige", "einigen", "wenige", "wenigen", "weniger", "viele",
                 "vielen", "etliche", "etlichen", "zahlreiche", "zahlreichen", "ein paar", "einiger")

ORDINALS = {"erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7,
            "siebente": 7, "achte": 8, "neunte": 9, "zehnte": 10, "elfte": 11, "zwölfte": 12,
            "dreizehnte": 13, "vierzehnte": 14, "fünfzehnte": 15, "sechzehnte": 16, "siebzehnte": 17,
            "achtzehnte": 18, "neunzehnte": 19, "zwanzigste": 20, "einundzwanzigste": 21, "letzte": -1}
ORDINAL_FORMS = {w + ending: n for w, n in ORDINALS.items() for ending in ("", "n", "r", "s", "m")}

# fixed-date holidays (month, day); Easter-based ones are computed
HOLIDAYS = {
    "neujahr": (1, 1), "neujahrstag": (1, 1), "heiligabend": (12, 24), "heiligen abend": (12, 24),
    "weihnachten": (12, 25), "weihnachtstag": (12, 25), "silvester": (12, 31), "silvesterabend": (12, 31),
    "tag der deutschen einheit": (10, 3), "tag der arbeit": (5, 1), "valentinstag": (2, 14),
    "allerheiligen": (11, 1), "nikolaustag": (12, 6), "dreikönigstag": (1, 6),
}
EASTER_HOLIDAYS = {"ostern": 0, "ostersonntag": 0, "ostermontag": 1, "karfreitag": -2, "gründonnerstag": -3,
                   "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50, "christi himmelfahrt": 39,
                   "himmelfahrt": 39, "fronleichnam": 60, "rosenmontag": -48, "aschermittwoch": -46}


def number_value(word: str) -> float | None:
    """'sieben' -> 7, 'dreiundzwanzig' -> 23, '48' -> 48, 'anderthalb' -> 1.5, '1.000' -> 1000."""
    w = word.lower().replace("-", "")
    if not w:
        return None
    if w.isdigit():
        return float(w)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", w):
        return float(w.replace(".", ""))
    if re.fullmatch(r"\d+,\d+", w):
        return float(w.replace(",", "."))
    if w in FRACTIONS:
        return FRACTIONS[w]
    if w in _ONES:
        return float(_ONES[w])
    if w in _TEENS:
        return float(_TEENS[w])
    if w in _TENS:
        return float(_TENS[w])
    m = re.fullmatch(r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\w+zig|dreißig|dreissig)", w)
    if m and m[2] in _TENS:
        return float(_ONES[m[1]] + _TENS[m[2]])
    m = re.fullmatch(r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert(\w*)", w)
    if m:
        rest = number_value(m[2]) if m[2] else 0.0
        if rest is None:
            return None
        return float((_ONES.get(m[1] or "ein", 1)) * 100 + rest)
    return None


def alternation(words: Iterable[str], capitalise: bool = False) -> str:
    """A regex alternative of ``words``; ``capitalise`` also accepts a capital first letter."""
    out = []
    for w in sorted(set(words), key=lambda s: (-len(s), s)):
        esc = re.escape(w).replace(r"\ ", r"\s+")
        if capitalise and w[:1].isalpha():
            first = w[0]
            esc = f"[{first}{first.upper()}]" + esc[1:]
        out.append(esc)
    return "(?:" + "|".join(out) + ")"


NUMBER_WORDS = sorted(
    list(_ONES) + list(_TEENS) + list(_TENS)
    + [f"{o}und{t}" for o in ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun") for t in _TENS]
    + ["hundert", "einhundert", "zweihundert", "dreihundert"]
    + [k for k in FRACTIONS if k not in ("halb", "halbe", "halben", "halbes", "halber", "paar", "dutzend")],
    key=len, reverse=True)
