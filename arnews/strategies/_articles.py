"""``articles()``: draw an article's structure, then render it in one of the real layouts.

The structure is drawn first (layout, headline, paragraphs of narration and
speech, captions, opener, source line, page furniture) and rendered to text
afterwards, so that Hypothesis shrinks towards short, plain articles and
every expected span is exact by construction.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from arnews.model import Block as _Block
from arnews.model import BlockKind, Caption, SourceLine
from arnews.strategies._blocks import (
    INLINE_OPENERS,
    CaptionDraft,
    HeadlineDraft,
    OpenerDraft,
    SourceDraft,
    caption_drafts,
    headline_drafts,
    opener_drafts,
    render_caption,
    render_headline,
    render_opener,
    render_source,
    source_drafts,
)
from arnews.strategies._results import Layout, RenderedArticle
from arnews.strategies._speech import (
    ActDraft,
    ActMarks,
    NarrativeDraft,
    _Current,
    act_drafts,
    fills,
    narrative_drafts,
    render_act,
    render_narrative,
    to_attributions,
)
from arnews.strategies._text import Style, styles
from arnews.strategies._vocabulary import (
    CROSSHEADS,
    ENGLISH_ALT_TEXTS,
    MORE_LABELS,
    NAV_LINES,
    QUOTE_PAIRS,
    READ_ALSO_LABELS,
    TEASERS,
)
from arnews.strategies._writer import Mark, Writer, span_of

__all__ = ["LAYOUTS", "ArticleDraft", "PageNoise", "articles", "render_article"]

#: Every layout :func:`articles` can render, in shrinking order (simplest first).
LAYOUTS: tuple[Layout, ...] = ("clean", "corpus", "page")
Sentence = ActDraft | NarrativeDraft


@attrs.frozen
class PageNoise:
    """The furniture of a whole web page around the article."""

    nav: tuple[str, ...]
    section: str
    alt_text: str | None
    video: tuple[int, int] | None
    date: tuple[int, int, int]
    read_also: tuple[int, str, tuple[str, ...]] | None
    """After which paragraph a link list sits, its label and its teasers."""
    more_label: str
    """The label over the related links after the article (``المزيد من الأخبار``)."""
    after_source: tuple[str, ...]
    teaser_caption: CaptionDraft | None


@attrs.frozen
class ArticleDraft:
    """The structure of an article before it is written."""

    layout: Layout
    headline: HeadlineDraft
    paragraphs: tuple[tuple[Sentence, ...], ...]
    captions: tuple[tuple[int, CaptionDraft], ...] = ()
    """Each caption with the number of paragraphs before it."""
    opener: OpenerDraft | None = None
    source: SourceDraft | None = None
    style: Style = attrs.field(factory=Style)
    scare_quotes: tuple[str, str] = ("«", "»")
    noise: PageNoise | None = None
    indent: bool = False
    """Corpus layout: start each paragraph line with a space, as some exports do."""
    final_newline: bool = False
    newline: str = "\n"
    """The line ending of the whole article (``\\n`` or ``\\r\\n``, as Windows exports write)."""
    crossheads: tuple[tuple[int, str], ...] = ()
    """Short section titles (``subheading`` blocks), each with the number of paragraphs before it."""


@st.composite
def _noise(draw: st.DrawFn, n_paragraphs: int) -> PageNoise:
    teasers = st.lists(fills(TEASERS), min_size=1, max_size=3)
    style = Style()
    read_also = None
    if n_paragraphs > 1 and draw(st.booleans()):
        read_also = (
            draw(st.integers(1, n_paragraphs - 1)),
            draw(st.sampled_from(READ_ALSO_LABELS)),
            tuple(f.render(style) for f in draw(teasers)),
        )
    return PageNoise(
        nav=tuple(draw(st.lists(st.sampled_from(NAV_LINES), min_size=2, max_size=6))),
        section=draw(st.sampled_from(NAV_LINES[3:9])),
        alt_text=draw(st.none() | st.sampled_from(ENGLISH_ALT_TEXTS)),
        video=draw(st.none() | st.tuples(st.integers(0, 9), st.integers(0, 59))),
        date=(draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(2015, 2025))),
        read_also=read_also,
        more_label=draw(st.sampled_from(MORE_LABELS)),
        after_source=tuple(f.render(style) for f in draw(teasers)),
        teaser_caption=draw(st.none() | caption_drafts()),
    )


@st.composite
def _article_draft(
    draw: st.DrawFn,
    *,
    min_paragraphs: int,
    max_paragraphs: int,
    layouts: tuple[Layout, ...],
    with_speech: bool,
    with_noise: bool,
    plain: bool,
) -> ArticleDraft:
    layout = draw(st.sampled_from(layouts))
    headline = draw(headline_drafts(with_speech))
    sentence: st.SearchStrategy[Sentence] = narrative_drafts()
    if with_speech:
        sentence = st.one_of(narrative_drafts(), act_drafts())
    paragraphs = draw(
        st.lists(st.lists(sentence, min_size=1, max_size=3).map(tuple), min_size=min_paragraphs,
                 max_size=max_paragraphs).map(tuple)
    )
    captions: tuple[tuple[int, CaptionDraft], ...] = ()
    if layout != "corpus":
        positions = st.integers(0, max(0, len(paragraphs) - 1))
        captions = tuple(sorted(draw(st.lists(st.tuples(positions, caption_drafts()), max_size=2)),
                                key=lambda c: c[0]))
    crossheads: tuple[tuple[int, str], ...] = ()
    if layout != "corpus" and len(paragraphs) > 2:
        where = st.integers(1, len(paragraphs) - 1)
        crossheads = tuple(sorted(draw(st.lists(st.tuples(where, st.sampled_from(CROSSHEADS)), max_size=2,
                                                unique_by=lambda c: c[0]))))
    opener = draw(st.none() | opener_drafts()) if paragraphs else None
    source = draw(st.none() | source_drafts()) if layout != "corpus" else None
    noise = draw(_noise(len(paragraphs))) if layout == "page" and with_noise else None
    return ArticleDraft(
        layout=layout,
        headline=headline,
        paragraphs=paragraphs,
        captions=captions,
        opener=opener,
        source=source,
        style=draw(styles(plain=plain)),
        scare_quotes=draw(st.sampled_from(QUOTE_PAIRS)),
        noise=noise,
        indent=layout == "corpus" and draw(st.booleans()),
        final_newline=draw(st.booleans()),
        newline=draw(st.sampled_from(("\n", "\r\n"))),
        crossheads=crossheads,
    )


class _Page:
    """A writer that also records each line's role."""

    def __init__(self) -> None:
        self.w = Writer()
        self.blocks: list[tuple[Mark, BlockKind]] = []

    def line(self, text: str, kind: BlockKind) -> Mark:
        mark = self.w.put(text)
        self.blocks.append((mark, kind))
        return mark


