"""A site whose home holds the privacy notice, in Kazakh and Russian."""

import pytest
from wagtail.models import Locale, Page, Site

from content.models import HomePage
from privacy.models import PrivacyNoticePage

BODY = [{"type": "paragraph", "value": "<p>Біз сіздің атыңызды сақтаймыз.</p>"}]


@pytest.fixture
def notice(db):
    """The live notice (version 1) in kk and ru, under the site's home page."""
    kk = Locale.objects.get_or_create(language_code="kk")[0]
    ru = Locale.objects.get_or_create(language_code="ru")[0]
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Басты бет", slug="bilim-privacy", locale=kk))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    page = home.add_child(
        instance=PrivacyNoticePage(
            title="Дербес деректер туралы хабарлама", slug="qupiyalylyq", body=BODY
        )
    )
    page.save_revision().publish()
    Locale.objects.get_or_create(language_code="en")
    home.copy_for_translation(ru).save_revision().publish()
    translated = page.copy_for_translation(ru)
    translated.title = "Уведомление о персональных данных"
    translated.save_revision().publish()
    page.refresh_from_db()
    return page


def new_version(page, version):
    """The editor raises the version of the notice and publishes it."""
    page.version = version
    page.save_revision().publish()
    page.refresh_from_db()
    return page
