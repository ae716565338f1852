"""The matching view: what it folds, and that its map back is always valid."""

from __future__ import annotations

import pytest
from _timing import growth_ratio
from hypothesis import given
from hypothesis import strategies as st

from arnews.charsets import ARABIC_DIACRITICS, LINE_BREAKS
from arnews.text import _TABLE, _TRAILING_MARKS_RE, normalize, normalize_word

# Text rich in the characters the view changes, so that properties exercise the map.
_SPECIAL = (
    "".join(sorted(ARABIC_DIACRITICS | LINE_BREAKS))
    + "\u0640\u200f\u200e\u202b\u2067\u200b\ufeff\u00a0"
    + 'أإآىةؤئ٠٩۴،؛؟«»“”„"–—ﻻﷲﺍ'
)
texts = st.text(st.one_of(st.characters(codec=None), st.sampled_from(_SPECIAL), st.sampled_from("قال إن الوزير")))


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("قالَ", "قال"),
        ("الأمريكيَّين", "الامريكيين"),
        ("الـــرياض", "الرياض"),
        ("إلى", "الي"),
        ("مسؤول مسئول", "مسءول مسءول"),
        ("٢٠١٥ ۲۰۱۵", "2015 2015"),
        ("«نعم» “لا” „ربما‟", "“نعم” “لا” “ربما“"),
        ("سبق– الدمام — جدة", "سبق- الدمام - جده"),
        ("أ\u00a0ب\u202fج", "ا ب ج"),
        ("نعم،\u200fلا؛ لماذا؟", "نعم,لا; لماذا?"),
        ("ﻻ", "لا"),
        ("a\r\nb\rc\u2028d\u2029e", "a\nb\nc\nd\ne"),
    ],
)
def test_folds(raw: str, folded: str) -> None:
    assert normalize(raw).text == folded


def test_span_maps_back_with_trailing_marks() -> None:
    original = "\u200fوقالَ الوزيرُ"
    view = normalize(original)
    assert view.text == "وقال الوزير"
    cue = view.span(0, 4)
    assert cue.text == "وقالَ"
    assert original[cue.start : cue.end] == cue.text
    speaker = view.span(5, 11)
    assert speaker.text == "الوزيرُ"


def test_identity_view_has_identity_map() -> None:
    view = normalize("قال الوزير")
    assert view.to_original(2, 7) == (2, 7)
    assert view.to_view(4) == 4


def test_to_original_rejects_reversed_range() -> None:
    with pytest.raises(ValueError, match="end must not precede start"):
        normalize("abc").to_original(2, 1)


def test_normalize_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="bytes"):
        normalize(b"abc")  # type: ignore[arg-type]


def test_normalize_word_matches_view() -> None:
    assert normalize_word("أكّد") == normalize("أكد").text


@given(texts)
def test_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@given(texts, st.data())
def test_any_view_range_maps_to_a_valid_original_span(text: str, data: st.DataObject) -> None:
    view = normalize(text)
    n = len(view.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    span = view.span(start, end)
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text
    # the original span, normalised, gives back at least the view range
    assert view.text[start:end] in normalize(span.text).text


@given(texts)
def test_map_is_monotonic_and_round_trips(text: str) -> None:
    view = normalize(text)
    previous = -1
    for i in range(len(view.text)):
        o_start, o_end = view.to_original(i, i + 1)
        assert o_start >= previous
        previous = o_start
        assert view.text[i] in normalize(text[o_start:o_end]).text
        assert view.to_view(o_start) <= i


# ------------------------------------------------ the sparse map against a per-character one

_FOLDED_CHARS = "".join(sorted(chr(c) for c in _TABLE))
rich_texts = st.lists(
    st.one_of(
        st.sampled_from(_FOLDED_CHARS),
        st.sampled_from(_SPECIAL),
        st.sampled_from(["\r\n", "\r", "\r\r\n", "ﻻ", "ﷺ", "\u0651\u064e"]),
        st.characters(codec=None),
        st.sampled_from("قال إن الوزير"),
    ),
    max_size=60,
).map("".join)


def _reference_starts(text: str) -> tuple[str, list[int]]:
    """The plain construction: the view, and the original index of every view character."""
    pieces: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\r" and text[i + 1 : i + 2] == "\n":
            continue
        rep = _TABLE.get(ord(ch), ch) or ""
        pieces.append(rep)
        starts.extend([i] * len(rep))
    return "".join(pieces), starts


def _reference_to_original(text: str, starts: list[int], start: int, end: int) -> tuple[int, int]:
    n = len(starts)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    o_start = starts[start] if start < n else len(text)
    if end == start:
        return o_start, o_start
    o_end = starts[end - 1] + 1
    mark = _TRAILING_MARKS_RE.match(text, o_end)
    return o_start, (mark.end() if mark else o_end)


@given(rich_texts)
def test_sparse_map_equals_per_character_map(text: str) -> None:
    view = normalize(text)
    folded, starts = _reference_starts(text)
    assert view.text == folded
    n = len(folded)
    for index in range(-1, len(text) + 2):
        expected = next((v for v, o in enumerate(starts) if o >= index), n)
        assert view.to_view(index) == expected
    for start in range(-1, n + 2):
        for end in (start, start + 1, start + 3, n):
            if end >= start:
                assert view.to_original(start, end) == _reference_to_original(text, starts, start, end)


@pytest.mark.parametrize(
    "unit",
    [
        "\u0651",  # a run of diacritics: one map entry per 256 of them
        "\r\n",
        "ا\u064e",  # a diacritic after every letter: one map entry each
        "ﻻ",  # expansions
        "\r\r\n\u200f",
    ],
)
def test_normalize_and_mapping_stay_linear(unit: str) -> None:
    def run(text: str) -> object:
        view = normalize(text)
        n = len(view.text)
        return [view.span(i, i + 5) for i in range(0, n, 97)], [view.to_view(i) for i in range(0, len(text), 97)]

    small = unit * 5_000
    t1, t4 = growth_ratio(run, small, small * 4, 8.0)
    assert t4 / t1 < 8.0, f"4x input took {t4 / t1:.1f}x the time"


def test_aligned_tells_whether_view_indexes_are_original_indexes() -> None:
    plain = normalize("قال الوزير إن الطريق مفتوح")
    assert plain.aligned
    assert all(plain.to_view(i) == i for i in range(len(plain.original) + 1))
    marked = normalize("قالَ الوزيرُ")  # diacritics are dropped from the view
    assert not marked.aligned
    assert marked.to_view(len(marked.original)) == len(marked.text) < len(marked.original)
