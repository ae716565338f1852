"""``parse_many`` and the record helpers: order, equality with ``parse``, streaming, clean failures."""

from __future__ import annotations

import functools
import json
import os
import pickle
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews.batch import (
    RecordError,
    _parse_chunk_packed,
    _received_texts,
    _send_texts,
    _unpack_articles,
    jsonl_results,
    ordered_map,
    parse_jsonl,
    parse_many,
    parse_record,
    record_text,
)
from arnews.errors import InputTypeError
from arnews.strategies import RenderedArticle, articles

HEADLINES = [
    "وزير النقل يفتتح جسر الوادي الجديد",
    "ارتفاع أسعار الذهب في أسواق المدينة",
    "بلدية الساحل تطلق حملة لتنظيف الشواطئ",
    "افتتاح معرض الكتاب في دورته العاشرة",
]
BODIES = [
    "قال الوزير سالم الهاشمي إن الجسر سيخفف الزحام عن وسط المدينة.",
    'وأضاف مدير المشروع لوكالة الأنباء المحلية: "أنجزنا العمل قبل موعده".',
    "وأكدت المتحدثة باسم البلدية أن الحملة ستستمر حتى نهاية الشهر.",
    "ويشارك في المعرض أكثر من مئتي دار نشر من اثنتي عشرة دولة.",
]


def _texts(count: int) -> list[str]:
    """Distinct invented articles (each differs from its neighbours, so that order errors show)."""
    return [
        f"{HEADLINES[i % len(HEADLINES)]} ({i})\n\n{BODIES[i % len(BODIES)]}\n\n{BODIES[(i + 1) % len(BODIES)]}"
        for i in range(count)
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_equals_parse_in_order(workers: int) -> None:
    texts = _texts(23)
    got = list(parse_many(texts, workers=workers, chunksize=4))
    assert got == [arnews.parse(t) for t in texts]
    assert [a.text for a in got] == texts


def test_parse_many_is_exported() -> None:
    assert arnews.parse_many is parse_many


def test_parse_many_takes_a_generator_lazily() -> None:
    pulled: list[int] = []

    def gen() -> Iterator[str]:
        for i, text in enumerate(_texts(1000)):
            pulled.append(i)
            yield text

    results = parse_many(gen(), chunksize=5)
    assert pulled == []  # nothing is read before the first result is asked for
    first = next(results)
    assert first.text == _texts(1)[0]
    assert len(pulled) <= 5  # bounded look-ahead: one chunk
    results.close()


def test_pool_reads_boundedly_ahead_and_closes_early() -> None:
    pulled: list[int] = []

    def gen() -> Iterator[str]:
        for i, text in enumerate(_texts(400)):
            pulled.append(i)
            yield text

    results = parse_many(gen(), workers=2, chunksize=3)
    assert [next(results).text for _ in range(4)] == _texts(4)
    results.close()  # terminates the pool; must not hang or read the rest
    assert len(pulled) <= 3 * (4 * 2 + 1)  # at most 4 * workers chunks read ahead, plus the one being handed out
    with pytest.raises(StopIteration):
        next(results)


def test_pool_with_spawn() -> None:
    texts = _texts(3)
    assert list(parse_many(texts, workers=2, chunksize=1, start_method="spawn")) == [arnews.parse(t) for t in texts]


@pytest.mark.parametrize("workers", [1, 2])
def test_non_str_item_names_its_index_after_the_earlier_articles(workers: int) -> None:
    texts: list[object] = [*_texts(5), b"bytes", *_texts(2)]
    got: list[arnews.Article] = []
    with pytest.raises(InputTypeError, match=r"item 5: .*got bytes"):
        got.extend(parse_many(texts, workers=workers, chunksize=2))  # type: ignore[arg-type]
    assert [a.text for a in got] == _texts(5)


def test_an_error_in_the_input_iterable_comes_after_the_articles_before_it() -> None:
    def gen() -> Iterator[str]:
        yield from _texts(3)
        raise OSError("disk gone")

    got: list[arnews.Article] = []
    with pytest.raises(OSError, match="disk gone"):
        got.extend(parse_many(gen(), workers=2, chunksize=2))
    assert len(got) == 3


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"workers": 0}, ValueError),
        ({"workers": -2}, ValueError),
        ({"workers": 1.5}, TypeError),
        ({"workers": True}, TypeError),
        ({"workers": "2"}, TypeError),
        ({"chunksize": 0}, ValueError),
        ({"chunksize": None}, TypeError),
        ({"start_method": "teleport"}, ValueError),
    ],
)
def test_bad_arguments_fail_at_the_call(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error, match=str(next(iter(kwargs)))):
        parse_many(_texts(1), **kwargs)  # type: ignore[arg-type]  # no next(): the call itself raises


