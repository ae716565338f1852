"""The words the strategies build articles from, as readable tables.

Agencies come from :mod:`arnews.lexicon.agencies`; everything else here is
invented for the strategies (people, towns, officials, events) or is the
plain vocabulary of Arabic news copy (reporting verbs, openers, labels).
Nothing is taken from a real article. Names and clauses are chosen so that
none of them contains a reporting word, a quote mark or a colon, so that the
only speech in a generated article is the speech the strategy put there.
"""

from __future__ import annotations

import attrs

from arnews.lexicon.agencies import AGENCIES

__all__ = [
    "BYLINE_DESKS",
    "CAPTION_SCENES",
    "CITIES",
    "CLAUSES",
    "CROSSHEADS",
    "DATELINE_AGENCIES",
    "ENGLISH_ALT_TEXTS",
    "FAMILY_NAMES",
    "FEMALE_FIRST_NAMES",
    "FIRST_PERSON_CLAUSES",
    "FUSED_CLAUSES",
    "HEADLINE_EVENTS",
    "HIJRI_MONTHS",
    "INSTITUTIONS",
    "LEAD_INS",
    "MALE_FIRST_NAMES",
    "MONTHS",
    "MORE_LABELS",
    "NARRATIVE",
    "NAV_LINES",
    "PHOTO_CREDITS",
    "PLACES",
    "QUOTE_PAIRS",
    "READ_ALSO_LABELS",
    "SCARE_QUOTED",
    "SOURCE_LABELS",
    "SOURCE_OUTLETS",
    "SPOKEN_TO",
    "TEASERS",
    "TITLES",
    "VERBS",
    "WIRE_NAMES",
    "Verb",
]


@attrs.frozen
class Verb:
    """One reporting verb in the forms a news sentence needs."""

    masculine: str
    """Past tense, third person masculine singular (``قال``)."""
    feminine: str
    """Past tense, third person feminine singular (``قالت``)."""
    complementizer: str
    """What introduces indirect content after it (``إن``, ``أن``, ``إلى أن``, ``بأن``)."""
    participle_m: str | None = None
    """The circumstantial participle (``مؤكدا``) or ``None`` when it is not used so."""
    participle_f: str | None = None
    """Its feminine form (``مؤكدة``)."""
    direct: bool = False
    """Whether the verb also introduces quoted speech (``وقال: «...»``)."""
    continuation_only: bool = False
    """Used only to continue an earlier speaker (``وتابع``), never with a named subject."""


#: Reporting verbs: past forms, the complementizer that follows, participles.
VERBS: tuple[Verb, ...] = (
    Verb("قال", "قالت", "إن", "قائلا", "قائلة", direct=True),
    Verb("أكد", "أكدت", "أن", "مؤكدا", "مؤكدة", direct=True),
    Verb("أوضح", "أوضحت", "أن", "موضحا", "موضحة", direct=True),
    Verb("أضاف", "أضافت", "أن", "مضيفا", "مضيفة", direct=True),
    Verb("أشار", "أشارت", "إلى أن", "مشيرا", "مشيرة"),
    Verb("ذكر", "ذكرت", "أن"),
    Verb("أعلن", "أعلنت", "أن"),
    Verb("شدد", "شددت", "على أن", "مشددا", "مشددة"),
    Verb("لفت", "لفتت", "إلى أن", "لافتا", "لافتة"),
    Verb("اعتبر", "اعتبرت", "أن", "معتبرا", "معتبرة"),
    Verb("كشف", "كشفت", "أن"),
    Verb("صرح", "صرحت", "بأن", direct=True),
    Verb("أفاد", "أفادت", "بأن"),
    Verb("نفى", "نفت", "أن", "نافيا", "نافية"),
    Verb("حذر", "حذرت", "من أن", "محذرا", "محذرة", direct=True),
    Verb("تابع", "تابعت", "أن", direct=True, continuation_only=True),
)

#: Adverbial openers before a sentence-initial reporting verb (no و then): (masculine, feminine).
LEAD_INS: tuple[tuple[str, str], ...] = (
    ("من جهته،", "من جهتها،"),
    ("بدوره،", "بدورها،"),
    ("من جانبه،", "من جانبها،"),
    ("في السياق ذاته،", "في السياق ذاته،"),
    ("وفي هذا الإطار،", "وفي هذا الإطار،"),
)

