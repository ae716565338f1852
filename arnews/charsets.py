"""Named Arabic character sets and the folding table, kept in one place.

Every other module takes its character knowledge from here, so that a
change to what counts as a diacritic or a quote mark is made once.
"""

from __future__ import annotations

__all__ = [
    "AMBIGUOUS_QUOTES",
    "ARABIC_DIACRITICS",
    "BIDI_CONTROLS",
    "CLOSING_QUOTES",
    "DASHES",
    "DELETED",
    "FOLD_TABLE",
    "LINE_BREAKS",
    "OPENING_QUOTES",
    "SPACES",
    "TATWEEL",
    "ZERO_WIDTH",
]


def _chars(*ranges: tuple[int, int]) -> frozenset[str]:
    """All characters in the inclusive code point ranges given."""
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


#: Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
ARABIC_DIACRITICS: frozenset[str] = _chars(
    (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC), (0x06DF, 0x06E8),
    (0x06EA, 0x06ED), (0x08D3, 0x08E1), (0x08E3, 0x08FF),
)
#: The kashida used to stretch words (``الـرياض``).
TATWEEL: frozenset[str] = frozenset("\u0640")
#: Directional marks, embeddings, overrides and isolates.
BIDI_CONTROLS: frozenset[str] = frozenset("\u061c\u200e\u200f") | _chars((0x202A, 0x202E), (0x2066, 0x2069))
#: Zero-width characters that carry no letter (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen).
ZERO_WIDTH: frozenset[str] = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: Characters removed from the matching view altogether.
DELETED: frozenset[str] = ARABIC_DIACRITICS | TATWEEL | BIDI_CONTROLS | ZERO_WIDTH
#: Horizontal spaces other than U+0020 (NBSP, en/em spaces, narrow NBSP, ideographic space, tab).
SPACES: frozenset[str] = frozenset("\t\u00a0\u1680\u202f\u205f\u3000") | _chars((0x2000, 0x200A))
#: Every character that ends a line, in any convention (``\r\n`` is handled as one break).
LINE_BREAKS: frozenset[str] = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
#: Quote marks that open a quotation.
OPENING_QUOTES: frozenset[str] = frozenset("«“„‟‹")
#: Quote marks that close a quotation.
CLOSING_QUOTES: frozenset[str] = frozenset("»”›")
#: Quote marks that may open or close (ASCII and typewriter double quotes).
AMBIGUOUS_QUOTES: frozenset[str] = frozenset('"\u2033\uff02')
#: Hyphen and dash variants, all folded to ``-``.
DASHES: frozenset[str] = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")

_FOLDS: dict[str, str] = {
    # alef and hamza forms
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "ء", "ئ": "ء",
    # alef maqsura, teh marbuta, Persian and Urdu letter shapes
    "ى": "ي", "ی": "ي", "ې": "ي", "ة": "ه", "ک": "ك", "ۀ": "ه", "ە": "ه",
    # Arabic punctuation to its Latin counterpart
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
}
for _q in OPENING_QUOTES:
    _FOLDS[_q] = "“"
for _q in CLOSING_QUOTES:
    _FOLDS[_q] = "”"
for _q in AMBIGUOUS_QUOTES:
    _FOLDS[_q] = '"'
for _d in DASHES:
    _FOLDS[_d] = "-"
for _s in SPACES:
    _FOLDS[_s] = " "
for _b in LINE_BREAKS - {"\n", "\r"}:
    _FOLDS[_b] = "\n"
_FOLDS["\r"] = "\n"
for _i in range(10):
    _FOLDS[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLDS[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits
    _FOLDS[chr(0xFF10 + _i)] = str(_i)  # fullwidth digits

#: ``str.translate`` table of the matching view: each character is deleted,
#: kept, or replaced by one character (presentation forms are added by
#: :mod:`arnews.text`, where they may expand to two).
FOLD_TABLE: dict[int, str | None] = {ord(k): v for k, v in _FOLDS.items()}
FOLD_TABLE.update({ord(c): None for c in DELETED})