def test_empty_input_gives_nothing() -> None:
    assert list(parse_many([], workers=2)) == []


def test_results_pickle() -> None:
    for article in parse_many(_texts(3)):
        assert pickle.loads(pickle.dumps(article)) == article


def test_worker_transfer_round_trips_every_part() -> None:
    # the compact pickling used between workers and parent must rebuild equal articles, captions,
    # source lines and attributions included
    example = (Path(__file__).resolve().parent.parent / "examples" / "wire_story.txt").read_text(encoding="utf-8")
    texts = [example, *_texts(3), ""]
    back = _unpack_articles(_parse_chunk_packed(texts), texts)
    assert back == [arnews.parse(t) for t in texts]
    assert back[0].captions or back[0].source_line is not None
    assert back[0].speech


@settings(max_examples=25)
@given(st.lists(articles(max_paragraphs=4), max_size=5))
def test_worker_transfer_round_trips_generated_articles(drawn: list[RenderedArticle]) -> None:
    texts = [r.text for r in drawn]
    sent = _parse_chunk_packed(_send_texts(texts))
    assert isinstance(sent, tuple)
    assert sent[1] is None  # the texts do not travel back: the parent holds them
    back = _unpack_articles(sent, texts)
    assert back == [arnews.parse(t) for t in texts]
    assert all(a.text is t for a, t in zip(back, texts, strict=True))


@pytest.mark.parametrize(
    "texts",
    [
        ["نص أول", "", "نص ثالث 😀 فيه رمز خارج المستوى الأساسي", "\U0001f600"],
        ["ينتهي بنصف رمز \ud83d", "\ude00 ويبدأ بنصفه الآخر"],  # lone surrogates: sent as they are
        ["\ud83d\ude00"],  # two surrogate code points, not one character
    ],
)
def test_texts_cross_to_workers_exactly(texts: list[str]) -> None:
    back = _received_texts(pickle.loads(pickle.dumps(_send_texts(texts))))
    assert back == texts
    assert [len(t) for t in back] == [len(t) for t in texts]


@given(st.lists(st.text(max_size=30), min_size=1, max_size=6))
def test_any_texts_cross_to_workers_exactly(texts: list[str]) -> None:
    assert _received_texts(pickle.loads(pickle.dumps(_send_texts(texts)))) == texts


def test_pool_handles_texts_with_surrogates_and_astral_characters() -> None:
    texts = [*_texts(3), "عنوان 😀\n\nقال المدير إن الخطة جاهزة.", "نص \ud83d مكسور", *_texts(2)]
    assert list(parse_many(texts, workers=2, chunksize=2)) == [arnews.parse(t) for t in texts]


class _Text(str):
    """A caller's own str subclass."""


def test_pool_takes_str_subclasses() -> None:
    texts = [_Text(t) for t in _texts(5)]
    got = list(parse_many(texts, workers=2, chunksize=2))
    assert got == [arnews.parse(t) for t in texts]
    assert all(a.text is t for a, t in zip(got, texts, strict=True))


def test_pool_results_share_the_input_texts() -> None:
    texts = _texts(9)
    got = list(parse_many(texts, workers=2, chunksize=4))
    assert all(a.text is t for a, t in zip(got, texts, strict=True))


def test_ordered_map_keeps_order_across_chunks() -> None:
    got = list(ordered_map(_double_all, range(50), workers=2, chunksize=3))
    assert got == [2 * i for i in range(50)]


def _double_all(chunk: list[int]) -> list[int]:
    return [2 * i for i in chunk]


# -- records ------------------------------------------------------------------