#: Where the words were said: sits between the speaker and a colon (``في بيان:``).
SPOKEN_TO: tuple[str, ...] = (
    "في بيان",
    "في تصريح صحفي",
    "للصحفيين",
    "في مؤتمر صحفي",
    "في كلمة ألقاها أمام البرلمان",
    "في مقابلة تلفزيونية",
)

MALE_FIRST_NAMES: tuple[str, ...] = (
    "سامر", "خالد", "عمر", "يوسف", "نبيل", "طارق", "حسان", "مازن", "فيصل", "جواد", "رامي", "زياد",
)
FEMALE_FIRST_NAMES: tuple[str, ...] = ("ليلى", "سلمى", "رنا", "هالة", "دعاء", "نور", "منى", "ريم")
#: Invented family names (no real public figure is meant).
FAMILY_NAMES: tuple[str, ...] = (
    "الحداد", "السالمي", "المنصوري", "الورداني", "بن عيسى", "القاسمي", "النجار", "الطحان",
    "الزيتوني", "العوامي", "الشهري", "البدراني", "الكرمي", "الفاخوري",
)

#: Official titles (masculine, feminine) placed before a name.
TITLES: tuple[tuple[str, str], ...] = (
    ("وزير الخارجية", "وزيرة الخارجية"),
    ("وزير الصحة", "وزيرة الصحة"),
    ("المتحدث باسم وزارة الداخلية", "المتحدثة باسم وزارة الداخلية"),
    ("رئيس بلدية وادي الريحان", "رئيسة بلدية وادي الريحان"),
    ("محافظ البنك المركزي", "محافظة البنك المركزي"),
    ("مدير مستشفى النخيل العام", "مديرة مستشفى النخيل العام"),
    ("الناطق باسم الحكومة", "الناطقة باسم الحكومة"),
    ("رئيس لجنة الطاقة في البرلمان", "رئيسة لجنة الطاقة في البرلمان"),
    ("قائد شرطة منطقة الساحل", "قائدة شرطة منطقة الساحل"),
    ("المدير التنفيذي لشركة الموانئ الوطنية", "المديرة التنفيذية لشركة الموانئ الوطنية"),
)

#: Institutions that speak as one (name, gender ``"m"``/``"f"``).
INSTITUTIONS: tuple[tuple[str, str], ...] = (
    ("وزارة الصحة", "f"),
    ("الدفاع المدني", "m"),
    ("الهيئة العامة للأرصاد", "f"),
    ("مصادر أمنية", "f"),
    ("الجيش", "m"),
    ("الأمم المتحدة", "f"),
    ("مسؤول في وزارة النقل", "m"),
    ("مصدر مطلع", "m"),
)

#: Places: invented towns and districts next to real capitals used as datelines.
PLACES: tuple[str, ...] = (
    "وادي الريحان", "مرفأ الزيتون", "تل السنديان", "عين الغزلان", "سهل القمح", "جزيرة المرجان",
    "حي الورود", "منطقة الساحل",
)
CITIES: tuple[str, ...] = ("الرياض", "جدة", "الدمام", "القاهرة", "عمان", "بيروت", "الرباط", "تونس", "دبي", "أبها")

