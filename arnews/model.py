"""The frozen result objects: spans and the structures built from them.

Every object is a frozen, slotted attrs class whose offsets are half-open
character indices into the article text, so that
``article.text[s.start:s.end] == s.text`` holds for every span ``s``.
"""

from __future__ import annotations

import operator
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, chain, repeat
from types import MemberDescriptorType
from typing import Any, Literal, SupportsIndex, TypeVar, cast, get_args

import attrs

from arnews.errors import InvalidSpanError

__all__ = [
    "Article",
    "Attribution",
    "Block",
    "BlockKind",
    "Caption",
    "SourceLine",
    "Span",
    "SpeechKind",
]

BlockKind = Literal["headline", "subheading", "caption", "dateline", "byline", "paragraph", "source_line", "other"]
SpeechKind = Literal["direct", "indirect", "mixed"]
BLOCK_KINDS: tuple[str, ...] = get_args(BlockKind)
SPEECH_KINDS: tuple[str, ...] = get_args(SpeechKind)

S = TypeVar("S", bound="Span")


def _check_offsets(instance: Span, _attribute: attrs.Attribute[str], _value: str) -> None:
    """Reject offsets that cannot describe ``text`` (runs after all fields are set)."""
    if not (isinstance(instance.start, int) and isinstance(instance.end, int)):
        raise InvalidSpanError(f"span offsets must be int (got {instance.start!r}, {instance.end!r})")
    if not 0 <= instance.start <= instance.end:
        raise InvalidSpanError(f"span needs 0 <= start <= end (got {instance.start}:{instance.end})")
    if len(instance.text) != instance.end - instance.start:
        raise InvalidSpanError(
            f"span text has {len(instance.text)} characters for offsets "
            f"{instance.start}:{instance.end} (got {instance.text!r:.60})"
        )


