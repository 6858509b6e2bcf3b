"""Certificate PDFs leave public media for the private storage (lms/private_files.py).

Files already stored move with their names, so the rows stay as they are.
"""

import certificates.models.issued
import lms.private_files
from django.db import migrations, models


def to_private(apps, schema_editor):
    lms.private_files.move_files("certificates", source="default", target="private")


def to_public(apps, schema_editor):
    lms.private_files.move_files("certificates", source="private", target="default")


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0004_regeneration_stopped"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="pdf",
            field=models.FileField(
                blank=True,
                storage=lms.private_files.private_storage,
                upload_to=certificates.models.issued.certificate_path,
                verbose_name="PDF",
            ),
        ),
        migrations.RunPython(to_private, to_public, elidable=True),
    ]
