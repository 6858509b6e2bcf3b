"""Give the staff groups their certificate permissions (see users/roles.py):
templates to methodologists and moderators, the registry to moderators,
national analysts and regional officers, revoke and reissue to moderators."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def sync_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the
    # groups can hold them on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    from users.roles import sync_staff_groups

    sync_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_regenerationjob"),
        ("users", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
