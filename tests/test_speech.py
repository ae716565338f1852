"""Attributed speech: one fixture per construction, not-speech cases, and robustness."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from _timing import best_time, growth_ratio
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews.model import Attribution, Block
from arnews.speech import (
    _OBJECT_HEADS,
    _SENT_END_RE,
    _object_head,
    _object_head_rule,
    _sentence_ends,
    find_speech,
    parse_speech,
)
from arnews.text import normalize

FIXTURES = Path(__file__).parent / "fixtures" / "speech"
CASES: list[dict[str, Any]] = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))
NOT_SPEECH: list[dict[str, Any]] = json.loads((FIXTURES / "not_speech.json").read_text(encoding="utf-8"))


def _speech(text: str, *, headline: bool = False) -> tuple[Attribution, ...]:
    """``parse_speech`` for body text; ``find_speech`` over one headline block for headlines."""
    if not headline:
        return parse_speech(text)
    view = normalize(text)
    return find_speech(view, [Block(0, len(text), text, kind="headline")])


def _text(span: object) -> str | None:
    return None if span is None else span.text  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_construction(case: dict[str, Any]) -> None:
    found = _speech(case["text"], headline=case.get("headline", False))
    by_cue = {_text(a.cue): (i, a) for i, a in enumerate(found)}
    for want in case["expect"]:
        assert want["cue"] in by_cue, f"no attribution with cue {want['cue']!r} in {[_text(a.cue) for a in found]}"
        _i, got = by_cue[want["cue"]]
        assert got.kind == want["kind"]
        assert _text(got.content) == want["content"]
        assert _text(got.speaker) == want.get("speaker")
        assert _text(got.via) == want.get("via")
        if "speaker_of_cue" in want:
            assert got.speaker_of is not None
            assert _text(found[got.speaker_of].cue) == want["speaker_of_cue"]
        else:
            assert got.speaker_of is None


@pytest.mark.parametrize("case", NOT_SPEECH, ids=[c["name"] for c in NOT_SPEECH])
def test_not_speech(case: dict[str, Any]) -> None:
    assert parse_speech(case["text"]) == ()


def test_parse_finds_headline_and_body_speech() -> None:
    text = "الرئيس: لا تراجع عن الإصلاح\n\nوقال الرئيس في خطاب إن الإصلاح مستمر.\n"
    article = arnews.parse(text)
    cues = [_text(a.cue) for a in article.speech]
    assert cues == [":", "وقال"]
    assert _text(article.speech[1].speaker) == "الرئيس"


def test_content_starts_after_an_inline_dateline() -> None:
    text = "ارتفاع منسوب النهر\n\nليلى حداد - المدى - بغداد: ارتفع منسوب النهر مترين خلال يومين، بحسب مديرية الري.\n"
    article = arnews.parse(text)
    assert article.dateline is not None
    (got,) = article.speech
    assert _text(got.cue) == "بحسب"
    assert _text(got.content) == "ارتفع منسوب النهر مترين خلال يومين"
    assert got.start >= article.dateline.end


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "وقال الوزير: “سنواصل العمل\nوفي شأن آخر، افتتح المعرض أبوابه."
    (got,) = parse_speech(text)
    assert _text(got.content) == "سنواصل العمل"


def test_stray_closing_marks_and_unbalanced_quotes_do_not_swallow_text() -> None:
    text = '” وقال المدير إن العمل بدأ. “ ثم " وقال إن "الأمر\n' + "وأضاف أن التقرير صدر.\n"
    found = parse_speech(text)
    assert found, "the reporting acts around stray marks are still found"
    assert all("\n" not in a.text or a.kind == "direct" for a in found)


def test_cue_inside_a_quotation_is_not_a_new_attribution() -> None:
    text = "وقال المحامي: “الشاهد قال إن المتهم كان هناك”."
    found = parse_speech(text)
    assert [_text(a.cue) for a in found] == ["وقال"]


def test_parse_speech_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="bytes"):
        parse_speech(b"abc")  # type: ignore[arg-type]


def test_speaker_of_points_backwards_and_parts_stay_inside() -> None:
    text = "\n".join(case["text"] for case in CASES if not case.get("headline"))
    found = parse_speech(text)
    assert len(found) >= len(CASES) - 2
    for i, a in enumerate(found):
        assert a.slices(text)
        if a.speaker_of is not None:
            assert 0 <= a.speaker_of < i
        for _name, part in a.parts():
            assert a.contains(part)
            assert part.slices(text)


# ---------------------------------------------------------------- linear time

MAX_RATIO = 8.0
"""Largest time ratio accepted for a 4x input: linear gives about 4, quadratic about 16."""

ADVERSARIAL: dict[str, str] = {
    "unclosed curly quotes": "“قال ",
    "unclosed ascii quotes": 'قال "إن ',
    "closing marks only": "” قال الوزير ",
    "runs of reporting verbs": "وقال قال أكد أن ",
    "verb and complementizer, no full stop": "قال إن الوزير ",
    "attribution phrases": "بحسب التقرير ",
    "colon lead-ins": "وقال الوزير: ",
    "agency chains": "نقلت وكالة رويترز عن مصدر قوله إن ",
    "quoted paragraphs": "“كلام\n",
    "commas before cues": "قال إن الأمر، وأضاف ",
    "outlet wrappers": "قالت وكالة الأنباء إن المرصد أكد أن ",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_speech_runs_in_linear_time(name: str) -> None:
    unit = ADVERSARIAL[name]
    n = 300
    while best_time(parse_speech, unit * n) < 0.02 and n < 20000:
        n *= 2
    t1, t4 = growth_ratio(parse_speech, unit * n, unit * (4 * n), MAX_RATIO)
    assert t4 / t1 < MAX_RATIO, f"{name}: 4x input took {t4 / t1:.1f}x the time"


def test_long_paragraph_runs_in_linear_time() -> None:
    sentence = 'وقال المسؤول إن الخطة، التي أعلنت أمس، "ستنفذ" على مراحل، مشيرا إلى أن الكلفة كبيرة '
    t1, t4 = growth_ratio(parse_speech, sentence * 200, sentence * 800, MAX_RATIO)
    assert t4 / t1 < MAX_RATIO


# ---------------------------------------------------------------- tables spelled out for speed

_LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءة"


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["", "ال", "و", "ب", "لل"]),
    st.sampled_from(sorted(_OBJECT_HEADS)),
    st.sampled_from(["", "ه", "ته", "تها", "تهم", "تهما", "تنا", "ها", "هم", "ات", "ت"]),
    st.text(alphabet=_LETTERS, max_size=6),
)
def test_object_head_table_agrees_with_its_rule(prefix: str, head: str, suffix: str, noise: str) -> None:
    """The spelled-out object-head forms accept exactly the words the rule accepts."""
    for word in (prefix + head + suffix, noise, prefix + noise + suffix, head[:-1] + suffix):
        assert _object_head(word) == _object_head_rule(word), word


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('.!?;:,\n\t \u00a0\u2003\u001c”“"ابت1')), max_size=40), st.data())
def test_sentence_ends_follow_the_reference_pattern(text: str, data: st.DataObject) -> None:
    """The find-based sentence-end scan gives exactly the matches of the reference pattern, in any range."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    want = [m.start() for m in _SENT_END_RE.finditer(text, start, end)]
    assert _sentence_ends(text[start:end], start) == want
