"""Datelines and bylines: the place/agency opener of the body and the writer or desk line.

Shapes handled (all matched on the folded view):

- parts joined by dashes: ``سبق- الدمام``, ``عين اليوم – متابعات``,
  ``علي حفول – سبق – نجران``, ``الرياض - محمد الحيدر``, ``محمود وهبي ـ جدة``
  (a kashida standing between spaces counts as a dash);
- a place with its agency in brackets: ``الرياض (واس)``,
  ``دبي، الإمارات العربية المتحدة (CNN)``;
- the SPA dated form: ``بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس``;
- a labelled byline: ``بقلم: ...``.

Each part is classified as outlet, desk, place, person or unknown; the
sequence decides which parts are the dateline and which the byline.
"""

from __future__ import annotations

import attrs
import regex

from arnews.lexicon.agencies import all_agency_forms
from arnews.lexicon.layout import (
    BYLINE_LABELS,
    DESK_WORDS,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    NOT_NAME_WORDS,
    OUTLETS,
    PLACES,
)
from arnews.text import NormalizedText, normalize_word

__all__ = ["DatelineMatch", "match_dateline", "may_be_bare_name"]


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(normalize_word(w).split()) for w in words)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_OUTLETS = _folded(OUTLETS) | _folded(all_agency_forms())
_PLACES = _folded(PLACES)
_DESKS = _folded(DESK_WORDS)
_NOT_NAME = _folded(NOT_NAME_WORDS)
_AGENCY_ALT = _alternation(_folded(all_agency_forms()))

#: Separators between dateline parts: dashes (folded to ``-``), a colon, or a run of
#: two or more spaces (a deleted kashida used as a dash leaves one behind).
_SEP_RE = regex.compile(r" {0,3}(?:-{1,3}|:) {0,3}| {2,6}")
_PAREN_RE = regex.compile(r"^(?P<left>[^()]{0,60}?) {0,3}\((?P<inner>[^()]{1,40})\)$")
_ARABIC_NAME_RE = regex.compile(r"^\p{Arabic}{2,20}(?: \p{Arabic}{1,20}){0,3}$")
_NAME_MAX_CHARS = 20 + 3 * (1 + 20)
"""The longest text ``_ARABIC_NAME_RE`` matches (four words of twenty letters)."""
_TABLE_MAX_CHARS = max(map(len, _PLACES | _OUTLETS | _DESKS))
"""The longest place, outlet or desk name: a longer part is not looked up."""
_BYLINE_LABEL_RE = regex.compile(r"^(?:" + _alternation(_folded(BYLINE_LABELS)) + r") {0,3}[:-]? {0,3}[\p{L}. ]{2,60}$")
_DATED_RE = regex.compile(
    r"^(?P<place>[^\d:.\n]{2,40}?) {0,3}"
    r"(?:\d{1,2} {0,3}(?:" + _alternation(_folded(HIJRI_MONTHS)) + r") {0,3}\d{4} {0,3}ه"
    r"(?: {1,3}الموافق {1,3}\d{1,2} {0,3}(?:" + _alternation(_folded(GREGORIAN_MONTHS)) + r") {0,3}\d{4} {0,3}م)?"
    r"|\d{1,2} {0,3}(?:" + _alternation(_folded(GREGORIAN_MONTHS)) + r") {0,3}\d{4} {0,3}م?)"
    r" {0,3}\(?(?:" + _AGENCY_ALT + r")\)?(?![\p{L}\p{N}])"
)
_DATED_DIGIT_BY = 44
"""A ``_DATED_RE`` match has its first digit before this index (a place of 40 characters, 3 spaces)."""
_DIGIT_RE = regex.compile(r"\d")
_DATED_PLACE_RE = regex.compile(r"^\p{Arabic}[\p{Arabic} (),]{0,40}$")
_LATIN_LEAD_RE = regex.compile(r"^(?:[A-Za-z]{2,12} ){1,3}(?=\p{Arabic})")
_LATIN_LEAD_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
"""The characters ``_LATIN_LEAD_RE`` can open with: other lines are not tried."""
_BYLINE_LABEL_MAX_CHARS = max(map(len, _folded(BYLINE_LABELS))) + 3 + 1 + 3 + 60 + 1
"""The longest line ``_BYLINE_LABEL_RE`` matches (label, spaces, colon, spaces, name, a final newline)."""
_HEAD_CHARS = 160
_MAX_PARTS = 5


@attrs.frozen
class DatelineMatch:
    """View ranges of a dateline and a byline found at the start of a line."""

    dateline: tuple[int, int] | None
    """View range of the dateline, or ``None``."""
    byline: tuple[int, int] | None
    """View range of the byline, or ``None``."""
    end: int
    """View index where the matched opener ends (the body, if any, follows)."""
    whole_line: bool
    """Whether the opener is all the line holds."""


