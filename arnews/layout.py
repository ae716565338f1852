"""Article layout: split the text into blocks and give each block its role.

Lines (:mod:`arnews.lines`) are classified in one pass over the folded view,
in the spirit of talon's line markers: page furniture and menus first, then
the headline (the first line that is not furniture), the closing source line
(everything after it is ``other``: related teasers, footers), and in between
captions, dateline/byline lines, standfirsts and crossheads (``subheading``),
read-also lists (``other``) and body paragraphs. Every block is a trimmed
slice of the input and together the blocks cover each non-space character
exactly once.
"""

from __future__ import annotations

import attrs
import regex

from arnews.charsets import LINE_BREAKS
from arnews.datelines import DatelineMatch, match_dateline, may_be_bare_name
from arnews.lexicon.agencies import all_agency_forms
from arnews.lexicon.layout import (
    CREDIT_WORDS,
    GREGORIAN_MONTHS,
    NOISE_LINES,
    NOISE_PREFIXES,
    NOT_CREDIT_BEFORE,
    OUTLETS,
    READ_ALSO_LABELS,
    SITE_SUFFIXES,
    SOURCE_LABELS,
)
from arnews.lines import ARABIC_LETTERS, Line, split_lines
from arnews.model import Block, BlockKind, Caption, SourceLine, Span, block_unchecked, span_unchecked
from arnews.text import NormalizedText, normalize, normalize_word

__all__ = [
    "Layout",
    "parse_caption",
    "parse_dateline",
    "parse_headline",
    "parse_layout",
    "parse_source_line",
]


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(normalize_word(w).split()) for w in words)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_NOISE_LINES = frozenset(w.casefold() for w in _folded(NOISE_LINES))
_NOISE_PREFIX_RE = regex.compile(r"^(?:" + _alternation(_folded(NOISE_PREFIXES)) + ")", flags=regex.IGNORECASE)
# Arabic letters have no case: a line opening with two of them can only match a prefix with the same two
_NOISE_PREFIX_HEADS = frozenset(p[:2] for p in _folded(NOISE_PREFIXES))
_NOISE_PREFIX_SHORT = frozenset(p for p in _folded(NOISE_PREFIXES) if len(p) < 2)
_READ_ALSO = frozenset(w.casefold() for w in _folded(READ_ALSO_LABELS))
# casefold never shortens a string: lines longer than every label are not folded to be looked up
_NOISE_LINE_MAX = max(map(len, _NOISE_LINES))
_READ_ALSO_MAX = max(map(len, _READ_ALSO))
_CREDITS = _folded(CREDIT_WORDS) | _folded(all_agency_forms()) | _folded(OUTLETS)
_CREDITS_CF = frozenset(c.casefold() for c in _CREDITS)
_NOT_CREDIT_BEFORE = _folded(NOT_CREDIT_BEFORE)
_CAPTION_MAX_WORDS = 45
_ARABIC_WORD_RE = regex.compile(r"\p{Arabic}+")
_SOURCE_NAMES_ALT = _alternation(_folded(all_agency_forms()) | _folded(OUTLETS) | _folded(("وكالات",)))

