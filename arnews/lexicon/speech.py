"""Speech vocabulary: reporting verbs in all their forms, complementizers, attribution phrases.

Each reporting verb is one row of stems (past, present stem without its
prefix letter, participle stem, masdar) plus the preposition that may
introduce its content; :func:`verb_forms` spells every form from the row
(``قال``/``قالت``/``قالوا``, ``يقول``/``تقول``, ``قائلا``/``قائلة``,
``قوله``/``قولها``) and :func:`with_prefixes` adds the attached و/ف/ك.
Entries are written as in print; the parser folds them with
:func:`arnews.text.normalize_word`.
"""

from __future__ import annotations

__all__ = [
    "ADDRESSEE_VERBS",
    "AMBIGUOUS_CUE_PREPOSITIONS",
    "AMBIGUOUS_FORMS",
    "ATTRIBUTION_PHRASES",
    "CHAIN_VERBS",
    "CLAUSE_LINKS",
    "CLAUSE_WORDS",
    "COMPLEMENTIZERS",
    "COMPLEMENTIZER_PREFIXES",
    "CONTENT_OPENERS",
    "CONTINUERS",
    "EVENT_NOUNS",
    "HEADLINE_LABELS",
    "IN_IT_WORDS",
    "KANA_FORMS",
    "LEAD_PRONOUNS",
    "MANNER_WORDS",
    "MEDIA_NOUNS",
    "NEGATIONS",
    "NOT_COMPLEMENTIZER_BEFORE",
    "NOT_CUE_BEFORE",
    "NOT_MASDAR_AFTER_B",
    "NOT_REPORT_BEFORE",
    "NOT_SUBJECT_WORDS",
    "OBJECT_HEADS",
    "OBJECT_VERBS",
    "OPENING_PREPOSITIONS",
    "PREFIXES",
    "PREPOSITIONS_BEFORE_AN",
    "PRONOUN_SUBJECTS",
    "PRONOUN_SUFFIXES",
    "RELATIVES",
    "SAY_VERBS",
    "SIDE_WORDS",
    "SOURCE_NOUNS",
    "SOURCE_VERB_PRONOUNS",
    "SPEAKER_STOPS",
    "SUBJECT_STOPS",
    "SVO_BOUNDARIES",
    "TITLE_PREPOSITIONS",
    "TITLE_PREPOSITION_HEADS",
    "VERBS",
    "VERB_PHRASE_WORDS",
    "Verb",
    "verb_forms",
    "with_prefixes",
]

Verb = tuple[str, str, str, str, str]
"""``(past, present stem, participle stem, masdar, content preposition)``; empty string = none."""

