"""A small site tree in three languages: home, an about page and the help page."""

import pytest
from wagtail.models import Locale, Page, Site

from content.models import CallCentre, HelpPage, HomePage, StandardPage
from directory.models import Region

BODY = [
    {"type": "heading", "value": {"text": "Буллингтің белгілері", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Баланың мінез-құлқы <b>өзгерсе</b>, назар аударыңыз.</p>"},
    {"type": "quote", "value": {"quote": "Бала қауіпсіздігі — ортақ міндет.", "attribution": ""}},
    {"type": "callout", "value": {"kind": "warning", "text": "<p>Қауіп төнсе, 111.</p>"}},
]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale, **changes):
    """Copy a page into another locale, as wagtail-localize does, and publish it."""
    copy = page.copy_for_translation(locale)
    for field, value in changes.items():
        setattr(copy, field, value)
    copy.save()
    return publish(copy)


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("kk", "ru", "en")
    }


@pytest.fixture
def site_tree(locales):
    root = Page.get_first_root_node()
    welcome = root.get_children().get()  # Wagtail's "Welcome" page takes the slug "home"
    home = root.add_child(
        instance=HomePage(
            title="Басты бет",
            slug="bilim",
            intro="Мұғалімдер мен ата-аналарға.",
            body=BODY,
            locale=locales["kk"],
        )
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    welcome.delete()
    about = home.add_child(
        instance=StandardPage(title="Жоба туралы", slug="about", intro="Жоба.", body=BODY)
    )
    help_page = home.add_child(
        instance=HelpPage(title="Көмек", slug="help", intro="Қазір көмек алыңыз.", body=BODY)
    )
    tree = {"kk": {"home": home, "about": about, "help": help_page}}
    for code in ("ru", "en"):
        locale = locales[code]
        tree[code] = {
            "home": translate(home, locale, title=f"Home {code}"),
            "about": translate(about, locale, title=f"About {code}", slug=f"about-{code}"),
            "help": translate(help_page, locale, title=f"Help {code}"),
        }
    return tree


@pytest.fixture
def regions(db):
    """Two regions, taken from the seeded directory when it is there."""

    def region(code, **defaults):
        return Region.objects.get_or_create(code=code, defaults=defaults)[0]

    return {
        "almaty": region(
            "almaty-city",
            kind="city",
            sort_order=2,
            name_kk="Алматы қаласы",
            name_ru="город Алматы",
            name_en="Almaty",
        ),
        "abai": region(
            "abai",
            sort_order=4,
            name_kk="Абай облысы",
            name_ru="область Абай",
            name_en="Abai Region",
        ),
    }


@pytest.fixture
def call_centres(locales, regions):
    kk, ru = locales["kk"], locales["ru"]
    centres = {
        "national_kk": CallCentre.objects.create(
            locale=kk, name="Балалар сенім телефоны", phone="111", hours="24/7"
        ),
        "almaty_kk": CallCentre.objects.create(
            locale=kk,
            region=regions["almaty"],
            name="Алматы байланыс орталығы",
            phone="+7 727 000 00 00",
            url="https://example.kz/almaty",
        ),
        "abai_kk": CallCentre.objects.create(
            locale=kk, region=regions["abai"], name="Абай байланыс орталығы", phone="8 722 000 0000"
        ),
    }
    centres["almaty_ru"] = CallCentre.objects.create(
        locale=ru,
        translation_key=centres["almaty_kk"].translation_key,
        region=regions["almaty"],
        name="Колл-центр Алматы",
        phone="+7 727 000 00 00",
    )
    return centres
