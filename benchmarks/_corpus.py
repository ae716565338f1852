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

from arnews.checks import article_problems

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
