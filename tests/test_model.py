"""The data model: validation, the JSON shape and its exact round trip."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews import Article, Attribution, Block, Caption, InvalidSpanError, SourceLine, Span
from arnews.model import _article_from_wire, _pack, _unpack, _Unpackable
from arnews.strategies import RenderedArticle, articles

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


# -- the wire form (pickling) -------------------------------------------------


@settings(max_examples=40)
@given(st.lists(articles(max_paragraphs=4), min_size=1, max_size=4))
def test_wire_round_trip_rebuilds_equal_articles(drawn: list[RenderedArticle]) -> None:
    # the expected articles carry captions with and without credits, source lines, every speech kind,
    # missing parts and speaker_of links; the parsed ones are what parse_many sends
    expected = [r.expected() for r in drawn]
    parsed = [arnews.parse(r.text) for r in drawn]
    for batch in (expected, parsed, expected + parsed):
        back = _unpack(_pack(batch))
        assert back == batch
        for a, b in zip(back, batch, strict=True):
            assert [(w, type(s)) for w, s in a.spans()] == [(w, type(s)) for w, s in b.spans()]
            assert [x.speaker_of for x in a.speech] == [x.speaker_of for x in b.speech]
            assert all(s.slices(a.text) for _, s in a.spans())
    for article in expected:
        again = pickle.loads(pickle.dumps(article))
        assert again == article
        assert hash(again) == hash(article)


def test_wire_can_leave_out_the_texts_the_receiver_holds() -> None:
    texts = [TEXT, "عنوان قصير\n\nقال المتحدث إن الاجتماع تأجل."]
    articles_ = [arnews.parse(t) for t in texts]
    wire = _pack(articles_, sent=texts)
    assert wire[1] is None
    assert _unpack(wire, sent=texts) == articles_
    assert _pack(articles_, sent=[t + " " for t in texts])[1] == texts  # other objects: the texts travel
    with pytest.raises(InvalidSpanError, match="no texts"):
        _unpack(wire)


def test_pickle_is_the_compact_form() -> None:
    article = _article()
    data = pickle.dumps(article)
    assert len(data) < len(TEXT.encode()) + 600  # the span texts are not in it
    assert len(data) < len(pickle.dumps(article.__getstate__()))  # attrs' state dicts carry every span text
    assert copy.copy(article) == article
    assert copy.deepcopy(article) == article


def _wire_list() -> list[Any]:
    return list(_pack([_article()]))


def _with(index: int, change: Callable[[Any], Any]) -> tuple[Any, ...]:
    wire = _wire_list()
    wire[index] = change(copy.deepcopy(wire[index]))
    return tuple(wire)


def _set_at(position: int, value: object) -> Callable[[Any], Any]:
    def change(values: Any) -> Any:
        values = list(values)
        values[position] = value
        return values

    return change


# field positions in the wire tuple (see _pack)
TEXTS, COUNTS, STARTS, ENDS, SINGLES, PARAGRAPHS, SOURCES, CREDITS, BLOCKS, ACTS, PARTS, SPEAKER_OF = range(1, 13)


@pytest.mark.parametrize(
    ("wire", "message"),
    [
        (lambda: (99, *_wire_list()[1:]), "unknown layout or version"),
        (lambda: tuple(_wire_list()[:-1]), "unknown layout or version"),
        (lambda: _with(TEXTS, lambda _: [TEXT, TEXT]), "one article"),
        (lambda: _with(TEXTS, lambda _: [TEXT[:-30]]), "beyond the end of the text"),
        (lambda: _with(TEXTS, lambda _: [7]), "bad texts"),
        (lambda: _with(STARTS, _set_at(0, -1)), "0 <= start <= end"),
        (lambda: _with(STARTS, _set_at(0, 10_000)), "0 <= start <= end"),
        (lambda: _with(ENDS, _set_at(0, len(TEXT) + 5)), "beyond the end"),
        (lambda: _with(STARTS, _set_at(0, 1.0)), "TypeError|must be int"),
        (lambda: _with(ENDS, _set_at(0, _Index(20))), "must be int"),
        (lambda: _with(STARTS, lambda s: s[:-1]), "wrong length"),
        (lambda: _with(BLOCKS, lambda b: bytes([200]) + b[1:]), "IndexError"),
        (lambda: _with(ACTS, lambda _: bytes([9])), "IndexError"),
        (lambda: _with(SINGLES, _set_at(0, 500)), "outside the span table"),
        (lambda: _with(SINGLES, _set_at(0, -2)), "outside the span table"),
        (lambda: _with(PARAGRAPHS, _set_at(0, -1)), "negative paragraph range"),
        (lambda: _with(SOURCES, _set_at(1, -3)), "negative source range"),
        (lambda: _with(SPEAKER_OF, _set_at(0, 0)), "speaker_of"),
        (lambda: _with(SPEAKER_OF, _set_at(0, -5)), "speaker_of"),
        (lambda: _with(COUNTS, _set_at(3, 2)), "wrong length|more than one source line"),
    ],
)
def test_a_corrupt_wire_fails_loudly(wire: Callable[[], tuple[Any, ...]], message: str) -> None:
    with pytest.raises(InvalidSpanError, match=message):
        _article_from_wire(wire())


def test_a_corrupt_wire_cannot_put_a_part_outside_its_attribution() -> None:
    article = _article()
    wire = _wire_list()
    act = article.speech[0]
    # point the cue at the headline span, which lies before the attribution
    headline_index = wire[SINGLES][0]
    wire[PARTS] = [headline_index, *wire[PARTS][1:]]
    assert article.headline is not None
    assert article.headline.end <= act.start
    with pytest.raises(InvalidSpanError, match="cue lies outside"):
        _article_from_wire(tuple(wire))


def test_what_the_wire_cannot_carry_pickles_the_ordinary_way() -> None:
    # a Block where a Span is expected, and a subclass: both come back exactly, through attrs' own pickling
    odd = Article(text="abc", headline=Block(0, 3, "abc", kind="headline"))
    again = pickle.loads(pickle.dumps(odd))
    assert again == odd
    assert type(again.headline) is Block
    sub = _Sub(text="abc", paragraphs=(Span(0, 3, "abc"),))
    again_sub = pickle.loads(pickle.dumps(sub))
    assert type(again_sub) is _Sub
    assert again_sub == sub
    with pytest.raises(_Unpackable):
        _pack([sub])


class _Index:
    """Slices like an int, but is not one: the Span validator rejects it, so must the wire."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


@attrs.frozen
class _Sub(Article):
    """A user's subclass: not what the wire form rebuilds."""
