#!/usr/bin/env python3
"""Parse every SaudiNewsNet article through ``arnews.parse`` and check the block invariants.

Usage (from the project root)::

    python scripts/corpus_check.py [--corpus ../shared/corpus/saudinewsnet.jsonl.gz] [--limit N]

Each text is built as the evaluation builds it (``title + "\\n\\n" + content``).
For every article it checks that blocks are in order, never overlap, never
start or end with whitespace, slice the text, have a valid kind, and cover
every non-space character exactly once; that headline, captions, paragraphs
and the source line are blocks of the matching kind. It prints the counts of
exceptions and violations (with a few examples) and exits non-zero on any.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import arnews
from arnews.checks import article_problems
from arnews.model import Article, Span

__all__ = ["check_article", "main"]

_DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "saudinewsnet.jsonl.gz"


def check_article(article: Article) -> list[str]:
    """Every way ``article`` breaks the contract (:func:`arnews.checks.article_problems`), plus two
    rules of clean news text: blocks are trimmed, and the headline, captions, paragraphs and source
    line are whole blocks of their kind (an empty list when all hold)."""
    problems = article_problems(article)
    for i, b in enumerate(article.blocks):
        if not b.text or b.text[0].isspace() or b.text[-1].isspace():
            problems.append(f"blocks[{i}] is empty or starts/ends with whitespace")
    by_range = {(b.start, b.end): b.kind for b in article.blocks}
    expected: list[tuple[str, Span | None, str]] = [("headline", article.headline, "headline")]
    expected += [(f"captions[{i}]", c, "caption") for i, c in enumerate(article.captions)]
    expected += [(f"paragraphs[{i}]", p, "paragraph") for i, p in enumerate(article.paragraphs)]
    expected.append(("source_line", article.source_line, "source_line"))
    for where, span, kind in expected:
        if span is not None and by_range.get((span.start, span.end)) != kind:
            problems.append(f"{where} is not a block of kind {kind!r}")
    return problems


def _texts(path: Path, limit: int | None) -> Iterator[tuple[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            row = json.loads(line)
            yield str(row.get("id", n)), f"{row.get('title') or ''}\n\n{row.get('content') or ''}"


def main(argv: list[str] | None = None) -> int:
    """Run the check; the exit status is 1 when any article raised or broke the contract."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=_DEFAULT)
    ap.add_argument("--limit", type=int, default=None, help="check only the first N articles")
    ap.add_argument("--examples", type=int, default=10, help="examples of each failure to print")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    n = exceptions = violating = 0
    kinds: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    shown = 0
    for art_id, text in _texts(args.corpus, args.limit):
        n += 1
        try:
            article = arnews.parse(text)
        except Exception as exc:  # counting every failure is the point
            exceptions += 1
            if shown < args.examples:
                print(f"{art_id}: parse raised {type(exc).__name__}: {exc}")
                shown += 1
            continue
        problems = check_article(article)
        if problems:
            violating += 1
            if shown < args.examples:
                print(f"{art_id}: {'; '.join(problems[:3])}")
                shown += 1
        kinds.update(b.kind for b in article.blocks)
        parts.update(
            name
            for name, present in (
                ("headline", article.headline),
                ("dateline", article.dateline),
                ("byline", article.byline),
                ("source_line", article.source_line),
                ("captions", article.captions),
                ("speech", article.speech),
            )
            if present
        )
    elapsed = time.perf_counter() - t0
    print(f"articles {n}  exceptions {exceptions}  contract violations {violating}  time {elapsed:.1f} s")
    print("blocks by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("articles with: " + ", ".join(f"{k} {v}" for k, v in sorted(parts.items())))
    return 1 if exceptions or violating else 0


if __name__ == "__main__":
    sys.exit(main())
