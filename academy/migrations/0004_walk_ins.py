"""Walk-ins: parents the coordinator adds to the register of a held session.
They may come without an e-mail, so an empty address is allowed and left
out of the one-active-registration-per-e-mail constraint."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("academy", "0003_guest_accounts"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="walk_in",
            field=models.BooleanField(db_default=False, default=False, verbose_name="walk-in"),
        ),
        migrations.AlterField(
            model_name="registration",
            name="email",
            field=models.EmailField(blank=True, max_length=254, verbose_name="e-mail address"),
        ),
        migrations.RemoveConstraint(
            model_name="registration",
            name="academy_one_active_registration",
        ),
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.UniqueConstraint(
                condition=models.Q(
                    models.Q(("status", "cancelled"), _negated=True),
                    models.Q(("email", ""), _negated=True),
                ),
                fields=("session", "email"),
                name="academy_one_active_registration",
            ),
        ),
    ]
