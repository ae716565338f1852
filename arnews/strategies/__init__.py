"""Hypothesis strategies for Arabic news text, with the structure expected in it.

Users test their scrapers and pipelines with these; arnews tests itself
with them. Every strategy draws a structure first and renders it to text
afterwards, so expected offsets are exact and failing examples shrink to
short, plain articles.

>>> from arnews.strategies import articles
>>> strategy = articles(max_paragraphs=3, layouts=["clean"])

Needs Hypothesis: ``pip install 'arnews[strategies]'``.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "arnews.strategies needs Hypothesis; install it with: pip install 'arnews[strategies]'"
    ) from exc

from arnews.strategies._articles import LAYOUTS, articles
from arnews.strategies._blocks import captions, headlines, source_lines
from arnews.strategies._results import (
    Layout,
    RenderedArticle,
    RenderedCaption,
    RenderedHeadline,
    RenderedSourceLine,
    RenderedSpeech,
)
from arnews.strategies._speech import SpeechForm, speech
from arnews.strategies._text import arabic_text

__all__ = [
    "LAYOUTS",
    "Layout",
    "RenderedArticle",
    "RenderedCaption",
    "RenderedHeadline",
    "RenderedSourceLine",
    "RenderedSpeech",
    "SpeechForm",
    "arabic_text",
    "articles",
    "captions",
    "headlines",
    "source_lines",
    "speech",
]