def _kind(part: str) -> str | None:
    """Classify one dateline part: outlet, desk, place, person, unknown or ``None``."""
    if len(part) <= _TABLE_MAX_CHARS:  # hashing a long paragraph to miss the tables costs a scan
        if part in _PLACES:
            return "place"
        if part in _OUTLETS:
            return "outlet"
        if part in _DESKS:
            return "desk"
    m = _PAREN_RE.match(part) if part.endswith(")") else None
    if m is not None:
        inner = m.group("inner").strip()
        left = m.group("left").strip()
        if not left:
            return "outlet" if inner in _OUTLETS else None
        if inner in _OUTLETS or inner in _PLACES:
            return "place" if _is_place_list(left) else None
        return None
    if "," in part:
        return "place" if _is_place_list(part) else None
    if _ARABIC_NAME_RE.match(part) is None:
        return None
    if " " not in part:
        return "unknown"
    # personal names rarely open with the article; outlet names often do (``الرأي اليوم``)
    return "outletlike" if part.startswith("ال") else "person"


def _is_place_list(text: str) -> bool:
    """One to three comma-separated places or names, at least one of them a known place."""
    if text.count(",") > 2:
        return False  # more than three items
    known = False
    for raw in text.split(","):
        item = raw.strip()
        if len(item) <= _TABLE_MAX_CHARS and item in _PLACES:
            known = True
        elif len(item) > _NAME_MAX_CHARS or _ARABIC_NAME_RE.match(item) is None:
            return False  # an empty item fails the name pattern too
    return known


