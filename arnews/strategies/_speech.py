"""Speech acts: drawn as structure, rendered as the sentences Arabic outlets write.

Forms (each with its expected attribution, following the annotation
guidelines: cue with its attached و, content without quote marks or the
final full stop, speaker as the whole naming phrase, via as the agency):

- ``indirect``     وقال وزير الصحة سامر الحداد إن الحكومة ستفتح المعبر.
- ``fused``        وأوضح الوزير أنه تم توقيف ثلاثة أشخاص.   (content keeps ``أنه``)
- ``direct``       وقال الوزير في بيان: «المعبر سيفتح غدا».
- ``mixed``        وقال الوزير إن المعبر سيبقى «مغلقا حتى إشعار آخر».
- ``colon``        وقال الوزير: سنواصل العمل حتى ...   (unmarked first person: mixed)
- ``postposed``    «المعبر سيفتح غدا»، قال الوزير.
- ``according``    ارتفع عدد الضحايا إلى 12، بحسب وزارة الصحة.
- ``agency``       ونقلت وكالة الأناضول عن مسؤول قوله إن ...   (cue ``قوله``, via the agency)
- ``continuation`` وأضاف أن ... / وتابع: «...»   (no speaker; ``speaker_of`` the last explicit one)
- a participle tail on most forms: ``...، مشيرا إلى أن ...`` (a second act continuing the speaker).
"""

from __future__ import annotations

from typing import Literal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from arnews.model import Attribution, SpeechKind
from arnews.strategies._results import RenderedSpeech
from arnews.strategies._text import Style, styles
from arnews.strategies._vocabulary import (
    CLAUSES,
    FAMILY_NAMES,
    FEMALE_FIRST_NAMES,
    FIRST_PERSON_CLAUSES,
    FUSED_CLAUSES,
    INSTITUTIONS,
    LEAD_INS,
    MALE_FIRST_NAMES,
    NARRATIVE,
    PLACES,
    QUOTE_PAIRS,
    SCARE_QUOTED,
    SPOKEN_TO,
    TITLES,
    VERBS,
    WIRE_NAMES,
    Verb,
)
from arnews.strategies._writer import Mark, Writer, span_of

__all__ = [
    "ActDraft",
    "ActMarks",
    "Fill",
    "Gender",
    "NarrativeDraft",
    "Speaker",
    "SpeechForm",
    "act_drafts",
    "fills",
    "narrative_drafts",
    "render_act",
    "render_narrative",
    "speakers",
    "speech",
    "to_attributions",
]

Gender = Literal["m", "f"]
SpeechForm = Literal[
    "indirect", "fused", "direct", "mixed", "colon", "postposed", "according", "agency", "continuation"
]
EXPLICIT_FORMS: tuple[SpeechForm, ...] = (
    "indirect", "direct", "mixed", "fused", "agency", "colon", "postposed", "according"
)
_ASIDE = " -طلب عدم ذكر اسمه-"


@attrs.frozen
class Fill:
    """A template from the vocabulary with the values for its slots."""

    template: str
    number: int = 3
    place: str = PLACES[0]
    scare: str = SCARE_QUOTED[0]

    def render(self, style: Style, quotes: tuple[str, str] = ("«", "»")) -> str:
        """The filled text in ``style`` (digits, marks), scare quotes in ``quotes``."""
        text = style.decorate(self.template)
        return (
            text.replace("{n}", style.number(self.number))
            .replace("{place}", self.place)
            .replace("{q}", quotes[0] + self.scare + quotes[1])
        )


def fills(templates: tuple[str, ...]) -> st.SearchStrategy[Fill]:
    """Templates from ``templates`` with their slots drawn."""
    return st.builds(
        Fill,
        template=st.sampled_from(templates),
        number=st.integers(2, 250),
        place=st.sampled_from(PLACES),
        scare=st.sampled_from(SCARE_QUOTED),
    )


@attrs.frozen
class Speaker:
    """Who speaks: the phrase as written and the grammatical gender the verb agrees with."""

    text: str
    gender: Gender = "m"
    anonymous: bool = False
    """An unnamed official or source, who may carry the aside ``-طلب عدم ذكر اسمه-``."""


