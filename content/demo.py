"""Demo site tree: a home page, a "Get help now" page and an "About" page in
Kazakh, with Russian and English translations, and the help lines.

Idempotent: pages are found by slug and locale, call centres by name.
"""

from django.conf import settings
from django.core.files import File
from wagtail.models import Locale, Page, Site

from directory.models import Region

from .models import CallCentre, CustomImage, HelpPage, HomePage, OrganisationSettings, StandardPage

HOME = {
    "kk": (
        "Білім: балаларды қорғау бойынша оқу платформасы",
        "Мұғалімдерге арналған 80 сағаттық курс, медиасауаттылық және Ата-аналар академиясы.",
    ),
    "ru": (
        "Билим: учебная платформа по защите детей",
        "80-часовой курс для учителей, медиаграмотность и Академия родителей.",
    ),
    "en": (
        "Bilim: a learning platform for protecting children",
        "The 80-hour course for teachers, media literacy and the Parents' Academy.",
    ),
}
HELP = {
    "kk": (
        "Көмек керек пе?",
        "Егер балаға қауіп төнсе, дереу 111 нөміріне қоңырау шалыңыз. Қоңырау тегін, тәулік бойы.",
    ),
    "ru": (
        "Нужна помощь?",
        "Если ребёнку угрожает опасность, сразу звоните 111. Звонок бесплатный, круглосуточно.",
    ),
    "en": (
        "Get help now",
        "If a child is in danger, call 111 at once. The call is free, day and night.",
    ),
}
ABOUT = {
    "kk": (
        "Платформа туралы",
        "Платформа мектептерде зорлық-зомбылықтың, буллингтің және суицидтің алдын алуға көмектеседі.",
    ),
    "ru": (
        "О платформе",
        "Платформа помогает школам предупреждать насилие, буллинг и суицид.",
    ),
    "en": (
        "About the platform",
        "The platform helps schools prevent violence, bullying and suicide.",
    ),
}
NATIONAL_LINES = [
    # (sort, phone, url, {language: (name, hours)})
    (
        1,
        "111",
        "https://balaqorgau.kz",
        {
            "kk": ("Балалардың құқықтарын қорғау ұлттық желісі", "тәулік бойы"),
            "ru": ("Национальная линия защиты прав детей", "круглосуточно"),
            "en": ("National child helpline", "24/7"),
        },
    ),
    (
        2,
        "112",
        "",
        {
            "kk": ("Төтенше жағдайлар қызметі", "тәулік бойы"),
            "ru": ("Служба экстренного реагирования", "круглосуточно"),
            "en": ("Emergency services", "24/7"),
        },
    ),
    (
        3,
        "102",
        "",
        {
            "kk": ("Полиция", "тәулік бойы"),
            "ru": ("Полиция", "круглосуточно"),
            "en": ("Police", "24/7"),
        },
    ),
]
REGIONAL_CENTRE = {
    "kk": ("{region}: өңірлік байланыс орталығы (демо)", "09:00–18:00"),
    "ru": ("{region}: региональный контакт-центр (демо)", "09:00–18:00"),
    "en": ("{region}: regional contact centre (demo)", "09:00–18:00"),
}
LANGUAGES = ("kk", "ru", "en")
# A neutral placeholder: a real deployment uploads its own name and emblem
# in Settings → Organisation.
ORGANISATION = {
    "kk": "Демо ұйым: облыстық білім басқармасы",
    "ru": "Демо-организация: областное управление образования",
    "en": "Demo organisation: regional education department",
}
EMBLEM = settings.BASE_DIR / "static" / "img" / "emblem-placeholder.svg"


def seed(stdout):
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    home = _home(locales["kk"])
    help_page = _child(home, HelpPage, "komek", HELP["kk"])
    about = _child(home, StandardPage, "platforma-turaly", ABOUT["kk"], in_menu=True)
    for code in ("ru", "en"):
        _translate(home, locales[code], HOME[code])
        _translate(help_page, locales[code], HELP[code])
        _translate(about, locales[code], ABOUT[code])
    _call_centres(locales)
    _organisation(Site.objects.get(is_default_site=True))
    stdout.write("Site: home, help and about pages in kk, ru, en; a placeholder organisation.")


def _home(locale):
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        root = Page.get_first_root_node()
        title, intro = HOME["kk"]
        home = root.add_child(
            instance=HomePage(title=title, intro=intro, slug="bilim", locale=locale)
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, site_name="Bilim")
    if site.root_page_id != home.pk:
        old_root = site.root_page_id
        site.root_page = home
        site.site_name = "Bilim"
        site.save()
        stale = Page.objects.filter(pk=old_root, depth=2).exclude(pk=home.pk).first()
        if stale is not None and not isinstance(stale.specific, HomePage):
            stale.delete()
    return home


def _child(parent, model, slug, texts, in_menu=False):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        title, intro = texts
        page = parent.add_child(
            instance=model(title=title, intro=intro, slug=slug, show_in_menus=in_menu)
        )
        page.save_revision().publish()
    return page


def _translate(page, locale, texts):
    if page.get_translations().filter(locale=locale).exists():
        return
    translated = page.copy_for_translation(locale, copy_parents=True)
    translated.title, translated.intro = texts
    translated.save_revision().publish()


def _call_centres(locales):
    for sort_order, phone, url, names in NATIONAL_LINES:
        _centre(locales, names, phone=phone, url=url, sort_order=sort_order, region=None)
    for region in Region.objects.filter(kind=Region.Kind.CITY):
        names = {}
        for code in LANGUAGES:
            with_region = getattr(region, f"name_{code}") or region.name_kk
            name, hours = REGIONAL_CENTRE[code]
            names[code] = (name.format(region=with_region), hours)
        _centre(locales, names, phone="111", url="", sort_order=1, region=region)


def _centre(locales, names, **fields):
    kk_name, kk_hours = names["kk"]
    source = CallCentre.objects.filter(locale=locales["kk"], name=kk_name).first()
    if source is None:
        source = CallCentre.objects.create(
            locale=locales["kk"], name=kk_name, hours=kk_hours, **fields
        )
    for code in ("ru", "en"):
        if not CallCentre.objects.filter(
            translation_key=source.translation_key, locale=locales[code]
        ).exists():
            name, hours = names[code]
            CallCentre.objects.create(
                translation_key=source.translation_key,
                locale=locales[code],
                name=name,
                hours=hours,
                **fields,
            )


def _organisation(site):
    setting = OrganisationSettings.for_site(site)
    if setting.emblem_id is None:
        with EMBLEM.open("rb") as svg:
            emblem = CustomImage(title="Emblem placeholder")
            emblem.file.save("emblem-placeholder.svg", File(svg), save=False)
            emblem.width = emblem.height = 80  # its viewBox; Pillow cannot measure an SVG
            emblem.save()
        setting.emblem = emblem
    for code in LANGUAGES:
        if not getattr(setting, f"name_{code}"):
            setattr(setting, f"name_{code}", ORGANISATION[code])
        if not getattr(setting, f"description_{code}"):
            setattr(setting, f"description_{code}", HOME[code][1])
    setting.save()
