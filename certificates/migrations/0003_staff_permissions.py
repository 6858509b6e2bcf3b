"""Give the staff groups their certificate permissions (see users/roles.py):
templates to methodologists and moderators, the registry to moderators,
national analysts and regional officers, revoke and reissue to moderators."""

from django.db import migrations

from users.roles import migrate_staff_groups




class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_regenerationjob"),
        ("users", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(migrate_staff_groups, migrations.RunPython.noop)]
