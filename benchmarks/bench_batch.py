"""Batch throughput and streaming memory: ``parse_many`` with 1 vs 2 workers, and the CLI's peak RSS.

Usage (from the project root)::

    python benchmarks/bench_batch.py                 # the full SaudiNewsNet corpus
    python benchmarks/bench_batch.py --limit 3000    # a quick look
    python benchmarks/bench_batch.py --skip-cli      # parse_many only

1. ``parse_many`` speed: the texts (``title + "\\n\\n" + content``) are read
   into memory first, then parsed with ``workers=1`` and ``workers=2`` in the
   same run, segment by segment (``--segments``, alternating which goes
   first), so that a load that comes and goes on the shared machine weighs
   on both; the figure is the ratio of the summed wall times, pool start-up
   included (the load average is printed alongside).
2. CLI memory (measured first, while this process has no other children):
   ``python -m arnews --jsonl CORPUS.jsonl.gz`` runs in a child process,
   reading the ``.gz`` directly (the CLI streams gzip input) and writing to
   ``/dev/null``; its peak resident set size is the child's ``ru_maxrss``
   from ``resource.getrusage(RUSAGE_CHILDREN)`` (Linux: KiB; the largest
   process of the CLI's tree, the CLI itself or one of its workers).
3. ``--costs N``: the per-article CPU costs that decide the ratio, measured
   in this one process with ``time.process_time`` (best of three passes over
   N articles taken evenly from the corpus, garbage collection paused), so
   that they hold on a busy machine: (a) ``parse``; (b) the worker's extra
   work (reading the chunk it is sent, packing and pickling the results);
   (c) the calling process's (pickling the chunk to send, unpickling and
   rebuilding the articles). With ``workers=2`` the caller parses about
   half the chunks itself (no b or c for those) and the one worker process
   the other half, so two cores can at best reach
   ``2a / (a + (b + c) / 2)``; the pool's own bookkeeping (its threads, the
   pipe) comes on top of (c).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import os
import pickle
import resource
import subprocess
import sys
import time
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

import arnews
from arnews.batch import DEFAULT_CHUNKSIZE, _received_texts, _send_texts, _unpack_articles, parse_many
from arnews.model import _pack

__all__ = ["cli_peak_rss", "interleaved", "main", "read_texts", "round_trip_costs", "time_parse_many"]

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "saudinewsnet.jsonl.gz"
"""SaudiNewsNet, the corpus issue 6 is measured on (evaluation data, read at run time only)."""


def read_texts(path: Path, limit: int | None) -> list[str]:
    """``title + "\\n\\n" + content`` of the first ``limit`` records (all when None)."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        records = (json.loads(line) for line in lines if line.strip())
        return [f"{r.get('title') or ''}\n\n{r.get('content') or ''}" for r in itertools.islice(records, limit)]


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def time_parse_many(texts: list[str], workers: int) -> tuple[float, float, float]:
    """``(wall, this process's CPU, workers' CPU)`` seconds of consuming ``parse_many(texts, workers=workers)``.

    The results are dropped as they come. Worker CPU is counted once the pool
    has been joined (``parse_many`` joins it when exhausted).
    """
    cpu_self, cpu_children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    count = 0
    for _ in parse_many(texts, workers=workers):
        count += 1
    elapsed = time.perf_counter() - start
    if count != len(texts):
        raise SystemExit(f"parse_many gave {count} articles for {len(texts)} texts")
    return elapsed, _cpu(resource.RUSAGE_SELF) - cpu_self, _cpu(resource.RUSAGE_CHILDREN) - cpu_children


