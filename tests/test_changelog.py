"""The changelog's newest entry must name the version the package reports."""

from __future__ import annotations

import re
from pathlib import Path

import arnews

CHANGELOG = Path(__file__).resolve().parent.parent / "CHANGELOG.md"
HEADING = re.compile(r"^## (\d+\.\d+\.\d+) - (\d{4}-\d{2}-\d{2})$", flags=re.MULTILINE)


def test_newest_entry_matches_version() -> None:
    entries = HEADING.findall(CHANGELOG.read_text(encoding="utf-8"))
    assert entries, "no '## X.Y.Z - YYYY-MM-DD' heading in CHANGELOG.md"
    assert entries[0][0] == arnews.__version__


def test_every_heading_is_well_formed() -> None:
    headings = [line for line in CHANGELOG.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    assert headings
    assert all(HEADING.match(h) for h in headings), headings
