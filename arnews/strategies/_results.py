"""The values the strategies return: rendered text and the structure expected in it."""

from __future__ import annotations

from typing import Literal

import attrs

from arnews.model import Article, Attribution, Block, Caption, SourceLine, Span

__all__ = [
    "Layout",
    "RenderedArticle",
    "RenderedCaption",
    "RenderedHeadline",
    "RenderedSourceLine",
    "RenderedSpeech",
]

#: The shapes of article text the strategies can render.
Layout = Literal["clean", "corpus", "page"]


@attrs.frozen
class RenderedHeadline:
    """One headline line and the speech it carries (``الوزير: ...``), if any."""

    text: str
    """The headline as written, one line."""
    speech: Attribution | None = None
    """The headline's speech act (the colon is its cue), or ``None``."""


@attrs.frozen
class RenderedCaption:
    """One photo caption and its expected parts."""

    text: str
    """The caption as written, credit in brackets at its end."""
    caption: Caption
    """The expected caption; its ``credit`` is the text inside the brackets."""


@attrs.frozen
class RenderedSourceLine:
    """One closing source line (``المصدر : الجزيرة + وكالات``) and its expected parts."""

    text: str
    """The line as written."""
    source_line: SourceLine
    """The expected source line with one span per credited source."""


@attrs.frozen
class RenderedSpeech:
    """A reporting sentence and the attributions a parser should find in it."""

    text: str
    """The sentence as written."""
    speech: tuple[Attribution, ...]
    """Its acts in order; ``speaker_of`` indexes into this tuple."""


@attrs.frozen
class RenderedArticle:
    """A rendered article: its text, the layout it was rendered in, and every expected part.

    All spans are offsets into :attr:`text`; :meth:`expected` packs them as an
    :class:`~arnews.model.Article` for comparison with ``arnews.parse(text)``.
    """

    text: str
    """The article text."""
    layout: Layout
    """``clean``, ``corpus`` or ``page``."""
    headline: Span
    """The headline line."""
    blocks: tuple[Block, ...] = ()
    """Every line or paragraph with its role; page furniture is ``other``."""
    captions: tuple[Caption, ...] = ()
    """Photo captions of the article (not those of teasers), with credits."""
    dateline: Span | None = None
    """The place/agency opener, without a trailing colon or dash."""
    byline: Span | None = None
    """The writer or desk line."""
    paragraphs: tuple[Span, ...] = ()
    """Body paragraphs, whole (an inline dateline stays inside the first)."""
    source_line: SourceLine | None = None
    """The closing source line with its sources."""
    speech: tuple[Attribution, ...] = ()
    """Every speech act in document order; ``speaker_of`` points to the explicit mention continued."""

    @property
    def noise(self) -> tuple[Span, ...]:
        """Page furniture lines (navigation, link lists, video lengths, alt text, teasers)."""
        return tuple(Span(b.start, b.end, b.text) for b in self.blocks if b.kind == "other")

    def expected(self) -> Article:
        """The expected parse as an :class:`~arnews.model.Article`."""
        return Article(
            text=self.text,
            blocks=self.blocks,
            headline=self.headline,
            captions=self.captions,
            dateline=self.dateline,
            byline=self.byline,
            paragraphs=self.paragraphs,
            source_line=self.source_line,
            speech=self.speech,
        )