#: Reported clauses: no reporting word, quote mark, colon or full stop inside.
CLAUSES: tuple[str, ...] = (
    "الحكومة ستفتح المعبر الحدودي أمام الشاحنات الأسبوع المقبل",
    "فرق الإنقاذ انتشلت {n} جثث من تحت الأنقاض منذ فجر الأحد",
    "المحادثات تناولت ملف المياه المشترك بين البلدين",
    "أسعار القمح ارتفعت بنسبة {n} في المئة خلال شهرين",
    "المستشفى استقبل عشرات المصابين بعد انهيار الجسر القديم",
    "الطريق الساحلي سيبقى مغلقا حتى انتهاء أعمال الصيانة",
    "الوزارة خصصت {n} مليون دينار لإعادة بناء المدارس المتضررة",
    "الاتفاق يشمل تبادل الأسرى وفتح ممرات إنسانية في {place}",
    "السلطات لم تسجل أي إصابات جديدة في {place}",
    "المنتخب سيخوض مباراتين وديتين قبل انطلاق البطولة",
    "الأمطار الغزيرة أغرقت عددا من الأحياء الشرقية في {place}",
    "اللجنة ستعلن نتائج التحقيق خلال أيام",
    "الشركة تعتزم توظيف {n} مهندس في مشروع الطاقة الشمسية",
    "الهدنة صمدت رغم خروقات محدودة على أطراف {place}",
    "الميناء استأنف استقبال السفن بعد توقف دام {n} أيام",
)
#: First-person clauses, for unmarked speech after a colon (kind ``mixed``).
FIRST_PERSON_CLAUSES: tuple[str, ...] = (
    "لن نتراجع عن خطة إعادة الإعمار مهما كانت الصعوبات",
    "سنواصل العمل حتى يعود آخر نازح إلى بيته",
    "نحن مستعدون للحوار مع جميع الأطراف دون شروط مسبقة",
    "لدينا ما يكفي من الوقود لتشغيل المحطات شهرا كاملا",
)
#: Verb-initial clauses that follow a complementizer fused with a pronoun (``أنه تم ...``).
FUSED_CLAUSES: tuple[str, ...] = (
    "تم توقيف {n} أشخاص بشبهة التهريب",
    "لا توجد إصابات بين المدنيين في {place}",
    "سيتم فتح المدارس مطلع الأسبوع المقبل",
    "لم يتم تحديد موعد للجولة المقبلة من المفاوضات",
)
#: Words set in scare quotes inside narrative (not speech).
SCARE_QUOTED: tuple[str, ...] = ("استثنائي", "الفرصة الأخيرة", "الخط الأحمر", "صيف الواحة", "ممر الأمل")

#: Narrative sentences with no reporting act ({place}, {n}, {q} for a scare-quoted word).
NARRATIVE: tuple[str, ...] = (
    "وشهدت {place} أمطارا غزيرة خلال الليل تسببت في انقطاع الكهرباء عن آلاف المنازل",
    "ويأتي الاجتماع في وقت تتصاعد فيه المخاوف من نقص الوقود في {place}",
    "وعقد الجانبان اجتماعا {q} في {place} استمر {n} ساعات",
    "وتضم المدينة نحو {n} ألف نسمة يعمل معظمهم في الزراعة والصيد",
    "وكانت الحكومة قد أطلقت برنامجا لدعم المزارعين في العام الماضي",
    "ووصلت قافلة مساعدات تضم {n} شاحنة إلى {place} صباح اليوم",
    "وانطلقت فعاليات مهرجان {q} في {place} بمشاركة فرق من عدة دول",
    "وتعمل فرق الصيانة على إصلاح الأضرار التي لحقت بشبكة المياه",
    "واندلعت اشتباكات متقطعة على أطراف {place} مساء السبت",
    "ويعد المشروع الأكبر من نوعه في المنطقة منذ عقدين",
)

#: Headline events (may take {place} and {n}).
HEADLINE_EVENTS: tuple[str, ...] = (
    "ارتفاع عدد ضحايا السيول في {place} إلى {n}",
    "افتتاح معبر تجاري جديد بين البلدين",
    "قمة {q} في {place}.. ماذا بعد؟",
    "الحكومة تقر خطة لإعادة إعمار {place}",
    "انقطاع الكهرباء عن {place} لليوم الثالث",
    "توقيع اتفاق لتبادل الأسرى بعد مفاوضات طويلة",
    "إغلاق الطريق الساحلي بسبب الأمطار",
)

#: Crossheads that split a long article into sections (no full stop, a few words).
CROSSHEADS: tuple[str, ...] = ("خسائر كبيرة", "مخاوف متزايدة", "خلفية الأزمة", "ردود الفعل", "ما بعد الاتفاق")

