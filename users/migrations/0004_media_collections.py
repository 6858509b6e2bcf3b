"""Methodologists and moderators get images and documents on the root
collection (see users/roles.py): Wagtail checks media per collection, so
without it they had no Images or Documents menu."""

from django.db import migrations

from users.roles import migrate_staff_groups


class Migration(migrations.Migration):
    dependencies = [
        ("users", "0003_district_officers_admin"),
        ("wagtailcore", "0098_apitoken"),
        ("courses", "0012_lesson_blocks_live"),
        ("certificates", "0006_admin_labels"),
    ]

    operations = [migrations.RunPython(migrate_staff_groups, migrations.RunPython.noop)]
