"""Attributed speech: who said what, with which cue, through which agency.

First version: finds nothing. (Replaced by the full speech parser.)
"""

from __future__ import annotations

from collections.abc import Sequence

from arnews.model import Attribution, Block
from arnews.text import NormalizedText

__all__ = ["find_speech"]


def find_speech(view: NormalizedText, blocks: Sequence[Block]) -> tuple[Attribution, ...]:
    """Every attribution in the headline and body blocks of ``view``."""
    del view, blocks
    return ()