_SUFFIX_RE = regex.compile(
    r" {0,3}[-|] {0,3}(?:" + _alternation(_folded(SITE_SUFFIXES)) + r")$", flags=regex.IGNORECASE
)
_CAPTION_RE = regex.compile(r"^(?P<body>[^\n]{6,800}?) {0,3}\( {0,3}(?P<credit>[^()\n]{1,60}?) {0,3}\)$")
_CAPTION_MAX_CHARS = 800 + 3 + 1 + 3 + 60 + 3 + 1
"""The longest line ``_CAPTION_RE`` can match (body, spaces, bracket, credit, spaces, bracket)."""
_CREDIT_SPLIT_RE = regex.compile(r" {0,3}(?:[/+,;&]|-{1,2}| و ) {0,3}")
_SOURCE_RE = regex.compile(
    r"^(?:" + _alternation(_folded(SOURCE_LABELS)) + r") {0,3}[:-] {0,3}(?P<rest>[^\n]{1,150})$", flags=regex.IGNORECASE
)
_SOURCE_MAX_CHARS = max(map(len, _folded(SOURCE_LABELS))) + 3 + 1 + 3 + 150
"""The longest line ``_SOURCE_RE`` can match (label, spaces, colon or dash, spaces, the rest)."""
_SOURCE_SPLIT_RE = regex.compile(r" {0,3}[+/,;&] {0,3}")
_AGENCY_LINE_RE = regex.compile(
    r"^\(?(?:" + _SOURCE_NAMES_ALT + r")\)?(?: {0,3}[/+,-] {0,3}\(?(?:" + _SOURCE_NAMES_ALT + r")\)?){0,4}$",
    flags=regex.IGNORECASE,
)
_GREG_ALT = _alternation(_folded(GREGORIAN_MONTHS))
_TIMESTAMP_RE = regex.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? {0,2})?\d{1,2} [A-Za-z]{3,9},? \d{4}"
    r"(?: {1,2}\d{1,2}:\d{2}(?::\d{2})?(?: {0,2}(?:GMT|UTC|[+-]\d{4}))?)?$"
    r"|^(?:\p{Arabic}{3,8} {0,2},? {0,2})?\d{1,2} {0,2}(?:" + _GREG_ALT + r") {0,2}\d{4}"
    r"(?: {0,3}[-|,]? {0,3}\d{1,2}:\d{2}(?::\d{2})?(?: {0,2}\p{L}{1,8})?)?$"
    r"|^\d{1,2}:\d{2}(?::\d{2})? {0,2}(?:[AaPp][Mm]|GMT|ص|م)?$",
)
_VIDEO_RE = regex.compile(r"\d{1,3} minutes? \d{1,2} seconds?|\d{1,2} دقيق[هة] \d{1,2} ثاني[هة]")
_VIDEO_EN, _VIDEO_AR = "minute", "دقيق"
"""The words the two ``_VIDEO_RE`` alternatives hold: lines without either are not searched."""
_TIMESTAMP_DIGIT_BY = 14
"""Every ``_TIMESTAMP_RE`` alternative has a digit before this index (a weekday, a comma and spaces first)."""
_DIGIT_RE = regex.compile(r"\d")
_LINK_RE = regex.compile(r"^(?:https?://|www\.)[^ ]{1,300}$|^[^ @]{1,80}@[^ @]{1,80}\.[a-z]{2,6}$", flags=regex.I)
_SENTENCE_END_RE = regex.compile(r"[.!?…\"”)\]]$")
_SOFT_END_RE = regex.compile(r"[.!?…,;:]$")
_ITEM_END_RE = regex.compile(r"[.…,;:][”\"]?$")
_PAGE_BODY_END_RE = regex.compile(r"[.!…\"”]$")

_MENU_RUN = 4
_OPENER_LINES = 3
_LIST_ITEM_WORDS = 25
_READ_ALSO_MAX_ITEMS = 10
_SHORT_WORDS = 8


@attrs.frozen
class Layout:
    """The structural parts of an article, before speech is found."""

    blocks: tuple[Block, ...] = ()
    """Every block in document order."""
    headline: Span | None = None
    """The headline without any site suffix."""
    captions: tuple[Caption, ...] = ()
    """Photo captions with their credits."""
    dateline: Span | None = None
    """The place/agency opener of the body."""
    byline: Span | None = None
    """The writer or desk line."""
    paragraphs: tuple[Span, ...] = ()
    """Body paragraphs."""
    source_line: SourceLine | None = None
    """The closing source line."""


# ---------------------------------------------------------------- line tests


def _is_noise(line: Line) -> bool:
    """Page furniture: menus, buttons, timestamps, video durations, links, English alt text."""
    text = line.text
    # most lines open with an Arabic letter: they have letters, are not Latin-only, are not links
    # (which open with a Latin letter or hold an ``@``) and only match a prefix with the same head
    arabic_start = text[:1] in ARABIC_LETTERS
    if not arabic_start and (not line.has_letters or line.latin_only):
        return True
    short = len(text) <= _NOISE_LINE_MAX + 2 or len(text.rstrip(" :")) <= _NOISE_LINE_MAX
    if short and text.casefold().rstrip(" :") in _NOISE_LINES:
        return True
    if (
        not (arabic_start and text[1:2] in ARABIC_LETTERS and text[:2] not in _NOISE_PREFIX_HEADS)
        or text[:1] in _NOISE_PREFIX_SHORT
    ) and _NOISE_PREFIX_RE.match(text) is not None:
        return True
    if not (arabic_start and "@" not in text) and _LINK_RE.match(text) is not None:
        return True
    if (_VIDEO_EN in text or _VIDEO_AR in text) and line.arabic_words <= 4 and _VIDEO_RE.search(text) is not None:
        return True
    return (
        _DIGIT_RE.search(text, 0, _TIMESTAMP_DIGIT_BY) is not None
        and _TIMESTAMP_RE.match(text) is not None
        and line.words <= 10
    )


