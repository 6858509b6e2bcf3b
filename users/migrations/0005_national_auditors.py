"""The National auditors group: searches and exports the audit trail of
staff access (``audit``), sees nothing else (users/roles.py)."""

from django.db import migrations

from users.roles import migrate_staff_groups


class Migration(migrations.Migration):
    dependencies = [
        ("users", "0004_media_collections"),
        ("audit", "0001_initial"),
    ]

    operations = [migrations.RunPython(migrate_staff_groups, migrations.RunPython.noop)]
