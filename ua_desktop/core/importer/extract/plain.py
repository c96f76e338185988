"""Text files in any common encoding: byte-order marks first, UTF-16 without
one (recognised from where its zero bytes fall), UTF-8, and otherwise
charset-normalizer's best guess (it tells Windows-1251 Russian from cp1252
French, where a plain cp1252 fallback turns Cyrillic into "Áîëîòáåê")."""

from __future__ import annotations

import codecs

from .model import Extracted, blocks_from_text

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


_USUAL = ("cp1252", "cp1251", "koi8_r", "cp1256", "cp1250", "iso8859_1")


def utf16_without_bom(data: bytes) -> str:
    """"utf-16-le" or "utf-16-be" if the bytes look like UTF-16 text with no BOM, else ""."""
    sample = data[:4000]
    pairs = len(sample) // 2
    if pairs < 2:
        return ""
    even_zeros = sample[0:pairs * 2:2].count(0)
    odd_zeros = sample[1:pairs * 2:2].count(0)
    # Latin text: every other byte is zero; Cyrillic or Greek: the high byte is 0x04/0x03 on one side
    if odd_zeros > 0.3 * pairs and even_zeros < 0.05 * pairs:
        return "utf-16-le"
    if even_zeros > 0.3 * pairs and odd_zeros < 0.05 * pairs:
        return "utf-16-be"
    high = _repeated_high_byte(sample)
    return high


def _repeated_high_byte(sample: bytes) -> str:
    """Non-Latin UTF-16 (Cyrillic, Arabic...) has the same high byte on most pairs."""
    pairs = len(sample) // 2
    for side, encoding in ((1, "utf-16-le"), (0, "utf-16-be")):
        column = sample[side:pairs * 2:2]
        zeros = column.count(0)
        common = max((column.count(b) for b in set(column) if b), default=0)
        if common + zeros > 0.9 * pairs and common > 0.3 * pairs and 0 < max(set(column)) < 0x30:
            try:
                sample[:pairs * 2].decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return ""


def unicode_with_zero_bytes(head: bytes) -> bool:
    """UTF-16 or UTF-32 (with or without a byte-order mark): zero bytes there are not a sign of a binary file."""
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or bool(utf16_without_bom(head))


def detect_encoding(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported here: only needed for legacy encodings

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return "cp1252"
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    # Short sheets often fit several code pages equally well: prefer the ones sheets are written in.
    ties = {m.encoding for m in matches if m.chaos <= best.chaos + 0.001 and m.coherence >= best.coherence - 0.01}
    return next((encoding for encoding in _USUAL if encoding in ties), best.encoding)


def decode_text(data: bytes) -> str:
    """The text of `data`, in whatever encoding it is; undecodable bytes become U+FFFD."""
    return decode_with_encoding(data)[0]


def decode_with_encoding(data: bytes) -> tuple[str, str]:
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    return text.lstrip("\ufeff"), encoding


def extract_plain(text: str, encoding: str = "") -> Extracted:
    return Extracted("text", tuple(blocks_from_text(text)), text=text, encoding=encoding)