def _is_read_also(line: Line) -> bool:
    text = line.text
    # a long line is stripped (a copy) only when it ends in a character that strip removes
    if len(text) > _READ_ALSO_MAX + 2 and (text[-1] not in " :." or len(text.rstrip(" :.")) > _READ_ALSO_MAX):
        return False
    return text.casefold().rstrip(" :.") in _READ_ALSO


def _is_menu_like(line: Line) -> bool:
    return len(line.text) <= 30 and line.words <= 3 and _SOFT_END_RE.search(line.text) is None


def _is_paragraph_like(line: Line) -> bool:
    """Long enough, or a finished sentence, to be body text."""
    return line.words_at_least(10) or (line.words >= 4 and _SENTENCE_END_RE.search(line.text) is not None)


def _is_short(line: Line) -> bool:
    """A line that can be a crosshead or standfirst: a few words, no sentence end."""
    return len(line.text) <= 80 and line.words <= _SHORT_WORDS and _SOFT_END_RE.search(line.text) is None


# ------------------------------------------------------------- part parsers


def _caption_at(view: NormalizedText, line: Line, body_text: bool = True) -> Caption | None:
    """``line`` as a caption ending in a bracketed photo credit, or ``None``."""
    text, vstart, vend = line.text, line.vstart, line.vend
    if len(text) > _CAPTION_MAX_CHARS or text[-1:] != ")":
        return None  # the pattern ends in ``)`` and bounds the line: no need to try it
    m = _CAPTION_RE.match(text)
    if m is None:
        return None
    body = m.group("body").rstrip()
    words = body.split()
    if body_text and (
        _SOFT_END_RE.search(body) is not None
        or len(_ARABIC_WORD_RE.findall(body)) < 2
        or len(words) > _CAPTION_MAX_WORDS
        or words[-1] in _NOT_CREDIT_BEFORE
    ):
        return None
    credit = m.group("credit")
    items = [i for i in _CREDIT_SPLIT_RE.split(credit) if i]
    if not items or any(" ".join(i.split()).casefold() not in _CREDITS_CF for i in items):
        return None
    whole = view.span(vstart, vend)
    cred = view.span(vstart + m.start("credit"), vstart + m.end("credit"))
    return Caption(whole.start, whole.end, whole.text, credit=cred)


def _source_at(view: NormalizedText, text_line: Line, *, allow_bare: bool) -> SourceLine | None:
    """``text_line`` as a closing source line (``المصدر : الجزيرة + وكالات``), or ``None``."""
    line, vstart, vend = text_line.text, text_line.vstart, text_line.vend
    if not allow_bare and len(line) > _SOURCE_MAX_CHARS:
        return None  # longer than anything the labelled pattern matches
    m = _SOURCE_RE.match(line)
    if m is not None:
        rest_start = vstart + m.start("rest")
        rest = m.group("rest")
        if len(rest.split()) > 14:
            return None
    elif allow_bare and _AGENCY_LINE_RE.match(line) is not None:
        rest_start, rest = vstart, line
    else:
        return None
    sources: list[Span] = []
    pos = 0
    for sep in [*_SOURCE_SPLIT_RE.finditer(rest), None]:
        end = len(rest) if sep is None else sep.start()
        item = rest[pos:end]
        lead = len(item) - len(item.lstrip(" ("))
        item_s = item.strip(" ()")
        if item_s:
            s = rest_start + pos + lead
            sources.append(view.span(s, s + len(item_s)))
        if sep is not None:
            pos = sep.end()
    whole = view.span(vstart, vend)
    return SourceLine(whole.start, whole.end, whole.text, sources=sources)


def _headline_end(line: Line) -> int:
    """View index where the headline of ``line`` ends, before any site suffix."""
    m = _SUFFIX_RE.search(line.text)
    if m is None or m.start() == 0:
        return line.vend
    return line.vstart + m.start()


# ------------------------------------------------------------------ layout


