"""``manage.py issue_certificates FILE.csv [--dry-run]``: a wave of
certificates from a list, as the admin's upload does (``certificates.waves``):
every line is checked first, and if any is wrong nothing is issued and the
command exits with status 1. The PDFs and letters follow in the background
(``bulk.deliver_batch``), or at once where Celery runs in-process."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from certificates import waves
from certificates.models import Wave
from certificates.tasks import issue_wave_batch
from lms.dates import show_date

SHOWN_LINES = 10


class Command(BaseCommand):
    help = "Issue certificates from a CSV file (see docs/certificates.md)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and show the wave only."
        )
        parser.add_argument(
            "--language",
            choices=waves.LANGUAGES,
            default=settings.LANGUAGE_CODE,
            help="Language of the messages.",
        )

    def handle(self, *args, file, dry_run, language, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}") from None
        with translation.override(language):
            try:
                text = waves.read(data)
                checked = waves.check(text)
            except waves.Refused as refusal:
                raise CommandError(str(refusal)) from None
            for error in checked.errors:
                self.stderr.write(error)
            if not checked.ok:
                raise CommandError(
                    f"{len(checked.errors)} error(s) in {len(checked.lines)} line(s); "
                    "nothing was issued."
                )
            for line in checked.lines[:SHOWN_LINES]:
                self.stdout.write(self._line(line))
            self.stdout.write(
                f"{len(checked.lines)} line(s): {checked.to_issue} to issue, "
                f"{checked.already} issued before."
            )
            if dry_run:
                self.stdout.write("Dry run: nothing was issued.")
                return
            wave = waves.create(None, file.name, text, checked, language, Wave.Status.QUEUED)
            while issue_wave_batch(wave.pk):
                pass
            wave.refresh_from_db()
        if wave.status != wave.Status.DONE:
            raise CommandError(f"The wave stopped: {wave.error}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Wave {wave.pk}: {wave.issued} certificate(s) issued, {wave.skipped} issued before."
            )
        )

    @staticmethod
    def _line(line):
        state = "issued before" if line.issued else "new account" if line.user is None else ""
        return " · ".join(
            part
            for part in (
                str(line.number),
                line.name,
                line.email,
                line.title,
                f"{show_date(line.started)} – {show_date(line.completed)}",
                f"{line.hours.normalize():f} h",
                line.school.code if line.school else "",
                state,
            )
            if part
        )
