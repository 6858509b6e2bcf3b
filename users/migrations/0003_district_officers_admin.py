"""District officers reach the admin, for the Learners screen of their district."""

from django.db import migrations


def sync_groups(apps, schema_editor):
    from users.roles import sync_staff_groups

    sync_staff_groups(apps)


class Migration(migrations.Migration):
    dependencies = [("users", "0002_staff_groups")]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
