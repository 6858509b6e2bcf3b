"""Export files leave public media for the private storage (lms/private_files.py).

Files already stored move with their names, so the rows stay as they are.
"""

import lms.private_files
from django.db import migrations, models


def to_private(apps, schema_editor):
    lms.private_files.move_files("exports", source="default", target="private")


def to_public(apps, schema_editor):
    lms.private_files.move_files("exports", source="private", target="default")


class Migration(migrations.Migration):
    dependencies = [
        ("exports", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="exportjob",
            name="file",
            field=models.FileField(
                blank=True,
                max_length=255,
                storage=lms.private_files.private_storage,
                upload_to="exports/",
                verbose_name="file",
            ),
        ),
        migrations.RunPython(to_private, to_public, elidable=True),
    ]
