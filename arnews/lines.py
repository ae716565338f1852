"""Split a text into trimmed lines, each with its original and view offsets.

A line is a run of characters between line breaks (any convention) with
``str.isspace`` characters trimmed from both ends; whitespace-only runs are
dropped. Layout classifies these lines; every non-space character of the
input lies in exactly one of them.
"""

from __future__ import annotations

import re

import attrs
import regex

from arnews.charsets import LINE_BREAKS
from arnews.text import NormalizedText

__all__ = ["ARABIC_LETTERS", "ARABIC_WORD_CAP", "WORD_CAP", "Line", "split_lines"]

# A trimmed line: from a non-space character to the last non-space one before a break. The
# stdlib engine scans plain classes several times faster than ``regex``; its ``\s`` is
# ``str.isspace``, the test ``str.strip`` uses, and every line break is a space to it.
_LINE_RE = re.compile(r"\S(?:[^" + "".join(re.escape(c) for c in sorted(LINE_BREAKS)) + r"]*\S)?")
_ARABIC_WORD_RE = regex.compile(r"\p{Arabic}+")
_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_LATIN_RE = regex.compile(r"[A-Za-z]")
_LETTER_RE = regex.compile(r"\p{L}")

ARABIC_LETTERS: frozenset[str] = frozenset(
    regex.findall(r"(?=\p{Arabic})\p{L}", "".join(map(chr, range(0x0600, 0x0700))))
)
"""Letters of the basic Arabic block that ``regex`` counts as both ``\\p{L}`` and ``\\p{Arabic}``.

A line that opens with one has a letter and an Arabic word: a one-character
look-up that settles :attr:`Line.has_letters` and :attr:`Line.latin_only`
for almost every line without a pattern call.
"""

WORD_CAP = 25
"""Word counts stop here: layout only asks whether a line has fewer than 25 words."""
ARABIC_WORD_CAP = 5
"""Arabic word counts stop here: layout only asks whether a line has at most four."""
# a prefix this long holds WORD_CAP words in ordinary prose, so long lines are not scanned whole
_WORD_PREFIX = 240
_ARABIC_PREFIX = 60
_AT_LEAST_RE = {n: regex.compile(r"(?:[^\p{L}\p{N}]*+[\p{L}\p{N}]++){" + str(n) + "}") for n in (10,)}
"""Patterns that match a line holding at least ``n`` words (the runs ``_WORD_RE`` finds).

Possessive quantifiers keep each repetition to one whole run, so the match
stops at the ``n``-th word without building a string per word.
"""


def _count(pattern: regex.Pattern[str], text: str, cap: int, prefix: int) -> int:
    """``min(cap, number of matches of pattern in text)``, scanning only a prefix when that settles it.

    A prefix never holds more matches than the whole text, so ``cap`` matches
    in the prefix mean at least ``cap`` in all of it.
    """
    if len(text) > prefix and len(pattern.findall(text, 0, prefix)) >= cap:
        return cap
    return min(cap, len(pattern.findall(text)))


@attrs.define(eq=False)
class Line:
    """One trimmed line: original offsets, view offsets, and word counts taken when first asked.

    Mutable only in its two cached counts; layout never changes the offsets.
    Most long paragraphs are never asked for their counts, so they are never
    scanned for them.
    """

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
    _words: int = attrs.field(default=-1, init=False, repr=False)
    _arabic_words: int = attrs.field(default=-1, init=False, repr=False)

    @property
    def words(self) -> int:
        """Number of words (letters or digits), counted up to :data:`WORD_CAP`."""
        if self._words < 0:
            self._words = _count(_WORD_RE, self.text, WORD_CAP, _WORD_PREFIX)
        return self._words

    def words_at_least(self, n: int) -> bool:
        """``self.words >= n`` (for ``n <= WORD_CAP``), without counting the words when it can.

        A full count of a long paragraph makes a string of each of its first
        25 words; one match that stops at the ``n``-th word is cheaper.
        """
        pattern = _AT_LEAST_RE.get(n)
        if self._words >= 0 or pattern is None:
            return self.words >= n
        return pattern.match(self.text) is not None

    @property
    def arabic_words(self) -> int:
        """Number of Arabic words, counted up to :data:`ARABIC_WORD_CAP`."""
        if self._arabic_words < 0:
            self._arabic_words = _count(_ARABIC_WORD_RE, self.text, ARABIC_WORD_CAP, _ARABIC_PREFIX)
        return self._arabic_words

    @property
    def latin_only(self) -> bool:
        """Latin letters and no Arabic word: English alt text, menus, credits of foreign pages."""
        if self.text[:1] in ARABIC_LETTERS:
            return False
        return self.arabic_words == 0 and _LATIN_RE.search(self.text) is not None

    @property
    def has_letters(self) -> bool:
        """Whether the line holds any letter at all (``02:47`` and ``.`` do not)."""
        return self.text[:1] in ARABIC_LETTERS or _LETTER_RE.search(self.text) is not None


def split_lines(view: NormalizedText) -> tuple[Line, ...]:
    """The non-blank lines of ``view.original``, trimmed, in document order."""
    original = view.original
    vtext_all = view.text
    to_view = view.to_view
    out: list[Line] = []
    for m in _LINE_RE.finditer(original):
        start, end = m.span()
        vstart, vend = to_view(start), to_view(end)
        vtext = vtext_all[vstart:vend]
        stripped_v = vtext.strip()
        if len(stripped_v) != len(vtext):
            vstart += len(vtext) - len(vtext.lstrip())
            vtext = stripped_v
            vend = vstart + len(vtext)
        out.append(Line(start, end, vstart, vend, vtext))
    return tuple(out)