@st.composite
def _person(draw: st.DrawFn) -> Speaker:
    gender: Gender = draw(st.sampled_from(("m", "f")))
    first = draw(st.sampled_from(MALE_FIRST_NAMES if gender == "m" else FEMALE_FIRST_NAMES))
    name = f"{first} {draw(st.sampled_from(FAMILY_NAMES))}"
    if draw(st.booleans()):
        title = draw(st.sampled_from(TITLES))[0 if gender == "m" else 1]
        name = f"{title} {name}"
    return Speaker(name, gender)


def speakers() -> st.SearchStrategy[Speaker]:
    """Named people (with or without an official title) and institutions or unnamed sources."""
    institutions = st.sampled_from(INSTITUTIONS).map(
        lambda row: Speaker(row[0], "f" if row[1] == "f" else "m", anonymous=row[0].startswith(("مسؤول", "مصدر")))
    )
    return st.one_of(_person(), institutions)


@attrs.frozen
class NarrativeDraft:
    """A sentence of narration with no speech in it (scare quotes allowed)."""

    fill: Fill


def narrative_drafts() -> st.SearchStrategy[NarrativeDraft]:
    """Narration sentences."""
    return st.builds(NarrativeDraft, fills(NARRATIVE))


@attrs.frozen
class ActDraft:
    """The structure of one reporting sentence, before it is written."""

    form: SpeechForm
    verb: Verb
    speaker: Speaker
    """The speaker (for ``continuation``, used only when there is nobody to continue)."""
    content: Fill
    quotes: tuple[str, str] = ("«", "»")
    conjunction: bool = True
    """Attach ``و`` to the cue (``وقال``)."""
    lead_in: tuple[str, str] | None = None
    """An adverbial opener (masculine, feminine form) instead of ``و``."""
    spoken_to: str | None = None
    agency: str | None = None
    aside: bool = False
    period_inside: bool = False
    colon: bool = True
    quoted: bool = False
    """For ``agency`` and ``continuation``: quote the content instead of reporting it."""
    tail: tuple[Verb, Fill] | None = None
    """A participle continuation (``، مشيرا إلى أن ...``)."""


_DIRECT_VERBS = tuple(v for v in VERBS if v.direct)
_PARTICIPLE_VERBS = tuple(v for v in VERBS if v.participle_m)
_TAILED: frozenset[str] = frozenset({"indirect", "mixed", "fused", "agency", "direct", "continuation"})


@st.composite
def _act_draft(draw: st.DrawFn, forms: tuple[SpeechForm, ...]) -> ActDraft:
    form: SpeechForm = draw(st.sampled_from(forms))
    quoted = form in ("agency", "continuation") and draw(st.booleans())
    direct_like = form in ("direct", "postposed") or quoted
    pool = _DIRECT_VERBS if direct_like or form == "colon" else VERBS
    if form != "continuation":
        pool = tuple(v for v in pool if not v.continuation_only)
    verb = draw(st.sampled_from(pool))
    speaker = draw(speakers())
    if form == "fused":
        content = draw(fills(FUSED_CLAUSES))
    elif form == "colon" or (direct_like and draw(st.booleans())):
        content = draw(fills(FIRST_PERSON_CLAUSES))
    else:
        content = draw(fills(CLAUSES))
    lead_in = draw(st.none() | st.sampled_from(LEAD_INS)) if form not in ("postposed", "according") else None
    tail = None
    if form in _TAILED and draw(st.integers(0, 3)) == 0:
        tail = (draw(st.sampled_from(_PARTICIPLE_VERBS)), draw(fills(CLAUSES)))
    aside = speaker.anonymous and form in ("agency", "indirect") and draw(st.booleans())
    return ActDraft(
        form=form,
        verb=verb,
        speaker=speaker,
        content=content,
        quotes=draw(st.sampled_from(QUOTE_PAIRS)),
        conjunction=draw(st.booleans()) if form != "continuation" else True,
        lead_in=lead_in if form != "continuation" else None,
        # an unnamed source does not give speeches: no "in a speech to parliament" after the aside
        spoken_to=None if aside else draw(st.none() | st.sampled_from(SPOKEN_TO)) if form in (
            "direct", "colon", "indirect") else None,
        agency=draw(st.sampled_from(WIRE_NAMES)) if form == "agency" else None,
        aside=aside,
        period_inside=direct_like and form != "postposed" and tail is None and draw(st.integers(0, 3)) == 0,
        colon=form == "colon" or (form == "direct" and draw(st.booleans())),
        quoted=quoted,
        tail=tail,
    )


