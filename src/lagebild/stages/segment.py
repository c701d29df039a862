"""German sentences and tokens as character offsets into the original text.

Only kept stretches are segmented: removed spans never yield sentences. The
rules are regular expressions plus an abbreviation list, fast enough for bulk
runs (no model).
"""

from __future__ import annotations

import re

from ..model import Article, Sentence

# Abbreviations that end in a full stop without ending the sentence ("z. B.", "Dr.", "Nr.").
ABBREVIATIONS = frozenset("""
a abb abg abs abt adj adm allg alt anh anm art aufl bd bde bearb bes betr bez bhf bspw bzgl bzw ca chr co corp
d dept dgl di dipl dr dt ebd ehem eig einschl engl entspr erw etc ev evtl exkl f ff fa fam fr frl gebr gegr
gen ges gesch gest ggf ggü gr hbf hg hl hr hrsg hzg i ib ibid inc inkl insb int ing jh jhd jr jun kap kath kfm
kfz kgl kl kr lt ltd max mind min mio mrd mr mrs ms mwst nachm nat nr nrn o od öff op orig p pfd pl pkt
pol pp prof prov ps r rd rep resp s sek sen sep sept sog sr st std str stv s.o s.u tab tel tsd u ua usw
v va vgl vj vorm vs w wg wiss z zb zt zz zzt jan feb febr mär apr jun jul aug okt nov dez mo di mi
fr sa u.a z.b d.h u.ä o.ä v.a i.d.r z.t u.u s.o s.u n.chr v.chr
""".split())
# Words that are also abbreviations: they end a sentence unless a number follows.
_AMBIGUOUS = frozenset({"art", "abs", "nr", "bd", "kap", "tab", "abb"})
MONTHS = frozenset("januar jänner februar märz april mai juni juli august september oktober november dezember".split())

