"""Headlines, captions, source lines and body openers: drafts, strategies and rendering."""

from __future__ import annotations

from typing import Literal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from arnews.model import Caption, SourceLine
from arnews.strategies._results import RenderedCaption, RenderedHeadline, RenderedSourceLine
from arnews.strategies._speech import ActMarks, Fill, Speaker, fills, speakers, to_attributions
from arnews.strategies._text import Style, styles
from arnews.strategies._vocabulary import (
    BYLINE_DESKS,
    CAPTION_SCENES,
    CITIES,
    CLAUSES,
    DATELINE_AGENCIES,
    FAMILY_NAMES,
    FIRST_PERSON_CLAUSES,
    HEADLINE_EVENTS,
    HIJRI_MONTHS,
    MALE_FIRST_NAMES,
    MONTHS,
    PHOTO_CREDITS,
    QUOTE_PAIRS,
    SOURCE_LABELS,
    SOURCE_OUTLETS,
)
from arnews.strategies._writer import Mark, Writer, span_of

__all__ = [
    "CaptionDraft",
    "HeadlineDraft",
    "OpenerDraft",
    "OpenerForm",
    "SourceDraft",
    "caption_drafts",
    "captions",
    "headline_drafts",
    "headlines",
    "opener_drafts",
    "render_caption",
    "render_headline",
    "render_opener",
    "render_source",
    "source_drafts",
    "source_lines",
]


@attrs.frozen
class HeadlineDraft:
    """A headline: an event line, or ``speaker: content`` (speech with the colon as cue)."""

    fill: Fill
    speaker: Speaker | None = None
    quotes: tuple[str, str] | None = None
    """Quote marks around the content of a speech headline (then ``direct``), or none (``indirect``)."""


@st.composite
def _headline_draft(draw: st.DrawFn, with_speech: bool) -> HeadlineDraft:
    if with_speech and draw(st.booleans()):
        quotes = draw(st.none() | st.sampled_from(QUOTE_PAIRS))
        return HeadlineDraft(
            draw(fills(CLAUSES if quotes is None else FIRST_PERSON_CLAUSES)), draw(speakers()), quotes
        )
    return HeadlineDraft(draw(fills(HEADLINE_EVENTS)), None, None)


def headline_drafts(with_speech: bool = True) -> st.SearchStrategy[HeadlineDraft]:
    """Headline structures; with ``with_speech`` half of them carry speech."""
    return _headline_draft(with_speech)


def render_headline(w: Writer, draft: HeadlineDraft, style: Style) -> tuple[Mark, ActMarks | None]:
    """Write the headline (no line break); return its mark and its speech act, if any."""
    if draft.speaker is None:
        return w.put(draft.fill.render(style)), None
    start = w.pos
    speaker = w.put(draft.speaker.text)
    cue = w.put(":")
    w.put(" ")
    text = draft.fill.render(style)
    if draft.quotes is None:
        content = w.put(text)
        act = ActMarks("indirect", (start, content[1]), cue, content, speaker)
    else:
        w.put(draft.quotes[0])
        content = w.put(text)
        w.put(draft.quotes[1])
        act = ActMarks("direct", (start, w.pos), cue, content, speaker)
    return (start, w.pos), act


@attrs.frozen
class CaptionDraft:
    """A photo caption: what the photo shows and whose photo it is."""

    fill: Fill
    credit: str


def caption_drafts() -> st.SearchStrategy[CaptionDraft]:
    """Caption structures."""
    return st.builds(CaptionDraft, fills(CAPTION_SCENES), st.sampled_from(PHOTO_CREDITS))


def render_caption(w: Writer, draft: CaptionDraft, style: Style) -> tuple[Mark, Mark]:
    """Write ``scene (credit)``; return the caption and credit marks."""
    start = w.put(draft.fill.render(style) + " (")[0]
    credit = w.put(draft.credit)
    end = w.put(")")[1]
    return (start, end), credit


@attrs.frozen
class SourceDraft:
    """A closing source line: label and credited sources."""

    label: str
    sources: tuple[str, ...]


def source_drafts() -> st.SearchStrategy[SourceDraft]:
    """Source-line structures with one to three distinct sources."""
    return st.builds(
        SourceDraft,
        st.sampled_from(SOURCE_LABELS),
        st.lists(st.sampled_from(SOURCE_OUTLETS), min_size=1, max_size=3, unique=True).map(tuple),
    )


def render_source(w: Writer, draft: SourceDraft) -> tuple[Mark, tuple[Mark, ...]]:
    """Write ``المصدر : A + B``; return the line and source marks."""
    start = w.put(draft.label)[0]
    marks: list[Mark] = []
    for i, source in enumerate(draft.sources):
        if i:
            w.put(" + ")
        marks.append(w.put(source))
    return (start, w.pos), tuple(marks)


