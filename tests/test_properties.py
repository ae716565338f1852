"""Properties of ``arnews.parse`` over articles drawn by :mod:`arnews.strategies`.

Recovery: ``parse(render(structure))`` gives back the structure that was
rendered, within the tolerance documented in docs/testing-with-strategies.md:

- headline, captions (with credits), paragraphs and the source line (with
  its sources): exact offsets;
- dateline and byline: the same text after folding (``normalize_word``) and
  trimming spaces and a trailing colon or dash;
- speech: every act written is found (its cue overlaps the written cue) with
  the same cue (folded), the same kind, content whose character-overlap F1
  with the written content is >= 0.8, a speaker that ends in the same word
  (folded), or no speaker and a ``speaker_of`` that leads to one that does,
  and a via that ends in the same word; and nothing is found that was not
  written.

Invariants on any input: offsets slice, blocks tile the non-space
characters, parsing is deterministic, results pickle and round-trip
through ``to_dict``.
"""

from __future__ import annotations

import pickle

from hypothesis import given, note
from hypothesis import strategies as st

import arnews
from arnews.checks import article_problems
from arnews.model import Article, Attribution, Span
from arnews.strategies import RenderedArticle, RenderedSpeech, articles, speech
from arnews.text import normalize_word

CONTENT_F1 = 0.8
"""Least character-overlap F1 between the written and the found content of an act."""

