"""Parse many articles: in order, streaming, optionally over several processes.

:func:`parse_many` is the batch form of :func:`arnews.parse`. The record
helpers (:func:`record_text`, :func:`parse_record`, :func:`parse_jsonl`) are
plain module-level functions, so that a Dask bag or a Spark RDD can map them
over partitions without any glue code (see ``docs/corpus-scale.md``).
"""

from __future__ import annotations

import functools
import json
import multiprocessing
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from itertools import accumulate
from multiprocessing.pool import AsyncResult
from typing import Any, Literal, TypeVar, overload

from arnews.article import parse
from arnews.errors import ArnewsError, InputTypeError
from arnews.model import Article, _pack, _unpack, _Unpackable

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "RecordError",
    "jsonl_results",
    "ordered_map",
    "parse_jsonl",
    "parse_many",
    "parse_record",
    "record_text",
]

T = TypeVar("T")
R = TypeVar("R")
P = TypeVar("P")

DEFAULT_CHUNKSIZE = 128
"""Articles sent to a worker at a time: ~2,000-character articles take ~0.3 ms each,
so a chunk is ~40 ms of work, long enough that the per-chunk cost of a round
trip stays small next to it, and short enough that a worker waits little for
the other at the end. That cost is mostly the pool's task thread in the calling
process: on SaudiNewsNet it spent ~11 us per article at 64, ~4-5 at 128 and
~4 at 256 (the whole calling process ~40, ~34 and ~34 us)."""

_WINDOW_PER_WORKER = 2
"""Chunks a worker process has queued or running: enough that it never waits for the next."""

_AHEAD_PER_WORKER = 4
"""Chunks read ahead of the consumer per process (memory): room for the results that
wait for an earlier chunk, so that neither this process nor a worker stalls."""

_EXTRA_AHEAD = 6
_EXTRA_POOL = 2
_START_METHODS = frozenset(multiprocessing.get_all_start_methods())


class RecordError(ArnewsError, ValueError):
    """A JSON record cannot be parsed: invalid JSON, not an object, or no string in the text field."""


def _check_positive_int(name: str, value: object) -> int:
    """``value`` if it is an ``int`` >= 1 (not a ``bool``), else a clear TypeError/ValueError."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int (got {type(value).__name__}: {value!r})")
    if value < 1:
        raise ValueError(f"{name} must be at least 1 (got {value!r})")
    return value


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``; an error from ``items`` comes after the items read before it."""
    chunk: list[T] = []
    error: Exception | None = None
    try:
        for item in items:
            chunk.append(item)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    except Exception as exc:  # re-raised below, once the items before it are out
        error = exc
    if chunk:
        yield chunk
    if error is not None:
        raise error


@overload
def ordered_map(
    func: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    workers: int,
    chunksize: int,
    start_method: str | None = None,
    send: None = None,
    unpack: None = None,
    local: Callable[[list[T]], list[R]] | None = None,
) -> Generator[R, None, None]: ...


@overload
def ordered_map(
    func: Callable[[Any], P],
    items: Iterable[T],
    *,
    workers: int,
    chunksize: int,
    start_method: str | None = None,
    send: Callable[[list[T]], Any] | None = None,
    unpack: Callable[[P, list[T]], list[R]],
    local: Callable[[list[T]], list[R]] | None = None,
) -> Generator[R, None, None]: ...


