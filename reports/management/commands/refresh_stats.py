"""``manage.py refresh_stats``: recount the report summaries now.

The same refresh Celery beat runs every ten minutes, for a machine without
beat (``make run``), after an import, or to see the figures at once.
"""

import time

from django.core.management.base import BaseCommand

from reports.tasks import refresh_stats


class Command(BaseCommand):
    help = "Recount the report summaries now (what Celery beat does every ten minutes)."

    def handle(self, *args, **options):
        started = time.monotonic()
        rows = refresh_stats()
        if rows is None:
            self.stdout.write(
                self.style.WARNING("Another recount is running; its figures will show when done.")
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Report summaries recounted in {time.monotonic() - started:.1f} s: "
                f"course figures {rows['courses']} rows (school × course), "
                f"Parents' Academy figures {rows['academy']} rows (school × topic)."
            )
        )