@attrs.frozen
class Span:
    """A half-open range ``start:end`` of the article text and the text it covers."""

    start: int
    """Index of the first character."""
    end: int
    """Index after the last character."""
    text: str = attrs.field(validator=_check_offsets)
    """``article_text[start:end]``."""

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        return Span(start, end, source[start:end])

    def slices(self, source: str) -> bool:
        """Whether this span's offsets slice ``source`` to exactly its text."""
        return self.end <= len(source) and source[self.start : self.end] == self.text

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "text"}`` and, for subclasses, their own fields."""
        return {"start": self.start, "end": self.end, "text": self.text}


def _tuple_of_spans(items: Iterable[Span]) -> tuple[Span, ...]:
    """Store sequences as tuples, so that results stay immutable and hashable."""
    return tuple(items)


@attrs.frozen
class Block(Span):
    """One structural block of the article: a line or run of lines with one role."""

    kind: BlockKind = attrs.field(default="paragraph", validator=attrs.validators.in_(BLOCK_KINDS))
    """One of ``headline, subheading, caption, dateline, byline, paragraph, source_line, other``."""

    def to_dict(self) -> dict[str, Any]:
        return {**Span.to_dict(self), "kind": self.kind}


@attrs.frozen
class Caption(Span):
    """A photo caption, whole, with the photo credit found inside it."""

    credit: Span | None = None
    """The credit without its brackets (``رويترز``, ``Getty Images``), or ``None``."""

    def to_dict(self) -> dict[str, Any]:
        return {**Span.to_dict(self), "credit": _span_dict(self.credit)}


@attrs.frozen
class SourceLine(Span):
    """The closing credit line (``المصدر : الجزيرة + وكالات``) and its parts."""

    sources: tuple[Span, ...] = attrs.field(default=(), converter=_tuple_of_spans)
    """Each credited source as its own span (``الجزيرة``, ``وكالات``)."""

    def to_dict(self) -> dict[str, Any]:
        return {**Span.to_dict(self), "sources": [s.to_dict() for s in self.sources]}


@attrs.frozen
class Attribution(Span):
    """One act of reported speech; the span covers the whole reporting act."""

    kind: SpeechKind = attrs.field(default="indirect", validator=attrs.validators.in_(SPEECH_KINDS))
    """``direct`` (all in quote marks), ``indirect`` (none) or ``mixed``."""
    cue: Span | None = None
    """The reporting word as written (``وقال``, ``مؤكدا``, ``قوله``, ``بحسب``, or a headline colon)."""
    speaker: Span | None = None
    """The phrase naming who spoke, or ``None`` when the verb alone carries it."""
    content: Span | None = None
    """What was reported (for direct speech, inside the quote marks)."""
    via: Span | None = None
    """The agency or outlet the speech came through, or ``None``."""
    speaker_of: int | None = None
    """Index, in :attr:`Article.speech`, of the earlier attribution whose speaker this one continues."""

    def parts(self) -> Iterator[tuple[str, Span]]:
        """The named parts that are present, in a fixed order."""
        for name in ("cue", "speaker", "content", "via"):
            part = cast("Span | None", getattr(self, name))
            if part is not None:
                yield name, part

    def to_dict(self) -> dict[str, Any]:
        return {
            **Span.to_dict(self),
            "kind": self.kind,
            "cue": _span_dict(self.cue),
            "speaker": _span_dict(self.speaker),
            "content": _span_dict(self.content),
            "via": _span_dict(self.via),
            "speaker_of": self.speaker_of,
        }


def _tuple_of_blocks(items: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(items)


def _tuple_of_captions(items: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(items)


def _tuple_of_attributions(items: Iterable[Attribution]) -> tuple[Attribution, ...]:
    return tuple(items)


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


def _every_span(article: Article) -> list[Span]:
    """The spans of :meth:`Article.spans`, in the same order, without building their names."""
    spans: list[Span] = [*article.blocks]
    spans.extend(s for s in (article.headline, article.dateline, article.byline) if s is not None)
    for c in article.captions:
        spans.append(c)
        if c.credit is not None:
            spans.append(c.credit)
    spans.extend(article.paragraphs)
    if article.source_line is not None:
        spans.append(article.source_line)
        spans.extend(article.source_line.sources)
    for a in article.speech:
        spans.append(a)
        spans.extend(p for p in (a.cue, a.speaker, a.content, a.via) if p is not None)
    return spans


def span_problems(article: Article) -> list[str]:
    """What breaks the offsets contract of ``article``'s spans (an empty list when it holds).

    A span that does not slice the text, a ``speaker_of`` that does not point
    to an earlier attribution, an attribution part outside its act. The
    ``Article`` constructor refuses an article with any of them;
    :func:`arnews.article_problems` adds the rules about blocks.
    """
    text = article.text
    n = len(text)
    problems: list[str] = []

    def sliced(s: Span) -> bool:  # Span.slices without copying the slice, and refusing negative offsets
        return s.start >= 0 and s.end <= n and s.end - s.start == len(s.text) and text.startswith(s.text, s.start)

    if not all(map(sliced, _every_span(article))):  # names are built only when a span fails
        problems += [
            f"{where} at {span.start}:{span.end} does not slice the text"
            for where, span in article.spans()
            if not sliced(span)
        ]
    for i, act in enumerate(article.speech):
        if act.speaker_of is not None and not 0 <= act.speaker_of < i:
            problems.append(f"speech[{i}].speaker_of must index an earlier attribution (got {act.speaker_of})")
        for name, part in act.parts():
            if not act.start <= part.start <= part.end <= act.end:
                problems.append(f"speech[{i}].{name} lies outside its attribution")
    return problems


def _check_article(article: Article) -> None:
    """Refuse an article whose spans break the offsets contract (see :func:`span_problems`)."""
    problems = span_problems(article)
    if problems:
        raise InvalidSpanError("; ".join(problems))


@attrs.frozen
class Article:
    """The parsed structure of one article, every part a span of :attr:`text`."""

    text: str
    """The input, unchanged."""
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_tuple_of_blocks)
    """Every block in document order; together they cover each non-space character once."""
    headline: Span | None = None
    """The headline without any site suffix, or ``None``."""
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_tuple_of_captions)
    """Photo captions with their credits, in document order."""
    dateline: Span | None = None
    """The place/agency opener of the body (``سبق- الدمام``), possibly inside the first paragraph."""
    byline: Span | None = None
    """The writer or desk line (``عين اليوم – متابعات``), possibly inside the first paragraph."""
    paragraphs: tuple[Span, ...] = attrs.field(default=(), converter=_tuple_of_spans)
    """Body paragraphs in document order."""
    source_line: SourceLine | None = None
    """The closing source line, or ``None``."""
    speech: tuple[Attribution, ...] = attrs.field(default=(), converter=_tuple_of_attributions)
    """Every act of attributed speech, in document order."""

    def __attrs_post_init__(self) -> None:
        _check_article(self)

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span in the article with a path naming where it sits."""
        for i, b in enumerate(self.blocks):
            yield f"blocks[{i}]", b
        for name in ("headline", "dateline", "byline"):
            single = cast("Span | None", getattr(self, name))
            if single is not None:
                yield name, single
        for i, c in enumerate(self.captions):
            yield f"captions[{i}]", c
            if c.credit is not None:
                yield f"captions[{i}].credit", c.credit
        for i, p in enumerate(self.paragraphs):
            yield f"paragraphs[{i}]", p
        if self.source_line is not None:
            yield "source_line", self.source_line
            for i, s in enumerate(self.source_line.sources):
                yield f"source_line.sources[{i}]", s
        for i, a in enumerate(self.speech):
            yield f"speech[{i}]", a
            for name, part in a.parts():
                yield f"speech[{i}].{name}", part

    def to_dict(self) -> dict[str, Any]:
        """The JSON interchange shape (see ``docs/data-model.md``); :meth:`from_dict` reads it back."""
        return {
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "headline": _span_dict(self.headline),
            "captions": [c.to_dict() for c in self.captions],
            "dateline": _span_dict(self.dateline),
            "byline": _span_dict(self.byline),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "source_line": _span_dict(self.source_line),
            "speech": [a.to_dict() for a in self.speech],
        }

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        """Pickle as the compact wire form (the text once, offsets as flat lists; about a third of the bytes).

        Unpickling rebuilds the spans by slicing the text and checks in bulk
        every invariant ``Article(...)`` checks, so a corrupt or stale pickle
        raises :class:`~arnews.errors.InvalidSpanError` instead of giving an
        article whose spans do not slice its text (pickle itself stays unsafe
        for untrusted data, as always). A subclass, or a field holding a value
        the form cannot carry, is pickled the ordinary attrs way instead.
        """
        if type(self) is Article:
            try:
                return _article_from_wire, (_pack([self]),)
            except _Unpackable:
                pass
        return object.__reduce_ex__(self, protocol)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output, validating every span."""
        try:
            return _article_from_dict(data)
        except (KeyError, TypeError) as exc:
            raise InvalidSpanError(f"not an arnews article dict: {type(exc).__name__}: {exc}") from exc


def _span(d: Mapping[str, Any] | None, cls: type[S] = Span, **extra: Any) -> Any:  # type: ignore[assignment]
    if d is None:
        return None
    return cls(d["start"], d["end"], d["text"], **extra)


def _article_from_dict(d: Mapping[str, Any]) -> Article:
    sl = d.get("source_line")
    return Article(
        text=d["text"],
        blocks=[_span(b, Block, kind=b["kind"]) for b in d.get("blocks", ())],
        headline=_span(d.get("headline")),
        captions=[_span(c, Caption, credit=_span(c.get("credit"))) for c in d.get("captions", ())],
        dateline=_span(d.get("dateline")),
        byline=_span(d.get("byline")),
        paragraphs=[_span(p) for p in d.get("paragraphs", ())],
        source_line=None if sl is None else _span(sl, SourceLine, sources=[_span(s) for s in sl.get("sources", ())]),
        speech=[
            _span(
                a,
                Attribution,
                kind=a["kind"],
                cue=_span(a.get("cue")),
                speaker=_span(a.get("speaker")),
                content=_span(a.get("content")),
                via=_span(a.get("via")),
                speaker_of=a.get("speaker_of"),
            )
            for a in d.get("speech", ())
        ],
    )


# -- the wire form ------------------------------------------------------------
#
# Articles pickle (and cross between parse_many's processes) in a compact form:
# each article's text once, then flat lists of offsets and references, one
# table of objects per class; the span texts are not sent but sliced from the
# article text again. The rebuild creates the objects with ``object.__new__``
# and sets each field for a whole table at once (``map`` over the slot
# descriptors), so that nearly all the work runs in C: the per-span validators
# are skipped because the checks below cover what they check, in bulk.
#
# Every rebuilt span is a slice of its article's text, with 0 <= start <= end
# <= len(text); kinds come from codes (an unknown code fails); references
# point to spans of the table or to None; attribution parts lie inside their
# attribution and ``speaker_of`` points backwards. For a single article (what
# ``pickle`` produces) this is every invariant ``Article(...)`` enforces. A
# wire of several articles (what parse_many's workers send) is trusted not to
# point from one article to another's spans: it never leaves parse_many.
# Pickles name ``arnews.model._article_from_wire`` and carry _WIRE_VERSION: keep
# that name, and bump the version (reading older versions if need be) whenever
# the layout changes.

_WIRE_VERSION = 1
"""Bumped whenever the layout below changes, so that a stale pickle fails loudly."""

_BLOCK_CODES: dict[str, int] = {kind: code for code, kind in enumerate(BLOCK_KINDS)}
_SPEECH_CODES: dict[str, int] = {kind: code for code, kind in enumerate(SPEECH_KINDS)}
_NONE_FOR_MINUS_ONE: dict[int, None] = {-1: None}
_INT_TYPES = frozenset((int, bool))  # what the Span validator accepts (isinstance int)

_new = object.__new__
_get_start = operator.attrgetter("start")
_get_end = operator.attrgetter("end")
_get_kind = operator.attrgetter("kind")
_get_credit = operator.attrgetter("credit")
_get_parts = operator.attrgetter("cue", "speaker", "content", "via")
_get_speaker_of = operator.attrgetter("speaker_of")


class _Unpackable(Exception):
    """An article the wire form cannot carry exactly (a subclass, a foreign value): pickled the ordinary way."""


def _pack(articles: Sequence[Article], *, sent: Sequence[str] | None = None) -> tuple[Any, ...]:
    """The wire form of ``articles`` (see the comment above); :func:`_unpack` rebuilds them.

    When each article's text is the very object of ``sent`` at its index (the
    texts the receiver already holds), the texts are left out of the form.
    """
    texts: list[str] = []
    plain: list[Span] = []  # every Span-typed field, each article's paragraphs and each line's sources contiguous
    blocks: list[Block] = []
    captions: list[Caption] = []
    lines: list[SourceLine] = []
    acts: list[Attribution] = []
    counts: list[int] = []  # per article: plain spans, blocks, captions, source lines (0 or 1), attributions
    singles: list[int] = []  # per article: headline, dateline, byline as indices into plain (-1: None)
    paragraphs: list[int] = []  # per article: first index into plain, count
    sources: list[int] = []  # per source line: first index into plain, count
    credits: list[int] = []  # per caption
    parts: list[int] = []  # per attribution: cue, speaker, content, via
    for article in articles:
        if type(article) is not Article or type(article.text) is not str:
            raise _Unpackable
        texts.append(article.text)
        base = len(plain)
        paragraphs += (base, len(article.paragraphs))
        plain += article.paragraphs
        for single in (article.headline, article.dateline, article.byline):
            if single is None:
                singles.append(-1)
            else:
                singles.append(len(plain))
                plain.append(single)
        if article.captions:
            captions += article.captions
            for credit in map(_get_credit, article.captions):
                if credit is None:
                    credits.append(-1)
                else:
                    credits.append(len(plain))
                    plain.append(credit)
        line = article.source_line
        if line is not None:
            lines.append(line)
            sources += (len(plain), len(line.sources))
            plain += line.sources
        if article.speech:
            acts += article.speech
            for part in chain.from_iterable(map(_get_parts, article.speech)):
                if part is None:
                    parts.append(-1)
                else:
                    parts.append(len(plain))
                    plain.append(part)
        blocks += article.blocks
        counts += (len(plain) - base, len(article.blocks), len(article.captions), int(line is not None))
        counts.append(len(article.speech))
    for group, cls in ((plain, Span), (blocks, Block), (captions, Caption), (lines, SourceLine), (acts, Attribution)):
        if group and set(map(type, group)) != {cls}:
            raise _Unpackable
    speaker_of = list(map(_get_speaker_of, acts))
    if not set(map(type, speaker_of)) <= {int, type(None)}:
        raise _Unpackable
    try:
        block_codes = bytes(map(_BLOCK_CODES.__getitem__, map(_get_kind, blocks)))
        act_codes = bytes(map(_SPEECH_CODES.__getitem__, map(_get_kind, acts)))
    except (KeyError, TypeError):
        raise _Unpackable from None
    table: list[Span] = [*plain, *blocks, *captions, *lines, *acts]
    same = sent is not None and len(sent) == len(texts) and all(map(operator.is_, texts, sent))
    return (
        _WIRE_VERSION,
        None if same else texts,
        counts[0::5] + counts[1::5] + counts[2::5] + counts[3::5] + counts[4::5],  # class by class
        list(map(_get_start, table)),
        list(map(_get_end, table)),
        singles,
        paragraphs,
        sources,
        credits,
        block_codes,
        act_codes,
        parts,
        [-1 if s is None else s for s in speaker_of],
    )


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The slot setter of field ``name`` (declared on ``cls`` or a base): sets it even on a frozen instance."""
    for klass in cls.__mro__:
        descriptor = vars(klass).get(name)
        if isinstance(descriptor, MemberDescriptorType):
            setter: Callable[[Any, Any], None] = descriptor.__set__
            return setter
    raise TypeError(f"{cls.__name__}.{name} is not a slot")  # pragma: no cover - attrs frozen classes are slotted


