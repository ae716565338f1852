"""Hypothesis properties of the speech parser: parts inside spans, offsets slice, links backwards."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from arnews.speech import parse_speech

_WORDS = (
    "وقال",
    "قال",
    "إن",
    "أن",
    "أنه",
    "بأن",
    "وأضاف",
    "مشيرا",
    "إلى",
    "على",
    "قوله",
    "نقلت",
    "وكالة",
    "رويترز",
    "عن",
    "مصدر",
    "بحسب",
    "وفقا",
    "لوزارة",
    "الوزير",
    "المتحدث",
    "باسم",
    "الحكومة",
    "مسؤول",
    "-رفض",
    "ذكر",
    "اسمه-",
    "التقرير",
    "الخطة",
    "جاهزة",
    "في",
    "بيان",
    ":",
    "،",
    ".",
    "“",
    "”",
    "«",
    "»",
    '"',
    "„",
    "\n",
    "يُجري",
    "الأمريكيَّين",
    "قائد",
    "قابي",
    "تحذيره",
    "جدد",
)

news_like = st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join)
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=200)


def _check(text: str) -> None:
    found = parse_speech(text)
    for i, a in enumerate(found):
        assert a.slices(text)
        assert a.content is not None
        for _name, part in a.parts():
            assert part.slices(text)
            assert a.contains(part)
        if a.cue is not None:
            assert a.content.end <= a.cue.start or a.cue.end <= a.content.start, "content overlaps the cue"
        if a.speaker_of is not None:
            assert 0 <= a.speaker_of < i


@given(news_like)
def test_news_like_text_gives_valid_attributions(text: str) -> None:
    _check(text)


@given(any_text)
def test_any_text_never_raises(text: str) -> None:
    _check(text)


@given(news_like)
def test_parse_speech_is_deterministic(text: str) -> None:
    assert parse_speech(text) == parse_speech(text)
