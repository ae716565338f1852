"""``arnews.strategies``: arguments, the values drawn, and that they are what they claim."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from arnews.model import Article, Attribution
from arnews.strategies import (
    LAYOUTS,
    RenderedArticle,
    RenderedCaption,
    RenderedHeadline,
    RenderedSourceLine,
    RenderedSpeech,
    arabic_text,
    articles,
    captions,
    headlines,
    source_lines,
    speech,
)
from arnews.strategies._articles import ArticleDraft, render_article
from arnews.strategies._blocks import HeadlineDraft
from arnews.strategies._speech import Fill, NarrativeDraft, SpeechForm
from arnews.strategies._vocabulary import (
    CLAUSES,
    FAMILY_NAMES,
    FEMALE_FIRST_NAMES,
    FIRST_PERSON_CLAUSES,
    FUSED_CLAUSES,
    HEADLINE_EVENTS,
    INSTITUTIONS,
    MALE_FIRST_NAMES,
    NARRATIVE,
    PLACES,
    TITLES,
    VERBS,
)
from arnews.text import normalize_word

QUOTES = set("«»“”\"")
CUE_FORMS = {
    normalize_word(p + form)
    for v in VERBS
    for form in (v.masculine, v.feminine, v.participle_m or "", v.participle_f or "")
    if form
    for p in ("", "و")
} | {normalize_word(w) for w in ("قوله", "قولها", "بحسب", ":")}


def _words(text: str) -> set[str]:
    return {normalize_word(w).strip("،,.") for w in text.split()}


def test_import_without_hypothesis_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import arnews.strategies\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pip install 'arnews[strategies]'" in out


@pytest.mark.parametrize(
    "call",
    [
        lambda: articles(min_paragraphs=-1),
        lambda: articles(min_paragraphs=3, max_paragraphs=2),
        lambda: articles(max_paragraphs=1.5),  # type: ignore[arg-type]
        lambda: articles(max_paragraphs=1000),
        lambda: articles(layouts=[]),
        lambda: articles(layouts="clean"),  # type: ignore[arg-type]
        lambda: articles(layouts=["clean", "blog"]),  # type: ignore[list-item]
        lambda: articles(with_speech="yes"),  # type: ignore[arg-type]
        lambda: articles(with_noise=None),  # type: ignore[arg-type]
        lambda: articles(min_paragraphs=True),
        lambda: arabic_text(min_words=-1),
        lambda: arabic_text(min_words=5, max_words=2),
        lambda: arabic_text(diacritics=1),  # type: ignore[arg-type]
        lambda: speech(forms=()),
        lambda: speech(forms=("shouted",)),  # type: ignore[arg-type]
        lambda: headlines(with_speech=0),  # type: ignore[arg-type]
        lambda: captions(plain="no"),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_are_rejected_at_call_time(call: object) -> None:
    with pytest.raises(InvalidArgument):
        call()  # type: ignore[operator]


def test_error_names_the_bad_value() -> None:
    with pytest.raises(InvalidArgument, match="blog"):
        articles(layouts=["blog"])  # type: ignore[list-item]


def _check_act(text: str, act: Attribution, acts: tuple[Attribution, ...], index: int) -> None:
    assert act.cue is not None
    assert act.content is not None
    assert normalize_word(act.cue.text) in CUE_FORMS, act.cue.text
    for _, part in act.parts():
        assert part.slices(text)
        assert act.contains(part)
    assert act.content.text[:1] not in QUOTES, act.content.text
    if act.kind != "direct":
        assert not act.content.text.endswith("."), "reported content ends before the full stop"
    if act.kind != "mixed":
        assert act.content.text[-1:] not in QUOTES, act.content.text
    if act.kind == "direct":
        opening, closing = text[act.content.start - 1], text[act.content.end]
        assert (opening in QUOTES and closing in QUOTES) or act.content.text.endswith(".")
    if act.kind == "mixed":
        assert QUOTES & set(act.content.text) or act.cue.text == ":" or ":" in text[act.start : act.content.start]
    if act.speaker is None:
        assert act.speaker_of is not None
        assert 0 <= act.speaker_of < index
        assert acts[act.speaker_of].speaker is not None, "speaker_of points at the explicit mention"
    else:
        assert act.speaker_of is None


@given(articles())
def test_article_values_are_consistent(rendered: RenderedArticle) -> None:
    text = rendered.text
    expected = rendered.expected()  # validates every span
    assert isinstance(expected, Article)
    assert rendered.layout in LAYOUTS
    assert rendered.headline.text.strip() == rendered.headline.text != ""
    assert "\n" not in rendered.headline.text
    for i, act in enumerate(rendered.speech):
        _check_act(text, act, rendered.speech, i)
    for caption in rendered.captions:
        assert caption.credit is not None
        assert text[caption.credit.start - 1] == "("
        assert text[caption.credit.end] == ")"
    if rendered.source_line is not None:
        assert rendered.source_line.text.startswith("المصدر")
        assert all(rendered.source_line.contains(s) for s in rendered.source_line.sources)


@given(articles())
def test_expected_blocks_tile_the_text(rendered: RenderedArticle) -> None:
    covered = [0] * len(rendered.text)
    end = 0
    for block in rendered.blocks:
        assert block.start >= end
        end = block.end
        for i in range(block.start, block.end):
            covered[i] += 1
    assert all(c == 1 for ch, c in zip(rendered.text, covered, strict=False) if not ch.isspace())


@given(articles(min_paragraphs=2, max_paragraphs=3, layouts=["corpus"], with_speech=False))
def test_arguments_shape_the_articles(rendered: RenderedArticle) -> None:
    assert rendered.layout == "corpus"
    assert 2 <= len(rendered.paragraphs) <= 3
    assert rendered.speech == ()
    assert rendered.captions == ()
    assert rendered.source_line is None
    assert rendered.text.replace("\r\n", "\n").startswith(rendered.headline.text + "\n\n")
    assert "\n\n" not in rendered.text.replace("\r\n", "\n")[len(rendered.headline.text) + 2 :]


@given(articles(layouts=["page"], with_noise=False))
def test_without_noise_pages_have_no_furniture(rendered: RenderedArticle) -> None:
    assert rendered.noise == ()


@given(articles(layouts=["clean"], plain=True))
def test_plain_articles_have_no_marks_and_latin_digits(rendered: RenderedArticle) -> None:
    # a kashida standing alone is a dash (خالد الحداد ـ جدة); هـ abbreviates the Hijri year
    text = rendered.text.replace(" \u0640 ", " - ").replace(" هـ ", " ")
    assert not any("\u064b" <= ch <= "\u0652" or ch == "\u0640" or "\u0660" <= ch <= "\u06f9" for ch in text)


@given(speech())
def test_speech_values_are_consistent(rendered: RenderedSpeech) -> None:
    assert rendered.speech
    assert rendered.speech[0].speaker is not None
    for i, act in enumerate(rendered.speech):
        _check_act(rendered.text, act, rendered.speech, i)


@pytest.mark.parametrize("form", ["indirect", "fused", "direct", "mixed", "colon", "postposed", "according", "agency"])
@settings(max_examples=5)
@given(data=st.data())
def test_each_speech_form_can_be_drawn_alone(form: SpeechForm, data: st.DataObject) -> None:
    rendered = data.draw(speech(forms=(form,)))
    first = rendered.speech[0]
    assert first.speaker is not None
    assert (first.via is not None) == (form == "agency")
    if form == "agency":
        assert first.cue is not None
        assert first.cue.text in ("قوله", "قولها")
    if form == "according":
        assert first.cue is not None
        assert first.cue.text == "بحسب"


@given(headlines())
def test_headlines_are_one_line_with_speech_at_the_colon(rendered: RenderedHeadline) -> None:
    assert "\n" not in rendered.text
    if rendered.speech is not None:
        assert rendered.speech.cue is not None
        assert rendered.speech.cue.text == ":"
        assert rendered.speech.speaker is not None
        assert rendered.speech.speaker.start == 0


@given(captions())
def test_captions_end_in_their_credit(rendered: RenderedCaption) -> None:
    credit = rendered.caption.credit
    assert credit is not None
    assert rendered.text.endswith("(" + credit.text + ")")


@given(source_lines())
def test_source_lines_list_their_sources(rendered: RenderedSourceLine) -> None:
    line = rendered.source_line
    assert line.text == rendered.text
    assert " + ".join(s.text for s in line.sources) in rendered.text
    assert len({s.text for s in line.sources}) == len(line.sources)


@given(arabic_text(min_words=2, max_words=5))
def test_arabic_text_is_one_line_of_words(text: str) -> None:
    assert "\n" not in text
    assert 2 <= len([w for w in text.split() if any(c.isalnum() for c in w)]) <= 10
    assert any("\u0621" <= ch <= "\u064a" or ch.isdigit() for ch in text)


def test_arabic_text_mixes_digit_systems_and_marks() -> None:
    found = find(
        arabic_text(max_words=30),
        lambda t: any("\u0660" <= c <= "\u0669" for c in t) and any("\u064b" <= c <= "\u0652" for c in t),
        settings=settings(database=None, max_examples=2000),
    )
    assert found


@given(articles(layouts=["clean", "page"], min_paragraphs=3))
def test_line_endings_are_consistent_and_crossheads_are_not_paragraphs(rendered: RenderedArticle) -> None:
    text = rendered.text
    assert "\r\n" not in text or "\n" not in text.replace("\r\n", "")
    heads = {b.start for b in rendered.blocks if b.kind == "subheading"}
    assert not heads & {p.start for p in rendered.paragraphs}


def test_windows_line_endings_and_crossheads_render() -> None:
    draft = ArticleDraft(
        layout="clean",
        headline=HeadlineDraft(Fill(HEADLINE_EVENTS[0])),
        paragraphs=((NarrativeDraft(Fill(NARRATIVE[0])),),) * 3,
        newline="\r\n",
        crossheads=((2, "خلفية الأزمة"),),
    )
    rendered = render_article(draft)
    assert rendered.text.count("\r\n\r\n") == 4
    assert [b.kind for b in rendered.blocks] == ["headline", "paragraph", "paragraph", "subheading", "paragraph"]


def test_the_simplest_article_is_small() -> None:
    """Structure is drawn before text, so Hypothesis' simplest choices give a short, plain article."""
    smallest = find(articles(), lambda r: True, settings=settings(database=None, max_examples=10))
    assert len(smallest.paragraphs) == 1
    assert smallest.captions == ()
    assert smallest.speech == ()
    assert smallest.source_line is None
    assert smallest.text.count("\n") <= 3


def test_vocabulary_holds_no_reporting_word() -> None:
    """Names, places and narration never contain a cue, so the only speech is the speech drawn."""
    names = (*MALE_FIRST_NAMES, *FEMALE_FIRST_NAMES, *FAMILY_NAMES, *PLACES, *(t for pair in TITLES for t in pair))
    free = (*names, *(i[0] for i in INSTITUTIONS), *CLAUSES, *FIRST_PERSON_CLAUSES, *FUSED_CLAUSES, *NARRATIVE,
            *HEADLINE_EVENTS)
    for phrase in free:
        assert not (_words(phrase) & CUE_FORMS), phrase
        assert not (set(phrase) & (QUOTES | {":"})), phrase


@given(st.data())
def test_layouts_are_all_reachable(data: st.DataObject) -> None:
    layout = data.draw(st.sampled_from(LAYOUTS))
    rendered = data.draw(articles(layouts=[layout], max_paragraphs=2))
    assert rendered.layout == layout
