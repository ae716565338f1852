r"""arnews: the structure and the attributed speech of Arabic news articles.

>>> import arnews
>>> article = arnews.parse("الوزير: سنفتح المعبر غدا\n\nوقال الوزير إن المعبر سيفتح غدا.")
>>> article.headline.text
'الوزير: سنفتح المعبر غدا'
"""

from __future__ import annotations

from arnews.article import decode, parse, parse_bytes
from arnews.batch import RecordError, parse_many
from arnews.checks import article_problems, check_article
from arnews.errors import ArnewsError, DecodingError, InputTypeError, InvalidSpanError
from arnews.layout import Layout, parse_caption, parse_dateline, parse_headline, parse_layout, parse_source_line
from arnews.model import Article, Attribution, Block, BlockKind, Caption, SourceLine, Span, SpeechKind
from arnews.speech import parse_speech
from arnews.text import NormalizedText, normalize

__version__ = "0.3.0"

__all__ = [
    "ArnewsError",
    "Article",
    "Attribution",
    "Block",
    "BlockKind",
    "Caption",
    "DecodingError",
    "InputTypeError",
    "InvalidSpanError",
    "Layout",
    "NormalizedText",
    "RecordError",
    "SourceLine",
    "Span",
    "SpeechKind",
    "__version__",
    "article_problems",
    "check_article",
    "decode",
    "normalize",
    "parse",
    "parse_bytes",
    "parse_caption",
    "parse_dateline",
    "parse_headline",
    "parse_layout",
    "parse_many",
    "parse_source_line",
    "parse_speech",
]