def render_article(draft: ArticleDraft) -> RenderedArticle:
    """Write ``draft`` in its layout and collect every expected span."""
    page = _Page()
    w = page.w
    style = draft.style
    noise = draft.noise
    layout = draft.layout
    nl = draft.newline
    gap = nl if layout == "corpus" else nl + nl
    acts: list[ActMarks] = []
    captions: list[tuple[Mark, Mark]] = []

    if noise is not None:
        for nav in (*noise.nav, noise.section):
            page.line(nav, "other")
            w.put(nl)
    head_mark, head_act = render_headline(w, draft.headline, style)
    page.blocks.append((head_mark, "headline"))
    if head_act is not None:
        acts.append(head_act)
    w.put(nl + nl)

    def caption(c: CaptionDraft) -> None:
        if noise is not None and noise.alt_text is not None:
            page.line(noise.alt_text, "other")
            w.put(nl)
        whole, credit = render_caption(w, c, style)
        page.blocks.append((whole, "caption"))
        captions.append((whole, credit))

    pending = list(draft.captions)
    while pending and pending[0][0] == 0:
        caption(pending.pop(0)[1])
        w.put(nl if noise is not None else nl + nl)
    if noise is not None:
        if noise.video is not None:
            m, s = noise.video
            page.line(f"مدة الفيديو {m:02d} minutes {s:02d} seconds", "other")
            w.put(nl)
            page.line(f"{m:02d}:{s:02d}", "other")
            w.put(nl)
        page.line("/".join(str(x) for x in noise.date), "other")
        w.put(nl + nl)

    dateline: Mark | None = None
    byline: Mark | None = None
    opener = draft.opener
    if opener is not None and opener.form not in INLINE_OPENERS:
        if draft.indent:
            w.put(" ")
        start = w.pos
        dateline, byline = render_opener(w, opener, style)
        page.blocks.append(((start, w.pos), "dateline" if byline is None else "byline"))
        w.put(gap)

    paragraphs: list[Mark] = []
    current: _Current | None = None
    for p, sentences in enumerate(draft.paragraphs):
        if p:
            w.put(gap)
            while pending and pending[0][0] == p:
                caption(pending.pop(0)[1])
                w.put(gap)
            for _, title in (c for c in draft.crossheads if c[0] == p):
                page.line(title, "subheading")
                w.put(gap)
            if noise is not None and noise.read_also is not None and noise.read_also[0] == p:
                page.line(noise.read_also[1], "other")
                for teaser in noise.read_also[2]:
                    w.put(nl)
                    page.line(teaser, "other")
                w.put(gap)
        if draft.indent:
            w.put(" ")
        start = w.pos
        if p == 0 and opener is not None and opener.form in INLINE_OPENERS:
            dateline, byline = render_opener(w, opener, style)
        for i, sentence in enumerate(sentences):
            if i:
                w.put(" ")
            if isinstance(sentence, NarrativeDraft):
                render_narrative(w, sentence, style, draft.scare_quotes)
                current = None
            else:
                new, current = render_act(w, sentence, style, len(acts), current)
                acts.extend(new)
        paragraphs.append((start, w.pos))
        page.blocks.append(((start, w.pos), "paragraph"))

    source: tuple[Mark, tuple[Mark, ...]] | None = None
    if draft.source is not None:
        w.put(nl + nl)
        source = render_source(w, draft.source)
        page.blocks.append((source[0], "source_line"))
    if noise is not None:
        # related links follow the article under a label of their own, as on real pages
        w.put(nl if source is not None else nl + nl)
        page.line(noise.more_label, "other")
        for teaser in noise.after_source:
            w.put(nl)
            page.line(teaser, "other")
        if noise.teaser_caption is not None:
            w.put(nl)
            whole, _ = render_caption(w, noise.teaser_caption, Style())
            page.blocks.append((whole, "other"))
    if draft.final_newline:
        w.put(nl)

    text = w.text()
    source_line = None
    if source is not None:
        line = span_of(text, source[0])
        source_line = SourceLine(
            line.start, line.end, line.text, sources=tuple(span_of(text, m) for m in source[1])
        )
    return RenderedArticle(
        text=text,
        layout=layout,
        headline=span_of(text, head_mark),
        blocks=tuple(_block(text, m, k) for m, k in sorted(page.blocks)),
        captions=tuple(_caption(text, whole, credit) for whole, credit in captions),
        dateline=None if dateline is None else span_of(text, dateline),
        byline=None if byline is None else span_of(text, byline),
        paragraphs=tuple(span_of(text, m) for m in paragraphs),
        source_line=source_line,
        speech=to_attributions(text, acts),
    )


