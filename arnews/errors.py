"""The exceptions arnews raises; each is also a builtin, so callers may catch either."""

from __future__ import annotations

__all__ = ["ArnewsError", "DecodingError", "InputTypeError", "InvalidSpanError"]


class ArnewsError(Exception):
    """Root of every error arnews raises on purpose."""


class InputTypeError(ArnewsError, TypeError):
    """The input is not a ``str`` (or, for :func:`arnews.parse_bytes`, not bytes)."""


class DecodingError(ArnewsError, ValueError):
    """Bytes given to :func:`arnews.parse_bytes` are not valid UTF-8."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset
        """Byte offset of the first byte that could not be decoded."""


class InvalidSpanError(ArnewsError, ValueError):
    """A span's offsets are impossible or do not slice to its text."""
