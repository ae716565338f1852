"""Text assembly that remembers where each written piece landed."""

from __future__ import annotations

from arnews.model import Span

__all__ = ["Mark", "Writer", "span_of"]

#: A half-open ``(start, end)`` range of the text being written.
Mark = tuple[int, int]


class Writer:
    """Append strings and get back their offsets, so expected spans are exact by construction."""

    __slots__ = ("_parts", "pos")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.pos = 0

    def put(self, piece: str) -> Mark:
        """Append ``piece``; return where it sits in the final text."""
        start = self.pos
        self._parts.append(piece)
        self.pos += len(piece)
        return (start, self.pos)

    def text(self) -> str:
        """Everything written so far."""
        return "".join(self._parts)


def span_of(text: str, mark: Mark) -> Span:
    """The :class:`~arnews.model.Span` of ``text`` at ``mark``."""
    return Span.of(text, mark[0], mark[1])