def parse_layout(view: NormalizedText) -> Layout:
    """Find the blocks of ``view.original`` and their roles."""
    lines = split_lines(view)
    n = len(lines)
    if n == 0:
        return Layout()
    kinds: list[BlockKind | None] = [None] * n
    noise = [_is_noise(line) for line in lines]
    if _mark_leading_chrome(view, lines, noise, kinds):
        # a whole page: short-line runs further down are menus and footers too
        _mark_menu_runs(view, lines, noise, kinds)

    h = next((i for i in range(n) if kinds[i] is None and not noise[i] and not _is_read_also(lines[i])), None)
    if h is None:
        return _assemble(view, lines, ["other"] * n, _Parts())
    for i in range(h):
        kinds[i] = "other"
    kinds[h] = "headline"
    parts = _Parts()
    h_line = lines[h]
    parts.headline_vend = _headline_end(h_line)

    end_body = _find_source_line(view, lines, noise, kinds, h=h, parts=parts)
    for i in range(end_body, n):
        if kinds[i] is None:
            kinds[i] = "other"
    _classify_body(view, lines, noise, kinds, first=h + 1, end=end_body, parts=parts)
    return _assemble(view, lines, [k or "other" for k in kinds], parts)


@attrs.define
class _Parts:
    """What the pass over the lines found besides the line kinds."""

    headline_vend: int = -1
    captions: dict[int, Caption] = attrs.Factory(dict)
    source_line: SourceLine | None = None
    source_index: int = -1
    dateline: Span | None = None
    byline: Span | None = None
    opener_line: int = -1
    opener: DatelineMatch | None = None


def _opener_fills(view: NormalizedText, line: Line) -> bool:
    """Whether a dateline or byline fills ``line`` (such a short line is not a menu entry)."""
    return match_dateline(view, line.vstart, line.vend, line_only=True, line_text=line.text) is not None


def _mark_menu_runs(
    view: NormalizedText, lines: tuple[Line, ...], noise: list[bool], kinds: list[BlockKind | None]
) -> None:
    """Runs of four or more menu-like lines are navigation: mark them ``other``."""
    i, n = 0, len(lines)
    menu = [noise[k] or (_is_menu_like(lines[k]) and not _opener_fills(view, lines[k])) for k in range(n)]
    while i < n:
        if not menu[i]:
            i += 1
            continue
        j = i
        while j < n and menu[j]:
            j += 1
        if j - i >= _MENU_RUN:
            for k in range(i, j):
                kinds[k] = "other"
        i = j


def _mark_leading_chrome(
    view: NormalizedText, lines: tuple[Line, ...], noise: list[bool], kinds: list[BlockKind | None]
) -> bool:
    """Two or more menu-like lines opening the text (site name, section) come before the headline.

    Returns whether there were any: the text is then a whole page.
    """
    short = 0
    for line, is_noise in zip(lines, noise, strict=True):
        if not (is_noise or _is_menu_like(line)):
            break
        short += 1
    # a short title and a bare byline also make two short lines: ask for known furniture
    if short < 2 or (short < _MENU_RUN and not any(noise[:short])):
        return False  # too short even before openers cut it: spare the opener tests
    # the run stops at a dateline or byline line (the body opens there)
    run = next((k for k in range(short) if not noise[k] and _opener_fills(view, lines[k])), short)
    furniture = sum(noise[:run])
    if 2 <= run < len(lines) and (furniture or run >= _MENU_RUN):
        for k in range(run):
            kinds[k] = "other"
        return True
    return False


def _find_source_line(
    view: NormalizedText,
    lines: tuple[Line, ...],
    noise: list[bool],
    kinds: list[BlockKind | None],
    *,
    h: int,
    parts: _Parts,
) -> int:
    """Index of the first line after the body (the source line's, or ``len(lines)``)."""
    n = len(lines)
    for i in range(h + 1, n):
        if kinds[i] is not None or noise[i]:
            continue
        sl = _source_at(view, lines[i], allow_bare=False)
        if sl is not None:
            parts.source_line, parts.source_index = sl, i
            kinds[i] = "source_line"
            return i + 1
    last = next((i for i in range(n - 1, h, -1) if kinds[i] is None and not noise[i]), None)
    if last is not None and last > h + 1:
        sl = _source_at(view, lines[last], allow_bare=True)
        if sl is not None:
            parts.source_line, parts.source_index = sl, last
            kinds[last] = "source_line"
            return last + 1
    if any(k == "other" for k in kinds[:h]):
        # a whole page without a source line: related teasers follow the last finished sentence
        for i in range(n - 1, h, -1):
            if kinds[i] is None and not noise[i] and _PAGE_BODY_END_RE.search(lines[i].text) is not None:
                return i + 1
    return n


