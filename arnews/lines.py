"""Split a text into trimmed lines, each with its original and view offsets.

A line is a run of characters between line breaks (any convention) with
``str.isspace`` characters trimmed from both ends; whitespace-only runs are
dropped. Layout classifies these lines; every non-space character of the
input lies in exactly one of them.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from arnews.charsets import LINE_BREAKS
from arnews.text import NormalizedText

__all__ = ["ARABIC_WORD_CAP", "WORD_CAP", "Line", "split_lines"]

# a plain negated class: the stdlib engine scans it several times faster than ``regex``
_LINE_RE = re.compile("[^" + "".join(re.escape(c) for c in sorted(LINE_BREAKS)) + "]+")
_ARABIC_WORD_RE = regex.compile(r"\p{Arabic}+")
_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_LATIN_RE = regex.compile(r"[A-Za-z]")
_LETTER_RE = regex.compile(r"\p{L}")

WORD_CAP = 25
"""Word counts stop here: layout only asks whether a line has fewer than 25 words."""
ARABIC_WORD_CAP = 5
"""Arabic word counts stop here: layout only asks whether a line has at most four."""
# a prefix this long holds WORD_CAP words in ordinary prose, so long lines are not scanned whole
_WORD_PREFIX = 240
_ARABIC_PREFIX = 60


def _count(pattern: regex.Pattern[str], text: str, cap: int, prefix: int) -> int:
    """``min(cap, number of matches of pattern in text)``, scanning only a prefix when that settles it.

    A prefix never holds more matches than the whole text, so ``cap`` matches
    in the prefix mean at least ``cap`` in all of it.
    """
    if len(text) > prefix and len(pattern.findall(text, 0, prefix)) >= cap:
        return cap
    return min(cap, len(pattern.findall(text)))


@attrs.frozen(slots=False)  # a dict, for the cached word count
class Line:
    """One trimmed line: original offsets, view offsets and a few counts used to classify it."""

    start: int
    """Original index of the first non-space character."""
    end: int
    """Original index after the last non-space character."""
    vstart: int
    """View index of the first non-space view character of the line."""
    vend: int
    """View index after the last non-space view character of the line."""
    text: str
    """The view text of the line (folded for matching), stripped: ``view.text[vstart:vend]``."""
    arabic_words: int
    """Number of Arabic words, counted up to :data:`ARABIC_WORD_CAP`."""

    @functools.cached_property
    def words(self) -> int:
        """Number of words (letters or digits), counted up to :data:`WORD_CAP`, when first asked.

        Layout asks for it on a fraction of the lines (short ones, openers), so
        most long paragraphs are never scanned for it.
        """
        return _count(_WORD_RE, self.text, WORD_CAP, _WORD_PREFIX)

    @property
    def latin_only(self) -> bool:
        """Latin letters and no Arabic word: English alt text, menus, credits of foreign pages."""
        return self.arabic_words == 0 and _LATIN_RE.search(self.text) is not None

    @property
    def has_letters(self) -> bool:
        """Whether the line holds any letter at all (``02:47`` and ``.`` do not)."""
        return _LETTER_RE.search(self.text) is not None


def split_lines(view: NormalizedText) -> tuple[Line, ...]:
    """The non-blank lines of ``view.original``, trimmed, in document order."""
    original = view.original
    out: list[Line] = []
    for m in _LINE_RE.finditer(original):
        seg = m.group()
        stripped = seg.strip()
        if not stripped:
            continue
        start = m.start() + (len(seg) - len(seg.lstrip()))
        end = start + len(stripped)
        vstart, vend = view.to_view(start), view.to_view(end)
        vtext = view.text[vstart:vend]
        lead = len(vtext) - len(vtext.lstrip())
        vtext = vtext.strip()
        vstart += lead
        vend = vstart + len(vtext)
        out.append(
            Line(
                start=start,
                end=end,
                vstart=vstart,
                vend=vend,
                text=vtext,
                arabic_words=_count(_ARABIC_WORD_RE, vtext, ARABIC_WORD_CAP, _ARABIC_PREFIX),
            )
        )
    return tuple(out)
