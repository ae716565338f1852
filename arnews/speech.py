"""Attributed speech: who said what, with which cue, through which agency.

The parser works block by block on the folded view. It pairs quote marks
(a quotation left open at a paragraph's end runs on only when the next
paragraph opens with a quote mark), tokenises the block into words, looks
each word up in the cue tables of :mod:`arnews.lexicon.speech` and, for each
cue, scans a bounded window for what introduces the content (a
complementizer, the verb's preposition, a colon or a quote mark). The words
between cue and introducer are the speaker (VSO); a subject written before
the verb is taken when the verb has none (SVO); a verb with neither
continues the speaker of the previous attribution (``speaker_of``). Every
scan is bounded, so the whole pass is linear in the text length.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence

import attrs
import regex

from arnews.lexicon.agencies import all_agency_forms
from arnews.lexicon.speech import (
    ADDRESSEE_VERBS,
    AMBIGUOUS_CUE_PREPOSITIONS,
    AMBIGUOUS_FORMS,
    ATTRIBUTION_PHRASES,
    CHAIN_VERBS,
    CLAUSE_LINKS,
    CLAUSE_WORDS,
    COMPLEMENTIZER_PREFIXES,
    COMPLEMENTIZERS,
    CONTENT_OPENERS,
    CONTINUERS,
    EVENT_NOUNS,
    HEADLINE_LABELS,
    IN_IT_WORDS,
    KANA_FORMS,
    LEAD_PRONOUNS,
    MANNER_WORDS,
    MEDIA_NOUNS,
    NEGATIONS,
    NOT_COMPLEMENTIZER_BEFORE,
    NOT_CUE_BEFORE,
    NOT_MASDAR_AFTER_B,
    NOT_REPORT_BEFORE,
    NOT_SUBJECT_WORDS,
    OBJECT_HEADS,
    OBJECT_VERBS,
    OPENING_PREPOSITIONS,
    PREPOSITIONS_BEFORE_AN,
    PRONOUN_SUBJECTS,
    PRONOUN_SUFFIXES,
    RELATIVES,
    SAY_VERBS,
    SIDE_WORDS,
    SOURCE_NOUNS,
    SOURCE_VERB_PRONOUNS,
    SPEAKER_STOPS,
    SUBJECT_STOPS,
    SVO_BOUNDARIES,
    TITLE_PREPOSITION_HEADS,
    TITLE_PREPOSITIONS,
    VERB_PHRASE_WORDS,
    VERBS,
    verb_forms,
    with_prefixes,
)
from arnews.model import Attribution, Block, Span, SpeechKind, attribution_unchecked, span_unchecked
from arnews.text import NormalizedText, normalize, normalize_word

__all__ = ["find_speech", "parse_speech"]

# ---------------------------------------------------------------- tables, folded once


def _fold_all(words: Sequence[str]) -> frozenset[str]:
    return frozenset(normalize_word(w) for w in words)


def _cue_table() -> tuple[dict[str, str], dict[str, str]]:
    """Folded form -> role, and folded form -> content preposition."""
    roles: dict[str, str] = {}
    preps: dict[str, str] = {}
    for verb in VERBS:
        forms = with_prefixes(verb_forms(verb))
        for form, role in forms.items():
            key = normalize_word(form)
            roles.setdefault(key, role)
            if verb[4]:
                preps.setdefault(key, normalize_word(verb[4]))
    return roles, preps


_ROLES, _PREPS = _cue_table()
_CHAIN = _fold_all(CHAIN_VERBS)
_ATTRIB_BASE = {normalize_word(p + a): normalize_word(a) for a in ATTRIBUTION_PHRASES for p in ("و", "ف", "")}
"""Each written form of an attribution phrase (``وبحسب``, ``ووفقا``) -> the phrase itself (``بحسب``, ``وفقا``)."""
_ATTRIB = frozenset(_ATTRIB_BASE)
_COMPS = _fold_all(COMPLEMENTIZERS)
_STOPS = _fold_all([w for w in SPEAKER_STOPS if " " not in w])
_EVENTS = _fold_all(EVENT_NOUNS)
_EVENT_FORMS = _EVENTS | frozenset("ال" + e for e in _EVENTS)
"""Event nouns bare or with ال."""
_MEDIA = _fold_all(MEDIA_NOUNS)
_SVO_STOP = _fold_all(SVO_BOUNDARIES)
_SOURCES = _fold_all(SOURCE_NOUNS)
_LABELS = _fold_all(HEADLINE_LABELS)
_AGENCY_FIRST = frozenset(normalize_word(f).split()[0] for f in all_agency_forms() if normalize_word(f).split())
_LEAD_PRONOUNS = _fold_all(LEAD_PRONOUNS) | _fold_all(VERB_PHRASE_WORDS)
_MANNER = _fold_all(MANNER_WORDS)
_OPENING_PREPOSITIONS = _fold_all(OPENING_PREPOSITIONS)
_TITLE_PREP_HEADS = _fold_all(TITLE_PREPOSITION_HEADS)
_TITLE_PREPS = _fold_all(TITLE_PREPOSITIONS)
_VERB_OBJECT_PRONOUNS = _LEAD_PRONOUNS | _fold_all(SOURCE_VERB_PRONOUNS)
_RELATIVES = _fold_all(RELATIVES)
_PRONOUN_SUBJECTS = _fold_all(PRONOUN_SUBJECTS)
_NOT_SUBJECT = _fold_all(NOT_SUBJECT_WORDS)
_NEGATIONS = _fold_all(NEGATIONS)
_NOT_COMP_BEFORE = _fold_all(NOT_COMPLEMENTIZER_BEFORE)
_B_NOT = _fold_all(NOT_MASDAR_AFTER_B)
_CLAUSE_WORDS = _fold_all(CLAUSE_WORDS)
_CLAUSE_LINKS = _fold_all(CLAUSE_LINKS)
_KANA = _fold_all(KANA_FORMS)
_NOT_A_REPORT_BEFORE = _fold_all(NOT_REPORT_BEFORE)
_PREP_IN = "في"
_SAY = frozenset(
    normalize_word(f)
    for v in VERBS
    if v[0] in SAY_VERBS
    for f, role in with_prefixes(verb_forms(v)).items()
    if role == "verb"
)
_AN = "ان"
_FUSED_COMPS = {pre + _AN + pron: len(pre) for pre in COMPLEMENTIZER_PREFIXES for pron in PRONOUN_SUFFIXES}
"""``أنه``, ``بأنها``, ``وأنهم`` ... -> the length of the prefix before أن (content starts at أن)."""
_COMP_FORMS = _COMPS | frozenset(_FUSED_COMPS)
"""Every word :func:`_comp_at` can read as a complementizer (a cheap test before the call)."""
_TRIGGERS = frozenset(_ROLES) | _ATTRIB
"""Every word that can open an attribution: a block without one is skipped."""
_IN_IT = _fold_all(IN_IT_WORDS)
_PREPS_BEFORE_AN = _fold_all(PREPOSITIONS_BEFORE_AN)
_CONTENT_OPENERS = _fold_all(CONTENT_OPENERS)
_AMBIGUOUS_PREPS = _fold_all(AMBIGUOUS_CUE_PREPOSITIONS)
_FORWARD_WORDS = _COMP_FORMS | _TRIGGERS | _IN_IT | _PREPS_BEFORE_AN
"""Words where :func:`_forward` may stop or turn (besides object heads and the cue's own preposition)."""
_MARKS = _TRIGGERS | _CLAUSE_WORDS
"""Words a reported clause can end at (a cue, ``لكن``): each block lists where they stand."""

_WORD_RE = re.compile(r"[\w#]+")
"""A word: letters, digits, ``_`` and ``#``; stdlib ``re`` runs this class twice as fast as ``regex``."""
_WORD_SPLIT_RE = re.compile(f"({_WORD_RE.pattern})")
"""The words of :data:`_WORD_RE` with the gaps between them."""
_QUOTE_RE = re.compile(r"[“”\"]")
_SENT_END_RE = regex.compile(r"[.!?;](?=[\s”\"]|$)|\n")
"""A sentence end: ``.!?;`` before a space, a quote mark or the end, or a line break. The parser
applies this rule with ``str.find`` (:func:`_sentence_ends`, twice as fast on news text); the
pattern is its reference in the tests."""
_SENT_FOLLOW = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x3001))))) | {"”", '"'}
r"""What may follow ``.!?;`` at a sentence end: the characters ``regex`` counts as ``\s``, and quote marks."""
_PAREN_RE = re.compile(r"[-(]")
_SOURCE_END_RE = re.compile(r"[,“”\"]")
_BREAK_PUNCT_RE = re.compile(r"[.!?:\n“”\"()\[\]]")