def _classify_body(
    view: NormalizedText,
    lines: tuple[Line, ...],
    noise: list[bool],
    kinds: list[BlockKind | None],
    *,
    first: int,
    end: int,
    parts: _Parts,
) -> None:
    """Give a kind to every line of the body zone ``first:end``."""
    seen_para = False
    read_also_items = -1
    head_lines = 0
    for i in range(first, end):
        if kinds[i] is not None:
            continue
        line = lines[i]
        if _is_read_also(line):
            kinds[i] = "other"
            read_also_items = 0
            continue
        if noise[i]:
            kinds[i] = "other"
            continue
        if read_also_items > 0 and _blank_line_between(view.original, lines[i - 1], line):
            read_also_items = -1  # a blank line closes the list
        if 0 <= read_also_items < _READ_ALSO_MAX_ITEMS and _is_list_item(view, line):
            kinds[i] = "other"
            read_also_items += 1
            continue
        read_also_items = -1
        cap = _caption_at(view, line)
        if cap is not None:
            kinds[i] = "caption"
            parts.captions[i] = cap
            continue
        head_lines += 1
        if head_lines <= _OPENER_LINES and parts.dateline is None and parts.byline is None:
            bare = False
            if head_lines == 1 and may_be_bare_name(line.text):  # the look-ahead only where it can matter
                nxt = _next_content(lines, noise, kinds, i + 1, end)
                bare = nxt is not None and _is_paragraph_like(lines[nxt])
            m = match_dateline(view, line.vstart, line.vend, line_only=True, allow_bare_name=bare, line_text=line.text)
            if m is not None:
                _take_opener(view, parts, m)
                first_is_byline = m.byline is not None and (m.dateline is None or m.byline[0] < m.dateline[0])
                kinds[i] = "byline" if first_is_byline else "dateline"
                # lines between the headline and the byline are a standfirst, not body
                for j in range(first, i):
                    if kinds[j] == "paragraph":
                        kinds[j] = "subheading"
                seen_para = False
                continue
        if not seen_para:
            if _is_paragraph_like(line):
                kinds[i] = "paragraph"
                seen_para = True
                if parts.dateline is None:
                    m = match_dateline(view, line.vstart, line.vend, line_only=False, line_text=line.text)
                    if m is not None:
                        _take_opener(view, parts, m)
                continue
            kinds[i] = "subheading"
            continue
        if _is_short(line):
            nxt = _next_content(lines, noise, kinds, i + 1, end)
            if nxt is not None and _is_paragraph_like(lines[nxt]) and not _is_short(lines[nxt]):
                kinds[i] = "subheading"
                continue
        kinds[i] = "paragraph"
    if not seen_para:
        for i in range(first, end):
            if kinds[i] == "subheading":
                kinds[i] = "paragraph"


def _blank_line_between(text: str, before: Line, after: Line) -> bool:
    """Whether a blank line separates two lines (``\r\n`` counts as one break)."""
    gap = text[before.end : after.start].replace("\r\n", "\n")
    return sum(1 for ch in gap if ch in LINE_BREAKS) >= 2


def _is_list_item(view: NormalizedText, line: Line) -> bool:
    """A link title in a read-also list: no sentence end, not a caption."""
    return line.words < _LIST_ITEM_WORDS and _ITEM_END_RE.search(line.text) is None and _caption_at(view, line) is None


def _next_content(
    lines: tuple[Line, ...], noise: list[bool], kinds: list[BlockKind | None], start: int, end: int
) -> int | None:
    """The next line of text after ``start``, skipping noise and read-also lists."""
    in_list = False
    for j in range(start, end):
        if kinds[j] is not None:
            continue
        if _is_read_also(lines[j]):
            in_list = True
            continue
        if noise[j]:
            continue
        if in_list and lines[j].words < _LIST_ITEM_WORDS and _ITEM_END_RE.search(lines[j].text) is None:
            continue
        return j
    return None


def _take_opener(view: NormalizedText, parts: _Parts, m: DatelineMatch) -> None:
    if m.dateline is not None and parts.dateline is None:
        parts.dateline = view.span(*m.dateline)
    if m.byline is not None and parts.byline is None:
        parts.byline = view.span(*m.byline)


