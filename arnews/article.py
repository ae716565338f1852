"""``parse``: run the layers over one article and assemble the frozen result."""

from __future__ import annotations

import codecs

from arnews.errors import DecodingError, InputTypeError
from arnews.layout import parse_layout
from arnews.model import Article, article_unchecked
from arnews.speech import find_speech
from arnews.text import normalize

__all__ = ["decode", "parse", "parse_bytes"]


def parse(text: str) -> Article:
    """Parse the plain text of one Arabic news article.

    Any ``str`` is accepted and parsed in time linear in its length; anything
    else raises :class:`~arnews.errors.InputTypeError` (a ``TypeError``).
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise InputTypeError(
                f"parse() takes a str (got {type(text).__name__}); decode the bytes first, "
                "or call arnews.parse_bytes() for UTF-8"
            )
        raise InputTypeError(f"parse() takes a str (got {type(text).__name__})")
    view = normalize(text)
    layout = parse_layout(view)
    skip = [s for s in (layout.dateline, layout.byline) if s is not None]
    # every part is a slice of ``text`` made by the parsers: no need to check them again
    return article_unchecked(
        text,
        blocks=layout.blocks,
        headline=layout.headline,
        captions=layout.captions,
        dateline=layout.dateline,
        byline=layout.byline,
        paragraphs=layout.paragraphs,
        source_line=layout.source_line,
        speech=find_speech(view, layout.blocks, skip=skip),
    )


def decode(data: bytes) -> str:
    """Decode UTF-8 ``data`` (a leading BOM is dropped), naming the byte offset of any error."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputTypeError(f"decode() takes bytes (got {type(data).__name__})")
    raw = bytes(data)
    try:
        return codecs.decode(raw, "utf-8-sig")
    except UnicodeDecodeError as exc:
        # utf-8-sig counts error positions after the BOM it has dropped
        offset = exc.start + (len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0)
        bad = raw[offset : offset + 4].hex(" ")
        raise DecodingError(f"invalid UTF-8 at byte offset {offset} (bytes {bad}): {exc.reason}", offset) from None


def parse_bytes(data: bytes) -> Article:
    """Decode UTF-8 ``data`` (with or without BOM) and :func:`parse` it.

    Offsets in the result count characters of the decoded text, BOM excluded.
    """
    return parse(decode(data))