MAX_SPEAKER_WORDS = 22
"""How far a verb looks for what introduces its content (words)."""
MAX_SVO_WORDS = 9
"""How far a verb looks back for a subject written before it (words)."""
MAX_CONTENT_WORDS = 400
"""Longest indirect content (words): a clause with no full stop ends here."""
MAX_TITLE_CHARS = 60
"""Longest quotation that may still be a name or scare quote inside running text."""
MAX_HEADLINE_SPEAKER_WORDS = 10
"""Longest speaker before a headline colon (``رئيس لجنة الطاقة في البرلمان ...:``)."""
MAX_LINK_BACK = 50
"""How many earlier attributions an implicit speaker looks back over for the one it continues."""
MAX_SEMICOLONS = 4
"""How many ``؛`` a subject search passes over to reach the start of its sentence."""
MAX_SOURCE_WORDS = 12
"""How long the source after ``بحسب``/``وفقا لـ`` may run (words)."""

# ---------------------------------------------------------------- per-block context


@attrs.define
class _Found:
    """One attribution in view offsets, before it is mapped and ordered."""

    kind: SpeechKind
    cue: tuple[int, int]
    content: tuple[int, int]
    speaker: tuple[int, int] | None = None
    via: tuple[int, int] | None = None
    implicit: bool = False


@attrs.define
class _Block:
    text: str
    start: int
    end: int
    words: list[str]
    starts: list[int]
    ends: list[int]
    quotes: dict[int, tuple[int, int]]
    """Opening-mark index -> (content end, index after the closing mark)."""
    closers: dict[int, int]
    """Closing-mark index -> opening-mark index."""
    quote_starts: list[int]
    quote_ends: list[int]
    sent_ends: list[int]
    marks: list[int]
    """Indices of the words in :data:`_MARKS`, in order (cues and clause words)."""
    cues: list[int]
    """Indices of the cue words that :func:`_may_report`, in order."""
    reporting: set[int] = attrs.Factory(set)
    """Word indices of the cues whose content was found (so that no later rule scans them again)."""