def ordered_map(
    func: Callable[[Any], Any],
    items: Iterable[T],
    *,
    workers: int,
    chunksize: int,
    start_method: str | None = None,
    send: Callable[[list[T]], Any] | None = None,
    unpack: Callable[[Any, list[T]], list[R]] | None = None,
    local: Callable[[list[T]], list[R]] | None = None,
) -> Generator[R, None, None]:
    """``func`` over ``items`` chunk by chunk, results in input order, with bounded look-ahead.

    ``workers`` processes share the work, this one included: with
    ``workers == 1`` everything runs here; otherwise a pool of ``workers - 1``
    processes gets chunks, and this process takes the next chunk itself
    whenever the result it must hand out next is not ready yet, so that it
    never sits idle (and the chunks it takes cost no pickling). At most
    ``4 * workers`` chunks are read ahead of the consumer (``Pool.imap`` would
    read the whole input first); the pool is terminated when the generator
    finishes, is closed early, or raises. ``func`` must be picklable (a
    module-level function or a ``functools.partial`` of one).

    With a pool, ``send`` (if given) turns each chunk into what is sent to a
    worker and given to ``func`` there (e.g. a form cheaper to pickle), and
    ``unpack`` (if given) turns what ``func`` returned, and the chunk, into the
    list of results, in this process (e.g. a rebuild that takes back the inputs
    rather than receiving copies). ``local`` (if given) is what this process
    runs on the chunks it takes itself; it must give the same results as the
    round trip (by default it is that round trip).
    """
    chunks = _chunks(items, chunksize)
    prepare: Callable[[list[T]], Any] = send if send is not None else _as_is_chunk
    finish: Callable[[Any, list[T]], list[R]] = unpack if unpack is not None else _as_is
    here: Callable[[list[T]], list[R]] = (
        local if local is not None else functools.partial(_round_trip, func, prepare, finish)
    )
    if workers == 1:
        for chunk in chunks:
            yield from here(chunk)
        return
    pool = multiprocessing.get_context(start_method).Pool(workers - 1)
    try:
        # each entry is a chunk in input order: sent to the pool (an AsyncResult) or done here (its results)
        pending: deque[tuple[AsyncResult[Any] | None, list[T], list[R]]] = deque()
        ahead = _AHEAD_PER_WORKER * workers
        busy = _WINDOW_PER_WORKER * (workers - 1)
        failure: Exception | None = None
        while True:
            # keep each worker fed: count the chunks the pool has not finished, whatever their place
            unfinished = sum(1 for job, _c, _r in pending if job is not None and not job.ready())
            while failure is None and unfinished < busy and len(pending) < ahead:
                sent, failure = _next_chunk(chunks)
                if sent is None:
                    break
                pending.append((pool.apply_async(func, (prepare(sent),)), sent, []))
                unfinished += 1
            if not pending:
                break
            job, chunk, results = pending[0]
            if job is not None and not job.ready() and failure is None and len(pending) < ahead:
                mine, failure = _next_chunk(chunks)
                if mine is not None:
                    pending.append((None, mine, here(mine)))
                    continue
            pending.popleft()
            yield from (results if job is None else finish(job.get(), chunk))
        if failure is not None:
            raise failure
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def _next_chunk(chunks: Iterator[list[T]]) -> tuple[list[T] | None, Exception | None]:
    """The next chunk (``None`` at the end), or the exception reading the input raised.

    :func:`ordered_map` hands out what was read before a failure, then raises it.
    """
    try:
        return next(chunks), None
    except StopIteration:
        return None, None
    except Exception as exc:  # kept to be raised once the earlier chunks are out
        return None, exc


def _round_trip(
    func: Callable[[Any], Any],
    prepare: Callable[[list[T]], Any],
    finish: Callable[[Any, list[T]], list[R]],
    chunk: list[T],
) -> list[R]:
    """What a chunk sent to the pool comes back as, computed in this process."""
    return finish(func(prepare(chunk)), chunk)


def _as_is(results: list[R], _chunk: object) -> list[R]:
    """The default ``unpack``: results come back as they are."""
    return results


def _as_is_chunk(chunk: list[T]) -> list[T]:
    """The default ``send``: the chunk itself."""
    return chunk


def _parse_chunk(texts: list[str]) -> list[Article]:
    """:func:`parse_many` in this process: one chunk of texts, parsed."""
    return [parse(text) for text in texts]


# Articles cross from a worker to the parent in the wire form of arnews.model (also
# what pickling an Article gives): per chunk, flat lists of offsets, references
# and kind codes, all plain data that C pickle handles alone; the texts are left
# out, since the parent still holds the chunk it sent, and the parent slices the
# span texts from them and creates the objects in bulk. Packing a whole chunk at
# once shares the fixed cost of the bulk passes. On 5,000 SaudiNewsNet articles
# (CPU per article, against ~300 us to parse): the worker's extra work went from
# ~33 to ~7 us and the parent's from ~49 to ~20 us; ~3.2 KB go out and ~9.2 KB
# came back per article before, ~3.5 KB out (UTF-16) and ~0.25 KB back now.


