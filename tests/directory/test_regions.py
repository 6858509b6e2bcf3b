"""The regions data migration."""

import importlib

import pytest
from django.apps import apps

from directory.models import Region

migration = importlib.import_module("directory.migrations.0002_regions")
KAZAKH_LETTERS = set("әғқңөұүһі")


@pytest.mark.django_db
def test_migration_creates_seventeen_regions_and_three_cities():
    assert Region.objects.count() == 20
    assert Region.objects.filter(kind=Region.Kind.REGION).count() == 17
    assert set(Region.objects.filter(kind=Region.Kind.CITY).values_list("code", flat=True)) == {
        "astana",
        "almaty-city",
        "shymkent",
    }


@pytest.mark.django_db
def test_names_are_in_all_three_languages():
    abai = Region.objects.get(code="abai")
    assert (abai.name_kk, abai.name_en) == ("Абай облысы", "Abai Region")
    karaganda = Region.objects.get(code="karaganda")
    assert karaganda.name_kk == "Қарағанды облысы"
    assert karaganda.name_ru == "Карагандинская область"
    for region in Region.objects.all():
        assert region.name_kk and region.name_ru and region.name_en
    for region in Region.objects.all():
        suffix = " қаласы" if region.kind == Region.Kind.CITY else " облысы"
        assert region.name_kk.endswith(suffix), region.name_kk
    with_kazakh_letters = [
        r for r in Region.objects.all() if KAZAKH_LETTERS & set(r.name_kk.lower())
    ]
    # The three "қаласы", and Ақмола, Ақтөбе, Батыс Қазақстан, Жетісу, Қарағанды,
    # Қостанай, Қызылорда, Маңғыстау, Солтүстік Қазақстан, Түркістан, Ұлытау,
    # Шығыс Қазақстан.
    assert len(with_kazakh_letters) == 15


@pytest.mark.django_db
def test_cities_come_first_then_regions_in_kazakh_alphabetical_order():
    codes = list(Region.objects.values_list("code", flat=True))
    assert codes[:3] == ["astana", "almaty-city", "shymkent"]
    assert codes[3:6] == ["abai", "akmola", "aktobe"]
    assert codes[-2:] == ["ulytau", "east-kazakhstan"]
    assert len({region.sort_order for region in Region.objects.all()}) == 20


@pytest.mark.django_db
def test_running_the_migration_again_restores_names_without_duplicates():
    Region.objects.filter(code="astana").update(name_ru="испорчено")
    migration.create_regions(apps, None)
    assert Region.objects.count() == 20
    assert Region.objects.get(code="astana").name_ru == "город Астана"


def test_reverse_leaves_regions_alone():
    (operation,) = migration.Migration.operations
    assert operation.reverse_code is operation.noop
