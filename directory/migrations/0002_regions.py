"""The country's 17 regions and 3 cities of republican significance.

They are reference data every sign-up needs, so they arrive with the schema
rather than through a fixture someone might forget to load. The list is kept
here, not imported from the app, so this migration keeps meaning what it meant
when it was written. Cities come first (most schools are in them), then the
regions in Kazakh alphabetical order; ``sort_order`` carries that order because
a database sorts "Қ" by code point, after every plain Cyrillic letter.

Running it again updates names in place (keyed by ``code``); reversing it
leaves the rows alone, because districts and schools protect them.
"""

from django.db import migrations

CITY = "city"
REGION = "region"

# (code, kind, name_kk, name_ru, name_en)
REGIONS = [
    ("astana", CITY, "Астана қаласы", "город Астана", "Astana"),
    ("almaty-city", CITY, "Алматы қаласы", "город Алматы", "Almaty"),
    ("shymkent", CITY, "Шымкент қаласы", "город Шымкент", "Shymkent"),
    ("abai", REGION, "Абай облысы", "область Абай", "Abai Region"),
    ("akmola", REGION, "Ақмола облысы", "Акмолинская область", "Akmola Region"),
    ("aktobe", REGION, "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    ("almaty", REGION, "Алматы облысы", "Алматинская область", "Almaty Region"),
    ("atyrau", REGION, "Атырау облысы", "Атырауская область", "Atyrau Region"),
    (
        "west-kazakhstan",
        REGION,
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        "West Kazakhstan Region",
    ),
    ("zhambyl", REGION, "Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
    ("zhetysu", REGION, "Жетісу облысы", "область Жетісу", "Zhetysu Region"),
    ("karaganda", REGION, "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    ("kostanay", REGION, "Қостанай облысы", "Костанайская область", "Kostanay Region"),
    ("kyzylorda", REGION, "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    ("mangystau", REGION, "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    ("pavlodar", REGION, "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    (
        "north-kazakhstan",
        REGION,
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        "North Kazakhstan Region",
    ),
    ("turkistan", REGION, "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    ("ulytau", REGION, "Ұлытау облысы", "область Ұлытау", "Ulytau Region"),
    (
        "east-kazakhstan",
        REGION,
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        "East Kazakhstan Region",
    ),
]


def create_regions(apps, schema_editor):
    Region = apps.get_model("directory", "Region")
    for sort_order, (code, kind, name_kk, name_ru, name_en) in enumerate(REGIONS, start=1):
        Region.objects.update_or_create(
            code=code,
            defaults={
                "kind": kind,
                "name_kk": name_kk,
                "name_ru": name_ru,
                "name_en": name_en,
                "sort_order": sort_order,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_regions, migrations.RunPython.noop),
    ]