def _send_texts(texts: list[str]) -> tuple[bytes, list[int]] | list[str]:
    """What crosses to a worker: the chunk's texts as one UTF-16 blob and their lengths.

    Pickle writes each str as UTF-8, slow to encode and to decode for Arabic
    (~4.5 us per article each way on SaudiNewsNet); UTF-16 is ~1 us both ways
    together, and leaves no cached UTF-8 copy on the caller's strings. Strict
    UTF-16 fails on any surrogate code point (the one case where it would not
    round-trip exactly, or could join two texts' halves into one character):
    such a chunk is sent as it is.
    """
    try:
        return "".join(texts).encode("utf-16-le"), list(map(len, texts))
    except UnicodeEncodeError:
        return texts


def _received_texts(sent: tuple[bytes, list[int]] | list[str]) -> list[str]:
    """The texts of :func:`_send_texts`, in the worker."""
    if isinstance(sent, list):
        return sent
    blob, lengths = sent
    joined = blob.decode("utf-16-le")
    ends = list(accumulate(lengths))
    return list(map(joined.__getitem__, map(slice, [0, *ends[:-1]], ends)))


def _parse_chunk_packed(sent: tuple[bytes, list[int]] | list[str]) -> tuple[Any, ...] | list[Article]:
    """Worker side of :func:`parse_many` (module level, so that spawned workers can import it)."""
    texts = _received_texts(sent)
    articles = [parse(text) for text in texts]
    try:
        return _pack(articles, sent=texts)
    except _Unpackable:  # pragma: no cover - parse builds only plain model objects
        return articles  # each pickles on its own


def _unpack_articles(data: tuple[Any, ...] | list[Article], texts: list[str]) -> list[Article]:
    """Parent side of :func:`_parse_chunk_packed`: ``texts`` is the chunk that was sent."""
    return data if isinstance(data, list) else _unpack(data, sent=texts)


def _checked(texts: Iterable[object]) -> Iterator[str]:
    """The items of ``texts``, raising :class:`InputTypeError` naming the index of the first non-str."""
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            raise InputTypeError(f"parse_many() item {index}: parse() takes a str (got {type(text).__name__})")
        yield text


def parse_many(
    texts: Iterable[str],
    *,
    workers: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    start_method: str | None = None,
) -> Generator[Article, None, None]:
    """Parse every text of ``texts`` (any iterable, read lazily), yielding the Articles in input order.

    ``workers > 1`` parses in that many processes: this one and ``workers - 1``
    others (``start_method``: ``"fork"``, ``"spawn"`` or ``"forkserver"``;
    default the platform's), ``chunksize`` texts at a time, reading at most
    ``4 * workers`` chunks ahead; this process parses a chunk itself whenever
    the next result is not back yet, so on N cores ``workers=N`` keeps every
    core busy without an idle coordinator. A non-str
    item raises :class:`~arnews.errors.InputTypeError` naming its index, after
    the articles before it. Arguments are checked here, before any work starts.
    """
    workers = _check_positive_int("workers", workers)
    chunksize = _check_positive_int("chunksize", chunksize)
    if start_method is not None and start_method not in _START_METHODS:
        raise ValueError(f"start_method must be one of {sorted(_START_METHODS)} or None (got {start_method!r})")
    if workers == 1:
        return ordered_map(_parse_chunk, _checked(texts), workers=1, chunksize=chunksize)
    return ordered_map(
        _parse_chunk_packed,
        _checked(texts),
        workers=workers,
        chunksize=chunksize,
        start_method=start_method,
        send=_send_texts,
        unpack=_unpack_articles,
        local=_parse_chunk,
    )


def record_text(record: Mapping[str, Any], *, text_field: str = "text", title_field: str | None = None) -> str:
    """The article text of a JSON record: ``title + "\\n\\n" + text``, or the text alone when there is no title.

    The title is optional (a missing, null or empty title gives the text alone);
    a missing or non-string text field raises :class:`RecordError`.
    """
    if not isinstance(record, Mapping):
        raise RecordError(f"record is not a JSON object (got {type(record).__name__})")
    if text_field not in record:
        raise RecordError(f"no {text_field!r} field")
    text = record[text_field]
    if not isinstance(text, str):
        raise RecordError(f"field {text_field!r} is not a string (got {type(text).__name__})")
    if title_field is None:
        return text
    title = record.get(title_field)
    if title is None or title == "":
        return text
    if not isinstance(title, str):
        raise RecordError(f"field {title_field!r} is not a string (got {type(title).__name__})")
    return f"{title}\n\n{text}"


