"""German time expressions: find them, normalise them (TIMEX3-style values), date articles.

    >>> [t.value for t in tag("Am Dienstag hat Putin unterzeichnet.", reference="2024-06-20")]
    ['2024-06-18']
"""

from .tagger import MODES, Parsed, Timex, parse, resolve, tag

__all__ = ["MODES", "Parsed", "Timex", "parse", "resolve", "tag"]
