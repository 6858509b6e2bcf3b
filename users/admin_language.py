"""Kazakh, then Russian, then English: the catalogue that makes it so.

Wagtail ships no Kazakh catalogue and Django's is about half done, so a
Kazakh admin would read our strings in Kazakh and Wagtail's in English, a
language many of our staff do not read. Russian they all read. This module
builds a Kazakh catalogue (``locale_fallback/kk``) out of the Russian
translations of every installed package (Wagtail, wagtail-localize, Django,
allauth…), keeping only the messages for which no Kazakh translation exists
anywhere: ours (``locale/``, ``locale_vendor/``) and the packages' own
Kazakh always win. Gettext finds the Russian wording where Kazakh has none.

It is built from the installed packages by ``compile_catalogues`` rather
than copied into the repository, so it always matches the installed Wagtail
(whose catalogues are BSD-licensed). Building it once before running the
site is enough: nothing happens per request.
"""

from pathlib import Path

import django
import polib
from django.apps import apps
from django.conf import settings

FALLBACK_DIR = settings.BASE_DIR / "locale_fallback"
TARGET, SOURCE = "kk", "ru"
DOMAINS = ("django", "djangojs")


def _catalogue(locale_dir, language, domain):
    """A package's .po (or, if it ships only that, its .mo), or None."""
    stem = Path(locale_dir) / language / "LC_MESSAGES" / domain
    if stem.with_suffix(".po").exists():
        return polib.pofile(str(stem.with_suffix(".po")))
    if stem.with_suffix(".mo").exists():
        return polib.mofile(str(stem.with_suffix(".mo")))
    return None


def _key(entry):
    return entry.msgctxt or "", entry.msgid


def _package_dirs():
    """Where installed packages keep their catalogues, most important first
    (Django's order: earlier apps win, its own core catalogue last)."""
    ours = {Path(path).resolve() for path in settings.LOCALE_PATHS}
    app_dirs = [Path(config.path) / "locale" for config in apps.get_app_configs()]
    core = Path(django.__file__).parent / "conf" / "locale"
    return [path for path in [*app_dirs, core] if path.resolve() not in ours]


def _copy(entry):
    """A .po entry of the message and its translation only (a .mo's entries
    cannot go into a .po file, and its comments and origins are not ours)."""
    return polib.POEntry(
        msgctxt=entry.msgctxt,
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgid_plural=entry.msgid_plural,
        msgstr_plural=dict(entry.msgstr_plural),
    )


def _translated(catalogue):
    if catalogue is None:
        return []
    return [entry for entry in catalogue.translated_entries() if not entry.obsolete]


def build(domain, target_dir=FALLBACK_DIR):
    """Write ``<target_dir>/kk/LC_MESSAGES/<domain>.mo``; return its size."""
    built = {FALLBACK_DIR.resolve(), Path(target_dir).resolve()}
    local_dirs = [Path(p) for p in settings.LOCALE_PATHS if Path(p).resolve() not in built]
    package_dirs = _package_dirs()
    has_kazakh = {
        _key(entry)
        for locale_dir in [*local_dirs, *package_dirs]
        for entry in _translated(_catalogue(locale_dir, TARGET, domain))
    }
    fallback = polib.POFile()
    fallback.metadata = {
        "Project-Id-Version": "Bilim LMS: Russian where Kazakh has no translation",
        "Language": TARGET,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "",
    }
    taken = set(has_kazakh)
    for locale_dir in package_dirs:
        russian = _catalogue(locale_dir, SOURCE, domain)
        for entry in _translated(russian):
            if _key(entry) not in taken:
                taken.add(_key(entry))
                fallback.append(_copy(entry))
        if russian is not None and not fallback.metadata["Plural-Forms"]:
            fallback.metadata["Plural-Forms"] = russian.metadata.get("Plural-Forms", "")
    target = Path(target_dir) / TARGET / "LC_MESSAGES" / f"{domain}.mo"
    target.parent.mkdir(parents=True, exist_ok=True)
    fallback.save_as_mofile(str(target))
    return len(fallback)
