"""The contract checker: silent on parse results, and each broken rule is named."""

from __future__ import annotations

import pytest
from hypothesis import given

import arnews
from arnews.checks import article_problems, check_article
from arnews.model import Article, Attribution, Block, Span, article_unchecked, block_unchecked, span_unchecked
from arnews.strategies import articles

TEXT = "عنوان الخبر\n\nقال الوزير إن الطريق سيفتح غدا."


def _parts(article: Article, **changes: object) -> Article:
    """``article`` with some fields replaced, built without any validation (as a buggy parser could)."""
    fields = {
        "blocks": article.blocks,
        "headline": article.headline,
        "captions": article.captions,
        "dateline": article.dateline,
        "byline": article.byline,
        "paragraphs": article.paragraphs,
        "source_line": article.source_line,
        "speech": article.speech,
    }
    fields.update(changes)
    return article_unchecked(article.text, **fields)  # type: ignore[arg-type]


def _bad_span(start: int, end: int, text: str) -> Span:
    span: Span = object.__new__(Span)
    for name, value in (("start", start), ("end", end), ("text", text)):
        object.__setattr__(span, name, value)
    return span


def test_a_parse_result_has_no_problem() -> None:
    article = arnews.parse(TEXT)
    assert article.speech, "the fixture must hold speech, or the speech rules go untested"
    assert article_problems(article) == []
    check_article(article)


@given(articles())
def test_generated_articles_parse_without_problems(rendered: object) -> None:
    text = rendered.text  # type: ignore[attr-defined]
    assert article_problems(arnews.parse(text)) == []


def test_a_span_that_does_not_slice_is_named() -> None:
    article = arnews.parse(TEXT)
    broken = _parts(article, headline=_bad_span(0, 5, "xxxxx"))
    assert article_problems(broken) == ["headline at 0:5 does not slice the text"]
    with pytest.raises(arnews.InvalidSpanError, match="headline at 0:5"):
        check_article(broken)


def test_offsets_out_of_range_are_named() -> None:
    article = arnews.parse(TEXT)
    broken = _parts(article, headline=_bad_span(-3, -1, "ab"))
    assert article_problems(broken) == ["headline at -3:-1 does not slice the text"]


def test_overlapping_empty_and_missing_blocks_are_named() -> None:
    article = arnews.parse(TEXT)
    first, second = article.blocks
    overlap = block_unchecked(span_unchecked(TEXT, 3, second.end), "paragraph")
    assert any(
        "inside or before the block before it" in p for p in article_problems(_parts(article, blocks=(first, overlap)))
    )
    empty = block_unchecked(span_unchecked(TEXT, second.start, second.start), "paragraph")
    problems = article_problems(_parts(article, blocks=(first, empty)))
    assert any("is empty" in p for p in problems)
    assert any("is in no block" in p for p in problems)  # the paragraph's text is now in no block
    assert article_problems(_parts(article, blocks=(first,))) == [
        f"character {second.start} ({TEXT[second.start]!r}) is in no block"
    ]


def test_unknown_kinds_are_named() -> None:
    article = arnews.parse(TEXT)
    odd = block_unchecked(article.blocks[0], "sidebar")  # type: ignore[arg-type]
    assert article_problems(_parts(article, blocks=(odd, *article.blocks[1:]))) == [
        "blocks[0] has the unknown kind 'sidebar'"
    ]


def _act(article: Article, **changes: object) -> Attribution:
    a = article.speech[0]
    fields = {
        "kind": a.kind,
        "cue": a.cue,
        "speaker": a.speaker,
        "content": a.content,
        "via": a.via,
        "speaker_of": a.speaker_of,
    }
    fields.update(changes)
    act: Attribution = object.__new__(Attribution)
    for name, value in (("start", a.start), ("end", a.end), ("text", a.text), *fields.items()):
        object.__setattr__(act, name, value)
    return act


def test_speech_rules_are_named() -> None:
    article = arnews.parse(TEXT)
    outside = span_unchecked(TEXT, 0, 5)  # the headline's first word, outside the act
    assert article_problems(_parts(article, speech=(_act(article, via=outside),))) == [
        "speech[0].via lies outside its attribution"
    ]
    assert article_problems(_parts(article, speech=(_act(article, speaker_of=0),))) == [
        "speech[0].speaker_of must index an earlier attribution (got 0)"
    ]
    assert article_problems(_parts(article, speech=(_act(article, kind="rumour"),))) == [
        "speech[0] has the unknown kind 'rumour'"
    ]


def test_exported_from_the_package() -> None:
    assert arnews.check_article is check_article
    assert arnews.article_problems is article_problems
    assert Block is arnews.Block