VERBS: tuple[Verb, ...] = (
    # past      present   participle  masdar     preposition
    ("قال", "قول", "قائل", "قول", ""),
    ("أضاف", "ضيف", "مضيف", "إضافة", ""),
    ("أكد", "ؤكد", "مؤكد", "تأكيد", "على"),
    ("أوضح", "وضح", "موضح", "توضيح", ""),
    ("أشار", "شير", "مشير", "إشارة", "إلى"),
    ("لفت", "لفت", "لافت", "", "إلى"),
    ("ذكر", "ذكر", "ذاكر", "", ""),
    ("أفاد", "فيد", "مفيد", "إفادة", "ب"),
    ("أعلن", "علن", "معلن", "إعلان", "عن"),
    ("صرح", "صرح", "مصرح", "تصريح", "ب"),
    ("شدد", "شدد", "مشدد", "تشديد", "على"),
    ("تابع", "", "", "", ""),  # يتابع "follows", متابع "follower"
    ("بين", "بين", "مبين", "", ""),
    ("اعتبر", "عتبر", "معتبر", "", ""),
    ("رأى", "رى", "", "رأيه", ""),
    ("كشف", "كشف", "كاشف", "", "عن"),
    ("حذر", "حذر", "محذر", "تحذير", "من"),
    ("نفى", "نفي", "نافي", "نفي", ""),
    ("أعرب", "عرب", "معرب", "", "عن"),
    ("عبر", "عبر", "معبر", "", "عن"),
    ("أبدى", "بدي", "مبدي", "", ""),
    ("لاحظ", "لاحظ", "ملاحظ", "", ""),
    ("نوه", "نوه", "منوه", "", "إلى"),
    ("أورد", "ورد", "", "", ""),
    ("أبلغ", "", "", "", ""),  # يبلغ "amounts to", مبلغ "a sum"
    ("استدرك", "ستدرك", "مستدرك", "", ""),
    ("أقر", "قر", "مقر", "", "ب"),
    ("اعترف", "عترف", "معترف", "اعتراف", "ب"),
    ("زعم", "زعم", "زاعم", "زعم", ""),
    ("ادعى", "دعي", "مدعي", "ادعاء", ""),
    ("اتهم", "تهم", "متهم", "", "ب"),
    ("توقع", "توقع", "متوقع", "", ""),
    ("رجح", "رجح", "مرجح", "", ""),
    ("جزم", "جزم", "جازم", "", "ب"),
    ("كتب", "كتب", "كاتب", "", ""),
    ("دعا", "دعو", "داعي", "", "إلى"),
    ("حث", "حث", "حاث", "", "على"),
    ("طالب", "طالب", "مطالب", "مطالبة", "ب"),
    ("تعهد", "تعهد", "متعهد", "", "ب"),
    ("وعد", "", "واعد", "", "ب"),  # يعد "is counted as"
    ("اعتقد", "عتقد", "معتقد", "", ""),
    ("أفصح", "فصح", "مفصح", "", "عن"),
    ("علق", "علق", "معلق", "", ""),
    ("أجاب", "جيب", "مجيب", "", ""),
    ("ردّ", "", "", "", ""),  # ترد "appears"
    ("وصف", "صف", "واصف", "", ""),
    ("نقل", "نقل", "ناقل", "", ""),
)

AMBIGUOUS_FORMS: tuple[str, ...] = ("عبر", "بين", "ورد", "وردت")
"""Cue forms that are also common words (``عبر`` through, ``بين`` between, ``ورد`` was mentioned); they
count only right before their content or a colon."""

NOT_CUE_BEFORE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ذكر", ("اسمه", "اسمها", "اسمهم", "اسمهما", "اسم")),
    ("ردا", ("على",)),
)
"""A cue form followed by one of these words is not a cue (``رفض ذكر اسمه``)."""

VERB_PHRASE_WORDS: tuple[str, ...] = ("النقاب", "الستار", "اللثام", "بدوره", "بدورها", "بدورهم")
"""Words right after a verb that belong to it, not to its speaker (``كشف النقاب عن``, ``أكد بدوره أن``)."""

MANNER_WORDS: tuple[str, ...] = ("بشكل", "بصورة", "بطريقة", "بلهجة", "بنبرة")
"""Manner phrases after a verb, taken with the word that follows (``أكدوا بشكل منفصل أن``): never a speaker."""

OBJECT_HEADS: tuple[str, ...] = (
    "أهمية",
    "ضرورة",
    "عدم",
    "وجود",
    "رغبة",
    "استعداد",
    "حرص",
    "رفض",
    "دعم",
    "وفاة",
    "تمسك",
    "التزام",
    "عزم",
    "نية",
    "أمل",
    "ثقة",
    "تطلع",
    "قلق",
    "ترحيب",
    "تأييد",
    "إدانة",
    "استنكار",
    "شكر",
    "تقدير",
    "اعتزاز",
    "سعادة",
    "ارتياح",
    "أسف",
    "تضامن",
    "صحة",
    "صلة",
    "علاقة",
    "مسؤولية",
    "اهتمام",
    "انتساب",
    "مقتل",
    "إصابة",
    "اعتقال",
    "نجاح",
    "فشل",
    "انسحاب",
    "تراجع",
    "ارتفاع",
    "انخفاض",
    "توقف",
    "استمرار",
    "بدء",
    "انطلاق",
    "إطلاق",
    "تعليق",
)
"""Nouns that open a reported object straight after a verb (``أكد أهمية ...``, ``أعلن وفاة ...``)."""

