"""Regressions that must always pass: any str parses, results validate, adversarial input stays linear.

The linear-time checks never assert an absolute time: they compare the time
for a 4x larger input with the time for the 1x input (best of a few runs,
garbage collection paused), so that a slow or busy machine does not fail them
but a quadratic loop or a backtracking pattern does (4x input -> 16x time).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from _timing import best_time, growth_ratio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arnews
from arnews import Attribution, Span
from arnews.checks import article_problems
from arnews.layout import parse_caption, parse_dateline, parse_headline, parse_source_line
from arnews.speech import parse_speech

LINE_ENDINGS = ("\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ODD_CHARACTERS = "\x00\ufeff\u200b\u200c\u200d\u00ad\u0640\u064b\u064e\u0651\u0652\u0670\ud800\udfff\ufffd\u00a0\t"
QUOTE_MARKS = '“”«»"„‟‘’‹›'
# Invented words and the trigger words of every layer: reporting verbs,
# particles, agencies, credit and source-line labels, datelines, brackets.
# fmt: off
FRAGMENTS = (
    "قال", "وقال", "إن", "أن", "وأضاف", "وأكد", "مؤكدا", "قوله", "بحسب", "نقلا عن", "وفقا لـ",
    "نقلت وكالة", "عن", "الوزير", "المتحدث باسم الشركة", "مسؤول -رفض ذكر اسمه-", "الأسبوع المقبل",
    "رويترز", "(رويترز)", "أ ف ب", "(أ.ف.ب)", "واس", "الأناضول", "المصدر :", "المصدر: وكالات", "+",
    "صورة", "تصوير:", "Getty Images", "الرياض -", "سبق- الدمام:", "// انتهى //", "اقرأ أيضا", ":",
    "-", "—", "–", "،", ".", "؟", "!", "(", ")", "[", "]", " ", "  ", "٢٠١٥", "BBC Arabic", "(CNN)--",
)
# fmt: on

any_text = st.text(st.characters(codec=None))
"""Arbitrary text, lone surrogates included."""

news_like_text = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(LINE_ENDINGS),
        st.sampled_from(QUOTE_MARKS),
        st.sampled_from(BIDI_CONTROLS + ODD_CHARACTERS),
        st.characters(codec=None),
    ),
    max_size=120,
).map("".join)
"""Text built from the words and marks the parsers react to, with every kind of line break and control."""


def check_article(article: arnews.Article, text: str) -> None:
    """Fail unless the article keeps the text and the whole contract holds."""
    assert article.text is text or article.text == text
    assert article_problems(article) == []


# -- any str parses, and the result validates -----------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_text_parses_and_validates(text: str) -> None:
    check_article(arnews.parse(text), text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like_text)
def test_news_like_text_parses_and_validates(text: str) -> None:
    check_article(arnews.parse(text), text)


@settings(max_examples=100, deadline=None)
@given(news_like_text)
def test_parse_is_deterministic(text: str) -> None:
    assert arnews.parse(text) == arnews.parse(text)


@pytest.mark.parametrize("ending", LINE_ENDINGS, ids=[repr(e) for e in LINE_ENDINGS])
def test_every_line_ending_separates_blocks(ending: str) -> None:
    text = ending.join(["الوزير يزور المدينة", "", "وقال الوزير إن الطريق سيفتح غدا.", "المصدر : وكالات"]) + ending
    article = arnews.parse(text)
    check_article(article, text)
    # No block may swallow a line break: each of the three lines is its own block (or more).
    assert len(article.blocks) >= 3
    for block in article.blocks:
        assert ending not in block.text


@pytest.mark.parametrize(
    "text",
    [
        "\x00",
        "\x00\x00\n\x00",
        "\ud800",
        "قال\udfff الوزير\ud83d: «نعم»",
        "\u202bقال الوزير: «نعم»\u202c",
        "\u2067“الطريق مفتوح”\u2069 قال الوزير",
        "\ufeff\ufeffعنوان\n\nنص",
        "\u0640" * 50,
        "\u064e\u0651" * 50,
        "«»" * 5 + "\n" + "”“" * 5,
        "\x1f",
        "\x1c\x1d\x1e\x85\u2028\u2029\x0b\x0c",
        " \t\u00a0\u3000\n\u200b\n",
        "(" * 50 + "قال" + ")" * 60,
    ],
)
def test_odd_inputs_parse_and_validate(text: str) -> None:
    check_article(arnews.parse(text), text)


# -- wrong types and bad bytes ---------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 123, 1.5, ["نص"], object()])
def test_parse_rejects_non_str_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        arnews.parse(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("data", [b"\xd9\x86\xd8\xb5", bytearray(b"abc"), memoryview(b"abc")])
def test_parse_rejects_bytes_and_says_to_decode(data: bytes) -> None:
    with pytest.raises(TypeError, match=type(data).__name__) as info:
        arnews.parse(data)  # type: ignore[arg-type]
    assert "decode" in str(info.value)


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        (b"\xff", 0),
        ("نص".encode() + b"\xff", 4),
        ("خبر".encode()[:-1], 4),
        (b"ab\x80cd", 2),
        (b"\xc0\xaf", 0),
        (b"x\xed\xa0\x80", 1),
        ("قال".encode() + b"\xf4\x90\x80\x80", 6),
        (b"\xef\xbb\xbf" + "نص".encode() + b"\xff", 7),
    ],
)
def test_parse_bytes_names_the_offset_of_invalid_utf8(data: bytes, offset: int) -> None:
    with pytest.raises(arnews.DecodingError, match=f"byte offset {offset}\\b") as info:
        arnews.parse_bytes(data)
    assert isinstance(info.value, ValueError)
    assert info.value.offset == offset


def test_parse_bytes_drops_a_bom_and_keeps_offsets_in_the_decoded_text() -> None:
    text = "عنوان الخبر\n\nوقال الوزير إن الطريق سيفتح."
    article = arnews.parse_bytes(b"\xef\xbb\xbf" + text.encode())
    assert article == arnews.parse(text)
    assert article.text == text
    check_article(article, text)
    assert arnews.parse_bytes(b"\xef\xbb\xbf").text == ""


# -- adversarial inputs parse in linear time -------------------------------------------------------

SENTENCE = "وقال الوزير إن الحكومة ستفتح المعبر غدا، مضيفا أن “القرار نهائي” بحسب وكالة الأنباء. "

# name -> (make(n): the input with n repetitions of the trigger, n for the full size the
# regression is about). The full-size input is parsed and validated once linearity is shown.
ADVERSARIAL: dict[str, tuple[Callable[[int], str], int]] = {
    "unclosed-curly-quotes": (lambda n: "قال الوزير “" + "كلمة “" * n, 5_000),
    "unclosed-guillemets": (lambda n: "قال الوزير «" + "كلمة «" * n, 5_000),
    "unclosed-ascii-quotes": (lambda n: 'قال الوزير "' + 'كلمة "' * n + "ثم", 5_000),
    "unclosed-low-quotes": (lambda n: "قال الوزير „" + "كلمة „" * n, 5_000),
    "unclosed-mixed-quotes": (lambda n: "قال: " + '“ « " „ ' * n, 5_000),
    "bare-quote-marks": (lambda n: '“«"„' * n, 5_000),
    "closing-quotes-only": (lambda n: "قال ” » " * n, 5_000),
    "alternating-quotes": (lambda n: "“”" * n, 5_000),
    "alternating-mixed-quotes": (lambda n: '«"“"„»' * n, 5_000),
    "quoted-words": (lambda n: "قال “نعم” " * n, 5_000),
    "reporting-verbs": (lambda n: "قال " * n, 5_000),
    "verb-and-particle": (lambda n: "وأضاف أن " * n, 5_000),
    "verb-speaker-particle": (lambda n: "وقال الوزير إن " * n, 5_000),
    "agency-chains": (lambda n: "نقلت وكالة رويترز عن مسؤول قوله إن " * n, 2_000),
    "participles-and-masdars": (lambda n: "مؤكدا تأكيد قوله مضيفا " * n, 5_000),
    "source-nouns": (lambda n: "بحسب بيان مصادر تقرير " * n, 5_000),
    "long-speaker-window": (lambda n: "وقال " + "الوزير " * n + "إن الطريق مفتوح", 10_000),
    "long-quotation": (lambda n: "قال الوزير: «" + "كلمة " * n + "»", 20_000),
    "quotation-across-paragraphs": (lambda n: "قال الوزير: «بداية\n\n" + "«استمرار الكلام\n\n" * n + "النهاية»", 5_000),
    "low-high-quotes": (lambda n: "„كلمة“ " * n, 5_000),
    "implicit-speakers": (lambda n: "وقال الوزير إن الطريق مفتوح.\n\n" + "وأضاف أن الأمر مهم.\n\n" * n, 5_000),
    "implicit-speakers-one-paragraph": (lambda n: "وقال الوزير إن الطريق مفتوح. " + "وأضاف أن الأمر مهم. " * n, 5_000),
    "cue-blockers": (lambda n: "وقال مسؤول ذكر اسمه كشف النقاب " * n, 5_000),
    "object-verbs": (lambda n: "وأكد أهمية ضرورة عدم " * n, 5_000),
    "event-nouns": (lambda n: "في تصريح لوكالة رويترز وفي بيان لصحيفة " * n, 5_000),
    "attribution-phrases": (lambda n: "بحسب نقلا عن وفقا لـ " * n, 5_000),
    "anonymous-source-dashes": (lambda n: "وقال مسؤول -رفض ذكر اسمه- " * n, 3_000),
    "headline-colons": (lambda n: "الوزير: " * n + "\n\nنص", 5_000),
    "deep-brackets": (lambda n: "قال (" + "(" * n + "رويترز" + ")" * n, 10_000),
    "unclosed-brackets": (lambda n: "صورة (" * n, 10_000),
    "closing-brackets": (lambda n: "رويترز) " * n, 10_000),
    "credits": (lambda n: "صورة للوزير (رويترز) " * n, 5_000),
    "one-long-line": (lambda n: SENTENCE * n, 1_000_000 // len(SENTENCE)),
    "blank-lines": (lambda n: "عنوان\n" + "\n" * n + "نص", 100_000),
    "crlf-blank-lines": (lambda n: "عنوان" + "\r\n" * n + "نص", 100_000),
    "whitespace-lines": (lambda n: "عنوان\n" + " \u00a0\t\n" * n + "نص", 50_000),
    "source-lines": (lambda n: "المصدر :\n" * n, 100_000),
    "source-line-parts": (lambda n: "المصدر : " + "الجزيرة + وكالات + " * n, 10_000),
    "dateline-openers": (lambda n: "الرياض - " * n, 10_000),
    "diacritics": (lambda n: "ق" + "\u064e\u0651" * n + "ال الوزير إن", 50_000),
    "tatweel": (lambda n: "قـ" + "\u0640" * n + "ال الوزير إن", 100_000),
    "diacritics-and-tatweel": (lambda n: "وقال" + "\u0640\u064e" * n + " الوزير إن", 50_000),
    "bidi-controls": (lambda n: "قال الوزير: " + "\u200f\u202b" * n + "«نعم»", 50_000),
    "dashes": (lambda n: "-" * n, 100_000),
    "mixed-dashes": (lambda n: "الرياض " + "—–-" * n + " نص", 30_000),
    "colons": (lambda n: ":" * n, 100_000),
    "dashes-and-colons": (lambda n: "سبق" + " -:" * n + " نص", 30_000),
    "commas": (lambda n: "قال " + "، " * n + "إن", 50_000),
    "spaces": (lambda n: "قال" + " " * n + "إن", 100_000),
    "short-lines": (lambda n: "سياسة\n" * n, 20_000),
    "noise-lines": (lambda n: "عنوان الخبر\n" + "المزيد\nالبث المباشر\n" * n + SENTENCE, 10_000),
    "read-also-lists": (lambda n: "عنوان الخبر\n" + (SENTENCE + "\nاقرأ أيضا\nخبر آخر قصير\n") * n, 5_000),
    "caption-lines": (lambda n: "عنوان الخبر\n" + "صورة للوزير في المؤتمر (رويترز)\n" * n, 10_000),
    "caption-like-long-line": (lambda n: "صورة للوزير " + "(رويترز " * n + ")", 10_000),
    "brackets-in-a-line": (lambda n: "كلمة (كلمة " * n, 10_000),
    "site-suffixes": (lambda n: "عنوان الخبر" + " - BBC Arabic" * n + "\n\nنص", 5_000),
    "byline-labels": (lambda n: "عنوان\n" + "بقلم: " * n + "\n" + SENTENCE, 10_000),
    "dateline-lines": (lambda n: "عنوان\n" + "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n" * n, 5_000),
    "dated-place-run": (lambda n: "عنوان\n" + "مكة المكرمة " * n + "25 شوال 1436 هـ واس " + SENTENCE, 10_000),
    "timestamps": (lambda n: "عنوان\n" + "Fri, 10 Aug 2015 10:00 GMT\n" * n, 10_000),
    "agency-lines": (lambda n: "عنوان\n" + "(رويترز) / (أ ف ب) + " * n, 5_000),
    "links": (lambda n: "عنوان\n" + "www.example.com/" + "a" * n, 100_000),
    "subheadings": (lambda n: "عنوان الخبر\n" + ("عنوان فرعي\n" + SENTENCE * 3 + "\n") * n, 3_000),
    "paragraphs-opening-with-quotes": (lambda n: "عنوان الخبر\n\n" + "“الطريق مفتوح” قال الوزير\n\n" * n, 10_000),
    "paragraphs-of-open-quotes": (lambda n: "«قال الوزير إن الطريق مفتوح\n\n" * n, 10_000),
}

LINEAR_BOUND = 10.0
"""Largest time ratio accepted for a 4x input: linear gives about 4, quadratic about 16."""
TARGET_SECONDS = 0.01
"""Grow the 1x input until one parse takes about this long, so that fixed costs do not hide the trend."""


def _calibrate(make: Callable[[int], str], full: int, func: Callable[[str], object] = arnews.parse) -> int:
    """The smallest ``n``, doubling from ``full / 256`` up to ``full``, whose run takes ``TARGET_SECONDS``."""
    n = max(1, full // 256)
    while n < full and best_time(func, make(n), 2, collect=False) < TARGET_SECONDS:
        n *= 2
    return min(n, full)


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_parses_in_linear_time(name: str) -> None:
    make, full = ADVERSARIAL[name]
    n = _calibrate(make, full)
    t1, t4 = growth_ratio(arnews.parse, make(n), make(4 * n), LINEAR_BOUND)
    assert t4 / t1 < LINEAR_BOUND, (
        f"{name}: {len(make(n))} chars took {t1 * 1e3:.1f} ms, {len(make(4 * n))} chars {t4 * 1e3:.1f} ms"
        f" (ratio {t4 / t1:.1f}, linear is about 4)"
    )
    # Linear up to 4n: the full-size input is safe to parse, and must validate.
    biggest = make(max(4 * n, full))
    check_article(arnews.parse(biggest), biggest)


# -- the standalone parsers: any text, and long single lines --------------------------------------

STANDALONE: dict[str, Callable[[str], object]] = {
    "parse_headline": parse_headline,
    "parse_caption": parse_caption,
    "parse_source_line": parse_source_line,
    "parse_dateline": parse_dateline,
    "parse_speech": parse_speech,
}
SINGLE_LINE_CASES = (
    "one-long-line",
    "caption-like-long-line",
    "brackets-in-a-line",
    "site-suffixes",
    "source-line-parts",
    "dated-place-run",
    "dashes-and-colons",
    "unclosed-mixed-quotes",
)
SPEECH_CASES = (
    "one-long-line",
    "unclosed-curly-quotes",
    "alternating-mixed-quotes",
    "quoted-words",
    "verb-speaker-particle",
    "agency-chains",
    "long-speaker-window",
    "long-quotation",
    "quotation-across-paragraphs",
    "implicit-speakers",
    "object-verbs",
)
STANDALONE_CASES = [
    *((name, case) for name in STANDALONE if name != "parse_speech" for case in SINGLE_LINE_CASES),
    *(("parse_speech", case) for case in SPEECH_CASES),
]


def _spans_in(result: object) -> list[Span]:
    """Every span in a standalone parser's result (a span, a tuple of them, or ``None``)."""
    if result is None:
        return []
    if isinstance(result, tuple):
        return [s for item in result for s in _spans_in(item)]
    assert isinstance(result, Span)
    credit = getattr(result, "credit", None)  # a Caption's
    parts = [part for _, part in result.parts()] if isinstance(result, Attribution) else []
    return [result, *([credit] if credit is not None else []), *getattr(result, "sources", ()), *parts]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(STANDALONE)), text=st.one_of(any_text, news_like_text))
def test_standalone_parsers_accept_any_text(name: str, text: str) -> None:
    for span in _spans_in(STANDALONE[name](text)):
        assert text[span.start : span.end] == span.text, (name, span)


@pytest.mark.parametrize(("name", "case"), STANDALONE_CASES)
def test_standalone_parsers_run_in_linear_time(name: str, case: str) -> None:
    make, full = ADVERSARIAL[case]
    func = STANDALONE[name]
    n = _calibrate(make, full, func)
    t1, t4 = growth_ratio(func, make(n), make(4 * n), LINEAR_BOUND)
    assert t4 / t1 < LINEAR_BOUND, (
        f"{name} on {case}: {len(make(n))} chars took {t1 * 1e3:.1f} ms, {len(make(4 * n))} chars"
        f" {t4 * 1e3:.1f} ms (ratio {t4 / t1:.1f}, linear is about 4)"
    )