_SET_START, _SET_END, _SET_TEXT = (_setter(Span, name) for name in ("start", "end", "text"))
_SET_BLOCK_KIND = _setter(Block, "kind")
_SET_CREDIT = _setter(Caption, "credit")
_SET_SOURCES = _setter(SourceLine, "sources")
_SET_ACT = {name: _setter(Attribution, name) for name in ("kind", "cue", "speaker", "content", "via", "speaker_of")}
_SET_ARTICLE = {field.name: _setter(Article, field.name) for field in attrs.fields(Article)}


_consume: Callable[[Iterable[Any]], None] = deque(maxlen=0).extend
"""Runs an iterator to its end in C: ``_consume(map(setter, objects, values))`` sets a field on every object."""


def _bad_wire(why: str) -> InvalidSpanError:
    """The error for a wire form that breaks an invariant or the layout."""
    return InvalidSpanError(f"not an arnews article wire form: {why}")


def _runs(objects: list[Any], counts: Iterable[int]) -> list[tuple[Any, ...]]:
    """``objects`` cut into consecutive tuples of ``counts`` items."""
    bounds = list(accumulate(counts, initial=0))
    return list(map(tuple, map(objects.__getitem__, map(slice, bounds[:-1], bounds[1:]))))


def _check_refs(refs: list[int], size: int) -> None:
    """Every reference must name a span of the table (``0 <= i < size``) or None (``-1``)."""
    if refs and not (min(refs) >= -1 and max(refs) < size):
        raise _bad_wire("a reference outside the span table")