ADDRESSEE_VERBS: tuple[str, ...] = ("دعا", "حث", "طالب", "ناشد", "اتهم", "أبلغ")
"""Verbs that name whom they address before their content (``دعا الحكومة إلى``, ``اتهم الزوج، الجامعة بـ``).

After one of them the words before the content preposition are the
addressee when the verb continues a clause (``...، وحث الحكومة على``) or
follow the speaker after a comma; they are never the speaker then.
"""

OBJECT_VERBS: tuple[str, ...] = (
    "أكد",
    "شدد",
    "أعلن",
    "نفى",
    "أبدى",
    "أعرب",
    "عبر",
    "جدد",
    "اعتبر",
    "رأى",
    "توقع",
    "أوضح",
    "كشف",
    "تابع",
)
"""Verbs whose content may be a noun object rather than a clause (used with :data:`OBJECT_HEADS`)."""

SAY_VERBS: tuple[str, ...] = ("قال", "أضاف", "تابع", "كتب", "صرح", "استدرك", "أوضح", "ذكر", "أجاب", "علق")
"""Verbs whose speaker may be followed straight by a quotation (``وقال الوزير "..."``)."""

COMPLEMENTIZERS: tuple[str, ...] = ("إن", "أن", "بأن", "وإن", "وأن", "فإن")
"""Bare complementizers; the fused forms (``إنه``, ``أنها``, ``بأنهم``) are recognised by their stem."""

PREFIXES: tuple[str, ...] = ("و", "ف", "ك", "وك")
"""Letters attached before a cue word."""