#: Photo credits as printed inside caption brackets.
PHOTO_CREDITS: tuple[str, ...] = (
    "رويترز", "الفرنسية", "الأناضول", "غيتي", "أسوشيتد برس", "الأوروبية", "Getty Images", "مواقع التواصل",
    "الجزيرة",
)
#: What a caption shows ({place} allowed); the credit is added after it.
CAPTION_SCENES: tuple[str, ...] = (
    "عناصر من فرق الإنقاذ يبحثون عن ناجين بين الركام في {place}",
    "شاحنات محملة بالمساعدات تنتظر عند المعبر الحدودي",
    "جانب من الاجتماع الذي عقد في {place}",
    "سكان يعبرون شارعا غمرته المياه في {place}",
    "مزارعون يجمعون محصول القمح في {place}",
)
#: English image alt text seen on article pages.
ENGLISH_ALT_TEXTS: tuple[str, ...] = (
    "Rescue workers search the rubble after the storm in a northern district",
    "Trucks carrying aid wait at the border crossing on Sunday",
    "A general view of the port at dawn",
)

#: Source-line labels (with the spacing outlets use around the colon).
SOURCE_LABELS: tuple[str, ...] = ("المصدر : ", "المصدر: ")
#: What a source line credits.
SOURCE_OUTLETS: tuple[str, ...] = (
    "الجزيرة", "الجزيرة مباشر", "وكالات", "رويترز", "الفرنسية", "الأناضول", "مواقع إلكترونية", "الصحافة الأمريكية",
)

#: Agencies whose names open a dateline (``الرياض (واس) -``, ``واس- جازان``).
DATELINE_AGENCIES: tuple[str, ...] = ("واس", "قنا", "وام", "كونا", "بترا", "سانا", "رويترز", "الأناضول")
#: Outlets printed as a byline desk (``الجزيرة نت – متابعات``) or as the outlet of a dateline
#: (``سبق- الرياض``): names a reader knows to be outlets, so that ``name – desk`` cannot be
#: read as ``name – place``.
BYLINE_DESKS: tuple[str, ...] = ("سبق", *(row[1] for row in AGENCIES if row[0] in ("الجزيرة", "العربية")), "واس")

MONTHS: tuple[str, ...] = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس")
HIJRI_MONTHS: tuple[str, ...] = ("محرم", "صفر", "رجب", "شعبان", "رمضان", "شوال")


def _wire_names() -> tuple[str, ...]:
    """Arabic agency names that read naturally after ``نقلت``: the ``وكالة ...`` forms and the big wires."""
    bare = {"رويترز", "الأناضول", "فرانس برس", "أسوشيتد برس"}
    names = [
        form
        for row in AGENCIES
        for form in row
        if (form.startswith("وكالة ") and "(" not in form) or form in bare
    ]
    return tuple(dict.fromkeys(names))


#: Agencies speech reaches the article through (``نقلت وكالة ... عن``).
WIRE_NAMES: tuple[str, ...] = _wire_names()

#: Page navigation and furniture lines (invented; generic site words).
NAV_LINES: tuple[str, ...] = (
    "تجاوز إلى المحتوى", "القائمة", "الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات",
    "فيديو", "البث المباشر", "ابحث في الموقع", "Menu", "شارك", "تابعنا على",
)
#: Labels that open a list of links inside or after the body.
READ_ALSO_LABELS: tuple[str, ...] = ("اقرأ أيضا", "اقرأ أيضاً", "مواضيع ذات صلة", "المزيد من الأخبار")
#: Labels over the related links that follow an article on its page.
MORE_LABELS: tuple[str, ...] = ("المزيد من الأخبار", "مواضيع ذات صلة", "الأكثر قراءة", "روابط ذات صلة")
#: Headlines of other articles, linked from the page ({place} allowed).
TEASERS: tuple[str, ...] = (
    "تعرف على أبرز مشاريع الطاقة في {place}",
    "بالصور.. موسم الحصاد يبدأ مبكرا هذا العام",
    "كيف تستعد المدن الساحلية لموسم العواصف؟",
    "عشرة أرقام تلخص عام الانتخابات",
    "جولة في أسواق {place} القديمة",
)
#: Quote-mark pairs used by outlets (opening, closing).
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("«", "»"), ("“", "”"), ('"', '"'))