def _unpack(wire: tuple[Any, ...], *, sent: list[str] | None = None) -> list[Article]:
    """The articles of a wire form made by :func:`_pack`, checked in bulk (see the comment above).

    ``sent`` supplies the texts when the form leaves them out.
    """
    if not (isinstance(wire, tuple) and len(wire) == 13 and wire[0] == _WIRE_VERSION):
        raise _bad_wire("unknown layout or version")
    texts = sent if wire[1] is None else wire[1]
    if not isinstance(texts, list):
        raise _bad_wire("no texts")
    try:
        return _rebuild(texts, wire)
    except (TypeError, ValueError, IndexError) as exc:
        if isinstance(exc, InvalidSpanError):
            raise
        raise _bad_wire(f"{type(exc).__name__}: {exc}") from exc


def _rebuild(texts: list[str], wire: tuple[Any, ...]) -> list[Article]:
    """:func:`_unpack` without the error wrapping."""
    _, _, counts, starts, ends, singles, paragraphs, sources, credits, block_codes, act_codes, parts, speaker_of = wire
    n = len(texts)
    if not all(isinstance(t, str) for t in texts) or len(counts) != 5 * n or min(counts, default=0) < 0:
        raise _bad_wire("bad texts or counts")
    n_plain, n_blocks, n_captions, n_lines, n_acts = (sum(counts[k * n : (k + 1) * n]) for k in range(5))
    size = n_plain + n_blocks + n_captions + n_lines + n_acts
    if (len(starts), len(ends), len(singles), len(paragraphs)) != (size, size, 3 * n, 2 * n):
        raise _bad_wire("tables of the wrong length")
    if (len(sources), len(credits), len(block_codes)) != (2 * n_lines, n_captions, n_blocks):
        raise _bad_wire("tables of the wrong length")
    if (len(act_codes), len(parts), len(speaker_of)) != (n_acts, 4 * n_acts, n_acts):
        raise _bad_wire("tables of the wrong length")
    if max(counts[3 * n : 4 * n], default=0) > 1:
        raise _bad_wire("more than one source line in an article")

    # offsets: 0 <= start <= end, and each text slice as long as its offsets say (so end <= len(text))
    owners = chain.from_iterable(map(repeat, texts * 5, counts))
    span_texts = list(map(str.__getitem__, owners, map(slice, starts, ends)))
    if not set(map(type, chain(starts, ends))) <= _INT_TYPES:
        raise _bad_wire("offsets must be int")
    if size and (min(starts) < 0 or not all(map(operator.le, starts, ends))):
        raise _bad_wire("offsets without 0 <= start <= end")
    if sum(map(len, span_texts)) != sum(ends) - sum(starts):
        raise _bad_wire("offsets beyond the end of the text")

    table: list[Any] = [
        *map(_new, repeat(Span, n_plain)),
        *map(_new, repeat(Block, n_blocks)),
        *map(_new, repeat(Caption, n_captions)),
        *map(_new, repeat(SourceLine, n_lines)),
        *map(_new, repeat(Attribution, n_acts)),
    ]
    _consume(map(_SET_START, table, starts))
    _consume(map(_SET_END, table, ends))
    _consume(map(_SET_TEXT, table, span_texts))
    cut = list(accumulate((n_plain, n_blocks, n_captions, n_lines)))
    plain = table[: cut[0]]
    blocks, captions, lines, acts = (table[lo:hi] for lo, hi in zip(cut, [*cut[1:], size], strict=True))
    refs = [*plain, None]  # index -1 is None

    _consume(map(_SET_BLOCK_KIND, blocks, map(BLOCK_KINDS.__getitem__, block_codes)))
    _check_refs(credits, n_plain)
    _consume(map(_SET_CREDIT, captions, map(refs.__getitem__, credits)))
    firsts, sizes = sources[0::2], sources[1::2]
    if lines and (min(firsts) < 0 or min(sizes) < 0):
        raise _bad_wire("a negative source range")
    _consume(map(_SET_SOURCES, lines, _runs_at(plain, firsts, sizes)))

    if acts:
        _consume(map(_SET_ACT["kind"], acts, map(SPEECH_KINDS.__getitem__, act_codes)))
        _check_refs(parts, n_plain)
        act_starts, act_ends = starts[cut[3] :], ends[cut[3] :]
        # the offsets of the spans parts refer to, and last (index -1) what a missing part compares as: never outside
        part_starts, part_ends = [*starts[:n_plain], sys.maxsize], [*ends[:n_plain], -1]
        for k, name in enumerate(("cue", "speaker", "content", "via")):
            which = parts[k::4]
            if not (
                all(map(operator.le, act_starts, map(part_starts.__getitem__, which)))
                and all(map(operator.ge, act_ends, map(part_ends.__getitem__, which)))
            ):
                raise _bad_wire(f"an attribution's {name} lies outside it")
            _consume(map(_SET_ACT[name], acts, map(refs.__getitem__, which)))
        positions = chain.from_iterable(map(range, counts[4 * n :]))
        if min(speaker_of) < -1 or not all(map(operator.lt, speaker_of, positions)):
            raise _bad_wire("a speaker_of that does not point to an earlier attribution")
        _consume(map(_SET_ACT["speaker_of"], acts, map(_NONE_FOR_MINUS_ONE.get, speaker_of, speaker_of)))

    _check_refs(singles, n_plain)
    if paragraphs and min(paragraphs) < 0:
        raise _bad_wire("a negative paragraph range")
    line_counts = counts[3 * n : 4 * n]
    line_iter = iter(lines)
    articles: list[Any] = list(map(_new, repeat(Article, n)))
    put = _SET_ARTICLE
    _consume(map(put["text"], articles, texts))
    _consume(map(put["blocks"], articles, _runs(blocks, counts[n : 2 * n])))
    _consume(map(put["headline"], articles, map(refs.__getitem__, singles[0::3])))
    _consume(map(put["captions"], articles, _runs(captions, counts[2 * n : 3 * n])))
    _consume(map(put["dateline"], articles, map(refs.__getitem__, singles[1::3])))
    _consume(map(put["byline"], articles, map(refs.__getitem__, singles[2::3])))
    _consume(map(put["paragraphs"], articles, _runs_at(plain, paragraphs[0::2], paragraphs[1::2])))
    _consume(map(put["source_line"], articles, [next(line_iter) if c else None for c in line_counts]))
    _consume(map(put["speech"], articles, _runs(acts, counts[4 * n :])))
    return articles


