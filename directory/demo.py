"""Demo directory: the sample schools shipped with the project.

The regions come from a migration; this adds districts and schools from
``fixtures/schools_sample.csv`` through the same importer staff use.
"""

from pathlib import Path

from .importer import read_schools
from .models import Region
from .services import save_schools

SAMPLE = Path(__file__).resolve().parent / "fixtures" / "schools_sample.csv"


def seed(stdout):
    with SAMPLE.open(encoding="utf-8-sig", newline="") as lines:
        checked = read_schools(lines, Region.objects.values_list("code", flat=True))
    if checked.errors:
        raise ValueError(f"the demo school list has errors: {checked.errors}")
    result = save_schools(checked.rows)
    stdout.write(f"Directory: {result.created} schools added, {result.unchanged} already there.")