def cli_peak_rss(path: Path, workers: int) -> tuple[float, int]:
    """``(seconds, peak RSS in KiB)`` of the CLI streaming ``path`` to /dev/null in a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "arnews",
            "--jsonl",
            str(path),
            "--text-field",
            "content",
            "--title-field",
            "title",
            "--workers",
            str(workers),
            "-o",
            os.devnull,
        ],
        capture_output=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"CLI failed ({result.returncode}): {result.stderr.decode('utf-8', 'replace')[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak <= before:
        print("  (peak RSS not above an earlier child's: the figure is an upper bound)")
    return elapsed, peak


def interleaved(texts: list[str], segments: int) -> tuple[list[float], list[float]]:
    """Summed ``time_parse_many`` figures ``(workers=1, workers=2)`` over ``segments`` slices, alternating the order."""
    one, two = [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]
    size = -(-len(texts) // segments)
    for k in range(segments):
        part = texts[k * size : (k + 1) * size]
        order = [(2, two), (1, one)] if k % 2 else [(1, one), (2, two)]
        for workers, total in order:
            for i, value in enumerate(time_parse_many(part, workers)):
                total[i] += value
    return one, two


def round_trip_costs(texts: list[str], chunksize: int = DEFAULT_CHUNKSIZE, passes: int = 3) -> dict[str, float]:
    """Microseconds per article of (a) parse, (b) worker overhead, (c) caller overhead, and bytes each way.

    Each stage runs over all chunks in turn, as ``parse_many(workers=2)`` does
    it across processes, and the best of ``passes`` counts. The texts are
    copied before each pass, so that no pass finds UTF-8 already cached.
    """
    best = {"parse": float("inf"), "worker": float("inf"), "caller": float("inf")}
    clock = time.process_time
    sizes = (0, 0)
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(passes):
            fresh = [text + " " for text in texts]
            chunks = [fresh[i : i + chunksize] for i in range(0, len(fresh), chunksize)]
            start = clock()
            tasks = [bytes(ForkingPickler.dumps(_send_texts(chunk))) for chunk in chunks]
            send = clock() - start
            start = clock()
            received = [_received_texts(pickle.loads(task)) for task in tasks]
            take = clock() - start
            start = clock()
            parsed = [[arnews.parse(text) for text in chunk] for chunk in received]
            parse = clock() - start
            start = clock()
            pairs = zip(parsed, received, strict=True)
            results = [bytes(ForkingPickler.dumps(_pack(arts, sent=chunk))) for arts, chunk in pairs]
            pack = clock() - start
            start = clock()
            back = [_unpack_articles(pickle.loads(r), chunk) for r, chunk in zip(results, chunks, strict=True)]
            rebuild = clock() - start
            if [a.text for chunk in back for a in chunk] != fresh:
                raise SystemExit("the round trip lost or reordered articles")
            for key, seconds in (("parse", parse), ("worker", take + pack), ("caller", send + rebuild)):
                best[key] = min(best[key], seconds)
            sizes = (sum(map(len, tasks)), sum(map(len, results)))
    finally:
        if gc_was_enabled:
            gc.enable()
    n = len(texts)
    costs = {key: seconds / n * 1e6 for key, seconds in best.items()}
    costs["bytes_sent"], costs["bytes_back"] = sizes[0] / n, sizes[1] / n
    return costs


def _even_sample(texts: list[str], count: int) -> list[str]:
    """``count`` texts spread evenly over ``texts`` (the corpus is grouped by outlet)."""
    step = len(texts) / count
    return [texts[int(i * step)] for i in range(min(count, len(texts)))]


def main() -> None:
    """Run both measurements and print them."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N records for the speed ratio")
    ap.add_argument("--skip-cli", action="store_true", help="skip the CLI memory run")
    ap.add_argument("--cli-workers", type=int, default=1)
    ap.add_argument("--skip-speed", action="store_true", help="skip the parse_many ratio")
    ap.add_argument("--segments", type=int, default=4, help="slices the ratio alternates over")
    ap.add_argument("--costs", type=int, default=0, metavar="N", help="per-article CPU costs on N articles, then stop")
    args = ap.parse_args()

    if args.costs:
        sample = _even_sample(read_texts(args.corpus, None), args.costs)
        c = round_trip_costs(sample)
        a, b, overhead = c["parse"], c["worker"], c["caller"]
        print(f"{len(sample)} articles, chunksize {DEFAULT_CHUNKSIZE}, load average {os.getloadavg()}")
        print(f"(a) parse {a:.1f} us, (b) worker overhead {b:.1f} us, (c) caller overhead {overhead:.1f} us")
        print(f"bytes per article: {c['bytes_sent']:.0f} sent, {c['bytes_back']:.0f} back")
        bound = 2 * a / (a + (b + overhead) / 2)
        print(f"best possible workers=2 / workers=1 on two cores: 2a / (a + (b + c) / 2) = {bound:.2f}x")
        return

    print(f"arnews {arnews.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    if not args.skip_cli:
        print(f"load average: {os.getloadavg()}")
        seconds, peak_kib = cli_peak_rss(args.corpus, args.cli_workers)
        print(
            f"CLI --jsonl (workers={args.cli_workers}) over {args.corpus.name}: {seconds:.1f} s, "
            f"peak RSS {peak_kib / 1024:.1f} MiB (largest single process)"
        )
    if args.skip_speed:
        return
    texts = read_texts(args.corpus, args.limit)
    print(f"{len(texts)} articles, {sum(map(len, texts)) / 1e6:.1f} M characters")
    print(f"load average before: {os.getloadavg()}")
    one, two = interleaved(texts, args.segments)
    print(f"parse_many workers=1: {one[0]:.1f} s wall ({len(texts) / one[0]:.0f} articles/s), {one[1]:.1f} s CPU")
    print(
        f"parse_many workers=2: {two[0]:.1f} s wall ({len(texts) / two[0]:.0f} articles/s), "
        f"CPU {two[1]:.1f} s in this process + {two[2]:.1f} s in the workers"
    )
    print(f"speed-up workers=2 / workers=1 (wall): {one[0] / two[0]:.2f}x")
    # what two free cores would give: the CPU work of workers=2 spread over both, or the parent's share if larger
    ceiling = one[1] / max(two[1], (two[1] + two[2]) / 2)
    print(f"speed-up on two idle cores, from CPU time: {ceiling:.2f}x (workers=1 CPU / workers=2 CPU per core)")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