# Tokens: URLs, e-mail, numbers with separators ("11.000", "39,13", "19.06.2024"), abbreviations with inner
# dots ("z.B.", "U.S."), words with hyphens/apostrophes ("Ukraine-Konflikts", "Kim Jong-un"), single symbols.
_TOKEN = re.compile(
    r"""https?://\S+[\w/]|www\.\S+[\w/]|[\w.+-]+@[\w-]+\.[\w.]+
    |\d+(?:[.,:/]\d+)+%?|\d+(?:\.(?=\s*(?:"""
    + "|".join(MONTHS)
    + r""")\b))?
    |(?:[^\W\d_]\.){2,}
    |[^\W_](?:[\w'’]*[\w])?(?:-[\w'’]+)*-?
    |\.\.\.|…|--+|[^\w\s]""",
    re.X | re.I | re.U,
)
_TERMINATORS = frozenset(".!?…")
_CLOSERS = frozenset("\"'“”‘’»«)]}")
_OPENERS = "\"'“„‚»«([{"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token offsets of text[start:end]."""
    end = len(text) if end is None else end
    return [m.span() for m in _TOKEN.finditer(text, start, end)]


_SENTENCE_OPENERS = frozenset("""Der Die Das Den Dem Des Ein Eine Einen Er Sie Es Wir Ich Man Dies Diese Dieser
Damit Dabei Danach Dann Doch Aber Auch Zudem Außerdem Laut Nach Am Im Bei""".split())


def _ends_sentence(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Is token i a sentence-final punctuation mark? ("Dr." / "19. Juni" / "z. B." are not.)"""
    s, e = tokens[i]
    tok = text[s:e]
    if tok not in (".", "!", "?", "...", "…") and not (tok.endswith(".") and len(tok) > 1 and tok[0].isalpha()):
        return False
    nxt = i + 1
    while nxt < len(tokens) and text[tokens[nxt][0]:tokens[nxt][1]] in _CLOSERS:
        nxt += 1
    if nxt >= len(tokens):
        return True
    gap = text[tokens[nxt - 1][1]:tokens[nxt][0]]
    if not gap:  # "Abs.5", "Putin.Kim" – no whitespace, no break
        return False
    following = text[tokens[nxt][0]:tokens[nxt][1]]
    if tok in ("!", "?") or tok in ("...", "…"):
        return following[0].isupper() or following[0] in _OPENERS or following[0].isdigit()
    if tok != ".":  # abbreviations with inner dots: "u.a." ends a sentence only before a capital after a line break
        return "\n" in gap
    if i == 0:
        return False
    ps, pe = tokens[i - 1]
    prev = text[ps:pe]
    if pe != s:  # a free-standing dot
        return following[0].isupper() or following[0] in _OPENERS
    low = prev.lower()
    if low in _AMBIGUOUS:  # "Art. 5" is an abbreviation, "auf diese Art. Danach" ends a sentence
        return not following[0].isdigit() and (following[0].isupper() or following[0] in _OPENERS)
    if low in ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()):
        return "\n" in gap and following[0].isupper()
    if prev.isdigit():
        # "am 19. Juni", "im 19. Jahrhundert", "der 2. Weltkrieg": ordinals, not ends.
        if following.lower() in MONTHS or following[0].islower():
            return False
        # an ordinal comes before its noun ("19. Jahrhundert"); an article or pronoun opens a sentence
        return len(prev) >= 3 or "\n" in gap or following in _SENTENCE_OPENERS
    return following[0].isupper() or following[0] in _OPENERS or following[0].isdigit()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end]; a blank line or a line break after a headline always ends one."""
    end = len(text) if end is None else end
    tokens = tokenize(text, start, end)
    out: list[Sentence] = []
    cur: list[tuple[int, int]] = []
    close_at = -1
    for i, tok in enumerate(tokens):
        if cur:
            gap = text[cur[-1][1]:tok[0]]
            if ("\n" in gap and _line_break_ends(text, cur, tok, gap)) or \
                    (gap and _glued_start(text, cur, tok, tokens[i + 1] if i + 1 < len(tokens) else None)):
                out.append(Sentence(cur[0][0], cur[-1][1], tuple(cur)))
                cur = []
        cur.append(tok)
        if close_at < i and _ends_sentence(text, tokens, i):
            # absorb closing quotes/brackets that directly follow: „... gerechtfertigt.“
            j = i + 1
            while j < len(tokens) and text[tokens[j][0]:tokens[j][1]] in _CLOSERS and tokens[j][0] == tokens[j - 1][1]:
                j += 1
            close_at = j - 1
        if i == close_at:
            out.append(Sentence(cur[0][0], cur[-1][1], tuple(cur)))
            cur = []
    if cur:
        out.append(Sentence(cur[0][0], cur[-1][1], tuple(cur)))
    return out


# contracted prepositions that are capitalised only at the start of a sentence
_CAPITAL_STARTS = frozenset({"Am", "Im", "Beim", "Vom", "Zum", "Zur"})
# ... when a time follows ("Am Mittwoch", "Im Juni", "Am 19. Juni"), not in names ("Hotel Am See")
_TIME_NOUNS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
               "wochenende", "vortag", "abend", "morgen", "anfang", "ende", "laufe", "frühjahr", "sommer", "herbst",
               "winter")


def _glued_start(text: str, cur: list[tuple[int, int]], tok: tuple[int, int], nxt: tuple[int, int] | None) -> bool:
    """A sentence glued to a caption without punctuation: "... Führer Kim Jong Un Am Mittwoch
    unterzeichneten ..." ("Am" between two capitalised words starts a new sentence)."""
    if text[tok[0]:tok[1]] not in _CAPITAL_STARTS or nxt is None or len(cur) < 2:
        return False
    last = text[cur[-1][0]:cur[-1][1]]
    following = text[nxt[0]:nxt[1]]
    timely = following[:1].isdigit() or following.lower() in MONTHS or following.lower().startswith(_TIME_NOUNS)
    return last[:1].isupper() and last[-1:].isalpha() and timely


def _line_break_ends(text: str, cur: list[tuple[int, int]], nxt: tuple[int, int], gap: str) -> bool:
    if gap.count("\n") >= 2:
        return True
    last = text[cur[-1][0]:cur[-1][1]]
    following = text[nxt[0]:nxt[1]]
    # A hard-wrapped line continues: "... die Unterzeichnung\nerfolgte ..." (lower-case next word, no punctuation).
    if following[:1].islower() and (last[-1:].isalnum() or last in (",", "-", "–")):
        return False
    return True


class Segment:
    """Per-article stage: sentences with token offsets over the kept text."""

    name = "segment"
    kind = "article"
    requires = ("article.text", "article.removed")
    assigns = ("article.sentences",)

    def process(self, article: Article) -> Article:
        sentences: list[Sentence] = []
        for a, b in article.kept_ranges():
            sentences.extend(split_sentences(article.text, a, b))
        return article.replace(sentences=tuple(sentences))
