"""Compile the project's .po catalogues into .mo files with polib.

Django's ``compilemessages`` needs GNU gettext installed; this needs nothing
beyond the Python packages we already pin, so ``make run`` works on a bare
machine. Only the project's own ``locale/`` folder is compiled.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


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
