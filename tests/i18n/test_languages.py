"""Kazakh first: every string a learner or parent sees reads in Kazakh (and
Russian), language prefixes work, and the switcher keeps you on the page."""

import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.core import mail
from django.core.management import call_command

from tests.factories import SchoolFactory, UserFactory

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [
    ROOT / "locale/kk/LC_MESSAGES/django.po",
    ROOT / "locale/ru/LC_MESSAGES/django.po",
    ROOT / "locale_vendor/kk/LC_MESSAGES/django.po",
]
# Names that stay in Latin letters in every language.
ALLOWED_LATIN = {"balaqorgau", "balaqorgaubot", "english", "bilim", "email", "telegram"}
ALLOWED_LATIN |= {"open", "badges"}  # the standard's name: Open Badges 3.0


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert (missing, fuzzy) == ([], [])


class _VisibleText(HTMLParser):
    """Collects text a person sees: no scripts, styles or hidden inputs."""

    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._skip += 1
        attributes = dict(attrs)
        for name in ("placeholder", "aria-label", "title", "alt"):
            if attributes.get(name):
                self.parts.append(attributes[name])

    def handle_endtag(self, tag):
        if tag in {"script", "style"}:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def english_words(text):
    words = re.findall(r"[A-Za-z]{4,}", text)
    return sorted({word for word in words if word.lower() not in ALLOWED_LATIN})


def visible_english(html):
    parser = _VisibleText()
    parser.feed(html)
    # The language switcher names each language in itself, by design.
    text = " ".join(parser.parts).replace("English", "")
    return english_words(text)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/kk/accounts/signup/",
        "/kk/accounts/login/",
        "/kk/accounts/password/reset/",
        "/kk/accounts/confirm-email/",
    ],
)
def test_account_pages_read_in_kazakh(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert visible_english(response.content.decode()) == []


@pytest.mark.django_db
def test_form_errors_read_in_kazakh(client):
    school = SchoolFactory()
    response = client.post(
        "/kk/accounts/signup/",
        {
            "last_name": "<b>",
            "first_name": "",
            "role": "teacher",
            "region": school.region_id,
            "district": school.district_id,
            "school": 99999,
            "email": "not-an-email",
            "password1": "123",
            "password2": "456",
        },
    )
    assert response.status_code == 200
    assert len(response.context["form"].errors) >= 5
    assert visible_english(response.content.decode()) == []


@pytest.mark.django_db
def test_letters_read_in_the_persons_language(client):
    school = SchoolFactory()
    data = {
        "last_name": "Ахметов",
        "first_name": "Ержан",
        "role": "teacher",
        "preferred_language": "kk",
        "region": school.region_id,
        "district": school.district_id,
        "school": school.pk,
        "email": "erzhan@example.kz",
        "password1": "Qazaqstan-2026-strong",
        "password2": "Qazaqstan-2026-strong",
        "consent": "on",
    }
    # Signed up from the Russian page, but asked for letters in Kazakh.
    client.post("/ru/accounts/signup/", data)
    UserFactory(email="reset@example.kz", preferred_language="kk")
    client.post("/kk/accounts/password/reset/", {"email": "reset@example.kz"})
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        without_links = re.sub(r"https?://\S+", "", message.subject + " " + message.body)
        assert english_words(without_links) == [], message.body


@pytest.mark.django_db
def test_kazakh_is_the_default_and_every_url_carries_its_language(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/accounts/login/"
    for language in ("kk", "ru", "en"):
        page = client.get(f"/{language}/accounts/login/")
        assert f'<html lang="{language}">' in page.content.decode()


@pytest.mark.django_db
def test_switcher_keeps_you_on_the_same_page(client):
    html = client.get("/kk/accounts/password/reset/").content.decode()
    for language in ("ru", "en"):
        assert f'href="/{language}/accounts/password/reset/"' in html


@pytest.mark.django_db
def test_russian_pages_read_in_russian(client):
    html = client.get("/ru/accounts/signup/").content.decode()
    assert "Фамилия" in html
    assert visible_english(html) == []


# As in the Makefile's makemessages.
SKIPPED_BY_MAKEMESSAGES = {"locale", "var", "tests", "locale_vendor", "staticfiles", "media"}


@pytest.mark.skipif(
    not shutil.which("xgettext") and not os.environ.get("CI"),
    reason="needs GNU gettext (CI installs it)",
)
def _mirror(source, target):
    if not source.is_dir():
        target.symlink_to(source)
        return
    target.mkdir()
    for item in source.iterdir():
        if item.name != "__pycache__":
            _mirror(item, target / item.name)


def test_every_string_in_the_code_is_in_the_catalogues(tmp_path, settings, monkeypatch):
    """``make makemessages`` run on a copy of the catalogues finds nothing
    new to translate: a string added to the code without its Kazakh and
    Russian translation would reach the page in English."""
    # A tree of folders with links to the code's files, beside a copy of the
    # catalogues: makemessages writes to the catalogue of the tree it runs in,
    # and its temporary files (``name.txt.py`` beside each template) into
    # these folders, never into the real tree, where another test reads them.
    for item in ROOT.iterdir():
        if item.name not in SKIPPED_BY_MAKEMESSAGES and not item.name.startswith("."):
            _mirror(item, tmp_path / item.name)
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    call_command("makemessages", locale=["kk", "ru"], no_obsolete=True, symlinks=True, verbosity=0)
    for language in ("kk", "ru"):
        catalogue = polib.pofile(str(tmp_path / f"locale/{language}/LC_MESSAGES/django.po"))
        missing = catalogue.untranslated_entries() + catalogue.fuzzy_entries()
        assert [(e.msgid, e.occurrences[:1]) for e in missing] == [], language
