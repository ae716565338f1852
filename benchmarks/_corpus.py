"""Read the evaluation corpora at run time, and check parse results against the invariants.

The corpora live in ``../shared/corpus`` (evaluation data, never copied into
the project). Each record becomes ``(id, text)``: SaudiNewsNet records are
``title + "\\n\\n" + content``; the other corpora carry a ``text`` field.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import arnews

__all__ = ["DEFAULT_CORPORA", "SHARED_CORPUS", "article_problems", "load", "read_records"]

SHARED_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
"""Where the corpora sit relative to the project checkout (``../shared/corpus``)."""

DEFAULT_CORPORA = (
    SHARED_CORPUS / "saudinewsnet.jsonl.gz",
    SHARED_CORPUS / "ant-multisource.jsonl.gz",
    SHARED_CORPUS / "bbc-arabic-crawl.jsonl.gz",
)
"""The three corpora the benchmark runs over by default."""


def _record_text(record: dict[str, object]) -> str:
    """The article text of one record, in the shape the user has it."""
    text = record.get("text")
    if isinstance(text, str):
        return text
    title = record.get("title") or ""
    content = record.get("content") or ""
    return f"{title}\n\n{content}"


def read_records(path: Path) -> Iterator[tuple[str, str]]:
    """Every ``(id, text)`` of a ``.jsonl`` or ``.jsonl.gz`` corpus, in file order."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if not line.strip():
                continue
            record = json.loads(line)
            yield str(record.get("id", f"{path.name}:{number}")), _record_text(record)


def load(path: Path, limit: int | None) -> list[tuple[str, str]]:
    """Up to ``limit`` records of ``path`` spread evenly over the file (all when ``limit`` is falsy).

    Taking every k-th record rather than the first ``limit`` keeps every
    outlet of a corpus in the sample (the files are grouped by outlet).
    """
    records = list(read_records(path))
    if not limit or limit >= len(records):
        return records
    step = len(records) / limit
    return [records[int(i * step)] for i in range(limit)]


def article_problems(article: arnews.Article) -> list[str]:
    """What breaks the invariants: spans that do not slice, blocks that overlap or miss text.

    Every span must slice the text; blocks must be non-empty, in order and
    disjoint; every character outside all blocks must be whitespace.
    """
    text = article.text
    problems = [f"{where} does not slice the text" for where, span in article.spans() if not span.slices(text)]
    pos = 0
    for i, block in enumerate(article.blocks):
        if block.start >= block.end:
            problems.append(f"blocks[{i}] is empty ({block.start}:{block.end})")
        if block.start < pos:
            problems.append(f"blocks[{i}] starts at {block.start}, inside or before the previous block (ends {pos})")
        else:
            problems.extend(_uncovered(text, pos, block.start))
        pos = max(pos, block.end)
    problems.extend(_uncovered(text, pos, len(text)))
    return problems


def _uncovered(text: str, start: int, end: int) -> list[str]:
    """A problem for the first non-space character of ``text[start:end]``, which no block covers."""
    for i in range(start, end):
        if not text[i].isspace():
            return [f"character {i} ({text[i]!r}) is in no block"]
    return []