def parse_record(
    record: Mapping[str, Any],
    *,
    text_field: str = "text",
    title_field: str | None = None,
    id_field: str | None = "id",
) -> dict[str, Any]:
    """Parse one JSON record into ``{"id": ..., **Article.to_dict()}``.

    ``"id"`` is the record's ``id_field`` value, present only when the record has
    that field; the text is :func:`record_text`. Bad records raise :class:`RecordError`.
    """
    article = parse(record_text(record, text_field=text_field, title_field=title_field))
    result: dict[str, Any] = {}
    if id_field is not None and id_field in record:
        result["id"] = record[id_field]
    result.update(article.to_dict())
    return result


def _load_line(line: str | bytes) -> Any:
    """The JSON value of one line (bytes are decoded as UTF-8 first), or :class:`RecordError`."""
    if isinstance(line, (bytes, bytearray)):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RecordError(f"invalid UTF-8 at byte {exc.start}") from None
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None


def _dumps(obj: dict[str, Any]) -> str:
    """Compact one-line JSON, keeping Arabic readable."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def parse_jsonl(
    lines: Iterable[str | bytes],
    *,
    text_field: str = "text",
    title_field: str | None = None,
    id_field: str | None = "id",
    on_error: Literal["raise", "skip"] = "raise",
) -> Iterator[str]:
    """Parse JSON Lines records into JSON Lines results (no trailing newline), one per record.

    Made for a partition of a Dask bag (``map_partitions``) or a Spark RDD
    (``mapPartitions``): streaming, lazily, with nothing but arnews. Blank lines
    are skipped; a bad line raises :class:`RecordError` naming its number in
    ``lines`` (1-based), or is dropped with ``on_error="skip"``. Each result is
    :func:`parse_record` as compact JSON.
    """
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip' (got {on_error!r})")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = _load_line(line)
            yield _dumps(parse_record(record, text_field=text_field, title_field=title_field, id_field=id_field))
        except RecordError as exc:
            if on_error == "raise":
                raise RecordError(f"line {number}: {exc}") from None


def _line_result(
    number: int, raw: bytes, *, text_field: str, title_field: str | None, id_field: str | None
) -> tuple[int, bytes | None, str | None]:
    """``(number, JSON line or None, error or None)`` for one input line of the command line's batch mode."""
    try:
        record = _load_line(raw)
        text = record_text(record, text_field=text_field, title_field=title_field)
    except RecordError as exc:
        return number, None, str(exc)
    result: dict[str, Any] = {"line": number}
    if id_field is not None and id_field in record:
        result["id"] = record[id_field]
    result.update(parse(text).to_dict())
    return number, (_dumps(result) + "\n").encode("utf-8"), None


def _lines_chunk(
    chunk: list[tuple[int, bytes]], *, text_field: str, title_field: str | None, id_field: str | None
) -> list[tuple[int, bytes | None, str | None]]:
    """Worker side of the command line's batch mode: decoding, parsing and encoding all happen here."""
    return [
        _line_result(number, raw, text_field=text_field, title_field=title_field, id_field=id_field)
        for number, raw in chunk
    ]


def jsonl_results(
    numbered_lines: Iterable[tuple[int, bytes]],
    *,
    text_field: str,
    title_field: str | None,
    id_field: str | None,
    workers: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Generator[tuple[int, bytes | None, str | None], None, None]:
    """``(line number, encoded JSON line, error)`` for every ``(line number, raw line)``, in order.

    The command line's engine: the whole per-line work runs in the workers, so
    the calling process only reads and writes bytes.
    """
    func = functools.partial(_lines_chunk, text_field=text_field, title_field=title_field, id_field=id_field)
    return ordered_map(func, numbered_lines, workers=workers, chunksize=chunksize)
