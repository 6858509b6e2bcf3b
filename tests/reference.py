"""Re-create the rows that data migrations make, for transactional tests.

A transactional test ends with a flush that empties every table; the rows
the migrations wrote are gone for the next one. Django's serialized rollback
would reload them, but it does not survive Playwright's event loop, so the
same migration functions are run again here instead.
"""

import importlib

from django.apps import apps
from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from users.roles import sync_staff_groups

regions_migration = importlib.import_module("directory.migrations.0002_regions")


def restore_reference_data():
    if Page.objects.filter(depth=1).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.add_root(title="Root", slug="root", locale=locale)
    Site.objects.get_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": root}
    )
    regions_migration.create_regions(apps, None)
    sync_staff_groups(apps)
