"""Fill the database with realistic national data for the reports.

    manage.py seed_demo                       # the course and the programme it needs
    manage.py generate_national_data          # 7,500 schools, 400,000 staff, 3,000,000 parents
    manage.py generate_national_data --schools 40 --teachers 2000 --parents 5000 --regions 2
    manage.py generate_national_data --replace   # delete the earlier national data first

The rows and the choices behind them are described in ``reports.national_data``.
"""

import datetime
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports import national_data


class Command(BaseCommand):
    help = "Generate national data (regions' districts, schools, staff, parents) for reports."

    def add_arguments(self, parser):
        size = national_data.Size()
        parser.add_argument("--seed", type=int, default=size.seed, help="same seed, same data")
        parser.add_argument("--regions", type=int, default=size.regions, help="of the 20")
        parser.add_argument("--districts", type=int, default=size.districts)
        parser.add_argument("--schools", type=int, default=size.schools)
        parser.add_argument("--teachers", type=int, default=size.teachers)
        parser.add_argument("--parents", type=int, default=size.parents)
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            help="YYYY-MM-DD that dates count back from (default: today)",
        )
        parser.add_argument(
            "--chunk", type=int, default=size.chunk, help="schools written together"
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="delete the national data made earlier (only that) before generating",
        )

    def handle(self, *args, **options):
        if getattr(settings, "ENVIRONMENT", "") == "production":
            raise CommandError("generate_national_data refuses to run under production settings.")
        size = national_data.Size(
            **{
                name: options[name]
                for name in (
                    "seed",
                    "regions",
                    "districts",
                    "schools",
                    "teachers",
                    "parents",
                    "today",
                    "chunk",
                )
            }  # fmt: skip
        )
        if size.districts < size.regions or size.schools < size.districts:
            raise CommandError("at least one district per region and one school per district")
        course, programme = national_data.demo_pages()
        if course is None or programme is None:
            raise CommandError("The demo course and programme are missing: run seed_demo first.")
        started = time.monotonic()
        self.stdout.write(
            f"Generating {size.schools:,} schools, {size.teachers:,} school staff and "
            f"{size.parents:,} parents (seed {size.seed})"
        )
        try:
            result = national_data.generate(
                size,
                course=course,
                programme=programme,
                replace=options["replace"],
                log=self.stdout.write,
            )
        except national_data.NationalDataExists as error:
            raise CommandError(f"{error} (--replace).") from error
        for table, rows in sorted(result["rows"].items()):
            seconds = result["write_seconds"].get(table, 0)
            self.stdout.write(f"  {table}: {rows:,} rows, written in {seconds:.1f} s")
        self.stdout.write(
            self.style.SUCCESS(f"National data ready in {time.monotonic() - started:.0f} s.")
        )