def _pair_quotes(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quote pairs in ``text[start:end]``: (opening index, closing index or ``end``, closed)."""
    pairs: list[tuple[int, int, bool]] = []
    open_at = -1
    for m in _QUOTE_RE.finditer(text, start, end):
        ch = m.group()
        i = m.start()
        if open_at < 0:
            if ch != "”":
                open_at = i
        elif ch == "“" and not (
            i > start and not text[i - 1].isspace() and (i + 1 >= end or not text[i + 1].isalnum())
        ):
            open_at = i
        else:
            pairs.append((open_at, i, True))
            open_at = -1
    if open_at >= 0:
        pairs.append((open_at, end, False))
    return pairs


def _has_quote(segment: str) -> bool:
    """Whether ``segment`` holds a quote mark of the view (three C scans beat one pattern call)."""
    return '"' in segment or "“" in segment or "”" in segment


_NO_QUOTES: dict[int, tuple[int, int]] = {}
_NO_CLOSERS: dict[int, int] = {}
_NO_COVER: list[tuple[int, int]] = []
_NO_POSITIONS: list[int] = []
"""Shared empty tables for the many blocks without quote marks (never mutated)."""


def _quotations(
    text: str, ranges: Sequence[tuple[int, int]], segments: Sequence[str]
) -> tuple[list[dict[int, tuple[int, int]]], list[list[tuple[int, int]]]]:
    """Per range: opening mark -> (content end, index after the closing mark), and the spans quotes cover.

    A quotation left open at a paragraph's end runs on while the next
    paragraph opens with a quote mark (the print convention).
    """
    if not _has_quote(text):
        return [_NO_QUOTES] * len(ranges), [_NO_COVER] * len(ranges)
    raw = [_pair_quotes(text, s, e) if _has_quote(seg) else [] for (s, e), seg in zip(ranges, segments, strict=True)]
    if not any(raw):
        return [_NO_QUOTES] * len(ranges), [_NO_COVER] * len(ranges)
    quotes: list[dict[int, tuple[int, int]]] = [{} for _ in ranges]
    covered: list[list[tuple[int, int]]] = [[] for _ in ranges]
    for k in range(len(ranges)):
        for q_open, q_close, was_closed in raw[k]:
            closed = was_closed
            close, after = q_close, (q_close + 1 if closed else q_close)
            covered[k].append((q_open, after))
            j = k + 1
            while not closed and j < len(ranges):
                s = _skip_space(text, ranges[j][0], ranges[j][1])
                if not raw[j] or raw[j][0][0] != s or text[s] not in '“"':
                    break
                _o, c2, closed = raw[j].pop(0)
                close, after = c2, (c2 + 1 if closed else c2)
                covered[j].append((ranges[j][0], after))
                j += 1
            quotes[k][q_open] = (close, after)
    return quotes, covered


def _build_blocks(text: str, ranges: Sequence[tuple[int, int]], headlines: Sequence[bool]) -> list[_Block | None]:
    """Tokens, quote pairs (joined over paragraphs by the quotation convention) and sentence ends.

    A block with no cue word and no headline colon to look at can hold no
    attribution: it is ``None``, and is not tokenised further (most of the
    saving on long articles).
    """
    segments = [text[s:e] for s, e in ranges]
    quotes, covered = _quotations(text, ranges, segments)
    blocks: list[_Block | None] = []
    for (s, e), seg, q, cov, headline in zip(ranges, segments, quotes, covered, headlines, strict=True):
        parts = _WORD_SPLIT_RE.split(seg)  # gap, word, gap, word, ..., gap
        words = parts[1::2]
        if _TRIGGERS.isdisjoint(words) and not (headline and ":" in seg):
            blocks.append(None)
            continue
        marks = [k for k, w in enumerate(words) if w in _MARKS]
        cues = [k for k in marks if words[k] in _TRIGGERS and _may_report(words, k)]
        if not cues and not headline:
            blocks.append(None)  # every cue word is negated or blocked (``لم يعلن``, ``قال عنه``)
            continue
        offsets = list(itertools.accumulate(map(len, parts), initial=s))
        if cov:
            cov.sort()
            sent = [i for i in _sentence_ends(seg, s) if not _inside(cov, i)]
            sent.extend(close for close, after in q.values() if after > close and text[close - 1] in ".!?")
            sent.sort()
            closers = {close: o for o, (close, after) in q.items() if after > close}
            opens, shuts = [c[0] for c in cov], [c[1] for c in cov]
        else:
            sent = _sentence_ends(seg, s)
            closers, opens, shuts = _NO_CLOSERS, _NO_POSITIONS, _NO_POSITIONS
        starts, ends = offsets[1:-1:2], offsets[2::2]
        blocks.append(_Block(text, s, e, words, starts, ends, q, closers, opens, shuts, sent, marks, cues))
    return blocks


def _sentence_ends(segment: str, start: int) -> list[int]:
    """Indexes (from ``start``) of the sentence ends in ``segment``, in order: :data:`_SENT_END_RE`'s matches."""
    ends: list[int] = []
    last = len(segment) - 1
    for mark in ".!?;":
        i = segment.find(mark)
        while i >= 0:
            if i == last or segment[i + 1] in _SENT_FOLLOW:
                ends.append(start + i)
            i = segment.find(mark, i + 1)
    i = segment.find("\n")
    while i >= 0:
        ends.append(start + i)
        i = segment.find("\n", i + 1)
    ends.sort()
    return ends


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    """Whether ``i`` lies inside one of the sorted, disjoint ``spans``."""
    k = bisect.bisect_right(spans, (i, 1 << 62)) - 1
    return k >= 0 and spans[k][0] < i < spans[k][1]


def _in_quote(b: _Block, i: int) -> bool:
    """Whether view index ``i`` lies inside a quotation of the block."""
    if not b.quote_starts:
        return False
    k = bisect.bisect_right(b.quote_starts, i) - 1
    return k >= 0 and b.quote_starts[k] < i < b.quote_ends[k]


def _sentence_end(b: _Block, i: int) -> int:
    k = bisect.bisect_right(b.sent_ends, i)
    return b.sent_ends[k] if k < len(b.sent_ends) else b.end


def _sentence_start(b: _Block, i: int, *, through_semicolons: bool = False) -> int:
    """Start of the sentence holding ``i``; a ``؛`` may be passed over (it often joins clauses of one sentence)."""
    k = bisect.bisect_left(b.sent_ends, i) - 1
    passed = 0
    while through_semicolons and k >= 0 and b.text[b.sent_ends[k]] == ";" and passed < MAX_SEMICOLONS:
        k -= 1
        passed += 1
    return b.sent_ends[k] + 1 if k >= 0 else b.start


# ---------------------------------------------------------------- parts


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    """``s:e`` without outer spaces and separators; ``None`` when nothing is left."""
    while s < e and (text[s].isspace() or text[s] in ",;-–"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:-–"):
        e -= 1
    return (s, e) if e > s else None


def _is_media(word: str) -> bool:
    return word in _MEDIA or word in _AGENCY_FIRST


def _via_at(b: _Block, j: int, last: int) -> tuple[int, int] | None:
    """``لوكالة X``, ``للصحيفة``, ``لفرانس برس``, ``مع شبكة X``: the outlet named at word ``j``."""
    words, starts = b.words, b.starts
    w = words[j]
    skip = -1
    if len(w) > 2 and w[0] == "ل" and _is_media(w[1:]):
        skip = 1
    elif len(w) > 3 and w.startswith("لل") and _is_media(w[2:]):
        skip = 2
    elif w in ("مع", "ل") and j + 1 < last and _is_media(words[j + 1].removeprefix("ال")):
        return _via_from(b, j + 1, last, starts[j + 1])
    if skip < 0:
        return None
    return _via_from(b, j, last, starts[j] + skip)


def _via_from(b: _Block, j: int, last: int, start: int) -> tuple[int, int] | None:
    words, starts, ends = b.words, b.starts, b.ends
    v_end = last
    for k in range(j + 1, last):
        w = words[k]
        if w in _STOPS or w == _PREP_IN or w in _COMPS or "," in b.text[ends[k - 1] : starts[k]]:
            v_end = k
            break
    return _trim(b.text, start, ends[v_end - 1])


def _speaker_and_via(
    b: _Block, first: int, last: int, end: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Split the words ``words[first:last]`` (ending at view index ``end``) into speaker and via."""
    text = b.text
    words, starts, ends = b.words, b.starts, b.ends
    while first < last and (words[first] in _LEAD_PRONOUNS or words[first] in _MANNER):
        first += 2 if words[first] in _MANNER else 1
    first = min(first, last)
    if first < last and words[first] in _OPENING_PREPOSITIONS:
        return None, None  # ``أعلن في أعقاب ...``: a speaker never opens with a preposition
    via: tuple[int, int] | None = None
    if first + 1 < last and words[first] == "ل":
        # ``وأكد لـ"الرياض" فلان أن``: a quoted outlet before the speaker
        q = _skip_space(text, ends[first], starts[first + 1])
        if q in b.quotes:
            close = b.quotes[q][0]
            via = _trim(text, q + 1, close)
            first = _tok_index(b, close)
    stop = last
    commas = 0
    for j in range(first, last):
        w = words[j]
        if via is None:
            via = _via_at(b, j, last) if w[:1] == "ل" or w == "مع" else None
            if via is None and j > first and stop < last and words[j] in _MEDIA:
                via = _via_from(b, j, last, starts[j])
            if via is not None and stop == last:
                stop = j
        if stop < last:
            if via is not None:
                break
            continue
        gap = text[ends[j - 1] : starts[j]] if j > first else " "
        if gap != " ":
            if "-" in gap or "(" in gap:
                stop = j
                continue
            if "," in gap:
                commas += 1
                if commas > 1 or not _apposition(b, j, last):
                    stop = j
                    continue
        if w == "ل" or w in _NEGATIONS:
            stop = j
            continue
        if w in _TITLE_PREPS and any(words[k] in _TITLE_PREP_HEADS for k in range(max(first, j - 2), j)):
            continue  # ``المشرف العام على المهرجان``, ``المسؤول عن الملف``: part of the title
        if (
            w in _STOPS
            or w in _ATTRIB
            or w in _RELATIVES
            or (j > first and w in _EVENT_FORMS)
            or (
                w == _PREP_IN
                and j + 1 < last
                and (
                    words[j + 1] in _EVENT_FORMS
                    or words[j + 1] in _STOPS
                    or words[j + 1][:1].isdigit()
                    or _is_media(words[j + 1].removeprefix("ال"))
                )
            )
        ):
            stop = j
    if stop <= first:
        return None, via
    return _trim(text, starts[first], ends[stop - 1]), via


MAX_APPOSITION_WORDS = 3
"""Longest apposition after a comma kept in a speaker (``مدير المرصد، رامي عبد الرحمن``)."""


def _apposition(b: _Block, j: int, last: int) -> bool:
    """Whether the words from ``j`` form an apposition closed by a comma or the speaker's end."""
    words, starts, ends = b.words, b.starts, b.ends
    for k in range(j, min(last, j + MAX_APPOSITION_WORDS + 1)):
        w = words[k]
        if k > j and "," in b.text[ends[k - 1] : starts[k]]:
            return True
        if w in _STOPS or w in _RELATIVES or w in (_PREP_IN, "ل") or _via_at(b, k, last) is not None:
            return k > j  # ``الوزير، فلان خلال لقاء``: an adverbial after the name closes it
    return last - j <= MAX_APPOSITION_WORDS


def _svo_subject(b: _Block, i: int) -> tuple[int, int] | None:
    """A subject written before the verb ``words[i]`` (``الوزير قال``, ``مصادر ... قد أكدت``)."""
    text = b.text
    words, starts, ends = b.words, b.starts, b.ends
    j = i - 1
    while j >= 0 and words[j] in _RELATIVES and not _BREAK_PUNCT_RE.search(text, ends[j], starts[j + 1]):
        j -= 1
    if j < 0:
        return None
    last = j
    gap = text[ends[j] : starts[j + 1]]
    if _BREAK_PUNCT_RE.search(gap):
        return None
    count = 0
    first = -1
    while j >= 0 and count < MAX_SVO_WORDS:
        w = words[j]
        if w in _SVO_STOP or w in _PRONOUN_SUBJECTS or _ROLES.get(w) is not None or w in _ATTRIB:
            break
        if w in _COMPS or _comp_at(b, j) is not None:
            return None  # ``وأنه قدم طلبا أبدى فيه``: a reported clause, not a subject, stands before the verb
        gap = text[ends[j] : starts[j + 1]]
        if _BREAK_PUNCT_RE.search(gap):
            break
        first = j
        count += 1
        j -= 1
        if j >= 0:
            gap = text[ends[j] : starts[j + 1]]
            if _BREAK_PUNCT_RE.search(gap) or "," in gap:
                break
    fw = words[first] if first >= 0 else ""
    if first < 0 or count >= MAX_SVO_WORDS or fw in _NOT_SUBJECT or (fw[:1] == "و" and fw[1:] in _NOT_SUBJECT):
        return None
    return _trim(text, starts[first], ends[last])


def _comp_at(b: _Block, j: int) -> int | None:
    """Where content starts when ``words[j]`` is a complementizer (bare, fused or after إلى/على/من)."""
    w = b.words[j]
    if w in _COMPS:
        at = b.ends[j]
    else:
        prefix = _FUSED_COMPS.get(w)
        if prefix is None:
            return None
        at = b.starts[j] + prefix
    return None if j > 0 and b.words[j - 1] in _NOT_COMP_BEFORE else at


def _clause_end(b: _Block, s: int) -> int:
    """End of the reported clause starting at ``s``: the sentence end, or a comma before the next cue."""
    end = _sentence_end(b, s)
    text = b.text
    words, starts, ends = b.words, b.starts, b.ends
    lo = _tok_index(b, s)
    hi = min(len(words), lo + MAX_CONTENT_WORDS)
    if hi < len(words) and starts[hi] < end:
        end = starts[hi]
    marks = b.marks
    for m in range(bisect.bisect_left(marks, lo), len(marks)):
        j = marks[m]
        if j >= hi or starts[j] >= end:
            break
        w = words[j]
        if _in_quote(b, starts[j]):
            continue
        gap_start = ends[j - 1] if j > 0 else b.start
        gap = text[gap_start : starts[j]]
        if "," in gap and gap_start > s:
            return gap_start + gap.index(",")
        if j > lo and _ROLES.get(w) == "participle" and w not in _AMBIGUOUS:
            return _trim_end(text, s, starts[j])  # ``... هجماته متهما تركيا``: a participle opens a new report
        if j >= 2 and w in _CLAUSE_WORDS:
            continue
        if j >= 1 and (words[j - 1] in _CLAUSE_LINKS or words[j - 1] in _PRONOUN_SUBJECTS):
            gap2 = text[ends[j - 2] : starts[j - 1]] if j >= 2 else ""
            if "," in gap2 and ends[j - 2] > s:
                return ends[j - 2] + gap2.index(",")
    return end


def _trim_end(text: str, s: int, e: int) -> int:
    """``e`` moved back over spaces, never before ``s``."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def _tok_index(b: _Block, i: int) -> int:
    """Index of the first word that ends after view index ``i``."""
    return bisect.bisect_right(b.ends, i)


def _content_from(b: _Block, s: int) -> tuple[SpeechKind, tuple[int, int]] | None:
    """Indirect content from view index ``s`` to the clause end; direct when it is one whole quotation."""
    text = b.text
    s = _skip_space(text, s, b.end)
    if s >= b.end:
        return None
    if s in b.quotes:
        close, after = b.quotes[s]
        nxt = _skip_space(text, after, b.end)
        if nxt >= b.end or text[nxt] in ".,!?:" or text[nxt] == "\n" or nxt == after:
            span = _trim_content(text, s + 1, close)
            return ("direct", span) if span else None
    e = _clause_end(b, s)
    span = _trim_content(text, s, e)
    if span is None:
        return None
    kind: SpeechKind = "mixed" if _QUOTE_RE.search(text, span[0], span[1]) else "indirect"
    return kind, span


def _trim_content(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;"):
        e -= 1
    return (s, e) if e > s else None


def _direct(b: _Block, q: int) -> tuple[SpeechKind, tuple[int, int]] | None:
    close, _after = b.quotes[q]
    span = _trim_content(b.text, q + 1, close)
    return ("direct", span) if span else None


# ---------------------------------------------------------------- cues


def _forward(b: _Block, i: int, window: int) -> tuple[int, int, tuple[SpeechKind, tuple[int, int]]] | None:
    """Scan after cue ``words[i]`` for the content: (speaker words end index, speaker end, content)."""
    text = b.text
    words, starts, ends = b.words, b.starts, b.ends
    cue = words[i]
    prep = _PREPS.get(cue)
    object_cue = cue in _OBJECT_CUES
    prev_end = ends[i]
    n = len(words)
    limit = min(n, i + 1 + window)
    for j in range(i + 1, limit + 1):
        nxt = starts[j] if j < n else b.end
        gap_start = prev_end
        if nxt - gap_start != 1 or text[gap_start] != " ":  # a single space holds nothing to stop at
            for pos in range(gap_start, nxt):
                ch = text[pos]
                if ch == ":":
                    after = _skip_space(text, pos + 1, b.end)
                    if after in b.quotes:
                        found = _direct(b, after)
                    else:
                        found = _content_from(b, after)
                        if found and found[0] == "indirect":
                            found = ("mixed", found[1])
                    return (j, gap_start, found) if found else None
                if pos in b.quotes and _is_title(b, pos):
                    continue
                if pos in b.quotes:
                    if j > i + 1 and words[i] not in _SAY and _object_head(words[i + 1]):
                        found = _content_from(b, ends[i])
                        if found is None:
                            return None
                        return (i + 1, ends[i], ("mixed", found[1]))
                    found = _direct(b, pos)
                    return (j, gap_start, found) if found else None
                if ch in ".!?;\n" and pos in _sent_set(b, pos):
                    return None
        if j >= n:
            return None
        w = words[j]
        if not (
            w in _FORWARD_WORDS
            or (object_cue and w in _OBJECT_HEAD_FORMS)
            or (prep and (w == prep or (prep == "ب" and w[:1] == "ب")))
        ):
            prev_end = ends[j]
            continue  # an ordinary word: none of the tests below can fire
        if (
            object_cue
            and _object_head(w)
            and (j == i + 1 or not w.startswith("ال"))
            and not _PAREN_RE.search(text, ends[i], starts[j])
            and not _in_quote(b, starts[j])
        ) or (j == i + 1 and w in _IN_IT and j + 1 < n and _comp_at(b, j + 1) is None):
            if w in _IN_IT:
                found = _content_from(b, ends[j])
                return (j, starts[j], found) if found else None
            found = _content_from(b, starts[j])
            return (j, starts[j], found) if found else None
        c = _comp_at(b, j) if w in _COMP_FORMS else None
        if c is not None:
            found = _content_from(b, c)
            return (j, starts[j], found) if found else None
        if prep and j > i:
            if w == prep and j + 1 < n and words[j - 1] not in _TITLE_PREP_HEADS:
                c2 = _comp_at(b, j + 1)
                found = _content_from(b, c2 if c2 is not None else ends[j])
                return (j, starts[j], found) if found else None
            if (
                prep == "ب"
                and w.startswith("ب")
                and len(w) > 3
                and _ROLES.get(w) is None
                and w not in _B_NOT
                and w not in _EVENT_FORMS
                and _masdar_after_b(w)
            ):
                found = _content_from(b, starts[j] + 1)
                return (j, starts[j], found) if found else None
        if w in _PREPS_BEFORE_AN and j + 1 < n and words[j + 1] == _AN:
            found = _content_from(b, ends[j + 1])
            return (j, starts[j], found) if found else None
        role = _ROLES.get(w)
        if role is not None or w in _ATTRIB:
            blocked = j + 1 < n and words[j + 1] in _BLOCKERS.get(w, ())
            if role in ("verb", "masdar") and w not in _AMBIGUOUS and not blocked:
                return None  # another report begins before any content
            if "," in text[prev_end : starts[j]]:
                return None
        prev_end = ends[j]
    return None


def _masdar_after_b(word: str) -> bool:
    """Whether ``word`` looks like ب + a verbal noun (``باندلاع``, ``بتنفيذ``, ``بوضع``), not a name (``بلدية``)."""
    rest = word[1:].removeprefix("ال")
    return len(rest) == 3 or (len(rest) > 3 and rest[0] in "ات")


def _is_title(b: _Block, q: int) -> bool:
    """A short quotation inside running text (a name or a scare quote), not a quotation of speech."""
    close, after = b.quotes[q]
    if after == close or close - q > MAX_TITLE_CHARS or len(_WORD_RE.findall(b.text, q, close)) > 3:
        return False
    if q > b.start and b.text[q - 1].isalpha():
        return True
    nxt = _skip_space(b.text, after, b.end)
    return nxt < b.end and b.text[nxt] not in ".,:;!?\n"


def _sent_set(b: _Block, pos: int) -> tuple[int, ...]:
    k = bisect.bisect_left(b.sent_ends, pos)
    return (pos,) if k < len(b.sent_ends) and b.sent_ends[k] == pos else ()


def _chain_before(b: _Block, i: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """For ``نقلت X عن Y قوله``: (speaker Y, via X, start of the chain verb)."""
    words, starts, ends = b.words, b.starts, b.ends
    text = b.text
    an = -1
    for j in range(i - 1, max(-1, i - 1 - MAX_SPEAKER_WORDS), -1):
        if "." in text[ends[j] : starts[j + 1]]:
            break
        if words[j] == "عن":
            an = j
            break
    if an < 0:
        return None, None, starts[i]
    speaker, _v = _speaker_and_via(b, an + 1, i, starts[i])
    verb = -1
    for j in range(an - 1, max(-1, an - 1 - MAX_SOURCE_WORDS), -1):
        if words[j] in _CHAIN or (words[j][:1] in "وف" and words[j][1:] in _CHAIN):
            verb = j
            break
    if verb < 0:
        return speaker, None, starts[an]
    via = _trim(text, starts[verb + 1], ends[an - 1]) if an > verb + 1 else None
    return speaker, via, starts[verb]


_WINDOWS = {"verb": MAX_SPEAKER_WORDS, "participle": 8, "masdar": 2}
"""How many words after a cue of each role may stand before its content."""


def _verb_cue(b: _Block, i: int, role: str) -> _Found | None:
    words, starts, ends = b.words, b.starts, b.ends
    text = b.text
    window = _WINDOWS[role]
    got = _forward(b, i, window)
    if got is None:
        return _postposed(b, i) if role == "verb" else None
    b.reporting.add(i)
    j, spk_end, (kind, content) = got
    speaker: tuple[int, int] | None = None
    via: tuple[int, int] | None = None
    cue = (starts[i], ends[i])
    if role == "masdar":
        speaker, via, _s = _chain_before(b, i)
        if speaker is None:
            return None
        return _Found(kind, cue, content, speaker, via)
    if role == "verb" and j > i + 1:
        last = j
        if words[i] in _CHAIN or words[i][1:] in _CHAIN:
            for k in range(i + 1, j):
                if words[k] == "عن":
                    via = _trim(text, starts[i + 1], ends[k - 1]) if k > i + 1 else None
                    speaker, _v = _speaker_and_via(b, k + 1, j, spk_end)
                    break
        if speaker is None and via is None:
            speaker, via = _speaker_and_via(b, i + 1, last, spk_end)
            if speaker is not None and words[i] in _ADDRESSEE_CUES:
                speaker = _addressee_cut(b, i, speaker)
    if role == "verb" and speaker is None and via is None and i + 1 < len(words) and words[i + 1] in _IN_IT:
        speaker, via, _s = _chain_before(b, i)
    if role == "verb" and speaker is None and words[i][0] not in "وف":
        speaker = _svo_subject(b, i)
    if speaker is None and role in ("verb", "participle"):
        speaker = _sentence_subject(b, i)
    if speaker is None and role == "verb" and j == i + 1 and words[i].lstrip("وف").startswith("ي"):
        return None  # impersonal passive: يُذكر أن، يُعتقد أن، يُتوقع أن
    return _Found(kind, cue, content, speaker, via, implicit=speaker is None)


def _addressee_cut(b: _Block, i: int, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker left once the addressee of ``دعا``/``حث``/``اتهم`` at word ``i`` is taken out."""
    text = b.text
    comma = text.find(",", speaker[0], speaker[1])
    if comma >= 0:
        return _trim(text, speaker[0], comma)  # ``اتهم الزوج، الجامعة``: the speaker, then whom
    prev_gap = text[b.ends[i - 1] : b.starts[i]] if i > 0 else ""
    continues = (i > 0 and b.words[i - 1] in _CONTINUERS) or ("," in prev_gap and b.words[i][:1] == "و")
    return None if continues else speaker


_SUBJECT_STOPS = _fold_all(SUBJECT_STOPS)
MAX_SUBJECT_WORDS = 7
"""Longest subject taken from the start of the cue's sentence (``وأبدى اللاعب سعادته ... وقال``)."""


_SIDE_WORDS = _fold_all(SIDE_WORDS)


def _object_start(word: str) -> bool:
    """Whether ``word`` opens the object after a subject: ب + verbal noun (``بإقرار``) or an accusative (``تفاؤلا``)."""
    if word.startswith("ب") and len(word) > 3 and _masdar_after_b(word):
        return True
    return word.endswith("ا") and not word.startswith("ال") and len(word) > 3


def _sentence_subject(b: _Block, i: int) -> tuple[int, int] | None:
    """The subject of a sentence that opens with another verb (``وكان ترامب قد امتدح ... وقال إن``)."""
    words, starts, ends = b.words, b.starts, b.ends
    text = b.text
    s0 = _tok_index(b, _sentence_start(b, starts[i], through_semicolons=True))
    if s0 + 1 < i and words[s0] in ("من", "ومن") and words[s0 + 1] in _SIDE_WORDS:
        s0 += 2  # ``من جهته، كشف الرئيس ...``
    if s0 >= i - 1 or i - s0 > MAX_SPEAKER_WORDS * 2:
        return None
    if b.quote_starts and any(_in_quote(b, starts[k]) for k in range(s0, i)):
        return None
    marks = b.marks
    for m in range(bisect.bisect_left(marks, s0), bisect.bisect_left(marks, i)):
        k = marks[m]
        w = words[k]
        if w in _ATTRIB:
            return None
        if _ROLES.get(w) is not None and (k > s0 or k in b.reporting):
            return None  # the sentence already reports through an earlier cue: continue that one
    head = words[s0]
    if head in _KANA or (
        len(head) >= 3
        and not head.startswith(("ال", "وال"))
        and head not in _SVO_STOP
        and head not in _NOT_SUBJECT
        and head[1:] not in _NOT_SUBJECT
        and head not in _PRONOUN_SUBJECTS
    ):
        first = s0 + 1
    else:
        return None
    last = first
    named = False
    while last < i and last - first < MAX_SUBJECT_WORDS:
        w = words[last]
        if not w.startswith(("ال", "وال")):
            named = named or last > first
        elif named and words[last - 1].startswith("ال"):
            break  # ``وزيرة الثقافة منى الصالح الوفد``: a second definite word after the name is the object
        gap = text[ends[last - 1] : starts[last]]
        if last > first and ("," in gap or _BREAK_PUNCT_RE.search(gap)):
            break
        if w in _SUBJECT_STOPS or w in _STOPS or _object_head(w) or w in _RELATIVES:
            break
        if last > first and _object_start(w):
            break
        last += 1
    fw = words[first]
    titled = fw.startswith("ال") or fw in _SOURCES or fw.removesuffix("ه") in _SOURCES
    if last == first or (head not in _KANA and not titled and last - first > 2):
        return None
    return _trim(text, starts[first], ends[last - 1])


def _postposed(b: _Block, i: int) -> _Found | None:
    """``“...”، قال الوزير``: a verb right after a closing quote mark takes that quotation."""
    text = b.text
    words, starts, ends = b.words, b.starts, b.ends
    k = starts[i] - 1
    while k > b.start and (text[k].isspace() or text[k] in ","):
        k -= 1
    if k <= b.start or text[k] not in '”"' or text[k - 1] in ".!?":
        return None
    opener = b.closers.get(k, -1)
    if opener < 0:
        return None
    found = _direct(b, opener)
    if found is None:
        return None
    end = _sentence_end(b, ends[i])
    last = i + 1
    while last < len(words) and starts[last] < end and last - i <= MAX_SPEAKER_WORDS:
        if "," in text[ends[last - 1] : starts[last]]:
            break
        last += 1
    speaker, via = _speaker_and_via(b, i + 1, last, end) if last > i + 1 else (None, None)
    return _Found(found[0], (starts[i], ends[i]), found[1], speaker, via, implicit=speaker is None)


def _phrase_cue(b: _Block, i: int) -> _Found | None:
    """``بحسب``/``وفقا لـ``/``حسب``/``نقلا عن``/``طبقا لـ``: the source after it, the clause around it."""
    words, starts, ends = b.words, b.starts, b.ends
    text = b.text
    n = len(words)
    j = i + 1
    w = _ATTRIB_BASE.get(words[i], words[i])
    if w.startswith("نقل"):
        if j >= n or words[j] != "عن":
            return None
        j += 1
    if j < n and words[j] in ("ل", "لـ"):
        j += 1
    if j >= n:
        return None
    sent_end = _sentence_end(b, ends[i])
    src_first = j
    src_last = j
    while src_last < n and starts[src_last] < sent_end and src_last - src_first < MAX_SOURCE_WORDS:
        if src_last > src_first and _SOURCE_END_RE.search(text, ends[src_last - 1], starts[src_last]):
            break
        src_last += 1
    if src_last == src_first:
        return None
    first_word = words[src_first]
    if first_word.startswith("ل") and len(first_word) > 2 and first_word[1:] not in ("كن",):
        first_word = first_word[1:]
    via: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    if first_word == "ما" or w == "حسبما":
        k0 = src_first + (1 if first_word == "ما" else 0)
        if k0 < src_last:
            k0 += 1  # the verb of ``بحسب ما ذكرته``, ``حسبما نقلت``, ``بحسب ما نصت عليه``
        while k0 < src_last and words[k0] in _VERB_OBJECT_PRONOUNS:
            k0 += 1
        if k0 < src_last and words[k0] in _NOT_SUBJECT:
            k0 = src_last  # ``حسب ما صرح به عبر حسابه``: no source named
        an = next((k for k in range(k0, src_last) if words[k] == "عن"), -1)
        far = min(n, src_first + MAX_SOURCE_WORDS)
        an_far = next((k for k in range(src_last, far) if starts[k] < sent_end and words[k] == "عن"), -1)
        if an < 0 and k0 < src_last and an_far > 0:
            # ``بحسب ما نقلته وكالة X، الثلاثاء، عن Y``: the outlet, an aside, then the person
            via = _trim(text, starts[k0], ends[src_last - 1])
            src_last = an_far + 1
            while src_last < n and starts[src_last] < sent_end and src_last - an_far <= MAX_SOURCE_WORDS:
                src_last += 1
            speaker, _v = _speaker_and_via(b, an_far + 1, src_last, ends[src_last - 1])
        elif an > k0:
            via = _trim(text, starts[k0], ends[an - 1])
            speaker, _v = _speaker_and_via(b, an + 1, src_last, ends[src_last - 1])
        elif k0 < src_last:
            speaker, via2 = _speaker_and_via(b, k0, src_last, ends[src_last - 1])
            via = via2
            if via is None and speaker is not None and _is_media(text[speaker[0] : speaker[1]].split(" ", 1)[0]):
                via, speaker = speaker, None
    else:
        base = first_word.removeprefix("ال")
        known = (
            first_word in _SOURCES
            or base in _SOURCES
            or base.removesuffix("ه") in _SOURCES
            or _is_media(first_word)
            or _is_media(base)
        )
        loose = not w.startswith(("وفق", "طبق")) and src_last - src_first >= 2 and not first_word.startswith("ال")
        if not (known or loose):
            return None
        speaker, via = _speaker_and_via(b, src_first, src_last, ends[src_last - 1])
        if speaker is not None and words[src_first] != first_word and speaker[0] == starts[src_first]:
            speaker = (speaker[0] + 1, speaker[1])
    if speaker is None and via is None:
        return None
    if speaker is None:
        # ``بحسب وكالة الأنباء الفرنسية``: an outlet with no one behind it is the source itself
        speaker, via = via, None
    sent_start = _sentence_start(b, starts[i])
    if _tok_index(b, sent_start) >= i:
        after = ends[src_last - 1]
        after = _skip_space(text, after, b.end)
        if after < b.end and text[after] == ",":
            after += 1
        k = _tok_index(b, after)
        if k < n and words[k] in _CONTENT_OPENERS:
            after = ends[k]
        found = _content_from(b, after)
    else:
        s = max(sent_start, starts[max(0, i - MAX_CONTENT_WORDS)])
        span = _trim_content(text, s, starts[i])
        if src_last < n and starts[src_last] < sent_end and words[src_last] not in _CLAUSE_WORDS:
            # ``وتطرق الاجتماع، بحسب الوكالة، إلى ...``: the phrase sits inside the reported clause;
            # the content is its longer side (it never takes in the cue)
            rest = _trim_content(text, starts[src_last], _clause_end(b, starts[src_last]))
            if rest is not None and (span is None or rest[1] - rest[0] > span[1] - span[0]):
                span = rest
        if span is None:
            return None
        kind: SpeechKind = "mixed" if _QUOTE_RE.search(text, span[0], span[1]) else "indirect"
        if span[0] in b.quotes and b.quotes[span[0]][0] >= span[1] - 1:
            kind, span = "direct", (span[0] + 1, b.quotes[span[0]][0])
        found = (kind, span)
    if found is None:
        return None
    return _Found(found[0], (starts[i], ends[i]), found[1], speaker, via)


def _headline_colon(b: _Block) -> _Found | None:
    """Headline ``X: ...`` or ``X "Y": ...`` with a short speaker and no verb before the colon."""
    text = b.text
    colon = text.find(":", b.start, b.end)
    if colon < 0:
        return None
    cut = max(text.rfind("..", b.start, colon), text.rfind("|", b.start, colon))
    left = _trim(text, (cut + 2 if text[cut : cut + 2] == ".." else cut + 1) if cut >= 0 else b.start, colon)
    if left is None:
        return None
    right_words = _WORD_RE.findall(text, colon, min(b.end, colon + 60))[:5]
    if any(_ROLES.get(w) == "verb" for w in right_words):
        return None
    words = _WORD_RE.findall(text, left[0], left[1])
    if (
        not 1 <= len(words) <= MAX_HEADLINE_SPEAKER_WORDS
        or any(w in _LABELS for w in words)
        or any(w.isdigit() for w in words)
    ):
        return None
    if any(_ROLES.get(w) == "verb" and w not in ("يكشف",) for w in words[1:2]):
        return None
    found = _content_from(b, colon + 1)
    if found is None:
        return None
    kind, content = found
    if (
        kind == "mixed"
        and text[content[0]] in '“"'
        and content[0] in b.quotes
        and b.quotes[content[0]][0] >= content[1] - 1
    ):
        kind, content = "direct", (content[0] + 1, b.quotes[content[0]][0])
    if kind == "mixed":
        kind = "indirect"
    return _Found(kind, (colon, colon + 1), content, left)


_OBJECT_HEADS = frozenset(normalize_word(w).removesuffix("ه") for w in OBJECT_HEADS)
_OBJECT_CUES = frozenset(
    normalize_word(f) for v in VERBS if v[0] in OBJECT_VERBS for f in with_prefixes(verb_forms(v)) if f
)
_ADDRESSEE_CUES = frozenset(
    normalize_word(f) for v in VERBS if v[0] in ADDRESSEE_VERBS for f in with_prefixes(verb_forms(v)) if f
)
_CONTINUERS = _fold_all(CONTINUERS)
_OBJ_SUFFIX_RE = regex.compile(r"(?:ت(?:ه|ها|هم|هما|نا)|ه)$")
_OBJ_SUFFIXES = ("", "ه", "ته", "تها", "تهم", "تهما", "تنا")


def _object_head_rule(word: str) -> bool:
    """Whether ``word`` is an object-opening noun, bare or with a pronoun (``رغبته``, ``أهمية``)."""
    w = word.removeprefix("ال")
    return w.removesuffix("ه") in _OBJECT_HEADS or _OBJ_SUFFIX_RE.sub("", w) in _OBJECT_HEADS


_OBJECT_HEAD_FORMS = frozenset(
    form
    for head in _OBJECT_HEADS
    for article in ("", "ال")
    for suffix in _OBJ_SUFFIXES
    if _object_head_rule(form := article + head + suffix)
)
"""Every word :func:`_object_head_rule` accepts, spelled out once (the rule only strips ال and one
pronoun ending, so every accepted word is some head with one of these prefixes and endings)."""


def _object_head(word: str) -> bool:
    """Whether ``word`` is an object-opening noun, bare or with a pronoun (``رغبته``, ``أهمية``)."""
    return word in _OBJECT_HEAD_FORMS


_BLOCKERS: dict[str, frozenset[str]] = {
    normalize_word(p + cue): _fold_all(after) for cue, after in NOT_CUE_BEFORE for p in ("", "و", "ف")
}
_AMBIGUOUS = _fold_all([p + w for w in AMBIGUOUS_FORMS for p in ("", "و", "ف")])


def _ambiguous_ok(b: _Block, i: int) -> bool:
    """A cue form that is also a common word (``عبر`` through, ``بين`` between) counts only before its content."""
    if i + 1 >= len(b.words):
        return False
    nxt = b.words[i + 1]
    return (
        nxt in _AMBIGUOUS_PREPS or _comp_at(b, i + 1) is not None or b.text[b.ends[i] : b.starts[i + 1]].strip() != ""
    )


def _may_report(words: list[str], i: int) -> bool:
    """Whether the cue word ``words[i]`` can report, judging by its neighbours alone: not before a word
    that blocks it (``قال عنه``) and, for a verb, not after a negation or a preposition (``لم يعلن``)."""
    w = words[i]
    if i + 1 < len(words) and words[i + 1] in _BLOCKERS.get(w, ()):
        return False
    return not (i > 0 and _ROLES.get(w) == "verb" and words[i - 1] in _NOT_A_REPORT_BEFORE)


def _block_speech(b: _Block, headline: bool) -> list[_Found]:
    found: list[_Found] = []
    if headline:
        h = _headline_colon(b)
        if h is not None:
            found.append(h)
    words = b.words
    for i in b.cues:
        w = words[i]
        if _in_quote(b, b.starts[i]):
            continue
        if w in _AMBIGUOUS and not _ambiguous_ok(b, i):
            continue
        role = _ROLES.get(w)
        f = _phrase_cue(b, i) if w in _ATTRIB or role is None else _verb_cue(b, i, role)
        if f is not None:
            found.append(f)
    return found


# ---------------------------------------------------------------- assembling


def _media_speaker(f: _Found, text: str) -> bool:
    if f.speaker is None:
        return False
    s, e = f.speaker
    space = text.find(" ", s, e)
    first = text[s : space if space >= 0 else e]
    base = first.removeprefix("و").removeprefix("ال")
    return _is_media(first) or _is_media(base) or base in _MEDIA


def _merge_agency_wrappers(items: list[_Found], text: str) -> list[_Found]:
    """``وذكرت الوكالة أن الأسد أشار ...``: the inner attribution, with the outlet as its via."""
    wrappers = [f for f in items if f.via is None and _media_speaker(f, text)]
    if not wrappers:
        return items
    by_speaker_start = {f.speaker[0]: f for f in items if f.speaker is not None}
    drop: set[int] = set()
    for w in wrappers:
        if w.via is not None:
            continue  # itself the inner act of an earlier wrapper
        inner = by_speaker_start.get(w.content[0])
        if inner is not None and inner is not w and inner.via is None:
            inner.via = w.speaker
            drop.add(id(w))
    order = sorted(items, key=lambda f: f.cue[0])
    cues = [f.cue[0] for f in order]
    for w in wrappers:
        k = bisect.bisect_left(cues, w.content[0])
        while k < len(order) and cues[k] < w.content[1]:
            f = order[k]
            if f is not w and f.via is None:
                f.via = w.speaker
            k += 1
    return [f for f in items if id(f) not in drop]


_BY_START_THEN_CUE = operator.itemgetter(0, 1)


def _assemble(view: NormalizedText, items: list[_Found]) -> tuple[Attribution, ...]:
    """Attributions in document order, mapped to original offsets, with implicit speakers linked back."""
    items = _merge_agency_wrappers(items, view.text)
    seen: set[tuple[int, int]] = set()
    ordered: list[tuple[int, int, int, _Found]] = []
    for f in items:
        if f.cue in seen:
            continue
        seen.add(f.cue)
        start, end = min(f.cue[0], f.content[0]), max(f.cue[1], f.content[1])
        for p in (f.speaker, f.via):
            if p is not None:
                start, end = min(start, p[0]), max(end, p[1])
        ordered.append((start, f.cue[0], end, f))
    ordered.sort(key=_BY_START_THEN_CUE)
    original = view.original
    to_original = view.to_original

    def sp(p: tuple[int, int] | None) -> Span | None:
        if p is None:
            return None
        s, e = to_original(p[0], p[1])
        return span_unchecked(original, s, e)

    out: list[Attribution] = []
    for idx, (start, cue_at, end, f) in enumerate(ordered):
        link: int | None = None
        if f.implicit:
            for k in range(idx - 1, max(-1, idx - 1 - MAX_LINK_BACK), -1):
                if ordered[k][1] < cue_at:
                    link = k
                    break
        s, e = to_original(start, end)
        whole = span_unchecked(original, s, e)
        parts = (sp(f.cue), sp(f.speaker), sp(f.content), sp(f.via))
        out.append(attribution_unchecked(whole, f.kind, parts, link))
    return tuple(out)


_SPEECH_KINDS = frozenset(("headline", "paragraph", "subheading"))
_LEAD_SEPARATORS_RE = regex.compile(r"[\s:\-\u2013\u2014,\u060c]*")


def _lead_end(block: Block, skip: Sequence[Span]) -> int:
    """Where the text of ``block`` starts once the ``skip`` spans at its head and their separators are passed."""
    start = block.start
    for s in skip:
        if block.start <= s.start < block.end and s.end > start:
            start = min(s.end, block.end)
    if start == block.start:
        return start
    m = _LEAD_SEPARATORS_RE.match(block.text, start - block.start)
    return block.start + (m.end() if m else start - block.start)


def find_speech(view: NormalizedText, blocks: Sequence[Block], *, skip: Sequence[Span] = ()) -> tuple[Attribution, ...]:
    """Every attribution in the headline, subheading and paragraph blocks of ``view``.

    ``skip`` holds spans that open a paragraph but are not its text (the
    dateline and byline of ``سامر الحداد - سبق - الرياض: ...``); the
    paragraph is read from after them, so no content takes them in.
    """
    chosen = [b for b in blocks if b.kind in _SPEECH_KINDS]
    if view.aligned and not skip:
        ranges = [(b.start, b.end) for b in chosen]  # view and original indexes coincide
    else:
        to_view = view.to_view
        ranges = [(to_view(_lead_end(b, skip) if skip else b.start), to_view(b.end)) for b in chosen]
    headlines = [b.kind == "headline" for b in chosen]
    built = _build_blocks(view.text, ranges, headlines)
    items: list[_Found] = []
    for blk, headline in zip(built, headlines, strict=True):
        if blk is not None:
            items.extend(_block_speech(blk, headline))
    return _assemble(view, items)


def parse_speech(text: str) -> tuple[Attribution, ...]:
    """Attributed speech in bare paragraphs: each non-empty line is a body paragraph (no headline)."""
    if not isinstance(text, str):
        raise TypeError(f"parse_speech() takes a str (got {type(text).__name__})")
    view = normalize(text)
    blocks: list[Block] = []
    pos = 0
    for line in view.text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        trimmed = _trim_content(view.text, s, e)
        if trimmed is None:
            continue
        span = view.span(s, e)
        blocks.append(Block(span.start, span.end, span.text, kind="paragraph"))
    return find_speech(view, blocks)