def test_record_text_joins_title_and_text() -> None:
    record = {"title": "عنوان الخبر", "content": "نص الخبر."}
    assert record_text(record, text_field="content", title_field="title") == "عنوان الخبر\n\nنص الخبر."
    assert record_text(record, text_field="content") == "نص الخبر."
    assert record_text({"content": "نص.", "title": None}, text_field="content", title_field="title") == "نص."
    assert record_text({"content": "نص."}, text_field="content", title_field="title") == "نص."


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"title": "عنوان"}, "no 'content' field"),
        ({"content": None}, "not a string"),
        ({"content": 5}, "not a string"),
        ({"content": "نص", "title": 3}, "'title' is not a string"),
        (["content"], "not a JSON object"),
    ],
)
def test_record_text_rejects_bad_records(record: object, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        record_text(record, text_field="content", title_field="title")  # type: ignore[arg-type]


def test_parse_record_keeps_the_id_only_when_present() -> None:
    text = _texts(1)[0]
    with_id = parse_record({"id": "a-7", "text": text})
    assert with_id["id"] == "a-7"
    assert with_id["text"] == text
    assert arnews.Article.from_dict(with_id) == arnews.parse(text)
    assert "id" not in parse_record({"text": text})


def test_parse_jsonl_partition() -> None:
    texts = _texts(3)
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    lines.insert(1, "   ")
    out = [json.loads(line) for line in parse_jsonl(lines)]
    assert [o["id"] for o in out] == [0, 1, 2]
    assert [o["text"] for o in out] == texts
    # bytes lines too, as a Spark or Dask partition of raw lines may hold
    assert [json.loads(x)["id"] for x in parse_jsonl(line.encode() for line in lines)] == [0, 1, 2]


def test_parse_jsonl_bad_line_raises_with_its_number_or_is_skipped() -> None:
    lines = ['{"text": "نص أول."}', "{not json", '{"body": "x"}', '{"text": "نص أخير."}']
    with pytest.raises(RecordError, match="line 2: invalid JSON"):
        list(parse_jsonl(lines))
    assert [json.loads(x)["text"] for x in parse_jsonl(lines, on_error="skip")] == ["نص أول.", "نص أخير."]
    with pytest.raises(ValueError, match="on_error"):
        list(parse_jsonl(lines, on_error="ignore"))  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [1, 2])
def test_jsonl_results_report_bad_lines_in_place(workers: int) -> None:
    raw = [
        (1, '{"id": "x", "text": "نص."}'.encode()),
        (2, b"\xff\xfe"),
        (4, b'{"text": 1}'),
        (5, b'"just a string"'),
        (6, '{"text": "نص آخر."}'.encode()),
    ]
    got = list(jsonl_results(raw, text_field="text", title_field=None, id_field="id", workers=workers, chunksize=2))
    assert [n for n, _, _ in got] == [1, 2, 4, 5, 6]
    assert [e is None for _, _, e in got] == [True, False, False, False, True]
    assert "UTF-8" in str(got[1][2])
    first = json.loads(got[0][1] or b"")
    assert (first["line"], first["id"], first["text"]) == (1, "x", "نص.")
    assert "id" not in json.loads(got[4][1] or b"")


def _tag_with_pid(parent: int, chunk: list[int]) -> list[tuple[bool, int]]:
    """Each item with whether this process is the caller; the workers are slow, so the caller must help."""
    here = os.getpid() == parent
    if not here:
        time.sleep(0.05)
    return [(here, i) for i in chunk]


def test_the_calling_process_parses_while_it_waits() -> None:
    """With a pool, chunks whose turn has not come are done in the caller while the pool works; order holds."""
    func = functools.partial(_tag_with_pid, os.getpid())
    got = list(ordered_map(func, range(60), workers=2, chunksize=3))
    assert [i for _here, i in got] == list(range(60))
    by_caller = {i // 3 for here, i in got if here}
    by_pool = {i // 3 for here, i in got if not here}
    assert 0 in by_pool  # the first chunk always goes to the pool
    assert by_caller, "the caller never helped"
    assert len(by_caller) + len(by_pool) == 20  # each chunk done once


def test_parse_many_gives_the_same_articles_whoever_parses_them() -> None:
    texts = _texts(40)
    assert list(parse_many(texts, workers=2, chunksize=2)) == [arnews.parse(t) for t in texts]
    assert list(parse_many(texts, workers=3, chunksize=1)) == [arnews.parse(t) for t in texts]