def _runs_at(objects: list[Any], firsts: list[int], sizes: list[int]) -> Iterator[tuple[Any, ...]]:
    """The tuples ``objects[first:first + size]``."""
    return map(tuple, map(objects.__getitem__, map(slice, firsts, map(operator.add, firsts, sizes))))


def _article_from_wire(wire: tuple[Any, ...]) -> Article:
    """Unpickle one :class:`Article` (what ``Article.__reduce_ex__`` names)."""
    if not (isinstance(wire, tuple) and len(wire) > 1 and isinstance(wire[1], list) and len(wire[1]) == 1):
        raise _bad_wire("not the wire form of one article")
    return _unpack(wire)[0]


# -- construction by the parsers ------------------------------------------------
#
# The parsers make every span by slicing the article text at offsets mapped by
# NormalizedText.to_original, which clips them into 0 <= start <= end <= len, so
# the per-span validators cannot fail there. These builders set the slots
# directly (about half the cost of the validated constructors, which matters at
# some forty objects per article); user code, from_dict and unpickling keep the
# validated path.


def span_unchecked(source: str, start: int, end: int) -> Span:
    """``Span.of(source, start, end)`` without validation: only for offsets the caller has clipped."""
    span: Span = _new(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    _SET_TEXT(span, source[start:end])
    return span


def block_unchecked(span: Span, kind: BlockKind) -> Block:
    """The block of kind ``kind`` over ``span``, without validation (``kind`` comes from the parser's own table)."""
    block: Block = _new(Block)
    _SET_START(block, span.start)
    _SET_END(block, span.end)
    _SET_TEXT(block, span.text)
    _SET_BLOCK_KIND(block, kind)
    return block


_SET_ACT_KIND = _SET_ACT["kind"]
_SET_ACT_CUE = _SET_ACT["cue"]
_SET_ACT_SPEAKER = _SET_ACT["speaker"]
_SET_ACT_CONTENT = _SET_ACT["content"]
_SET_ACT_VIA = _SET_ACT["via"]
_SET_ACT_SPEAKER_OF = _SET_ACT["speaker_of"]


def attribution_unchecked(
    span: Span,
    kind: SpeechKind,
    parts: tuple[Span | None, Span | None, Span | None, Span | None],
    speaker_of: int | None,
) -> Attribution:
    """The attribution over ``span`` with ``parts`` (cue, speaker, content, via), without validation.

    The article check still runs over it.
    """
    act: Attribution = _new(Attribution)
    _SET_START(act, span.start)
    _SET_END(act, span.end)
    _SET_TEXT(act, span.text)
    _SET_ACT_KIND(act, kind)
    _SET_ACT_CUE(act, parts[0])
    _SET_ACT_SPEAKER(act, parts[1])
    _SET_ACT_CONTENT(act, parts[2])
    _SET_ACT_VIA(act, parts[3])
    _SET_ACT_SPEAKER_OF(act, speaker_of)
    return act


def article_unchecked(
    text: str,
    *,
    blocks: tuple[Block, ...],
    headline: Span | None,
    captions: tuple[Caption, ...],
    dateline: Span | None,
    byline: Span | None,
    paragraphs: tuple[Span, ...],
    source_line: SourceLine | None,
    speech: tuple[Attribution, ...],
) -> Article:
    """The article with these parts, without the article check: only for parts the parsers built.

    Their spans are slices of ``text`` by construction and each attribution's
    span is the hull of its parts; the test suite and ``scripts/corpus_check.py``
    check both invariants on parse results.
    """
    article: Article = _new(Article)
    values = (text, blocks, headline, captions, dateline, byline, paragraphs, source_line, speech)
    for setter, value in zip(_ARTICLE_SETTERS, values, strict=True):
        setter(article, value)
    return article


_ARTICLE_SETTERS = tuple(
    _SET_ARTICLE[name]
    for name in ("text", "blocks", "headline", "captions", "dateline", "byline", "paragraphs", "source_line", "speech")
)