LINE_ENDINGS = ("\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
ODD = "\x00\ufeff\u200b\u200d\u061c\u200e\u200f\u202a\u202b\u202e\u2066\u2069\u0640\u064e\ud800\udfff\u00a0\t"

junk = st.lists(
    st.one_of(st.sampled_from(LINE_ENDINGS), st.sampled_from(ODD), st.characters(codec=None)), max_size=20
).map("".join)
"""Control characters, line breaks of every kind, lone surrogates and anything else."""


# ---------------------------------------------------------------- helpers


def _fold(text: str) -> str:
    return normalize_word(text).strip(" :-–ـ\n")


def _last_word(span: Span | None) -> str | None:
    if span is None:
        return None
    words = normalize_word(span.text).split()
    return words[-1].strip("،,.:") if words else ""


def _overlap_f1(a: Span, b: Span) -> float:
    common = max(0, min(a.end, b.end) - max(a.start, b.start))
    if common == 0:
        return 0.0
    precision, recall = common / (b.end - b.start), common / (a.end - a.start)
    return 2 * precision * recall / (precision + recall)


def _overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _resolved_speaker(acts: tuple[Attribution, ...], i: int) -> Span | None:
    """The explicit speaker behind act ``i``, following ``speaker_of`` links (at most len(acts) steps)."""
    seen = 0
    act = acts[i]
    while act.speaker is None and act.speaker_of is not None and seen < len(acts):
        act = acts[act.speaker_of]
        seen += 1
    return act.speaker


def _describe(act: Attribution) -> str:
    return f"{act.kind} cue={act.cue and act.cue.text!r} speaker={act.speaker and act.speaker.text!r} " \
        f"content={act.content and act.content.text!r} via={act.via and act.via.text!r}"


def check_speech(expected: tuple[Attribution, ...], found: tuple[Attribution, ...]) -> None:
    """Fail unless every expected act is found within tolerance and nothing else is found."""
    for i, want in enumerate(expected):
        matches = [j for j, got in enumerate(found) if _overlaps(got.cue, want.cue)]
        assert matches, f"speech act not found: {_describe(want)}\nfound: {[_describe(a) for a in found]}"
        got = found[matches[0]]
        assert want.cue is not None
        assert got.cue is not None
        assert _fold(got.cue.text) == _fold(want.cue.text), f"cue {got.cue.text!r} for {_describe(want)}"
        assert got.kind == want.kind, f"kind {got.kind} for {_describe(want)}"
        assert got.content is not None, f"no content for {_describe(want)}"
        assert want.content is not None
        f1 = _overlap_f1(want.content, got.content)
        assert f1 >= CONTENT_F1, f"content {got.content.text!r} (F1 {f1:.2f}) for {_describe(want)}"
        if want.speaker is None:
            assert got.speaker is None, f"speaker {got.speaker.text!r} for implicit {_describe(want)}"
            assert got.speaker_of is not None, f"no speaker_of for implicit {_describe(want)}"
            resolved = _resolved_speaker(found, matches[0])
            assert _last_word(resolved) == _last_word(_resolved_speaker(expected, i)), (
                f"speaker_of resolves to {resolved and resolved.text!r} for {_describe(want)}"
            )
        else:
            assert _last_word(got.speaker) == _last_word(want.speaker), (
                f"speaker {got.speaker and got.speaker.text!r} for {_describe(want)}"
            )
        assert (got.via is None) == (want.via is None), f"via {got.via and got.via.text!r} for {_describe(want)}"
        if want.via is not None:
            assert _last_word(got.via) == _last_word(want.via), f"via {got.via and got.via.text!r}"
    for got in found:
        assert any(_overlaps(got.cue, want.cue) for want in expected), (
            f"spurious speech: {_describe(got)}"
        )


def check_invariants(article: Article, text: str) -> None:
    """The text is kept and the whole contract holds (spans slice, blocks tile, speech parts nest)."""
    assert article.text == text
    assert article_problems(article) == []


# ---------------------------------------------------------------- recovery


def _parse(rendered: RenderedArticle) -> Article:
    """Parse the rendered text, noting it so that a failure prints the text itself."""
    note(f"layout: {rendered.layout}\ntext:\n{rendered.text}\nrepr: {rendered.text!r}")
    return arnews.parse(rendered.text)


@given(articles())
def test_headline_is_recovered(rendered: RenderedArticle) -> None:
    article = _parse(rendered)
    assert article.headline == rendered.headline


@given(articles(layouts=["clean", "page"]))
def test_captions_and_credits_are_recovered(rendered: RenderedArticle) -> None:
    article = _parse(rendered)
    assert article.captions == rendered.captions


@given(articles(layouts=["clean", "page"]))
def test_source_line_and_its_sources_are_recovered(rendered: RenderedArticle) -> None:
    article = _parse(rendered)
    assert article.source_line == rendered.source_line


@given(articles())
def test_dateline_and_byline_are_recovered(rendered: RenderedArticle) -> None:
    article = _parse(rendered)
    for name in ("dateline", "byline"):
        want, got = getattr(rendered, name), getattr(article, name)
        assert (got is None) == (want is None), f"{name}: expected {want}, got {got}"
        if want is not None:
            assert _fold(got.text) == _fold(want.text), f"{name}: expected {want.text!r}, got {got.text!r}"


@given(articles())
def test_paragraphs_are_recovered(rendered: RenderedArticle) -> None:
    article = _parse(rendered)
    got = [p.text for p in article.paragraphs]
    want = [p.text for p in rendered.paragraphs]
    assert article.paragraphs == rendered.paragraphs, f"paragraphs\n got: {got}\nwant: {want}"


@given(articles(layouts=["page"]))
def test_page_furniture_never_becomes_article_text(rendered: RenderedArticle) -> None:
    article = _parse(rendered)
    parts = [("headline", article.headline), ("source_line", article.source_line)]
    parts += [("caption", c) for c in article.captions] + [("paragraph", p) for p in article.paragraphs]
    for noise in rendered.noise:
        for name, part in parts:
            assert not _overlaps(part, noise), f"page furniture {noise.text!r} taken into the {name} {part}"


@given(articles())
def test_every_speech_act_is_recovered(rendered: RenderedArticle) -> None:
    article = _parse(rendered)
    check_speech(rendered.speech, article.speech)


@given(speech())
def test_a_lone_reporting_sentence_is_recovered(rendered: RenderedSpeech) -> None:
    note(f"sentence: {rendered.text!r}")
    article = arnews.parse("عنوان الخبر\n\n" + rendered.text)
    shift = len("عنوان الخبر\n\n")
    expected = tuple(_shifted(a, shift, article.text) for a in rendered.speech)
    check_speech(expected, article.speech)


def _shifted(act: Attribution, by: int, text: str) -> Attribution:
    def sh(span: Span | None) -> Span | None:
        return None if span is None else Span.of(text, span.start + by, span.end + by)

    whole = Span.of(text, act.start + by, act.end + by)
    return Attribution(
        whole.start, whole.end, whole.text, kind=act.kind, cue=sh(act.cue), speaker=sh(act.speaker),
        content=sh(act.content), via=sh(act.via), speaker_of=act.speaker_of,
    )


@given(articles(with_speech=False))
def test_narration_alone_has_no_speech(rendered: RenderedArticle) -> None:
    found = _parse(rendered).speech
    assert found == (), f"speech found in narration: {[_describe(a) for a in found]}"


# ---------------------------------------------------------------- invariants


@given(articles())
def test_offsets_slice_and_blocks_tile_rendered_articles(rendered: RenderedArticle) -> None:
    check_invariants(arnews.parse(rendered.text), rendered.text)


@given(articles(), junk, st.integers(min_value=0))
def test_offsets_slice_and_blocks_tile_with_junk_inserted(rendered: RenderedArticle, noise: str, at: int) -> None:
    i = at % (len(rendered.text) + 1)
    text = rendered.text[:i] + noise + rendered.text[i:]
    check_invariants(arnews.parse(text), text)


@given(st.text(st.characters(codec=None)))
def test_arbitrary_text_never_raises_and_keeps_invariants(text: str) -> None:
    check_invariants(arnews.parse(text), text)


@given(st.lists(st.one_of(st.sampled_from(LINE_ENDINGS), st.sampled_from(ODD), st.text(max_size=5))).map("".join))
def test_controls_and_every_line_ending_never_raise(text: str) -> None:
    check_invariants(arnews.parse(text), text)


@given(articles())
def test_parse_is_deterministic(rendered: RenderedArticle) -> None:
    assert arnews.parse(rendered.text) == arnews.parse(rendered.text)


@given(st.one_of(articles().map(lambda r: r.text), st.text(st.characters(codec=None))))
def test_results_pickle_and_round_trip_through_dicts(text: str) -> None:
    article = arnews.parse(text)
    assert pickle.loads(pickle.dumps(article)) == article
    assert Article.from_dict(article.to_dict()) == article