def _block(text: str, mark: Mark, kind: BlockKind) -> _Block:
    return _Block(mark[0], mark[1], text[mark[0] : mark[1]], kind)


def _caption(text: str, whole: Mark, credit: Mark) -> Caption:
    s = span_of(text, whole)
    return Caption(s.start, s.end, s.text, credit=span_of(text, credit))


def _check_layouts(layouts: object) -> tuple[Layout, ...]:
    if isinstance(layouts, str) or not isinstance(layouts, Sequence) or not layouts:
        raise InvalidArgument(f"layouts must be a non-empty sequence drawn from {LAYOUTS} (got {layouts!r})")
    bad = [x for x in layouts if x not in LAYOUTS]
    if bad:
        raise InvalidArgument(f"unknown layouts {bad!r}: choose from {LAYOUTS} (got {layouts!r})")
    # keep the caller's order but drop repeats, so the first one is what shrinking aims at
    return tuple(dict.fromkeys(layouts))


def articles(
    *,
    min_paragraphs: int = 1,
    max_paragraphs: int = 6,
    layouts: Sequence[Layout] = LAYOUTS,
    with_speech: bool = True,
    with_noise: bool = True,
    plain: bool = False,
) -> st.SearchStrategy[RenderedArticle]:
    """Whole Arabic news articles with the structure expected in them.

    Each example is a :class:`RenderedArticle`: the text in one of ``layouts``
    (``clean``: headline, caption, blank-line paragraphs, ``المصدر :`` line;
    ``corpus``: title, blank line, one paragraph per line with a dateline;
    ``page``: a whole web page with navigation, link lists and teasers when
    ``with_noise``) and every expected part as arnews model objects.
    ``with_speech=False`` writes narration only; ``plain=True`` keeps Latin
    digits and leaves out diacritics and tatweel.
    """
    for name, value in (("min_paragraphs", min_paragraphs), ("max_paragraphs", max_paragraphs)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InvalidArgument(f"{name} must be a non-negative int (got {value!r})")
    if max_paragraphs < min_paragraphs:
        raise InvalidArgument(
            f"max_paragraphs must be >= min_paragraphs (got min_paragraphs={min_paragraphs}, "
            f"max_paragraphs={max_paragraphs})"
        )
    if max_paragraphs > 100:
        raise InvalidArgument(f"max_paragraphs must be at most 100 (got {max_paragraphs})")
    chosen = _check_layouts(layouts)
    for name, flag in (("with_speech", with_speech), ("with_noise", with_noise), ("plain", plain)):
        if not isinstance(flag, bool):
            raise InvalidArgument(f"{name} must be a bool (got {flag!r})")
    return _article_draft(
        min_paragraphs=min_paragraphs,
        max_paragraphs=max_paragraphs,
        layouts=chosen,
        with_speech=with_speech,
        with_noise=with_noise,
        plain=plain,
    ).map(render_article)