def _assign(
    kinds: list[str], strict: bool, line_only: bool
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """Part index ranges (inclusive) of the dateline and byline, or ``None`` if the parts do not fit."""
    n = len(kinds)
    if (
        n == 2
        and kinds[1] == "place"
        and kinds[0] in ("outletlike", "unknown", "person")
        and (not line_only or kinds[0] != "person")
    ):
        # ``الواحة- الرياض:`` opening a paragraph: an outlet unknown to the tables and a place
        return (0, 1), None
    if (
        n == 3
        and kinds[2] == "place"
        and kinds[1] in ("outletlike", "unknown", "person")
        and kinds[0]
        in (
            "person",
            "outletlike",
        )
    ):
        # ``writer - outlet - place`` with an outlet unknown to the tables
        return (1, 2), (0, 0)
    if line_only and n == 2 and kinds[0] == "person" and kinds[1] in ("outletlike", "unknown", "person"):
        # ``writer - outlet`` on its own line, the outlet unknown to the tables
        return None, (0, 1)
    kinds = ["person" if k == "outletlike" else k for k in kinds]
    if "desk" in kinds:
        if all(k in ("outlet", "desk", "person", "unknown") for k in kinds):
            return None, (0, n - 1)
        return None
    if "outlet" in kinds:
        first = kinds.index("outlet")
        # parts before the outlet name the writer; parts after it name the place
        before, after = kinds[:first], kinds[first + 1 :]
        if before == ["place"] and not after:
            # ``دبي- الرياضية``: place, then the outlet
            return (0, n - 1), None
        if len(before) > 1 or any(k not in ("person", "unknown") for k in before):
            return None
        after_ok = len(after) <= 1 and all(k in ("place", "unknown", "person", "outlet") for k in after)
        if not after_ok:
            return None
        if after:
            return (first, n - 1), ((0, 0) if before else None)
        if before:
            return None, (0, n - 1)
        return (0, 0), None
    if "place" in kinds:
        if n == 1:
            return (0, 0), None
        # ``الرياض - محمد الحيدر`` on its own line; opening a paragraph, a name after the
        # place is more likely the start of the body (``الرياض - قال فلان: ...``)
        if line_only and n == 2 and kinds[0] == "place" and kinds[1] in ("person", "unknown"):
            return (0, 0), (1, 1)
        if line_only and n == 2 and kinds[1] == "place" and kinds[0] == "person":
            return (1, 1), (0, 0)
        return None
    if not strict and n == 1 and kinds[0] == "person":
        return None, (0, 0)  # checked by the caller with _is_bare_name
    return None


def match_dateline(
    view: NormalizedText,
    vstart: int,
    vend: int,
    *,
    line_only: bool,
    allow_bare_name: bool = False,
    line_text: str | None = None,
) -> DatelineMatch | None:
    """Find a dateline/byline opener in the view line ``vstart:vend``.

    With ``line_only`` the opener must fill the line; otherwise it must be
    followed by a dash or colon and then the body. A caller that holds
    ``view.text[vstart:vend]`` already passes it as ``line_text``, sparing a copy.
    """
    line = view.text[vstart:vend] if line_text is None else line_text
    head_end = min(len(line), _HEAD_CHARS)
    dated = (
        _DATED_RE.match(line, 0, head_end)
        if _DIGIT_RE.search(line, 0, min(head_end, _DATED_DIGIT_BY)) is not None
        else None
    )
    if dated is not None and _kind_of_place(dated.group("place").strip()):
        end = dated.end()
        rest = line[end:].strip(" :-.")
        if line_only and rest:
            return None
        return DatelineMatch((vstart, vstart + end), None, vstart + end, not rest)
    if line_only and len(line) <= _BYLINE_LABEL_MAX_CHARS and _BYLINE_LABEL_RE.match(line) is not None:
        return DatelineMatch(None, (vstart, vend), vend, True)
    lead = _LATIN_LEAD_RE.match(line) if line_only and line[:1] in _LATIN_LEAD_FIRST else None
    if lead is not None:
        # gallery buttons left in front of the desk line (``Next Previous عين اليوم – جدة``)
        inner = match_dateline(view, vstart + lead.end(), vend, line_only=True)
        return inner
    parts: list[tuple[int, int]] = []
    kinds: list[str] = []
    pos = 0
    while len(parts) < _MAX_PARTS:
        # every separator holds a dash, a colon or two spaces: str.find rules most heads out faster
        has_sep = line.find("-", pos, head_end) >= 0 or line.find(":", pos, head_end) >= 0
        sep = _SEP_RE.search(line, pos, head_end) if has_sep or line.find("  ", pos, head_end) >= 0 else None
        p_end = sep.start() if sep is not None else (len(line) if line_only or head_end == len(line) else -1)
        if p_end < 0:
            break
        part = line[pos:p_end].strip()
        kind = _kind(part) if part else None
        if kind is None:
            break
        if (
            sep is not None
            and sep.group().strip() == ""
            and not _kashida_between(view, vstart + sep.start(), vstart + sep.end())
        ):
            break
        parts.append((pos, p_end))
        kinds.append(kind)
        if sep is None:
            pos = len(line)
            break
        pos = sep.end()
        if ":" in sep.group():
            break
    for count in range(len(parts), 0, -1):
        last_end = parts[count - 1][1]
        rest = line[last_end:].strip(" :-")
        whole = not rest
        if line_only and not whole:
            return None
        if not line_only and whole:
            continue
        assigned = _assign(kinds[:count], strict=not (line_only and allow_bare_name), line_only=line_only)
        if assigned is None:
            if line_only:
                return None
            continue
        d_rng, b_rng = assigned
        if (
            count == 1
            and d_rng is None
            and kinds[0] in ("person", "outletlike")
            and not _is_bare_name(line[: parts[0][1]])
        ):
            return None
        if not line_only and d_rng is None and not any(k in ("outlet", "desk") for k in kinds[:count]):
            continue
        dateline = None if d_rng is None else (vstart + parts[d_rng[0]][0], vstart + parts[d_rng[1]][1])
        byline = None if b_rng is None else (vstart + parts[b_rng[0]][0], vstart + parts[b_rng[1]][1])
        return DatelineMatch(dateline, byline, vstart + last_end, whole)
    return None


def may_be_bare_name(line_text: str) -> bool:
    """Whether ``allow_bare_name`` can change what :func:`match_dateline` finds on this view line.

    A bare name is one part of at most four words filling the line, followed
    at most by spaces, colons and dashes: a cheap length test spares callers
    the work of deciding whether to allow one on longer lines.
    """
    return len(line_text) <= _NAME_MAX_CHARS or len(line_text.rstrip(" :-").rstrip()) <= _NAME_MAX_CHARS


def _is_bare_name(text: str) -> bool:
    """Two or three words that can be a writer's name alone on a line (not a caption or a title)."""
    words = text.split()
    if not 2 <= len(words) <= 3 or words[0].startswith("ال"):
        return False
    return not any(w in _NOT_NAME or (w.startswith(("و", "ل")) and w[1:] in _NOT_NAME) for w in words)


def _kind_of_place(place: str) -> bool:
    """The text before an SPA date: a place, possibly with a bracketed country."""
    return _DATED_PLACE_RE.match(place) is not None


def _kashida_between(view: NormalizedText, vs: int, ve: int) -> bool:
    """Whether the original text behind the view range holds a kashida used as a dash."""
    o_start, o_end = view.to_original(vs, ve)
    if o_end <= o_start:
        return False
    return "\u0640" in view.original[max(0, o_start - 1) : o_end + 1]