ATTRIBUTION_PHRASES: tuple[str, ...] = ("بحسب", "حسب", "حسبما", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً", "نقلا", "نقلاً")
"""Words that attribute a clause to a source written after them (``بحسب التقرير``, ``وفقا لـ``)."""

CHAIN_VERBS: tuple[str, ...] = ("نقلت", "نقل", "ونقلت", "ونقل", "تنقل", "ينقل", "نقلته", "نقله")
"""Forms of نقل that open a chain ``نقلت X عن Y قوله``."""

EVENT_NOUNS: tuple[str, ...] = (
    "تصريح",
    "تصريحات",
    "تصريحه",
    "تصريحها",
    "بيان",
    "بيانه",
    "بيانها",
    "مقابلة",
    "مقابلته",
    "حديث",
    "حديثه",
    "كلمة",
    "كلمته",
    "كلمتها",
    "مؤتمر",
    "تقرير",
    "تقريره",
    "تغريدة",
    "تغريدات",
    "رسالة",
    "رسالته",
    "خطاب",
    "خطابه",
    "لقاء",
    "لقائه",
    "اتصال",
    "منشور",
    "مداخلة",
    "ندوة",
    "جلسة",
    "اجتماع",
    "حوار",
    "تعليق",
    "تعليقه",
    "تسجيل",
    "كتاب",
    "كتابه",
    "مقال",
    "مقاله",
    "مقالة",
    "فيديو",
    "صفحته",
    "حسابه",
    "موقعه",
    "ختام",
    "افتتاح",
    "رده",
    "معرض",
    "سياق",
    "وقت",
    "ذلك",
)
"""Nouns after ``في`` that end a speaker phrase (``وقال الوزير في بيان``)."""

SPEAKER_STOPS: tuple[str, ...] = (
    "خلال",
    "أمس",
    "اليوم",
    "يوم",
    "مساء",
    "صباح",
    "ظهر",
    "عبر",
    "أثناء",
    "عقب",
    "لدى",
    "أمام",
    "ضمن",
    "بعد",
    "قبل",
    "حول",
    "بشأن",
    "تعليقا",
    "ردا",
    "أيضا",
    "كذلك",
    "بدوره",
    "بدورها",
    "من جهته",
    "من جهتها",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
    "الليلة",
    "الماضي",
    "مؤخرا",
    "للصحفيين",
    "للصحافيين",
    "للصحافة",
    "للصحيفة",
    "لوسائل",
    "للإعلام",
    "لنا",
    "له",
    "لها",
    "إلى",
    "عن",
    "على",
    "قد",
    "غير",
    "ذلك",
    "دون",
    "بدون",
    "مرارا",
    "مجددا",
    "صراحة",
    "رسميا",
    "حينها",
    "حينذاك",
    "بالفعل",
    "سابقا",
    "لاحقا",
    "في وقت",
    "هذا",
    "هذه",
    "تلك",
    "هؤلاء",
    "هنا",
    "هناك",
    "حينما",
    "عندما",
    "بما",
    "مما",
    "مغردا",
    "مغردة",
    "متحدثا",
    "متحدثة",
    "مخاطبا",
    "مخاطبة",
)
"""Words that end a speaker phrase after the verb (time, place of the act, audience)."""

TITLE_PREPOSITION_HEADS: tuple[str, ...] = (
    "المشرف",
    "المشرفة",
    "المشرفين",
    "القائم",
    "القائمة",
    "القائمين",
    "المسؤول",
    "المسؤولة",
    "المسؤولين",
    "المسؤولون",
    "مسؤول",
    "مسؤولة",
)
"""Title words that take على/عن inside a speaker phrase (``المشرف العام على المهرجان``, ``المسؤول عن الملف``)."""

SOURCE_NOUNS: tuple[str, ...] = (
    "مصدر",
    "مصادر",
    "بيان",
    "تقرير",
    "تقارير",
    "تصريحات",
    "تصريح",
    "مسؤول",
    "مسؤولين",
    "مسؤولون",
    "شهود",
    "مراسل",
    "مراسلنا",
    "إحصاءات",
    "إحصائيات",
    "بيانات",
    "دراسة",
    "استطلاع",
    "مسح",
    "الشرطة",
    "الجيش",
    "المتحدث",
    "متحدث",
    "وزارة",
    "وزير",
    "الوزير",
    "الأمم",
    "منظمة",
    "المرصد",
    "مرصد",
    "السلطات",
    "الحكومة",
    "خبراء",
    "مصدرا",
    "رواية",
    "شهادة",
    "ما",
    "موقع",
    "صحيفة",
    "وكالة",
    "قناة",
    "شبكة",
    "وسائل",
    "إعلام",
    "الإعلام",
    "ناشطين",
    "ناشطون",
    "سكان",
    "أرقام",
    "نتائج",
    "الهيئة",
    "هيئة",
    "البنك",
    "صندوق",
    "المكتب",
    "مكتب",
    "الرئاسة",
    "الرئيس",
    "رئيس",
    "مدير",
    "قائد",
    "الدفاع",
    "الداخلية",
    "الخارجية",
    "الصحة",
    "أطباء",
    "مسعفين",
    "مسعفون",
    "تقديرات",
    "معلومات",
    "مصادره",
    "مصادرنا",
    "التلفزيون",
    "التلفزيون",
    "الإذاعة",
    "وثيقة",
    "وثائق",
    "ناطق",
    "الناطق",
    "سفير",
    "محافظ",
    "أمين",
    "عضو",
    "نائب",
    "خبير",
    "محلل",
    "مستشار",
    "شاهد",
)
"""Heads of a source after ``بحسب``/``وفقا لـ``: ``وفقا للتقرير`` is speech, ``وفقا للقانون`` is not."""

HEADLINE_LABELS: tuple[str, ...] = (
    "عاجل",
    "فيديو",
    "بالفيديو",
    "بالصور",
    "صور",
    "شاهد",
    "إنفوغرافيك",
    "انفوجراف",
    "تقرير",
    "حوار",
    "رأي",
    "مقال",
    "تحليل",
    "خاص",
    "حصري",
    "متابعة",
    "ملف",
    "تحقيق",
    "كاريكاتير",
    "استطلاع",
    "مباشر",
    "المصدر",
)
"""Labels before a headline colon that name a format, not a speaker (``فيديو: ...``)."""

MEDIA_NOUNS: tuple[str, ...] = (
    "وكالة",
    "صحيفة",
    "قناة",
    "موقع",
    "شبكة",
    "تلفزيون",
    "إذاعة",
    "محطة",
    "مجلة",
    "برنامج",
    "راديو",
)
"""Outlet nouns: ``لوكالة X`` after a speaker, or ``نقلت صحيفة X``, names the ``via``."""

SVO_BOUNDARIES: tuple[str, ...] = (
    "إن",
    "أن",
    "بأن",
    "كما",
    "لكن",
    "ولكن",
    "إلا",
    "وكان",
    "كان",
    "وكانت",
    "كانت",
    "ثم",
    "حيث",
    "بينما",
    "فيما",
    "عندما",
    "حين",
    "بل",
    "و",
    "فقد",
    "وقد",
    "كذلك",
    "من",
    "جهته",
    "جهتها",
    "جانبه",
    "جانبها",
)
"""Words a subject placed before its verb (``الوزير قال``) never reaches back over."""


# ---------------------------------------------------------------- function words around a speaker

LEAD_PRONOUNS: tuple[str, ...] = (
    "عنه", "عنها", "عنهم", "له", "لها", "لهم", "لنا", "لي", "فيه", "فيها", "عليه", "عليها", "عليهم",
)  # fmt: skip
"""Pronoun objects right after a verb (``وقال له``, ``أبدى فيه``), skipped before the speaker."""

SOURCE_VERB_PRONOUNS: tuple[str, ...] = ("به", "بها", "بهم", "منه", "منها")
"""With :data:`LEAD_PRONOUNS`, pronouns after the verb of ``بحسب ما صرح به``: never a source."""

OPENING_PREPOSITIONS: tuple[str, ...] = ("في", "من", "على", "عن", "إلى", "منذ", "حتى", "لدى")
"""A speaker phrase never opens with one of these (``أعلن في أعقاب الاجتماع أن``)."""

TITLE_PREPOSITIONS: tuple[str, ...] = ("على", "عن")
"""Prepositions a title from :data:`TITLE_PREPOSITION_HEADS` keeps inside the speaker."""

RELATIVES: tuple[str, ...] = (
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "والذي",
    "والتي",
    "والذين",
    "قد",
    "لقد",
    "وقد",
)
"""Relative pronouns and قد between a subject and its verb (``المسؤول الذي قال``, ``مصادر قد أكدت``)."""

SUBJECT_STOPS: tuple[str, ...] = (
    "في", "على", "إلى", "من", "عن", "مع", "قد", "أمس", "اليوم", "أيضا", "بعد", "قبل",
    "بما", "مما", "لما", "عما", "فيما",
)  # fmt: skip
"""Words that end the subject of a sentence opening with a verb (``وأبدى اللاعب أمس ...``)."""

SIDE_WORDS: tuple[str, ...] = ("جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها")
"""After من at a sentence start (``من جهته، كشف الرئيس``): an aside before the verb, not its subject."""

CONTINUERS: tuple[str, ...] = ("لكنه", "لكنها", "ولكنه", "ولكنها", "ثم", "كما")
"""Words before a verb that make it continue the subject of the clause before."""


def verb_forms(verb: Verb) -> dict[str, str]:
    """Every written form of ``verb`` mapped to its role: ``verb``, ``participle`` or ``masdar``."""
    past, present, participle, masdar, _prep = verb
    forms: dict[str, str] = {}
    for f in (past, past + "ت", past + "وا", past + "ا", past + "تا"):
        forms[f] = "verb"
    if past.endswith(("ى", "ا")):
        stem = past[:-1]
        for f in (stem + "ت", stem + "وا"):
            forms[f] = "verb"
    if present:
        for f in ("ي" + present, "ت" + present, "ي" + present + "ون", "ي" + present + "ان"):
            forms[f] = "verb"
    if participle:
        for end in ("ا", "اً", "ًا", "ة", "ين", "ون", "تين"):
            forms[participle + end] = "participle"
    if masdar:
        base = masdar[:-1] + "ت" if masdar.endswith("ة") else masdar
        for end in ("ه", "ها", "هم", "هما"):
            forms[base + end] = "masdar"
    return forms


def with_prefixes(forms: dict[str, str]) -> dict[str, str]:
    """``forms`` plus each form with an attached و/ف/ك (an unprefixed role always wins)."""
    out: dict[str, str] = {}
    for form, role in forms.items():
        for p in PREFIXES:
            out.setdefault(p + form, role)
    out.update(forms)
    return out


PRONOUN_SUBJECTS: tuple[str, ...] = (
    "لكنه", "لكنها", "ولكنه", "ولكنها", "أنه", "أنها", "وهو", "وهي", "هو", "هي", "وجميعهم", "جميعهم", "كلهم",
)  # fmt: skip
"""Pronoun subjects: a subject search stops at them, and after a comma they open a new clause."""

NOT_SUBJECT_WORDS: tuple[str, ...] = (
    "على", "عليه", "عليها", "عليك", "لهم", "له", "لها", "في", "من", "عن", "إلى", "مع", "غير", "رغم",
    "ذلك", "وذلك", "حول", "بشأن", "خلال", "بعد", "قبل", "عند", "لدى", "منذ", "أما",
)  # fmt: skip
"""Prepositions and adverbs that cannot open the subject of a verb (``في الوقت نفسه قال``)."""

NEGATIONS: tuple[str, ...] = ("لن", "لم", "لا", "ليس", "ليست")
"""Negations: a speaker ends before one (``الوزير لم ...``)."""

NOT_COMPLEMENTIZER_BEFORE: tuple[str, ...] = (
    "بعد", "قبل", "منذ", "دون", "بدون", "لا", "ما", "كما", "حتى", "عسى", "يمكن",
)  # fmt: skip
"""Words after which أن is no complementizer of speech (``بعد أن``, ``يمكن أن``)."""

NOT_MASDAR_AFTER_B: tuple[str, ...] = (
    "باسم", "بشكل", "بدوره", "بدورها", "بعد", "بين", "بصفته", "بصفتها", "بالنيابة", "بلاده", "بن",
)  # fmt: skip
"""Words opening with ب that are not ب + a verbal noun introducing content (``أشاد بشكل``)."""

CLAUSE_WORDS: tuple[str, ...] = ("لكن", "لكنه", "لكنها", "ولكن", "غير", "إلا")
"""Words that may open a new clause inside a report: a reported clause may end before them."""

CLAUSE_LINKS: tuple[str, ...] = ("كما", "حيث", "ثم", "لكنه", "لكنها", "بينما")
"""Linking words before a verb: after a comma they start a new clause (``، كما أكد``)."""

KANA_FORMS: tuple[str, ...] = ("كان", "وكان", "كانت", "وكانت")
"""Forms of كان that open a sentence whose subject follows (``وكان الوزير قد قال``)."""

NOT_REPORT_BEFORE: tuple[str, ...] = (
    "لم", "ولم", "فلم", "لن", "ولن", "لا", "ولا", "ما", "مما", "في", "من", "عن", "على", "إلى", "بعد", "قبل",
)  # fmt: skip
"""A verb form after a negation, ``ما``/``مما`` or a preposition is no report (``لم تعلن``, ``في كشف``)."""

PRONOUN_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "ي")
"""Attached pronouns: ``أنه``, ``بأنها``, ``وأنهم`` are أن with one of them (content starts at أن)."""

COMPLEMENTIZER_PREFIXES: tuple[str, ...] = ("", "ب", "و", "ف", "ل")
"""Letters attached before a fused أن (``بأنه``, ``وأنها``, ``لأنهم``)."""

IN_IT_WORDS: tuple[str, ...] = ("فيها", "فيه")
"""``جاء فيها``, ``قال فيه``: "in it" right after a cue points back at a document or a speech."""

PREPOSITIONS_BEFORE_AN: tuple[str, ...] = ("إلى", "على", "من")
"""``أشار إلى أن``, ``شدد على أن``, ``حذر من أن``: a preposition and أن open the content."""

CONTENT_OPENERS: tuple[str, ...] = ("فإن", "فقد", "إن")
"""Words that open the content after a source phrase (``وبحسب الوزارة، فإن ...``)."""

AMBIGUOUS_CUE_PREPOSITIONS: tuple[str, ...] = ("عن", "إلى")
"""After an ambiguous cue form (``عبر عن``), a preposition shows that it reports."""
