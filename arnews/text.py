"""The matching view of a text: folded for matching, mapped back to the original.

Parsers match their patterns on :attr:`NormalizedText.text` (diacritics,
tatweel, bidi and zero-width controls removed; alef/hamza forms, alef
maqsura, digits, punctuation, quote marks, dashes and spaces folded) and
report every result in original offsets through :meth:`NormalizedText.span`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs
import regex

from arnews.charsets import ARABIC_DIACRITICS, FOLD_TABLE, TATWEEL
from arnews.model import Span

__all__ = ["NormalizedText", "normalize", "normalize_word"]


def _presentation_forms() -> dict[int, str | None]:
    """Arabic presentation forms and fullwidth Latin, decomposed and folded."""
    table: dict[int, str | None] = {}
    for lo, hi in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE), (0xFF01, 0xFF5E)):
        for code in range(lo, hi + 1):
            ch = chr(code)
            if code in FOLD_TABLE:
                continue
            decomposed = unicodedata.normalize("NFKC", ch)
            if decomposed != ch:
                table[code] = decomposed.translate(FOLD_TABLE) or None
    return table


_TABLE: dict[int, str | None] = {**_presentation_forms(), **FOLD_TABLE}
_CHANGES_LENGTH = frozenset(chr(c) for c, v in _TABLE.items() if v is None or len(v) != 1)
_LENGTH_CHANGE_RE = regex.compile(
    "\r(?=\n)|[" + "".join(regex.escape(c) for c in sorted(_CHANGES_LENGTH)) + "]"
)
_TRAILING_MARKS_RE = regex.compile(
    "[" + "".join(regex.escape(c) for c in sorted(ARABIC_DIACRITICS | TATWEEL)) + "]*"
)


@attrs.frozen
class NormalizedText:
    """A normalised view of :attr:`original` with a map back to its offsets."""

    original: str
    """The text as the user gave it."""
    text: str
    """The folded text that patterns are matched on."""
    _starts: Sequence[int] | None = attrs.field(repr=False, alias="starts")
    """Original index of each character of :attr:`text`; ``None`` when the two align one to one."""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open view range ``start:end`` to the original text.

        The original range starts at the first character behind ``start`` and
        ends after the last one behind ``end - 1``, with any diacritics or
        tatweel that trail it, so that a matched word keeps its marks.
        Out-of-range values are clipped; ``end < start`` is an error.
        """
        if end < start:
            raise ValueError(f"end must not precede start (got {start}:{end})")
        n = len(self.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if self._starts is None:
            return start, end
        o_start = self._starts[start] if start < n else len(self.original)
        if end == start:
            return o_start, o_start
        o_end = self._starts[end - 1] + 1
        mark = _TRAILING_MARKS_RE.match(self.original, o_end)
        return o_start, (mark.end() if mark else o_end)

    def span(self, start: int, end: int) -> Span:
        """The original :class:`~arnews.model.Span` behind the view range ``start:end``."""
        o_start, o_end = self.to_original(start, end)
        return Span(o_start, o_end, self.original[o_start:o_end])

    def to_view(self, index: int) -> int:
        """The first view index whose character comes from original ``index`` or later."""
        if self._starts is None:
            return max(0, min(index, len(self.text)))
        lo, hi = 0, len(self._starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._starts[mid] < index:
                lo = mid + 1
            else:
                hi = mid
        return lo


def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for matching and keep the map back to its offsets."""
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str (got {type(text).__name__})")
    first = _LENGTH_CHANGE_RE.search(text)
    if first is None:
        return NormalizedText(text, text.translate(_TABLE), None)
    pieces: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _LENGTH_CHANGE_RE.finditer(text, first.start()):
        i = m.start()
        if i > pos:
            pieces.append(text[pos:i].translate(_TABLE))
            starts.extend(range(pos, i))
        replacement = None if m.group() == "\r" else _TABLE[ord(text[i])]
        if replacement:
            pieces.append(replacement)
            starts.extend([i] * len(replacement))
        pos = i + 1
    if pos < len(text):
        pieces.append(text[pos:].translate(_TABLE))
        starts.extend(range(pos, len(text)))
    return NormalizedText(text, "".join(pieces), starts)


def normalize_word(word: str) -> str:
    """The view form of a table entry, so that tables can be written as in print."""
    return normalize(word).text
