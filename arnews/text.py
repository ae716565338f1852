"""The matching view of a text: folded for matching, mapped back to the original.

Parsers match their patterns on :attr:`NormalizedText.text` (diacritics,
tatweel, bidi and zero-width controls removed; alef/hamza forms, alef
maqsura, digits, punctuation, quote marks, dashes and spaces folded) and
report every result in original offsets through :meth:`NormalizedText.span`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

import attrs

from arnews.charsets import ARABIC_DIACRITICS, FOLD_TABLE, TATWEEL
from arnews.model import Span, span_unchecked

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
_REPLACE: dict[str, str] = {chr(c): v or "" for c, v in _TABLE.items() if chr(c) != v}
"""Every character the view changes, with its replacement (``""`` when dropped)."""
_DROPPED = frozenset(c for c, v in _REPLACE.items() if not v) | {"\r"}
_EXPANDED = {c: v for c, v in _REPLACE.items() if len(v) > 1}


def _char_class(chars: Iterable[str]) -> str:
    """A ``[...]`` class of ``chars`` written as ranges (the stdlib engine scans these fastest)."""
    codes = sorted(ord(c) for c in chars)
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + "]"


# The stdlib engine is used for these plain character-class scans: it runs them
# several times faster than ``regex`` and the view is built on every parse.
_CHANGED_RE = re.compile(_char_class(_REPLACE))
_DROP_CLASS = _char_class(_DROPPED - {"\r"})
_EXPAND_CLASS = _char_class(_EXPANDED)
# the leading look-ahead gives the engine one class to skip ahead by (an alternation alone is tried at every index)
_LENGTH_CHANGE_RE = re.compile(
    "(?=" + _char_class(_DROPPED | set(_EXPANDED)) + ")(?:" + _DROP_CLASS + "{1,256}|\r(?=\n)|" + _EXPAND_CLASS + ")"
)
_TRAILING_MARKS = ARABIC_DIACRITICS | TATWEEL
_TRAILING_MARKS_RE = re.compile(_char_class(_TRAILING_MARKS) + "*")


@attrs.frozen
class NormalizedText:
    """A normalised view of :attr:`original` with a map back to its offsets."""

    original: str
    """The text as the user gave it."""
    text: str
    """The folded text that patterns are matched on."""
    _breaks: list[int] | None = attrs.field(default=None, repr=False, eq=False, alias="breaks")
    """View indexes where the view-to-original offset changes; ``None`` when the two align one to one."""
    _offsets: list[int] = attrs.field(factory=list, repr=False, eq=False, alias="offsets")
    """``original index - view index`` from each break on (an expanded character holds it per view index)."""
    _origins: list[int] = attrs.field(factory=list, repr=False, eq=False, alias="origins")
    """Original index of the view character at each break (for :meth:`to_view`)."""

    @property
    def aligned(self) -> bool:
        """Whether every view index is also the original index (nothing was dropped or expanded)."""
        return self._breaks is None

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
        if start < 0 or end > n:
            start, end = max(0, min(start, n)), max(0, min(end, n))
        breaks = self._breaks
        if breaks is None:
            return start, end
        offsets = self._offsets
        o_start = start + offsets[bisect_right(breaks, start) - 1] if start < n else len(self.original)
        if end == start:
            return o_start, o_start
        o_end = end + offsets[bisect_right(breaks, end - 1) - 1]  # the original index after view index end - 1
        if self.original[o_end : o_end + 1] not in _TRAILING_MARKS:
            return o_start, o_end  # the usual case, without a pattern call
        mark = _TRAILING_MARKS_RE.match(self.original, o_end)
        return o_start, (mark.end() if mark else o_end)

    def span(self, start: int, end: int) -> Span:
        """The original :class:`~arnews.model.Span` behind the view range ``start:end``."""
        o_start, o_end = self.to_original(start, end)
        return span_unchecked(self.original, o_start, o_end)  # to_original clipped the offsets

    def to_view(self, index: int) -> int:
        """The first view index whose character comes from original ``index`` or later."""
        breaks = self._breaks
        if breaks is None:
            return index if 0 <= index <= len(self.text) else max(0, min(index, len(self.text)))
        origins = self._origins
        k = bisect_left(origins, index)
        # the answer lies in the segment before break k, or is break k itself
        if k > 0:
            seg_end = breaks[k] if k < len(breaks) else len(self.text)
            last = origins[k - 1] + (seg_end - 1 - breaks[k - 1])
            if last >= index:
                return breaks[k - 1] + (index - origins[k - 1])
        return breaks[k] if k < len(breaks) else len(self.text)


def _fold(text: str) -> tuple[str, bool]:
    """``text`` with every character of the table replaced (``\r\n`` counts as one break), and whether
    any replacement changed the length (so that the view needs an offset map).

    One C ``replace`` per distinct character present, found by resuming the
    search where the last one stopped (everything before it is already
    folded): faster than ``str.translate`` with a dict, and no string is
    built per occurrence.
    """
    resized = "\r\n" in text
    if resized:
        text = text.replace("\r\n", "\n")
    search = _CHANGED_RE.search
    m = search(text)
    while m is not None:
        i = m.start()
        replacement = _REPLACE[text[i]]
        resized = resized or len(replacement) != 1
        text = text.replace(text[i], replacement)
        m = search(text, i)
    return text, resized


def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for matching and keep the map back to its offsets."""
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str (got {type(text).__name__})")
    view, resized = _fold(text)
    if not resized:
        return NormalizedText(text, view)
    # sparse map: one entry per run of dropped characters, per expanded view character
    breaks, offsets, shift = [0], [0], 0
    for m in _LENGTH_CHANGE_RE.finditer(text):
        i, j = m.span()
        p = i - shift  # view index of original i
        expansion = _EXPANDED.get(text[i]) if j == i + 1 else None
        if expansion is None:
            shift += j - i
            if breaks[-1] == p:
                offsets[-1] = shift
            else:
                breaks.append(p)
                offsets.append(shift)
            continue
        for t in range(len(expansion)):
            if breaks[-1] == p + t:
                offsets[-1] = i - p - t
            else:
                breaks.append(p + t)
                offsets.append(i - p - t)
        p += len(expansion)
        shift = i + 1 - p
        breaks.append(p)
        offsets.append(shift)
    origins = [b + o for b, o in zip(breaks, offsets, strict=True)]
    return NormalizedText(text, view, breaks, offsets, origins)


def normalize_word(word: str) -> str:
    """The view form of a table entry, so that tables can be written as in print."""
    return normalize(word).text
