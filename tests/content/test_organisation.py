"""The organisation's name and emblem are a site setting the header shows."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile

from content.models import CustomImage, OrganisationSettings

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'


def brand(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return html.select_one(".site-header .brand")


def test_without_a_setting_the_header_shows_the_platform_mark(client, site_tree):
    link = brand(client, "/kk/")

    assert link.img["src"].endswith("img/favicon.svg")
    assert link.img["alt"] == ""
    assert link.get_text(" ", strip=True) == "Білім"
    assert not OrganisationSettings.objects.exists()  # a page view creates nothing


def test_the_header_shows_the_organisation_in_the_page_language(client, site_tree):
    emblem = CustomImage(title="Emblem")
    emblem.file.save("emblem.svg", ContentFile(SVG), save=False)
    emblem.width = emblem.height = 10  # Pillow cannot measure an SVG; Wagtail's form does
    emblem.save()
    setting = OrganisationSettings.for_site(site_tree["kk"]["home"].get_site())
    setting.name_kk, setting.name_ru = "Білім басқармасы", "Управление образования"
    setting.emblem = emblem
    setting.save()

    kk, ru, en = brand(client, "/kk/"), brand(client, "/ru/"), brand(client, "/en/")

    assert kk.img["src"] == emblem.file.url
    assert "Білім басқармасы" in kk.get_text()
    assert "Управление образования" in ru.get_text()
    assert "Білім басқармасы" in en.get_text()  # no English name: the Kazakh one


def test_administrators_edit_the_setting(admin_client, site_tree):
    site = site_tree["kk"]["home"].get_site()

    response = admin_client.get(f"/admin/settings/content/organisationsettings/{site.pk}/")

    assert response.status_code == 200
    assert b"name_kk" in response.content
    assert b"emblem" in response.content
