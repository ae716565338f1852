"""The layout parser on fixtures of each shape, the standalone parsers, and the block contract."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
import regex
from _timing import growth_ratio
from hypothesis import example, given
from hypothesis import strategies as st

from arnews import datelines, layout, parse
from arnews.errors import InvalidSpanError
from arnews.layout import (
    Layout,
    parse_caption,
    parse_dateline,
    parse_headline,
    parse_layout,
    parse_source_line,
)
from arnews.lines import ARABIC_LETTERS, ARABIC_WORD_CAP, WORD_CAP, Line, split_lines
from arnews.model import BLOCK_KINDS, Article, Attribution, Span, _every_span
from arnews.text import normalize

FIXTURES = Path(__file__).parent / "fixtures" / "layout"
EXPECTED: dict[str, dict[str, Any]] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
LINE_ENDINGS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\x1c", "\x1d", "\x1e")


def layout_of(text: str) -> Layout:
    return parse_layout(normalize(text))


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def text_or_none(span: Span | None) -> str | None:
    return None if span is None else span.text


def assert_contract(text: str, layout: Layout) -> None:
    """Blocks in order, trimmed, slicing, valid kinds, covering each non-space character once."""
    covered = [0] * len(text)
    prev_end = 0
    for b in layout.blocks:
        assert b.kind in BLOCK_KINDS
        assert text[b.start : b.end] == b.text
        assert b.text
        assert not b.text[0].isspace()
        assert not b.text[-1].isspace()
        assert b.start >= prev_end
        prev_end = b.end
        for k in range(b.start, b.end):
            covered[k] += 1
    for k, ch in enumerate(text):
        assert covered[k] == 1 if not ch.isspace() else covered[k] <= 1, (k, ch)
    by_range = {(b.start, b.end): b.kind for b in layout.blocks}
    if layout.headline is not None:
        assert by_range[layout.headline.start, layout.headline.end] == "headline"
    for c in layout.captions:
        assert by_range[c.start, c.end] == "caption"
        assert c.credit is None or (c.contains(c.credit) and c.credit.slices(text))
    for p in layout.paragraphs:
        assert by_range[p.start, p.end] == "paragraph"
    if layout.source_line is not None:
        assert by_range[layout.source_line.start, layout.source_line.end] == "source_line"
        assert all(s.slices(text) and layout.source_line.contains(s) for s in layout.source_line.sources)
    for span in (layout.dateline, layout.byline):
        assert span is None or span.slices(text)


def summary(layout: Layout) -> dict[str, Any]:
    """What the fixtures record, offsets left out."""
    sl = layout.source_line
    return {
        "headline": text_or_none(layout.headline),
        "dateline": text_or_none(layout.dateline),
        "byline": text_or_none(layout.byline),
        "captions": [[c.text, text_or_none(c.credit)] for c in layout.captions],
        "source_line": None if sl is None else [sl.text, [s.text for s in sl.sources]],
        "paragraphs": len(layout.paragraphs),
        "kinds": [b.kind for b in layout.blocks],
    }


# ----------------------------------------------------------------- fixtures


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_layout(name: str) -> None:
    text = fixture(name)
    layout = layout_of(text)
    assert summary(layout) == EXPECTED[name]
    assert_contract(text, layout)


def test_every_fixture_file_has_expectations() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("ending", LINE_ENDINGS)
def test_every_line_ending_gives_the_same_layout(name: str, ending: str) -> None:
    text = fixture(name).replace("\n", ending)
    layout = layout_of(text)
    assert summary(layout) == EXPECTED[name]
    assert_contract(text, layout)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_blank_lines_around_shift_offsets_only(name: str) -> None:
    text = fixture(name)
    base = layout_of(text)
    pad = "\n \n\r\n\u2029"
    shifted = layout_of(pad + text + pad)
    assert [(b.start + len(pad), b.end + len(pad), b.text, b.kind) for b in base.blocks] == [
        (b.start, b.end, b.text, b.kind) for b in shifted.blocks
    ]
    for name_ in ("headline", "dateline", "byline"):
        a, b = getattr(base, name_), getattr(shifted, name_)
        assert (a is None) == (b is None)
        if a is not None:
            assert (a.start + len(pad), a.text) == (b.start, b.text)


def test_whole_page_drops_noise_and_keeps_the_article() -> None:
    layout = layout_of(fixture("page.txt"))
    body = " ".join(p.text for p in layout.paragraphs)
    for furniture in ("Navigation", "minutes", "اقرأ أيضا", "كيف تستعد", "من نحن", "الأرصاد"):
        assert furniture not in body
    assert {b.text for b in layout.blocks if b.kind == "subheading"} == {"أضرار واسعة", "مساعدات دولية"}
    # the teaser after the source line has a credited photo, but it is not one of this article's captions
    assert all("سحب كثيفة" not in c.text for c in layout.captions)


def test_parenthesis_that_is_not_a_credit_is_not_a_caption() -> None:
    layout = layout_of(fixture("not_caption.txt"))
    assert layout.captions == ()
    assert parse_caption("التقى مدير وكالة الاستخبارات المركزية الأمريكية (سي آي إيه)") is None
    assert parse_caption("وصل الوفد إلى العاصمة مساء يوم (الاثنين)") is None


def test_empty_and_blank_input_give_an_empty_layout() -> None:
    for text in ("", " ", "\n\n", " \r\n\t\u2028\xa0 "):
        assert layout_of(text) == Layout()


def test_invisible_characters_alone_still_form_a_block() -> None:
    text = "عنوان الخبر هنا\n\u200f\u200b\n\nنص الخبر الأول في فقرة كاملة تنتهي بنقطة."
    layout = layout_of(text)
    assert_contract(text, layout)
    assert any(b.text == "\u200f\u200b" for b in layout.blocks)


# ------------------------------------------------------- standalone parsers


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("وفد حكومي يزور المناطق المتضررة - BBC Arabic", "وفد حكومي يزور المناطق المتضررة"),
        ("  وفد حكومي يزور المناطق المتضررة | سكاي نيوز عربية\n", "وفد حكومي يزور المناطق المتضررة"),
        ("وفد حكومي يزور المناطق المتضررة", "وفد حكومي يزور المناطق المتضررة"),
        ("القمة العربية - الجولة الثانية", "القمة العربية - الجولة الثانية"),
    ],
)
def test_parse_headline_strips_site_suffix(text: str, headline: str) -> None:
    span = parse_headline(text)
    assert span is not None
    assert span.text == headline
    assert span.slices(text)


def test_parse_headline_of_blank_is_none() -> None:
    assert parse_headline(" \n ") is None


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("متظاهرون يرفعون الأعلام في الساحة الرئيسية (الفرنسية)", "الفرنسية"),
        ("جانب من الدمار الذي خلفه القصف في الحي الشرقي (غيتي)", "غيتي"),
        ("طائرة شحن تهبط في مطار العاصمة (Getty Images)", "Getty Images"),
        ("عناصر من فرق الإنقاذ في موقع الحادث (رويترز/الفرنسية)", "رويترز/الفرنسية"),
        ("صورة متداولة للحريق في المصنع (مواقع التواصل)", "مواقع التواصل"),
        ("سكان يتفقدون منازلهم بعد الزلزال ( الأناضول )", "الأناضول"),
    ],
)
def test_parse_caption_finds_the_credit(text: str, credit: str) -> None:
    cap = parse_caption(text)
    assert cap is not None
    assert cap.text == text.strip()
    assert cap.credit is not None
    assert cap.credit.text == credit
    assert cap.credit.slices(text)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("المصدر : الجزيرة مباشر + وكالات", ["الجزيرة مباشر", "وكالات"]),
        ("المصدر: رويترز", ["رويترز"]),
        ("المصدر : الجزيرة + مواقع إلكترونية", ["الجزيرة", "مواقع إلكترونية"]),
        ("فرانس24/ أ ف ب", ["فرانس24", "أ ف ب"]),
    ],
)
def test_parse_source_line_splits_sources(text: str, sources: list[str]) -> None:
    sl = parse_source_line(text)
    assert sl is not None
    assert [s.text for s in sl.sources] == sources
    assert all(s.slices(text) for s in sl.sources)


def test_parse_source_line_rejects_body_text() -> None:
    assert parse_source_line("وقال المسؤول إن المصدر الرئيسي للتمويل هو الضرائب.") is None


@pytest.mark.parametrize(
    ("text", "dateline", "byline"),
    [
        ("سبق- الدمام: قرر المجلس البلدي توسيع الطريق.", "سبق- الدمام", None),
        ("عين اليوم – متابعات", None, "عين اليوم – متابعات"),
        ("محمود الزهراني ـ جدة", "جدة", "محمود الزهراني"),
        ("علي القحطاني – سبق – نجران: قرر مواطن رفع دعوى.", "سبق – نجران", "علي القحطاني"),
        ("الرياض (واس) - أعلنت الوزارة بدء التسجيل.", "الرياض (واس)", None),
        ("القاهرة - (أ ش أ): أعلنت الوزارة بدء التسجيل.", "القاهرة - (أ ش أ)", None),
        ("عنيزة 12 رجب 1436 هـ الموافق 1 مايو 2015 م واس", "عنيزة 12 رجب 1436 هـ الموافق 1 مايو 2015 م واس", None),
        ("دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشركة أرباحها.", "دبي، الإمارات العربية المتحدة (CNN)", None),
        ("بقلم: سعاد المالكي", None, "بقلم: سعاد المالكي"),
        ("وقال الوزير: سنبدأ التنفيذ غدا.", None, None),
        ("أكد المتحدث - في بيان - أن العمل مستمر.", None, None),
    ],
)
def test_parse_dateline(text: str, dateline: str | None, byline: str | None) -> None:
    d, b = parse_dateline(text)
    assert text_or_none(d) == dateline
    assert text_or_none(b) == byline
    for span in (d, b):
        assert span is None or span.slices(text)


def test_standalone_parsers_reject_non_strings() -> None:
    for parser in (parse_headline, parse_caption, parse_source_line, parse_dateline):
        with pytest.raises(TypeError):
            parser(b"bytes")  # type: ignore[arg-type]


def test_standalone_offsets_follow_leading_space() -> None:
    text = "\n\n   سبق- أبها: افتتح المعرض."
    d, _ = parse_dateline(text)
    assert d is not None
    assert d.start == text.index("سبق")
    assert d.slices(text)


# ------------------------------------------------------------ properties

_PIECES = (
    "عنوان الخبر الرئيسي اليوم",
    "سبق- الرياض: أعلنت الوزارة بدء التسجيل في البرنامج الجديد.",
    "عين اليوم – متابعات",
    "صورة للموقع بعد الحادث (رويترز)",
    "التقى المدير (سي آي إيه)",
    "المصدر : الجزيرة + وكالات",
    "اقرأ أيضا",
    "مدة الفيديو 01 minutes 02 seconds",
    "02:10",
    "Rescue teams at work",
    "أضرار واسعة",
    "وقال المسؤول إن العمل مستمر في جميع المواقع المتضررة منذ الصباح.",
    "أخبار",
    "تخطي الروابط",
    "ـ",
    "(",
    ")",
    ":",
    "-",
    "\u200f",
    "\u064e",
    "\xa0",
    " ",
    "\t",
)
_BREAKS = st.sampled_from(("\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\n \n"))
texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=14).flatmap(
    lambda parts: st.lists(_BREAKS, min_size=len(parts), max_size=len(parts)).map(
        lambda breaks: "".join(p + b for p, b in zip(parts, breaks, strict=True))
    )
)


@given(texts)
def test_blocks_keep_the_contract(text: str) -> None:
    assert_contract(text, layout_of(text))


@given(st.text(max_size=200))
def test_blocks_keep_the_contract_on_any_text(text: str) -> None:
    assert_contract(text, layout_of(text))


@given(texts, st.lists(_BREAKS, max_size=3).map("".join), st.lists(_BREAKS, max_size=3).map("".join))
def test_blank_lines_prepended_or_appended_only_shift(text: str, before: str, after: str) -> None:
    base = layout_of(text)
    padded_text = before + text + after
    padded = layout_of(padded_text)
    # a "\r" ending the text and a "\n" appended fold into one break: that changes no line
    n = len(before)
    assert [(b.start + n, b.end + n, b.kind) for b in base.blocks] == [(b.start, b.end, b.kind) for b in padded.blocks]
    for name in ("headline", "dateline", "byline", "source_line"):
        a, b = getattr(base, name), getattr(padded, name)
        assert (None if a is None else (a.start + n, a.end + n)) == (None if b is None else (b.start, b.end))
    assert [(c.start + n, c.end + n) for c in base.captions] == [(c.start, c.end) for c in padded.captions]


@given(texts)
def test_layout_is_deterministic(text: str) -> None:
    assert layout_of(text) == layout_of(text)


# ----------------------------------------------------------- linear time


def _elapsed(text: str) -> float:
    """Best of five runs of the layout pass alone (normalising is timed by its own tests)."""
    view = normalize(text)
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        parse_layout(view)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        "(",
        "-",
        " - ",
        ":",
        " ",
        "ـ ",
        "سبق- ",
        "الرياض ",
        "(رويترز) ",
        "( ",
        "المصدر : ",
        "25 شوال 1436 هـ ",
        "كلمة ",
        "a ",
        "\u064e",
        "اقرأ أيضا\n",
        "كلمة\n",
        "سبق\n",
        "/ ",
        "الرياض، ",
        "كلمة     \n",
        "      \n",
        "\x1f ",
        "- :",
        "http://x@y.z ",
        "2 دقيقة ",
    ],
)
def test_layout_runs_in_linear_time(unit: str) -> None:
    small = unit * 4_000
    big = unit * 16_000
    for text in (small, "عنوان\n\n" + small, "عنوان\n\n" + small + " (رويترز)"):
        layout_of(text)  # warm up, and no exception on any shape
    t1 = _elapsed("عنوان\n\n" + small + " (رويترز)")
    t4 = _elapsed("عنوان\n\n" + big + " (رويترز)")
    assert t4 / max(t1, 1e-3) < 8


# ------------------------------------------------------------ small shapes

_BODY = "وأعلنت اللجنة المنظمة أن المهرجان يستمر عشرة أيام ويشارك فيه أكثر من مئة عارض من المنطقة."


def test_writer_name_alone_after_the_title_is_a_byline() -> None:
    layout = layout_of(f"ذكريات الصيف في القرية\n\n سعد الغامدي\n{_BODY}")
    assert text_or_none(layout.byline) == "سعد الغامدي"
    assert [b.kind for b in layout.blocks] == ["headline", "byline", "paragraph"]


@pytest.mark.parametrize("line", ["مدير الصحة يتفقد الموقع", "جانب من الحفل", "العرضة الشعبية", "خلال اللقاء"])
def test_photo_line_after_the_title_is_not_a_byline(line: str) -> None:
    layout = layout_of(f"انطلاق المهرجان الصيفي\n\n{line}\n{_BODY}")
    assert layout.byline is None
    assert layout.dateline is None


def test_page_without_source_line_drops_trailing_teasers() -> None:
    text = (
        "تخطي الروابط\nأخبار\nسياسة\nانطلاق المهرجان الصيفي في المدينة الساحلية\n\n"
        f"{_BODY}\n\nأضرار واسعة\n\n{_BODY}\n"
        "كيف تستعد المدن الساحلية لموسم العواصف\nجولة في الأسواق القديمة\n"
    )
    layout = layout_of(text)
    assert [p.text for p in layout.paragraphs] == [_BODY, _BODY]
    assert [b.kind for b in layout.blocks][-2:] == ["other", "other"]
    assert_contract(text, layout)


def test_read_also_list_is_noise_and_closes_at_a_blank_line() -> None:
    text = (
        f"انطلاق المهرجان الصيفي\n\n{_BODY}\n\nاقرأ أيضا\nجولة في الأسواق القديمة\n"
        "خمسة أسئلة عن المهرجان\n\nبرنامج حافل\n\n" + _BODY
    )
    layout = layout_of(text)
    kinds = [b.kind for b in layout.blocks]
    assert kinds == ["headline", "paragraph", "other", "other", "other", "subheading", "paragraph"]


def test_byline_after_standfirst_turns_the_standfirst_into_a_subheading() -> None:
    standfirst = "اللجنة المنظمة تعلن برنامجا حافلا يمتد عشرة أيام ويضم عروضا للأطفال والعائلات"
    layout = layout_of(f"انطلاق المهرجان الصيفي\n\n{standfirst}\nهند العتيبي ـ جدة\n\n{_BODY}")
    assert [b.kind for b in layout.blocks] == ["headline", "subheading", "byline", "paragraph"]
    assert (text_or_none(layout.byline), text_or_none(layout.dateline)) == ("هند العتيبي", "جدة")


def test_outlet_cited_in_brackets_at_the_end_of_a_sentence_is_not_a_credit() -> None:
    assert parse_caption("وأوضح أن العقوبة تشدد إذا كانت الظروف مشددة، حسب (الحياة)") is None
    assert parse_caption("وجاء ذلك في تصريح لـ (الرياض)") is None


# ------------------------------------------------------------ capped word counts


@given(st.lists(st.sampled_from(["كلمة", "word", "12", "-", "،", "(أ ف ب)", "  "]), max_size=80))
def test_line_word_counts_are_exact_up_to_their_caps(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for line in split_lines(normalize(text)):
        words = len(regex.findall(r"[\p{L}\p{N}]+", line.text))
        arabic = len(regex.findall(r"\p{Arabic}+", line.text))
        assert line.words == min(words, WORD_CAP)
        assert line.arabic_words == min(arabic, ARABIC_WORD_CAP)


@given(st.lists(st.sampled_from(["كلمة", "word", "12", "-", "،", "(أ ف ب)", "  ", "كلمتان-اثنتان"]), max_size=80))
def test_words_at_least_agrees_with_the_full_count(pieces: list[str]) -> None:
    for line in split_lines(normalize(" ".join(pieces))):
        expected = {n: line.words >= n for n in (1, 4, 10, WORD_CAP)}
        for n, answer in expected.items():
            fresh = split_lines(normalize(line.text))[0]  # nothing counted yet
            assert fresh.words_at_least(n) is answer


@pytest.mark.parametrize("unit", ["،", "كلمة ", "- ", "ك"])
def test_words_at_least_runs_in_linear_time(unit: str) -> None:
    def check(text: str) -> bool:
        return Line(0, len(text), 0, len(text), text).words_at_least(10)

    small, big = "كلمة " * 9 + unit * 20_000, "كلمة " * 9 + unit * 80_000
    assert check(big) is (len(regex.findall(r"[\p{L}\p{N}]+", big)) >= 10)
    t1, t4 = growth_ratio(check, small, big, 8)
    assert t4 / max(t1, 1e-4) < 8


def test_arabic_letters_are_caseless_arabic_letters() -> None:
    # the noise tests skip case-insensitive patterns on lines that open with these
    bmp = "".join(map(chr, range(0x10000)))
    assert len(ARABIC_LETTERS) > 30
    for ch in sorted(ARABIC_LETTERS):
        assert regex.fullmatch(r"\p{L}", ch)
        assert regex.fullmatch(r"\p{Arabic}", ch)
        assert regex.compile(regex.escape(ch), flags=regex.IGNORECASE).findall(bmp) == [ch]


def _is_noise_reference(line: Line) -> bool:
    """The noise test without its shortcuts: every pattern tried on every line."""
    text = line.text
    if regex.search(r"\p{L}", text) is None:
        return True
    arabic = len(regex.findall(r"\p{Arabic}+", text))
    if arabic == 0 and regex.search(r"[A-Za-z]", text) is not None:
        return True
    if text.casefold().rstrip(" :") in layout._NOISE_LINES:
        return True
    if layout._NOISE_PREFIX_RE.match(text) is not None or layout._LINK_RE.match(text) is not None:
        return True
    if arabic <= 4 and layout._VIDEO_RE.search(text) is not None:
        return True
    return layout._TIMESTAMP_RE.match(text) is not None and line.words <= 10


# fmt: off
_NOISE_PIECES = [
    "مدة الفيديو", "حقوق النشر", "©", "Copyright", "COPYRIGHT", "www.example.org", "https://x.example/a",
    "name@example.com", "@", "2 دقيقة 5 ثانية", "3 minutes 20 seconds", "12:30", "Mon, 3 May 2021",
    "الأحد 12 مارس 2017", "10 أغسطس 2015", "شارك", "التالي", "قال", "الوزير", "خبر", "news", "12", ":", " ",
    "-", ".", "**", "اشترك الآن", "اشتراك", "مقالات أخرى",
]
# fmt: on


@given(st.lists(st.sampled_from(_NOISE_PIECES), min_size=1, max_size=8), st.sampled_from(["", " ", ""]))
def test_noise_shortcuts_agree_with_trying_every_pattern(pieces: list[str], glue: str) -> None:
    for line in split_lines(normalize(glue.join(pieces))):
        assert layout._is_noise(line) is _is_noise_reference(line), line.text


@given(st.sampled_from([*layout._READ_ALSO, "خبر", "قال الوزير"]), st.text(" :.", max_size=40))
def test_read_also_labels_are_found_whatever_trails_them(label: str, tail: str) -> None:
    text = normalize(label + tail).text.strip()
    line = Line(0, len(text), 0, len(text), text)
    assert layout._is_read_also(line) is (line.text.casefold().rstrip(" :.") in layout._READ_ALSO)


# fmt: off
_OPENER_PIECES = [
    "الرياض", "جدة", "سبق", "واس", "(واس)", "25", "1436", "شوال", "هـ", "الموافق", "10", "أغسطس", "2015", "م",
    " ", "  ", "   ", "-", "–", "ـ", ":", ".", ",", "،", "(", ")", "محمد العلي", "دبي، الإمارات", "قال",
]
# fmt: on


_DATED_OPENERS = st.builds(
    "{}{}{} {} {} هـ{} {}".format,
    st.sampled_from(["الرياض", "مكة المكرمة", "الخبر (الشرقية)", "قرية الوادي الأخضر البعيدة عن المدينة", "ب" * 40]),
    st.sampled_from(["", " ", "   ", "    "]),
    st.sampled_from(["1", "25", "٢٥"]),
    st.sampled_from(["شوال", "ذو القعدة"]),
    st.sampled_from(["1436", "١٤٣٦"]),
    st.sampled_from(["", " الموافق 10 أغسطس 2015 م"]),
    st.sampled_from(["واس", "(واس)", "واس:", "واسط"]),
)


def test_dated_opener_pre_check_reaches_the_furthest_digit() -> None:
    line = normalize("ب" * 40 + "   1 شوال 1436 هـ واس").text  # the longest place, three spaces
    assert datelines._DATED_RE.match(line) is not None
    assert line.index("1") == datelines._DATED_DIGIT_BY - 1


@given(st.lists(st.sampled_from(_OPENER_PIECES) | _DATED_OPENERS, min_size=1, max_size=14), st.sampled_from(["", " "]))
def test_dateline_pre_checks_never_rule_out_a_match(pieces: list[str], glue: str) -> None:
    line = normalize(glue.join(pieces)).text
    head_end = min(len(line), 160)
    if datelines._DATED_RE.match(line, 0, head_end) is not None:
        assert datelines._DIGIT_RE.search(line, 0, min(head_end, datelines._DATED_DIGIT_BY)) is not None
    for pos in range(len(line)):
        if datelines._SEP_RE.search(line, pos, head_end) is not None:
            assert any(line.find(s, pos, head_end) >= 0 for s in ("-", ":", "  "))
    part = line.strip()
    if datelines._PAREN_RE.match(part) is not None:
        assert part.endswith(")")
    assert datelines._is_place_list(part) is (
        len(items := [i.strip() for i in part.split(",")]) <= 3
        and all(items)
        and any(i in datelines._PLACES for i in items)
        and all(i in datelines._PLACES or datelines._ARABIC_NAME_RE.match(i) for i in items)
    )


@example(["محمد", "العلي"])
@example(["محمد", "العلي"] + [":", "-"] * 50)
@given(
    st.lists(
        st.sampled_from(["محمد", "العلي", "عبدالرحمن" * 2, "سبق", "الرياض", "", ":", "-", "\x1f", "قال", "."]),
        min_size=1,
        max_size=30,
    )
)
def test_bare_names_are_only_allowed_where_they_can_change_the_result(pieces: list[str]) -> None:
    view = normalize(" ".join(pieces))
    for line in split_lines(view):
        if datelines.may_be_bare_name(line.text):
            continue
        allowed = datelines.match_dateline(view, line.vstart, line.vend, line_only=True, allow_bare_name=True)
        assert allowed == datelines.match_dateline(view, line.vstart, line.vend, line_only=True)


def _leading_chrome_reference(text: str) -> list[str | None]:
    """The opening-furniture rule tried line by line, every opener test run."""
    view = normalize(text)
    lines = split_lines(view)
    noise = [layout._is_noise(line) for line in lines]
    run = furniture = 0
    for line, is_noise in zip(lines, noise, strict=True):
        if not (is_noise or layout._is_menu_like(line)):
            break
        if not is_noise and datelines.match_dateline(view, line.vstart, line.vend, line_only=True) is not None:
            break
        run += 1
        furniture += is_noise
    whole_page = 2 <= run < len(lines) and (furniture > 0 or run >= layout._MENU_RUN)
    return ["other" if whole_page and k < run else None for k in range(len(lines))]


_PAGE_LINES = ["الرئيسية", "أخبار", "سياسة", "جدة", "سبق - جدة", "الرياض", "محمد العلي", "عنوان قصير", "شارك", _BODY]


@given(st.lists(st.sampled_from(_PAGE_LINES), min_size=1, max_size=8))
def test_leading_chrome_stops_at_an_opener_and_needs_known_furniture(picked: list[str]) -> None:
    text = "\n".join(picked)
    view = normalize(text)
    lines = split_lines(view)
    kinds: list[Any] = [None] * len(lines)
    noise = [layout._is_noise(line) for line in lines]
    layout._mark_leading_chrome(view, lines, noise, kinds)
    assert kinds == _leading_chrome_reference(text)


@given(
    st.sampled_from(["بقلم", "كتب", "By", "Next", "Previous", "قال", ""]),
    st.sampled_from(["", " ", "   ", ":", " - ", "   :   "]),
    st.lists(st.sampled_from(["ا" * 20, "محمد", ".", " ", "Gallery", "عين اليوم"]), max_size=8),
)
def test_byline_and_latin_lead_gates_never_rule_out_a_match(label: str, sep: str, name: list[str]) -> None:
    line = normalize(label + sep + " ".join(name)).text.strip()
    if datelines._BYLINE_LABEL_RE.match(line) is not None:
        assert len(line) <= datelines._BYLINE_LABEL_MAX_CHARS
    if datelines._LATIN_LEAD_RE.match(line) is not None:
        assert line[:1] in datelines._LATIN_LEAD_FIRST


def test_byline_label_gate_admits_the_longest_byline() -> None:
    longest = max(datelines._folded(datelines.BYLINE_LABELS), key=len)
    line = longest + "   :   " + "ا" * 60
    assert datelines._BYLINE_LABEL_RE.match(line) is not None
    assert len(line) == datelines._BYLINE_LABEL_MAX_CHARS - 1


def test_timestamp_pre_check_reaches_the_furthest_digit() -> None:
    line = normalize("الخميسية  ,  12 مارس 2017").text  # eight letters, two spaces, comma, two spaces
    assert layout._TIMESTAMP_RE.match(line) is not None
    assert line.index("1") == layout._TIMESTAMP_DIGIT_BY - 1
    english = "Wednesday, 3 May 2021"
    assert layout._TIMESTAMP_RE.match(english) is not None
    assert english.index("3") < layout._TIMESTAMP_DIGIT_BY


def test_layout_thresholds_lie_within_the_word_caps() -> None:
    # layout asks ``words < _LIST_ITEM_WORDS``: a cap below it would turn long lines into list items
    assert layout._LIST_ITEM_WORDS <= WORD_CAP
    long_line = "خبر " * 200
    assert parse_layout(normalize("عنوان الخبر\n\n" + long_line)).paragraphs[0].text == long_line.strip()


def test_caption_gate_keeps_long_lines_out() -> None:
    caption = "الوزير يفتتح المعرض في المدينة (أ ف ب)"
    assert parse_caption(caption) is not None
    assert parse_caption("كلمة " * 300 + "(أ ف ب)") is None


# ------------------------------------------------------- the article check


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_check_walks_every_named_span(name: str) -> None:
    article = parse(fixture(name))
    assert list(_every_span(article)) == [span for _, span in article.spans()]


def test_article_check_still_rejects_a_span_that_does_not_slice() -> None:
    with pytest.raises(InvalidSpanError, match=r"paragraphs\[0\] at 0:3"):
        Article(text="abc def", paragraphs=[Span(0, 3, "xyz")])


def test_article_check_names_a_speech_part_outside_its_attribution() -> None:
    text = "قال الوزير إن الطريق مفتوح"
    inside = Attribution(0, 10, text[:10], cue=Span(0, 3, "قال"))
    assert Article(text=text, speech=[inside]).speech == (inside,)
    outside = Attribution(0, 10, text[:10], cue=Span(0, 3, "قال"), content=Span(14, 20, text[14:20]))
    with pytest.raises(InvalidSpanError, match=r"speech\[0\]\.content lies outside"):
        Article(text=text, speech=[outside])
