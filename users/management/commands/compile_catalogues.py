"""Compile the project's .po catalogues into .mo files with polib.

Django's ``compilemessages`` needs GNU gettext installed; this needs nothing
beyond the Python packages we already pin, so ``make run`` works on a bare
machine. The project's own catalogues (``LOCALE_PATHS``) are compiled, then
the Russian fallback for Kazakh is built from the installed packages
(``users.admin_language``).
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from users import admin_language


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po into .mo files."

    def handle(self, *args, **options):
        count = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as error:
                    raise CommandError(f"{po_path}: {error}") from error
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                count += 1
                self.stdout.write(
                    f"{po_path}: {catalogue.percent_translated()}% translated", self.style.SUCCESS
                )
        self.stdout.write(f"compiled {count} catalogue(s)")
        for domain in admin_language.DOMAINS:
            size = admin_language.build(domain)
            self.stdout.write(f"{domain}: {size} Russian message(s) where Kazakh has none")
