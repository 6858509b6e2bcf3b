"""Saving checked school rows to the directory.

Rows come from ``directory.importer`` already checked, so this only decides,
for each district and school, whether it is new, changed or the same, and then
writes in bulk: a country's 7,500 schools are a handful of queries, not
thousands. Everything happens in one transaction, so a failure leaves the
directory as it was.
"""

from dataclasses import dataclass

from django.db import transaction

from .codes import district_code
from .models import District, Region, School

BATCH_SIZE = 500
SCHOOL_FIELDS = ("name_kk", "name_ru", "name_en", "district_id", "region_id")


@dataclass(frozen=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    districts_created: int = 0


@transaction.atomic
def save_schools(rows):
    """Create or update the schools (and their districts) in ``rows``, keyed by code."""
    region_codes = {row.region for row in rows}
    regions = {region.code: region for region in Region.objects.filter(code__in=region_codes)}
    districts, districts_created = _save_districts(rows, regions)
    existing = _schools_by_code([row.code for row in rows])
    new, changed = [], []
    for row in rows:
        district = districts[(regions[row.region].pk, row.district_kk)]
        values = {
            "name_kk": row.name_kk,
            "name_ru": row.name_ru,
            "name_en": row.name_en,
            "district_id": district.pk,
            "region_id": district.region_id,
        }
        school = existing.get(row.code)
        if school is None:
            new.append(School(code=row.code, **values))
        elif _apply(school, values):
            changed.append(school)
    School.objects.bulk_create(new, batch_size=BATCH_SIZE)
    School.objects.bulk_update(changed, SCHOOL_FIELDS, batch_size=BATCH_SIZE)
    return ImportResult(
        created=len(new),
        updated=len(changed),
        unchanged=len(rows) - len(new) - len(changed),
        districts_created=districts_created,
    )


def _save_districts(rows, regions):
    """Find or create each district by (region, Kazakh name); fill in missing names."""
    wanted = {}
    for row in rows:
        key = (regions[row.region].pk, row.district_kk)
        ru, en = wanted.get(key, ("", ""))
        wanted[key] = (ru or row.district_ru, en or row.district_en)
    known = _districts_by_key(regions.values())
    region_codes = {region.pk: region.code for region in regions.values()}
    new, changed = [], []
    for (region_pk, name_kk), (ru, en) in wanted.items():
        district = known.get((region_pk, name_kk))
        if district is None:
            code = district_code(region_codes[region_pk], name_kk)
            new.append(
                District(region_id=region_pk, name_kk=name_kk, name_ru=ru, name_en=en, code=code)
            )
        elif _apply(district, {"name_ru": ru, "name_en": en}):
            changed.append(district)
    District.objects.bulk_create(new, batch_size=BATCH_SIZE)
    District.objects.bulk_update(changed, ["name_ru", "name_en"], batch_size=BATCH_SIZE)
    if new:
        known = _districts_by_key(regions.values())
    return known, len(new)


def _districts_by_key(regions):
    districts = District.objects.filter(region__in=list(regions))
    return {(district.region_id, district.name_kk): district for district in districts}


def _schools_by_code(codes):
    # In slices, because SQLite limits how many values one query may carry.
    found = {}
    for start in range(0, len(codes), BATCH_SIZE):
        for school in School.objects.filter(code__in=codes[start : start + BATCH_SIZE]):
            found[school.code] = school
    return found


def _apply(instance, values):
    """Set the non-empty ``values`` that differ; return whether anything changed.

    An empty value means "not given", so a file without English names never
    erases the ones someone typed into the admin.
    """
    changed = False
    for name, value in values.items():
        if value != "" and getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed
