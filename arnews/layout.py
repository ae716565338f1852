"""Article layout: split the text into blocks and give each block its role.

First version: the first non-empty line is the headline, every other line
a paragraph. (Replaced by the full layout parser.)
"""

from __future__ import annotations

import attrs
import regex

from arnews.model import Block, Caption, SourceLine, Span
from arnews.text import NormalizedText

__all__ = ["Layout", "parse_layout"]

_LINE_RE = regex.compile(r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_TRIM_RE = regex.compile(r"\S(?:.*\S)?", flags=regex.DOTALL)


@attrs.frozen
class Layout:
    """The structural parts of an article, before speech is found."""

    blocks: tuple[Block, ...] = ()
    headline: Span | None = None
    captions: tuple[Caption, ...] = ()
    dateline: Span | None = None
    byline: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    source_line: SourceLine | None = None


def parse_layout(view: NormalizedText) -> Layout:
    """Find the blocks of ``view.original`` and their roles."""
    text = view.original
    blocks: list[Block] = []
    for line in _LINE_RE.finditer(text):
        trimmed = _TRIM_RE.search(line.group())
        if trimmed is None:
            continue
        start = line.start() + trimmed.start()
        end = line.start() + trimmed.end()
        kind = "headline" if not blocks else "paragraph"
        blocks.append(Block(start, end, text[start:end], kind))
    headline = next((Span(b.start, b.end, b.text) for b in blocks if b.kind == "headline"), None)
    paragraphs = tuple(Span(b.start, b.end, b.text) for b in blocks if b.kind == "paragraph")
    return Layout(blocks=tuple(blocks), headline=headline, paragraphs=paragraphs)
