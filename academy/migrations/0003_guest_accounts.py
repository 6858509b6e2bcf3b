"""Mark the accounts the academy made to hold a guest's certificate, so that
the owner of the e-mail can later set a password and use them.

Accounts made before this migration are recognised by how ``holder_for``
made them: a parent account, switched off, never signed in, without a usable
password, whose e-mail registered for a session."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

BATCH = 2000


def mark_existing(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    Registration = apps.get_model("academy", "Registration")
    GuestAccount = apps.get_model("academy", "GuestAccount")
    made_for_certificates = User.objects.filter(
        is_active=False,
        last_login__isnull=True,
        role="parent",
        password__startswith="!",  # Django's mark of an unusable password
        email__in=Registration.objects.values("email"),
    ).values_list("pk", flat=True)
    batch = []
    for user_id in made_for_certificates.iterator(chunk_size=BATCH):
        batch.append(GuestAccount(user_id=user_id))
        if len(batch) == BATCH:
            GuestAccount.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    GuestAccount.objects.bulk_create(batch, ignore_conflicts=True)


class Migration(migrations.Migration):

    dependencies = [
        ("academy", "0002_change_notified"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="GuestAccount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("claimed_at", models.DateTimeField(blank=True, null=True)),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="academy_guest_account",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="account",
                    ),
                ),
            ],
            options={
                "verbose_name": "guest account",
                "verbose_name_plural": "guest accounts",
            },
        ),
        migrations.RunPython(mark_existing, migrations.RunPython.noop),
    ]
