from django.db import migrations, models

FIELDS = ("reached_email", "reached_telegram", "reached_sms", "failed_telegram", "failed_sms")


class Migration(migrations.Migration):
    """Reach by channel on the academy summary. The columns are added empty
    (NULL) on the rows already there: those were counted without reach, and
    the page says so until the next refresh (at most ten minutes with beat)
    writes numbers; rows made from then on default to 0."""

    dependencies = [
        ("reports", "0006_summary_run"),
    ]

    operations = [
        migrations.AddField(
            model_name="schoolacademystats",
            name=name,
            field=models.PositiveIntegerField(null=True),
        )
        for name in FIELDS
    ] + [
        migrations.AlterField(
            model_name="schoolacademystats",
            name=name,
            field=models.PositiveIntegerField(null=True, default=0),
        )
        for name in FIELDS
    ]
