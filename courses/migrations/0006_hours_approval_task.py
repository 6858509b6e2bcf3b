"""The approval task that keeps the hours rule, and the workflows using it.

Every workflow step that was Wagtail's plain group approval (on a fresh
database: "Moderators approval" of wagtailcore's default workflow on the
root) becomes an ``HoursApprovalTask`` with the same name and groups; the
plain task is deactivated, and what was waiting on it waits on the new one.
"""

import django.db.models.deletion
from django.db import migrations, models

IN_PROGRESS = "in_progress"


def _types(apps):
    content_type = apps.get_model("contenttypes", "ContentType").objects
    plain, _ = content_type.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    hours, _ = content_type.get_or_create(app_label="courses", model="hoursapprovaltask")
    return plain, hours


def _models(apps):
    return (
        apps.get_model("wagtailcore", "GroupApprovalTask"),
        apps.get_model("courses", "HoursApprovalTask"),
        apps.get_model("wagtailcore", "WorkflowTask"),
        apps.get_model("wagtailcore", "TaskState"),
    )


def use_hours_approval(apps, schema_editor):
    plain_type, hours_type = _types(apps)
    group_approval, hours_approval, workflow_task, task_state = _models(apps)
    used = group_approval.objects.filter(
        content_type=plain_type, active=True, workflow_tasks__isnull=False
    ).distinct()
    for old in used:
        new = hours_approval.objects.create(name=old.name, content_type=hours_type)
        new.groups.set(old.groups.all())
        workflow_task.objects.filter(task_id=old.pk).update(task_id=new.pk)
        task_state.objects.filter(task_id=old.pk, status=IN_PROGRESS).update(task_id=new.pk)
        group_approval.objects.filter(pk=old.pk).update(active=False)


def use_plain_approval(apps, schema_editor):
    plain_type, _hours_type = _types(apps)
    group_approval, hours_approval, workflow_task, task_state = _models(apps)
    task = apps.get_model("wagtailcore", "Task")
    for new in hours_approval.objects.all():
        # The task this one replaced, back in service (else a new one like it).
        old = group_approval.objects.filter(
            content_type=plain_type, active=False, name=new.name
        ).last() or group_approval(name=new.name, content_type=plain_type)
        old.active = True
        old.save()
        old.groups.set(new.groups.all())
        workflow_task.objects.filter(task_id=new.pk).update(task_id=old.pk)
        task_state.objects.filter(task_id=new.pk).update(task_id=old.pk)
        task.objects.filter(pk=new.pk).delete()
    if schema_editor.connection.vendor == "postgresql":
        # The table is dropped next, in this transaction: check the deletes' keys now.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("courses", "0005_course_editions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="HoursApprovalTask",
            fields=[
                (
                    "task_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.task",
                    ),
                ),
                (
                    "groups",
                    models.ManyToManyField(
                        help_text=(
                            "Pages/snippets at this step in a workflow will be moderated or "
                            "approved by these groups of users"
                        ),
                        to="auth.group",
                        verbose_name="groups",
                    ),
                ),
            ],
            options={
                "verbose_name": "Group approval with the hours check",
                "verbose_name_plural": "Group approvals with the hours check",
            },
            bases=("wagtailcore.task",),
        ),
        migrations.RunPython(use_hours_approval, use_plain_approval),
    ]
