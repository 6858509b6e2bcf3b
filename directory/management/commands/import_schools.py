"""``manage.py import_schools FILE``: load the school list from a CSV file.

Thin on purpose: ``directory.importer`` checks the rows and
``directory.services`` saves them; this only opens the file and reports.
"""

from django.core.management.base import BaseCommand, CommandError

from directory.importer import COLUMNS, HeaderError, read_schools
from directory.models import Region
from directory.services import save_schools


class Command(BaseCommand):
    help = (
        "Import schools from a UTF-8 CSV file with the header "
        f"{','.join(COLUMNS)}. Running the same file twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the CSV file")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the good rows even if some are bad (bad rows are still listed)",
        )

    def handle(self, path, skip_invalid=False, **options):
        checked = self._check(path)
        for error in checked.errors:
            self.stderr.write(str(error))
        if checked.errors and not skip_invalid:
            raise CommandError(
                f"{len(checked.errors)} invalid row(s); nothing was imported. "
                "Correct them, or pass --skip-invalid to import the other rows."
            )
        result = save_schools(checked.rows)
        self.stdout.write(
            f"created: {result.created}, updated: {result.updated}, "
            f"unchanged: {result.unchanged}, skipped: {len(checked.errors)}; "
            f"districts created: {result.districts_created}"
        )

    def _check(self, path):
        region_codes = Region.objects.values_list("code", flat=True)
        try:
            # utf-8-sig drops the byte-order mark that spreadsheet programs add.
            with open(path, encoding="utf-8-sig", newline="") as lines:
                return read_schools(lines, region_codes)
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror or error}") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text (byte {error.start})") from error
        except HeaderError as error:
            raise CommandError(str(error)) from error