#: The opener shapes (``inline`` ones prefix the first paragraph; the others take a line).
OpenerForm = Literal[
    "desk_place",  # سبق- الرياض: ...
    "writer_desk_place",  # خالد الحداد – سبق – الرياض: ...
    "place_agency",  # الرياض (واس) - ...
    "dated_line",  # الدمام 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس
    "desk_line",  # الواحة – متابعات
    "writer_desk_line",  # خالد الحداد – الواحة
    "writer_place_line",  # خالد الحداد ـ جدة
]
INLINE_OPENERS: frozenset[str] = frozenset({"desk_place", "writer_desk_place", "place_agency"})


@attrs.frozen
class OpenerDraft:
    """The dateline/byline that opens the body."""

    form: OpenerForm
    city: str
    desk: str
    agency: str
    writer: str
    dash: str
    day: int
    year: int
    month: int


@st.composite
def _opener(draw: st.DrawFn) -> OpenerDraft:
    return OpenerDraft(
        form=draw(st.sampled_from(OpenerForm.__args__)),  # type: ignore[attr-defined]
        city=draw(st.sampled_from(CITIES)),
        desk=draw(st.sampled_from(BYLINE_DESKS)),
        agency=draw(st.sampled_from(DATELINE_AGENCIES)),
        writer=f"{draw(st.sampled_from(MALE_FIRST_NAMES))} {draw(st.sampled_from(FAMILY_NAMES))}",
        dash=draw(st.sampled_from(("-", "–", "ـ"))),
        day=draw(st.integers(1, 28)),
        year=draw(st.integers(1430, 1446)),
        month=draw(st.integers(0, len(MONTHS) - 1)),
    )


def opener_drafts() -> st.SearchStrategy[OpenerDraft]:
    """Dateline and byline openers in the shapes outlets print."""
    return _opener()


def render_opener(w: Writer, draft: OpenerDraft, style: Style) -> tuple[Mark | None, Mark | None]:
    """Write the opener (for inline forms, with its separator and a space); return (dateline, byline)."""
    d = draft.dash
    if draft.form == "desk_place":
        # a kashida-dash written against the word would read as a stretched letter: use a hyphen there
        dateline = w.put(f"{draft.desk}{'-' if d == 'ـ' else d} {draft.city}")
        w.put(": ")
        return dateline, None
    if draft.form == "writer_desk_place":
        byline = w.put(draft.writer)
        w.put(f" {d} ")
        dateline = w.put(f"{draft.desk} {d} {draft.city}")
        w.put(": ")
        return dateline, byline
    if draft.form == "place_agency":
        dateline = w.put(f"{draft.city} ({draft.agency})")
        w.put(f" {d} ")
        return dateline, None
    if draft.form == "dated_line":
        n = style.number
        hijri = HIJRI_MONTHS[draft.month % len(HIJRI_MONTHS)]
        greg = MONTHS[draft.month]
        text = (
            f"{draft.city} {n(draft.day)} {hijri} {n(draft.year)} هـ الموافق "
            f"{n(draft.day)} {greg} {n(draft.year + 579)} م {draft.agency}"
        )
        return w.put(text), None
    if draft.form == "desk_line":
        return None, w.put(f"{draft.desk} {d} متابعات")
    if draft.form == "writer_desk_line":
        return None, w.put(f"{draft.writer} {d} {draft.desk}")
    byline = w.put(draft.writer)
    w.put(f" {d} ")
    return w.put(draft.city), byline


def _check_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name} must be a bool (got {value!r})")


@st.composite
def _headlines(draw: st.DrawFn, with_speech: bool, plain: bool) -> RenderedHeadline:
    draft = draw(headline_drafts(with_speech))
    w = Writer()
    _, act = render_headline(w, draft, draw(styles(plain=plain)))
    text = w.text()
    return RenderedHeadline(text, None if act is None else to_attributions(text, [act])[0])


def headlines(*, with_speech: bool = True, plain: bool = False) -> st.SearchStrategy[RenderedHeadline]:
    """One-line headlines; with ``with_speech``, some are ``speaker: content`` speech."""
    _check_bool("with_speech", with_speech)
    _check_bool("plain", plain)
    return _headlines(with_speech, plain)


@st.composite
def _captions(draw: st.DrawFn, plain: bool) -> RenderedCaption:
    w = Writer()
    whole, credit = render_caption(w, draw(caption_drafts()), draw(styles(plain=plain)))
    text = w.text()
    s = span_of(text, whole)
    return RenderedCaption(text, Caption(s.start, s.end, s.text, credit=span_of(text, credit)))


def captions(*, plain: bool = False) -> st.SearchStrategy[RenderedCaption]:
    """Photo captions ending in a bracketed credit (``... (رويترز)``)."""
    _check_bool("plain", plain)
    return _captions(plain)


@st.composite
def _source_lines(draw: st.DrawFn) -> RenderedSourceLine:
    w = Writer()
    whole, marks = render_source(w, draw(source_drafts()))
    text = w.text()
    s = span_of(text, whole)
    line = SourceLine(s.start, s.end, s.text, sources=tuple(span_of(text, m) for m in marks))
    return RenderedSourceLine(text, line)


def source_lines() -> st.SearchStrategy[RenderedSourceLine]:
    """Closing source lines (``المصدر : الجزيرة + وكالات``) with their sources."""
    return _source_lines()
