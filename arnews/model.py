"""The frozen result objects: spans and the structures built from them.

Every object is a frozen, slotted attrs class whose offsets are half-open
character indices into the article text, so that
``article.text[s.start:s.end] == s.text`` holds for every span ``s``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, TypeVar, cast, get_args

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


def _check_article(article: Article) -> None:
    """Every span must slice the text; every ``speaker_of`` must point backwards."""
    text = article.text
    n = len(text)
    # the same test as Span.slices, without copying each slice; names are built only to report a failure
    sliced = True
    for s in _every_span(article):
        if not (s.end <= n and s.end - s.start == len(s.text) and text.startswith(s.text, s.start)):
            sliced = False
            break
    if not sliced:
        for where, span in article.spans():
            if not span.slices(text):
                raise InvalidSpanError(
                    f"{where} at {span.start}:{span.end} does not slice the article text (got {span.text!r:.60})"
                )
    for i, a in enumerate(article.speech):
        if a.speaker_of is not None and not 0 <= a.speaker_of < i:
            raise InvalidSpanError(f"speech[{i}].speaker_of must index an earlier attribution (got {a.speaker_of})")
        a_start, a_end = a.start, a.end
        for part in (a.cue, a.speaker, a.content, a.via):
            if part is not None and not (a_start <= part.start and part.end <= a_end):
                name = next(name for name, p in a.parts() if p is part)
                raise InvalidSpanError(f"speech[{i}].{name} lies outside its attribution span")


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
