"""Throughput of ``arnews.parse`` on real news, as ratios against a ``\\w+`` scan run on the same texts.

Run from the project root (the corpora are read from ``../shared/corpus`` at
run time and never copied into the project)::

    python benchmarks/bench_parse.py                  # every SaudiNewsNet article (31,030)
    python benchmarks/bench_parse.py --limit 3000     # a quick run on an even sample
    python benchmarks/bench_parse.py --corpus ../shared/corpus/ant-multisource.jsonl.gz
    python benchmarks/bench_parse.py --limit 0 --repeats 0   # crash hunt over every article

First a streaming pass reads the ``.gz`` line by line and parses each
article, measuring the peak memory of the process (``ru_maxrss``) and, with
``--tracemalloc``, the peak of Python allocations (a separate pass: tracing
slows parsing several times, so it is never timed). Then the corpus is
loaded, parsed once untimed (warm-up and crash hunt: articles that raise or
break an invariant are listed and left out of the timing), and every runner
below goes over the same texts, ``--repeats`` times in turn; the best pass
counts:

- ``baseline``: ``regex.finditer(r"\\w+")`` over the text, counting matches,
  the floor any reader of the text pays (issue 6: parse at most 6x this);
- ``normalize``: :func:`arnews.normalize` alone;
- ``naive``: split into lines with ``regex`` and run one ``قال.{0,200}?إن``
  pattern per line, what a quick script would do;
- ``parse-no-speech``: :func:`arnews.parse` with the speech layer switched
  off, so that ``parse / parse-no-speech`` is the cost of speech (issue 4:
  at most 3x);
- ``parse``: the whole thing.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import os
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import regex
from _corpus import SHARED_CORPUS, article_problems, load, read_records

import arnews
import arnews.article

__all__ = ["main"]

SPEECH_COST_BOUND = 3.0
"""Issue 4: the speech layer may slow parse by at most this factor."""
BASELINE_BOUND = 6.0
"""Issue 6: parse may take at most this many times the ``\\w+`` scan."""
DEFAULT_CORPUS = SHARED_CORPUS / "saudinewsnet.jsonl.gz"
"""The corpus the benchmark runs over by default (every article of it)."""

_LINE_SPLIT_RE = regex.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_NAIVE_SAID_RE = regex.compile(r"قال.{0,200}?إن")
_WORD_RE = regex.compile(r"\w+")


def _baseline(text: str) -> int:
    """The baseline: scan the text for ``\\w+`` runs and count them."""
    count = 0
    for _ in _WORD_RE.finditer(text):
        count += 1
    return count


def _naive(text: str) -> object:
    """The naive baseline: lines, and one reporting-verb pattern per line."""
    return [_NAIVE_SAID_RE.findall(line) for line in _LINE_SPLIT_RE.split(text)]


def _no_speech(*_args: object, **_kwargs: object) -> tuple[()]:
    """Stand-in for the speech layer: finds nothing, costs nothing."""
    return ()


@contextlib.contextmanager
def _speech_off() -> Iterator[None]:
    """Switch the speech layer of :func:`arnews.parse` off for the duration."""
    if not hasattr(arnews.article, "find_speech"):
        raise SystemExit("arnews.article.find_speech is gone: update _speech_off() to the new wiring")
    original = arnews.article.find_speech
    arnews.article.find_speech = _no_speech
    try:
        yield
    finally:
        arnews.article.find_speech = original


Runner = tuple[str, Callable[[str], object], Callable[[], contextlib.AbstractContextManager[None]]]

RUNNERS: tuple[Runner, ...] = (
    ("baseline", _baseline, contextlib.nullcontext),
    ("normalize", arnews.normalize, contextlib.nullcontext),
    ("naive", _naive, contextlib.nullcontext),
    ("parse-no-speech", arnews.parse, _speech_off),
    ("parse", arnews.parse, contextlib.nullcontext),
)


def _timed_pass(func: Callable[[str], object], texts: Sequence[str]) -> list[float]:
    """Seconds taken by ``func`` on each text, garbage collection paused as in ``timeit``."""
    clock = time.perf_counter
    times = []
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            t0 = clock()
            func(text)
            times.append(clock() - t0)
    finally:
        gc.enable()
    return times


def _crash_hunt(records: Sequence[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[str]]:
    """Parse every record once (the warm-up); keep those that parse cleanly, report the others."""
    clean: list[tuple[str, str]] = []
    failures: list[str] = []
    for ident, text in records:
        try:
            problems = article_problems(arnews.parse(text))
        except Exception as exc:  # the point is to list every crash
            failures.append(f"{ident}: raised {type(exc).__name__}: {exc}")
            continue
        if problems:
            failures.append(f"{ident}: {'; '.join(problems[:3])}")
        else:
            clean.append((ident, text))
    return clean, failures


def _fmt_rate(value: float) -> str:
    """``12.3M`` / ``45.6k`` / ``789``."""
    for scale, unit in ((1e6, "M"), (1e3, "k")):
        if value >= scale:
            return f"{value / scale:.1f}{unit}"
    return f"{value:.0f}"


def _max_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (``ru_maxrss`` is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_pass(path: Path, limit: int, trace: bool) -> None:
    """Stream ``path`` line by line, parsing each article, and print the peak memory.

    Run before the corpus is loaded for timing, so that ``ru_maxrss`` is the
    peak of streaming alone. With ``trace`` a second streaming pass runs under
    ``tracemalloc`` (several times slower, never timed) and reports the peak
    of Python allocations, which does not count the interpreter itself.
    """
    before = _max_rss_mb()
    count = chars = 0
    for _, text in itertools.islice(read_records(path), limit or None):
        arnews.parse(text)
        count += 1
        chars += len(text)
    print(
        f"   memory, streaming the first {count} articles ({chars / 1e6:.1f}M chars) from the file:"
        f" peak RSS {_max_rss_mb():.0f} MB (after imports: {before:.0f} MB)"
    )
    if not trace:
        return
    tracemalloc.start()
    for _, text in itertools.islice(read_records(path), limit or None):
        arnews.parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"   memory, same stream under tracemalloc: peak Python allocations {peak / 2**20:.1f} MB")


def bench_corpus(path: Path, limit: int, repeats: int, slowest: int) -> dict[str, float]:
    """Benchmark one corpus and print its table; return the best total seconds of each runner.

    With ``repeats == 0`` only the crash hunt runs.
    """
    records = load(path, limit)
    started = time.perf_counter()
    clean, failures = _crash_hunt(records)
    hunt_s = time.perf_counter() - started
    texts = [text for _, text in clean]
    chars = sum(len(t) for t in texts)
    print(f"\n== {path.name}: {len(records)} articles, {chars / 1e6:.2f}M characters parsed cleanly")
    print(f"   crash hunt: {len(failures)} failures ({hunt_s:.1f} s, parse + invariant checks)")
    for failure in failures[:20]:
        print(f"   FAIL {failure}")
    if len(failures) > 20:
        print(f"   ... and {len(failures) - 20} more failures")
    if not texts or repeats == 0:
        return {"failures": len(failures)}

    best: dict[str, float] = {}
    per_article: list[float] = [float("inf")] * len(texts)
    for _ in range(repeats):
        for name, func, context in RUNNERS:
            with context():
                times = _timed_pass(func, texts)
            best[name] = min(best.get(name, float("inf")), sum(times))
            if name == "parse":
                per_article = [min(a, b) for a, b in zip(per_article, times, strict=True)]

    parse_s, base_s = best["parse"], best["baseline"]
    print(f"   {'runner':<16} {'best s':>8} {'chars/s':>9} {'articles/s':>11} {'time / baseline':>16}")
    for name, _, _ in RUNNERS:
        secs = best[name]
        print(
            f"   {name:<16} {secs:8.3f} {_fmt_rate(chars / secs):>9} {_fmt_rate(len(texts) / secs):>11}"
            f" {secs / base_s:15.2f}x"
        )
    ratio = parse_s / base_s
    verdict = "ok" if ratio <= BASELINE_BOUND else "OVER BOUND"
    print(f"   parse / baseline = {ratio:.2f}x (bound {BASELINE_BOUND:.0f}x: {verdict})")
    cost = parse_s / best["parse-no-speech"]
    verdict = "ok" if cost <= SPEECH_COST_BOUND else "OVER BOUND"
    print(f"   speech cost: parse / parse-no-speech = {cost:.2f}x (bound {SPEECH_COST_BOUND:.0f}x: {verdict})")
    print(f"   slowest {slowest} articles (parse, best of {repeats}):")
    order = sorted(range(len(texts)), key=per_article.__getitem__, reverse=True)
    for i in order[:slowest]:
        ms = per_article[i] * 1e3
        rate = _fmt_rate(len(texts[i]) / per_article[i])
        print(f"     {clean[i][0]:<48} {ms:8.2f} ms {len(texts[i]):8d} chars {rate:>7} chars/s")
    best["chars"] = chars
    best["articles"] = len(texts)
    best["failures"] = len(failures)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; exit status 1 when an article fails to parse cleanly."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--corpus", type=Path, action="append", help="a .jsonl(.gz) corpus; repeat for several (default: SaudiNewsNet)"
    )
    parser.add_argument("--limit", type=int, default=0, help="articles per corpus, spread evenly; 0 = all (default)")
    parser.add_argument(
        "--repeats", type=int, default=1, help="timed passes per runner, the best counts; 0 = crash hunt only"
    )
    parser.add_argument("--slowest", type=int, default=5, help="how many of the slowest articles to list")
    parser.add_argument("--no-memory", action="store_true", help="skip the streaming memory pass")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (a slow extra pass)")
    args = parser.parse_args(argv)

    corpora = args.corpus or [DEFAULT_CORPUS]
    load1, load5, _ = os.getloadavg()
    print(
        f"arnews {arnews.__version__}, Python {sys.version.split()[0]}, best of {args.repeats} timed passes,"
        f" load average {load1:.2f} / {load5:.2f} (1 / 5 min) on {os.cpu_count()} cores"
    )
    for path in corpora:
        if not path.exists():
            print(f"\n== {path}: not found, skipped")
    corpora = [path for path in corpora if path.exists()]
    if not args.no_memory:
        # before anything is loaded, so that the peak RSS is that of streaming alone
        for path in corpora:
            print(f"\n== {path.name}: streaming pass")
            memory_pass(path, args.limit, args.tracemalloc)
    totals: dict[str, float] = {}
    for path in corpora:
        for key, value in bench_corpus(path, args.limit, args.repeats, args.slowest).items():
            totals[key] = totals.get(key, 0.0) + value
    if len(corpora) > 1 and totals.get("parse"):
        print(f"\n== all corpora: {totals['articles']:.0f} articles, {totals['chars'] / 1e6:.2f}M characters")
        print(
            f"   parse: {_fmt_rate(totals['chars'] / totals['parse'])} chars/s,"
            f" {_fmt_rate(totals['articles'] / totals['parse'])} articles/s"
        )
        for name in ("baseline", "normalize", "naive", "parse-no-speech"):
            print(f"   parse time / {name} time = {totals['parse'] / totals[name]:.2f}x")
    return 1 if totals.get("failures") else 0


if __name__ == "__main__":
    sys.exit(main())