def act_drafts(forms: tuple[SpeechForm, ...] = (*EXPLICIT_FORMS, "continuation")) -> st.SearchStrategy[ActDraft]:
    """Reporting sentences in the given forms."""
    return _act_draft(forms)


@attrs.frozen
class ActMarks:
    """Where one rendered act and its parts landed in the text."""

    kind: SpeechKind
    span: Mark
    cue: Mark
    content: Mark
    speaker: Mark | None = None
    via: Mark | None = None
    continues: int | None = None
    """For an implicit speaker: index (among all acts rendered) of the explicit act it continues."""


@attrs.frozen
class _Current:
    """The speaker a continuation would refer to: index of the explicit act and the gender."""

    index: int
    gender: Gender


def _verb(verb: Verb, gender: Gender) -> str:
    return verb.masculine if gender == "m" else verb.feminine


def _participle(verb: Verb, gender: Gender) -> str:
    form = verb.participle_m if gender == "m" else verb.participle_f
    assert form is not None
    return form


def _complementizer(w: Writer, comp: str) -> None:
    w.put(f" {comp} ")


def _quoted(w: Writer, draft: ActDraft, text: str) -> tuple[Mark, Mark]:
    """Write ``«text»`` (full stop inside if the draft says so); return (content, whole quote)."""
    start = w.put(draft.quotes[0])[0]
    content = w.put(text + ".") if draft.period_inside else w.put(text)
    end = w.put(draft.quotes[1])[1]
    return content, (start, end)


def _mixed(w: Writer, draft: ActDraft, text: str) -> Mark:
    """Write ``text`` with its last two or three words in quote marks; return the whole content."""
    words = text.split(" ")
    k = max(1, len(words) - (2 + len(words) % 2))
    start = w.pos
    w.put(" ".join(words[:k]) + " " + draft.quotes[0] + " ".join(words[k:]) + draft.quotes[1])
    return (start, w.pos)


def render_act(
    w: Writer, draft: ActDraft, style: Style, first_index: int, current: _Current | None
) -> tuple[list[ActMarks], _Current | None]:
    """Write ``draft`` as one sentence; return its acts and the speaker a later continuation refers to.

    ``first_index`` is the index the first act will have among all acts, so
    that ``continues`` can point back across sentences.
    """
    form = draft.form
    if form == "continuation" and current is None:
        # nobody to continue: name the speaker, keeping quoted content quoted
        form = "direct" if draft.quoted else "indirect"
    gender: Gender = current.gender if form == "continuation" and current is not None else draft.speaker.gender
    content_text = draft.content.render(style, draft.quotes)
    acts: list[ActMarks] = []
    start = w.pos
    speaker: Mark | None = None
    via: Mark | None = None
    kind: SpeechKind = "indirect"

    def cue_word(word: str) -> Mark:
        if draft.lead_in is not None:
            w.put(draft.lead_in[0 if gender == "m" else 1] + " ")
            return w.put(word)
        return w.put(("و" if draft.conjunction else "") + word)

    if form == "postposed":
        content, quote = _quoted(w, draft, content_text)
        start = quote[0]
        w.put("، ")
        cue = w.put(_verb(draft.verb, gender))
        w.put(" ")
        speaker = w.put(draft.speaker.text)
        end = speaker[1]
        kind = "direct"
    elif form == "according":
        content = w.put(content_text)
        w.put("، ")
        cue = w.put("بحسب")
        w.put(" ")
        speaker = w.put(draft.speaker.text)
        end = speaker[1]
    elif form == "agency":
        opener = "كما نقلت" if draft.lead_in is not None else ("ونقلت" if draft.conjunction else "نقلت")
        start = w.put(opener)[0]
        w.put(" ")
        assert draft.agency is not None
        via = w.put(draft.agency)
        w.put(" عن ")
        speaker = w.put(draft.speaker.text)
        if draft.aside:
            w.put(_ASIDE)
        w.put(" ")
        cue = w.put("قوله" if gender == "m" else "قولها")
        if draft.quoted:
            w.put(" ")
            content, quote = _quoted(w, draft, content_text)
            end, kind = quote[1], "direct"
        else:
            w.put(" إن ")
            content = w.put(content_text)
            end = content[1]
    else:
        cue = cue_word(_verb(draft.verb, gender))
        start = cue[0]
        if form != "continuation":
            w.put(" ")
            speaker = w.put(draft.speaker.text)
            if draft.aside:
                w.put(_ASIDE)
            if draft.spoken_to is not None:
                w.put(" " + draft.spoken_to)
        if form in ("direct", "colon") or (form == "continuation" and draft.quoted):
            w.put(": " if draft.colon else " ")
            if form == "colon":
                content = w.put(content_text)
                end, kind = content[1], "mixed"
            else:
                content, quote = _quoted(w, draft, content_text)
                end, kind = quote[1], "direct"
        elif form == "fused":
            comp = draft.verb.complementizer.split(" ")
            w.put(" " + " ".join([*comp[:-1], ""]))
            content = w.put(comp[-1] + "ه " + content_text)
            end = content[1]
        else:
            _complementizer(w, draft.verb.complementizer)
            if form == "mixed":
                content = _mixed(w, draft, content_text)
                kind = "mixed"
            else:
                content = w.put(content_text)
            end = content[1]
    index = first_index
    continues = current.index if form == "continuation" and current is not None else None
    acts.append(ActMarks(kind, (start, end), cue, content, speaker, via, continues))
    explicit = _Current(index, gender) if speaker is not None else current
    if draft.tail is not None and form in _TAILED:
        verb, fill = draft.tail
        w.put("، ")
        t_cue = w.put(_participle(verb, gender))
        _complementizer(w, verb.complementizer)
        t_content = w.put(fill.render(style, draft.quotes))
        acts.append(ActMarks("indirect", (t_cue[0], t_content[1]), t_cue, t_content, continues=explicit.index
                             if explicit is not None else None))
    if not (draft.period_inside and acts[-1].content[1] == w.pos - 1):
        w.put(".")
    return acts, explicit


