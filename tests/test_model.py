"""The data model: validation, the JSON shape and its exact round trip."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest

import arnews
from arnews import Article, Attribution, Block, Caption, InvalidSpanError, SourceLine, Span

TEXT = "الوزير: لن نتراجع\n\nصورة للوزير (رويترز)\n\nوقال الوزير إن الحكومة لن تتراجع.\n\nالمصدر : وكالات"


def _sp(needle: str, text: str = TEXT) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


def _article() -> Article:
    cue, content = _sp("وقال"), _sp("الحكومة لن تتراجع")
    speaker = Span(cue.end + 1, cue.end + 7, TEXT[cue.end + 1 : cue.end + 7])
    act = Span(cue.start, content.end, TEXT[cue.start : content.end])
    return Article(
        text=TEXT,
        blocks=(
            Block(**attrs.asdict(_sp("الوزير: لن نتراجع")), kind="headline"),
            Block(**attrs.asdict(_sp("صورة للوزير (رويترز)")), kind="caption"),
            Block(**attrs.asdict(_sp("وقال الوزير إن الحكومة لن تتراجع.")), kind="paragraph"),
            Block(**attrs.asdict(_sp("المصدر : وكالات")), kind="source_line"),
        ),
        headline=_sp("الوزير: لن نتراجع"),
        captions=(Caption(**attrs.asdict(_sp("صورة للوزير (رويترز)")), credit=_sp("رويترز")),),
        paragraphs=(_sp("وقال الوزير إن الحكومة لن تتراجع."),),
        source_line=SourceLine(**attrs.asdict(_sp("المصدر : وكالات")), sources=(_sp("وكالات"),)),
        speech=(
            Attribution(act.start, act.end, act.text, kind="indirect", cue=cue, speaker=speaker, content=content),
        ),
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((3, 1, ""), "0 <= start <= end"),
        ((-1, 1, "ab"), "0 <= start <= end"),
        ((0, 2, "abc"), "3 characters for offsets 0:2"),
        ((0.0, 1, "a"), "must be int"),
    ],
)
def test_span_rejects_impossible_offsets(args: tuple[int, int, str], message: str) -> None:
    with pytest.raises(InvalidSpanError, match=message):
        Span(*args)


def test_invalid_span_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="span"):
        Span(1, 0, "")


def test_spans_are_frozen() -> None:
    span = Span(0, 1, "a")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


def test_block_kind_is_checked() -> None:
    with pytest.raises(ValueError, match="kind"):
        Block(0, 1, "a", kind="footer")  # type: ignore[arg-type]


def test_attribution_kind_is_checked() -> None:
    with pytest.raises(ValueError, match="kind"):
        Attribution(0, 1, "a", kind="quoted")  # type: ignore[arg-type]


def test_article_rejects_span_that_does_not_slice() -> None:
    with pytest.raises(InvalidSpanError, match="headline at 0:3 does not slice"):
        Article(text="abc", headline=Span(0, 3, "xyz"))


def test_article_rejects_forward_speaker_of() -> None:
    act = Attribution(0, 3, "abc", content=Span(0, 3, "abc"), speaker_of=0)
    with pytest.raises(InvalidSpanError, match="speaker_of"):
        Article(text="abc", speech=(act,))


def test_article_rejects_part_outside_attribution() -> None:
    act = Attribution(0, 2, "ab", content=Span(1, 3, "bc"))
    with pytest.raises(InvalidSpanError, match="outside"):
        Article(text="abc", speech=(act,))


def test_to_dict_has_the_interchange_keys() -> None:
    d = _article().to_dict()
    assert list(d) == [
        "text", "blocks", "headline", "captions", "dateline", "byline", "paragraphs", "source_line", "speech"
    ]
    assert d["captions"][0]["credit"] == {"start": TEXT.index("رويترز"), "end": TEXT.index("رويترز") + 6,
                                          "text": "رويترز"}
    assert d["speech"][0]["kind"] == "indirect"
    assert d["speech"][0]["via"] is None
    assert d["blocks"][3]["kind"] == "source_line"


def test_round_trip_through_json_is_exact() -> None:
    article = _article()
    again = Article.from_dict(json.loads(json.dumps(article.to_dict(), ensure_ascii=False)))
    assert again == article
    assert type(again.captions[0]) is Caption
    assert type(again.source_line) is SourceLine


def test_parsed_article_round_trips_and_pickles() -> None:
    article = arnews.parse(TEXT)
    assert Article.from_dict(article.to_dict()) == article
    assert pickle.loads(pickle.dumps(article)) == article


def test_from_dict_rejects_bad_input() -> None:
    with pytest.raises(InvalidSpanError, match="not an arnews article dict"):
        Article.from_dict({"blocks": []})
    d = _article().to_dict()
    d["headline"]["start"] += 1
    with pytest.raises(InvalidSpanError):
        Article.from_dict(d)


def test_spans_walks_every_part() -> None:
    where = [w for w, _ in _article().spans()]
    assert "captions[0].credit" in where
    assert "source_line.sources[0]" in where
    assert "speech[0].content" in where
    assert all(s.slices(TEXT) for _, s in _article().spans())
