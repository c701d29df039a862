"""Turn bytes into text without losing or altering anything, or say why not."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024  # one article file larger than this is refused, not read

# Tried after the detector's guess when the bytes are not UTF-8; the most plausible decoding wins.
_FALLBACKS = ("cp1252", "iso8859_15", "cp1250", "cp1251", "koi8_r", "mac_roman", "cp850", "latin_1")
_COMMON = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t\r\n.,;:!?-'\"()[]/%&+*=#@_$§"
    "äöüÄÖÜßéèêàâçëïîôûùÉÈÀÇœŒæøåØÅñÑóíúáÓÍÚÁ„“”‚‘’–—…€«»·°²³½"
)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    encoding: str | None
    problem: str | None = None


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(4, len(sample) // 100)


def _bad_chars(text: str) -> int:
    """Count characters that a sane decoding of a news text would not produce."""
    return sum(1 for ch in text if ("\x80" <= ch <= "\x9f") or ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``: UTF-8 first (kept exactly, BOM included), then a detected encoding."""
    decoded = _decode(data)
    if decoded.text is not None and not decoded.text.lstrip("\ufeff").strip():
        return Decoded(None, None, "is empty")
    return decoded


def _decode(data: bytes) -> Decoded:
    if not data.strip():
        return Decoded(None, None, "is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom) and enc != "utf-8":
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError:
                break
    if looks_binary(data):
        return Decoded(None, None, "looks like a binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            candidates.append(best.encoding)
    except Exception:  # detection is a hint only; the fixed candidates below still run
        pass
    candidates += [enc for enc in _FALLBACKS if enc not in candidates]
    scored = []
    for rank, enc in enumerate(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _bad_chars(text) <= len(text) // 200:
            scored.append((_plausibility(text), -rank, enc, text))
    if scored:
        _, _, enc, text = max(scored)
        return Decoded(text, enc)
    return Decoded(None, None, "could not be decoded as text in any known encoding")


def _plausibility(text: str) -> float:
    """How much a decoding looks like news text: common characters score, stray accents and symbols don't.

    A German cp1252 file read as Mac Roman turns "Größere" into "Grˆþere"; read as cp1252 it scores higher.
    """
    score = 0.0
    prev_latin: bool | None = None
    for ch in text:
        if ch.isalpha():
            latin = ch < "\u0250"
            if prev_latin is not None and latin != prev_latin:
                score -= 2.0  # a word mixing scripts ("Zaїуі") is a wrong decoding
            prev_latin = latin
        else:
            prev_latin = None
        if ch in _COMMON:
            score += 1.0
        elif ch.isalpha():
            # letters of another script count fully (Cyrillic, Greek); rarer Latin accents a little less
            score += 0.6 if "\u00c0" <= ch <= "\u024f" else 1.0
        else:
            score -= 1.0
    return score / max(1, len(text))


def read_text(path: Path) -> Decoded:
    """Read and decode one file, refusing files larger than MAX_BYTES."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        return Decoded(None, None, f"is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
    return decode_bytes(path.read_bytes())
