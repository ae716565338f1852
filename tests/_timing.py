"""Timing helpers for the linear-time regression tests: ratios of best times, never absolute times."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

__all__ = ["best_time", "growth_ratio"]


def best_time(func: Callable[[str], object], text: str, repeats: int = 3, *, collect: bool = True) -> float:
    """The fastest of ``repeats`` runs of ``func`` on ``text``, garbage collection paused (after a collection).

    Collection is paused because its cost grows with the live objects, not with the work measured.
    """
    best = float("inf")
    if collect:
        gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            start = time.perf_counter()
            func(text)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def growth_ratio(func: Callable[[str], object], small: str, large: str, bound: float) -> tuple[float, float]:
    """Best times of ``func`` on ``small`` and ``large``; measured once more when the ratio reaches ``bound``.

    A second round only runs when the first looks superlinear, which on a busy machine is often noise.
    """
    t1 = t4 = float("inf")
    for _ in range(2):
        t1 = min(t1, best_time(func, small))
        t4 = min(t4, best_time(func, large))
        if t4 / t1 < bound:
            break
    return t1, t4
