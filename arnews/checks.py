"""The contract of a parse result, checked in full: for tests, crash hunts and data pipelines.

:func:`arnews.parse` builds its results so that the contract holds by
construction and does not re-check them (that would cost a tenth of the parse).
:func:`article_problems` lists every way an :class:`~arnews.model.Article`
breaks it; :func:`check_article` raises on the first list that is not empty.
Both are cheap enough to run on every article of a corpus.
"""

from __future__ import annotations

from arnews.errors import InvalidSpanError
from arnews.model import BLOCK_KINDS, SPEECH_KINDS, Article, span_problems

__all__ = ["article_problems", "check_article"]


def article_problems(article: Article) -> list[str]:
    """Every way ``article`` breaks the contract; an empty list when it holds.

    - every span slices the text: ``text[s.start:s.end] == s.text``;
    - blocks are non-empty, of a known kind, in order and disjoint, and
      every non-space character of the text lies in exactly one of them;
    - each attribution is of a known kind, its parts lie inside it, and its
      ``speaker_of`` points to an earlier attribution.
    """
    text = article.text
    problems = span_problems(article)
    pos = 0
    for i, block in enumerate(article.blocks):
        if block.kind not in BLOCK_KINDS:
            problems.append(f"blocks[{i}] has the unknown kind {block.kind!r}")
        if block.start >= block.end:
            problems.append(f"blocks[{i}] is empty ({block.start}:{block.end})")
        if block.start < pos:
            problems.append(f"blocks[{i}] starts at {block.start}, inside or before the block before it (ends {pos})")
        else:
            problems.extend(_uncovered(text, pos, block.start))
        pos = max(pos, block.end)
    problems.extend(_uncovered(text, pos, len(text)))
    problems += [
        f"speech[{i}] has the unknown kind {act.kind!r}"
        for i, act in enumerate(article.speech)
        if act.kind not in SPEECH_KINDS
    ]
    return problems


def check_article(article: Article) -> None:
    """Raise :class:`~arnews.errors.InvalidSpanError` naming every broken rule of :func:`article_problems`."""
    problems = article_problems(article)
    if problems:
        raise InvalidSpanError("; ".join(problems))


def _uncovered(text: str, start: int, end: int) -> list[str]:
    """A problem for the first non-space character of ``text[start:end]``, which no block covers."""
    stripped = text[start:end].lstrip()
    if not stripped:
        return []
    i = end - len(stripped)
    return [f"character {i} ({text[i]!r}) is in no block"]
