"""Arabic text with the surface variety real copy has: marks, tatweel, digit systems, punctuation."""

from __future__ import annotations

from typing import Literal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from arnews.strategies._vocabulary import CLAUSES, FIRST_PERSON_CLAUSES, NARRATIVE, PLACES

__all__ = ["DigitStyle", "Style", "arabic_text", "digits", "styles"]

#: How numbers are written: Latin ``123``, Arabic-Indic ``١٢٣`` or Persian ``۱۲۳``.
DigitStyle = Literal["latin", "arabic", "persian"]
_DIGIT_STYLES: tuple[DigitStyle, ...] = ("latin", "arabic", "persian")
_DIGIT_BASES: dict[str, int] = {"latin": 0x30, "arabic": 0x660, "persian": 0x6F0}
_FATHA, _KASRA, _SHADDA, _SUKUN, _TANWEEN = "\u064e", "\u0650", "\u0651", "\u0652", "\u064b"
_MARKS: tuple[str, ...] = (_FATHA, _KASRA, _SHADDA, _SUKUN)
_TATWEEL = "\u0640"
#: Letters that join to the next one, so a tatweel after them looks right.
_JOINING = frozenset("بتثجحخسشصضطظعغفقكلمنهيئ")
_PUNCTUATION: tuple[str, ...] = ("،", "؛", "؟", ".", "!", ":", "...", " -")


def digits(number: int, style: DigitStyle) -> str:
    """``number`` written in ``style`` digits."""
    base = _DIGIT_BASES[style]
    return "".join(chr(base + int(d)) for d in str(number))


@attrs.frozen
class Style:
    """Surface choices made once per article, so that one article is consistent."""

    digit_style: DigitStyle = "latin"
    """Digit system for numbers in the text."""
    mark_every: int = 0
    """Put a diacritic on every n-th word of free text (0: none)."""
    tatweel_every: int = 0
    """Stretch every n-th word of free text with a tatweel (0: none)."""
    nbsp_every: int = 0
    """Write a no-break space after every n-th word of free text, as pasted web text has (0: none)."""

    def number(self, n: int) -> str:
        """``n`` in this style's digits."""
        return digits(n, self.digit_style)

    def decorate(self, text: str) -> str:
        """Add this style's diacritics and tatweels to the words of ``text``; letters are untouched."""
        if not (self.mark_every or self.tatweel_every or self.nbsp_every):
            return text
        words = text.split(" ")
        for i in range(len(words)):
            if self.mark_every and i % self.mark_every == self.mark_every - 1:
                words[i] = _with_mark(words[i], _MARKS[i % len(_MARKS)])
            if self.mark_every and len(words[i]) > 3 and words[i].endswith("ا"):
                words[i] += _TANWEEN  # the accusative ending as typed: مغلقاً
            if self.tatweel_every and i % self.tatweel_every == self.tatweel_every - 1:
                words[i] = _with_tatweel(words[i])
        if not self.nbsp_every:
            return " ".join(words)
        n = self.nbsp_every
        return "".join(w + ("\u00a0" if i % n == n - 1 else " ") for i, w in enumerate(words))[:-1]


def _with_mark(word: str, mark: str) -> str:
    """``word`` with ``mark`` after its second Arabic letter (where a harakah sits naturally)."""
    seen = 0
    for i, ch in enumerate(word):
        if "\u0621" <= ch <= "\u064a":
            seen += 1
            if seen == 2:
                return word[: i + 1] + mark + word[i + 1 :]
    return word


def _with_tatweel(word: str) -> str:
    """``word`` stretched after its first joining letter that is followed by another letter."""
    for i in range(len(word) - 1):
        if word[i] in _JOINING and "\u0621" <= word[i + 1] <= "\u064a":
            return word[: i + 1] + _TATWEEL + word[i + 1 :]
    return word


def styles(*, plain: bool = False) -> st.SearchStrategy[Style]:
    """Per-article surface styles; ``plain=True`` gives Latin digits and no marks."""
    if plain:
        return st.just(Style())
    return st.builds(
        Style,
        digit_style=st.sampled_from(("latin", "arabic", "persian")),
        mark_every=st.sampled_from((0, 3, 5)),
        tatweel_every=st.sampled_from((0, 7)),
        nbsp_every=st.sampled_from((0, 6)),
    )


def _word_pool() -> tuple[str, ...]:
    """Plain words of the vocabulary (slots removed), deduplicated in first-seen order."""
    words: dict[str, None] = {}
    for phrase in (*CLAUSES, *FIRST_PERSON_CLAUSES, *NARRATIVE, *PLACES):
        for w in phrase.split():
            if "{" not in w:
                words.setdefault(w, None)
    return tuple(words)


_WORDS = _word_pool()


@st.composite
def _token(draw: st.DrawFn, marks: bool, tatweel: bool, numbers: bool) -> str:
    kind = draw(st.sampled_from(("word", "number"))) if numbers else "word"
    if kind == "number":
        style: DigitStyle = draw(st.sampled_from(_DIGIT_STYLES))
        return digits(draw(st.integers(0, 10**6)), style)
    word = draw(st.sampled_from(_WORDS))
    if marks and draw(st.booleans()):
        word = _with_mark(word, draw(st.sampled_from(_MARKS)))
    if tatweel and draw(st.booleans()):
        word = _with_tatweel(word)
    return word


@st.composite
def _arabic_text(
    draw: st.DrawFn, *, min_words: int, max_words: int, marks: bool, tatweel: bool, numbers: bool,
    punctuation: bool,
) -> str:
    tokens = draw(st.lists(_token(marks, tatweel, numbers), min_size=min_words, max_size=max_words))
    out: list[str] = []
    for token in tokens:
        if out:
            out.append(" ")
        out.append(token)
        if punctuation and draw(st.integers(0, 4)) == 0:
            out.append(draw(st.sampled_from(_PUNCTUATION)))
    return "".join(out)


def arabic_text(
    *,
    min_words: int = 1,
    max_words: int = 12,
    diacritics: bool = True,
    tatweel: bool = True,
    numbers: bool = True,
    punctuation: bool = True,
) -> st.SearchStrategy[str]:
    """Arabic words from the vocabulary with optional diacritics, tatweel, numbers and punctuation.

    Numbers mix Latin, Arabic-Indic and Persian digits; punctuation mixes
    Arabic (``، ؛ ؟``) and Latin marks. The text is one line.
    """
    if not isinstance(min_words, int) or min_words < 0:
        raise InvalidArgument(f"min_words must be a non-negative int (got {min_words!r})")
    if not isinstance(max_words, int) or max_words < min_words:
        raise InvalidArgument(f"max_words must be an int >= min_words={min_words} (got {max_words!r})")
    for name, value in (("diacritics", diacritics), ("tatweel", tatweel), ("numbers", numbers),
                        ("punctuation", punctuation)):
        if not isinstance(value, bool):
            raise InvalidArgument(f"{name} must be a bool (got {value!r})")
    return _arabic_text(
        min_words=min_words, max_words=max_words, marks=diacritics, tatweel=tatweel, numbers=numbers,
        punctuation=punctuation,
    )
