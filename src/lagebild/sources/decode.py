"""Turn bytes into text without losing or altering anything, or say why not."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024  # one article file larger than this is refused, not read

# Encodings a German-first tool should prefer when the bytes are not UTF-8.
_LATIN_FAMILY = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2",
                 "mac_roman", "cp850", "cp437", "iso8859_9", "cp1254"}
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
    except Exception:  # detection is a hint only; the fixed fallbacks below still run
        pass
    if not candidates or candidates[0].lower().replace("-", "_") in _LATIN_FAMILY:
        candidates.insert(0, "cp1252")
    candidates += ["cp1252", "latin_1"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _bad_chars(text) <= len(text) // 200:
            return Decoded(text, enc)
    return Decoded(None, None, "could not be decoded as text in any known encoding")


def read_text(path: Path) -> Decoded:
    """Read and decode one file, refusing files larger than MAX_BYTES."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        return Decoded(None, None, f"is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
    return decode_bytes(path.read_bytes())