def render_narrative(w: Writer, draft: NarrativeDraft, style: Style, quotes: tuple[str, str]) -> None:
    """Write one narration sentence with its full stop."""
    w.put(draft.fill.render(style, quotes) + ".")


def to_attributions(text: str, acts: list[ActMarks]) -> tuple[Attribution, ...]:
    """The expected :class:`~arnews.model.Attribution` objects of ``acts`` in ``text``."""

    def opt(mark: Mark | None) -> object:
        return None if mark is None else span_of(text, mark)

    out: list[Attribution] = []
    for act in acts:
        s = span_of(text, act.span)
        out.append(
            Attribution(
                s.start, s.end, s.text,
                kind=act.kind,
                cue=span_of(text, act.cue),
                speaker=opt(act.speaker),  # type: ignore[arg-type]
                content=span_of(text, act.content),
                via=opt(act.via),  # type: ignore[arg-type]
                speaker_of=act.continues,
            )
        )
    return tuple(out)


@st.composite
def _speech(draw: st.DrawFn, forms: tuple[SpeechForm, ...], plain: bool) -> RenderedSpeech:
    draft = draw(act_drafts(forms))
    style = draw(styles(plain=plain))
    w = Writer()
    acts, _ = render_act(w, draft, style, 0, None)
    text = w.text()
    return RenderedSpeech(text, to_attributions(text, acts))


def speech(*, forms: tuple[SpeechForm, ...] | None = None, plain: bool = False) -> st.SearchStrategy[RenderedSpeech]:
    """One reporting sentence and the attributions in it (two when a participle tail follows).

    ``forms`` picks among ``indirect, fused, direct, mixed, colon, postposed,
    according, agency`` (default: all); ``plain=True`` keeps Latin digits and
    leaves out diacritics and tatweel.
    """
    chosen = EXPLICIT_FORMS if forms is None else forms
    if not isinstance(chosen, tuple) or not chosen or any(f not in EXPLICIT_FORMS for f in chosen):
        raise InvalidArgument(f"forms must be a non-empty tuple drawn from {EXPLICIT_FORMS} (got {forms!r})")
    if not isinstance(plain, bool):
        raise InvalidArgument(f"plain must be a bool (got {plain!r})")
    return _speech(chosen, plain)