def _assemble(view: NormalizedText, lines: tuple[Line, ...], kinds: list[BlockKind], parts: _Parts) -> Layout:
    """The layout of the classified lines.

    Lines come from one pattern's match offsets, so their spans slice the text
    by construction and are built without per-span validation.
    """
    text = view.original
    blocks: list[Block] = []
    headline: Span | None = None
    paragraphs: list[Span] = []
    captions: list[Caption] = []
    for i, line in enumerate(lines):
        kind = kinds[i]
        start, end = line.start, line.end
        if kind == "paragraph":
            span = span_unchecked(text, start, end)  # a line is trimmed already
            blocks.append(block_unchecked(span, kind))
            paragraphs.append(span)
        elif kind == "headline":
            found = _headline_blocks(view, line, parts.headline_vend, blocks)
            if headline is None:
                headline = found
        else:
            blocks.append(block_unchecked(span_unchecked(text, start, end), kind))
            if kind == "caption" and i in parts.captions:
                captions.append(parts.captions[i])
    return Layout(
        blocks=tuple(blocks),
        headline=headline,
        captions=tuple(captions),
        dateline=parts.dateline,
        byline=parts.byline,
        paragraphs=tuple(paragraphs),
        source_line=parts.source_line,
    )


def _headline_blocks(view: NormalizedText, line: Line, headline_vend: int, blocks: list[Block]) -> Span | None:
    """Add the headline line's blocks: the headline, and a site suffix as ``other``; return the headline."""
    text = view.original
    if headline_vend == line.vend:
        span = span_unchecked(text, line.start, line.end)
        blocks.append(block_unchecked(span, "headline"))
        return span
    cut = view.span(line.vstart, headline_vend).end
    headline: Span | None = None
    pieces: tuple[tuple[int, int, BlockKind], ...] = ((line.start, cut, "headline"), (cut, line.end, "other"))
    for start, end, kind in pieces:
        seg = text[start:end]
        stripped = seg.strip()
        if not stripped:
            continue
        s = start + (len(seg) - len(seg.lstrip()))
        blocks.append(Block(s, s + len(stripped), stripped, kind))
        if kind == "headline":
            headline = Span(s, s + len(stripped), stripped)
    return headline


# ------------------------------------------------------- standalone parsers


def _first_line(text: str, what: str) -> tuple[NormalizedText, Line] | None:
    if not isinstance(text, str):
        raise TypeError(f"{what}() takes a str (got {type(text).__name__})")
    view = normalize(text)
    lines = split_lines(view)
    return (view, lines[0]) if lines else None


def parse_headline(text: str) -> Span | None:
    """The headline in ``text`` (its first non-blank line) without a site suffix such as `` - BBC Arabic``."""
    found = _first_line(text, "parse_headline")
    if found is None:
        return None
    view, line = found
    s = view.span(line.vstart, _headline_end(line)) if line.vstart < line.vend else None
    if s is None:
        return Span(line.start, line.end, text[line.start : line.end])
    stripped = s.text.rstrip()
    return Span(s.start, s.start + len(stripped), stripped)


def parse_caption(text: str) -> Caption | None:
    """``text`` as a photo caption ending in a bracketed credit (``... (رويترز)``), or ``None``."""
    found = _first_line(text, "parse_caption")
    if found is None:
        return None
    view, line = found
    return _caption_at(view, line)


def parse_source_line(text: str) -> SourceLine | None:
    """``text`` as a closing source line (``المصدر : الجزيرة + وكالات``, ``فرانس24/ أ ف ب``), or ``None``."""
    found = _first_line(text, "parse_source_line")
    if found is None:
        return None
    view, line = found
    return _source_at(view, line, allow_bare=True)


def parse_dateline(text: str) -> tuple[Span | None, Span | None]:
    """The dateline and byline opening ``text`` (``سبق- الدمام: ...``, ``عين اليوم – متابعات``)."""
    found = _first_line(text, "parse_dateline")
    if found is None:
        return None, None
    view, line = found
    m = match_dateline(view, line.vstart, line.vend, line_only=True, allow_bare_name=False)
    if m is None:
        m = match_dateline(view, line.vstart, line.vend, line_only=False)
    if m is None:
        return None, None
    return (
        None if m.dateline is None else view.span(*m.dateline),
        None if m.byline is None else view.span(*m.byline),
    )
