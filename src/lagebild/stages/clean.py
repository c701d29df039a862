"""Mark page furniture and repeated blocks as removed spans; the text is never edited.

Works line by line (scraped pages keep one paragraph, menu item or widget per
line). Each removed line gets a reason a reader can check in the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..config import CleanConfig
from ..model import Article, Removed

# Whole-line navigation and widget words: "Teilen", "Kommentare (12)", "Startseite".
_WIDGET_WORDS = (
    r"teilen|artikel teilen|seite teilen|drucken|kommentare?|kommentieren|\d+\s+kommentare?|kommentare\s*\(\d+\)|"
    r"share|tweet|e-?mail|mail|facebook|twitter|whatsapp|telegram|linkedin|xing|pinterest|instagram|youtube|"
    r"link kopieren|merken|zur merkliste|vorlesen|artikel anhören|feedback|anzeige|werbung|advertisement|"
    r"aktuelles|startseite|home|menü|menu|navigation|suche|search|login|log in|anmelden|registrieren|abmelden|"
    r"abonnieren|jetzt abonnieren|abo|newsletter|newsletter abonnieren|zum newsletter|plus|premium|"
    r"mehr anzeigen|alle anzeigen|weiterlesen|mehr lesen|read more|top|nach oben|zurück nach oben|"
    r"schließen|close|impressum|datenschutz|kontakt|agb|nutzungsbedingungen|barrierefreiheit|"
    r"video|videos|audio|podcast|bilder|galerie|bildergalerie|fotostrecke|live|ticker|liveblog|"
    r"folgen sie uns|folge uns|themen|ressorts|rubriken|schlagzeilen|meistgelesen|meistgelesene artikel|"
    r"das könnte sie auch interessieren|empfehlungen|top-themen|neueste artikel|weitere artikel|"
    r"bild vergrößern|vergrößern|zoom|artikel merken|merkliste|artikel vorlesen|anhören|audio abspielen|"
    r"jetzt teilen|per mail teilen|per e-mail teilen|link kopiert|kopieren|x|threads|bluesky|mastodon|flipboard|"
    r"reddit|zurück|weiter|mehr|mein konto|e-paper|epaper|archiv|abonnement|jetzt testen|gratis testen|"
    r"politik|wirtschaft|kultur|sport|panorama|ausland|inland|regional|lokales|meinung|wissen|gesellschaft|"
    r"partager|commentaires|publicité|abonnez-vous|suivez-nous|newsletters?|"
    r"share this|share this article|share on facebook|comments|most read|most popular|sign up|subscribe|"
    r"related|trending|latest news|print"
)
_WIDGET_LINE = re.compile(rf"^(?:(?:{_WIDGET_WORDS})\s*[|·•,/]?\s*)+:?$", re.I)
# A teaser or link line begins with a fixed phrase and a separator: "Mehr zum Thema – ...".
_TEASER = re.compile(
    r"^(?:lesen sie (?:auch|mehr|hier|dazu)|mehr zum thema|mehr zu(?:m| diesem) thema|mehr dazu|zum thema|"
    r"passend dazu|auch interessant|das könnte sie (?:auch )?interessieren|weiterführende informationen|"
    r"weitere informationen|weiterlesen|siehe auch|verwandte (?:artikel|themen|beiträge)|related(?: articles| stories)?|"
    r"read (?:more|also)|see also|more on this|empfohlener redaktioneller inhalt|hören sie (?:auch|dazu)|"
    r"schauen sie (?:auch|dazu)|auch lesenswert|jetzt lesen|zum artikel|zur startseite|zur übersicht|"
    r"lesen sie hier|hier lesen|zum weiterlesen|jetzt weiterlesen|mehr aus (?:dem|der|diesem)\b[^.!?]*|"
    r"mehr nachrichten|weitere nachrichten|alles zum thema|alle artikel zu[mr]?\b[^.!?]*|dazu passend|"
    r"ebenfalls interessant|hier geht(?:'|’)?s zu[mr]?\b[^.!?]*|hier geht es zu[mr]?\b[^.!?]*|"
    r"top-artikel|empfohlen|empfohlene artikel|lire aussi|à lire aussi|voir aussi|more from|you may also like|"
    r"recommended)"
    r"\s*(?:[:–—\-|>»›]|\.{3}|…|$)",
    re.I,
)
_SKIP_LINK = re.compile(r"^(?:zum|zur|direkt zum|springe zum|springe zur)\s+(?:inhalt|hauptinhalt|navigation|suche|"
                        r"menü|footer|seitenanfang)(?:\s+springen)?\.?$|^skip to (?:main )?(?:content|navigation)\.?$", re.I)
# "PREV „Die kalte Luft …“", "Next: …", "Nächster Artikel: …"; but not "Next steps will be …".
_PREV_NEXT = re.compile(r"^(?:PREV|NEXT|PREVIOUS)\b|^(?:Prev|Next|Previous)(?:\s+(?:article|post|story))?\s*[:»>›|]"
                        r"|^(?i:vorheriger|nächster|voriger)\s+(?i:artikel|beitrag)\b")
_COOKIE = re.compile(r"cookie", re.I)
_COOKIE_CONTEXT = re.compile(r"verwende|nutze|setze|akzeptier|zustimm|einstellung|datenschutz|einwillig|consent|"
                             r"\buse\b|\baccept\b|privacy|website|webseite|seite", re.I)
# Page metadata lines: "Lesezeit: 3 Min.", "Stand: 12.11.2024, 10:00 Uhr", "Aktualisiert am 12.11.2024".
_META_LINE = re.compile(
    r"^(?:(?:lesezeit|lesedauer|reading time)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min\.?|minuten|minutes?)|"
    r"\d+\s*(?:min\.?|minuten)\s*(?:lesezeit|lesedauer)|"
    r"(?:stand|aktualisiert|zuletzt aktualisiert|veröffentlicht|erstellt|updated|published)\s*(?:am|:)?\s*:?\s*"
    r"(?:\w+,?\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|\w+)\s*\d{2,4}\b.{0,40})$",
    re.I,
)
_PAYWALL = re.compile(r"^(?:dieser artikel ist|dieser inhalt ist|der vollständige artikel ist|exklusiv für|"
                      r"nur für)\s.{0,60}(?:abonnent|abo\b|plus-|premium|registrier)", re.I)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b|alle rechte vorbehalten)", re.I)
_CREDIT = re.compile(r"^\(?(?:foto|fotos|bild|bilder|bildquelle|quelle|image|photo|grafik|video|credit)\s*:\s*\S", re.I)
_SEPARATOR = re.compile(r"^[\W_]+$")
_BREADCRUMB_SPLIT = re.compile(r"\s*(?:>|»|›|\||/|•|·)\s*")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'“”„«»)\]]*$|[\"“”»«]$")
_WORD = re.compile(r"\w+", re.U)
_QUOTES = "\"'„“”‚‘’»«"
_MARKUP_HEADING = re.compile(r"^#{1,6}\s+")
_NORM = re.compile(r"[\W_]+", re.U)


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body)
        pos += len(line)


def normalise_line(line: str) -> str:
    """Case- and punctuation-blind key of a line, for spotting repeats."""
    return _NORM.sub(" ", line.casefold()).strip()


def _is_breadcrumb(line: str) -> bool:
    if "://" in line or line.startswith("www."):  # a URL has slashes, but it is not a path of menu items
        return False
    parts = [p for p in _BREADCRUMB_SPLIT.split(line) if p]
    if len(parts) < 3 or len(_BREADCRUMB_SPLIT.findall(line)) < 2:
        return False
    return all(len(p.split()) <= 4 for p in parts) and not _SENTENCE_END.search(line)


def classify_line(line: str, source: str | None = None) -> str | None:
    """Why a single line is page furniture, or None if it may be content.

    Examples: 'Zum Inhalt springen' (navigation), 'Lesen Sie auch: ...' (teaser),
    'Kommentare (12)' (widget), '***' (separator), 'PREV „Die kalte Luft ...“' (prev/next teaser).
    """
    text = line.strip()
    if not text:
        return None
    if _SEPARATOR.match(text):
        return "boilerplate: separator"
    if _SKIP_LINK.match(text):
        return "boilerplate: navigation"
    if _TEASER.match(text):
        return "boilerplate: teaser link"
    if _PREV_NEXT.match(text):
        return "boilerplate: prev/next teaser"
    words = len(_WORD.findall(text))
    if words <= 12 and _WIDGET_LINE.match(text):
        return "boilerplate: navigation or share/comment widget"
    if _CREDIT.match(text) and words <= 12:
        return "boilerplate: image credit"
    if _is_breadcrumb(text):
        return "boilerplate: navigation"
    if _COOKIE.search(text) and _COOKIE_CONTEXT.search(text) and words <= 80:
        return "boilerplate: cookie notice"
    if _META_LINE.match(text):
        return "boilerplate: page metadata"
    if _PAYWALL.match(text) and words <= 30:
        return "boilerplate: paywall note"
    if _COPYRIGHT.match(text) and words <= 25:
        return "boilerplate: copyright line"
    if source and normalise_line(text) == normalise_line(source):
        return "boilerplate: site name"
    return None


def _is_running_text(line: str, cfg: CleanConfig) -> bool:
    words = len(_WORD.findall(line))
    return words >= cfg.content_min_words or (words >= 5 and bool(_SENTENCE_END.search(line.strip())))


class Clean:
    """Per-article stage: boilerplate lines, repeated titles/captions/blocks, trailing page furniture."""

    name = "clean"
    kind = "article"
    requires = ("article.text",)
    assigns = ("article.removed", "article.title")

    def __init__(self, cfg: CleanConfig | None = None) -> None:
        self.cfg = cfg or CleanConfig()

    def find_removed(self, text: str, source: str | None = None) -> list[Removed]:
        lines = [(s, e) for s, e in iter_lines(text) if text[s:e].strip()]
        reasons: dict[int, str] = {}
        seen: dict[str, int] = {}
        first_kept: int | None = None
        for i, (s, e) in enumerate(lines):
            line = text[s:e]
            reason = classify_line(line, source)
            key = normalise_line(line)
            if reason is None and key:
                if key in seen:
                    earlier = seen[key]
                    if earlier == first_kept:
                        reason = "repeated title"
                    elif earlier == i - 1:
                        reason = "repeated line (caption or title)"
                    else:
                        reason = "repeated block"
                else:
                    seen[key] = i
            if reason:
                reasons[i] = reason
            elif first_kept is None:
                first_kept = i
        running = [i for i, (s, e) in enumerate(lines) if i not in reasons and _is_running_text(text[s:e], self.cfg)]
        # Above the first paragraph, a line of one to three words without digits is a site name or a
        # section label ("ELBKURIER", "Berliner Tageskurier", "Politik"); titles and datelines are longer.
        if running:
            for i in range(running[0]):
                line = text[lines[i][0]:lines[i][1]].strip()
                if (i not in reasons and len(_WORD.findall(line)) <= self.cfg.label_max_words
                        and not any(ch.isdigit() for ch in line) and line[:1] not in _QUOTES
                        and not _SENTENCE_END.search(line)):
                    reasons[i] = "boilerplate: site name or section label"
        # Page furniture after the article's last paragraph of running text: "Canada", "Aktuelles".
        last_running = running[-1] if running else None
        if last_running is not None:
            for i in range(last_running + 1, len(lines)):
                s, e = lines[i]
                line = text[s:e].strip()
                if i in reasons or line.startswith("("):  # "(Mit Beiträgen von Agenturen)" is a credit, kept
                    continue
                if any(ch.isdigit() for ch in line):  # list items, dates and scores are not furniture
                    continue
                if len(_WORD.findall(line)) <= self.cfg.trailing_max_words and not _SENTENCE_END.search(line):
                    reasons[i] = "boilerplate: trailing page furniture"
        return _merge([Removed(lines[i][0], lines[i][1], r) for i, r in sorted(reasons.items())], text)

    def process(self, article: Article) -> Article:
        removed = self.find_removed(article.text, article.source)
        title = article.title
        if title is None:
            title = guess_title(article.text, removed)
        return article.replace(removed=tuple(removed), title=title)


def _merge(removed: list[Removed], text: str) -> list[Removed]:
    """Join neighbouring removed lines with the same reason (only whitespace between them)."""
    out: list[Removed] = []
    for rem in removed:
        if out and out[-1].reason == rem.reason and not text[out[-1].end:rem.start].strip():
            out[-1] = Removed(out[-1].start, rem.end, rem.reason)
        else:
            out.append(rem)
    return out


def guess_title(text: str, removed: list[Removed]) -> str | None:
    """The first kept line when it looks like a headline (short, no full stop)."""
    blocked = [(r.start, r.end) for r in removed]
    for s, e in iter_lines(text):
        line = text[s:e].strip()
        if not line or any(a <= s and e <= b for a, b in blocked):
            continue
        line = _MARKUP_HEADING.sub("", line)  # a Markdown heading: "# Scholz verliert ..."
        words = len(_WORD.findall(line))
        if 2 <= words <= 25 and not line.endswith((".", ",", ";")):
            return line
        return None
    return None
