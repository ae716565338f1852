"""A human-readable outline of an :class:`~arnews.model.Article` (the CLI's ``--outline``)."""

from __future__ import annotations

from arnews.model import Article, Span

__all__ = ["outline"]


def _show(span: Span | None, width: int) -> str:
    if span is None:
        return "-"
    text = " ".join(span.text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def outline(article: Article, width: int = 70) -> str:
    """One line per block (kind, offsets, text), then one block of lines per attribution."""
    lines = [f"{b.kind:<12}{b.start:>6}:{b.end:<6} {_show(b, width)}" for b in article.blocks]
    for c in article.captions:
        lines.append(f"{'credit':<12}{'':13} {_show(c.credit, width)}  ← {_show(c, 30)}")
    if article.dateline is not None or article.byline is not None:
        lines.append(f"{'dateline':<12}{'':13} {_show(article.dateline, width)}")
        lines.append(f"{'byline':<12}{'':13} {_show(article.byline, width)}")
    if article.source_line is not None:
        lines.append(f"{'sources':<12}{'':13} " + " | ".join(_show(s, width) for s in article.source_line.sources))
    for i, a in enumerate(article.speech):
        speaker = _show(a.speaker, width)
        if a.speaker is None and a.speaker_of is not None:
            speaker = f"(continues #{a.speaker_of})"
        lines.append(f"speech #{i} {a.kind}")
        lines.append(f"    cue      {_show(a.cue, width)}")
        lines.append(f"    speaker  {speaker}")
        if a.via is not None:
            lines.append(f"    via      {_show(a.via, width)}")
        lines.append(f"    content  {_show(a.content, width)}")
    return "\n".join(lines) + "\n"
